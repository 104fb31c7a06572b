import { useTranslation } from 'react-i18next';
import { type Analysis, type Intervention, type Journey, endUnrecorded, ruleOf } from '../domain';
import { useRemoveItem } from '../editing/useRemoveItem';
import { RulesLink } from '../rules/RulesLink';
import { SicknessChain } from './SicknessChain';
import { interventionNotes } from './ruleNotes';
import { type AppState, selectHovered, selectSelection, useStore } from '../store';
import type { Selection } from '../store/viewSlice';
import { EndActions, ScenarioQuickActions } from './InterventionActions';
import type { Labels } from '../kit/useLabels';
import { focusSoon } from '../kit/focusAfter';
import { FileText, InterventionName } from '../kit/FileText';
import { useEffect, useRef } from 'react';
import { useAnchoredCard } from './useAnchoredCard';
import { CliffActions } from '../kit/CliffActions';
import { ParallelNote, ParallelSwitch } from './ParallelNote';

const selectSelect = (s: AppState) => s.select;
const selectSetEditTarget = (s: AppState) => s.setEditTarget;
const LISTS = { intervention: 'interventions', mandate: 'mandates', event: 'events' } as const;
const ITEM_KINDS = ['intervention', 'mandate', 'event'];
const ATTRIBUTE = { intervention: 'data-bar', mandate: 'data-mandate', event: 'data-event' } as const;

/** The chart's own element for an item (its bar, mandate or event mark). */
const chartItem = (s: Selection) =>
  document.querySelector(
    `[data-testid="timeline"] [${ATTRIBUTE[s.kind as keyof typeof ATTRIBUTE]}="${CSS.escape(s.id)}"]`,
  );

type Row = [string, React.ReactNode];

