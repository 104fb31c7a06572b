// The domain-wide mutation score: each file's counts at its last Stryker run, from the JSON reports
// under reports/mutation/ (`npm run mutate` writes one per part) and the results kept in git
// (docs/mutation-results.json, scripts/mutationLedger.mjs). A report newer than the kept result
// replaces it, and the file is written back: commit it with the tests a run was for.
// Score = detected / (detected + survived + no coverage), detected = killed + timeout, as Stryker
// counts it; "ignored" are the mutants marked equivalent in the source. A row whose source has
// changed since its run says so. `--survivors` lists every surviving and uncovered mutant.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import process from 'node:process';
import { COLUMNS, mutatedFiles, partsOf, record, summarise } from './mutationLedger.mjs';

const ROOT = 'reports/mutation';
const LEDGER = 'docs/mutation-results.json';

const reports = [];
function walk(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name === 'mutation.json') reports.push({ path, ranAt: statSync(path).mtime.toISOString().slice(0, 19) });
  }
}
walk(ROOT);

const kept = existsSync(LEDGER) ? JSON.parse(readFileSync(LEDGER, 'utf8')) : { tool: 'StrykerJS', files: {} };
// Stryker leaves a file without a single mutant (type declarations, re-exports) out of its report, and a
// part of only such files has a report without files: each of them is recorded with no mutants, so that it
// counts as measured, not as missing (its source is today's: a file that gains mutants is "changed since").
const parts = partsOf(mutatedFiles());
function filesOf(path) {
  const files = JSON.parse(readFileSync(path, 'utf8')).files;
  const part = parts.get(basename(dirname(path))) ?? [];
  const empty = part.filter((f) => !(f in files) && existsSync(f));
  return { ...files, ...Object.fromEntries(empty.map((f) => [f, { mutants: [], source: readFileSync(f, 'utf8') }])) };
}
const recorded = record(
  kept,
  reports.map(({ path, ranAt }) => ({ ranAt, files: filesOf(path) })),
);
// A file no longer mutated (taken out of stryker.config.mjs's `mutate`, e.g. as test data) keeps no score.
const mutated = new Set(mutatedFiles());
const ledger = {
  ...recorded,
  files: Object.fromEntries(Object.entries(recorded.files).filter(([f]) => mutated.has(f))),
};
const text = `${JSON.stringify(ledger, null, 2)}\n`;
if (reports.length > 0 && (!existsSync(LEDGER) || readFileSync(LEDGER, 'utf8') !== text)) writeFileSync(LEDGER, text);

const { rows, total, changed } = summarise(ledger, (file) => (existsSync(file) ? readFileSync(file, 'utf8') : null));
if (rows.length === 0) {
  console.log(`No mutation results in ${LEDGER} or under ${ROOT}/ yet: run \`npm run mutate\`.`);
  process.exit(0);
}

const table = [
  ['file', ...COLUMNS, 'score', 'run on', 'code'],
  ...rows.map((r) => [r.file, ...COLUMNS.map((k) => String(r.counts[k])), r.score, r.ranOn, r.state]),
];
const totalRow = ['total', ...COLUMNS.map((k) => String(total.counts[k])), total.score, '', ''];
const widths = table[0].map((_, i) => Math.max(...[...table, totalRow].map((r) => r[i].length)));
const line = (r) =>
  r.map((cell, i) => (i === 0 || i >= r.length - 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(`\nMutation score per file at its last run (${LEDGER}, ${reports.length} report(s) under ${ROOT}/)\n`);
table.forEach((r) => console.log(line(r)));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
console.log(line(totalRow));

const measured = new Set(rows.map((r) => r.file));
const missing = mutatedFiles().filter((f) => !measured.has(f));
console.log(
  `\n${rows.length} of ${rows.length + missing.length} files measured; ${changed} changed since their run (rerun them).`,
);
if (missing.length > 0) console.log(`Not measured: ${missing.join(', ')}`);
if (process.argv.includes('--survivors')) {
  console.log('\nSurvived or not covered, at each file’s last run:');
  for (const [file, entry] of Object.entries(ledger.files)) {
    for (const s of entry.survivors) console.log(`  ${file}:${s.line} ${s.status} ${s.mutator}: ${s.replacement}`);
  }
}
