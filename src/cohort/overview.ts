/**
 * The overview figures of a cohort as they are shown and exported: each exact figure of
 * `analyzeCohort` with the small-cell rule of section 7 applied (or not, when the person has
 * turned it off). One list of rows feeds the sentences, the table, the CSV and the report.
 */
import { type CohortFigures, FEW, HIDDEN, suppressCount, suppressFigure } from '../domain';

/** A shown value: a number, "<5" (a small count) or "–" (hidden, or nothing to compute). */
export type Shown = number | typeof FEW | typeof HIDDEN;
export type Bases = { percentiles: number; survival: number };

export const OVERVIEW_KEYS = [
  'journeys',
  'closed',
  'withForsteg',
  'withWait',
  'shareWithWait',
  'median',
  'p75',
  'p90',
  'stillWaiting',
  'shareStillWaiting',
  'noNextStep',
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

const distinctJourneys = (list: readonly { journey: string }[]) => new Set(list.map((x) => x.journey)).size;

export function overview(f: CohortFigures, bases: Bases, on: boolean): Overview {
  const w = f.waits;
  const count = (n: number) => suppressCount(n, on);
  const percentile = (v: number | null) => {
    const s = suppressFigure(v, bases.percentiles, on);
    return s === null ? HIDDEN : s;
  };
  const milestones = (day: number) => count(distinctJourneys(f.upcomingMilestones.filter((m) => m.day === day)));
  return {
    journeys: count(f.journeys),
    closed: count(f.closed),
    withForsteg: count(w.journeysWithForsteg),
    withWait: count(w.journeysWithWait),
    shareWithWait: shownShare(w.journeysWithWait, w.journeysWithForsteg, on),
    median: percentile(w.median),
    p75: percentile(w.p75),
    p90: percentile(w.p90),
    stillWaiting: count(w.stillWaiting),
    shareStillWaiting: shownShare(w.stillWaiting, w.positive, on),
    noNextStep: count(w.noNextStep),
    greyZoneJourneys: count(f.greyZones.journeysWithGreyZone),
    greyZoneDays: suppressFigure(f.greyZones.days, f.greyZones.journeysWithGreyZone, on),
    gapJourneys: count(f.gaps.journeysWithGap),
    gapDays: suppressFigure(f.gaps.days, f.gaps.journeysWithGap, on),
    cliffJourneys: count(distinctJourneys(f.cliffs)),
    milestone90: milestones(90),
    milestone180: milestones(180),
    milestone365: milestones(365),
  };
}
