/**
 * The charts' views (views.ts from `histogramView` on): each view's published cells and the lines
 * section 7 names for it ("No hidden count can be worked out"), checked against relations written
 * out here by hand from the contract, not read off the code. Where a line could go missing, the test
 * is what a reader could work out: `auditView` over the true relations of the published numbers.
 * Gaps found by the mutation run of cohort/views.ts (docs/mutation.md). Every view is built inside
 * its test, not when the file is read.
 */
import { describe, expect, it } from 'vitest';
import { auditView } from '../../../tests/cohortAudit';
import type { Line } from './disclosure';
import { FEW, HIDDEN, type Shown, type View, suppressView } from './suppress';
import type { Alignment, AlignedDay, Handover, HistogramBin, SurvivalRow, WaitFigures } from './types';
import { DAY_STATES } from './types';
import {
  chronogramIds,
  chronogramView,
  histogramIds,
  histogramView,
  matrixIds,
  matrixView,
  suppressChronogram,
  survivalIds,
  survivalView,
} from './views';

/** Every published number has its own id: the screen and the exports read each one by it. */
const distinctIds = (view: View) => new Set(view.cells.map((c) => c.id)).size === view.cells.length;

/** What a reader could pin down from `shown`, given the relations that truly hold among the cells. */
const pinned = (view: View, truth: readonly Line[], shown = suppressView(view)) =>
  auditView({ cells: view.cells, lines: truth }, shown);

describe('histogramView', () => {
  const bins = (): HistogramBin[] => [
    { from: 1, to: 30, ended: 3, open: 10 },
    { from: 31, to: 60, ended: 10, open: 10 },
    { from: 61, to: null, ended: 6, open: 7 },
  ];
  /** Section 7: a bin's ended and open with the bin, the bins with the column totals, the column totals with the whole. */
  const histogramTruth = (n: number): Line[] => {
    const id = histogramIds;
    const idx = [...Array(n).keys()];
    return [
      ...idx.map((i) => ({ total: id.count(i), parts: [id.ended(i), id.open(i)] })),
      { total: id.totalEnded, parts: idx.map(id.ended) },
      { total: id.totalOpen, parts: idx.map(id.open) },
      { total: id.total, parts: idx.map(id.count) },
      { total: id.total, parts: [id.totalEnded, id.totalOpen] },
    ];
  };

  it('declares every sum of section 7, rows, then columns, then the whole', () => {
    const view = histogramView(bins());
    expect(view.lines).toEqual(histogramTruth(3));
    const id = histogramIds;
    const shown = suppressView(view, false);
    expect([0, 1, 2].map((i) => [id.ended(i), id.open(i), id.count(i)].map((k) => shown.get(k)))).toEqual([
      [3, 10, 13],
      [10, 10, 20],
      [6, 7, 13],
    ]);
    expect([id.totalEnded, id.totalOpen, id.total].map((k) => shown.get(k))).toEqual([19, 27, 46]);
    expect(distinctIds(view)).toBe(true);
  });

  it('a small ended count cannot be worked out from the column of ended waits', () => {
    // bin0.ended = 3 is "<5"; its row hides bin0.open, but the column ended = 19 = 3 + 10 + 6
    // would give it away unless the column is declared (and something in it hidden).
    const view = histogramView(bins());
    const shown = suppressView(view);
    expect(shown.get(histogramIds.ended(0))).toBe(FEW);
    expect(pinned(view, histogramTruth(3), shown)).toEqual([]);
  });
});

