/** Saved cohorts in their own database: all or nothing, replace across cohorts, delete with its journeys. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { generateCohort } from '../domain';
import {
  deleteCohort,
  identitiesOf,
  listCohorts,
  loadCohortRecord,
  packIdentities,
  saveCohort,
  savedIdentities,
} from './cohortStorage';

const asOf = '2026-06-01';
const journeys = generateCohort(2_500, 3, asOf);
const meta = (key: string) => ({
  key,
  name: key,
  sources: [`${key}.json`],
  loadedAt: `2026-06-01T10:00:0${key.length}Z`,
});

describe('cohort storage', () => {
  it('saves and reads back a cohort in chunks, every journey checked, in order', async () => {
    expect(await saveCohort(meta('a'), journeys)).toEqual({ ok: true, removed: 0 });
    const back = await loadCohortRecord('a');
    expect(back?.unreadable).toBe(0);
    expect(back?.journeys).toEqual(journeys);
    expect(back?.meta).toMatchObject({ name: 'a', count: 2_500 });
  });

  it('replace: takes the replaced journeys out of the cohort they were in, in the same save', async () => {
    const again = journeys.slice(0, 10);
    const r = await saveCohort(
      meta('bb'),
      again,
      again.map((j) => ({ id: j.id, ref: j.participant.ref })),
    );
    // The count is of the journeys taken out, not of the identities asked for.
    expect(r).toEqual({ ok: true, removed: 10 });
    const a = await loadCohortRecord('a');
    expect(a?.journeys).toEqual(journeys.slice(10));
    expect(a?.meta.count).toBe(2_490);
    expect((await savedIdentities()).filter((i) => i.cohort === 'bb')).toHaveLength(10);
  });

  it('keeps who is in a cohort as one string (read at once with the list), and reads the array saved before', async () => {
    const [a] = (await listCohorts()).filter((c) => c.key === 'a');
    expect(typeof a.identities).toBe('string');
    expect(identitiesOf(a)).toEqual(journeys.slice(10).map((j) => ({ id: j.id, ref: j.participant.ref })));
    const before = [{ id: 'x', ref: 'r "1"\n' }];
    expect(identitiesOf({ identities: before })).toEqual(before);
    expect(identitiesOf({ identities: packIdentities(before) })).toEqual(before);
  });

  it('deletes a cohort with its journeys and leaves the others alone', async () => {
    await deleteCohort('bb');
    expect((await listCohorts()).map((c) => c.key)).toEqual(['a']);
    expect(await loadCohortRecord('bb')).toBeNull();
    expect((await loadCohortRecord('a'))?.journeys).toHaveLength(2_490);
  });

  it('a quota error saves nothing and says so', async () => {
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      // The third chunk does not fit.
      if (++calls === 4) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
    try {
      const r = await saveCohort(meta('ccc'), journeys);
      expect(r).toMatchObject({ ok: false, reason: 'quota' });
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect((await listCohorts()).map((c) => c.key)).toEqual(['a']);
    expect(await loadCohortRecord('ccc')).toBeNull();
  });
});
