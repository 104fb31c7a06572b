/**
 * The overview's view declaration (`overviewView`) and the histogram's total ids: the figures it
 * publishes under their ids, the journeys each figure rests on, the shares hidden with the counts
 * they are read off, and the one line of section 7 ("the overview's parts with their whole": a
 * wait entry is an observation, not at risk or without a next step, so count = observed +
 * notAtRisk + noNextStep). Gaps found by the mutation run of cohort/views.ts (docs/mutation.md).
 * Every figure is built inside its test, not when the file is read.
 */
import { describe, expect, it } from 'vitest';
import { auditView } from '../../../tests/cohortAudit';
import type { Line } from './disclosure';
import { FEW, HIDDEN, type Shown, suppressView } from './suppress';
import type { CohortCliff, CohortFigures, CohortMilestone, WaitFigures } from './types';
import { type Bases, histogramIds, histogramView, overviewView } from './views';

const cliff = (journey: string, intervention: string): CohortCliff => ({
  journey,
  ref: `ref-${journey}`,
  intervention,
  kind: 'praktik',
  end: '2027-01-31',
  daysLeft: 56,
  headroomMonths: null,
});
const milestone = (journey: string, day: 90 | 180 | 365, date: string): CohortMilestone => ({
  journey,
  ref: `ref-${journey}`,
  day,
  date,
});

/** A cohort's figures, every count large and every figure distinct, with the waits changed as given. */
function figures(waits: Partial<WaitFigures> = {}, more: Partial<CohortFigures> = {}): CohortFigures {
  return {
    asOf: '2026-12-06',
    journeys: 500,
    closed: 40,
    waits: {
      journeysWithForsteg: 300,
      journeysWithWait: 240,
      count: 410,
      positive: 330,
      observed: 350,
      notAtRisk: 25,
      stillWaiting: 70,
      noNextStep: 35,
      median: 21,
      p75: 45,
      p90: 93,
      survival: [],
      survivalMedian: 30,
      histogram: [],
      ...waits,
    },
    gaps: { journeysWithGap: 90, days: 1200, byPrecedingKind: [] },
    greyZones: { journeysWithGreyZone: 60, days: 700, handovers: [] },
    // Journeys a and b with a cliff, a with two.
    cliffs: [cliff('a', 'iv1'), cliff('a', 'iv2'), cliff('b', 'iv1')],
    // Day 90 of journeys a (two sickness periods), b and c; day 180 of a; day 365 of d.
    upcomingMilestones: [
      milestone('a', 90, '2027-01-10'),
      milestone('b', 90, '2027-01-12'),
      milestone('a', 180, '2027-04-10'),
      milestone('c', 90, '2027-05-01'),
      milestone('d', 365, '2027-06-01'),
      milestone('a', 90, '2027-09-01'),
    ],
    ...more,
  };
}

const BASES: Bases = { percentiles: 200, survival: 150 };
const shownOf = (f: CohortFigures, bases: Bases = BASES, enabled = true): Record<string, Shown> =>
  Object.fromEntries(suppressView(overviewView(f, bases), enabled));
const pick = (shown: Record<string, Shown>, ids: readonly string[]) =>
  Object.fromEntries(ids.map((id) => [id, shown[id]]));

/** The contract's relation among the waits (section 7), declared here and not read off the view. */
const WAITS_LINE: Line = { total: 'waits', parts: ['observed', 'notAtRisk', 'noNextStep'] };
const WAIT_IDS = ['waits', 'observed', 'notAtRisk', 'noNextStep'] as const;

