/**
 * The names of downloaded files. A name never carries a personnummer (issue 28): every piece
 * of free text that goes into one (a participant's reference, a cohort's or a file's name) is
 * read by the personnummer guard, before and after it is cleaned, and a number it finds is
 * written as "deltagare". Loaded on first use (the guard is not part of the first screen: the
 * first screen's buttons reach it through io/later.ts).
 */
import { withoutPersonnummer } from '../domain/personnummer';

/** What a download name says in place of a personnummer. */
export const PERSONNUMMER_STAND_IN = 'deltagare';

/** The date a name ends with ("-2026-12-06", with its extension): the guard reads a number before a date as part of a date. */
const TRAILING_DATE = /-\d{4}-\d\d-\d\d(?:\.[A-Za-z0-9]+)?$/;

/** The text with every personnummer as "deltagare", one just before the name's closing date too. */
function scrub(text: string): string {
  const out = withoutPersonnummer(text, PERSONNUMMER_STAND_IN);
  const date = TRAILING_DATE.exec(out);
  return date ? `${withoutPersonnummer(out.slice(0, date.index), PERSONNUMMER_STAND_IN)}${date[0]}` : out;
}

/** Letters, digits, dot, dash and underscore only. */
function cleanFileName(text: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned.slice(0, 80) || 'resa';
}

/** A file name from free text: letters, digits, dot, dash and underscore only, and no personnummer. */
export function safeFileName(text: string): string {
  // Cleaning can join what a mark or a strange character kept apart ("8\u0301112…"): read again.
  return cleanFileName(scrub(cleanFileName(scrub(text))));
}

/**
 * The file name of a saved cohort's export, from the cohort's name: its first file's name
 * without the extension ("kohort-excel.csv + 2" → "kohort-excel-2-2026-12-06.json").
 */
export function cohortFileName(name: string, date: string): string {
  const stem = name.replace(/\.(csv|json|txt)(?=$|\s)/gi, '');
  return `${safeFileName(stem)}-${date}.json`;
}
