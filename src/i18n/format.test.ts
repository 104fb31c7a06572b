import { format, getISOWeek } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate, isoWeekday } from '../domain/dates';
import { formatDay, isoWeek } from './format';

describe('dates for people', () => {
  it('shows years 0000-0099 as written, not as 1900-1999', () => {
    expect(formatDay('0042-03-05', 'sv')).toBe('5 mars 0042');
    expect(formatDay('0099-12-31', 'en')).toBe('31 Dec 0099');
    expect(formatDay('0000-02-29', 'en')).toBe('29 Feb 0000');
    expect(formatDay('9999-12-31', 'sv')).toBe('31 dec. 9999');
    expect(formatDay('2027-01-30', 'sv')).toBe('30 jan. 2027');
  });

  it('gives the ISO week of early years from the proleptic calendar', () => {
    // 0004-01-01 was a Thursday, so it starts week 1 (1904-01-01, a Friday, was in week 53);
    // 0050-01-01 was a Saturday, so it is in the last week of 0049, week 52.
    expect(isoWeekday(dayNumber('0004-01-01'))).toBe(4);
    expect(isoWeek('0004-01-01')).toBe(1);
    expect(isoWeekday(dayNumber('0050-01-01'))).toBe(6);
    expect(isoWeek('0050-01-01')).toBe(52);
  });

  it('gives what date-fns gave (d MMM uuuu, ISO week) for every day of 1990-2100', () => {
    // The app formatted with date-fns before issue #11; these must not change.
    const local = (iso: string) => new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8)));
    let checked = 0;
    for (let d = dayNumber('1990-01-01'); d <= dayNumber('2100-12-31'); d++) {
      const iso = isoDate(d);
      const date = local(iso);
      if (formatDay(iso, 'sv') !== format(date, 'd MMM uuuu', { locale: sv })) expect(formatDay(iso, 'sv')).toBe(iso);
      if (formatDay(iso, 'en') !== format(date, 'd MMM uuuu', { locale: enGB })) expect(formatDay(iso, 'en')).toBe(iso);
      if (isoWeek(iso) !== getISOWeek(date)) expect([iso, isoWeek(iso)]).toEqual([iso, getISOWeek(date)]);
      checked++;
    }
    expect(checked).toBe(111 * 365 + 27); // 27 leap days: 1992-2096 (2100 is not one)
  });
});
