/**
 * A coordinator's CSV: one row per intervention, as Swedish Excel writes it, made into
 * journeys. The rows come already split into cells (papaparse does that in src/io); this
 * module knows the columns (Swedish or English, any order and case), the kinds (by id or by
 * their Swedish or English label) and the dates, and says for every row it cannot read which
 * row, which column and why. The rest loads; every journey made passes the importer's rules.
 */
import { BUILT_IN_ACTORS, BUILT_IN_KINDS, type Label } from './catalogue';
import type { CsvLimitCode } from './csvLimits';
import type { StrayQuote } from './csvQuotes';
import type { CsvRowRepeats } from './csvRepeats';
import { isIsoDate } from './dates';
import type { Issue, IssueCode } from './issues';
import { journeyFromData } from './parse';
import type { Journey } from './schema';

export const CSV_COLUMNS = [
  'participant',
  'kind',
  'start',
  'id',
  'actor',
  'end',
  'plannedEnd',
  'title',
  'birthYear',
  'closed',
  'closedReason',
  'journey',
  'parallel',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/*
 * The tables below (column names, kinds, actors, yes and no) are built for each reading, not when
 * the module loads: the mutation run keeps modules loaded and switches mutants while the tests run
 * (docs/mutation.md), so a table built at load would never hold a mutant. They are small (about 200
 * entries, some 0.2 ms to build), and a reading is a whole file or a batch of rows, never one row.
 */

/** The column each header name stands for: names compared without case, accents, spaces, dashes, underscores or dots. */
function headerLookup(): Map<string, CsvColumn> {
  const names: Record<CsvColumn, string[]> = {
    participant: ['participant', 'participantref', 'deltagare', 'deltagarid', 'deltagarref', 'ref', 'person'],
    kind: ['kind', 'insats', 'insatstyp', 'typ', 'intervention', 'interventionkind'],
    start: ['start', 'startdatum', 'startdate', 'fran', 'from'],
    id: ['id', 'insatsid', 'interventionid'],
    actor: ['actor', 'aktor', 'ansvarigaktor'],
    end: ['end', 'slut', 'slutdatum', 'enddate', 'faktisktslut', 'till'],
    plannedEnd: ['plannedend', 'planeratslut', 'planeratslutdatum', 'beslutatslut', 'plannedenddate'],
    title: ['title', 'titel', 'benamning', 'beskrivning'],
    birthYear: ['birthyear', 'fodelsear', 'fodd'],
    closed: ['closed', 'avslutad', 'avslutsdatum', 'closeddate', 'avslutadresa'],
    closedReason: ['closedreason', 'avslutsorsak', 'orsak', 'reason'],
    journey: ['journey', 'journeyid', 'resa', 'resaid', 'resansid'],
    parallel: ['parallel', 'parallell', 'vidsidanav', 'beside'],
  };
  return new Map(CSV_COLUMNS.flatMap((c) => names[c].map((n) => [n, c] as const)));
}

/** Built-in kinds or actors by id or by their Swedish or English label, as `normalizeName` leaves them. */
function idsByName(defs: readonly { id: string; label: Label }[]): Map<string, string> {
  return new Map(defs.flatMap((d) => [d.id, d.label.sv, d.label.en].map((n) => [normalizeName(n), d.id] as const)));
}

/** What cells are read with: kinds, actors, and the `parallel` column's yes and no (section 3), without case. */
function cellLookups() {
  return {
    kinds: idsByName(BUILT_IN_KINDS),
    actors: idsByName(BUILT_IN_ACTORS),
    yesNo: new Map<string, boolean>([
      ...['ja', 'yes', 'true', '1', 'x'].map((v) => [v, true] as const),
      ...['nej', 'no', 'false', '0'].map((v) => [v, false] as const),
    ]),
  };
}

/** Lower case, accents off (å→a, ö→o), and no spaces, dashes, underscores or dots. */
export function normalizeName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-_.]/g, '');
}

/**
 * The column each header cell names (null for one Resan does not know), as `journeysFromCsvRows` reads it.
 * `normalizeName` drops blanks and a byte-order mark with them (U+FEFF is white space in JavaScript).
 */
