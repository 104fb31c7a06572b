import { describe, expect, it } from 'vitest';
import { type Journey, analyzeJourney, applyScenario, dayNumber, resolveCatalogue } from '../domain';
import { type TimelineLayout, layoutTimeline } from '../timeline/layout';
import { DEMO_JOURNEY as demoJourney } from '../demo/demoJourney';
import {
  MAX_LANE_ROWS,
  MINI_TOP,
  barBox,
  changedBars,
  lanePositions,
  mergeOrder,
  sharedLanes,
  signed,
  totalRows,
  unionExtent,
} from './miniTimeline';

function layoutOf(journey: Journey): TimelineLayout {
  const analysis = analyzeJourney(journey, { asOf: journey.asOf ?? '2026-01-01' });
  return layoutTimeline(journey, analysis, resolveCatalogue(journey));
}

const lane = (actor: string, rows = 1) => ({ actor, rows, mandateRows: 0, hasEvents: false });
const bar = (id: string, laneId: string, start: number, end: number | null, row = 0) =>
  ({ id, lane: laneId, start, end, row, cancelled: false }) as TimelineLayout['bars'][number];
const fake = (lanes: TimelineLayout['lanes'], bars: TimelineLayout['bars'], start = 0, end = 100): TimelineLayout => ({
  lanes,
  bars,
  mandates: [],
  events: [],
  extent: { start, end },
});

describe('mergeOrder', () => {
  it('keeps the first order and slots new names after their predecessor', () => {
    expect(
      mergeOrder([
        ['kommun', 'af'],
        ['kommun', 'fk', 'af', 'arbetsgivare'],
      ]),
    ).toEqual(['kommun', 'fk', 'af', 'arbetsgivare']);
    expect(mergeOrder([['af'], ['kommun', 'af']])).toEqual(['kommun', 'af']);
    expect(mergeOrder([])).toEqual([]);
  });
});

describe('sharedLanes', () => {
  it('takes every actor with bars in any panel, rows the most any panel needs (capped)', () => {
    const base = fake(
      [lane('kommun'), lane('af', 2), lane('__events')],
      [bar('a', 'kommun', 0, 10), bar('b', 'af', 0, 10)],
    );
    const scen = fake(
      [lane('kommun'), lane('af', 5), lane('arbetsgivare')],
      [bar('a', 'kommun', 0, 10), bar('b', 'af', 0, 10), bar('c', 'arbetsgivare', 20, 30)],
    );
    expect(sharedLanes([base, scen])).toEqual([
      { actor: 'kommun', rows: 1 },
      { actor: 'af', rows: MAX_LANE_ROWS },
      { actor: 'arbetsgivare', rows: 1 },
    ]);
  });

  it('gives the demo journey and its scenario the same lanes', () => {
    const r = applyScenario(demoJourney, 'forlang-ij');
    if (!r.ok) throw new Error('scenario should apply');
    const lanes = sharedLanes([layoutOf(demoJourney), layoutOf(r.journey)]);
    expect(lanes.length).toBeGreaterThan(1);
    expect(lanes.map((l) => l.actor)).not.toContain('__events');
  });
});

describe('unionExtent', () => {
  it('covers every layout and the extra days', () => {
    expect(unionExtent([fake([], [], 10, 50), fake([], [], 0, 40)], [70])).toEqual({ start: 0, end: 70 });
    expect(unionExtent([])).toEqual({ start: 0, end: 365 });
  });
});

describe('lanePositions and barBox', () => {
  it('stacks lanes below the top strip and keeps bars inside their lane', () => {
    const { lanes, height } = lanePositions([
      { actor: 'a', rows: 1 },
      { actor: 'b', rows: 3 },
    ]);
    expect(lanes[0].top).toBe(MINI_TOP);
    expect(lanes[1].top).toBe(lanes[0].top + lanes[0].height);
    expect(height).toBeGreaterThan(lanes[1].top + lanes[1].height);
    for (const row of [0, 1, 2, 7]) {
      const box = barBox(lanes[1], row, true);
      expect(box.y).toBeGreaterThanOrEqual(lanes[1].top);
      expect(box.y + box.height).toBeLessThanOrEqual(lanes[1].top + lanes[1].height);
    }
    expect(barBox(lanes[0], 0, false).height).toBeLessThan(barBox(lanes[0], 0, true).height);
  });
});

describe('changedBars', () => {
  it('finds moved, resized and new bars', () => {
    const base = fake([], [bar('a', 'x', 0, 10), bar('b', 'x', 20, 30)]);
    const scen = fake([], [bar('a', 'x', 0, 10), bar('b', 'x', 20, 40), bar('c', 'x', 50, null)]);
    expect([...changedBars(base, scen)].sort()).toEqual(['b', 'c']);
  });
});

describe('totalRows', () => {
  const base = { gapDays: 44, forstegWaitDays: 10, greyZoneDays: 5, employmentDays: 100, supportedUntil: '2027-01-30' };
  it('shows the panel value with the difference and whether it helps', () => {
    const rows = totalRows(
      { gapDays: 0, forstegWaitDays: 10, greyZoneDays: 9, employmentDays: 130, supportedUntil: '2027-07-30' },
      base,
    );
    const by = Object.fromEntries(rows.map((r) => [r.key, r]));
    expect(by.gapDays).toMatchObject({ value: 0, base: 44, diff: -44, tone: 'better' });
    expect(by.forstegWaitDays).toMatchObject({ diff: 0, tone: 'same' });
    expect(by.greyZoneDays).toMatchObject({ diff: 4, tone: 'worse' });
    expect(by.employmentDays).toMatchObject({ diff: 30, tone: 'better' });
    expect(by.supportedUntil).toMatchObject({
      value: '2027-07-30',
      diff: dayNumber('2027-07-30') - dayNumber('2027-01-30'),
      tone: 'neutral',
    });
  });
  it('has no difference against an open end, and none on the baseline panel', () => {
    const rows = totalRows({ ...base, supportedUntil: null }, base);
    expect(rows.find((r) => r.key === 'supportedUntil')).toMatchObject({ value: null, diff: null });
    expect(totalRows(base).every((r) => r.diff === null && r.base === undefined)).toBe(true);
  });
});

describe('signed', () => {
  it('uses a real minus sign', () => {
    expect(signed(-44)).toBe('\u221244');
    expect(signed(3)).toBe('+3');
    expect(signed(0)).toBe('±0');
    expect(signed(1200, (n) => `${n}!`)).toBe('+1200!');
  });
});
