/**
 * `alignCohort` (section 7): how many journeys are in each state on each day, counted from an
 * anchor. Each journey adds its state runs to per-state difference arrays over the offsets,
 * so the work per journey grows with its runs, not with the window length.
 */
import { type Analysis, analyzeJourney } from '../analyze';
import { isIsoDate } from '../dates';
import type { Journey } from '../schema';
import { type Accumulator, addArrays } from './accumulator';
import { anchorDay, checkAnchor, itemsOf } from './anchor';
import { stateRuns } from './states';
import { type AlignOptions, type AlignedDay, type Alignment, DAY_STATES, type DayState } from './types';

export type AlignState = {
  anchor: string;
  from: number;
  to: number;
  included: number;
  excluded: number;
  /** Per state, `diff[o - from]` is the change of its count at offset o (length to - from + 2). */
  diff: Record<DayState, number[]>;
};

export type AlignAccumulator = Accumulator<AlignState, Alignment> & {
  analyze(journey: Journey): Analysis;
  addJourney(state: AlignState, journey: Journey, index: number): AlignState;
};

function checkOptions({ asOf, anchor, from, to }: AlignOptions): void {
  if (!isIsoDate(asOf)) throw new TypeError(`asOf ${JSON.stringify(asOf)} is not a date`);
  checkAnchor(anchor);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from > 0 || to < 0) {
    throw new RangeError(`offsets from ${from} to ${to}: need whole numbers with from <= 0 <= to`);
  }
}

const zeros = (n: number) => new Array<number>(n).fill(0);

export function alignAccumulator(options: AlignOptions): AlignAccumulator {
  checkOptions(options);
  const { anchor, from, to } = options;
  const analysisOptions = { asOf: options.asOf, ignoreGapsUpToDays: options.ignoreGapsUpToDays ?? 0 };
  const self: AlignAccumulator = {
    empty: () => ({
      anchor,
      from,
      to,
      included: 0,
      excluded: 0,
      diff: Object.fromEntries(DAY_STATES.map((s) => [s, zeros(to - from + 2)])) as Record<DayState, number[]>,
    }),
    add(s, journey, analysis) {
      const items = itemsOf(journey, analysis);
      const a = anchorDay(anchor, items);
      if (a === null) {
        s.excluded++;
        return s;
      }
      s.included++;
      const runs = stateRuns(items, analysis, { start: a + from, end: a + to });
      for (const state of DAY_STATES) {
        const diff = s.diff[state];
        for (const run of runs[state]) {
          diff[run.start - a - from]++;
          diff[run.end - a - from + 1]--;
        }
      }
      return s;
    },
    merge(a, b) {
      if (a.anchor !== b.anchor || a.from !== b.from || a.to !== b.to) {
        throw new RangeError('cannot merge alignments with different anchors or offsets');
      }
      const diff = Object.fromEntries(DAY_STATES.map((st) => [st, addArrays(a.diff[st], b.diff[st])]));
      return {
        anchor,
        from,
        to,
        included: a.included + b.included,
        excluded: a.excluded + b.excluded,
        diff,
      } as AlignState;
    },
    finish(s) {
      const running = Object.fromEntries(DAY_STATES.map((st) => [st, 0])) as Record<DayState, number>;
      const days: AlignedDay[] = [];
      for (let o = s.from; o <= s.to; o++) {
        for (const st of DAY_STATES) running[st] += s.diff[st][o - s.from];
        days.push({ offset: o, ...running });
      }
      return { anchor: s.anchor, included: s.included, excluded: s.excluded, days };
    },
    analyze: (journey) => analyzeJourney(journey, analysisOptions),
    addJourney: (s, journey, index) => self.add(s, journey, self.analyze(journey), index),
  };
  return self;
}

export function alignCohort(journeys: readonly Journey[], options: AlignOptions): Alignment {
  const acc = alignAccumulator(options);
  const state = acc.empty();
  journeys.forEach((journey, index) => acc.addJourney(state, journey, index));
  return acc.finish(state);
}
