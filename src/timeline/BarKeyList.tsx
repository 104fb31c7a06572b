/**
 * The key under the chart: each bar that carries a number, with its whole name. Shown on screen,
 * in Mötesläge and on paper, so a bar too short for its name is still told apart by more than colour.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BarMark } from './barMarks';
import { Marked } from '../kit/FileText';

export function BarKeyList({ marks }: { marks: ReadonlyMap<string, BarMark> }) {
  const { t } = useTranslation();
  const id = useId();
  const keyed = [...marks.values()].filter((m) => m.place === 'key').sort((a, b) => a.n - b.n);
  if (keyed.length === 0) return null;
  return (
    <section className="bar-key-list" aria-labelledby={id} data-testid="bar-key-list">
      <h3 id={id}>{t('projector.barKeyHeading')}</h3>
      <p>{t('projector.barKeyIntro')}</p>
      <ol>
        {keyed.map((m) => (
          <li key={m.id} value={m.n} data-key-for={m.id}>
            {/* The file's titles in the file's language (WCAG 3.1.2). */}
            <Marked text={m.text} />
          </li>
        ))}
      </ol>
    </section>
  );
}
