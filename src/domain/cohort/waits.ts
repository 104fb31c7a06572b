/**
 * The waits after försteg across a cohort (section 7): counts, the observations as known on
 * the reference day, percentiles, survival and histogram.
 */
import { type Accumulator, addArrays } from './accumulator';
import { MEDIAN, P75, P90, percentiles } from './ranks';
import { survivalMedian, survivalTable } from './survival';
import { type Observation, observe } from './observations';
import { type Tally, bump, count, mergeTallies, numericKeys } from './tally';
import type { WaitFigures } from './types';

/** The six histogram bins: 1-30, 31-60, 61-90, 91-180, 181-365 and 366 and more. */
export const WAIT_BINS: readonly { from: number; to: number | null }[] = [
  { from: 1, to: 30 },
  { from: 31, to: 60 },
  { from: 61, to: 90 },
  { from: 91, to: 180 },
  { from: 181, to: 365 },
  { from: 366, to: null },
];

export type WaitsState = {
  /** The reference day the observations are taken on: states of other days never merge. */
  asOf: string;
  journeysWithForsteg: number;
  journeysWithWait: number;
  count: number;
  positive: number;
  observed: number;
  notAtRisk: number;
  stillWaiting: number;
  noNextStep: number;
  /** Survival observations by time: events (the next step began by asOf) and censorings. */
  events: Tally;
  censored: Tally;
  histogramEnded: number[];
  histogramOpen: number[];
  /** How many journeys each figure rests on, for the small-cell rule: see `figureBases`. */
  journeysWithEndedWait: number;
  journeysInSurvival: number;
};

const binOf = (days: number) => WAIT_BINS.findIndex((b) => b.to === null || days <= b.to);

function addObservation(s: WaitsState, o: Observation): void {
  if (o.kind === 'noNextStep') s.noNextStep++;
  else if (o.kind === 'notAtRisk') s.notAtRisk++;
  else {
    s.observed++;
    const censored = o.kind === 'censored';
    if (censored) s.stillWaiting++;
    bump(censored ? s.censored : s.events, o.time);
    if (o.time > 0) (censored ? s.histogramOpen : s.histogramEnded)[binOf(o.time)]++;
  }
}

/** The waits of a cohort as known on `asOf` (section 7). */
export function waitsAccumulator(asOf: string): Accumulator<WaitsState, WaitFigures> {
  return {
    empty: () => ({
      asOf,
      journeysWithForsteg: 0,
      journeysWithWait: 0,
      count: 0,
      positive: 0,
      observed: 0,
      notAtRisk: 0,
      stillWaiting: 0,
      noNextStep: 0,
      events: {},
      censored: {},
      histogramEnded: WAIT_BINS.map(() => 0),
      histogramOpen: WAIT_BINS.map(() => 0),
      journeysWithEndedWait: 0,
      journeysInSurvival: 0,
    }),
    add(s, journey, analysis) {
      const waits = analysis.forstegWaits;
      if (waits.length === 0) return s;
      s.journeysWithForsteg++;
      if (waits.some((w) => w.days > 0)) s.journeysWithWait++;
      const observations = waits.map((w) => observe(journey, analysis, w, s.asOf));
      if (observations.some((o) => o.kind === 'event' && o.time > 0)) s.journeysWithEndedWait++;
      if (observations.some((o) => o.kind === 'event' || o.kind === 'censored')) s.journeysInSurvival++;
      s.count += waits.length;
      s.positive += waits.filter((w) => w.days > 0).length;
      for (const o of observations) addObservation(s, o);
      return s;
    },
    merge: (a, b) => {
      if (a.asOf !== b.asOf) throw new RangeError(`cannot merge waits as of ${a.asOf} with waits as of ${b.asOf}`);
      return {
        asOf: a.asOf,
        journeysWithForsteg: a.journeysWithForsteg + b.journeysWithForsteg,
        journeysWithWait: a.journeysWithWait + b.journeysWithWait,
        count: a.count + b.count,
        positive: a.positive + b.positive,
        observed: a.observed + b.observed,
        notAtRisk: a.notAtRisk + b.notAtRisk,
        stillWaiting: a.stillWaiting + b.stillWaiting,
        noNextStep: a.noNextStep + b.noNextStep,
        events: mergeTallies(a.events, b.events),
        censored: mergeTallies(a.censored, b.censored),
        histogramEnded: addArrays(a.histogramEnded, b.histogramEnded),
        histogramOpen: addArrays(a.histogramOpen, b.histogramOpen),
        journeysWithEndedWait: a.journeysWithEndedWait + b.journeysWithEndedWait,
        journeysInSurvival: a.journeysInSurvival + b.journeysInSurvival,
      };
    },
    finish(s) {
      // Percentiles: the times of the events with time > 0 (the waits that had ended on asOf).
      const ended: Tally = {};
      for (const t of numericKeys(s.events)) if (t > 0) bump(ended, t, count(s.events, t));
      const [median, p75, p90] = percentiles(ended, [MEDIAN, P75, P90]);
      const survival = survivalTable(s.events, s.censored);
      return {
        journeysWithForsteg: s.journeysWithForsteg,
        journeysWithWait: s.journeysWithWait,
        count: s.count,
        positive: s.positive,
        observed: s.observed,
        notAtRisk: s.notAtRisk,
        stillWaiting: s.stillWaiting,
        noNextStep: s.noNextStep,
        median,
        p75,
        p90,
        survival,
        survivalMedian: survivalMedian(survival),
        histogram: WAIT_BINS.map((bin, i) => ({ ...bin, ended: s.histogramEnded[i], open: s.histogramOpen[i] })),
      };
    },
  };
}
