/** The waits after försteg across a cohort (section 7): counts, percentiles, survival and histogram. */
import type { ForstegWait } from '../analyze';
import { type Accumulator, addArrays } from './accumulator';
import { MEDIAN, P75, P90, percentiles } from './ranks';
import { survivalMedian, survivalTable } from './survival';
import { type Tally, bump, mergeTallies } from './tally';
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
  journeysWithForsteg: number;
  journeysWithWait: number;
  count: number;
  positive: number;
  stillWaiting: number;
  noNextStep: number;
  /** Days of the ended waits (days > 0, not open): value → how many. */
  ended: Tally;
  /** Survival observations by time: events (the next step began) and censorings (still waiting). */
  events: Tally;
  censored: Tally;
  histogramEnded: number[];
  histogramOpen: number[];
  /** How many journeys each figure rests on, for the small-cell rule: see `figureBases`. */
  journeysWithEndedWait: number;
  journeysInSurvival: number;
};

const binOf = (days: number) => WAIT_BINS.findIndex((b) => b.to === null || days <= b.to);

function addWait(s: WaitsState, w: ForstegWait): void {
  s.count++;
  if (w.noNextStep) s.noNextStep++;
  else bump(w.open ? s.censored : s.events, w.days);
  if (w.days <= 0) return;
  s.positive++;
  if (w.open) {
    s.stillWaiting++;
    s.histogramOpen[binOf(w.days)]++;
  } else {
    bump(s.ended, w.days);
    s.histogramEnded[binOf(w.days)]++;
  }
}

export const waitsAccumulator: Accumulator<WaitsState, WaitFigures> = {
  empty: () => ({
    journeysWithForsteg: 0,
    journeysWithWait: 0,
    count: 0,
    positive: 0,
    stillWaiting: 0,
    noNextStep: 0,
    ended: {},
    events: {},
    censored: {},
    histogramEnded: WAIT_BINS.map(() => 0),
    histogramOpen: WAIT_BINS.map(() => 0),
    journeysWithEndedWait: 0,
    journeysInSurvival: 0,
  }),
  add(s, _journey, analysis) {
    const waits = analysis.forstegWaits;
    if (waits.length === 0) return s;
    s.journeysWithForsteg++;
    if (waits.some((w) => w.days > 0)) s.journeysWithWait++;
    if (waits.some((w) => w.days > 0 && !w.open)) s.journeysWithEndedWait++;
    if (waits.some((w) => !w.noNextStep)) s.journeysInSurvival++;
    for (const w of waits) addWait(s, w);
    return s;
  },
  merge: (a, b) => ({
    journeysWithForsteg: a.journeysWithForsteg + b.journeysWithForsteg,
    journeysWithWait: a.journeysWithWait + b.journeysWithWait,
    count: a.count + b.count,
    positive: a.positive + b.positive,
    stillWaiting: a.stillWaiting + b.stillWaiting,
    noNextStep: a.noNextStep + b.noNextStep,
    ended: mergeTallies(a.ended, b.ended),
    events: mergeTallies(a.events, b.events),
    censored: mergeTallies(a.censored, b.censored),
    histogramEnded: addArrays(a.histogramEnded, b.histogramEnded),
    histogramOpen: addArrays(a.histogramOpen, b.histogramOpen),
    journeysWithEndedWait: a.journeysWithEndedWait + b.journeysWithEndedWait,
    journeysInSurvival: a.journeysInSurvival + b.journeysInSurvival,
  }),
  finish(s) {
    const [median, p75, p90] = percentiles(s.ended, [MEDIAN, P75, P90]);
    const survival = survivalTable(s.events, s.censored);
    return {
      journeysWithForsteg: s.journeysWithForsteg,
      journeysWithWait: s.journeysWithWait,
      count: s.count,
      positive: s.positive,
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
