/**
 * `resan` on the command line (issue 27, point 4), run in this process: arguments and exit
 * codes, figures files equal to the domain's, bad files and rows named by file and row,
 * Windows-1252, progress off a terminal, merge and report.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  figuresFromJourneys,
  finishFigures,
  generateCohort,
  journeysFromCsvRows,
  readFigures,
  serializeCohort,
  serializeFigures,
} from '../src/domain';
import { MADE_AT, csvOf, put, resan, tempDir } from './cliHarness';
import { lazy } from '../src/domain/testing/lazy';

const ASOF = '2026-12-01';
const HEADER = ['deltagare', 'insats', 'start', 'slut', 'aktör'];

/** n participants with a försteg and a next step, in rows of whole participants. */
function rowsFor(n: number, offset = 0): string[][] {
  const rows: string[][] = [];
  for (let i = offset; i < offset + n; i++) {
    const ref = `P${i}`;
    const day = 1 + (i % 27);
    const month = String(1 + (i % 11)).padStart(2, '0');
    rows.push([ref, 'forsteg', `2025-${month}-${String(day).padStart(2, '0')}`, `2025-${month}-28`, '']);
    if (i % 4 !== 0) rows.push([ref, 'arbetspraktik', `2026-0${1 + (i % 8)}-01`, `2026-09-30`, 'af']);
  }
  return rows;
}

const fromCsv = (text: string) => journeysFromCsvRows(Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data);

