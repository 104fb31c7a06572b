/**
 * The details panel, loaded after the chart's first paint (issue #11: it is not needed to show a
 * journey). Until it has arrived the panel shows what it shows with nothing chosen; a bar hovered
 * or chosen meanwhile is in the store, and shows as soon as it has.
 */
import { type ComponentProps, Suspense, lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { loadMessages } from '../i18n';
import { useAfterFirstPaint } from '../kit/useAfterFirstPaint';

const Details = lazy(() =>
  Promise.all([import('./Details'), loadMessages('details')]).then(([m]) => ({ default: m.Details })),
);

function NothingChosen() {
  const { t } = useTranslation();
  return (
    <section className="panel details" aria-labelledby="details-heading" data-testid="details">
      <h2 id="details-heading" tabIndex={-1}>
        {t('details.heading')}
      </h2>
      <p className="muted">{t('details.empty')}</p>
    </section>
  );
}

export function DetailsLater(props: ComponentProps<typeof Details>) {
  if (!useAfterFirstPaint()) return <NothingChosen />;
  return (
    <Suspense fallback={<NothingChosen />}>
      <Details {...props} />
    </Suspense>
  );
}
