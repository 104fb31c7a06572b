/** `analyzeCohort` (section 7): every figure of a cohort, as one accumulator made of the figures' own. */
import { type Analysis, analyzeJourney } from '../analyze';
import { isIsoDate } from '../dates';
import type { Journey } from '../schema';
import type { Accumulator } from './accumulator';
import { type GapsState, gapsAccumulator } from './gaps';
import { type GreyZonesState, greyZonesAccumulator } from './handovers';
import { type ListsState, listsAccumulator } from './lists';
import type { CohortFigures, CohortOptions } from './types';
import { type WaitsState, waitsAccumulator } from './waits';

export type CohortState = {
  asOf: string;
  journeys: number;
  closed: number;
  waits: WaitsState;
  gaps: GapsState;
  greyZones: GreyZonesState;
  lists: ListsState;
};

export type CohortAccumulator = Accumulator<CohortState, CohortFigures> & {
  /** The analysis every journey gets: `analyzeJourney` with the cohort's options. */
  analyze(journey: Journey): Analysis;
  /** Analyses the journey and adds it. */
  addJourney(state: CohortState, journey: Journey, index: number): CohortState;
};

export function cohortAccumulator(options: CohortOptions): CohortAccumulator {
  const { asOf } = options;
  if (!isIsoDate(asOf)) throw new TypeError(`asOf ${JSON.stringify(asOf)} is not a date`);
  const analysisOptions = {
    asOf,
    ignoreGapsUpToDays: options.ignoreGapsUpToDays ?? 0,
    cliffHorizonDays: options.cliffHorizonDays ?? 90,
  };
  const waits = waitsAccumulator(asOf);
  const self: CohortAccumulator = {
    empty: () => ({
      asOf,
      journeys: 0,
      closed: 0,
      waits: waits.empty(),
      gaps: gapsAccumulator.empty(),
      greyZones: greyZonesAccumulator.empty(),
      lists: listsAccumulator.empty(),
    }),
    add(s, journey, analysis, index) {
      s.journeys++;
      if (journey.closed) s.closed++;
      waits.add(s.waits, journey, analysis, index);
      gapsAccumulator.add(s.gaps, journey, analysis, index);
      greyZonesAccumulator.add(s.greyZones, journey, analysis, index);
      listsAccumulator.add(s.lists, journey, analysis, index);
      return s;
    },
    merge(a, b) {
      if (a.asOf !== b.asOf) throw new RangeError(`cannot merge figures as of ${a.asOf} with figures as of ${b.asOf}`);
      return {
        asOf: a.asOf,
        journeys: a.journeys + b.journeys,
        closed: a.closed + b.closed,
        waits: waits.merge(a.waits, b.waits),
        gaps: gapsAccumulator.merge(a.gaps, b.gaps),
        greyZones: greyZonesAccumulator.merge(a.greyZones, b.greyZones),
        lists: listsAccumulator.merge(a.lists, b.lists),
      };
    },
    finish(s) {
      const lists = listsAccumulator.finish(s.lists);
      return {
        asOf: s.asOf,
        journeys: s.journeys,
        closed: s.closed,
        waits: waits.finish(s.waits),
        gaps: gapsAccumulator.finish(s.gaps),
        greyZones: greyZonesAccumulator.finish(s.greyZones),
        cliffs: lists.cliffs,
        upcomingMilestones: lists.upcomingMilestones,
      };
    },
    analyze: (journey) => analyzeJourney(journey, analysisOptions),
    addJourney: (s, journey, index) => self.add(s, journey, self.analyze(journey), index),
  };
  return self;
}

/** How many journeys the waits' percentiles and survival rest on, for the small-cell rule. */
export function figureBases(state: CohortState): { percentiles: number; survival: number } {
  return { percentiles: state.waits.journeysWithEndedWait, survival: state.waits.journeysInSurvival };
}

/** The figures of a cohort of distinct journeys (the caller removes duplicates). */
export function analyzeCohort(journeys: readonly Journey[], options: CohortOptions): CohortFigures {
  const acc = cohortAccumulator(options);
  const state = acc.empty();
  journeys.forEach((journey, index) => acc.addJourney(state, journey, index));
  return acc.finish(state);
}
