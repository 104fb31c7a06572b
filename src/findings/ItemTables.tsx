import { useTranslation } from 'react-i18next';
import { type Journey, type ListName } from '../domain';
import { useRemoveItem } from '../editing/useRemoveItem';
import { type AppState, useStore } from '../store';
import type { Labels } from '../kit/useLabels';
import { focusNextItem } from '../kit/focusAfter';
import { FileText } from '../kit/FileText';

const selectSetEditTarget = (s: AppState) => s.setEditTarget;

/** Edit and remove buttons for one item of a journey list. */
export function ItemActions({ list, id, name }: { list: ListName; id: string; name: string }) {
  const { t } = useTranslation();
  const setEditTarget = useStore(selectSetEditTarget);
  const removing = useRemoveItem();
  return (
    <span className="item-actions">
      <button
        type="button"
        onClick={() => setEditTarget({ list, id })}
        aria-label={`${t('itemActions.edit')}: ${name}`}
      >
        {t('itemActions.edit')}
      </button>
      <button
        type="button"
        className="danger"
        onClick={(e) =>
          removing.remove(
            list,
            id,
            name,
            // The row or item goes: focus moves to the one that takes its place.
            focusNextItem(e.currentTarget, 'button.danger', () =>
              document.getElementById(list === 'interventions' ? 'interventions-heading' : 'other-items-heading'),
            ),
          )
        }
        aria-label={`${t('itemActions.remove')}: ${name}`}
      >
        {t('itemActions.remove')}
      </button>
      {removing.dialog}
    </span>
  );
}

/** Mandates, events and markings as lists: every item reachable without the chart. */
export function OtherItems({ journey, labels }: { journey: Journey; labels: Labels }) {
  const { t } = useTranslation();
  const mandates = journey.mandates ?? [];
  const events = journey.events ?? [];
  const annotations = journey.annotations ?? [];
  if (mandates.length + events.length + annotations.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="other-items-heading" data-testid="other-items">
      <h2 id="other-items-heading" tabIndex={-1}>
        {t('otherItems')}
      </h2>
      <ul className="item-list">
        {mandates.map((m) => {
          const name = `${t('details.mandate')}: ${m.label ?? labels.actor(m.actor)}`;
          return (
            <li key={`m-${m.id}`}>
              <span>
                {t('details.mandate')}: {m.label ? <FileText>{m.label}</FileText> : labels.actor(m.actor)} –{' '}
                {labels.actor(m.actor)}, {labels.day(m.start)} – {m.end ? labels.day(m.end) : t('details.openEnded')}
              </span>
              <ItemActions list="mandates" id={m.id} name={name} />
            </li>
          );
        })}
        {events.map((e) => {
          const name = `${t(`eventType.${e.type}`)} ${labels.day(e.date)}`;
          return (
            <li key={`e-${e.id}`}>
              <span>
                {name}
                {e.actor ? `, ${labels.actor(e.actor)}` : ''}
                {e.text ? (
                  <>
                    : <FileText>{e.text}</FileText>
                  </>
                ) : (
                  ''
                )}
              </span>
              <ItemActions list="events" id={e.id} name={name} />
            </li>
          );
        })}
        {annotations.map((a) => {
          const name = `${a.type === 'greyzone' ? t('legend.greyzoneManual') : t('eventType.note')}: ${labels.day(a.start)} – ${labels.day(a.end)}`;
          return (
            <li key={`a-${a.id}`}>
              <span>
                {name}
                {a.text ? (
                  <>
                    {' '}
                    – <FileText>{a.text}</FileText>
                  </>
                ) : (
                  ''
                )}
              </span>
              <ItemActions list="annotations" id={a.id} name={name} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
