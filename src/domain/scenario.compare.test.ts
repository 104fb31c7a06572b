/** A scenario beside the baseline (`compareAnalyses`): what happened to each intervention, the totals, an added one. */
import { describe, expect, it } from 'vitest';
import { iv, journey, compare, compareScenario, edited } from './testing/scenarioBuilders';

describe('the comparison of a scenario with the baseline (compareAnalyses)', () => {
  describe('what happened to each intervention', () => {
    const a = iv('a', 'komvux', '2025-01-07', { end: '2025-03-31' });
    const b = iv('b', 'sfi', '2025-04-14', { end: '2025-06-13' });

    it('is "extended" when the effective end moves later, with both ends and an endMoves consequence', () => {
      // 2025-03-31 + 2 months = 2025-05-31.
      const c = compareScenario(journey([a, b], [{ op: 'extend', intervention: 'a', months: 2 }]));
      expect(c.interventions).toEqual([
        {
          id: 'a',
          change: 'extended',
          baseStart: '2025-01-07',
          baseEnd: '2025-03-31',
          scenarioStart: '2025-01-07',
          scenarioEnd: '2025-05-31',
        },
      ]);
      expect(c.consequences).toContainEqual({ code: 'endMoves', id: 'a', from: '2025-03-31', to: '2025-05-31' });
    });

    it('is "extended" when the end goes away: an open-ended intervention goes on longer than any end', () => {
      const base = journey([a, b], []);
      const c = compare(base, edited(base, 'a', iv('a', 'komvux', '2025-01-07')));
      expect(c.interventions).toEqual([expect.objectContaining({ id: 'a', change: 'extended', scenarioEnd: null })]);
    });

    it('is "shortened" when the effective end moves earlier, with an endMoves consequence', () => {
      const base = journey([a, b], []);
      const c = compare(base, edited(base, 'a', { ...a, end: '2025-02-28' }));
      expect(c.interventions).toEqual([
        {
          id: 'a',
          change: 'shortened',
          baseStart: '2025-01-07',
          baseEnd: '2025-03-31',
          scenarioStart: '2025-01-07',
          scenarioEnd: '2025-02-28',
        },
      ]);
      expect(c.consequences).toContainEqual({ code: 'endMoves', id: 'a', from: '2025-03-31', to: '2025-02-28' });
    });

    it('is "moved" when the start moves, whatever the end does, with a startMoves consequence', () => {
      // b shifted 14 days earlier: 2025-03-31..2025-05-30.
      const c = compareScenario(journey([a, b], [{ op: 'shift', intervention: 'b', days: -14 }]));
      expect(c.interventions).toEqual([
        {
          id: 'b',
          change: 'moved',
          baseStart: '2025-04-14',
          baseEnd: '2025-06-13',
          scenarioStart: '2025-03-31',
          scenarioEnd: '2025-05-30',
        },
      ]);
      expect(c.consequences).toContainEqual({ code: 'startMoves', id: 'b', from: '2025-04-14', to: '2025-03-31' });
    });

    it('is "removed" when the scenario cancels it, with a removed consequence', () => {
      const c = compareScenario(journey([a, b], [{ op: 'remove', intervention: 'b' }]));
      expect(c.interventions).toEqual([
        {
          id: 'b',
          change: 'removed',
          baseStart: '2025-04-14',
          baseEnd: '2025-06-13',
          scenarioStart: '2025-04-14',
          scenarioEnd: '2025-06-13',
        },
      ]);
      expect(c.consequences).toContainEqual({ code: 'removed', id: 'b' });
    });

    it('is "restored" when one cancelled in the baseline is not cancelled in the scenario', () => {
      const base = journey([a, { ...b, cancelled: true }], []);
      const c = compare(base, edited(base, 'b', b));
      // It was in the baseline's file: not an added intervention.
      expect(c.consequences.filter((x) => x.code === 'added' || x.code === 'removed')).toEqual([]);
      expect(c.interventions).toEqual([
        {
          id: 'b',
          change: 'restored',
          baseStart: '2025-04-14',
          baseEnd: '2025-06-13',
          scenarioStart: '2025-04-14',
          scenarioEnd: '2025-06-13',
        },
      ]);
    });

    it('lists nothing for an intervention that is the same in both', () => {
      const j = journey([a, b], []);
      expect(compare(j, j).interventions).toEqual([]);
    });
  });

  describe("every total beside the baseline's, with the difference (section 6)", () => {
    // a komvux 2025-01-07..2025-03-31, b sfi 2025-04-14..2025-06-13: a gap (and, with nobody else
    // holding responsibility, a grey zone) 2025-04-01..2025-04-13, 13 days. Extending a by 2 months
    // (to 2025-05-31) closes both; the latest end stays b's 2025-06-13.
    const a = iv('a', 'komvux', '2025-01-07', { end: '2025-03-31' });
    const b = iv('b', 'sfi', '2025-04-14', { end: '2025-06-13' });
    const c = () => compareScenario(journey([a, b], [{ op: 'extend', intervention: 'a', months: 2 }]));

    it('lists the five totals with base, scenario and scenario - base (none for the date)', () => {
      expect(c().totals).toEqual([
        { key: 'gapDays', base: 13, scenario: 0, diff: -13 },
        { key: 'forstegWaitDays', base: 0, scenario: 0, diff: 0 },
        { key: 'greyZoneDays', base: 13, scenario: 0, diff: -13 },
        { key: 'employmentDays', base: 0, scenario: 0, diff: 0 },
        { key: 'supportedUntil', base: '2025-06-13', scenario: '2025-06-13', diff: null },
      ]);
    });

    it('states a consequence for each total that changed, and none for those that did not', () => {
      const totals = c().consequences.filter((x) => x.code === 'total' || x.code === 'supportedUntil');
      expect(totals).toEqual([
        { code: 'total', key: 'gapDays', diff: -13 },
        { code: 'total', key: 'greyZoneDays', diff: -13 },
      ]);
    });

    it('and nothing else: the end that moved and the two totals', () => {
      expect(c().consequences).toEqual([
        { code: 'endMoves', id: 'a', from: '2025-03-31', to: '2025-05-31' },
        { code: 'total', key: 'gapDays', diff: -13 },
        { code: 'total', key: 'greyZoneDays', diff: -13 },
      ]);
    });

    it('says when the latest end moves, with both dates', () => {
      const moved = compareScenario(journey([a, b], [{ op: 'extend', intervention: 'b', months: 1 }]));
      // 2025-06-13 + 1 month = 2025-07-13.
      expect(moved.consequences.filter((x) => x.code === 'supportedUntil')).toEqual([
        { code: 'supportedUntil', from: '2025-06-13', to: '2025-07-13' },
      ]);
      expect(moved.totals[4]).toEqual({
        key: 'supportedUntil',
        base: '2025-06-13',
        scenario: '2025-07-13',
        diff: null,
      });
    });

    it('the gap and the grey zone that close are the findings that disappear', () => {
      expect(c().disappeared).toEqual([
        { kind: 'gap', key: expect.any(String), start: '2025-04-01', end: '2025-04-13', days: 13 },
        { kind: 'greyzone', key: expect.any(String), start: '2025-04-01', end: '2025-04-13', days: 13 },
      ]);
      expect(c().appeared).toEqual([]);
    });

    it('a gap that moves is one that disappears and another that appears', () => {
      // b shifted 7 days later: the gap is 2025-04-01..2025-04-20 (20 days).
      const moved = compareScenario(journey([a, b], [{ op: 'shift', intervention: 'b', days: 7 }]));
      const gaps = (list: { kind: string }[]) => list.filter((x) => x.kind === 'gap');
      expect(gaps(moved.disappeared)).toEqual([expect.objectContaining({ start: '2025-04-01', end: '2025-04-13' })]);
      expect(gaps(moved.appeared)).toEqual([
        expect.objectContaining({ start: '2025-04-01', end: '2025-04-20', days: 20 }),
      ]);
      const zones = (list: { kind: string }[]) => list.filter((x) => x.kind === 'greyzone');
      expect(zones(moved.disappeared)).toEqual([expect.objectContaining({ end: '2025-04-13' })]);
      expect(zones(moved.appeared)).toEqual([expect.objectContaining({ end: '2025-04-20', days: 20 })]);
      // b's cliff moves with it (2025-06-13 to 2025-06-20): one goes, another comes.
      expect(moved.consequences.filter((x) => x.code === 'cliffGone' || x.code === 'cliffNew')).toEqual([
        { code: 'cliffGone', id: 'b' },
        { code: 'cliffNew', id: 'b', end: '2025-06-20' },
      ]);
    });
  });

  describe('an added intervention', () => {
    it('is "added", with its start and effective end, and an added consequence', () => {
      const a = iv('a', 'komvux', '2025-01-07', { end: '2025-03-31' });
      const added = iv('n', 'komvux', '2025-04-01', { end: '2025-06-30' });
      const c = compareScenario(journey([a], [{ op: 'add', intervention: added }]));
      expect(c.interventions).toEqual([
        {
          id: 'n',
          change: 'added',
          baseStart: null,
          baseEnd: null,
          scenarioStart: '2025-04-01',
          scenarioEnd: '2025-06-30',
        },
      ]);
      expect(c.consequences.filter((x) => x.code === 'added' || x.code === 'removed')).toEqual([
        { code: 'added', id: 'n', start: '2025-04-01', end: '2025-06-30' },
      ]);
    });
  });
});
