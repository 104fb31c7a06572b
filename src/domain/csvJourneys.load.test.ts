/**
 * csvJourneys.ts once built its look-ups (column names, kinds, actors, yes and no) while it loaded. A
 * mutant that broke one made the module throw as it loaded (10 survivors of the first mutation run:
 * 4, 85, 91, 94, 100-102, 104, 105, 107): every test file that imports it then failed to load, which
 * StrykerJS's vitest runner does not count as a failed test. The look-ups are now built for each
 * reading, inside the tests; this file still imports the module inside a test, so that a throw while
 * loading fails this test. So it imports neither the module nor ./index at its top.
 */
import { expect, it } from 'vitest';

it('loads, and reads a column, a kind, an actor and a yes or no by their names', async () => {
  const { journeysFromCsvRows } = await import('./csvJourneys');
  const r = journeysFromCsvRows([
    ['Deltagare', 'Insats', 'Start', 'Aktör', 'Vid sidan av'],
    ['P-1', 'Komvux', '2025-02-03', 'Kommunen', 'nej'],
  ]);
  expect(r.problems).toEqual([]);
  expect(r.journeys[0].interventions).toEqual([
    { id: 'r2', kind: 'komvux', start: '2025-02-03', actor: 'kommun', parallel: false },
  ]);
});
