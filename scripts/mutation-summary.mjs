// The domain-wide mutation score from the JSON reports under reports/mutation/ (`npm run mutate`
// writes one per part): killed, survived, no coverage, ignored and score per file and in total.
// Score = detected / (detected + survived + no coverage), detected = killed + timeout, as Stryker
// counts it; "ignored" are the mutants marked equivalent in the source. A file in more than one
// report is read from the newest. `--survivors` lists every surviving and uncovered mutant.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';

const ROOT = 'reports/mutation';
const reports = [];
function walk(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name === 'mutation.json') reports.push({ path, time: statSync(path).mtimeMs });
  }
}
walk(ROOT);
reports.sort((a, b) => a.time - b.time);

/** file → its mutants, from the newest report that has the file. */
const byFile = new Map();
for (const { path } of reports) {
  const report = JSON.parse(readFileSync(path, 'utf8'));
  for (const [file, { mutants }] of Object.entries(report.files)) byFile.set(file, mutants);
}
if (byFile.size === 0) {
  console.log(`No mutation reports under ${ROOT}/ yet: run \`npm run mutate\`.`);
  process.exit(0);
}

const COLUMNS = ['mutants', 'killed', 'timeout', 'survived', 'no coverage', 'ignored', 'errors'];
const STATUS = {
  Killed: 'killed',
  Timeout: 'timeout',
  Survived: 'survived',
  NoCoverage: 'no coverage',
  Ignored: 'ignored',
  CompileError: 'errors',
  RuntimeError: 'errors',
};
const zero = () => Object.fromEntries(COLUMNS.map((c) => [c, 0]));
function score(c) {
  const valid = c.killed + c.timeout + c.survived + c['no coverage'];
  return valid === 0 ? '–' : `${((100 * (c.killed + c.timeout)) / valid).toFixed(1)} %`;
}

const rows = [];
const total = zero();
const survivors = [];
for (const file of [...byFile.keys()].sort()) {
  const c = zero();
  for (const m of byFile.get(file)) {
    const column = STATUS[m.status] ?? 'errors';
    c.mutants++;
    c[column]++;
    if (column === 'survived' || column === 'no coverage') {
      survivors.push(`${file}:${m.location.start.line} ${m.status} ${m.mutatorName}: ${m.replacement ?? ''}`);
    }
  }
  for (const k of COLUMNS) total[k] += c[k];
  rows.push([file, ...COLUMNS.map((k) => String(c[k])), score(c)]);
}
rows.push(['total', ...COLUMNS.map((k) => String(total[k])), score(total)]);

const header = ['file', ...COLUMNS, 'score'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(`\nMutation score of the files measured (${reports.length} report(s) under ${ROOT}/)\n`);
console.log(line(header));
rows.forEach((r, i) => {
  if (i === rows.length - 1) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  console.log(line(r));
});
if (process.argv.includes('--survivors')) {
  console.log(`\nSurvived or not covered (${survivors.length}):`);
  survivors.forEach((s) => console.log(`  ${s.replace(/\s+/g, ' ')}`));
}
