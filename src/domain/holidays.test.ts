/** Swedish public holidays and working days (docs/format.md, "Dates"). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  easterSunday,
  holidaysOfYear,
  type HolidayName,
  isoDate,
  isoWeekday,
  isWorkingDay,
  workingDaysBetween,
} from './index';

const working = (a: string, b: string) => workingDaysBetween(dayNumber(a), dayNumber(b));
const holiday = (year: number, name: string) => {
  const h = holidaysOfYear(year).find((x) => x.name === name);
  if (!h) throw new Error(`no ${name} in ${year}`);
  return isoDate(h.day);
};

describe('easterSunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [1818, '1818-03-22'],
    [2000, '2000-04-23'],
  ])('Easter %i is on %s', (year, date) => {
    expect(isoDate(easterSunday(year))).toBe(date);
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2100; year++) {
      const easter = isoDate(easterSunday(year));
      expect(isoWeekday(easterSunday(year))).toBe(7);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
    }
  });
});

describe('holidaysOfYear', () => {
  it('lists the 2025 holidays and de facto days off', () => {
    expect(holidaysOfYear(2025).map((h) => [isoDate(h.day), h.name])).toEqual([
      ['2025-01-01', 'nyarsdagen'],
      ['2025-01-06', 'trettondedagJul'],
      ['2025-04-18', 'langfredagen'],
      ['2025-04-21', 'annandagPask'],
      ['2025-05-01', 'forstaMaj'],
      ['2025-05-29', 'kristiHimmelfardsdag'],
      ['2025-06-06', 'nationaldagen'],
      ['2025-06-20', 'midsommarafton'],
      ['2025-06-21', 'midsommardagen'],
      ['2025-11-01', 'allaHelgonsDag'],
      ['2025-12-24', 'julafton'],
      ['2025-12-25', 'juldagen'],
      ['2025-12-26', 'annandagJul'],
      ['2025-12-31', 'nyarsafton'],
    ]);
  });

  it('puts Kristi himmelsfärdsdag 39 days after Easter, långfredagen 2 days before, annandag påsk 1 day after', () => {
    expect(holiday(2024, 'langfredagen')).toBe('2024-03-29');
    expect(holiday(2024, 'annandagPask')).toBe('2024-04-01');
    expect(holiday(2024, 'kristiHimmelfardsdag')).toBe('2024-05-09');
    expect(holiday(2026, 'kristiHimmelfardsdag')).toBe('2026-05-14');
  });

  it('puts midsommardagen on the Saturday between 20 and 26 June and midsommarafton the day before', () => {
    for (let year = 1990; year <= 2060; year++) {
      const day = holiday(year, 'midsommardagen');
      expect(isoWeekday(dayNumber(day))).toBe(6);
      expect(day >= `${year}-06-20` && day <= `${year}-06-26`).toBe(true);
      expect(dayNumber(holiday(year, 'midsommarafton'))).toBe(dayNumber(day) - 1);
    }
    expect(holiday(2025, 'midsommardagen')).toBe('2025-06-21');
    expect(holiday(2026, 'midsommardagen')).toBe('2026-06-20');
    expect(holiday(2027, 'midsommardagen')).toBe('2027-06-26');
  });

  it('puts alla helgons dag on the Saturday between 31 October and 6 November', () => {
    for (let year = 1990; year <= 2060; year++) {
      const day = holiday(year, 'allaHelgonsDag');
      expect(isoWeekday(dayNumber(day))).toBe(6);
      expect(day >= `${year}-10-31` && day <= `${year}-11-06`).toBe(true);
    }
    expect(holiday(2020, 'allaHelgonsDag')).toBe('2020-10-31');
    expect(holiday(2025, 'allaHelgonsDag')).toBe('2025-11-01');
    expect(holiday(2026, 'allaHelgonsDag')).toBe('2026-10-31');
    expect(holiday(2021, 'allaHelgonsDag')).toBe('2021-11-06');
  });
});

describe('workingDaysBetween', () => {
  it('counts 249 working days in 2025', () => {
    // 2025 starts on a Wednesday and has 365 days: 52 weeks (260 weekdays) + one Wednesday = 261 weekdays.
    // Holidays on weekdays: nyårsdagen (Wed 1/1), trettondedag jul (Mon 6/1), långfredagen (Fri 18/4),
    // annandag påsk (Mon 21/4), första maj (Thu 1/5), Kristi himmelsfärd (Thu 29/5), nationaldagen (Fri 6/6),
    // midsommarafton (Fri 20/6), julafton (Wed 24/12), juldagen (Thu 25/12), annandag jul (Fri 26/12),
    // nyårsafton (Wed 31/12) = 12. Midsommardagen (Sat 21/6) and alla helgons dag (Sat 1/11) are weekends.
    // 261 - 12 = 249.
    expect(working('2025-01-01', '2025-12-31')).toBe(249);
  });

  it('counts 4 working days in the week of Kristi himmelsfärd 2025 (Mon 26 May - Sun 1 June)', () => {
    expect(working('2025-05-26', '2025-06-01')).toBe(4);
  });

  it('counts 2 working days in christmas week 2025 (Mon 22 - Sun 28 December)', () => {
    // Mon 22, Tue 23 work; julafton Wed 24, juldagen Thu 25, annandag jul Fri 26 do not.
    expect(working('2025-12-22', '2025-12-28')).toBe(2);
  });

  it('counts 0 working days on a weekend', () => {
    expect(working('2025-03-01', '2025-03-02')).toBe(0);
  });

  it('counts 5 working days in an ordinary week and 1 on an ordinary weekday', () => {
    expect(working('2025-03-03', '2025-03-09')).toBe(5);
    expect(working('2025-03-05', '2025-03-05')).toBe(1);
  });

  it('counts 0 for an empty range (end before start), however far before', () => {
    expect(working('2025-03-05', '2025-03-04')).toBe(0);
    expect(working('2025-03-05', '2025-02-20')).toBe(0);
    expect(working('2025-03-05', '2023-03-05')).toBe(0);
  });

  it('counts a range across new year: 2025-12-29..2026-01-07 has 5 working days', () => {
    // Mon 29, Tue 30 work; nyårsafton Wed 31, nyårsdagen Thu 1 do not; Fri 2 works; Sat 3, Sun 4;
    // Mon 5 works; trettondedag jul Tue 6 does not; Wed 7 works.
    expect(working('2025-12-29', '2026-01-07')).toBe(5);
  });

  it('counts a day shared by two holidays once: Kristi himmelsfärd fell on första maj in 2008', () => {
    // Week Mon 28 April - Sun 4 May 2008: five weekdays, one of them (Thu 1 May) a holiday twice over.
    expect(holidaysOfYear(2008).filter((h) => isoDate(h.day) === '2008-05-01')).toHaveLength(2);
    expect(working('2008-04-28', '2008-05-04')).toBe(4);
    expect(working('2008-05-01', '2008-05-01')).toBe(0);
  });

  it('SFS 2004:1320: nationaldagen is a holiday from 2005, annandag pingst up to and including 2004', () => {
    expect(working('2003-06-06', '2003-06-06')).toBe(1); // Friday 6 June 2003: an ordinary working day
    expect(working('2004-05-31', '2004-05-31')).toBe(0); // Monday, annandag pingst 2004
    expect(working('2005-05-16', '2005-05-16')).toBe(1); // Monday after pingst 2005: a working day
    expect(working('2005-06-06', '2005-06-06')).toBe(0); // Monday, the first nationaldagen holiday
    expect(working('1995-06-05', '1995-06-05')).toBe(0); // annandag pingst 1995
  });
});

describe('the holidays of a year are in date order', () => {
  it('even when Kristi himmelsfärdsdag comes before första maj (Easter on 22 March, as in 2285)', () => {
    const days = holidaysOfYear(2285).map((h) => h.day);
    expect(isoDate(easterSunday(2285))).toBe('2285-03-22');
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(holiday(2285, 'kristiHimmelfardsdag') < holiday(2285, 'forstaMaj')).toBe(true);
  });
});

describe('the year a day falls in, at the year’s edges', () => {
  it('nyårsdagen and nyårsafton are no working days in any year 0001-9999', () => {
    // workingDaysBetween finds each day's year from an estimate corrected at the edges; the estimate is
    // a year low on many 1 Januarys (1900, 1901, …) and a year high on 31 December of some leap years
    // (0072, 0076, …). Either error would read the day against the wrong year's holidays.
    const wrong: string[] = [];
    for (let year = 1; year <= 9999; year++) {
      const y = String(year).padStart(4, '0');
      for (const day of [`${y}-01-01`, `${y}-12-31`]) if (isWorkingDay(dayNumber(day))) wrong.push(day);
    }
    expect(wrong).toEqual([]);
  });
});

describe('isWorkingDay', () => {
  it('is false on weekends and holidays, true on other weekdays', () => {
    expect(isWorkingDay(dayNumber('2025-06-06'))).toBe(false);
    expect(isWorkingDay(dayNumber('2025-06-07'))).toBe(false);
    expect(isWorkingDay(dayNumber('2025-06-09'))).toBe(true);
    expect(isWorkingDay(dayNumber('2008-05-01'))).toBe(false);
  });
});

/**
 * An independent count: Easter by Gauss's method (not the anonymous algorithm the module uses), weekdays from
 * `Date`'s UTC calendar, and a walk over every day.
 */
