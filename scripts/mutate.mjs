// `npm run mutate`: StrykerJS over src/domain and src/io/csv.ts, one part at a time (a file, or the
// catalogue's data files together), each with its own report and incremental file under
// reports/mutation/<part>/, then the summary of every part's report (scripts/mutation-summary.mjs).
// Incremental: a rerun tests only the mutants of changed code or changed tests, so a run that was
// stopped goes on where it was. On a shared 2-core machine:
//
//   nice -n 19 npm run mutate -- --concurrency 1          every part, in the order below
//   nice -n 19 npm run mutate -- intervals sickness        these parts only
//   npm run mutate -- --summary                            the summary of the reports there are
//
// Any other argument goes to `stryker run`. See docs/mutation.md.
import { spawnSync } from 'node:child_process';
import process from 'node:process';
import { mutatedFiles, partsOf } from './mutationLedger.mjs';

/** Smallest and most central first: what every analysis uses, then the analysis, then the rest. */
const FIRST = [
  'intervals',
  'effective',
  'sickness',
  'lastDay',
  'dates',
  'holidays',
  'parse',
  'csvJourneys',
  'analyze',
  'scenario',
  'compare',
];

/** [part name, files] for every file Stryker mutates (mutationLedger.mjs's `partsOf`), in the order above. */
function allParts() {
  // The catalogue last: its mutants are data read when the modules load, so each runs every test it is
  // given (vitest.mutate.config.ts gives it the tests about the catalogue's content only).
  const rank = (name) =>
    FIRST.includes(name) ? FIRST.indexOf(name) : name === 'catalogue' ? FIRST.length + 1 : FIRST.length;
  return [...partsOf(mutatedFiles())].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * What a part runs with besides the config. The disclosure search's tests took about 7 s a mutant
 * (the two seeded properties comparing it with the reference search, 10 cohorts each, were 3.7 s of
 * the 4.6 s uninstrumented), and about half its mutants slow the search past the timeout (2 × the
 * tests' time + `timeoutMS`): with the config's 20 s each waited 34 s and a restart, and Stryker
 * estimated the part at 2.5-3.7 hours. Here each property runs 3 cohorts (the same seeds, the first
 * three: the tests then take 1.4 s) and the timeout is 5 s over twice their time, still far above
 * what a busy machine adds to a correct search. Fewer cases can only let more mutants survive, and
 * each survivor is judged against the full tests (docs/mutation.md).
 */
const PART_ARGS = { 'cohort-disclosure': ['--timeoutMS', '5000'] };
const PART_ENV = { 'cohort-disclosure': { RESAN_MUTATE_RUNS: '3' } };

const args = process.argv.slice(2);
const summaryOnly = args.includes('--summary');
const parts = allParts();
const known = new Set(parts.map(([name]) => name));
const wanted = args.filter((a) => known.has(a));
const strykerArgs = args.filter((a) => !known.has(a) && a !== '--summary');

const failed = [];
if (!summaryOnly) {
  for (const [name, list] of parts) {
    if (wanted.length > 0 && !wanted.includes(name)) continue;
    console.log(`\n=== mutate ${name}: ${list.join(', ')}`);
    const r = spawnSync(
      'npx',
      ['stryker', 'run', '--incremental', '--mutate', list.join(','), ...(PART_ARGS[name] ?? []), ...strykerArgs],
      {
        stdio: 'inherit',
        env: { ...process.env, ...PART_ENV[name], MUTATE_PART: name },
      },
    );
    if (r.status !== 0) failed.push(name);
  }
}
const summary = spawnSync('node', ['scripts/mutation-summary.mjs'], { stdio: 'inherit' });
if (failed.length > 0) console.log(`\nStryker failed on: ${failed.join(', ')}`);
process.exit(failed.length > 0 || summary.status !== 0 ? 1 : 0);
