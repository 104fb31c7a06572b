/**
 * The sums a figures file's counts must satisfy (docs/pooling.md, docs/format.md "The figures
 * file"; `addUpProblems`): each rule broken alone, with a check made anew, is refused with its
 * exact place and reason, and nothing else. Found untested by the mutation run of `read.ts`
 * (issue #29); each test was seen to fail with its mutant planted.
 */
import { describe, expect, it } from 'vitest';
import type { FiguresFile } from './file';
import { readFigures } from './read';
import { figuresText } from '../testing/figuresFile';

const problems = (change: (f: FiguresFile) => void) => {
  const r = readFigures(figuresText(change));
  return r.ok ? [] : r.errors;
};
const sum = (path: string, message: string) => ({ path, code: 'doesNotAddUp', message });

describe('a figures file whose counts do not add up', () => {
  it('reads the hand-made file, which adds up', () => expect(readFigures(figuresText()).ok).toBe(true));

  it('refuses provenance that does not fit the figures or the version', () => {
    expect(problems((f) => (f.provenance.journeys = 11))).toEqual([
      sum('provenance.journeys', 'differs from figures.journeys'),
    ]);
    expect(problems((f) => (f.provenance.sources = [{ label: 'A', journeys: 10 }]))).toEqual([
      sum('provenance.sources', 'is in a version 1 file'),
    ]);
    expect(problems((f) => (f.version = 2))).toEqual([sum('provenance.sources', 'is missing from a version 2 file')]);
    expect(
      problems((f) => {
        f.version = 2;
        f.provenance.sources = [{ label: 'A', journeys: 9 }];
      }),
    ).toEqual([sum('provenance.sources', 'do not add up to the journeys')]);
  });

  it('refuses a count of journeys larger than the journeys it is a part of', () => {
    expect(problems((f) => (f.figures.closed = 11))).toEqual([sum('figures.closed', 'is more than the journeys')]);
    expect(problems((f) => (f.figures.gaps.journeysWithGap = 11))).toEqual([
      sum('figures.gaps.journeysWithGap', 'is more than the journeys'),
    ]);
    expect(problems((f) => (f.figures.greyZones.journeysWithGreyZone = 11))).toEqual([
      sum('figures.greyZones.journeysWithGreyZone', 'is more than the journeys'),
    ]);
  });

  it('refuses the waits out of order with one another', () => {
    const waits = (change: (w: FiguresFile['figures']['waits']) => void) => problems((f) => change(f.figures.waits));
    expect(
      waits((w) => {
        w.journeysWithForsteg = 11;
        w.count = 11;
        w.notAtRisk = 4;
        w.positive = 6;
      }),
    ).toEqual([sum('figures.waits.journeysWithForsteg', 'is more than the journeys')]);
    expect(waits((w) => (w.journeysWithWait = 9))).toEqual([
      sum('figures.waits.journeysWithWait', 'is more than journeysWithForsteg'),
      sum('figures.waits.positive', 'is out of order'),
    ]);
    expect(
      waits((w) => {
        w.count = 7;
        w.notAtRisk = 0;
      }),
    ).toEqual([sum('figures.waits.journeysWithForsteg', 'is more than the waits')]);
    // positive between journeysWithWait and count: each side alone.
    expect(waits((w) => (w.positive = 4))).toEqual([sum('figures.waits.positive', 'is out of order')]);
    expect(waits((w) => (w.positive = 10))).toEqual([sum('figures.waits.positive', 'is out of order')]);
    expect(waits((w) => (w.noNextStep = 2))).toEqual([
      sum('figures.waits.count', 'is not observed + notAtRisk + noNextStep'),
    ]);
    expect(
      waits((w) => {
        w.observed = 7;
        w.notAtRisk = 1;
      }),
    ).toEqual([sum('figures.waits.observed', 'is not the events and censorings')]);
    expect(waits((w) => (w.stillWaiting = 1))).toEqual([sum('figures.waits.stillWaiting', 'is not the censorings')]);
    expect(waits((w) => (w.journeysInSurvival = 9))).toEqual([
      sum('figures.waits.journeysInSurvival', 'is more than journeysWithForsteg'),
    ]);
    expect(waits((w) => (w.journeysWithEndedWait = 5))).toEqual([
      sum('figures.waits.journeysWithEndedWait', 'is more than journeysInSurvival'),
    ]);
  });

  it('refuses events or censorings whose times are out of order or given twice', () => {
    const events = (list: [number, number][]) => problems((f) => (f.figures.waits.events = list));
    expect(
      events([
        [40, 2],
        [10, 2],
      ]),
    ).toEqual([sum('figures.waits.events', 'has times out of order or twice')]);
    expect(
      events([
        [10, 1],
        [10, 1],
        [40, 2],
      ]),
    ).toEqual([sum('figures.waits.events', 'has times out of order or twice')]);
    expect(
      problems(
        (f) =>
          (f.figures.waits.censored = [
            [400, 1],
            [5, 1],
          ]),
      ),
    ).toEqual([sum('figures.waits.censored', 'has times out of order or twice')]);
  });

  it("refuses a histogram bin that is not its events' or censorings' count", () => {
    expect(problems((f) => (f.figures.waits.histogramEnded = [2, 1, 1, 0, 0, 0]))).toEqual([
      sum('figures.waits.histogramEnded[1]', 'is not its events'),
      sum('figures.waits.histogramEnded[2]', 'is not its events'),
    ]);
    expect(problems((f) => (f.figures.waits.histogramOpen = [1, 0, 0, 0, 1, 0]))).toEqual([
      sum('figures.waits.histogramOpen[4]', 'is not its censorings'),
      sum('figures.waits.histogramOpen[5]', 'is not its censorings'),
    ]);
  });

  it('refuses a category named twice', () => {
    expect(problems((f) => (f.figures.gaps.byPrecedingKind[1].kind = 'insats'))).toEqual([
      sum('figures.gaps.byPrecedingKind', 'names a kind twice'),
    ]);
    expect(
      problems((f) => {
        f.figures.greyZones.handovers[1].from = 'a';
        f.figures.greyZones.handovers[1].to = 'b';
      }),
    ).toEqual([sum('figures.greyZones.handovers', 'names a pair twice')]);
    expect(problems((f) => (f.figures.cliffs[1].month = '2026-04'))).toEqual([
      sum('figures.cliffs', 'names a kind and month twice'),
    ]);
    expect(problems((f) => (f.figures.upcomingMilestones[1].day = 90))).toEqual([
      sum('figures.upcomingMilestones', 'names a day and month twice'),
    ]);
  });

  it('refuses a handover with more journeys than its zones, or than the journeys with a grey zone', () => {
    const more = 'is more than its zones or the journeys with a grey zone';
    expect(problems((f) => (f.figures.greyZones.handovers[1].journeys = 2))).toEqual([
      sum('figures.greyZones.handovers[1].journeys', more),
    ]);
    expect(
      problems((f) => {
        f.figures.greyZones.handovers[0].zones = 5;
        f.figures.greyZones.handovers[0].journeys = 4;
      }),
    ).toEqual([sum('figures.greyZones.handovers[0].journeys', more)]);
  });
});
