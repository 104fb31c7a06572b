/**
 * The unit tests StrykerJS runs against the mutants of `src/domain` and `src/io/csv.ts`
 * (`npm run mutate`, stryker.config.mjs): the domain's own tests, the repository-level ones and
 * the CSV reader's. The app's tests (components, store, workers) exercise the domain through the
 * UI and are left to `npm test`: importing React and the store for each mutant would make a run
 * on this 2-core machine take hours. Modules are kept between test files (`isolate: false`):
 * Stryker switches mutants at run time, so the domain need not be imported afresh for each.
 *
 * Mutation mode, for speed (a mutant runs every test that reaches it): `fast-check` is replaced by
 * tests/mutate/fastCheck.ts, which runs each property at most `RESAN_MUTATE_RUNS` times (50 unless
 * set; 0 = as the test asks), and `RESAN_MUTATE=1` tells the importer fuzzing to mutate 300 files
 * instead of 3,000. Same seeds, fewer cases; `npm test` runs them in full.
 */
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vite.config';

/**
 * The catalogue's part (`npm run mutate -- catalogue`) runs against the tests about what the catalogue
 * says, not every test: its mutants change data read when the modules load (Stryker's "static"
 * mutants), and each of those runs every test it is given, which over all the tests took hours. These
 * read the catalogue's every name, limit and source (the generated tables in docs/format.md), its rules
 * in force on given days (the law tests, resolve), and what they make of journeys (the analysis's
 * mutants, effective periods, the shared examples). A catalogue mutant that only a test outside this list
 * would catch counts as survived: the score is the lower for it, never the higher.
 */
const CATALOGUE_TESTS = [
  'src/domain/catalogue/catalogue.mutants.test.ts',
  'src/domain/catalogue/index.mutants.test.ts',
  'src/domain/catalogue/catalogue.load.test.ts',
  'tests/formatDoc.test.ts',
  'src/domain/law2026.test.ts',
  'src/domain/law2026-12.test.ts',
  'src/domain/resolve.mutants.test.ts',
  'src/domain/analyze.mutants.test.ts',
  'src/domain/effective.mutants.test.ts',
  'src/domain/examples.test.ts',
];
/**
 * The disclosure search's part (`npm run mutate -- cohort-disclosure`) runs against the tests about the
 * small-cell rule, not every test: every view of every cohort test goes through the search, so each of
 * its 321 mutants ran about 900 tests (3 minutes), and a mutant that slows the search ran them to their
 * timeout (Stryker's estimate for the part: 17 hours). These compare the search with the reference
 * search kept beside it (suppressSpeed: every view of seeded cohorts, the demo's matrix), check that no
 * hidden count can be worked out (the audit, on seeded cohorts and the pool), and hold the rule to
 * section 7 and the shared examples; disclosure.mutants.test.ts holds the search to brute force and counts
 * its work, and disclosureReference.test.ts to the reference search on larger systems. As for the catalogue, a mutant only another test would catch counts as survived.
 */
const DISCLOSURE_TESTS = [
  'src/domain/cohort/disclosure.mutants.test.ts',
  'tests/disclosureReference.test.ts',
  'tests/suppressSpeed.test.ts',
  'tests/cohortAudit.test.ts',
  'src/domain/cohort/suppress.test.ts',
  'src/domain/cohort/suppress.mutants.test.ts',
  'src/domain/cohort/chronogramSuppress.test.ts',
  'src/domain/pool/views.mutants.test.ts',
  'src/domain/examples.test.ts',
];
/** Parts that run a chosen list of tests instead of every test (see above). */
const FOCUSED: Record<string, string[]> = { catalogue: CATALOGUE_TESTS, 'cohort-disclosure': DISCLOSURE_TESTS };
const ALL_TESTS = ['src/domain/**/*.test.ts', 'tests/**/*.test.ts', 'src/io/csv.test.ts', 'src/io/decode.test.ts'];

// Spread, not mergeConfig: that would append these test files to the app's instead of replacing them.
export default defineConfig({
  ...base,
  resolve: {
    ...base.resolve,
    alias: [
      { find: /^fast-check$/, replacement: fileURLToPath(new URL('./tests/mutate/fastCheck.ts', import.meta.url)) },
    ],
  },
  test: {
    ...base.test,
    // One group of its own, not the app's two (vite.config.ts).
    projects: undefined,
    include: FOCUSED[process.env.MUTATE_PART ?? ''] ?? ALL_TESTS,
    // Not about the domain's behaviour, so no mutant can be caught by them, and some read the
    // sources as text (which Stryker has instrumented): the shape of the code (file length,
    // folder cycles, layers, the README's links) and the command line run as a child process,
    // which never sees the mutant switched on in this one. npm test runs them all.
    exclude: [
      ...configDefaults.exclude,
      'tests/fileLength.test.ts',
      'tests/folderCycles.test.ts',
      'tests/layersRule.test.ts',
      'tests/readmeLinks.test.ts',
      'tests/cliBin.test.ts',
    ],
    isolate: false,
    // Kept values (a year's holidays) are forgotten before each test, so no mutant is hidden by one.
    setupFiles: ['tests/mutate/setup.ts'],
    // The initial run takes every test once, under `nice -n 19` on a shared machine: a slow
    // property test (tests/suppressSpeed.test.ts, the faster search against its reference) timed
    // out at npm test's 60 s there and stopped the run. Stryker sets each mutant's own timeout
    // from the initial run's times (timeoutMS, timeoutFactor in stryker.config.mjs).
    testTimeout: 600_000,
    env: { RESAN_MUTATE: '1' },
  },
});