const read = (path: string) => {
  const r = readFigures(readFileSync(path, 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.file;
};

describe('resan: arguments and exit codes', () => {
  it('--help explains every option in Swedish and English, exit 0', async () => {
    const r = await resan(['--help']);
    expect(r.code).toBe(0);
    for (const option of [
      '--as-of',
      '--label',
      '--out',
      '--ignore-gaps',
      '--cliff-horizon',
      '--from',
      '--to',
      '--workers',
      '--quiet',
      '--lang',
      '--json',
      '--csv',
    ])
      expect(r.out).toContain(option);
    expect(r.out).toContain('Slutkoder');
    expect(r.out).toContain('Exit codes');
  });

  it('wrong arguments exit 2 with the reason, in the language asked for', async () => {
    expect((await resan([])).code).toBe(2);
    const unknown = await resan(['sum', 'a.json']);
    expect([unknown.code, unknown.err]).toEqual([2, 'Fel argument: okänt kommando "sum". Se resan --help.\n']);
    const noDate = await resan(['figures', '-o', 'x.json', 'a.csv'], { lang: 'en_GB.UTF-8' });
    expect([noDate.code, noDate.err]).toEqual([2, 'Wrong arguments: --as-of is missing. See resan --help.\n']);
    expect((await resan(['figures', '--as-of', '2026-02-30', '-o', 'x.json', 'a.csv'])).code).toBe(2);
    expect((await resan(['figures', '--as-of', ASOF, '-o', 'x.json', '--from', 'ten', 'a.csv'])).code).toBe(2);
    expect((await resan(['figures', '--as-of', ASOF, '--bogus', 'a.csv'])).code).toBe(2);
    expect((await resan(['report', 'a.json'])).code).toBe(2);
  });
});

describe('resan figures', () => {
  it('writes the figures of the app’s CSV reader over several batches; progress off a terminal is plain lines', async () => {
    const dir = tempDir();
    const text = csvOf([HEADER, ...rowsFor(3000)]);
    const csv = put(dir, 'big.csv', text);
    const out = join(dir, 'out.json');
    const r = await resan(['figures', '--as-of', ASOF, '--label', 'Förbund A', '-o', out, csv]);
    expect(r.code).toBe(0);
    const expected = figuresFromJourneys(
      fromCsv(text).journeys,
      { asOf: ASOF },
      {
        label: 'Förbund A',
        madeAt: MADE_AT.toISOString(),
        resanVersion: '0.1.0',
        filters: null,
      },
    );
    expect(read(out)).toEqual(expected);
    expect(r.err).not.toContain('\r');
    // One plain line per tenth of the input read (bytes), with the journeys computed so far.
    expect(r.err.match(/^\d+ % – [\d\u202f]+ resor$/gm)?.length).toBeGreaterThanOrEqual(2);
    expect(r.err).toMatch(/^100 % – [\d\u202f]+ resor$/m);
    expect(r.err).toContain('Klart: 3\u202f000 resor från 1 filer');
    expect(r.err).toContain('omaskade tal');
  });

  it('draws a bar on a terminal, and nothing with --quiet', async () => {
    const dir = tempDir();
    const csv = put(dir, 'a.csv', csvOf([HEADER, ...rowsFor(20)]));
    const tty = await resan(['figures', '--as-of', ASOF, '-o', join(dir, 'o.json'), csv], { tty: true });
    expect(tty.err).toMatch(/\r\[#+-*\] 100 %/);
    const quiet = await resan(['figures', '--as-of', ASOF, '--quiet', '-o', join(dir, 'q.json'), csv], { tty: true });
    expect(quiet.err).not.toMatch(/%|Klart/);
  });

  it('reads Windows-1252 (å, ä, ö in the header and the kinds) and says so', async () => {
    const dir = tempDir();
    const text = csvOf([
      HEADER,
      ['P1', 'Försteg', '2025-01-01', '2025-01-31', 'Arbetsförmedlingen'],
      ['P1', 'Arbetspraktik', '2025-03-01', '2025-05-31', ''],
    ]);
    const bytes = Uint8Array.from([...text].map((c) => ({ ö: 0xf6, ä: 0xe4, å: 0xe5 })[c] ?? c.charCodeAt(0)));
    const out = join(dir, 'o.json');
    const r = await resan(['figures', '--as-of', ASOF, '-o', out, put(dir, 'latin.csv', bytes)]);
    expect(r.code).toBe(0);
    expect(r.err).toContain('notUtf8');
    expect(read(out).figures.waits.count).toBe(1);
    expect(read(out).figures.journeys).toBe(1);
  });

  it('names a row after blank lines by its row in the spreadsheet (blank lines are counted, not read)', async () => {
    const dir = tempDir();
    const lines = [HEADER.join(';'), '', ...rowsFor(2).map((r) => r.join(';')), ';;;;', '', 'Q9;magi;2025-01-01;;'];
    const csv = put(dir, 'tomma.csv', `${lines.join('\r\n')}\r\n`);
    const out = join(dir, 'o.json');
    const r = await resan(['figures', '--as-of', ASOF, '-o', out, csv]);
    expect(r.code).toBe(3);
    expect(r.err).toContain(`${csv} rad ${lines.length} (insats): unknownKind magi`);
    expect(read(out).figures.journeys).toBe(2);
  });

  it('names unreadable rows by file and row (past the first batch), leaves out a participant whose rows are not together, exits 3', async () => {
    const dir = tempDir();
    const good = rowsFor(1500);
    const bad = [
      ['Q9', 'magi', '2025-01-01', '', ''],
      ['Q10', 'forsteg', '2025-13-01', '', ''],
      ['P0', 'sfi', '2025-01-01', '', ''],
    ];
    const csv = put(dir, 'rows.csv', csvOf([HEADER, ...good, ...bad]));
    const out = join(dir, 'o.json');
    const r = await resan(['figures', '--as-of', ASOF, '-o', out, csv]);
    const first = good.length + 2;
    expect(r.code).toBe(3);
    expect(r.err).toContain(`${csv} rad ${first} (insats): unknownKind magi`);
    expect(r.err).toContain(`${csv} rad ${first + 1} (start): notDate 2025-13-01`);
    expect(r.err).toContain(`${csv} rad ${first + 2}: deltagare eller resa "P0" har redan lästs`);
    expect(read(out).figures.journeys).toBe(1500);
  });

  it('two participants under one journey id are two journeys, as the app reads them: the second repeats the first’s id and is left out', async () => {
    const dir = tempDir();
    const header = ['deltagare', 'resa', 'insats', 'start', 'slut'];
    const rows = [
      ['A1', 'j1', 'forsteg', '2025-01-01', '2025-02-01'],
      ['A1', 'j1', 'sfi', '2025-03-01', '2025-04-01'],
      ['B2', 'j1', 'forsteg', '2025-01-10', '2025-02-10'],
      ['C3', 'j3', 'forsteg', '2025-01-10', '2025-02-10'],
    ];
    const csv = put(dir, 'delad.csv', csvOf([header, ...rows]));
    const out = join(dir, 'o.json');
    const r = await resan(['figures', '--as-of', ASOF, '-o', out, csv]);
    expect(r.code).toBe(3);
    // Read as one journey before (rows grouped by journey id alone): B2's försteg joined A1's journey.
    expect(r.err).toContain(`${csv} rad 4: deltagare eller resa "j1" har redan lästs`);
    expect(read(out).figures.journeys).toBe(2);
  });

  it('writes nothing and exits 1 when a file is missing, refused or lacks a column', async () => {
    const dir = tempDir();
    const out = join(dir, 'o.json');
    const missing = await resan(['figures', '--as-of', ASOF, '-o', out, join(dir, 'nothing.csv')]);
    expect(missing.code).toBe(1);
    const bad = put(
      dir,
      'bad.json',
      '{"format":"journey","version":1,"id":"x","participant":{"ref":"r"},"interventions":[{"id":"a","kind":"sfi","start":"2025-02-30"}]}',
    );
    const refused = await resan(['figures', '--as-of', ASOF, '-o', out, bad]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(`${bad}: interventions[0].start:`);
    const noColumn = await resan([
      'figures',
      '--as-of',
      ASOF,
      '-o',
      out,
      put(dir, 'c.csv', 'deltagare;start\nP1;2025-01-01\n'),
    ]);
    expect(noColumn.code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('resan merge and report', () => {
  // Made in the first test that needs them, not while the tests are collected (testing/lazy.ts).
  const journeys = lazy(() => generateCohort(90, 11, ASOF));
  const dir = tempDir();
  const whole = lazy(() =>
    figuresFromJourneys(
      journeys(),
      { asOf: ASOF },
      { label: 'Alla', madeAt: MADE_AT.toISOString(), resanVersion: '0.1.0', filters: null },
    ),
  );
  const part = (name: string, from: number, to: number) =>
    put(dir, name, serializeCohort({ format: 'cohort', version: 1, journeys: journeys().slice(from, to) }));
  const parts = lazy(() => [part('a.json', 0, 30), part('b.json', 30, 31), part('c.json', 31, 90)]);

  it('figures of three parts (journey cohorts) merge to the figures of the whole', async () => {
    const outs = [];
    for (const [i, p] of parts().entries()) {
      const out = join(dir, `f${i}.json`);
      expect((await resan(['figures', '--as-of', ASOF, '--label', `Del ${i}`, '-o', out, p])).code).toBe(0);
      outs.push(out);
    }
    const total = join(dir, 'total.json');
    expect((await resan(['merge', ...outs, '--label', 'Alla', '-o', total])).code).toBe(0);
    // The merged file lists its sources (version 2); its figures are the whole's.
    const sources = [
      { label: 'Del 0', journeys: 30 },
      { label: 'Del 1', journeys: 1 },
      { label: 'Del 2', journeys: 59 },
    ];
    expect(read(total)).toEqual({ ...whole(), version: 2, provenance: { ...whole().provenance, sources } });
    expect(whole().version).toBe(1);
    const json = await resan(['report', total, '--json']);
    const pooled = finishFigures([whole()]);
    expect(JSON.parse(json.out)).toEqual({ ...pooled.figures, counts: pooled.counts, alignments: pooled.alignments });
    const csvDir = join(dir, 'tables');
    expect((await resan(['report', ...outs, '--csv', csvDir])).code).toBe(0);
    expect(readdirSync(csvDir)).toContain('handovers.csv');
    expect(readFileSync(join(csvDir, 'sources.csv'), 'utf8')).toContain('\r\nDel 1;<5;\r\n');
    // A merged file's sources.csv names the files it was made from, with the same small-cell rule.
    const mergedDir = join(dir, 'tables-merged');
    expect((await resan(['report', total, '--csv', mergedDir])).code).toBe(0);
    expect(readFileSync(join(mergedDir, 'sources.csv'), 'utf8')).toBe(
      '\uFEFFKälla;Resor;Sammanlagd av\r\nAlla;90;"Del 0 (30); Del 1 (<5); Del 2 (59)"\r\n',
    );
    // Headers and the overview's names follow --lang, Swedish by default, as the app's CSV.
    const overview = (d: string) => readFileSync(join(d, 'overview.csv'), 'utf8');
    expect(overview(csvDir)).toMatch(/^\uFEFFTal;Värde\r\nResor;90\r\nAvslutade resor;/);
    expect(readFileSync(join(csvDir, 'alignment-forstegEnd.csv'), 'utf8')).toMatch(
      /^\uFEFFDag från ankaret;Anställning;/,
    );
    const enDir = join(dir, 'tables-en');
    expect((await resan(['report', ...outs, '--csv', enDir, '--lang', 'en'])).code).toBe(0);
    expect(overview(enDir)).toMatch(/^\uFEFFFigure;Value\r\nJourneys;90\r\nClosed journeys;/);
    expect(readFileSync(join(enDir, 'sources.csv'), 'utf8')).toMatch(/^\uFEFFSource;Journeys;Merged from\r\n/);
  });

  it('refuses the same file twice, a changed file and another reference day, naming file and reason', async () => {
    const a = put(dir, 'same.json', serializeFigures(whole()));
    const twice = await resan(['merge', a, a, '-o', join(dir, 'x.json')]);
    expect([twice.code, twice.err]).toEqual([1, `${a} är samma fil som ${a}\n`]);
    const changed = put(dir, 'changed.json', serializeFigures(whole()).replace('"closed": ', '"closed": 1'));
    const r = await resan(['merge', a, changed, '-o', join(dir, 'x.json')], { lang: 'en' });
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${changed}: check: does not match the figures`);
    const other = put(
      dir,
      'other.json',
      serializeFigures(figuresFromJourneys(journeys(), { asOf: '2026-11-30' }, { ...whole().provenance, label: 'B' })),
    );
    const day = await resan(['merge', a, other, '-o', join(dir, 'x.json')]);
    expect([day.code, day.err]).toEqual([1, `${other} har en annan asOf än ${a}\n`]);
    expect(existsSync(join(dir, 'x.json'))).toBe(false);
  });
});
