import { describe, expect, it } from 'vitest';
import { dayNumber, isoWeekday } from '../domain/dates';
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
});
