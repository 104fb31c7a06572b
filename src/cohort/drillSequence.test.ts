import { describe, expect, it } from 'vitest';
import { type CohortFigures, type Journey, analyzeCohort, generateCohort } from '../domain';
import { journey } from '../domain/cohort/fixtures';
import { drillRows } from './drill';
import { type JourneyFacts, journeyFacts } from '../domain/cohort/facts';
import { frame } from './frame';
import { rowAt, sequenceLayout, sequenceRects, sortSequences } from './sequenceLayout';

const ASOF = '2026-03-01';
const options = { asOf: ASOF, anchor: 'forstegEnd', from: -30, to: 60 };
// Computed in the first test that needs it, not while the tests are collected: StrykerJS counts
// what runs outside a test as static and would run every test for each mutant of the domain.
let demo: { cohort: Journey[]; facts: JourneyFacts[]; figures: CohortFigures } | undefined;
function demoCohort() {
  if (!demo) {
    const cohort = generateCohort(300, 11, ASOF);
    demo = {
      cohort,
      facts: cohort.map((j, i) => journeyFacts(j, i, options)),
      figures: analyzeCohort(cohort, { asOf: ASOF }),
    };
  }
  return demo;
}

describe('drill-down', () => {
  it('lists for each hand-over pair exactly as many journeys as the figures count', () => {
    const { facts, figures } = demoCohort();
    expect(figures.greyZones.handovers.length).toBeGreaterThan(0);
    for (const h of figures.greyZones.handovers) {
      const rows = drillRows({ kind: 'handover', from: h.from, to: h.to }, facts, figures);
      expect(rows.length).toBe(h.journeys);
      expect(rows.every((r) => r.selection?.kind === 'greyzone' && r.selection.id.startsWith('computed:'))).toBe(true);
    }
  });

  it('lists for each histogram bin the journeys with a wait in it, with the wait to highlight', () => {
    const { facts, figures } = demoCohort();
    const total = figures.waits.histogram.reduce((s, b) => s + b.ended + b.open, 0);
    const listed = figures.waits.histogram.map((bin) => drillRows({ kind: 'bin', bin }, facts, figures));
    // A journey may have two waits; in the demo cohort each has at most one försteg.
    expect(listed.reduce((s, rows) => s + rows.length, 0)).toBe(total);
    for (const [i, rows] of listed.entries()) {
      const bin = figures.waits.histogram[i];
      for (const r of rows) {
        expect(r.detail.days).toBeGreaterThanOrEqual(bin.from);
        if (bin.to !== null) expect(r.detail.days).toBeLessThanOrEqual(bin.to);
        expect(r.selection?.kind).toBe('wait');
      }
    }
  });

  it('lists the cliffs and milestones of the figures with their journeys', () => {
    const { cohort, facts, figures } = demoCohort();
    const cliffs = drillRows({ kind: 'cliffs' }, facts, figures);
    expect(cliffs.map((r) => r.selection?.id)).toEqual(figures.cliffs.map((c) => c.intervention));
    expect(cliffs.map((r) => cohort[r.index].id)).toEqual(figures.cliffs.map((c) => c.journey));
    const m180 = drillRows({ kind: 'milestones', day: 180 }, facts, figures);
    expect(m180.length).toBe(figures.upcomingMilestones.filter((m) => m.day === 180).length);
  });
});

describe('sequence index plot', () => {
  const a = journey('a', [
    { kind: 'forsteg', start: '2025-01-01', end: '2025-01-31' },
    { kind: 'arbetspraktik', start: '2025-02-11', end: '2025-03-31' },
  ]);
  const b = journey('b', [
    { kind: 'forsteg', start: '2025-01-01', end: '2025-01-20' },
    { kind: 'komvux', start: '2025-01-21', end: '2025-12-31' },
  ]);
  const c = journey('c', [{ kind: 'sfi', start: '2025-01-01', end: '2025-12-31' }]);
  const small = () =>
    [a, b, c].map((j, i) => journeyFacts(j, i, { asOf: '2025-12-31', anchor: 'forstegEnd', from: -5, to: 14 }));

  it('runs are offsets from the anchor and cover the window once', () => {
    // a: anchor 2025-02-01; activity to -1, then a wait 0..9 between the förbund and AF (a grey zone: nobody holds it), praktik from 10.
    expect(small()[0].anchor).toBe('2025-02-01');
    expect(small()[0].runs).toEqual([
      { state: 'activity', from: -5, to: -1 },
      { state: 'greyZone', from: 0, to: 9 },
      { state: 'activity', from: 10, to: 14 },
    ]);
    expect(small()[0].longestWait).toBe(10);
    expect(small()[2].anchor).toBeNull();
  });

  it('sorts by wait, leaves out journeys without an anchor, and maps rows to pixels', () => {
    expect(sortSequences(small(), 'wait').map((f) => f.id)).toEqual(['a', 'b']);
    expect(sortSequences(small(), 'anchor').map((f) => f.id)).toEqual(['b', 'a']);
    const m = sequenceLayout(
      small(),
      'wait',
      { from: -5, to: 14 },
      frame(200, 100, { top: 0, right: 0, bottom: 0, left: 0 }),
    );
    expect(m.rowHeight).toBe(50);
    // 20 days over 200 px: the grey zone of a is 0..9 → x 50..150.
    expect(sequenceRects(m).filter((r) => r.row === 0)).toContainEqual({
      row: 0,
      x: 50,
      width: 100,
      state: 'greyZone',
    });
    expect(rowAt(m, 75)).toBe(1);
    expect(rowAt(m, 100)).toBeNull();
  });
});
