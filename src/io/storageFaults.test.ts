/**
 * Fault injection where a browser cannot be made to fail on demand: fake-indexeddb with
 * `put` and `delete` patched to throw a quota error, records written behind the store's
 * back, and another connection deleting the database. Each test states what the person did
 * and checks it is stored, or refused with a reason, never silently gone or overwritten.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import type { Journey } from '../domain';
import { DB_NAME, JourneyStore } from './storage';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const proto = IDBObjectStore.prototype;
const originalPut = proto.put;
const originalDelete = proto.delete;

/** Makes `put` throw a quota error on the `nth` call from now (1 = the next), or every call. */
function failPut(nth?: number, storeName?: string) {
  let calls = 0;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (storeName === undefined || this.name === storeName) {
      calls++;
      if (nth === undefined || calls === nth) throw quota();
    }
    return originalPut.apply(this, args);
  };
}

function rawDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(DB_NAME);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

async function putRaw(record: unknown) {
  const db = await rawDb();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('journeys', 'readwrite');
    originalPut.call(tx.objectStore('journeys'), record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

async function getRaw(store: 'journeys' | 'backups', key?: string): Promise<unknown> {
  const db = await rawDb();
  const value = await new Promise<unknown>((resolve) => {
    const os = db.transaction(store).objectStore(store);
    const r = key === undefined ? os.getAll() : os.get(key);
    r.onsuccess = () => resolve(r.result);
  });
  db.close();
  return value;
}

const journey = (ref: string, id = ref): Journey => ({ ...DEMO_JOURNEY, id, participant: { ref } });

let store: JourneyStore;
beforeEach(async () => {
  store = await JourneyStore.open('tab-a');
});
afterEach(async () => {
  proto.put = originalPut;
  proto.delete = originalDelete;
  store.close();
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
});

describe('rule 1: nothing Resan itself refuses is written', () => {
  it('refuses a journey whose scenario names a removed intervention, and keeps the saved one', async () => {
    await store.save('k', DEMO_JOURNEY, 0, 't1');
    const broken: Journey = {
      ...DEMO_JOURNEY,
      scenarios: [{ id: 's', name: 'S', changes: [{ op: 'extend', intervention: 'no-such', months: 6 }] }],
    };
    const result = await store.save('k', broken, 1, 't2');
    expect(result).toMatchObject({ ok: false, reason: 'invalid' });
    if (!result.ok && result.reason === 'invalid') {
      expect(result.problems[0].path).toBe('scenarios[0].changes[0].intervention');
    }
    expect(await getRaw('journeys', 'k')).toMatchObject({ revision: 1, journey: DEMO_JOURNEY });
  });
});

describe('rule 4: nothing is written over a record that cannot be read', () => {
  const newer = { key: 'k', journey: { format: 'journey', version: 9, id: 'x' }, revision: 1, updatedAt: 't' };

  it('a newer-format record (another tab, a newer Resan) is not overwritten by a retry', async () => {
    await putRaw({ ...newer, savedBy: 'other' });
    const result = await store.save('k', DEMO_JOURNEY, 1, 't2');
    expect(result).toEqual({ ok: false, reason: 'unreadable', stored: 'newerVersion', key: 'k' });
    expect(await getRaw('journeys', 'k')).toMatchObject({ journey: { version: 9 } });
  });

  it('a record corrupted without a new revision is not overwritten by autosave', async () => {
    await store.save('k', DEMO_JOURNEY, 0, 't1');
    await putRaw({ key: 'k', journey: { format: 'journey', version: 1 }, revision: 1, updatedAt: 't1', savedBy: 'x' });
    const result = await store.save('k', journey('MINE', DEMO_JOURNEY.id), 1, 't2');
    expect(result).toMatchObject({ ok: false, reason: 'unreadable', stored: 'invalidJourney' });
    expect(await getRaw('journeys', 'k')).toMatchObject({ journey: { format: 'journey', version: 1 } });
  });

  it('saving anyway keeps the unreadable record as a backup, in the same transaction', async () => {
    await putRaw({ ...newer, savedBy: 'other' });
    expect(await store.save('k', DEMO_JOURNEY, 1, 't2', { force: true })).toMatchObject({ ok: true, revision: 2 });
    const backups = (await getRaw('backups')) as { key: string; reason: string; data: unknown }[];
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatchObject({ key: 'k', reason: 'newerVersion', data: { journey: { version: 9 } } });
  });

  it('when the backup cannot be written, the unreadable record stays as it was', async () => {
    await putRaw({ ...newer, savedBy: 'other' });
    failPut(1, 'backups');
    expect(await store.save('k', DEMO_JOURNEY, 1, 't2', { force: true })).toMatchObject({
      ok: false,
      reason: 'quota',
    });
    proto.put = originalPut;
    expect(await getRaw('journeys', 'k')).toMatchObject({ journey: { version: 9 } });
  });
});

describe('rule 2: every write is checked; a quota error is reported, never assumed saved', () => {
  it('save, rename (a save of another journey) and delete each report the quota', async () => {
    await store.save('k', DEMO_JOURNEY, 0, 't1');
    failPut();
    expect(await store.save('k', journey('RENAMED', DEMO_JOURNEY.id), 1, 't2')).toMatchObject({
      ok: false,
      reason: 'quota',
    });
    proto.delete = () => {
      throw quota();
    };
    expect(await store.delete('k')).toMatchObject({ ok: false, reason: 'quota' });
    proto.put = originalPut;
    proto.delete = originalDelete;
    expect(await getRaw('journeys', 'k')).toMatchObject({
      revision: 1,
      journey: { participant: DEMO_JOURNEY.participant },
    });
  });
});

describe('two tabs', () => {
  it('a save of exactly what is already stored under a newer revision is no conflict (a recovered copy)', async () => {
    await store.save('k', DEMO_JOURNEY, 0, 't1');
    const other = await JourneyStore.open('tab-b');
    const edited = journey('EDITED', DEMO_JOURNEY.id);
    expect(await other.save('k', edited, 1, 't2')).toMatchObject({ ok: true, revision: 2 });
    // This tab, still at revision 1, saves the same content: told it is saved, at revision 2.
    expect(await store.save('k', structuredClone(edited), 1, 't3')).toEqual({ ok: true, revision: 2, updatedAt: 't2' });
    // Different content is still a conflict.
    expect(await store.save('k', journey('MINE', DEMO_JOURNEY.id), 1, 't4')).toMatchObject({ reason: 'conflict' });
    other.close();
  });
});

describe('rule 6: imports of many journeys are one transaction', () => {
  const three = [journey('A'), journey('B'), journey('C')].map((j, i) => ({ key: `k${i}`, journey: j }));

  it('a quota error at the third journey stores none of them', async () => {
    failPut(3);
    expect(await store.saveMany(three, 't1')).toMatchObject({ ok: false, reason: 'quota' });
    proto.put = originalPut;
    expect(await getRaw('journeys')).toEqual([]);
    // The retry stores every one.
    expect(await store.saveMany(three, 't2')).toMatchObject({ ok: true });
    expect(((await getRaw('journeys')) as unknown[]).length).toBe(3);
  });

  it('one invalid journey refuses the batch and names it', async () => {
    const bad = { key: 'kx', journey: { ...journey('X'), interventions: 'none' } as unknown as Journey };
    expect(await store.saveMany([...three, bad], 't1')).toMatchObject({ ok: false, reason: 'invalid', index: 3 });
    expect(await getRaw('journeys')).toEqual([]);
  });

  it('a key already used refuses the batch, so nothing is overwritten', async () => {
    await store.save('k1', journey('OLD'), 0, 't0');
    expect(await store.saveMany(three, 't1')).toEqual({ ok: false, reason: 'exists', key: 'k1' });
    expect(((await getRaw('journeys')) as unknown[]).length).toBe(1);
  });

  it('reading of the spec: a duplicate is the same journey id or participant.ref; identical ones are marked (not imported again)', async () => {
    await store.saveMany(three, 't1');
    const found = await store.findDuplicates([
      journey('A'),
      journey('NEW'),
      journey('C', 'other-id'),
      journey('Z', 'B'),
    ]);
    expect(found).toEqual([
      { index: 0, key: 'k0', by: 'id', identical: true },
      { index: 2, key: 'k2', by: 'ref', identical: false },
      { index: 3, key: 'k1', by: 'id', identical: false },
    ]);
  });
});

describe('rule 3: reading never depends on writing', () => {
  it('with the quota full, an unreadable record is left in place and listed, and the rest loads', async () => {
    await store.save('good', DEMO_JOURNEY, 0, 't1');
    await putRaw({
      key: 'bad',
      journey: { format: 'journey', version: 9, id: 'y' },
      revision: 1,
      updatedAt: 't',
      savedBy: 'x',
    });
    failPut();
    proto.delete = () => {
      throw quota();
    };
    const { journeys, movedAside, notMoved } = await store.loadAll('t2');
    expect(journeys.map((j) => j.key)).toEqual(['good']);
    expect(movedAside).toEqual([]);
    expect(notMoved).toMatchObject([{ key: 'bad', reason: 'newerVersion' }]);
    proto.put = originalPut;
    proto.delete = originalDelete;
    expect(await getRaw('journeys', 'bad')).toMatchObject({ journey: { version: 9 } });
    // And nothing is then saved over it.
    expect(await store.save('bad', DEMO_JOURNEY, 1, 't3')).toMatchObject({ ok: false, reason: 'unreadable' });
  });
});

describe('rule 7: losing the database is noticed', () => {
  it("another connection's deleteDatabase closes this one, calls onLost and later writes say 'closed'", async () => {
    store.close();
    const onLost = vi.fn();
    store = await JourneyStore.open('tab-a', onLost);
    await store.save('k', DEMO_JOURNEY, 0, 't1');
    await new Promise<void>((resolve, reject) => {
      const r = indexedDB.deleteDatabase(DB_NAME);
      r.onsuccess = () => resolve();
      r.onerror = () => reject(r.error);
    });
    expect(onLost).toHaveBeenCalledWith('deleted');
    expect(store.isClosed).toBe(true);
    expect(await store.save('k', DEMO_JOURNEY, 1, 't2')).toMatchObject({ ok: false, reason: 'closed' });
    // Saving again means opening again: the database is created afresh.
    const again = await JourneyStore.open('tab-a');
    expect(await again.save('k', DEMO_JOURNEY, 0, 't3')).toMatchObject({ ok: true, revision: 1 });
    again.close();
  });
});
