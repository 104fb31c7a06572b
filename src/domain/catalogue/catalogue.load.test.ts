/**
 * The catalogue loads (issue #29). A mistake in how its tables are built (BUILT_IN_KINDS made of
 * nothing) throws while the module loads: every test file that imports it then fails to load, which
 * `npm test` reports, but a mutation run's test runner counts no failed test, because none ran. Here
 * the module is imported inside the test, so that such a mistake fails a test.
 */
import { expect, it } from 'vitest';

it('loads, with every built-in kind and actor named by its id', async () => {
  const catalogue = await import('./index');
  expect(catalogue.BUILT_IN_KINDS.length).toBeGreaterThan(20);
  expect(catalogue.BUILT_IN_KINDS.every((k) => catalogue.BUILT_IN_KIND_IDS.has(k.id))).toBe(true);
  expect(catalogue.BUILT_IN_ACTORS.every((a) => catalogue.BUILT_IN_ACTOR_IDS.has(a.id))).toBe(true);
});