function Rows({ rows }: { rows: Row[] }) {
  return (
    <dl className="details-list">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function InterventionDetails({
  id,
  journey,
  analysis,
  asOf,
  labels,
}: {
  id: string;
  journey: Journey;
  analysis: Analysis;
  asOf: string;
  labels: Labels;
}) {
  const { t } = useTranslation();
  const index = journey.interventions.findIndex((iv) => iv.id === id);
  if (index < 0) return null;
  const iv = journey.interventions[index];
  const a = analysis.interventions[index];
  const kind = labels.catalogue.kinds.get(iv.kind);
  const unrecorded = endUnrecorded(iv, { end: a.effectiveEnd, projected: a.projected }, asOf);
  const rule = kind ? ruleOf(iv, kind, journey.participant.birthYear) : {};
  const statusKey = {
    planned: 'statusPlanned',
    ongoing: 'statusOngoing',
    ended: 'statusEnded',
    cancelled: 'statusCancelled',
  } as const;
  const ruleParts = kind
    ? [
        rule.maxMonthsPerDecision
          ? t('details.perDecision', { months: rule.maxMonthsPerDecision })
          : t('details.noPerDecision'),
        ...(rule.maxTotalMonths ? [t('details.total', { months: rule.maxTotalMonths })] : []),
      ].join(', ')
    : '';
  const rows: Row[] = [
    [t('details.kind'), labels.kind(iv.kind)],
    ...(kind ? ([[t('details.category'), t(`category.${kind.category}`)]] as Row[]) : []),
    ...(iv.title ? ([[t('details.title'), <FileText key="t">{iv.title}</FileText>]] as Row[]) : []),
    [t('details.actor'), labels.actor(labels.actorOfIntervention(iv.id))],
    [t('details.start'), labels.day(iv.start)],
    ...(iv.end ? ([[t('details.end'), labels.day(iv.end)]] as Row[]) : []),
    ...(iv.plannedEnd ? ([[t('details.plannedEnd'), labels.day(iv.plannedEnd)]] as Row[]) : []),
    ...(iv.extensions?.length
      ? ([
          [
            t('details.extensions'),
            <ul key="x">
              {iv.extensions.map((x, i) => (
                <li key={i}>
                  {t('details.extensionItem', { months: x.months })}
                  {x.decidedOn ? `, ${t('details.extensionDecided', { date: labels.day(x.decidedOn) })}` : ''}
                  {x.note ? (
                    <>
                      {' '}
                      – <FileText>{x.note}</FileText>
                    </>
                  ) : (
                    ''
                  )}
                </li>
              ))}
            </ul>,
          ],
        ] as Row[])
      : []),
    [
      t('details.effectiveEnd'),
      a.effectiveEnd
        ? `${labels.day(a.effectiveEnd)} (${a.projected ? t('details.projected') : t('details.known')})`
        : t('details.openEnded'),
    ],
    [t('details.status'), unrecorded ? t('room.endUnrecorded') : t(`interventions.${statusKey[a.status]}`)],
    ...(a.ruleLimit
      ? ([
          [
            t('details.ruleLimit'),
            <span key="l">
              {labels.day(a.ruleLimit)}
              {a.exceedsMaximum && <strong className="tag-danger"> ⚠ {t('details.exceeds')}</strong>}
            </span>,
          ],
        ] as Row[])
      : []),
    ...(iv.extent !== undefined
      ? ([[t('details.extent'), t('details.extentValue', { value: iv.extent })]] as Row[])
      : []),
    ...(iv.preparatory !== undefined || kind?.category === 'forsteg'
      ? ([
          [
            t('details.preparatory'),
            (iv.preparatory ?? kind?.category === 'forsteg') ? t('details.yes') : t('details.no'),
          ],
        ] as Row[])
      : []),
    ...(iv.notes
      ? ([
          [
            t('details.notes'),
            <span key="n" className="notes">
              <FileText>{iv.notes}</FileText>
            </span>,
          ],
        ] as Row[])
      : []),
    [t('details.id'), <code key="id">{iv.id}</code>],
  ];
  return (
    <>
      <h3>
        <InterventionName id={iv.id} labels={labels} />
      </h3>
      <Rows rows={rows} />
      {unrecorded && a.effectiveEnd && (
        <p className="notice notice-warning end-unrecorded" data-testid="details-end-unrecorded">
          <strong>{t('room.endUnrecorded')}:</strong>{' '}
          {t('room.endUnrecordedDetail', { date: labels.day(a.effectiveEnd) })}
        </p>
      )}
      <ParallelNote id={iv.id} journey={journey} labels={labels} />
      {kind && (
        <p className="rule" data-testid="details-rule">
          <strong>{t('details.rule')}:</strong>{' '}
          {t('details.ruleText', { kind: kind.label[labels.language], perDecision: ruleParts })}
          {kind.review
            ? `; ${t('law.page.review', { months: kind.review.afterMonths, note: kind.review.note[labels.language] })}`
            : ''}
          {kind.source ? `. ${t('details.source', { source: kind.source[labels.language] })}.` : ''}
          {!rule.maxTotalMonths && !rule.maxMonthsPerDecision ? ` ${t('details.noRule')}` : ''}
          {a.exceedsMaximum && kind.beyondLimit ? ` ⚠ ${kind.beyondLimit[labels.language]}.` : ''}{' '}
          <RulesLink kind={kind.builtIn ? kind.id : undefined} kindLabel={kind.label[labels.language]} />
        </p>
      )}
      <CountingNotes journey={journey} iv={iv} labels={labels} />
      <SicknessChain id={iv.id} analysis={analysis} asOf={asOf} labels={labels} />
    </>
  );
}

/** How the intervention's days and longest time were counted (sickness, earlier time, age). */
function CountingNotes({ journey, iv, labels }: { journey: Journey; iv: Intervention; labels: Labels }) {
  const { t } = useTranslation();
  const notes = interventionNotes(journey, iv, labels.catalogue.kinds.get(iv.kind), labels.catalogue.kinds);
  if (notes.length === 0) return null;
  return (
    <ul className="rule-notes" data-testid="details-notes">
      {notes.map((n) => {
        const values = { ...n.values };
        for (const d of n.dates ?? []) values[d] = labels.day(String(values[d]));
        return <li key={n.key}>{t(n.key, values)}</li>;
      })}
    </ul>
  );
}

function OtherDetails({ selection, journey, labels }: { selection: Selection; journey: Journey; labels: Labels }) {
  const { t } = useTranslation();
  if (selection.kind === 'mandate') {
    const m = (journey.mandates ?? []).find((x) => x.id === selection.id);
    if (!m) return null;
    return (
      <>
        <h3>
          {t('details.mandate')}: {m.label ? <FileText>{m.label}</FileText> : labels.actor(m.actor)}
        </h3>
        <Rows
          rows={[
            [t('details.actor'), labels.actor(m.actor)],
            [t('details.start'), labels.day(m.start)],
            [t('details.end'), m.end ? labels.day(m.end) : t('details.openEnded')],
            [t('details.id'), <code key="id">{m.id}</code>],
          ]}
        />
      </>
    );
  }
  if (selection.kind === 'event') {
    const e = (journey.events ?? []).find((x) => x.id === selection.id);
    if (!e) return null;
    return (
      <>
        <h3>
          {t(`eventType.${e.type}`)}: {labels.day(e.date)}
        </h3>
        <Rows
          rows={[
            [t('details.type'), t(`eventType.${e.type}`)],
            [t('details.date'), labels.day(e.date)],
            ...(e.actor ? ([[t('details.actor'), labels.actor(e.actor)]] as Row[]) : []),
            ...(e.text ? ([[t('details.text'), <FileText key="x">{e.text}</FileText>]] as Row[]) : []),
          ]}
        />
      </>
    );
  }
  return null;
}

/** Every field of what is pointed at or chosen, its computed status and the rule behind it. */
export function Details({
  journey,
  analysis,
  asOf,
  labels,
}: {
  journey: Journey;
  analysis: Analysis;
  asOf: string;
  labels: Labels;
}) {
  const { t } = useTranslation();
  const hovered = useStore(selectHovered);
  const selection = useStore(selectSelection);
  const select = useStore(selectSelect);
  const setEditTarget = useStore(selectSetEditTarget);
  const removing = useRemoveItem();
  // What is pinned stays: pointing at or tabbing over other items (on the way to these actions) does not replace it.
  const pinned = selection && ITEM_KINDS.includes(selection.kind) ? selection : null;
  const item = pinned ?? (hovered && ITEM_KINDS.includes(hovered.kind) ? hovered : null);
  // What is chosen on the chart shows beside it, on screen; what is only pointed at stays under the chart.
  const card = useRef<HTMLElement>(null);
  const anchored = pinned && chartItem(pinned) ? pinned : null;
  const place = useAnchoredCard(
    card,
    anchored ? () => chartItem(anchored) : null,
    anchored ? `${anchored.kind}:${anchored.id}` : '',
  );
  const close = (it: Selection) => {
    select(null);
    // The actions go with the pin: focus returns to the item on the chart.
    focusSoon(() => [chartItem(it), document.querySelector('[data-testid="timeline"]')]);
  };
  // Esc closes the card wherever focus is (on the bar that opened it, too), before Mötesläge hears it;
  // an open dialog or menu has its own Esc.
  const escKey = anchored ? `${anchored.kind}:${anchored.id}` : '';
  useEffect(() => {
    if (!escKey) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || document.querySelector('dialog[open]')) return;
      if ((e.target as Element | null)?.closest?.('.menu, dialog')) return;
      const it = useStore.getState().selection;
      if (!it) return;
      e.preventDefault();
      close(it);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- close reads the store and the DOM when called
  }, [escKey]);
  // On the card the actions come first, in view at once; under the chart they follow the details.
  const actions = selection && item && selection.id === item.id && selection.kind === item.kind && (
    <div className="dialog-actions">
      {item.kind === 'intervention' && <CliffActions id={item.id} analysis={analysis} labels={labels} />}
      {item.kind === 'intervention' && (
        <EndActions id={item.id} journey={journey} analysis={analysis} asOf={asOf} labels={labels} />
      )}
      {item.kind === 'intervention' && <ParallelSwitch id={item.id} journey={journey} labels={labels} />}
      <button
        type="button"
        data-editing=""
        onClick={() => setEditTarget({ list: LISTS[item.kind as keyof typeof LISTS], id: item.id })}
      >
        {t('itemActions.edit')}
      </button>
      <button
        type="button"
        className="danger"
        data-editing=""
        onClick={() =>
          removing.remove(LISTS[item.kind as keyof typeof LISTS], item.id, labels.intervention(item.id), () => {
            select(null);
            // The item is gone from the chart: focus goes to the chart itself.
            focusSoon(() => [document.querySelector('[data-testid="timeline"]')]);
          })
        }
      >
        {t('itemActions.remove')}
      </button>
      {item.kind === 'intervention' && <ScenarioQuickActions id={item.id} labels={labels} />}
      <button type="button" onClick={() => close(item)}>
        {t('details.close')}
      </button>
    </div>
  );
  // Not a live region: it would speak on every hover and Tab across the chart (WCAG 4.1.3).
  return (
    <section
      ref={card}
      className={anchored ? 'panel details is-floating' : 'panel details'}
      style={anchored ? { left: place?.left ?? 0, top: place?.top ?? 0 } : undefined}
      aria-labelledby="details-heading"
      data-testid="details"
      data-pinned={pinned ? 'true' : undefined}
    >
      <h2 id="details-heading" tabIndex={-1}>
        {t('details.heading')}
      </h2>
      {anchored && actions}
      {!item ? (
        <p className="muted">{t('details.empty')}</p>
      ) : item.kind === 'intervention' ? (
        <InterventionDetails id={item.id} journey={journey} analysis={analysis} asOf={asOf} labels={labels} />
      ) : (
        <OtherDetails selection={item} journey={journey} labels={labels} />
      )}
      {!anchored && actions}
      {removing.dialog}
    </section>
  );
}
