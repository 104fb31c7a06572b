/**
 * The time axis: two tiers of ticks that follow the zoom, from years down to days, in
 * calendar arithmetic on day numbers. Labels are Swedish month names and ISO weeks
 * ("v. 47") through the message catalogue's locale.
 */
import { type DayNumber, fromCivil, isoWeekday, toCivil } from '../domain';

export type TickLevel = 'year' | 'month' | 'week' | 'day';
export type Tick = { day: DayNumber; level: TickLevel; year: number; month: number; date: number };

function* years(from: DayNumber, to: DayNumber, step = 1) {
  const first = toCivil(from).year;
  for (let y = Math.ceil(first / step) * step - step; ; y += step) {
    const day = fromCivil(y, 1, 1);
    if (day > to) return;
    if (day + 366 * step >= from) yield { day, level: 'year' as const, year: y, month: 1, date: 1 };
  }
}

function* months(from: DayNumber, to: DayNumber, step = 1) {
  const c = toCivil(from);
  let total = c.year * 12 + (c.month - 1) - 1;
  total -= ((total % step) + step) % step;
  for (; ; total += step) {
    const year = Math.floor(total / 12);
    const month = (total % 12) + 1;
    const day = fromCivil(year, month, 1);
    if (day > to) return;
    yield { day, level: 'month' as const, year, month, date: 1 };
  }
}

function* weeks(from: DayNumber, to: DayNumber) {
  const monday = from - (isoWeekday(from) - 1) - 7;
  for (let day = monday; day <= to; day += 7) {
    const c = toCivil(day);
    yield { day, level: 'week' as const, year: c.year, month: c.month, date: c.day };
  }
}

function* days(from: DayNumber, to: DayNumber) {
  for (let day = from - 1; day <= to; day++) {
    const c = toCivil(day);
    yield { day, level: 'day' as const, year: c.year, month: c.month, date: c.day };
  }
}

export type AxisTiers = { upper: Tick[]; lower: Tick[]; lowerLevel: TickLevel; upperLevel: TickLevel | null };

/** Chooses the tiers from how many pixels a day takes. */
export function axisTicks(from: DayNumber, to: DayNumber, pxPerDay: number): AxisTiers {
  const list = (g: Generator<Tick>) => [...g];
  if (pxPerDay >= 28)
    return { upperLevel: 'week', upper: list(weeks(from, to)), lowerLevel: 'day', lower: list(days(from, to)) };
  if (pxPerDay * 7 >= 34)
    return { upperLevel: 'month', upper: list(months(from, to)), lowerLevel: 'week', lower: list(weeks(from, to)) };
  if (pxPerDay * 30 >= 28)
    return { upperLevel: 'year', upper: list(years(from, to)), lowerLevel: 'month', lower: list(months(from, to)) };
  if (pxPerDay * 91 >= 34)
    return { upperLevel: 'year', upper: list(years(from, to)), lowerLevel: 'month', lower: list(months(from, to, 3)) };
  const step = pxPerDay * 365 >= 40 ? 1 : pxPerDay * 365 * 2 >= 40 ? 2 : 5;
  return { upperLevel: null, upper: [], lowerLevel: 'year', lower: list(years(from, to, step)) };
}
