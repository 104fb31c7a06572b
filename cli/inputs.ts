/**
 * Reading the input files of `resan figures` with the app's readers: a journey or cohort file
 * whole (at most 100 MB, as in the app), a CSV as a stream of rows in batches of whole
 * participants, decoded as UTF-8, UTF-16 (with a byte-order mark) or, when the bytes are not
 * UTF-8, Windows-1252. Nothing is kept of a batch once it is handed on.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import {
  CSV_LIMITS,
  type CsvRowProblem,
  type Issue,
  type Journey,
  MAX_FILE_BYTES,
  csvColumnsOf,
  findPersonnummer,
  journeysFromCsvRows,
  parseFile,
  personnummerInCsvCells,
} from '../src/domain';
import { decodeText, windows1252 } from '../src/domain/decode';
import type { Pool } from './pool';
import type { Seen } from './seen';

const BATCH_ROWS = 2000;
const BATCH_JOURNEYS = 500;

export type Events = {
  /** Bytes of input read so far, and journeys computed so far. */
  read(bytes: number): void;
  journeys(n: number): void;
  rows(file: string, problems: readonly CsvRowProblem[]): void;
  duplicateRows(file: string, row: number, key: string): void;
  duplicateJourney(file: string, index: number): void;
  refused(file: string, errors: readonly Issue[]): void;
  warnings(file: string, warnings: readonly Issue[]): void;
};

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The encoding of a file, read in pieces: a byte-order mark, else UTF-8 when every byte is. */
async function encodingOf(path: string): Promise<Encoding> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      if (first && chunk[0] === 0xff && chunk[1] === 0xfe) return 'utf-16le';
      if (first && chunk[0] === 0xfe && chunk[1] === 0xff) return 'utf-16be';
      first = false;
      utf8.decode(chunk, { stream: true });
    }
    utf8.decode();
    return 'utf-8';
  } catch (e) {
    if (e instanceof TypeError) return 'windows-1252';
    throw e;
  }
}

function decoder(encoding: Encoding, onBytes: (n: number) => void): Transform {
  const text = encoding === 'windows-1252' ? null : new TextDecoder(encoding);
  return new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      onBytes(chunk.length);
      done(null, text ? text.decode(chunk, { stream: true }) : windows1252(chunk));
    },
    flush(done) {
      done(null, text ? text.decode() : '');
    },
  });
}

export const looksLikeCsv = (path: string, head: string) =>
  /\.csv$/i.test(path) || (!/\.json$/i.test(path) && !['{', '['].includes(head.replace(/^\uFEFF/, '').trimStart()[0]));

/** A journey file or cohort file, whole. False when it is refused. */
async function readJsonFile(path: string, pool: Pool, seen: Seen, ev: Events): Promise<boolean> {
  const size = (await stat(path)).size;
  if (size > MAX_FILE_BYTES) {
    ev.refused(path, [{ path: '', code: 'tooLarge', message: 'the file is larger than 100 MB', params: { max: 100 } }]);
    return false;
  }
  const { text } = decodeText(new Uint8Array(await readFile(path)));
  ev.read(size);
  const r = parseFile(text);
  if (!r.ok) {
    ev.refused(path, r.errors);
    return false;
  }
  const journeys = r.kind === 'cohort' ? r.cohort.journeys : [r.journey];
  const warnings = [...r.warnings];
  journeys.forEach((j, i) => warnings.push(...findPersonnummer(j, r.kind === 'cohort' ? ['journeys', i] : [])));
  if (warnings.length > 0) ev.warnings(path, warnings);
  let batch: Journey[] = [];
  const flush = async () => {
    if (batch.length > 0) await pool.submit({ type: 'journeys', journeys: batch }, (res) => ev.journeys(res.journeys));
    batch = [];
  };
  for (const [i, j] of journeys.entries()) {
    if (seen.addAll([`i:${j.id}`, `r:${j.participant.ref}`])) ev.duplicateJourney(path, i);
    else batch.push(j);
    if (batch.length >= BATCH_JOURNEYS) await flush();
  }
  await flush();
  return true;
}

/**
 * A coordinator CSV as a stream. False when it is refused (its header lacks a required column).
 * While a batch waits for a worker, the parser and the stream of text pause, so no more of the
 * file is read than the batches in flight and the streams' buffers hold.
 */
