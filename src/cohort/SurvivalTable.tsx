/** The Kaplan-Meier table under the curve: the same rows (bands, with small cells hidden) and the same shown values. */
import type { Shown, SurvivalBand } from '../domain';
import { survivalIds } from '../domain';
import { type Words, showValue } from './say';

type Props = { bands: readonly SurvivalBand[]; shown: ReadonlyMap<string, Shown>; w: Words };

export function SurvivalTable({ bands, shown, w }: Props) {
  const v = (id: string) => showValue(shown.get(id) ?? '–', w.language);
  const pct = (id: string) => {
    const x = shown.get(id);
    return typeof x === 'number' ? `${showValue(Math.round(x / 10), w.language)} %` : showValue(x ?? '–', w.language);
  };
  return (
    <details className="chart-table">
      <summary>{w.say('waits.tableSummary')}</summary>
      <table data-testid="survival-table">
        <thead>
          <tr>
            <th scope="col">{w.say('waits.tableDays')}</th>
            <th scope="col">{w.say('waits.tableAtRisk')}</th>
            <th scope="col">{w.say('waits.tableEvents')}</th>
            <th scope="col">{w.say('waits.tableCensored')}</th>
            <th scope="col">{w.say('waits.share')}</th>
          </tr>
        </thead>
        <tbody>
          {bands.map((b, i) => (
            <tr key={b.day} data-band={i}>
              <th scope="row">{b.from === b.day ? b.day : `${b.from}–${b.day}`}</th>
              <td data-cell="atRisk">{v(survivalIds.atRisk(i))}</td>
              <td data-cell="events">{v(survivalIds.events(i))}</td>
              <td data-cell="censored">{v(survivalIds.censored(i))}</td>
              <td data-cell="survival">{pct(survivalIds.survival(i))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
