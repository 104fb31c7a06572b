/**
 * The small-cell rule of section 7, one rule for every screen and export: a count of 1 to 4
 * journeys shows as "<5", and a figure computed from fewer than 5 journeys as "–". The domain
 * keeps exact numbers; only what shows or exports them calls these.
 */

/** Counts below this (and above 0) are hidden, and figures resting on fewer journeys. */
export const SMALL_CELL = 5;
export const FEW = '<5';
export const HIDDEN = '–';
export type Suppressed = typeof FEW | typeof HIDDEN;

/** A count of journeys as shown: "<5" for 1 to 4; 0 and 5 or more as they are. `enabled` false shows it all. */
export function suppressCount(n: number, enabled = true): number | typeof FEW {
  return enabled && n >= 1 && n < SMALL_CELL ? FEW : n;
}

/**
 * A figure (a percentile, a survival value, a share, the days of a hand-over pair) as shown:
 * "–" when it rests on fewer than 5 journeys (none included), else the value itself (null stays null).
 */
export function suppressFigure<T>(value: T, basedOnJourneys: number, enabled = true): T | typeof HIDDEN {
  return enabled && basedOnJourneys < SMALL_CELL ? HIDDEN : value;
}