describe('matrixView', () => {
  const pair = (from: string, to: string, days: number, journeys: number): Handover => ({
    from,
    to,
    zones: journeys,
    days,
    journeys,
  });
  const handovers = () => [pair('af', 'fk', 30, 6), pair('kommun', 'fk', 20, 7), pair('af', 'kommun', 12, 2)];
  const p = (from: string, to: string) => matrixIds.cell(from, to);
  const { row, col, total } = matrixIds;
  /** Section 7: each row and column of the matrix with its sum, and the sum of all with both. */
  const matrixTruth = (): Line[] => [
    { total: row('af'), parts: [p('af', 'fk'), p('af', 'kommun')] },
    { total: row('kommun'), parts: [p('kommun', 'fk')] },
    { total: col('fk'), parts: [p('af', 'fk'), p('kommun', 'fk')] },
    { total: col('kommun'), parts: [p('af', 'kommun')] },
    { total, parts: [row('af'), row('kommun')] },
    { total, parts: [col('fk'), col('kommun')] },
  ];

  it("publishes each pair's days on its journeys, the rows' and columns' sums and the sum of all", () => {
    const view = matrixView(handovers(), ['af', 'kommun'], ['fk', 'kommun']);
    // A sum's days rest on the journeys of its pairs added up.
    expect(view.cells).toEqual([
      { id: p('af', 'fk'), value: 30, basis: 6 },
      { id: p('kommun', 'fk'), value: 20, basis: 7 },
      { id: p('af', 'kommun'), value: 12, basis: 2 },
      { id: row('af'), value: 42, basis: 8 },
      { id: row('kommun'), value: 20, basis: 7 },
      { id: col('fk'), value: 50, basis: 13 },
      { id: col('kommun'), value: 12, basis: 2 },
      { id: total, value: 62, basis: 15 },
    ]);
    expect(view.lines).toEqual(matrixTruth());
    expect(distinctIds(view)).toBe(true);
  });

  it('a sum on fewer than 5 journeys is hidden, and so is the grand sum on 4', () => {
    const view = matrixView([pair('af', 'fk', 30, 3), pair('kommun', 'fk', 20, 1)], ['af', 'kommun'], ['fk']);
    const shown = suppressView(view);
    expect(shown.get(row('af'))).toBe(HIDDEN);
    expect(shown.get(col('fk'))).toBe(HIDDEN);
    expect(shown.get(total)).toBe(HIDDEN);
  });

  it('a pair hidden for its few journeys cannot be worked out from its row and column', () => {
    const view = matrixView(handovers(), ['af', 'kommun'], ['fk', 'kommun']);
    const shown = suppressView(view);
    expect(shown.get(p('af', 'kommun'))).toBe(HIDDEN);
    expect(pinned(view, matrixTruth(), shown)).toEqual([]);
  });

  it('no hand-overs: no matrix is drawn, whatever rows and columns are asked for', () => {
    expect(matrixView([], ['af'], ['fk'])).toEqual({ cells: [], lines: [] });
  });
});

describe('chronogramView and suppressChronogram', () => {
  const day = (offset: number, counts: Partial<Record<(typeof DAY_STATES)[number], number>>): AlignedDay => ({
    offset,
    employment: 0,
    activity: 0,
    greyZone: 0,
    gap: 0,
    unobserved: 0,
    ...counts,
  });
  const alignment = (): Alignment => ({
    anchor: 'forstegEnd',
    included: 8,
    excluded: 3,
    days: [day(-1, { activity: 8 }), day(0, { employment: 4, activity: 4 }), day(1, { employment: 8 })],
  });
  /** Section 7: on each day the states add up to `included`. */
  const dayLine = (o: number): Line => ({
    total: chronogramIds.included,
    parts: DAY_STATES.map((s) => chronogramIds.state(o, s)),
  });
  /** The ids of a day's states. */
  const stateIds = (o: number) => DAY_STATES.map((s) => chronogramIds.state(o, s));

  it('publishes included, excluded and every state of each day asked for, each day a line', () => {
    const view = chronogramView(alignment(), [0, 1]);
    expect(view.lines).toEqual([dayLine(0), dayLine(1)]);
    expect(distinctIds(view)).toBe(true);
    const shown = suppressView(view, false);
    expect(shown.get(chronogramIds.included)).toBe(8);
    expect(stateIds(0).map((k) => shown.get(k))).toEqual([4, 4, 0, 0, 0]);
    expect(stateIds(1).map((k) => shown.get(k))).toEqual([8, 0, 0, 0, 0]);
  });

  it('days outside the alignment are left out, and an alignment without days has its totals only', () => {
    const view = chronogramView(alignment(), [-5, 1, 2]);
    expect(view.lines).toEqual([dayLine(1)]);
    expect(view.cells.map((c) => c.id)).toEqual([chronogramIds.included, 'excluded', ...stateIds(1)]);
    const shown = suppressChronogram(alignment(), [-5, 1, 2], true);
    expect([...shown.keys()]).toEqual([chronogramIds.included, 'excluded', ...stateIds(1)]);
    const empty: Alignment = { anchor: 'forstegEnd', included: 0, excluded: 2, days: [] };
    expect(chronogramView(empty, [0])).toEqual({
      cells: [
        { id: chronogramIds.included, value: 0 },
        { id: 'excluded', value: 2 },
      ],
      lines: [],
    });
  });

  it('8 journeys, 4 employed and 4 in an activity on a day: neither count can be worked out', () => {
    // A bug until now: both states "<5" with `included` 8 shown are both 4. The day hides its
    // non-zero states as "–" instead (the total is shown on every other day); zeros stay 0.
    const a = alignment();
    const shown = suppressChronogram(a, [-1, 0, 1], true);
    expect(shown.get(chronogramIds.included)).toBe(8);
    expect(shown.get('excluded')).toBe(FEW);
    expect(stateIds(-1).map((k) => shown.get(k))).toEqual([0, 8, 0, 0, 0]);
    expect(stateIds(0).map((k) => shown.get(k))).toEqual([HIDDEN, HIDDEN, 0, 0, 0]);
    expect(stateIds(1).map((k) => shown.get(k))).toEqual([8, 0, 0, 0, 0]);
    expect(shown.size).toBe(17);
    const view = chronogramView(a, [-1, 0, 1]);
    expect(pinned(view, [dayLine(-1), dayLine(0), dayLine(1)], shown)).toEqual([]);
  });

  it('with the rule off every count is shown', () => {
    const shown = suppressChronogram(alignment(), [0], false);
    expect(stateIds(0).map((k) => shown.get(k))).toEqual([4, 4, 0, 0, 0]);
    expect(shown.get('excluded')).toBe(3);
  });
});