export function csvColumnsOf(header: readonly string[]): (CsvColumn | null)[] {
  const columns = headerLookup();
  return header.map((h) => columns.get(normalizeName(h)) ?? null);
}

export type CsvRowProblem = {
  /** The row as a spreadsheet numbers it: the header is row 1. */
  row: number;
  column: string | null;
  code: IssueCode | 'unknownColumn' | 'missingColumn' | 'emptyRow' | 'notYesNo' | 'strayQuote' | CsvLimitCode;
  value: string;
  /** A stray quote's swallowed rows (csvQuotes.ts). */
  swallowed?: StrayQuote;
  /** The same problem in other rows too (csvRepeats.ts): `row` is the first of them. */
  repeats?: CsvRowRepeats;
  /** The importer's own problem when the journey's rules refused the row. */
  issue?: Issue;
};

export type CsvJourneysResult = { journeys: Journey[]; problems: CsvRowProblem[]; columns: CsvColumn[] };

/** A date cell: `YYYY-MM-DD`, or that followed by a midnight time as Excel writes it. */
function readDate(cell: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00)?)?$/.exec(cell);
  return m && isIsoDate(m[1]) ? m[1] : null;
}

type Draft = {
  ref: string;
  id: string;
  rows: number[];
  data: Record<string, unknown>;
  interventions: Record<string, unknown>[];
};

/**
 * Journeys from the cells of a CSV (first row the header). Rows of one participant make one
 * journey, in row order; interventions get the row's `id`, else `r<row>`.
 */
export function journeysFromCsvRows(cells: readonly (readonly string[])[]): CsvJourneysResult {
  const problems: CsvRowProblem[] = [];
  // The names as problems show them; trim() drops a byte-order mark too (U+FEFF is white space).
  const header = (cells[0] ?? []).map((h) => h.trim());
  const columnAt = csvColumnsOf(header);
  header.forEach((h, i) => {
    if (h !== '' && columnAt[i] === null) problems.push({ row: 1, column: h, code: 'unknownColumn', value: h });
  });
  const columns = columnAt.filter((c): c is CsvColumn => c !== null);
  // The three required columns.
  const missing = (['participant', 'kind', 'start'] as const).filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    for (const c of missing) problems.push({ row: 1, column: c, code: 'missingColumn', value: '' });
    return { journeys: [], problems, columns };
  }

  const { kinds, actors, yesNo } = cellLookups();
  const drafts = new Map<string, Draft>();
  for (let r = 1; r < cells.length; r++) {
    const row = r + 1;
    // A column the header lacks is at -1: no cell, as in a row shorter than the header.
    const get = (c: CsvColumn) => (cells[r][columnAt.indexOf(c)] ?? '').trim();
    if (cells[r].every((c) => c.trim() === '')) continue;
    let ok = true;
    const bad = (column: CsvColumn, code: CsvRowProblem['code'], value: string) => {
      problems.push({ row, column: header[columnAt.indexOf(column)], code, value });
      ok = false;
    };
    const ref = get('participant');
    const kindCell = get('kind');
    const kind = kinds.get(normalizeName(kindCell));
    const start = readDate(get('start'));
    if (ref === '') bad('participant', 'required', ref);
    if (kindCell === '') bad('kind', 'required', kindCell);
    else if (!kind) bad('kind', 'unknownKind', kindCell);
    if (get('start') === '') bad('start', 'required', '');
    else if (!start) bad('start', 'notDate', get('start'));
    const iv: Record<string, unknown> = { id: get('id') || `r${row}`, kind, start };
    for (const field of ['end', 'plannedEnd'] as const) {
      const cell = get(field);
      if (cell === '') continue;
      const d = readDate(cell);
      if (!d) bad(field, 'notDate', cell);
      else if (start && d < start) bad(field, 'endBeforeStart', cell);
      else iv[field] = d;
    }
    const actorCell = get('actor');
    if (actorCell !== '') {
      const actor = actors.get(normalizeName(actorCell));
      if (!actor) bad('actor', 'unknownActor', actorCell);
      else iv.actor = actor;
    }
    if (get('title') !== '') iv.title = get('title');
    // An empty parallel cell keeps the kind's default.
    const parallelCell = get('parallel');
    if (parallelCell !== '') {
      const parallel = yesNo.get(parallelCell.toLowerCase());
      if (parallel === undefined) bad('parallel', 'notYesNo', parallelCell);
      else iv.parallel = parallel;
    }
    // The participant's birth year and the journey's closing day may stand on any of its rows; a
    // row where they cannot be read is left out like any other.
    const birthYear = get('birthYear');
    if (birthYear !== '' && !/^\d{4}$/.test(birthYear)) bad('birthYear', 'wrongType', birthYear);
    const closedCell = get('closed');
    const closed = readDate(closedCell);
    if (closedCell !== '' && !closed) bad('closed', 'notDate', closedCell);
    if (!ok) continue;

    // One journey per participant, or per participant and journey id: never two participants in one.
    const key = JSON.stringify([ref, get('journey')]);
    let draft = drafts.get(key);
    if (!draft) {
      draft = { ref, id: get('journey') || `csv-${ref}`, rows: [], data: {}, interventions: [] };
      drafts.set(key, draft);
    }
    if (birthYear !== '') draft.data.birthYear = Number(birthYear);
    if (closed) draft.data.closed = { date: closed, reason: get('closedReason') || 'csv' };
    draft.rows.push(row);
    draft.interventions.push(iv);
  }

  const journeys: Journey[] = [];
  for (const d of drafts.values()) journeys.push(...buildJourney(d, problems));
  problems.sort((a, b) => a.row - b.row);
  return { journeys, problems, columns };
}

