/**
 * A guard against real identities in files that should be pseudonymous: finds text that
 * looks like a Swedish personal identity number (or samordningsnummer) with a valid
 * check digit, anywhere in a journey, unknown properties and property names included.
 *
 * Text is compared as people see it: NFKC (fullwidth and other compatibility digits become
 * 0-9, a no-break space a space), the digits of every script (Unicode category Nd: Arabic-
 * Indic, Devanagari, …) read as 0-9, and invisible format characters (zero-width space and
 * joiners, soft hyphen, word joiner, byte-order mark: Unicode category Cf) removed. Between
 * the date and the last four any run of separators (spaces, dots, slashes, plus, hyphens and
 * dashes, e.g. " - " or "  ") counts as one; the date itself may be split by one kind of
 * hyphen, dot or slash ("1981-12-28-9874"). A letter or hyphen before the digits ("P-811228-9874")
 * hides nothing; a digit before or after does (a longer number is not a personnummer).
 */
import { daysInMonth } from './dates';
import { type Issue, type PathSegment, formatPath, issue } from './issues';

const SEPARATOR = '[\\s.\\/+\\-\\u2010-\\u2015\\u2212]';
// [CC]YY[s]MM[s]DD, a run of separators, XXXX, not inside a longer number, and not the
// year of a date that follows ("2019-02-03 – 2020-01-01" is two dates).
const PATTERN = new RegExp(
  `(?<!\\d)(\\d{2})?(\\d{2})([-./]?)(\\d{2})\\3(\\d{2})${SEPARATOR}*(\\d{4})(?!\\d|[-./]\\d)`,
  'g',
);
const FORMAT_CHARACTERS = /\p{Cf}/gu;
// Stryker disable next-line Regex: equivalent for its one surviving mutant (no `*`: only texts of one character take the shortcut, the rest are normalised, which changes nothing for ASCII); without `^`, without `$` or with the class negated, the spelling tests fail (planted by hand, 2026-12-07)
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const DECIMAL_DIGIT = /\p{Nd}/u;
const NON_ASCII_DIGITS = /(?![0-9])\p{Nd}/gu;

/**
 * A decimal digit's value (`ch` is one, of Unicode category Nd), in any script. Unicode encodes
 * every script's digits 0-9 as one contiguous run of ten in ascending order (a stability policy),
 * so the value is the distance from the start of its run, modulo ten (runs of ten may follow
 * each other, as in the mathematical digits). U+0000 is no digit, so the search stops above it.
 */
function digitValue(ch: string): number {
  const cp = ch.codePointAt(0)!;
  let start = cp;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(start - 1))) start--;
  return (cp - start) % 10;
}

