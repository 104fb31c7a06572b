/**
 * `resan`: figures files on the command line (issue 27, point 4). `figures` reads journeys and
 * writes a figures file, `merge` adds figures files up, `report` prints or tabulates merged
 * figures. The same domain code as the app; messages from the catalogue in Swedish or English.
 * Exit codes: 0 done, 1 nothing written, 2 wrong arguments, 3 written with rows or journeys
 * left out.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import {
  type FiguresFile,
  type Issue,
  type PoolOptions,
  checkFit,
  finishFigures,
  isIsoDate,
  mergeFigures,
  poolOptions,
  readFigures,
  serializeFigures,
  toFiguresFile,
} from '../src/domain';
import { decodeText } from '../src/domain/decode';
import { version } from '../package.json';
import { type Events, readInput } from './inputs';
import { type Pool, inlinePool, threadPool } from './pool';
import { type ErrStream, progress } from './progress';
import { reportTables, writeReport } from './report';
import { HELP, type Say, languageOf, sayer } from './say';
import { Seen } from './seen';

export type Env = {
  stdout: { write(s: string): unknown };
  stderr: ErrStream;
  env: Record<string, string | undefined>;
  /** The worker's bundled script; null computes in this thread. */
  workerUrl: URL | null;
  now: () => Date;
};

export const EXIT = { done: 0, notWritten: 1, usage: 2, leftOut: 3 } as const;

class Usage extends Error {}

