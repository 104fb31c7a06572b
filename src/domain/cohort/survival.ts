/** Kaplan-Meier survival of waits from a table of events and censorings by time (section 7). */
import type { SurvivalRow } from './types';
import { type Tally, count, mergeTallies, numericKeys } from './tally';

/** Survival at or below this is "half or fewer still waiting": rounding cannot move the median. */
const HALF = 0.5 + 1e-9;

/** Distinct times at which anything happens, ascending, with who was at risk, events, censorings and S(t). */
export function survivalTable(events: Tally, censored: Tally): SurvivalRow[] {
  const times = numericKeys(mergeTallies(events, censored));
  let atRisk = times.reduce((sum, t) => sum + count(events, t) + count(censored, t), 0);
  let survival = 1;
  return times.map((day) => {
    const e = count(events, day);
    const c = count(censored, day);
    // Every listed day has an event or a censoring, so someone is at risk; no event multiplies by exactly 1.
    survival *= 1 - e / atRisk;
    const row = { day, atRisk, events: e, censored: c, survival };
    atRisk -= e + c;
    return row;
  });
}

/** The smallest time whose survival is at most one half, else null. */
export function survivalMedian(table: readonly SurvivalRow[]): number | null {
  // Stryker disable next-line EqualityOperator: a product of the table's fractions is never exactly HALF (0.5 + 1e-9), so < and <= agree
  return table.find((row) => row.survival <= HALF)?.day ?? null;
}

/** A step of the protected curve: the rows from `from` to `day` (its end) taken as one. */
export type SurvivalBand = SurvivalRow & { from: number };

/**
 * The Kaplan-Meier table as it may be shown with small cells hidden (the reading of section 7
 * pinned in survival.test.ts): consecutive rows grouped into bands of at least `min` events,
 * each drawn as one step at its end (the product-limit value there, exact); `atRisk` is who
 * was at risk at the band's start, `events` and `censored` its sums. The curve ends with the
 * last full band: what follows rests on fewer than `min` events (and so on fewer than `min`
 * people at risk once fewer than `min` remain), and is not shown.
 */
export function survivalBands(table: readonly SurvivalRow[], min: number): SurvivalBand[] {
  const bands: SurvivalBand[] = [];
  let open: SurvivalBand | null = null;
  for (const row of table) {
    open ??= { ...row, from: row.day, events: 0, censored: 0 };
    open.events += row.events;
    open.censored += row.censored;
    open.day = row.day;
    open.survival = row.survival;
    if (open.events >= min) {
      bands.push(open);
      open = null;
    }
  }
  return bands;
}
