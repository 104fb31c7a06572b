/** `analyzeJourney`: effective ends, rule limits and the maximum (docs/format.md, "Effective end" and "Rule limit and the maximum"). */
import { describe, expect, it } from 'vitest';
import { journey, iv, analyze, item } from './testing/analyzeBuilders';

describe('effective end (section 3)', () => {
  const asOf = '2025-06-01';

  it('step 1: `end` wins over plannedEnd and extensions and is not projected', () => {
    const j = journey(
      [
        iv('a', 'arbetspraktik', '2025-03-03', {
          end: '2025-04-30',
          plannedEnd: '2025-08-31',
          extensions: [{ months: 3 }],
        }),
      ],
      { asOf },
    );
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2025-04-30', projected: false });
  });

  it('step 2: plannedEnd is the end, projected', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { plannedEnd: '2025-12-19' })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2025-12-19', projected: true });
  });

  it('step 2: plannedEnd wins over the kind’s months per decision', () => {
    const j = journey([iv('a', 'arbetspraktik', '2025-03-03', { plannedEnd: '2025-04-30' })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2025-04-30', projected: true });
  });

  it('step 2: extensions are added one after another, each clamped to the month end', () => {
    // 2025-08-31 + 6 months = 2026-02-28 (clamped); + 1 month = 2026-03-28.
    // (Adding 7 months at once would give 2026-03-31.)
    const j = journey(
      [iv('a', 'komvux', '2025-03-03', { plannedEnd: '2025-08-31', extensions: [{ months: 6 }, { months: 1 }] })],
      {
        asOf,
      },
    );
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2026-03-28', projected: true });
  });

  it('step 3: the kind’s months per decision: start + N months - 1 day, projected', () => {
    // arbetspraktik: 6 months per decision. 2025-03-10 + 6 months - 1 day = 2025-09-09.
    const j = journey([iv('a', 'arbetspraktik', '2025-03-10')], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2025-09-09', projected: true });
  });

  it('step 3: clamps the decision end at month ends (2025-08-31 + 6 months - 1 day = 2026-02-27)', () => {
    const j = journey([iv('a', 'arbetspraktik', '2025-08-31')], { asOf: '2025-09-01' });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2026-02-27', projected: true });
  });

  it('step 3: plus the extensions', () => {
    // introduktionsjobb: 12 months per decision. 2025-02-03 + 12 months - 1 day = 2026-02-02; + 6 = 2026-08-02.
    const j = journey([iv('a', 'introduktionsjobb', '2025-02-03', { extensions: [{ months: 6 }] })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2026-08-02', projected: true });
  });

  it('step 3: uses a custom kind’s maxMonthsPerDecision', () => {
    // 2025-01-31 + 2 months = 2025-03-31, - 1 day = 2025-03-30.
    const j = journey([iv('a', 'lokal', '2025-01-31')], {
      asOf,
      kinds: [
        { id: 'lokal', label: 'Lokal praktik', category: 'praktik', defaultActor: 'kommun', maxMonthsPerDecision: 2 },
      ],
    });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2025-03-30', projected: true });
  });

  it('step 4: open-ended without end, plannedEnd or months per decision: null, not projected', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03')], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: null, projected: false });
  });

  it('step 4: extensions alone do not give an end', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03', { extensions: [{ months: 6 }] })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: null, projected: false });
  });

  it('step 4: an open-ended intervention covers every day from its start', () => {
    const j = journey([iv('a', 'komvux', '2025-03-03')], { asOf: '2027-01-01' });
    const a = analyze(j);
    expect(a.horizon).toEqual({ from: '2025-03-03', to: '2027-01-01' });
    expect(a.gaps).toEqual([]);
    expect(a.greyZones).toEqual([]);
    expect(a.totals.supportedUntil).toBeNull();
  });
});

describe('ruleLimit and exceedsMaximum (section 3)', () => {
  const asOf = '2025-06-01';

  it('ruleLimit is start + maxTotalMonths - 1 day (introduktionsjobb: 24 months)', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2025-02-03')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2027-02-02');
  });

  it('introduktionsjobb starting 2020-05-01 has 36 months in total', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2020-05-01')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2023-04-30');
  });

  it('introduktionsjobb starting 2021-12-31 still has 36 months in total', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2021-12-31')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2024-12-30');
  });

  it('introduktionsjobb starting 2020-04-30 has 24 months in total', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2020-04-30')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2022-04-29');
  });

  it('introduktionsjobb starting 2022-01-01 has 24 months in total', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2022-01-01')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2023-12-31');
  });

  it('nystartsjobb has 12 months in total when the participant is 20 to 24 at start', () => {
    const j = journey(
      [
        iv('at20', 'nystartsjobb', '2021-03-01'), // 2021 - 2001 = 20
        iv('at24', 'nystartsjobb', '2025-03-01'), // 2025 - 2001 = 24
      ],
      { asOf, participant: { ref: 'P-1', birthYear: 2001 } },
    );
    const a = analyze(j);
    expect(item(a, 'at20').ruleLimit).toBe('2022-02-28');
    expect(item(a, 'at24').ruleLimit).toBe('2026-02-28');
  });

  it('nystartsjobb has 24 months in total at 19 and at 25', () => {
    const j = journey(
      [
        iv('at19', 'nystartsjobb', '2020-03-01'), // 2020 - 2001 = 19
        iv('at25', 'nystartsjobb', '2026-03-01'), // 2026 - 2001 = 25
      ],
      { asOf, participant: { ref: 'P-1', birthYear: 2001 } },
    );
    const a = analyze(j);
    expect(item(a, 'at19').ruleLimit).toBe('2022-02-28');
    expect(item(a, 'at25').ruleLimit).toBe('2028-02-29');
  });

  it('nystartsjobb counts age as start year - birthYear, whatever the birthday', () => {
    // Someone born in December 2000 is 19 on 2020-01-01, but 2020 - 2000 = 20: 12 months.
    const j = journey([iv('a', 'nystartsjobb', '2020-01-01')], { asOf, participant: { ref: 'P-1', birthYear: 2000 } });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2020-12-31');
  });

  it('nystartsjobb has 24 months in total without a birthYear', () => {
    const j = journey([iv('a', 'nystartsjobb', '2025-03-01')], { asOf });
    expect(item(analyze(j), 'a').ruleLimit).toBe('2027-02-28');
  });

  it('a kind without a total maximum has ruleLimit null and never exceeds it', () => {
    const j = journey([iv('a', 'arbetspraktik', '2020-01-01', { end: '2025-01-01' })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ ruleLimit: null, exceedsMaximum: false });
  });

  it('a custom kind’s maxTotalMonths gives the limit', () => {
    const j = journey([iv('a', 'lokal', '2025-01-31', { plannedEnd: '2025-08-01' })], {
      asOf,
      kinds: [{ id: 'lokal', label: 'Lokal', category: 'praktik', defaultActor: 'kommun', maxTotalMonths: 6 }],
    });
    // 2025-01-31 + 6 months = 2025-07-31, - 1 day = 2025-07-30; 2025-08-01 is after it.
    expect(item(analyze(j), 'a')).toMatchObject({ ruleLimit: '2025-07-30', exceedsMaximum: true });
  });

  it('exceeds the maximum when the projected end is after ruleLimit', () => {
    // 2026-02-02 + 12 months = 2027-02-02, + 1 month = 2027-03-02 > 2027-02-02.
    const j = journey(
      [
        iv('a', 'introduktionsjobb', '2025-02-03', {
          plannedEnd: '2026-02-02',
          extensions: [{ months: 12 }, { months: 1 }],
        }),
      ],
      { asOf },
    );
    expect(item(analyze(j), 'a')).toMatchObject({
      effectiveEnd: '2027-03-02',
      ruleLimit: '2027-02-02',
      exceedsMaximum: true,
    });
  });

  it('does not exceed the maximum when the end is exactly ruleLimit', () => {
    const j = journey(
      [iv('a', 'introduktionsjobb', '2025-02-03', { plannedEnd: '2026-02-02', extensions: [{ months: 12 }] })],
      { asOf },
    );
    expect(item(analyze(j), 'a')).toMatchObject({ effectiveEnd: '2027-02-02', exceedsMaximum: false });
  });

  it('exceeds the maximum with an actual end after ruleLimit', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2022-01-10', { end: '2024-03-01' })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({ ruleLimit: '2024-01-09', projected: false, exceedsMaximum: true });
  });

  it('a cancelled intervention never exceeds the maximum but still has its ruleLimit', () => {
    const j = journey([iv('a', 'introduktionsjobb', '2022-01-10', { end: '2025-03-01', cancelled: true })], { asOf });
    expect(item(analyze(j), 'a')).toMatchObject({
      status: 'cancelled',
      ruleLimit: '2024-01-09',
      exceedsMaximum: false,
    });
  });
});
