/**
 * Import as a pipeline that returns a result and never throws:
 * size check → JSON parse (lossless: numbers beyond double precision kept as written, keys
 * such as `__proto__` kept as data, a key written twice reported) → envelope and version
 * gate → migrate → validate every field with its path. The journey returned is the file's
 * own data, so every property this format does not name is kept as it was.
 */
import type { z } from 'zod';
import { type Issue, type PathSegment, fromZodIssues, issue, showValue } from './issues';
import { MAX_DEPTH, TooDeepError, isRawNumber, parseJsonLossless, stringifyJson } from './lossless';
import { checkJourneyRules } from './rules';
import { type Cohort, CohortSchema, FORMAT_VERSION, type Journey, JourneySchema } from './schema';

export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export type ParseResult<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; errors: Issue[] };
export type JourneyParseResult = { ok: true; journey: Journey; warnings: Issue[] } | { ok: false; errors: Issue[] };
export type CohortParseResult = { ok: true; cohort: Cohort; warnings: Issue[] } | { ok: false; errors: Issue[] };

type Loose = Record<string, unknown>;
const isObj = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

function utf8Length(text: string): number {
  // Counts without allocating an encoded copy.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Read → size check → JSON parse. The first stage of every import. */
export function readJson(text: unknown): { ok: true; data: unknown } | { ok: false; errors: Issue[] } {
  if (typeof text !== 'string') {
    return { ok: false, errors: [issue('', 'notText', 'the file is not text')] };
  }
  if (utf8Length(text) > MAX_FILE_BYTES) {
    return {
      ok: false,
      errors: [issue('', 'tooLarge', 'the file is larger than 100 MB', { max: 100 })],
    };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let read: ReturnType<typeof parseJsonLossless>;
  try {
    read = parseJsonLossless(body);
  } catch (e) {
    if (e instanceof TooDeepError) {
      return {
        ok: false,
        errors: [issue(e.path, 'tooDeep', `is nested more than ${MAX_DEPTH} levels deep`, { max: MAX_DEPTH })],
      };
    }
    // The browser's own wording says best what is wrong where.
    let detail = e instanceof Error ? e.message : String(e);
    try {
      JSON.parse(body);
    } catch (native) {
      detail = native instanceof Error ? native.message : String(native);
    }
    return { ok: false, errors: [issue('', 'notJson', `the file is not valid JSON (${detail})`, { detail })] };
  }
  if (read.duplicates.length > 0) {
    // Which of the two values was meant cannot be known: the file is refused, each place named.
    return {
      ok: false,
      errors: read.duplicates.map((d) =>
        issue(
          d.path,
          'duplicateKey',
          `the property ${JSON.stringify(d.key)} appears more than once in the same object`,
          {
            key: JSON.stringify(d.key),
          },
        ),
      ),
    };
  }
  return { ok: true, data: read.value };
}

/**
 * Numbers the format names (months, birth year, extent, ...) that the file wrote with more
 * precision than a double holds arrive as raw numbers; there they are plain numbers.
 * Returns true when it changed something.
 */
function unwrapRawNumbers(data: unknown, issues: readonly z.core.$ZodIssue[]): boolean {
  // Stryker disable next-line BooleanLiteral: equivalent: true only makes the caller check unchanged data again, which gives the same issues
  let changed = false;
  for (const zi of issues) {
    // Stryker disable next-line ConditionalExpression: equivalent: only invalid_type issues carry `expected`, so the next check skips the rest alone
    if (zi.code !== 'invalid_type') continue;
    // A whole-number field (z.int()) reports a value that is not a number as expected 'number' too.
    if (zi.expected !== 'number') continue;
    // A Zod issue's path runs through the data it checked (the journey object is the root, never a
    // number): every step before the last is an object or a list.
    let parent = data as Loose;
    for (const seg of zi.path.slice(0, -1)) parent = parent[seg as string] as Loose;
    const last = zi.path[zi.path.length - 1] as string;
    if (Object.hasOwn(parent, last) && isRawNumber(parent[last])) {
      parent[last] = Number(String(parent[last]));
      changed = true;
    }
  }
  return changed;
}

/** The envelope: the right kind of file, in a version this app reads. */
function gate(data: unknown, format: 'journey' | 'cohort', prefix: readonly PathSegment[]): Issue[] | null {
  if (!isObj(data)) {
    return [issue(prefix, 'notObject', `${showValue(data)} is not a ${format} (expected a JSON object)`, { format })];
  }
  // Number.isInteger is false for anything but a number, as `includes` below is for anything but a string.
  const v = data.version as number;
  const kind = data.format as string;
  if (Number.isInteger(v) && v > FORMAT_VERSION) {
    return [
      issue(
        [...prefix, 'version'],
        'newerVersion',
        `this file is format version ${v}, newer than version ${FORMAT_VERSION} that this app reads; open it in a newer version of Resan`,
        { version: v, supported: FORMAT_VERSION },
      ),
    ];
  }
  if (kind !== format && ['journey', 'cohort'].includes(kind)) {
    return [
      issue([...prefix, 'format'], 'wrongFormat', `this is a ${kind} file, not a ${format} file`, {
        value: kind,
        expected: format,
      }),
    ];
  }
  return null;
}

/** Older versions would be lifted to the current one here; v1 is the first. */
function migrate(data: Loose): Loose {
  return data;
}

/**
 * Problems in file order (numeric-aware on the path). Each is found once: the schema and the rules
 * check different things (schema.ts), so nothing is said twice (parse.mutants.test.ts).
 */
const PATH_ORDER = new Intl.Collator('en', { numeric: true });

function sortIssues(list: Issue[]): Issue[] {
  // One collator for the whole sort: `localeCompare` with options builds one per comparison.
  return [...list].sort((a, b) => PATH_ORDER.compare(a.path, b.path));
}

function validateJourney(data: Loose, prefix: readonly PathSegment[]): { errors: Issue[]; warnings: Issue[] } {
  let parsed = JourneySchema.safeParse(data, { reportInput: true });
  if (!parsed.success && unwrapRawNumbers(data, parsed.error.issues)) {
    parsed = JourneySchema.safeParse(data, { reportInput: true });
  }
  const structural = parsed.success ? [] : fromZodIssues(parsed.error.issues, prefix);
  const rules = checkJourneyRules(data, prefix);
  return { errors: sortIssues([...structural, ...rules.errors]), warnings: rules.warnings };
}

/** A parsed JSON value checked as a journey (the stages after reading). */
export function journeyFromData(data: unknown): JourneyParseResult {
  try {
    const gated = gate(data, 'journey', []);
    if (gated) return { ok: false, errors: gated };
    const migrated = migrate(data as Loose);
    const { errors, warnings } = validateJourney(migrated, []);
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, journey: migrated as Journey, warnings };
  } catch (e) {
    // Defensive: nothing above should throw, but an import must never crash the app.
    return { ok: false, errors: [issue('', 'invalid', `the file could not be read (${String(e)})`)] };
  }
}

/** A parsed JSON value checked as a cohort: every journey with its own paths. */
export function cohortFromData(data: unknown): CohortParseResult {
  try {
    const gated = gate(data, 'cohort', []);
    if (gated) return { ok: false, errors: gated };
    const migrated = migrate(data as Loose);
    // Numbers written with more digits than a double holds stand only inside journeys (the cohort's own
    // `version` is a literal): each journey's check below reads them.
    const parsed = CohortSchema.safeParse(migrated, { reportInput: true });
    const errors: Issue[] = [];
    const warnings: Issue[] = [];
    if (!parsed.success) {
      // Problems inside a journey (journeys[i]...) are reported below, one journey at a time; the
      // cohort's other named fields (format, version) are one step deep.
      errors.push(...fromZodIssues(parsed.error.issues.filter((zi) => zi.path.length < 2)));
    }
    if (Array.isArray(migrated.journeys)) {
      migrated.journeys.forEach((j, i) => {
        const prefix = ['journeys', i];
        const g = gate(j, 'journey', prefix);
        if (g) {
          errors.push(...g);
          return;
        }
        const r = validateJourney(j as Loose, prefix);
        errors.push(...r.errors);
        warnings.push(...r.warnings);
      });
    }
    if (errors.length > 0) return { ok: false, errors: sortIssues(errors) };
    return { ok: true, cohort: migrated as Cohort, warnings };
  } catch (e) {
    return { ok: false, errors: [issue('', 'invalid', `the file could not be read (${String(e)})`)] };
  }
}

export function parseJourney(text: string): JourneyParseResult {
  const read = readJson(text);
  return read.ok ? journeyFromData(read.data) : read;
}

export function parseCohort(text: string): CohortParseResult {
  const read = readJson(text);
  return read.ok ? cohortFromData(read.data) : read;
}

export type FileParseResult =
  | { ok: true; kind: 'journey'; journey: Journey; warnings: Issue[] }
  | { ok: true; kind: 'cohort'; cohort: Cohort; warnings: Issue[] }
  | { ok: false; errors: Issue[] };

/** A file that may hold a journey or a cohort, told apart by its `format`. */
export function parseFile(text: string): FileParseResult {
  const read = readJson(text);
  if (!read.ok) return read;
  const data = read.data;
  if (isObj(data) && data.format === 'cohort') {
    const r = cohortFromData(data);
    return r.ok ? { ok: true, kind: 'cohort', cohort: r.cohort, warnings: r.warnings } : r;
  }
  const r = journeyFromData(data);
  return r.ok ? { ok: true, kind: 'journey', journey: r.journey, warnings: r.warnings } : r;
}

/** Two-space JSON that `parseJourney` reads back as the same journey (raw numbers as written). */
export function serializeJourney(journey: Journey): string {
  return `${stringifyJson(journey)}\n`;
}

export function serializeCohort(cohort: Cohort): string {
  return `${stringifyJson(cohort)}\n`;
}
