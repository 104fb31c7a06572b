/**
 * Dates for people: "30 jan. 2027" / "30 Jan 2027" from the calendar day as written (no
 * local `Date`, so years 0000-0099 stay as they are), and ISO week numbers from the
 * domain's day numbers. The month names are date-fns's (sv, en-GB), kept here so that
 * the first screen does not load a date library for twelve words (issue #11).
 */
import { dayNumber, fromCivil, isoWeekday, toCivil } from '../domain/dates';
import type { Language } from './index';

const MONTHS: Record<Language, readonly string[]> = {
  sv: ['jan.', 'feb.', 'mars', 'apr.', 'maj', 'juni', 'juli', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** A month's short name (1 = January), as date-fns's "MMM" gives it. */
export function monthShort(month: number, language: Language): string {
  return MONTHS[language][month - 1];
}

/** "30 jan. 2027" / "30 Jan 2027". */
export function formatDay(iso: string, language: Language): string {
  return `${Number(iso.slice(-2))} ${monthShort(Number(iso.slice(-5, -3)), language)} ${iso.slice(0, -6)}`;
}

/** The ISO 8601 week: the week belongs to the year its Thursday is in. */
export function isoWeek(iso: string): number {
  const day = dayNumber(iso);
  const thursday = day - isoWeekday(day) + 4;
  return Math.floor((thursday - fromCivil(toCivil(thursday).year, 1, 1)) / 7) + 1;
}

// One formatter per language, made when first asked for: making an Intl.NumberFormat costs far
// more than using one (the language not shown costs the first screen nothing).
const numberFormats: Partial<Record<Language, Intl.NumberFormat>> = {};
const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

export function formatNumber(n: number, language: Language): string {
  return (numberFormats[language] ??= new Intl.NumberFormat(LOCALES[language])).format(n);
}

/** Today's calendar day on this machine: the UI's default reference day. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
