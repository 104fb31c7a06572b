/** A scenario beside the baseline (`compareAnalyses`): cliffs, waits, sickness milestones, rules and "no next step planned". */
import { describe, expect, it } from 'vitest';
import { analyzeJourney } from './index';
import { type Loose, iv, journey, compare, compareScenario, edited } from './testing/scenarioBuilders';

describe('the comparison of a scenario with the baseline (compareAnalyses)', () => {
  describe('cliffs that go and come (asOf 2025-06-01, 90 days ahead)', () => {
    const a = iv('a', 'komvux', '2025-01-07', { end: '2025-06-30' });
    const k = iv('k', 'komvux', '2025-07-01', { end: '2025-12-19' });

    it('a cliff is gone when the intervention is extended past the window', () => {
      // a ends 2025-06-30 with nothing after: a cliff. + 6 months = 2025-12-30, after 2025-08-30.
      const c = compareScenario(journey([a], [{ op: 'extend', intervention: 'a', months: 6 }]));
      expect(c.disappeared.filter((x) => x.kind === 'cliff')).toEqual([
        { kind: 'cliff', key: expect.any(String), start: null, end: '2025-06-30', days: 29, subject: 'a' },
      ]);
      expect(c.consequences.filter((x) => x.code === 'cliffGone' || x.code === 'cliffNew')).toEqual([
        { code: 'cliffGone', id: 'a' },
      ]);
    });

    it('a cliff comes when the next step is removed', () => {
      const c = compareScenario(journey([a, k], [{ op: 'remove', intervention: 'k' }]));
      expect(c.appeared.filter((x) => x.kind === 'cliff')).toEqual([
        { kind: 'cliff', key: expect.any(String), start: null, end: '2025-06-30', days: 29, subject: 'a' },
      ]);
      expect(c.consequences.filter((x) => x.code === 'cliffGone' || x.code === 'cliffNew')).toEqual([
        { code: 'cliffNew', id: 'a', end: '2025-06-30' },
      ]);
    });
  });

  describe('waits after a försteg that change', () => {
    // f ends 2025-03-31, k starts 2025-04-14: a wait of 13 days (2025-04-01..2025-04-13).
    const f = iv('f', 'forsteg', '2025-01-13', { end: '2025-03-31' });
    const k = iv('k', 'komvux', '2025-04-14', { end: '2025-12-19' });
    const waits = (c: ReturnType<typeof compareScenario>) =>
      c.consequences.filter((x) => x.code === 'waitGone' || x.code === 'waitChanged');

    it('is gone when the next step starts the day after', () => {
      const c = compareScenario(journey([f, k], [{ op: 'startAfter', intervention: 'k', after: 'f' }]));
      expect(waits(c)).toEqual([{ code: 'waitGone', id: 'f', days: 13 }]);
      expect(c.disappeared.filter((x) => x.kind === 'wait')).toEqual([
        { kind: 'wait', key: expect.any(String), start: '2025-04-01', end: '2025-04-13', days: 13, subject: 'f' },
      ]);
    });

    it('changes when the next step moves, and says nothing when the wait stays', () => {
      // k 7 days earlier: 2025-04-07, a wait of 6 days.
      const shorter = compareScenario(journey([f, k], [{ op: 'shift', intervention: 'k', days: -7 }]));
      expect(waits(shorter)).toEqual([{ code: 'waitChanged', id: 'f', from: 13, to: 6 }]);
      expect(shorter.disappeared.filter((x) => x.kind === 'wait')).toEqual([expect.objectContaining({ days: 13 })]);
      expect(shorter.appeared.filter((x) => x.kind === 'wait')).toEqual([
        { kind: 'wait', key: expect.any(String), start: '2025-04-01', end: '2025-04-06', days: 6, subject: 'f' },
      ]);
      // k 30 days longer: the wait is the same 13 days.
      const same = compareScenario(journey([f, k], [{ op: 'extend', intervention: 'k', months: 1 }]));
      expect(waits(same)).toEqual([]);
      expect(same.disappeared.filter((x) => x.kind === 'wait')).toEqual([]);
    });
  });

  describe('sickness milestones that come and go', () => {
    // sp 2025-01-01..2025-05-31: 151 days, day 90 on 2025-03-31. Two more months (to 2025-07-31,
    // 212 days) reach day 180 on 2025-06-29; day 90 stays where it was.
    const sp = iv('sp', 'sjukpenning', '2025-01-01', { end: '2025-05-31' });
    const milestones = (c: ReturnType<typeof compareScenario>) =>
      c.consequences.filter((x) => x.code.startsWith('milestone'));

    it('a milestone reached only in the scenario is new; one at the same date is not listed', () => {
      const c = compareScenario(journey([sp], [{ op: 'extend', intervention: 'sp', months: 2 }]));
      expect(milestones(c)).toEqual([{ code: 'milestoneNew', id: 'sp', day: 180, date: '2025-06-29' }]);
      expect(c.appeared.filter((x) => x.kind === 'milestone')).toEqual([
        { kind: 'milestone', key: expect.any(String), start: null, end: '2025-06-29', days: 180, subject: 'sp' },
      ]);
    });

    it('a milestone that moves is a finding that disappears and another that appears', () => {
      // sp 30 days later: day 90 on 2025-04-30.
      const c = compareScenario(journey([sp], [{ op: 'shift', intervention: 'sp', days: 30 }]));
      expect(milestones(c)).toEqual([
        { code: 'milestoneMoves', id: 'sp', day: 90, from: '2025-03-31', to: '2025-04-30' },
      ]);
      expect(c.disappeared.filter((x) => x.kind === 'milestone')).toEqual([
        expect.objectContaining({ end: '2025-03-31' }),
      ]);
      expect(c.appeared.filter((x) => x.kind === 'milestone')).toEqual([
        expect.objectContaining({ end: '2025-04-30' }),
      ]);
    });

    it('a milestone of a removed spell is gone', () => {
      const c = compareScenario(journey([sp], [{ op: 'remove', intervention: 'sp' }]));
      expect(milestones(c)).toEqual([{ code: 'milestoneGone', id: 'sp', day: 90, date: '2025-03-31' }]);
    });
  });

  describe('rules that stay visible', () => {
    // An introduktionsjobb from 2025-02-03: 24 months in all (ruleLimit 2027-02-02), and going on
    // past 12 months (after 2026-02-03) needs an individual assessment (förordning 2018:42 10 §).
    const ij = (more: Loose = {}) => iv('ij', 'introduktionsjobb', '2025-02-03', { plannedEnd: '2026-02-02', ...more });
    const k = iv('k', 'komvux', '2025-01-07', { end: '2025-01-31' });
    const rules = (c: ReturnType<typeof compareScenario>) => c.consequences.filter((x) => x.code === 'rule');

    it('past the total maximum: beyondMaximum with the limit, as a note and a consequence', () => {
      // 2026-02-02 + 13 months = 2027-03-02, after 2027-02-02.
      const c = compareScenario(journey([ij()], [{ op: 'extend', intervention: 'ij', months: 13 }]));
      const note = { id: 'ij', kind: 'introduktionsjobb', note: 'beyondMaximum', limit: '2027-02-02' };
      expect(c.ruleNotes).toEqual([note]);
      expect(rules(c)).toEqual([{ code: 'rule', ...note }]);
    });

    it('a cancelled one has no rule to show, whatever its end', () => {
      const base = journey([ij()], []);
      const c = compare(base, edited(base, 'ij', ij({ plannedEnd: '2026-06-30', cancelled: true })));
      expect(c.ruleNotes).toEqual([]);
    });

    it('a start moved earlier with the same end takes it past the 12 months', () => {
      // 2025-01-03..2026-02-02 is 13 months; the baseline's 2025-02-03..2026-02-02 was 12.
      const base = journey([ij()], []);
      const c = compare(base, edited(base, 'ij', { ...ij(), start: '2025-01-03' }));
      expect(c.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
    });

    it('a removed intervention has no rule to show', () => {
      const c = compareScenario(
        journey([ij({ extensions: [{ months: 13 }] })], [{ op: 'remove', intervention: 'ij' }]),
      );
      expect(c.ruleNotes).toEqual([]);
    });

    it('the assessment is noted when the scenario takes it past 12 months, or further past them', () => {
      const past = compareScenario(journey([ij()], [{ op: 'extend', intervention: 'ij', months: 1 }]));
      expect(past.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
      const further = compareScenario(
        journey([ij({ extensions: [{ months: 2 }] })], [{ op: 'extend', intervention: 'ij', months: 1 }]),
      );
      expect(further.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
    });

    it('one day past the 12 months is past them (a decision of 12 months ends 2026-02-02)', () => {
      const base = journey([ij()], []);
      const c = compare(base, edited(base, 'ij', ij({ plannedEnd: '2026-02-03' })));
      expect(c.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
    });

    it('an added intervention past its 12 months is noted too', () => {
      const c = compareScenario(journey([k], [{ op: 'add', intervention: ij({ plannedEnd: '2026-06-30' }) }]));
      expect(c.ruleNotes).toEqual([{ id: 'ij', kind: 'introduktionsjobb', note: 'review', months: 12 }]);
    });

    it('but not when it was past them in the baseline already and the scenario leaves its end', () => {
      const c = compareScenario(
        journey([k, ij({ extensions: [{ months: 2 }] })], [{ op: 'remove', intervention: 'k' }]),
      );
      expect(c.ruleNotes).toEqual([]);
      expect(rules(c)).toEqual([]);
    });

    it('nor when the scenario ends it within the 12 months', () => {
      // The baseline runs to 2026-04-02, past 2026-02-03; a scenario ending it on 2026-02-02 is not.
      const base = journey([ij({ extensions: [{ months: 2 }] })], []);
      const c = compare(base, edited(base, 'ij', ij()));
      expect(c.ruleNotes).toEqual([]);
    });
  });

  describe('"no next step planned" is a finding that disappears and appears', () => {
    // F ends 2025-06-30, after asOf 2025-06-01: it is the horizon's end, and nothing is planned after it.
    const f = iv('f', 'forsteg', '2025-01-13', { end: '2025-06-30' });
    const k = iv('k', 'komvux', '2025-07-01', { end: '2025-12-19' });
    const waitOfF = { kind: 'wait', subject: 'f', start: null, end: null, days: 0 };

    it('disappears when the scenario plans a next step the day after the försteg', () => {
      const j = journey([f], [{ op: 'add', intervention: k }]);
      expect(analyzeJourney(j).forstegWaits[0].noNextStep).toBe(true);
      const c = compareScenario(j);
      // (F's cliff goes too; only the waits are looked at here.)
      expect(c.disappeared.filter((x) => x.kind === 'wait')).toEqual([expect.objectContaining(waitOfF)]);
      expect(c.appeared.filter((x) => x.kind === 'wait')).toEqual([]);
    });

    it('appears when the scenario removes the only next step', () => {
      const j = journey([f, k], [{ op: 'remove', intervention: 'k' }]);
      expect(analyzeJourney(j).forstegWaits[0].noNextStep).toBe(false);
      const c = compareScenario(j);
      expect(c.appeared.filter((x) => x.kind === 'wait')).toEqual([expect.objectContaining(waitOfF)]);
      expect(c.disappeared.filter((x) => x.kind === 'wait')).toEqual([]);
    });
  });
});
