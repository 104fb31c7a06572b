/** Calendar days without clocks (docs/format.md, "Dates"). */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayNumber,
  daysBetweenInclusive,
  daysInMonth,
  decisionEnd,
  isIsoDate,
  isLeapYear,
  isoDate,
  isoWeekday,
  maxDate,
  minDate,
} from './index';

describe('isIsoDate', () => {
  it('accepts an ordinary day', () => {
    expect(isIsoDate('2025-02-03')).toBe(true);
  });

  it('accepts the first and last day of the year', () => {
    expect(isIsoDate('2025-01-01')).toBe(true);
    expect(isIsoDate('2025-12-31')).toBe(true);
  });

  it('accepts 2024-02-29 (leap year)', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('rejects 2025-02-29 (not a leap year)', () => {
    expect(isIsoDate('2025-02-29')).toBe(false);
  });

  it('rejects 1900-02-29 (divisible by 100, not by 400)', () => {
    expect(isIsoDate('1900-02-29')).toBe(false);
  });

  it('accepts 2000-02-29 (divisible by 400)', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it('rejects day 31 in 30-day months and day 30 in February', () => {
    for (const month of ['04', '06', '09', '11']) expect(isIsoDate(`2025-${month}-31`)).toBe(false);
    expect(isIsoDate('2024-02-30')).toBe(false);
  });

  it('rejects month 13, month 00 and day 00', () => {
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-00-10')).toBe(false);
    expect(isIsoDate('2025-01-00')).toBe(false);
  });

  it('rejects other spellings: no padding, times, slashes, spaces, five-digit years', () => {
    for (const s of ['2025-2-3', '2025-02-03T00:00:00Z', '2025/02/03', ' 2025-02-03', '2025-02-03 ', '12025-02-03']) {
      expect(isIsoDate(s)).toBe(false);
    }
  });

  it('rejects values that are not strings', () => {
    for (const v of [null, undefined, 20250203, new Date(0), ['2025-02-03'], { date: '2025-02-03' }]) {
      expect(isIsoDate(v)).toBe(false);
    }
  });

  it('accepts year 0000 like the file schema does (proleptic Gregorian; 0000 is a leap year)', () => {
    expect(isIsoDate('0000-02-29')).toBe(true);
    expect(isIsoDate('9999-12-31')).toBe(true);
  });
});

describe('isLeapYear and daysInMonth', () => {
  it('follows the Gregorian rule', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
  });

  it('gives the length of every month', () => {
    const lengths = Array.from({ length: 12 }, (_, i) => daysInMonth(2025, i + 1));
    expect(lengths).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('dayNumber and isoDate', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01')).toBe(11017);
  });

  it('round-trips every day from 1899 to 2101', () => {
    const first = dayNumber('1899-01-01');
    const last = dayNumber('2101-12-31');
    const wrong: number[] = [];
    for (let n = first; n <= last; n++) if (dayNumber(isoDate(n)) !== n) wrong.push(n);
    expect(wrong).toEqual([]);
    expect(isoDate(first)).toBe('1899-01-01');
    expect(isoDate(last)).toBe('2101-12-31');
  });

  it('writes days as YYYY-MM-DD with zero padding', () => {
    expect(isoDate(dayNumber('0045-03-07'))).toBe('0045-03-07');
  });

  it('steps over leap days one day at a time', () => {
    expect(isoDate(dayNumber('2024-02-28') + 1)).toBe('2024-02-29');
    expect(isoDate(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(isoDate(dayNumber('2025-02-28') + 1)).toBe('2025-03-01');
    expect(isoDate(dayNumber('1900-02-28') + 1)).toBe('1900-03-01');
  });
});

describe('daysBetweenInclusive', () => {
  it('counts both ends: 2025-02-03..2025-02-07 is 5 days', () => {
    expect(daysBetweenInclusive('2025-02-03', '2025-02-07')).toBe(5);
  });

  it('is 1 for a single day', () => {
    expect(daysBetweenInclusive('2025-02-03', '2025-02-03')).toBe(1);
  });

  it('counts a leap day', () => {
    expect(daysBetweenInclusive('2024-02-28', '2024-03-01')).toBe(3);
    expect(daysBetweenInclusive('2025-02-28', '2025-03-01')).toBe(2);
  });

  it('counts whole years: 366 days in 2024, 365 in 2025', () => {
    expect(daysBetweenInclusive('2024-01-01', '2024-12-31')).toBe(366);
    expect(daysBetweenInclusive('2025-01-01', '2025-12-31')).toBe(365);
  });

  it('crosses a year boundary', () => {
    expect(daysBetweenInclusive('2024-12-30', '2025-01-02')).toBe(4);
  });
});

describe('addDays', () => {
  it('adds and subtracts days across months and years', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-12-01', 90)).toBe('2026-03-01');
  });
});

describe('addMonths', () => {
  it('reads a year of five digits too, as date arithmetic past 9999 writes it', () => {
    expect(addMonths('12345-01-31', 1)).toBe('12345-02-28');
    expect(addMonths('10000-11-30', 3)).toBe('10001-02-28');
  });

  it('keeps the day of month when it exists', () => {
    expect(addMonths('2025-02-03', 12)).toBe('2026-02-03');
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
  });

  it('clamps to the last day of the month: 2025-08-31 + 6 = 2026-02-28', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
  });

  it('clamps to 29 February in a leap year: 2023-08-31 + 6 = 2024-02-29', () => {
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });

  it('moves 2024-02-29 + 12 months to 2025-02-28 and + 48 months to 2028-02-29', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
  });

  it('clamps 31 to 30 in 30-day months', () => {
    expect(addMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonths('2025-05-31', 4)).toBe('2025-09-30');
  });

  it('does not restore a clamped day when applied again (one month after another)', () => {
    expect(addMonths(addMonths('2025-01-31', 1), 1)).toBe('2025-03-28');
    expect(addMonths('2025-01-31', 2)).toBe('2025-03-31');
  });

  it('crosses year boundaries forwards', () => {
    expect(addMonths('2025-11-15', 2)).toBe('2026-01-15');
    expect(addMonths('2025-12-31', 1)).toBe('2026-01-31');
    expect(addMonths('2025-12-31', 14)).toBe('2027-02-28');
  });

  it('goes back with negative months, across a year boundary and clamping', () => {
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2025-01-15', -1)).toBe('2024-12-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-02-28', -12)).toBe('2024-02-28');
    expect(addMonths('2025-01-31', -25)).toBe('2022-12-31');
  });

  it('is the identity for 0 months', () => {
    expect(addMonths('2024-02-29', 0)).toBe('2024-02-29');
  });
});

describe('decisionEnd', () => {
  it('ends a decision of N months on S + N months - 1 day: 2025-02-03 + 12 months = 2026-02-02', () => {
    expect(decisionEnd('2025-02-03', 12)).toBe('2026-02-02');
  });

  it('ends a one-month decision from the 1st on the last day of that month', () => {
    expect(decisionEnd('2025-02-01', 1)).toBe('2025-02-28');
    expect(decisionEnd('2024-02-01', 1)).toBe('2024-02-29');
  });

  it('clamps before subtracting the day: 2025-08-31 + 6 months - 1 day = 2026-02-27', () => {
    expect(decisionEnd('2025-08-31', 6)).toBe('2026-02-27');
  });

  it('crosses a year boundary: 2025-12-01 + 1 month - 1 day = 2025-12-31', () => {
    expect(decisionEnd('2025-12-01', 1)).toBe('2025-12-31');
  });
});

describe('minDate and maxDate', () => {
  it('give the earlier and the later of two days, in either order', () => {
    expect([minDate('2025-01-31', '2025-02-01'), minDate('2025-02-01', '2025-01-31')]).toEqual([
      '2025-01-31',
      '2025-01-31',
    ]);
    expect([maxDate('2025-01-31', '2025-02-01'), maxDate('2025-02-01', '2025-01-31')]).toEqual([
      '2025-02-01',
      '2025-02-01',
    ]);
    expect([minDate('1999-12-31', '2000-01-01'), maxDate('1999-12-31', '2000-01-01')]).toEqual([
      '1999-12-31',
      '2000-01-01',
    ]);
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    // 2025-02-03 was a Monday.
    const monday = dayNumber('2025-02-03');
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => isoWeekday(monday + i))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('knows 1970-01-01 was a Thursday and days before it', () => {
    expect(isoWeekday(0)).toBe(4);
    expect(isoWeekday(-1)).toBe(3);
    expect(isoWeekday(dayNumber('1900-01-01'))).toBe(1);
  });

  it('knows some landmark days', () => {
    expect(isoWeekday(dayNumber('2000-01-01'))).toBe(6);
    expect(isoWeekday(dayNumber('2024-02-29'))).toBe(4);
    expect(isoWeekday(dayNumber('2025-12-24'))).toBe(3);
  });

  it('agrees with the UTC weekday of Date for every day of 2015-2030', () => {
    const wrong: string[] = [];
    for (let n = dayNumber('2015-01-01'); n <= dayNumber('2030-12-31'); n++) {
      const utc = new Date(n * 86_400_000).getUTCDay();
      if (isoWeekday(n) !== (utc === 0 ? 7 : utc)) wrong.push(isoDate(n));
    }
    expect(wrong).toEqual([]);
  });
});

describe('minDate and maxDate', () => {
  it('pick the earlier and later day', () => {
    expect(minDate('2025-02-03', '2024-12-31')).toBe('2024-12-31');
    expect(maxDate('2025-02-03', '2024-12-31')).toBe('2025-02-03');
  });
});