/**
 * The journey of one participant; rows its rules refuse are reported and left out, once. A row left
 * out can change another's rules (an sfi's three years count from the first sfi), so what is left is
 * checked again until it passes. Each round leaves out a row at least, or gives up, so the loop ends.
 */
function buildJourney(d: Draft, problems: CsvRowProblem[]): Journey[] {
  const make = () => ({
    format: 'journey',
    version: 1,
    id: d.id,
    participant: { ref: d.ref, ...(d.data.birthYear !== undefined ? { birthYear: d.data.birthYear } : {}) },
    ...(d.data.closed ? { closed: d.data.closed } : {}),
    interventions: d.interventions,
  });
  for (;;) {
    const r = journeyFromData(make());
    if (r.ok) return [r.journey];
    const refused = new Set<number>();
    // A problem of the journey itself (a birth year before 1900), not of one row, refuses it whole;
    // it is said at the participant's first row.
    let whole = false;
    for (const e of r.errors) {
      // No anchor needed: a journey made here has no scenarios, so "interventions[" only begins a path.
      const k = /interventions\[(\d+)\]/.exec(e.path);
      const index = k ? Number(k[1]) : -1;
      if (index >= 0) refused.add(index);
      else whole = true;
      problems.push({ row: d.rows[Math.max(index, 0)], column: null, code: e.code, value: e.path, issue: e });
    }
    if (whole) return [];
    // Nothing left out (no row named): another round would refuse the same, so the loop stops here too.
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: unreachable, so equivalent: a refused journey has a problem, and one naming no row sets whole above; this only keeps the loop finite if that changes (the mark also covers → true, which the tests kill, and the value returned, which no journey reaches)
    if (refused.size === 0) return [];
    d.interventions = d.interventions.filter((_, i) => !refused.has(i));
    d.rows = d.rows.filter((_, i) => !refused.has(i));
    if (d.interventions.length === 0) return [];
  }
}

/** The template a coordinator downloads: the usual columns, in Swedish, with three example rows (an sfi beside the rest). */
export function csvTemplateRows(): string[][] {
  return [
    [
      'deltagare',
      'insats',
      'startdatum',
      'slutdatum',
      'planerat slut',
      'aktör',
      'titel',
      'födelseår',
      'id',
      'vid sidan av',
    ],
    ['P-0001', 'SFI – svenska för invandrare', '2024-09-02', '', '', 'Kommunen', '', '1988', 's1', 'ja'],
    ['P-0001', 'Försteg', '2025-01-13', '2025-03-28', '', 'Samordningsförbundet', 'Lugn uppstart', '1988', 'f1', ''],
    ['P-0001', 'Arbetspraktik', '2025-05-05', '', '2025-11-04', 'Arbetsförmedlingen', '', '1988', 'p1', ''],
  ];
}