describe('the overview publishes each figure under its id', () => {
  it('with the rule off: every figure as computed, shares in whole per cent, distinct journeys', () => {
    expect(shownOf(figures(), BASES, false)).toEqual({
      journeys: 500,
      closed: 40,
      withForsteg: 300,
      withWait: 240,
      shareWithWait: 80, // 240 of 300
      waits: 410,
      observed: 350,
      notAtRisk: 25,
      noNextStep: 35,
      stillWaiting: 70,
      shareStillWaiting: 20, // 70 of 350
      median: 21,
      p75: 45,
      p90: 93,
      survivalMedian: 30,
      greyZoneJourneys: 60,
      greyZoneDays: 700,
      gapJourneys: 90,
      gapDays: 1200,
      cliffJourneys: 2, // a and b
      milestone90: 3, // a, b and c
      milestone180: 1, // a
      milestone365: 1, // d
    });
  });

  it('a share rounds to whole per cent', () => {
    // 1 of 3 is 33 %, 2 of 3 is 67 %.
    const shown = shownOf(
      figures({ journeysWithForsteg: 300, journeysWithWait: 100, observed: 300, stillWaiting: 200 }),
    );
    expect(pick(shown, ['shareWithWait', 'shareStillWaiting'])).toEqual({ shareWithWait: 33, shareStillWaiting: 67 });
  });

  it('a share of an empty whole is 0, never NaN (its basis is 0 or the screen shows "–" for it)', () => {
    const f = figures({
      journeysWithForsteg: 0,
      journeysWithWait: 0,
      count: 35,
      observed: 0,
      notAtRisk: 0,
      stillWaiting: 0,
    });
    expect(pick(shownOf(f, BASES, false), ['shareWithWait', 'shareStillWaiting'])).toEqual({
      shareWithWait: 0,
      shareStillWaiting: 0,
    });
  });
});

describe('the waits figures rest on the journeys given, and a figure with nothing to compute is "–"', () => {
  it('percentiles and the survival median are shown when they rest on 5 or more journeys', () => {
    const shown = shownOf(figures(), { percentiles: 5, survival: 5 });
    expect(pick(shown, ['median', 'p75', 'p90', 'survivalMedian'])).toEqual({
      median: 21,
      p75: 45,
      p90: 93,
      survivalMedian: 30,
    });
  });

  it('and "–" when they rest on fewer', () => {
    const shown = shownOf(figures(), { percentiles: 4, survival: 4 });
    expect(pick(shown, ['median', 'p75', 'p90', 'survivalMedian', 'shareStillWaiting'])).toEqual({
      median: HIDDEN,
      p75: HIDDEN,
      p90: HIDDEN,
      survivalMedian: HIDDEN,
      shareStillWaiting: HIDDEN,
    });
  });

  it('a median the survival never reaches (null) is "–", not 0, though 150 journeys are in the survival', () => {
    const shown = shownOf(figures({ survivalMedian: null }));
    expect(shown.survivalMedian).toBe(HIDDEN);
  });

  it('no percentile (no wait ended) is "–", not 0, whatever base a figures file states', () => {
    // A pooled file states its bases itself; reading does not tie journeysWithEndedWait to the events.
    const shown = shownOf(figures({ median: null, p75: null, p90: null }), { percentiles: 10, survival: 150 });
    expect(pick(shown, ['median', 'p75', 'p90'])).toEqual({ median: HIDDEN, p75: HIDDEN, p90: HIDDEN });
  });
});

