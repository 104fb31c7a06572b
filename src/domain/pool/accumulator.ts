/**
 * The pooled figures (issue 27): the accumulators of `analyzeCohort` and of `alignCohort` for
 * the built-in anchors, in one state that holds counts only. The per-person lists of the
 * cohort figures (cliffs, upcoming milestones) are counted by kind and month instead, so the
 * state never holds a journey, a person or a date of one person's intervention, and its size
 * does not grow with the number of journeys.
 */
import { type Analysis, analyzeJourney } from '../analyze';
import { isIsoDate } from '../dates';
import type { Journey } from '../schema';
import type { Accumulator } from '../cohort/accumulator';
import { type AlignState, alignAccumulator } from '../cohort/align';
import { type GapsState, gapsAccumulator, kindById } from '../cohort/gaps';
import { type GreyZonesState, greyZonesAccumulator } from '../cohort/handovers';
import { type Tally, bump, byCodeUnit, count, keys, mergeTallies } from '../cohort/tally';
import type { Alignment, CohortFigures } from '../cohort/types';
import { type WaitsState, waitsAccumulator } from '../cohort/waits';

/** The anchors every figures file carries: the end of försteg and the two starts the Kohort view offers. */
export const BUILT_IN_ANCHORS: readonly string[] = ['forstegEnd', 'start:introduktionsjobb', 'start:arbetspraktik'];
/** The Kohort view's default range of days around the anchor. */
export const DEFAULT_WINDOW = { from: -180, to: 365 } as const;

export type PoolOptions = {
  asOf: string;
  ignoreGapsUpToDays: number;
  cliffHorizonDays: number;
  /** The alignment's days around each anchor. */
  from: number;
  to: number;
  anchors: readonly string[];
};

export function poolOptions(o: Partial<PoolOptions> & { asOf: string }): PoolOptions {
  return {
    asOf: o.asOf,
    ignoreGapsUpToDays: o.ignoreGapsUpToDays ?? 0,
    cliffHorizonDays: o.cliffHorizonDays ?? 90,
    from: o.from ?? DEFAULT_WINDOW.from,
    to: o.to ?? DEFAULT_WINDOW.to,
    anchors: [...(o.anchors ?? BUILT_IN_ANCHORS)],
  };
}

/** Cliffs by `[kind, month of end]`, upcoming milestones by `[day, month of date]`, as JSON keys. */
export type CountsState = { cliffs: Tally; milestones: Tally };
export type CliffCount = { kind: string; month: string; count: number };
export type MilestoneCount = { day: number; month: string; count: number };
export type ListCounts = { cliffs: CliffCount[]; upcomingMilestones: MilestoneCount[] };

export type PoolState = {
  asOf: string;
  journeys: number;
  closed: number;
  waits: WaitsState;
  gaps: GapsState;
  greyZones: GreyZonesState;
  counts: CountsState;
  /** One alignment state per anchor, in the options' order. */
  align: AlignState[];
};

/**
 * The merged figures: `figures` as `analyzeCohort` gives them, with `cliffs` and
 * `upcomingMilestones` empty (a figures file carries them only as the counts in `counts`).
 */
export type PooledFigures = {
  figures: CohortFigures;
  counts: ListCounts;
  /** How many journeys the percentiles and the survival rest on (the small-cell rule). */
  bases: { percentiles: number; survival: number };
  alignments: Alignment[];
};

export type PoolAccumulator = Accumulator<PoolState, PooledFigures> & {
  readonly options: PoolOptions;
  analyze(journey: Journey): Analysis;
  addJourney(state: PoolState, journey: Journey, index: number): PoolState;
};

const month = (date: string) => date.slice(0, 7);

export function finishCounts(s: CountsState): ListCounts {
  const cliffs = keys(s.cliffs)
    .map((key) => {
      const [kind, m] = JSON.parse(key) as [string, string];
      return { kind, month: m, count: count(s.cliffs, key) };
    })
    .sort((a, b) => byCodeUnit(a.month, b.month) || byCodeUnit(a.kind, b.kind));
  const upcomingMilestones = keys(s.milestones)
    .map((key) => {
      const [day, m] = JSON.parse(key) as [number, string];
      return { day, month: m, count: count(s.milestones, key) };
    })
    .sort((a, b) => byCodeUnit(a.month, b.month) || a.day - b.day);
  return { cliffs, upcomingMilestones };
}