async function readCsvFile(path: string, encoding: Encoding, pool: Pool, seen: Seen, ev: Events): Promise<boolean> {
  const source = createReadStream(path);
  const text = source.pipe(decoder(encoding, ev.read));
  text.setEncoding('utf8');
  let header: string[] | null = null;
  let keyOf: (row: string[]) => { group: string; key: string; id: string; ref: string } = () => ({
    group: '',
    key: '',
    id: '',
    ref: '',
  });
  let row = 0;
  let batch: { rows: string[][]; rowNumbers: number[] } = { rows: [], rowNumbers: [] };
  let current: string | null = null;
  let skipping = false;
  let refused = false;
  const flush = async () => {
    if (!header || batch.rows.length === 0) return;
    const b = { type: 'csv' as const, header, ...batch };
    batch = { rows: [], rowNumbers: [] };
    await pool.submit(b, (res) => {
      ev.journeys(res.journeys);
      if (res.problems.length > 0) ev.rows(path, res.problems);
    });
  };
  /** One row; a promise when the reading must wait for it. */
  const onRow = (cells: string[]): Promise<void> | null => {
    row++;
    // A blank line is passed over but counted, so that every problem is named by its row in the
    // spreadsheet (papaparse's skipEmptyLines numbered each row after one a row too early).
    if (cells.every((c) => c.trim() === '')) return null;
    if (header === null) {
      header = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
      const own = [...journeysFromCsvRows([header]).problems, ...personnummerInCsvCells([header])];
      if (own.length > 0) ev.rows(path, own);
      refused = own.some((p) => p.code === 'missingColumn');
      const columns = csvColumnsOf(header);
      const at = (c: string) => columns.indexOf(c as never);
      const [journeyAt, participantAt] = [at('journey'), at('participant')];
      keyOf = (r) => {
        const ref = (r[participantAt] ?? '').trim();
        const journey = journeyAt < 0 ? '' : (r[journeyAt] ?? '').trim();
        // One journey per participant and journey id, as the app's reader makes them (journeysFromCsvRows): two
        // participants under one journey id are two journeys, the second a duplicate of the first.
        return { group: `${ref}\u0000${journey}`, key: journey || ref, id: journey || `csv-${ref}`, ref };
      };
      return null;
    }
    if (cells.length > CSV_LIMITS.columns || cells.some((c) => c.length > CSV_LIMITS.cellLength)) {
      const wide = cells.length > CSV_LIMITS.columns;
      ev.rows(path, [{ row, column: null, code: wide ? 'tooManyColumns' : 'cellTooLong', value: '' }]);
      return null;
    }
    const { group, key, id, ref } = keyOf(cells);
    let wait: Promise<void> | null = null;
    if (group !== current) {
      if (batch.rows.length >= BATCH_ROWS) wait = flush();
      current = group;
      skipping = key !== '' && seen.addAll([`i:${id}`, `r:${ref}`]);
    }
    if (skipping) ev.duplicateRows(path, row, key);
    else {
      batch.rows.push(cells);
      batch.rowNumbers.push(row);
    }
    return wait;
  };
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(text as unknown as File, {
      step: (results, parser) => {
        const wait = onRow(results.data);
        if (refused) {
          parser.abort();
          source.destroy();
        } else if (wait) {
          // The parser's pause stops parsing; the stream's stops reading the file.
          parser.pause();
          text.pause();
          wait.then(() => {
            text.resume();
            parser.resume();
          }, reject);
        }
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  if (refused) return false;
  await flush();
  return true;
}

/** Reads one file into the pool. False when the file is refused or cannot be read. */
export async function readInput(path: string, pool: Pool, seen: Seen, ev: Events): Promise<boolean> {
  try {
    const encoding = await encodingOf(path);
    if (encoding === 'windows-1252')
      ev.warnings(path, [
        { path: '', code: 'notUtf8', message: 'the file was not UTF-8; it was read as Windows-1252' },
      ]);
    let head = '';
    for await (const chunk of createReadStream(path, { start: 0, end: 63 }) as AsyncIterable<Buffer>)
      head += chunk.toString('latin1');
    if (looksLikeCsv(path, encoding.startsWith('utf-16') ? head.replace(/\0/g, '') : head))
      return await readCsvFile(path, encoding, pool, seen, ev);
    return await readJsonFile(path, pool, seen, ev);
  } catch (e) {
    ev.refused(path, [{ path: '', code: 'notText', message: e instanceof Error ? e.message : String(e) }]);
    return false;
  }
}
