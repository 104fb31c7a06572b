/**
 * Calendar days without clocks or time zones.
 *
 * A day is an ISO string `YYYY-MM-DD` at the edges and a day number (days since
 * 1970-01-01) inside the analysis. Conversions use civil-calendar arithmetic only
 * (Howard Hinnant's days_from_civil), never a `Date`, so results are the same in
 * every time zone.
 */

export type IsoDate = string;
export type DayNumber = number;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True for a real calendar day written `YYYY-MM-DD` (years 0000-9999, proleptic Gregorian: the same days
 * that the file schema accepts, so a file that parses never has a date the analysis refuses).
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Stryker disable next-line ConditionalExpression: equivalent: ISO_DATE reads four digits, so y is never below 0
  return y >= 0 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function fromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function toCivil(n: DayNumber): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Day number of an ISO date. The caller has validated the string. The year is everything
 * before `-MM-DD`, so that arithmetic past 9999-12-31 (five-digit years) stays right and
 * can be caught (see lastDay.ts).
 */
export function dayNumber(iso: IsoDate): DayNumber {
  return fromCivil(Number(iso.slice(0, -6)), Number(iso.slice(-5, -3)), Number(iso.slice(-2)));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function isoDate(n: DayNumber): IsoDate {
  const { year, month, day } = toCivil(n);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Inclusive length of a period: `days(a, b) = b - a + 1`. */
export function daysBetweenInclusive(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a) + 1;
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoDate(dayNumber(iso) + days);
}

/** Calendar months: same day of month, clamped to the month's last day. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const y = Number(iso.slice(0, -6));
  const m = Number(iso.slice(-5, -3));
  const d = Number(iso.slice(-2));
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, daysInMonth(year, month)), 2)}`;
}

/** Last day of a decision of `months` months starting on `start`. */
export function decisionEnd(start: IsoDate, months: number): IsoDate {
  return addDays(addMonths(start, months), -1);
}

/** ISO weekday, Monday = 1 ... Sunday = 7. 1970-01-01 was a Thursday. */
export function isoWeekday(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  // Stryker disable next-line EqualityOperator: equivalent: of two equal days either is the earlier
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  // Stryker disable next-line EqualityOperator: equivalent: of two equal days either is the later
  return a >= b ? a : b;
}
