/**
 * What a cohort worker does, as a plain function so that it runs (and is tested) outside a
 * worker too: read files (journey JSON, cohort JSON, coordinator CSV in UTF-8 or
 * Windows-1252) into journeys, and compute the figures of a chunk of journeys.
 */
import Papa from 'papaparse';
import {
  type Duplicate,
  type Journey,
  duplicateFinder,
  identityOf,
  MAX_FILE_BYTES,
  alignAccumulator,
  cohortAccumulator,
  journeysFromCsvRows,
  journeySpan,
  parseFile,
  personnummerInCsvCells,
  csvLimitProblems,
  groupCsvProblems,
  undoStrayQuotes,
} from '../domain';
import { type JourneyFacts, journeyFacts } from '../domain/cohort/facts';
import { poolAccumulator } from '../domain/pool';
import { decodeText } from '../domain/decode';
import { notUtf8, personnummerIn, tooLarge, unreadable } from './readImport';
import { CHUNK, type FileReport, type FromWorker, type ToWorker } from './protocol';

type Post = (message: FromWorker) => void;

/** A CSV by its name, or by not looking like JSON. */
function looksLikeCsv(name: string, text: string): boolean {
  if (/\.csv$/i.test(name)) return true;
  if (/\.json$/i.test(name)) return false;
  const first = text.replace(/^\uFEFF/, '').trimStart()[0];
  return first !== '{' && first !== '[';
}

function readCsv(text: string): { journeys: Journey[]; rows: FileReport['rows'] } {
  // Swedish Excel writes `;`, others `,`: papaparse guesses the delimiter from the first lines.
  // Blank lines are kept (journeysFromCsvRows passes them over), so that every problem is named by
  // its row in the spreadsheet: papaparse's skipEmptyLines numbered each row after a blank line one too early.
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''));
  // A stray quote swallows the rows after it into one cell: said as what it is, and those rows
  // read again one by one, by the same reader (issue 28).
  const { delimiter } = parsed.meta;
  const quotes = undoStrayQuotes(parsed.data, {
    delimiter,
    unclosed: parsed.errors.some((e) => e.code === 'MissingQuotes'),
    readLine: (line) => Papa.parse<string[]>(line, { delimiter }).data[0] ?? [],
  });
  const cells = quotes.rows;
  // Past a limit the file is refused whole, each limit named once with its place (issue 25).
  const limits = csvLimitProblems(cells);
  if (limits.length > 0) return { journeys: [], rows: limits };
  const r = journeysFromCsvRows(cells);
  // Personnummer by row and column (issue 25), not as a count for the whole file; a problem
  // many rows share is one problem with its rows (issue 25, item 12), before it leaves the worker.
  const rows = [...quotes.problems, ...r.problems, ...personnummerInCsvCells(cells)].sort((a, b) => a.row - b.row);
  return { journeys: r.journeys, rows: groupCsvProblems(rows) };
}

async function readOne(file: File, id: number, post: Post, sent: (journeys: Journey[]) => void): Promise<FileReport> {
  const report: FileReport = {
    file: file.name,
    kind: 'unreadable',
    encoding: 'utf-8',
    journeys: 0,
    errors: [],
    warnings: [],
    rows: [],
  };
  if (file.size > MAX_FILE_BYTES) {
    report.errors.push(tooLarge);
    return report;
  }
  const { text, encoding } = decodeText(new Uint8Array(await file.arrayBuffer()));
  report.encoding = encoding;
  if (encoding === 'windows-1252') report.warnings.push(notUtf8);
  let journeys: Journey[];
  if (looksLikeCsv(file.name, text)) {
    const csv = readCsv(text);
    report.kind = 'csv';
    report.rows = csv.rows;
    journeys = csv.journeys;
  } else {
    const r = parseFile(text);
    if (!r.ok) {
      report.errors.push(...r.errors);
      return report;
    }
    report.kind = r.kind;
    report.warnings.push(...r.warnings);
    journeys = r.kind === 'cohort' ? r.cohort.journeys : [r.journey];
  }
  if (report.kind !== 'csv') report.warnings.push(...personnummerIn(journeys, report.kind === 'cohort'));
  for (let i = 0; i < journeys.length; i += CHUNK) {
    const chunk = journeys.slice(i, i + CHUNK);
    post({ type: 'journeys', id, file: file.name, journeys: chunk });
    sent(chunk);
  }
  report.journeys = journeys.length;
  return report;
}

/** Reads the files in order, sending their journeys in chunks; the duplicates come with `read-done`. */
async function readFiles(message: Extract<ToWorker, { type: 'read' }>, post: Post): Promise<void> {
  let journeysRead = 0;
  // Duplicates are found here, as the journeys are sent, not on the page (issue #26).
  const finder = duplicateFinder(message.existing);
  const duplicates: Duplicate[] = [];
  let index = 0;
  const sent = (journeys: Journey[]) => {
    for (const j of journeys) {
      const d = finder.add(identityOf(j), index++);
      if (d) duplicates.push(d);
    }
  };
  for (let f = 0; f < message.files.length; f++) {
    const report = await readOne(message.files[f], message.id, post, sent).catch((e): FileReport => ({
      file: message.files[f].name,
      kind: 'unreadable',
      encoding: '',
      journeys: 0,
      errors: [unreadable(e)],
      warnings: [],
      rows: [],
    }));
    journeysRead += report.journeys;
    post({ type: 'file', id: message.id, report });
    post({ type: 'progress', id: message.id, filesRead: f + 1, journeysRead });
  }
  post({ type: 'read-done', id: message.id, duplicates });
}

export async function handle(message: ToWorker, post: Post): Promise<void> {
  try {
    if (message.type === 'read') return await readFiles(message, post);
    if (message.type === 'pool') {
      const acc = poolAccumulator(message.options);
      const state = acc.empty();
      message.journeys.forEach((journey, k) => acc.addJourney(state, journey, message.offset + k));
      post({ type: 'pool-state', id: message.id, state, count: message.journeys.length });
      return;
    }
    const cohort = cohortAccumulator(message.options);
    const state = cohort.empty();
    // The alignment reuses the cohort's analysis when it asks the same of it.
    const align = message.align ? alignAccumulator(message.align) : null;
    const alignState = align?.empty() ?? null;
    const same =
      message.align !== null &&
      message.align.asOf === message.options.asOf &&
      (message.align.ignoreGapsUpToDays ?? 0) === (message.options.ignoreGapsUpToDays ?? 0);
    // The facts reuse it too when they ask for the same reference day and no dropped gaps.
    const o = message.options;
    const factsSame =
      message.facts !== null &&
      message.facts.asOf === o.asOf &&
      (o.ignoreGapsUpToDays ?? 0) === 0 &&
      (o.cliffHorizonDays ?? 90) === 90;
    const facts: JourneyFacts[] | null = message.facts ? [] : null;
    message.journeys.forEach((journey, k) => {
      const index = message.offset + k;
      const analysis = cohort.analyze(journey);
      cohort.add(state, journey, analysis, index);
      if (align && alignState) align.add(alignState, journey, same ? analysis : align.analyze(journey), index);
      if (facts && message.facts)
        facts.push(journeyFacts(journey, index, message.facts, factsSame ? analysis : undefined));
    });
    const span = journeySpan(message.journeys, o.asOf);
    post({
      type: 'state',
      id: message.id,
      cohort: state,
      align: alignState,
      facts,
      span,
      count: message.journeys.length,
    });
  } catch (e) {
    post({ type: 'error', id: message.id, message: e instanceof Error ? e.message : String(e) });
  }
}
