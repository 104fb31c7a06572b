/**
 * Side by side: each source's overview beside the total, so that a region sees where one
 * förbund differs. The small-cell rule is applied to each column on its own: a source's
 * figures are hidden as they would be if that source published them alone.
 */
import type { PooledFigures } from '../../domain/pool';
import { POOLED_KEYS, overview } from '../overview';
import { type Words, showValue } from '../say';

type Column = { label: string; figures: PooledFigures };

export function PoolSideBySide({
  total,
  sources,
  suppress,
  w,
}: {
  total: PooledFigures;
  sources: Column[];
  suppress: boolean;
  w: Words;
}) {
  const columns = [{ label: w.say('pool.total'), figures: total }, ...sources];
  const shown = columns.map((c) => overview(c.figures.figures, c.figures.bases, suppress));
  return (
    <section className="panel" aria-labelledby="pool-side-heading">
      <h2 id="pool-side-heading">{w.say('pool.sideBySide')}</h2>
      <div className="pool-scroll">
        <table className="pool-table pool-side" data-testid="pool-side">
          <caption>{w.say('pool.sideCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{w.say('pool.figure')}</th>
              {columns.map((c, i) => (
                <th key={i} scope="col" data-testid="pool-side-source">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {POOLED_KEYS.map((k) => (
              <tr key={k}>
                <th scope="row">{w.say(`overview.rows.${k}`)}</th>
                {shown.map((s, i) => (
                  <td key={i} data-key={k} data-value={String(s[k])}>
                    {showValue(s[k], w.language)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
