/**
 * Issue 25, item 12: the worker's part of reading 20,000 rows of 1,000 escaped quotes
 * (papaparse, the limits, the rows, the problems made one). Measured, never asserted
 * (`npm run bench`); quoteBomb.test.ts checks what comes of it on 2,000 rows.
 */
import { bench } from 'vitest';
import { readCohortFiles } from './cohortClient';

const cell = `"${'""'.repeat(1000)}"`;
const lines = ['deltagare;insats;startdatum'];
for (let i = 1; i <= 20_000; i++) lines.push(`P-${i};${cell};2026-01-12`);
const text = lines.join('\r\n') + '\r\n';

bench(
  'read 20,000 rows of 1,000 escaped quotes',
  async () => {
    await readCohortFiles([new File([text], 'quotes.csv', { type: 'text/csv' })]);
  },
  { iterations: 1, warmupIterations: 0 },
);
