/**
 * How fast the cohort figures are (`npm run bench`): analyzeCohort on 1,000, 10,000 and
 * 100,000 generated journeys, and alignCohort on 10,000. Measured, never asserted. The
 * journeys are generated once, outside the timed functions. Targets (issue 9, this 2-core
 * machine): 10,000 journeys ≤ 1.5 s, 100,000 ≤ 15 s.
 */
import { bench, describe } from 'vitest';
import { alignCohort, analyzeCohort } from './index';
import { generateCohort } from './generate';

const ASOF = '2026-03-02';
const SEED = 2026;

for (const n of [1_000, 10_000, 100_000]) {
  const journeys = generateCohort(n, SEED, ASOF);
  // Few rounds for the large cohorts: each one takes seconds.
  const options =
    n >= 100_000
      ? { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 }
      : n >= 10_000
        ? { iterations: 5, time: 0 }
        : {};
  describe(`${n.toLocaleString('en')} journeys`, () => {
    bench('analyzeCohort', () => void analyzeCohort(journeys, { asOf: ASOF }), options);
    if (n === 10_000) {
      bench(
        'alignCohort forstegEnd −90..365',
        () => void alignCohort(journeys, { asOf: ASOF, anchor: 'forstegEnd', from: -90, to: 365 }),
        options,
      );
    }
  });
}
