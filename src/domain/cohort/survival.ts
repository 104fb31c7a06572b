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
    if (e > 0) survival *= 1 - e / atRisk;
    const row = { day, atRisk, events: e, censored: c, survival };
    atRisk -= e + c;
    return row;
  });
}

/** The smallest time whose survival is at most one half, else null. */
export function survivalMedian(table: readonly SurvivalRow[]): number | null {
  return table.find((row) => row.survival <= HALF)?.day ?? null;
}