describe('survivalView', () => {
  const row = (day: number, atRisk: number, events: number, censored: number, survival: number): SurvivalRow => ({
    day,
    atRisk,
    events,
    censored,
    survival,
  });
  const waits = (survival: SurvivalRow[]): WaitFigures => ({
    journeysWithForsteg: 40,
    journeysWithWait: 40,
    count: 40,
    positive: 40,
    observed: 40,
    notAtRisk: 0,
    stillWaiting: 16,
    noNextStep: 0,
    median: null,
    p75: null,
    p90: null,
    survival,
    survivalMedian: null,
    histogram: [],
  });
  // Each row but the last has 5 events or more, so each is a band of its own; the last is not shown.
  const table = () => [
    row(10, 40, 5, 6, 0.875),
    row(20, 29, 6, 3, 0.694),
    row(30, 20, 5, 5, 0.5206),
    row(40, 10, 2, 8, 0.4164),
  ];
  /** Section 7: each band's `atRisk` is the next band's plus its events and censorings. */
  const survivalTruth = (bands: number): Line[] =>
    [...Array(bands).keys()].map((i) => ({
      total: survivalIds.atRisk(i),
      parts: [survivalIds.atRisk(i + 1), survivalIds.events(i), survivalIds.censored(i)],
    }));

  it('with small cells hidden: the bands, survival in thousandths on who was at risk, a line per next band', () => {
    const { bands, view } = survivalView(waits(table()), true);
    expect(bands.map((b) => [b.from, b.day])).toEqual([
      [10, 10],
      [20, 20],
      [30, 30],
    ]);
    const { atRisk, events, censored, survival } = survivalIds;
    expect(view.cells).toEqual([
      { id: atRisk(0), value: 40 },
      { id: events(0), value: 5 },
      { id: censored(0), value: 6 },
      { id: survival(0), value: 875, basis: 40 },
      { id: atRisk(1), value: 29 },
      { id: events(1), value: 6 },
      { id: censored(1), value: 3 },
      { id: survival(1), value: 694, basis: 29 },
      { id: atRisk(2), value: 20 },
      { id: events(2), value: 5 },
      { id: censored(2), value: 5 },
      { id: survival(2), value: 521, basis: 20 },
      // The first row not shown (day 40): 20 - 5 - 5 at risk; a member no table shows.
      { id: atRisk(3), value: 10 },
    ]);
    // The last band's next is the first row not shown: its relation is declared too.
    expect(view.lines).toEqual(survivalTruth(3));
  });

  it('each member is read by its own id', () => {
    const { view } = survivalView(waits(table()), true);
    expect(distinctIds(view)).toBe(true);
    const shown = suppressView(view, false);
    expect([0, 1, 2].map((i) => shown.get(survivalIds.atRisk(i)))).toEqual([40, 29, 20]);
    expect([0, 1, 2].map((i) => shown.get(survivalIds.events(i)))).toEqual([5, 6, 5]);
    expect([0, 1, 2].map((i) => shown.get(survivalIds.censored(i)))).toEqual([6, 3, 5]);
    expect([0, 1, 2].map((i) => shown.get(survivalIds.survival(i)))).toEqual([875, 694, 521]);
  });

  it('a small censored count cannot be worked out from two atRisk and the events', () => {
    // band1: 29 = 20 + 6 + 3, the 3 "<5".
    const { view } = survivalView(waits(table()), true);
    const shown = suppressView(view);
    expect(shown.get(survivalIds.censored(1))).toBe(FEW);
    expect(pinned(view, survivalTruth(3), shown)).toEqual([]);
  });

  it('the last band’s small censored count cannot be worked out from its atRisk and events (no one at risk after it is the least)', () => {
    // Bands of 12 (5 events, 1 censored) and 6 (5 events, 1 censored), nobody after: 6 - 5 = 1 leaves the
    // last "<5" censored count 1 exactly, unless the rule hides more of that band. The reader does not see
    // the first row not shown (none here): "–", any number from 0.
    const { view } = survivalView(waits([row(10, 12, 5, 1, 0.583), row(20, 6, 5, 1, 0.097)]), true);
    const shown = new Map<string, Shown>([...suppressView(view), [survivalIds.atRisk(2), HIDDEN]]);
    expect(shown.get(survivalIds.censored(1))).toBe(FEW);
    expect(auditView({ cells: view.cells, lines: survivalTruth(2) }, shown)).toEqual([]);
  });

  it('without the rule: every row, each a band from its own day', () => {
    const { bands, view } = survivalView(waits(table()), false);
    expect(bands).toEqual(table().map((r) => ({ ...r, from: r.day })));
    expect(view.lines).toEqual(survivalTruth(4));
  });
});
