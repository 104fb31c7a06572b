// Mutation testing (issue 29): `npm run mutate`, or a part of the domain at a time on a small
// machine, e.g. `npm run mutate -- --mutate src/domain/analyze.ts`. Not part of `npm test`: it is slow.
// The report is written under reports/mutation/ (ignored by git). Equivalent mutants are marked in
// the source with `// Stryker disable next-line <mutator>: <reason>`, one by one, never in bulk.
//
// A part at a time: `MUTATE_PART=sickness npx stryker run --incremental --concurrency 1 --mutate
// src/domain/sickness.ts` writes its report and incremental file under reports/mutation/sickness/,
// so the parts do not overwrite each other and a rerun tests only the mutants of changed code.
import process from 'node:process';

const part = process.env.MUTATE_PART;
const out = part ? `reports/mutation/${part}` : 'reports/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // MUTATE_RELATED=0 turns off vitest's search for the test files related to the mutated file: the
  // initial run then takes every test once (a minute more); each mutant still runs only the tests
  // that reached it. Used for the parse and analyze runs of 2026-12-06; not measured as faster.
  vitest: { configFile: 'vitest.mutate.config.ts', related: process.env.MUTATE_RELATED !== '0' },
  mutate: [
    'src/domain/**/*.ts',
    'src/io/csv.ts',
    // Tests and benchmarks are not the code under test.
    '!src/domain/**/*.test.ts',
    '!src/domain/**/*.bench.ts',
    // Synthetic data for tests and benchmarks, not domain logic: a mutant there changes the test
    // data, not a rule (generate.ts is the seeded cohort generator, prng.ts its random numbers,
    // draft.ts the generator's journey under construction, used by generate.ts alone,
    // fixtures.ts the hand-made cohorts of the unit tests, testing/ the builders the unit tests
    // share). Mutating them is noise.
    '!src/domain/cohort/generate.ts',
    '!src/domain/cohort/draft.ts',
    '!src/domain/cohort/prng.ts',
    '!src/domain/cohort/fixtures.ts',
    '!src/domain/testing/**',
  ],
  // Each mutant runs only the tests that reach it; two cores, shared.
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // A few property and fuzz tests take seconds on a busy machine.
  timeoutMS: 20_000,
  timeoutFactor: 2,
  // The initial run takes every related test once; on a busy machine the cohort's took over Stryker's 5
  // minutes, which stopped the part before any mutant ran.
  dryRunTimeoutMinutes: 30,
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  // docs/ is copied (tests/formatDoc.test.ts reads docs/format.md and checks its links), its screenshots not.
  ignorePatterns: ['dist', 'dist-*', 'reports', 'playwright-report', 'test-results*', 'docs/*.png', 'bench/results'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  incrementalFile: `${out}/stryker-incremental.json`,
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: true, reportScoreTable: true },
  thresholds: { high: 90, low: 80, break: null },
};
