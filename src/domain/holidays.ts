/**
 * Swedish public holidays (lag 1989:253) as they stood in each year, and the de facto days
 * off that docs/format.md ("Dates") counts as non-working in every year: midsommarafton,
 * julafton and nyårsafton. SFS 2004:1320 made nationaldagen (6 June) a holiday from 2005
 * and took annandag pingst (Easter Sunday + 50 days) away after 2004.
 *
 * This file is the one place the calendar's rules live: a change in the law is a change
 * to `holidaysOfYear` (and a row in its test table).
 */
import { type DayNumber, fromCivil, isoWeekday } from './dates';

/** Easter Sunday (Gregorian computus, anonymous algorithm). */
export function easterSunday(year: number): DayNumber {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromCivil(year, month, day);
}

/** The Saturday in [first, first + 6]. */
function saturdayFrom(first: DayNumber): DayNumber {
  return first + ((6 - isoWeekday(first) + 7) % 7);
}

export type HolidayName =
  | 'nyarsdagen'
  | 'trettondedagJul'
  | 'langfredagen'
  | 'annandagPask'
  | 'forstaMaj'
  | 'kristiHimmelfardsdag'
  | 'nationaldagen'
  | 'annandagPingst'
  | 'midsommarafton'
  | 'midsommardagen'
  | 'allaHelgonsDag'
  | 'julafton'
  | 'juldagen'
  | 'annandagJul'
  | 'nyarsafton';

const cache = new Map<number, { day: DayNumber; name: HolidayName }[]>();

/**
 * Forgets the years worked out so far. For the mutation run only (tests/mutate/setup.ts): its
 * mutants are switched on while the modules stay loaded, and a year kept from before would hide one.
 */
// Stryker disable next-line BlockStatement: equivalent: forgetting only costs time; every year is worked out the same again
export function forgetHolidays(): void {
  cache.clear();
}

/** The first year nationaldagen is a public holiday (SFS 2004:1320). */
export const NATIONALDAGEN_FROM = 2005;
/** The last year annandag pingst is a public holiday (SFS 2004:1320). */
export const ANNANDAG_PINGST_UNTIL = 2004;

/** Every non-working day of the year other than plain weekends, in date order. */
export function holidaysOfYear(year: number): { day: DayNumber; name: HolidayName }[] {
  const cached = cache.get(year);
  // Stryker disable next-line ConditionalExpression: equivalent: without the cache each year is worked out again, the same
  if (cached) return cached;
  const easter = easterSunday(year);
  const midsommardagen = saturdayFrom(fromCivil(year, 6, 20));
  const list: { day: DayNumber; name: HolidayName }[] = [
    { day: fromCivil(year, 1, 1), name: 'nyarsdagen' },
    { day: fromCivil(year, 1, 6), name: 'trettondedagJul' },
    { day: easter - 2, name: 'langfredagen' },
    { day: easter + 1, name: 'annandagPask' },
    { day: fromCivil(year, 5, 1), name: 'forstaMaj' },
    { day: easter + 39, name: 'kristiHimmelfardsdag' },
    ...(year >= NATIONALDAGEN_FROM ? [{ day: fromCivil(year, 6, 6), name: 'nationaldagen' as const }] : []),
    ...(year <= ANNANDAG_PINGST_UNTIL ? [{ day: easter + 50, name: 'annandagPingst' as const }] : []),
    { day: midsommardagen - 1, name: 'midsommarafton' },
    { day: midsommardagen, name: 'midsommardagen' },
    { day: saturdayFrom(fromCivil(year, 10, 31)), name: 'allaHelgonsDag' },
    { day: fromCivil(year, 12, 24), name: 'julafton' },
    { day: fromCivil(year, 12, 25), name: 'juldagen' },
    { day: fromCivil(year, 12, 26), name: 'annandagJul' },
    { day: fromCivil(year, 12, 31), name: 'nyarsafton' },
  ];
  list.sort((x, y) => x.day - y.day);
  cache.set(year, list);
  return list;
}

/** Monday to Friday in [a, b] (b not before a), counted without walking the days. */
function weekdaysBetween(a: DayNumber, b: DayNumber): number {
  const total = b - a + 1;
  const weeks = Math.floor(total / 7);
  let count = weeks * 5;
  const startWeekday = isoWeekday(a);
  for (let i = 0; i < total % 7; i++) {
    const wd = ((startWeekday - 1 + i) % 7) + 1;
    if (wd <= 5) count++;
  }
  return count;
}

/** Working days in [a, b]: weekdays that are not holidays. */
export function workingDaysBetween(a: DayNumber, b: DayNumber): number {
  if (b < a) return 0;
  let count = weekdaysBetween(a, b);
  const firstYear = yearOf(a);
  const lastYear = yearOf(b);
  for (let y = firstYear; y <= lastYear; y++) {
    let previous: DayNumber | null = null;
    for (const h of holidaysOfYear(y)) {
      // Two holidays can share a day (Kristi himmelsfärdsdag on första maj in 2008): count the day once.
      if (h.day !== previous && h.day >= a && h.day <= b && isoWeekday(h.day) <= 5) count--;
      previous = h.day;
    }
  }
  return count;
}

export function isWorkingDay(n: DayNumber): boolean {
  return workingDaysBetween(n, n) === 1;
}

function yearOf(n: DayNumber): number {
  // Good to the day for the years a journey can hold; corrected at the year edges.
  let y = Math.floor(n / 365.2425 + 1970);
  // Stryker disable next-line EqualityOperator: equivalent: on 1 January `>=` steps a year back and the next line steps it forward again
  while (fromCivil(y, 1, 1) > n) y--;
  while (fromCivil(y + 1, 1, 1) <= n) y++;
  return y;
}