const OPTIONS = {
  'as-of': { type: 'string' },
  label: { type: 'string' },
  out: { type: 'string', short: 'o' },
  'ignore-gaps': { type: 'string' },
  'cliff-horizon': { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  workers: { type: 'string' },
  quiet: { type: 'boolean' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  csv: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

function integer(values: Values, name: keyof Values, say: Say): number | undefined {
  const v = values[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^-?\d+$/.test(v)) throw new Usage(say('badNumber', { option: `--${name}` }));
  return Number(v);
}

const need = <T>(v: T | undefined, option: string, say: Say): T => {
  if (v === undefined) throw new Usage(say('missingOption', { option }));
  return v;
};

function issueLines(
  file: string,
  errors: readonly Issue[] | readonly { path: string; code: string; message: string }[],
  say: Say,
) {
  return errors.map((e) => {
    const own =
      e.code === 'changed' || e.code === 'doesNotAddUp'
        ? say(`figuresIssue.${e.code}`, { message: e.message })
        : e.message;
    return say('problem', { file, path: e.path || '–', message: own });
  });
}

async function figures(files: string[], values: Values, say: Say, io: Env): Promise<number> {
  const asOf = need(values['as-of'], '--as-of', say);
  if (!isIsoDate(asOf)) throw new Usage(say('badDate'));
  const out = need(values.out, '-o', say);
  if (files.length === 0) throw new Usage(say('noFiles'));
  const options: PoolOptions = poolOptions({
    asOf,
    ignoreGapsUpToDays: integer(values, 'ignore-gaps', say),
    cliffHorizonDays: integer(values, 'cliff-horizon', say),
    from: integer(values, 'from', say),
    to: integer(values, 'to', say),
  });
  if (options.from > 0 || options.to < 0 || options.ignoreGapsUpToDays < 0 || options.cliffHorizonDays < 0)
    throw new Usage(say('badNumber', { option: '--from/--to' }));
  const threads = integer(values, 'workers', say) ?? availableParallelism();
  const pool: Pool = io.workerUrl && threads > 0 ? threadPool(options, threads, io.workerUrl) : inlinePool(options);
  let total = 0;
  for (const f of files) total += (await stat(f).catch(() => ({ size: 0 }))).size;
  const bar = progress(io.stderr, total, say, values.quiet === true);
  let bytes = 0;
  let journeys = 0;
  let leftOut = 0;
  let refused = false;
  const line = (s: string) => io.stderr.write(`${io.stderr.isTTY && values.quiet !== true ? '\n' : ''}${s}\n`);
  const ev: Events = {
    read: (n) => {
      bytes += n;
      bar.update(bytes, journeys);
    },
    journeys: (n) => {
      journeys += n;
      bar.update(bytes, journeys);
    },
    rows: (file, problems) => {
      for (const p of problems) {
        // A personnummer is a remark, as in the app: its row is still read.
        if ((p.row > 1 && p.code !== 'personnummer') || p.code === 'missingColumn') leftOut++;
        const column = p.column ? ` (${p.column})` : '';
        line(say('row', { file, row: p.row, column, code: p.issue?.message ?? p.code, value: p.value }));
      }
    },
    duplicateRows: (file, row, key) => {
      leftOut++;
      line(say('duplicate', { file, row, key }));
    },
    duplicateJourney: (file, index) => {
      leftOut++;
      line(say('duplicateJourney', { file, index }));
    },
    refused: (file, errors) => {
      refused = true;
      line(say('refused', { file }));
      for (const l of issueLines(file, errors, say)) line(l);
    },
    warnings: (file, warnings) => {
      const codes = [...new Set(warnings.map((w) => w.code))].join(', ');
      line(say('warnings', { file, count: warnings.length, codes }));
    },
  };
  const seen = new Seen();
  for (const f of files) if (!(await readInput(f, pool, seen, ev))) refused = true;
  const state = await pool.finish();
  bar.end(journeys, files.length);
  if (refused) return EXIT.notWritten;
  const file = toFiguresFile(state, options, {
    label: values.label ?? '',
    madeAt: io.now().toISOString(),
    resanVersion: version,
    filters: null,
  });
  await writeFile(out, serializeFigures(file));
  io.stderr.write(`${say('wrote', { file: out })} ${say('notice')}\n`);
  if (leftOut > 0) {
    io.stderr.write(`${say('skipped', { count: leftOut })}\n`);
    return EXIT.leftOut;
  }
  return EXIT.done;
}

/** Reads and fits figures files; null (with the reasons on standard error) when any is refused or does not fit. */
async function readAll(paths: string[], say: Say, io: Env): Promise<FiguresFile[] | null> {
  if (paths.length === 0) throw new Usage(say('noFiles'));
  const files: FiguresFile[] = [];
  let ok = true;
  for (const path of paths) {
    let text: string;
    try {
      text = decodeText(new Uint8Array(await readFile(path))).text;
    } catch (e) {
      io.stderr.write(`${say('cannotRead', { file: path, detail: e instanceof Error ? e.message : String(e) })}\n`);
      ok = false;
      continue;
    }
    const r = readFigures(text);
    if (r.ok) files.push(r.file);
    else {
      ok = false;
      io.stderr.write(`${[say('refused', { file: path }), ...issueLines(path, r.errors, say)].join('\n')}\n`);
    }
  }
  if (!ok) return null;
  const fit = checkFit(files);
  const name = (i: number) => paths[i];
  for (const w of fit.warnings)
    io.stderr.write(`${say(`fit.${w.code}`, { file: name(w.file), first: name(w.first) })}\n`);
  for (const p of fit.problems)
    io.stderr.write(
      `${say(`fit.${p.code}`, { file: name(p.file), first: name(p.first), option: p.code === 'differentOptions' ? p.option : '' })}\n`,
    );
  return fit.problems.length > 0 ? null : files;
}

async function merge(paths: string[], values: Values, say: Say, io: Env): Promise<number> {
  const out = need(values.out, '-o', say);
  const files = await readAll(paths, say, io);
  if (!files) return EXIT.notWritten;
  const merged = mergeFigures(files, {
    label:
      values.label ??
      files
        .map((f) => f.provenance.label)
        .join(' + ')
        .slice(0, 200),
    madeAt: io.now().toISOString(),
    resanVersion: version,
    filters: files[0].provenance.filters,
  });
  await writeFile(out, serializeFigures(merged));
  io.stderr.write(`${say('wrote', { file: out })} ${say('notice')}\n`);
  return EXIT.done;
}

async function report(paths: string[], values: Values, say: Say, io: Env): Promise<number> {
  if (values.json !== true && values.csv === undefined) throw new Usage(say('oneOfJsonCsv'));
  const files = await readAll(paths, say, io);
  if (!files) return EXIT.notWritten;
  const pooled = finishFigures(files);
  if (values.json === true)
    io.stdout.write(
      `${JSON.stringify({ ...pooled.figures, counts: pooled.counts, alignments: pooled.alignments }, null, 2)}\n`,
    );
  if (values.csv !== undefined) {
    const sources = files.map(({ provenance: p }) => ({ label: p.label, journeys: p.journeys, from: p.sources }));
    const names = await writeReport(values.csv, reportTables(pooled, sources, languageOf(values.lang, io.env)));
    io.stderr.write(`${names.map((n) => say('wrote', { file: `${values.csv}/${n}` })).join('\n')}\n`);
  }
  return EXIT.done;
}

export async function main(argv: readonly string[], io: Env): Promise<number> {
  let say = sayer(languageOf(undefined, io.env));
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    });
    say = sayer(languageOf(values.lang, io.env));
    const [command, ...files] = positionals;
    if (values.help === true || command === undefined || command === 'help') {
      io.stdout.write(`${HELP.sv}\n\n---\n\n${HELP.en}\n`);
      return command === undefined && values.help !== true ? EXIT.usage : EXIT.done;
    }
    if (command === 'figures') return await figures(files, values, say, io);
    if (command === 'merge') return await merge(files, values, say, io);
    if (command === 'report') return await report(files, values, say, io);
    throw new Usage(say('unknownCommand', { value: command }));
  } catch (e) {
    if (e instanceof Usage || (e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr.write(`${say('usage', { detail: e.message })}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT.notWritten;
  }
}