/** The text as a reader sees it: NFKC, digits of every script as 0-9, without invisible format characters. */
export function visibleText(text: string): string {
  // Stryker disable next-line ConditionalExpression: a shortcut, equivalent when false (printable ASCII is already as read: NFKC leaves it, it has no format character and no other script's digits); when true the spelling tests fail (fullwidth and Arabic-Indic digits). Kept for speed: most of a journey's text is ASCII, and normalising it took most of the guard's time at 10,000 items
  if (PRINTABLE_ASCII.test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(FORMAT_CHARACTERS, '')
    .replace(NON_ASCII_DIGITS, (d) => String(digitValue(d)));
}

function luhnValid(tenDigits: string): boolean {
  let sum = 0;
  for (let i = 0; i < tenDigits.length; i++) {
    let d = Number(tenDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    // Stryker disable next-line AssignmentOperator: equivalent: -sum % 10 is 0 (as -0, which === 0) exactly when sum % 10 is
    sum += d;
  }
  return sum % 10 === 0;
}

/** Whether one match of PATTERN is a personnummer: a real date (or samordningsnummer) and a valid check digit. */
function isPersonnummer([, century, yy, , mm, dd, last4]: readonly (string | undefined)[]): boolean {
  const month = Number(mm);
  let day = Number(dd);
  if (day >= 61) day -= 60; // samordningsnummer: day + 60 (61-91)
  if (month < 1 || month > 12 || day < 1) return false;
  const year = century
    ? Number(century + yy)
    : // Stryker disable next-line ArithmeticOperator: equivalent: the year only decides 29 February, and 2000 + YY and 2000 - YY are both leap years exactly when YY is a multiple of 4 (no century year but 2000 lies in 1901-2099)
      2000 + Number(yy);
  if (day > daysInMonth(year, month)) return false;
  if (century && !['18', '19', '20'].includes(century)) return false;
  return luhnValid(`${yy}${mm}${dd}${last4}`);
}

/** Personal identity numbers in one text, as they read (normalised, see above). */
export function findPersonnummerInText(text: string): string[] {
  const found: string[] = [];
  const visible = visibleText(text);
  // Stryker disable next-line ConditionalExpression: equivalent: a shortcut (text without a digit has no match), kept for speed: most of a journey's text has no digit, and matchAll over it takes about three times as long
  if (!/\d/.test(visible)) return found;
  for (const m of visible.matchAll(PATTERN)) if (isPersonnummer(m)) found.push(m[0]);
  return found;
}

/**
 * The text with every personnummer in it replaced by `standIn` (as read: the text comes back
 * in its visible form, see `visibleText`, when it held one), else the text unchanged.
 */
export function withoutPersonnummer(text: string, standIn: string): string {
  if (findPersonnummerInText(text).length === 0) return text;
  return visibleText(text).replace(PATTERN, (...m: string[]) => (isPersonnummer(m) ? standIn : m[0]));
}

/** A string, or a number kept exactly as written in its file (see `lossless.ts`): a String object. */
const isString = (v: unknown): v is string => Object.prototype.toString.call(v) === '[object String]';

type Node = { v: unknown; seg: PathSegment | null; parent: Node | null; name: boolean };

function pathOf(node: Node, base: PathSegment[]): PathSegment[] {
  const segs: PathSegment[] = [];
  for (let n: Node | null = node; n; n = n.parent) if (n.seg !== null) segs.push(n.seg);
  return [...base, ...segs.reverse()];
}

/**
 * Every place in a journey (or any JSON value) whose text or property name looks like a
 * personnummer. Walks with its own stack, so any depth of nesting is searched.
 */
export function findPersonnummer(value: unknown, path: PathSegment[] = []): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<object>();
  const stack: Node[] = [{ v: value, seg: null, parent: null, name: false }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const v = node.v;
    // A number as JavaScript writes it: 811218.9876 is the dot spelling, as in text.
    const text = isString(v) || typeof v === 'bigint' || typeof v === 'number' ? String(v) : null;
    if (text !== null) {
      for (const hit of findPersonnummerInText(text)) {
        const p = pathOf(node, path);
        const what = node.name ? 'the property name' : 'the value at';
        out.push(
          issue(
            p,
            'personnummer',
            `${what} ${formatPath(p) || 'the file'} looks like a personal identity number (${hit}); use a pseudonymous reference`,
            { value: hit },
          ),
        );
      }
    } else if (
      v &&
      // Stryker disable next-line ConditionalExpression: equivalent for JSON values: the only truthy value left that is not an object is true, which has no keys to read
      typeof v === 'object' &&
      !seen.has(v)
    ) {
      seen.add(v);
      // Pushed in reverse so that hits come out in file order, a property's name before its value.
      if (Array.isArray(v)) {
        // Stryker disable next-line ArithmeticOperator: equivalent: past the end a list holds undefined, which is neither text nor an object, so nothing is read there
        for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], seg: i, parent: node, name: false });
      } else {
        const keys = Object.keys(v);
        for (let i = keys.length - 1; i >= 0; i--) {
          const k = keys[i];
          stack.push({ v: (v as Record<string, unknown>)[k], seg: k, parent: node, name: false });
          stack.push({ v: k, seg: k, parent: node, name: true });
        }
      }
    }
  }
  return out;
}
