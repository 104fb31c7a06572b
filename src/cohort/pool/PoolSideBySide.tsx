/**
 * Side by side: each source's figures beside the total, so that a region sees where one
 * förbund differs: the overview (the waits' medians among them, and the cliffs and milestones
 * counted) and the gaps by the kind before them. The small-cell rule is applied to each column
 * on its own: a source's figures are hidden as they would be if that source published them alone.
 */
import type { Shown } from '../../domain';
import { type PooledFigures, gapIds } from '../../domain/pool';
import { POOLED_KEYS, overview } from '../overview';
import { type Words, showValue } from '../say';
import { LIST_FIGURES, listFigures, poolTables } from './poolTables';

type Column = { label: string; figures: PooledFigures };
type Row = { key: string; label: string; values: Shown[] };

function SideTable({
  caption,
  columns,
  rows,
  testId,
  w,
}: {
  caption: string;
  columns: string[];
  rows: Row[];
  testId: string;
  w: Words;
}) {
  return (
    <div className="pool-scroll">
      <table className="pool-table pool-side" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{w.say('pool.figure')}</th>
            {columns.map((c, i) => (
              <th key={i} scope="col" data-testid={`${testId}-source`}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {r.values.map((v, i) => (
                <td key={i} data-key={r.key} data-value={String(v)}>
                  {showValue(v, w.language)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The rows of side by side, each with one value per column (the total first). */
export function sideRows(columns: readonly Column[], horizon: number, suppress: boolean, w: Words) {
  const shown = columns.map((c) => overview(c.figures.figures, c.figures.bases, suppress));
  const tables = columns.map((c) => poolTables(c.figures, suppress));
  const lists = tables.map(listFigures);
  const overviewRows: Row[] = [
    ...POOLED_KEYS.map((k) => ({ key: k, label: w.say(`overview.rows.${k}`), values: shown.map((s) => s[k]) })),
    ...LIST_FIGURES.map((k) => ({
      key: k,
      label: w.say(`poolMore.overview.${k}`, { days: horizon }),
      values: lists.map((l) => l[k]),
    })),
  ];
  // Every kind any column has, in the total's order; a source without it had no gap after it (0, and no days to show).
  const kinds = columns[0].figures.figures.gaps.byPrecedingKind.map((g) => g.kind);
  const kindName = (k: string) => (k === '' ? w.say('pool.counts.noKind') : w.kind(k));
  const gap = (t: (typeof tables)[number], id: string, kind: string, none: Shown) =>
    t.gaps.kinds.includes(kind) ? t.gaps.shown(id) : none;
  const gapRows: Row[] = kinds.flatMap((kind) => [
    {
      key: `gaps:${kind}`,
      label: w.say('poolMore.side.gaps', { kind: kindName(kind) }),
      values: tables.map((t) => gap(t, gapIds.gaps(kind), kind, 0)),
    },
    {
      key: `days:${kind}`,
      label: w.say('poolMore.side.days', { kind: kindName(kind) }),
      values: tables.map((t) => gap(t, gapIds.days(kind), kind, '–')),
    },
  ]);
  return { overview: overviewRows, gaps: gapRows };
}

export function PoolSideBySide({
  total,
  sources,
  horizon,
  suppress,
  w,
}: {
  total: PooledFigures;
  sources: Column[];
  horizon: number;
  suppress: boolean;
  w: Words;
}) {
  const columns = [{ label: w.say('pool.total'), figures: total }, ...sources];
  const labels = columns.map((c) => c.label);
  const rows = sideRows(columns, horizon, suppress, w);
  return (
    <section className="panel" aria-labelledby="pool-side-heading">
      <h2 id="pool-side-heading">{w.say('pool.sideBySide')}</h2>
      <p className="hint">{w.say('pool.sideCaption')}</p>
      <SideTable
        caption={w.say('poolMore.side.overviewCaption')}
        columns={labels}
        rows={rows.overview}
        testId="pool-side"
        w={w}
      />
      {rows.gaps.length > 0 ? (
        <SideTable
          caption={w.say('poolMore.side.gapsCaption')}
          columns={labels}
          rows={rows.gaps}
          testId="pool-side-gaps"
          w={w}
        />
      ) : (
        <p className="hint">{w.say('poolMore.side.gapsNone')}</p>
      )}
    </section>
  );
}
