/**
 * The overview figures of a cohort as they are shown and exported: each exact figure of
 * `analyzeCohort` through the overview's view declaration and the one small-cell rule of
 * section 7 (primary and secondary), or all of them when the person has turned it off. One
 * list of rows feeds the sentences, the table, the CSV and the report.
 */
import { type CohortFigures, HIDDEN, type Shown, suppressFigure } from '../domain';
import { suppressView } from '../domain/cohort/suppress';
import { type Bases, overviewView } from '../domain/cohort/views';

export type { Shown, Bases };

export const OVERVIEW_KEYS = [
  'journeys',
  'closed',
  'withForsteg',
  'withWait',
  'shareWithWait',
  'waits',
  'observed',
  'notAtRisk',
  'noNextStep',
  'stillWaiting',
  'shareStillWaiting',
  'median',
  'p75',
  'p90',
  'survivalMedian',
  'greyZoneJourneys',
  'greyZoneDays',
  'gapJourneys',
  'gapDays',
  'cliffJourneys',
  'milestone90',
  'milestone180',
  'milestone365',
] as const;
export type OverviewKey = (typeof OVERVIEW_KEYS)[number];
/**
 * The overview of pooled figures: all but the figures of the per-person lists (journeys with a
 * cliff, with a milestone coming up), which count distinct journeys a figures file does not
 * carry; its counts by kind and month are shown in a table of their own.
 */
export const POOLED_KEYS: readonly OverviewKey[] = OVERVIEW_KEYS.filter(
  (k) => k !== 'cliffJourneys' && !k.startsWith('milestone'),
);
export type Overview = Record<OverviewKey, Shown>;

/**
 * A share in whole per cent, as shown. Reading of the spec: a share rests on its whole (the
 * journeys it is a share of), so it is "–" when the whole is below 5; it is "–" too when the
 * part is 1 to 4, since the share and the whole would give the hidden count away.
 */
export function shownShare(part: number, whole: number, on: boolean): Shown {
  if (whole === 0) return HIDDEN;
  const share = Math.round((100 * part) / whole);
  if (on && part >= 1 && part < 5) return HIDDEN;
  return suppressFigure(share, whole, on);
}

/** Figures with nothing to compute (no ended wait, no median reached) show as "–" whatever the rule. */
const NONE: Partial<Record<OverviewKey, (f: CohortFigures) => boolean>> = {
  median: (f) => f.waits.median === null,
  p75: (f) => f.waits.p75 === null,
  p90: (f) => f.waits.p90 === null,
  survivalMedian: (f) => f.waits.survivalMedian === null,
  shareWithWait: (f) => f.waits.journeysWithForsteg === 0,
  shareStillWaiting: (f) => f.waits.observed === 0,
};

export function overview(f: CohortFigures, bases: Bases, on: boolean): Overview {
  const shown = suppressView(overviewView(f, bases), on);
  const out = {} as Overview;
  for (const k of OVERVIEW_KEYS) out[k] = NONE[k]?.(f) ? HIDDEN : (shown.get(k) ?? HIDDEN);
  return out;
}
