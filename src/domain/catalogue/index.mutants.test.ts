/**
 * The catalogue's questions about a kind (index.ts): whether it is an activity, the maximums in force
 * on a start (periods, decisions inside them, the youth maximum of förordning 2018:43 at 20–24), whether
 * the age is uncertain, and whether the kind existed on a day (inclusive at both ends).
 */
import { describe, expect, it } from 'vitest';
import { type KindDef, isActivityKind, isAvailableOn, ruleInForce, youthAgeUncertain } from '.';

const base: KindDef = {
  id: 'x',
  label: { sv: 'x', en: 'x' },
  category: 'anstallning',
  maxMonthsPerDecision: 12,
  maxTotalMonths: 24,
  builtIn: false,
};

describe('isActivityKind', () => {
  it("follows the kind's own `activity` over its category's default", () => {
    expect(isActivityKind({ category: 'praktik', activity: false })).toBe(false);
    expect(isActivityKind({ category: 'program', activity: true })).toBe(true);
    expect(isActivityKind({ category: 'praktik' })).toBe(true);
  });
});

describe('ruleInForce: periods', () => {
  const window: KindDef = {
    ...base,
    periods: [{ from: '2020-05-01', to: '2021-12-31', maxTotalMonths: 36, byDecision: true }],
  };
  it('applies a period to starts from its first to its last day, and not outside', () => {
    expect(ruleInForce(window, '2020-05-01').maxTotalMonths).toBe(36);
    expect(ruleInForce(window, '2021-12-31').maxTotalMonths).toBe(36);
    expect(ruleInForce(window, '2020-04-30').maxTotalMonths).toBe(24);
    expect(ruleInForce(window, '2022-01-01').maxTotalMonths).toBe(24);
  });
  it('keeps the maximum a period does not replace', () => {
    expect(ruleInForce(window, '2020-06-01')).toEqual({ maxMonthsPerDecision: 12, maxTotalMonths: 36 });
    const perDecision: KindDef = { ...base, periods: [{ from: '2024-01-01', maxMonthsPerDecision: 6 }] };
    expect(ruleInForce(perDecision, '2025-03-01')).toEqual({ maxMonthsPerDecision: 6, maxTotalMonths: 24 });
    expect(ruleInForce(perDecision, '2023-03-01')).toEqual({ maxMonthsPerDecision: 12, maxTotalMonths: 24 });
    const until: KindDef = { ...base, periods: [{ to: '2019-12-31', maxTotalMonths: 6 }] };
    expect(ruleInForce(until, '2019-06-01').maxTotalMonths).toBe(6);
    expect(ruleInForce(until, '2020-06-01').maxTotalMonths).toBe(24);
  });
  it('applies a period to a decision inside it only when it says `byDecision`', () => {
    expect(ruleInForce(window, '2022-03-01', undefined, ['2021-11-01']).maxTotalMonths).toBe(36);
    const byStart: KindDef = { ...base, periods: [{ from: '2020-05-01', to: '2021-12-31', maxTotalMonths: 36 }] };
    expect(ruleInForce(byStart, '2022-03-01', undefined, ['2021-11-01']).maxTotalMonths).toBe(24);
    const later: KindDef = { ...base, periods: [{ from: '2030-01-01', maxTotalMonths: 99, byDecision: true }] };
    expect(ruleInForce(later, '2025-01-01').maxTotalMonths).toBe(24);
  });
});

describe('ruleInForce and youthAgeUncertain: the youth maximum (20–24 at start)', () => {
  const youth: KindDef = { ...base, youthMaxTotalMonths: 12 };
  it('gives the youth maximum at 20 and 24, not at 19 or 25', () => {
    expect(ruleInForce(youth, '2025-03-01', 2005).maxTotalMonths).toBe(12);
    expect(ruleInForce(youth, '2025-03-01', 2001).maxTotalMonths).toBe(12);
    expect(ruleInForce(youth, '2025-03-01', 2006).maxTotalMonths).toBe(24);
    expect(ruleInForce(youth, '2025-03-01', 2000).maxTotalMonths).toBe(24);
    expect(ruleInForce(youth, '2025-03-01', 1990).maxTotalMonths).toBe(24);
  });
  it('is uncertain at 20 and 25 only for a kind with a youth maximum and a known birth year', () => {
    expect(youthAgeUncertain(youth, '2025-03-01', 2005)).toBe(true);
    expect(youthAgeUncertain(youth, '2025-03-01', 2000)).toBe(true);
    expect(youthAgeUncertain(youth, '2025-03-01', 2003)).toBe(false);
    expect(youthAgeUncertain(base, '2025-03-01', 2005)).toBe(false);
    expect(youthAgeUncertain(base, '2025-03-01', 2000)).toBe(false);
  });
});

describe('isAvailableOn', () => {
  it('is always true without `available`', () => {
    expect(isAvailableOn(base, '1990-01-01')).toBe(true);
  });
  it('is true from the first day on, not the day before', () => {
    const from: KindDef = { ...base, available: { from: '2018-05-01' } };
    expect(isAvailableOn(from, '2018-05-01')).toBe(true);
    expect(isAvailableOn(from, '2030-01-01')).toBe(true);
    expect(isAvailableOn(from, '2018-04-30')).toBe(false);
  });
  it('is true up to the last day, not the day after', () => {
    const to: KindDef = { ...base, available: { to: '2021-12-31' } };
    expect(isAvailableOn(to, '2021-12-31')).toBe(true);
    expect(isAvailableOn(to, '2015-06-01')).toBe(true);
    expect(isAvailableOn(to, '2022-01-01')).toBe(false);
  });
  it('is true between both, not after the last day', () => {
    const both: KindDef = { ...base, available: { from: '2014-01-01', to: '2021-12-31' } };
    expect(isAvailableOn(both, '2014-01-01')).toBe(true);
    expect(isAvailableOn(both, '2021-12-31')).toBe(true);
    expect(isAvailableOn(both, '2013-12-31')).toBe(false);
    expect(isAvailableOn(both, '2022-01-01')).toBe(false);
  });
});