function gaussEaster(year: number): string {
  const a = year % 19;
  const b = year % 4;
  const c = year % 7;
  const k = Math.floor(year / 100);
  const p = Math.floor((13 + 8 * k) / 25);
  const q = Math.floor(k / 4);
  const m = (15 - p + k - q) % 30;
  const n = (4 + k - q) % 7;
  const d = (19 * a + m) % 30;
  const e = (2 * b + 4 * c + 6 * d + n) % 7;
  let day = 22 + d + e;
  if (d === 29 && e === 6) day = 50;
  else if (d === 28 && e === 6 && (11 * m + 11) % 30 < 19) day = 49;
  return day > 31 ? `${year}-04-${String(day - 31).padStart(2, '0')}` : `${year}-03-${day}`;
}

const utcDay = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const utcIso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY = 86_400_000;

function naiveHolidays(year: number): Set<string> {
  const easter = utcDay(gaussEaster(year));
  const saturdayFrom = (iso: string) => {
    let t = utcDay(iso);
    while (new Date(t).getUTCDay() !== 6) t += DAY;
    return t;
  };
  const midsommar = saturdayFrom(`${year}-06-20`);
  return new Set([
    `${year}-01-01`,
    `${year}-01-06`,
    utcIso(easter - 2 * DAY),
    utcIso(easter + DAY),
    `${year}-05-01`,
    utcIso(easter + 39 * DAY),
    ...(year >= 2005 ? [`${year}-06-06`] : []), // nationaldagen from 2005 (SFS 2004:1320)
    ...(year <= 2004 ? [utcIso(easter + 50 * DAY)] : []), // annandag pingst up to 2004
    utcIso(midsommar - DAY),
    utcIso(midsommar),
    utcIso(saturdayFrom(`${year}-10-31`)),
    `${year}-12-24`,
    `${year}-12-25`,
    `${year}-12-26`,
    `${year}-12-31`,
  ]);
}

