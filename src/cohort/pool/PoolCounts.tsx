/** Gaps, cliffs and milestones by kind as tables: what pooled figures keep of the per-person lists. */
import type { CsvCell } from '../../io/csv';
import type { Shown } from '../../domain';
import { monthShort } from '../../i18n/format';
import { type Words, showValue } from '../say';
import { type PoolTables, cliffRows, gapRows, milestoneRows } from './poolTables';

/** Rows of cells as a table: the first row heads the columns, the first cell of each row heads it. */
function RowsTable({ rows, caption, testId, w }: { rows: CsvCell[][]; caption: string; testId: string; w: Words }) {
  const [head, ...body] = rows;
  const text = (c: CsvCell) => (typeof c === 'number' ? showValue(c as Shown, w.language) : (c ?? ''));
  // A month ("2026-03") in the reader's words ("mars 2026"); the CSV keeps it as written.
  const heading = (c: CsvCell) =>
    typeof c === 'string' && /^\d{4}-\d\d$/.test(c)
      ? `${monthShort(Number(c.slice(5)), w.language)} ${c.slice(0, 4)}`
      : text(c);
  return (
    <table className="pool-table" data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((c, i) => (
            <th key={i} scope="col">
              {heading(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {body.map(([first, ...rest], r) => (
          <tr key={r}>
            <th scope="row">{text(first)}</th>
            {rest.map((c, i) => (
              <td key={i} data-value={String(c)}>
                {text(c)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PoolCounts({ tables, horizon, w }: { tables: PoolTables; horizon: number; w: Words }) {
  const say = (key: string, values?: Record<string, unknown>) => w.say(`pool.counts.${key}`, values);
  return (
    <section className="panel" aria-labelledby="pool-counts-heading">
      <h2 id="pool-counts-heading">{say('heading')}</h2>
      <div className="pool-counts">
        {tables.gaps.kinds.length > 0 ? (
          <div>
            <RowsTable rows={gapRows(tables, w)} caption={say('gapsTitle')} testId="pool-gaps" w={w} />
            <p className="hint">{say('gapsNote')}</p>
          </div>
        ) : (
          <p className="hint">{say('gapsNone')}</p>
        )}
        {tables.cliffs.table.rows.length > 0 ? (
          <div>
            <RowsTable
              rows={cliffRows(tables, w)}
              caption={say('cliffsTitle', { days: horizon })}
              testId="pool-cliffs"
              w={w}
            />
            <p className="hint">{say('cliffsNote')}</p>
          </div>
        ) : (
          <p className="hint">{say('cliffsNone', { days: horizon })}</p>
        )}
        {tables.milestones.table.rows.length > 0 ? (
          <RowsTable rows={milestoneRows(tables, w)} caption={say('milestonesTitle')} testId="pool-milestones" w={w} />
        ) : (
          <p className="hint">{say('milestonesNone')}</p>
        )}
      </div>
    </section>
  );
}
