/** The overview: the figures in plain sentences, then the same figures in a table. */
import type { CohortFigures, Shown } from '../domain';
import type { DrillTarget } from './drill';
import { OVERVIEW_KEYS, POOLED_KEYS, type Overview as Figures } from './overview';
import { type Words, showValue } from './say';

type Props = {
  shown: Figures;
  figures: CohortFigures;
  w: Words;
  /** Without it (pooled figures: no journeys), no drill-down and no figures of the per-person lists. */
  onDrill?: (t: DrillTarget, opener: HTMLElement) => void;
  /** Pooled figures: the rows counted from a figures file's counts by kind and month, with a note on what they count. */
  pooledRows?: { rows: { key: string; label: string; shown: Shown }[]; note: string };
};

export function Overview({ shown, figures, w, onDrill, pooledRows }: Props) {
  const keys = onDrill ? OVERVIEW_KEYS : POOLED_KEYS;
  const text = Object.fromEntries(OVERVIEW_KEYS.map((k) => [k, showValue(shown[k], w.language)]));
  const words = { ...text, date: w.day(figures.asOf) }; // the reference day: which day both medians are of
  // No försteg in the selection: one sentence that says so, not "Av 0 resor … – dagar".
  const sentences =
    figures.waits.journeysWithForsteg === 0
      ? (['journeys', 'noForsteg', 'zones', 'ahead'] as const)
      : (['journeys', 'waits', 'observations', 'medians', 'still', 'zones', 'ahead'] as const);
  const said = onDrill ? sentences : sentences.filter((s) => s !== 'ahead');
  const milestoneDays = [90, 180, 365] as const;
  return (
    <section className="panel cohort-overview" aria-labelledby="cohort-overview-heading">
      <h2 id="cohort-overview-heading">{w.say('overview.heading')}</h2>
      <div className="overview-text" data-testid="overview-sentences">
        {said.map((s) => (
          <p key={s}>{w.say(`overview.sentences.${s}`, words)}</p>
        ))}
      </div>
      {onDrill && (
        <div className="overview-actions">
          <button
            type="button"
            onClick={(e) => onDrill({ kind: 'cliffs' }, e.currentTarget)}
            disabled={figures.cliffs.length === 0}
          >
            {w.say('drill.cliffsButton')}
          </button>
          {milestoneDays.map((day) => (
            <button
              key={day}
              type="button"
              onClick={(e) => onDrill({ kind: 'milestones', day }, e.currentTarget)}
              disabled={!figures.upcomingMilestones.some((m) => m.day === day)}
            >
              {w.say('drill.milestonesButton', { day })}
            </button>
          ))}
        </div>
      )}
      <table className="overview-table" data-testid="overview-table">
        <caption>{w.say('overview.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{w.say('overview.figure')}</th>
            <th scope="col">{w.say('overview.value')}</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k}>
              <th scope="row">{w.say(`overview.rows.${k}`)}</th>
              <td data-testid={`figure-${k}`} data-value={String(shown[k])}>
                {text[k]}
              </td>
            </tr>
          ))}
          {pooledRows?.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td data-testid={`pooled-${r.key}`} data-value={String(r.shown)}>
                {showValue(r.shown, w.language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {pooledRows && <p className="hint">{pooledRows.note}</p>}
    </section>
  );
}
