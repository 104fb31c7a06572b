/**
 * Dates for people: date-fns with the Swedish locale first. A calendar day is turned
 * into a local `Date` only to be formatted, never to compute with.
 */
import { format, getISOWeek } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import type { Language } from './index';

const locales = { sv, en: enGB } as const;

export function localDate(iso: string): Date {
  // `new Date(y, m, d)` reads years 0-99 as 1900-1999; setFullYear takes the year as written.
  const date = new Date(2000, 0, 1);
  date.setFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return date;
}

/** "30 jan. 2027" / "30 Jan 2027". */
export function formatDay(iso: string, language: Language): string {
  return format(localDate(iso), 'd MMM uuuu', { locale: locales[language] });
}

export function isoWeek(iso: string): number {
  return getISOWeek(localDate(iso));
}

// One formatter per language: making an Intl.NumberFormat costs far more than using one.
const numberFormats: Record<Language, Intl.NumberFormat> = {
  sv: new Intl.NumberFormat('sv-SE'),
  en: new Intl.NumberFormat('en-GB'),
};

export function formatNumber(n: number, language: Language): string {
  return numberFormats[language].format(n);
}

/** Today's calendar day on this machine: the UI's default reference day. */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
