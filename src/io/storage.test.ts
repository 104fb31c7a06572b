import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import { DB_NAME, JourneyStore, isQuotaError } from './storage';

let store: JourneyStore;
beforeEach(async () => {
  store = await JourneyStore.open('tab-a');
});
afterEach(async () => {
  store.close();
  await new Promise<void>((resolve) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = r.onerror = r.onblocked = () => resolve();
  });
});

async function putRaw(record: unknown) {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open(DB_NAME);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('journeys', 'readwrite');
    tx.objectStore('journeys').put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('JourneyStore', () => {
  it('saves and loads a journey with every unknown property', async () => {
    const journey = { ...DEMO_JOURNEY, 'x-system': { row: 7 } };
    const saved = await store.save('k1', journey, 0, '2026-11-22T08:00:00.000Z');
    expect(saved).toMatchObject({ ok: true, revision: 1 });
    const { journeys, movedAside } = await store.loadAll('2026-11-22T08:01:00.000Z');
    expect(movedAside).toEqual([]);
    expect(journeys).toHaveLength(1);
    expect(journeys[0].journey).toEqual(journey);
    expect(journeys[0].revision).toBe(1);
  });

  it('refuses to overwrite a save made elsewhere and returns the other version', async () => {
    await store.save('k1', DEMO_JOURNEY, 0, 't1');
    const other = await JourneyStore.open('tab-b');
    const theirs = { ...DEMO_JOURNEY, participant: { ref: 'THEIRS' } };
    expect(await other.save('k1', theirs, 1, 't2')).toMatchObject({ ok: true, revision: 2 });
    const mine = { ...DEMO_JOURNEY, participant: { ref: 'MINE' } };
    const result = await store.save('k1', mine, 1, 't3');
    expect(result.ok).toBe(false);
    if (!result.ok && result.reason === 'conflict') expect(result.theirs.journey.participant.ref).toBe('THEIRS');
    else throw new Error('expected a conflict');
    // Choosing to keep mine overwrites on purpose.
    expect(await store.save('k1', mine, 1, 't4', { force: true })).toMatchObject({ ok: true, revision: 3 });
    other.close();
  });

  it('moves a corrupt record and a newer-version record aside as backups, never overwriting them', async () => {
    await store.save('good', DEMO_JOURNEY, 0, 't1');
    await putRaw({
      key: 'broken',
      journey: { format: 'journey', version: 1, id: 'x' },
      revision: 3,
      updatedAt: 't',
      savedBy: 'x',
    });
    await putRaw({
      key: 'future',
      journey: { format: 'journey', version: 9, id: 'y' },
      revision: 1,
      updatedAt: 't',
      savedBy: 'x',
    });
    await putRaw({ key: 'garbage', revision: 'no' });
    const { journeys, movedAside } = await store.loadAll('2026-11-22T09:00:00.000Z');
    expect(journeys.map((j) => j.key)).toEqual(['good']);
    expect(movedAside.map((b) => [b.key, b.reason]).sort()).toEqual([
      ['broken', 'invalidJourney'],
      ['future', 'newerVersion'],
      ['garbage', 'damagedRecord'],
    ]);
    const backups = await store.backups();
    expect(backups.find((b) => b.key === 'future')?.data).toMatchObject({ journey: { version: 9, id: 'y' } });
    // A second start finds them still kept, and the journeys store clean.
    const again = await store.loadAll('2026-11-22T09:05:00.000Z');
    expect(again.movedAside).toEqual([]);
    expect(await store.backups()).toHaveLength(3);
  });

  it('recognises quota errors in the words of Chromium, Firefox and Safari', () => {
    expect(isQuotaError(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))).toBe(true);
    expect(
      isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: 'Persistent storage maximum size reached' }),
    ).toBe(true);
    expect(isQuotaError({ name: 'Error', code: 22, message: '' })).toBe(true);
    expect(isQuotaError({ name: 'UnknownError', message: 'Exceeded the storage quota' })).toBe(true);
    expect(isQuotaError(new Error('Connection lost'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('moves a record under the demo’s key to a key of its own, as it is, and never over another (issue 28, item 7)', async () => {
    const forged = { ...DEMO_JOURNEY, id: 'forged', participant: { ref: 'FORGED' } };
    await store.save('demo', forged, 0, 't1');
    await store.save('taken', DEMO_JOURNEY, 0, 't1');
    expect(await store.moveRecord('demo', 'taken')).toEqual({ ok: true });
    expect((await store.get('taken'))?.journey.id).toBe(DEMO_JOURNEY.id);
    expect(await store.moveRecord('demo', 'j-own')).toEqual({ ok: true });
    expect(await store.get('demo')).toBeNull();
    expect(await store.get('j-own')).toMatchObject({ key: 'j-own', revision: 1, journey: { id: 'forged' } });
  });

  it('keeps write-ahead copies aside as backups, all in one transaction', async () => {
    const backup = (key: string) => ({
      id: `${key}@t`,
      key,
      movedAt: 't',
      reason: 'damagedRecord',
      problems: [],
      data: '{"tab":',
      source: 'writeAhead' as const,
    });
    expect(await store.keepAside([backup('a'), backup('b')])).toEqual({ ok: true });
    expect((await store.backups()).map((b) => [b.key, b.data, b.source])).toEqual([
      ['a', '{"tab":', 'writeAhead'],
      ['b', '{"tab":', 'writeAhead'],
    ]);
  });
});