/** The counts of the lists of finished cohort figures: what a figures file keeps of them. */
export function countLists(figures: Pick<CohortFigures, 'cliffs' | 'upcomingMilestones'>): ListCounts {
  const s: CountsState = { cliffs: {}, milestones: {} };
  for (const c of figures.cliffs) bump(s.cliffs, JSON.stringify([c.kind, month(c.end)]));
  for (const m of figures.upcomingMilestones) bump(s.milestones, JSON.stringify([m.day, month(m.date)]));
  return finishCounts(s);
}

export function poolAccumulator(input: Partial<PoolOptions> & { asOf: string }): PoolAccumulator {
  const options = poolOptions(input);
  const { asOf, ignoreGapsUpToDays, cliffHorizonDays, from, to } = options;
  if (!isIsoDate(asOf)) throw new TypeError(`asOf ${JSON.stringify(asOf)} is not a date`);
  const waits = waitsAccumulator(asOf);
  const aligns = options.anchors.map((anchor) => alignAccumulator({ asOf, anchor, from, to, ignoreGapsUpToDays }));
  const analysisOptions = { asOf, ignoreGapsUpToDays, cliffHorizonDays };
  const self: PoolAccumulator = {
    options,
    empty: () => ({
      asOf,
      journeys: 0,
      closed: 0,
      waits: waits.empty(),
      gaps: gapsAccumulator.empty(),
      greyZones: greyZonesAccumulator.empty(),
      counts: { cliffs: {}, milestones: {} },
      align: aligns.map((a) => a.empty()),
    }),
    add(s, journey, analysis, index) {
      s.journeys++;
      if (journey.closed) s.closed++;
      waits.add(s.waits, journey, analysis, index);
      gapsAccumulator.add(s.gaps, journey, analysis, index);
      greyZonesAccumulator.add(s.greyZones, journey, analysis, index);
      // Stryker disable next-line EqualityOperator,ConditionalExpression: equivalent: a shortcut, the loop below does nothing on no cliffs
      if (analysis.cliffs.length > 0) {
        const kinds = kindById(journey);
        for (const c of analysis.cliffs)
          // Stryker disable next-line StringLiteral: equivalent: a cliff is one of this journey's interventions, whose kind is always found
          bump(s.counts.cliffs, JSON.stringify([kinds.get(c.intervention) ?? '', month(c.end)]));
      }
      for (const m of analysis.sicknessMilestones)
        if (m.upcoming) bump(s.counts.milestones, JSON.stringify([m.day, month(m.date)]));
      // The alignment's analysis asks the same as the cohort's except the cliff horizon, which it does not read.
      aligns.forEach((a, i) => a.add(s.align[i], journey, analysis, index));
      return s;
    },
    merge(a, b) {
      if (a.asOf !== b.asOf) throw new RangeError(`cannot merge figures as of ${a.asOf} with figures as of ${b.asOf}`);
      if (a.align.length !== aligns.length || b.align.length !== aligns.length)
        throw new RangeError('cannot merge figures with other anchors');
      return {
        asOf,
        journeys: a.journeys + b.journeys,
        closed: a.closed + b.closed,
        waits: waits.merge(a.waits, b.waits),
        gaps: gapsAccumulator.merge(a.gaps, b.gaps),
        greyZones: greyZonesAccumulator.merge(a.greyZones, b.greyZones),
        counts: {
          cliffs: mergeTallies(a.counts.cliffs, b.counts.cliffs),
          milestones: mergeTallies(a.counts.milestones, b.counts.milestones),
        },
        align: aligns.map((acc, i) => acc.merge(a.align[i], b.align[i])),
      };
    },
    finish(s) {
      return {
        figures: {
          asOf: s.asOf,
          journeys: s.journeys,
          closed: s.closed,
          waits: waits.finish(s.waits),
          gaps: gapsAccumulator.finish(s.gaps),
          greyZones: greyZonesAccumulator.finish(s.greyZones),
          cliffs: [],
          upcomingMilestones: [],
        },
        counts: finishCounts(s.counts),
        bases: { percentiles: s.waits.journeysWithEndedWait, survival: s.waits.journeysInSurvival },
        alignments: aligns.map((acc, i) => acc.finish(s.align[i])),
      };
    },
    analyze: (journey) => analyzeJourney(journey, analysisOptions),
    addJourney: (s, journey, index) => self.add(s, journey, self.analyze(journey), index),
  };
  return self;
}
