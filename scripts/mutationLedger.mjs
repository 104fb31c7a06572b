// The mutation results kept in git (docs/mutation-results.json): each file's counts and surviving
// mutants at its last Stryker run, with the SHA-256 of the source that run mutated. Stryker's reports
// (reports/mutation/) are not committed and a run of every part takes hours, so without this a fresh
// clone, or the next sitting on a fresh machine, would know no score at all. The summary marks a file
// whose source has changed since its run: its row is then the last measurement, not the code's.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Not domain logic (as in stryker.config.mjs): tests, benchmarks, the tests' builders, the cohort generator (with its draft) and its data. */
const SKIP = /\.(test|bench)\.ts$|^src\/domain\/testing\/|^src\/domain\/cohort\/(generate|draft|prng|fixtures)\.ts$/;

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Every file Stryker mutates (stryker.config.mjs's `mutate`), sorted. */
export function mutatedFiles() {
  return [...files('src/domain'), 'src/io/csv.ts'].filter((f) => f.endsWith('.ts') && !SKIP.test(f)).sort();
}

/**
 * The parts `npm run mutate` runs, by name, each with its files: a file is a part of its own (`cohort-waits`
 * for src/domain/cohort/waits.ts, `io-csv` for src/io/csv.ts), except the catalogue's and the pool's files,
 * one part per folder (one initial test run for the folder instead of one per file). The
 * cohort's files are a part each: its 1,500 mutants take hours on this machine, and a part stopped before
 * its end keeps nothing.
 */
export function partsOf(files) {
  const parts = new Map();
  for (const file of files) {
    const rel = file.replace(/^src\/domain\//, '').replace(/\.ts$/, '');
    const folder = /^(catalogue|pool)\//.exec(rel)?.[1];
    const name = folder ?? rel.replace(/^src\//, '').replaceAll('/', '-');
    parts.set(name, [...(parts.get(name) ?? []), file]);
  }
  return parts;
}

export const COLUMNS = ['mutants', 'killed', 'timeout', 'survived', 'no coverage', 'ignored', 'errors'];

const STATUS = {
  Killed: 'killed',
  Timeout: 'timeout',
  Survived: 'survived',
  NoCoverage: 'no coverage',
  Ignored: 'ignored',
  CompileError: 'errors',
  RuntimeError: 'errors',
};

export const zero = () => Object.fromEntries(COLUMNS.map((c) => [c, 0]));

export function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * One file of a Stryker JSON report as a ledger entry: when it ran (ISO, to the second), the source's
 * hash, the count per column and every mutant that survived or had no test (line, mutator, replacement).
 */
export function entryFromReport({ mutants, source }, ranAt) {
  const counts = zero();
  const survivors = [];
  for (const m of mutants) {
    const column = STATUS[m.status] ?? 'errors';
    counts.mutants++;
    counts[column]++;
    if (column === 'survived' || column === 'no coverage') {
      survivors.push({
        line: m.location.start.line,
        status: m.status,
        mutator: m.mutatorName,
        replacement: (m.replacement ?? '').replace(/\s+/g, ' '),
      });
    }
  }
  survivors.sort((a, b) => a.line - b.line || a.mutator.localeCompare(b.mutator));
  return { ranAt, sourceSha256: sha256(source), counts, survivors };
}

/** The ledger with each report's files put in where the report is newer than what the ledger holds. */
export function record(ledger, reports) {
  const files = { ...ledger.files };
  for (const { ranAt, files: reported } of reports) {
    for (const [file, data] of Object.entries(reported)) {
      if (files[file] && files[file].ranAt >= ranAt) continue;
      files[file] = entryFromReport(data, ranAt);
    }
  }
  return {
    ...ledger,
    files: Object.fromEntries(
      Object.keys(files)
        .sort()
        .map((f) => [f, files[f]]),
    ),
  };
}

/** Detected / (detected + survived + no coverage), as Stryker counts it; "–" when nothing counts. */
export function score(c) {
  const valid = c.killed + c.timeout + c.survived + c['no coverage'];
  return valid === 0 ? '–' : `${((100 * (c.killed + c.timeout)) / valid).toFixed(1)} %`;
}

/**
 * The summary's rows: one per file measured (its counts, score, the day it ran and whether the code is
 * still the code that ran), then the total. `currentSource(file)` gives today's source or null.
 */
export function summarise(ledger, currentSource) {
  const rows = [];
  const total = zero();
  let changed = 0;
  for (const [file, entry] of Object.entries(ledger.files)) {
    const now = currentSource(file);
    const state = now === null ? 'gone' : sha256(now) === entry.sourceSha256 ? 'as run' : 'changed since';
    if (state === 'gone') continue;
    if (state !== 'as run') changed++;
    for (const k of COLUMNS) total[k] += entry.counts[k];
    rows.push({ file, counts: entry.counts, score: score(entry.counts), ranOn: entry.ranAt.slice(0, 10), state });
  }
  return { rows, total: { counts: total, score: score(total) }, changed };
}