function naiveWorkingDays(a: string, b: string): number {
  let count = 0;
  const years = new Map<number, Set<string>>();
  for (let t = utcDay(a); t <= utcDay(b); t += DAY) {
    const date = new Date(t);
    const weekday = date.getUTCDay();
    const year = date.getUTCFullYear();
    if (!years.has(year)) years.set(year, naiveHolidays(year));
    if (weekday !== 0 && weekday !== 6 && !years.get(year)!.has(utcIso(t))) count++;
  }
  return count;
}

describe('workingDaysBetween against a day-by-day count', () => {
  it('agrees with Gauss for Easter 1900-2200', () => {
    for (let year = 1900; year <= 2200; year++) expect(isoDate(easterSunday(year))).toBe(gaussEaster(year));
  });

  it('agrees on random ranges of up to three years, 1990-2060', () => {
    const first = dayNumber('1990-01-01');
    const last = dayNumber('2060-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: -1, max: 3 * 366 }), (start, length) => {
        const a = isoDate(start);
        const b = isoDate(start + length);
        expect(workingDaysBetween(start, start + length)).toBe(length < 0 ? 0 : naiveWorkingDays(a, b));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('agrees on every whole year 1990-2060', () => {
    for (let year = 1990; year <= 2060; year++) {
      expect(working(`${year}-01-01`, `${year}-12-31`)).toBe(naiveWorkingDays(`${year}-01-01`, `${year}-12-31`));
    }
  });
});

/**
 * The holidays of four years written out by hand from the rules of section 1 (lag 1989:253 as
 * amended by SFS 2004:1320) and a calendar, not computed: the reference the code is held to.
 */
const HAND_TABLE: Record<number, [string, HolidayName][]> = {
  // Easter Sunday 16 April 1995; pingst 4 June; midsommardagen Sat 24 June; alla helgon Sat 4 Nov.
  1995: [
    ['1995-01-01', 'nyarsdagen'],
    ['1995-01-06', 'trettondedagJul'],
    ['1995-04-14', 'langfredagen'],
    ['1995-04-17', 'annandagPask'],
    ['1995-05-01', 'forstaMaj'],
    ['1995-05-25', 'kristiHimmelfardsdag'],
    ['1995-06-05', 'annandagPingst'],
    ['1995-06-23', 'midsommarafton'],
    ['1995-06-24', 'midsommardagen'],
    ['1995-11-04', 'allaHelgonsDag'],
    ['1995-12-24', 'julafton'],
    ['1995-12-25', 'juldagen'],
    ['1995-12-26', 'annandagJul'],
    ['1995-12-31', 'nyarsafton'],
  ],
  // Easter Sunday 11 April 2004; pingst 30 May; midsommardagen Sat 26 June; alla helgon Sat 6 Nov.
  2004: [
    ['2004-01-01', 'nyarsdagen'],
    ['2004-01-06', 'trettondedagJul'],
    ['2004-04-09', 'langfredagen'],
    ['2004-04-12', 'annandagPask'],
    ['2004-05-01', 'forstaMaj'],
    ['2004-05-20', 'kristiHimmelfardsdag'],
    ['2004-05-31', 'annandagPingst'],
    ['2004-06-25', 'midsommarafton'],
    ['2004-06-26', 'midsommardagen'],
    ['2004-11-06', 'allaHelgonsDag'],
    ['2004-12-24', 'julafton'],
    ['2004-12-25', 'juldagen'],
    ['2004-12-26', 'annandagJul'],
    ['2004-12-31', 'nyarsafton'],
  ],
  // Easter Sunday 27 March 2005; nationaldagen Mon 6 June; midsommardagen Sat 25 June; alla helgon Sat 5 Nov.
  2005: [
    ['2005-01-01', 'nyarsdagen'],
    ['2005-01-06', 'trettondedagJul'],
    ['2005-03-25', 'langfredagen'],
    ['2005-03-28', 'annandagPask'],
    ['2005-05-01', 'forstaMaj'],
    ['2005-05-05', 'kristiHimmelfardsdag'],
    ['2005-06-06', 'nationaldagen'],
    ['2005-06-24', 'midsommarafton'],
    ['2005-06-25', 'midsommardagen'],
    ['2005-11-05', 'allaHelgonsDag'],
    ['2005-12-24', 'julafton'],
    ['2005-12-25', 'juldagen'],
    ['2005-12-26', 'annandagJul'],
    ['2005-12-31', 'nyarsafton'],
  ],
  // Easter Sunday 5 April 2026; nationaldagen Sat 6 June; midsommardagen Sat 20 June; alla helgon Sat 31 Oct.
  2026: [
    ['2026-01-01', 'nyarsdagen'],
    ['2026-01-06', 'trettondedagJul'],
    ['2026-04-03', 'langfredagen'],
    ['2026-04-06', 'annandagPask'],
    ['2026-05-01', 'forstaMaj'],
    ['2026-05-14', 'kristiHimmelfardsdag'],
    ['2026-06-06', 'nationaldagen'],
    ['2026-06-19', 'midsommarafton'],
    ['2026-06-20', 'midsommardagen'],
    ['2026-10-31', 'allaHelgonsDag'],
    ['2026-12-24', 'julafton'],
    ['2026-12-25', 'juldagen'],
    ['2026-12-26', 'annandagJul'],
    ['2026-12-31', 'nyarsafton'],
  ],
};

describe('holidaysOfYear by year (SFS 2004:1320: nationaldagen from 2005, annandag pingst to 2004)', () => {
  const list = (year: number) => holidaysOfYear(year).map((h) => [isoDate(h.day), h.name]);

  it.each(Object.keys(HAND_TABLE).map(Number))('matches the hand-written table for %i', (year) => {
    expect(list(year)).toEqual(HAND_TABLE[year]);
  });

  it('matches a table built from the rules, day by day, for every year 1990-2100', () => {
    for (let year = 1990; year <= 2100; year++) {
      const dates = [...new Set(list(year).map(([d]) => d))].sort();
      expect(dates, String(year)).toEqual([...naiveHolidays(year)].sort());
      const names = list(year).map(([, n]) => n);
      expect(names.includes('nationaldagen'), `${year} nationaldagen`).toBe(year >= 2005);
      expect(names.includes('annandagPingst'), `${year} annandag pingst`).toBe(year <= 2004);
    }
  });
});