describe('a share is hidden with the counts it is read off (else it gives them away)', () => {
  it('journeys with a wait: 3 of 40 with a försteg', () => {
    const f = figures({ journeysWithForsteg: 40, journeysWithWait: 3 });
    // Shown, the share (8 %) would leave one possible count of 1-4: 3.
    expect([1, 2, 3, 4].filter((k) => Math.round((100 * k) / 40) === 8)).toEqual([3]);
    expect(pick(shownOf(f), ['withForsteg', 'withWait', 'shareWithWait'])).toEqual({
      withForsteg: 40,
      withWait: FEW,
      shareWithWait: HIDDEN,
    });
  });

  it('still waiting: 3 of 40 observations, on 30 journeys', () => {
    const f = figures({ count: 100, observed: 40, notAtRisk: 25, noNextStep: 35, stillWaiting: 3 });
    // Shown, the share (8 %) would leave one possible count of 1-4: 3.
    expect([1, 2, 3, 4].filter((k) => Math.round((100 * k) / 40) === 8)).toEqual([3]);
    expect(
      pick(shownOf(f, { percentiles: 20, survival: 30 }), ['observed', 'stillWaiting', 'shareStillWaiting']),
    ).toEqual({
      observed: 40,
      stillWaiting: FEW,
      shareStillWaiting: HIDDEN,
    });
  });

  it('still waiting, when the observations are hidden by the line rule', () => {
    // 53 = 20 + 3 + 30: notAtRisk is "<5", so its line hides the smallest shown part above 0,
    // observed (20). 10 still waiting of 20 is 50 %; shown, it would leave observed one value
    // (10 of 19 is 53 %, of 21 48 %), and with it notAtRisk = 53 - 20 - 30 = 3.
    const f = figures({ count: 53, observed: 20, notAtRisk: 3, noNextStep: 30, stillWaiting: 10 });
    expect([...Array(54).keys()].filter((k) => k > 0 && Math.round((100 * 10) / k) === 50)).toEqual([20]);
    const shown = shownOf(f, { percentiles: 8, survival: 15 });
    expect(pick(shown, ['observed', 'stillWaiting', 'shareStillWaiting'])).toEqual({
      observed: HIDDEN,
      stillWaiting: 10,
      shareStillWaiting: HIDDEN,
    });
  });
});

describe("the waits' count is the whole of its parts: no hidden part can be worked out", () => {
  // Each case: one part of 1-4 ("<5"); the line hides the smallest other part shown above 0, and a
  // reader who knows the contract's relation (WAITS_LINE) cannot pin either hidden member.
  const cases: [string, Partial<WaitFigures>, Record<(typeof WAIT_IDS)[number], Shown>][] = [
    [
      'observed small: 43 = 3 + 10 + 30',
      { count: 43, observed: 3, notAtRisk: 10, noNextStep: 30, stillWaiting: 0 },
      { waits: 43, observed: FEW, notAtRisk: HIDDEN, noNextStep: 30 },
    ],
    [
      'not at risk small: 53 = 20 + 3 + 30',
      { count: 53, observed: 20, notAtRisk: 3, noNextStep: 30, stillWaiting: 10 },
      { waits: 53, observed: HIDDEN, notAtRisk: FEW, noNextStep: 30 },
    ],
    [
      'no next step small: 53 = 20 + 30 + 3',
      { count: 53, observed: 20, notAtRisk: 30, noNextStep: 3, stillWaiting: 10 },
      { waits: 53, observed: HIDDEN, notAtRisk: 30, noNextStep: FEW },
    ],
  ];
  it.each(cases)('%s', (_, waits, expected) => {
    const f = figures(waits);
    const view = overviewView(f, BASES);
    const shown = suppressView(view);
    expect(pick(Object.fromEntries(shown), WAIT_IDS)).toEqual(expected);
    expect(auditView({ cells: view.cells, lines: [WAITS_LINE] }, shown)).toEqual([]);
  });

  it('the overview declares that line and no other', () => {
    expect(overviewView(figures(), BASES).lines).toEqual([WAITS_LINE]);
  });
});

describe("the histogram's totals", () => {
  it("are named ended, open and observations, apart from every bin's ids", () => {
    expect([histogramIds.totalEnded, histogramIds.totalOpen, histogramIds.total]).toEqual([
      'ended',
      'open',
      'observations',
    ]);
    const view = histogramView([
      { from: 1, to: 30, ended: 6, open: 7 },
      { from: 31, to: null, ended: 8, open: 9 },
    ]);
    const ids = view.cells.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.fromEntries(view.cells.map((c) => [c.id, c.value]))).toMatchObject({
      ended: 14,
      open: 16,
      observations: 30,
    });
  });
});
