/**
 * A guard against real identities in files that should be pseudonymous: finds text that
 * looks like a Swedish personal identity number (or samordningsnummer) with a valid
 * check digit, anywhere in a journey, unknown properties included.
 */
import { daysInMonth } from './dates';
import { type Issue, type PathSegment, formatPath, issue } from './issues';

// YYMMDD-XXXX, YYMMDD+XXXX, YYMMDDXXXX, YYYYMMDD-XXXX, YYYYMMDDXXXX, not inside a longer number.
const PATTERN = /(?<![\d-])(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})(?![\d])/g;

function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Personal identity numbers in one text, as written. */
export function findPersonnummerInText(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [whole, century, yy, mm, dd, , last4] = m;
    const month = Number(mm);
    let day = Number(dd);
    if (day > 60) day -= 60; // samordningsnummer
    if (month < 1 || month > 12 || day < 1) continue;
    const year = century ? Number(century + yy) : 2000 + Number(yy);
    if (day > daysInMonth(year, month)) continue;
    if (century && !['18', '19', '20'].includes(century)) continue;
    if (luhnValid(`${yy}${mm}${dd}${last4}`)) found.push(whole);
  }
  return found;
}

/** Every place in a journey (or any JSON value) whose text looks like a personnummer. */
export function findPersonnummer(value: unknown, path: PathSegment[] = []): Issue[] {
  const out: Issue[] = [];
  const visit = (v: unknown, p: PathSegment[], depth: number) => {
    if (depth > 64) return;
    if (typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v))) {
      for (const hit of findPersonnummerInText(String(v))) {
        out.push(
          issue(
            p,
            'personnummer',
            `${formatPath(p) || 'the file'} looks like a personal identity number (${hit}); use a pseudonymous reference`,
            { value: hit },
          ),
        );
      }
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, [...p, i], depth + 1));
    } else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) visit(item, [...p, k], depth + 1);
    }
  };
  visit(value, path, 0);
  return out;
}
