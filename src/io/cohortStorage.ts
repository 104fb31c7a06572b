/**
 * The coordinator's saved cohorts, in a database of their own ("resan-cohorts") so that
 * loading or removing a cohort cannot change anything in the journey library. A cohort is
 * its description (name, source files, when loaded, who is in it) and its journeys in
 * chunks. Rules:
 * - A cohort is saved in ONE transaction, with the removals that "replace" asked for: a
 *   reload or a full disk in the middle leaves the library exactly as it was.
 * - Reading validates every journey with the importer; a chunk that cannot be read is
 *   reported with its cohort, never silently dropped.
 * - Quota errors are recognised (isQuotaError) and returned, not thrown.
 * - Other tabs are told of each save and removal, and the database deleted under the app is
 *   noticed (cohortEvents.ts, issue 28, items 10 and 11).
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import { type Journey, type JourneyIdentity, identityOf, journeyFromData } from '../domain';
import { markCohortsFound, markCohortsLost, tellOtherTabs } from './cohortEvents';
import { isQuotaError } from './storage';

export const COHORT_DB = 'resan-cohorts';
const VERSION = 1;
const CHUNK = 1000;

export type CohortMeta = {
  key: string;
  name: string;
  sources: string[];
  /** Wall-clock time of loading (ISO timestamp). */
  loadedAt: string;
  count: number;
  /**
   * Who is in it: for finding duplicates without reading every journey. Saved as one JSON
   * string of [id, ref] pairs (issue #26: 100,000 objects made reading the list of saved
   * cohorts a long task; one string is read at once); cohorts saved before as an array.
   */
  identities: string | JourneyIdentity[];
};

/** The identities as saved: one string. */
export const packIdentities = (list: readonly JourneyIdentity[]): string =>
  JSON.stringify(list.map((i) => [i.id, i.ref]));

/** A cohort's identities, from either way they were saved. */
export function identitiesOf(meta: Pick<CohortMeta, 'identities'>): JourneyIdentity[] {
  if (typeof meta.identities !== 'string') return meta.identities;
  return (JSON.parse(meta.identities) as [string, string][]).map(([id, ref]) => ({ id, ref }));
}

type Chunk = { cohortKey: string; n: number; journeys: unknown[] };

interface CohortDB extends DBSchema {
  cohorts: { key: string; value: CohortMeta };
  chunks: { key: [string, number]; value: Chunk; indexes: { byCohort: string } };
}

/** `removed`: how many journeys "replace" took out of the other saved cohorts (what happened, not what was asked). */
export type CohortSaveResult =
  { ok: true; removed: number } | { ok: false; reason: 'quota' | 'error'; message: string };

let opening: Promise<IDBPDatabase<CohortDB>> | null = null;
/** This page has opened the database before: finding it to create again means it was deleted. */
let opened = false;

function db(): Promise<IDBPDatabase<CohortDB>> {
  if (opening) return opening;
  const now = openDB<CohortDB>(COHORT_DB, VERSION, {
    upgrade(d, oldVersion) {
      // Deleted while this page held no connection (issue 28, item 10): noticed, not hidden.
      if (oldVersion === 0 && opened) markCohortsLost();
      d.createObjectStore('cohorts', { keyPath: 'key' });
      d.createObjectStore('chunks', { keyPath: ['cohortKey', 'n'] }).createIndex('byCohort', 'cohortKey');
    },
    // Another tab (or a newer Resan) needs the database: let it go, and open again when asked.
    // No next version: it is being deleted, and what this page lists is gone (item 10).
    blocking: (_current, next, event) => {
      (event.target as IDBDatabase).close();
      opening = null;
      if (next === null) markCohortsLost();
    },
    // The browser closed it ("clear site data", storage evicted).
    terminated: () => {
      opening = null;
      markCohortsLost();
    },
  }).then((d) => {
    opened = true;
    return d;
  });
  // A failed open is tried again on the next call.
  now.catch(() => {
    if (opening === now) opening = null;
  });
  opening = now;
  return now;
}

export async function listCohorts(): Promise<CohortMeta[]> {
  const all = await (await db()).getAll('cohorts');
  return all.sort((a, b) => (a.loadedAt < b.loadedAt ? 1 : -1));
}

/** Everyone in every saved cohort, with the cohort they are in. */
export async function savedIdentities(): Promise<(JourneyIdentity & { cohort: string })[]> {
  return (await listCohorts()).flatMap((c) => identitiesOf(c).map((i) => ({ ...i, cohort: c.key })));
}

/**
 * Saves a cohort and, in the same transaction, takes the `replaced` journeys out of the
 * cohorts they were in. All or nothing.
 */
export async function saveCohort(
  meta: Omit<CohortMeta, 'count' | 'identities'>,
  journeys: readonly Journey[],
  replaced: readonly JourneyIdentity[] = [],
): Promise<CohortSaveResult> {
  let tx: Tx | null = null;
  try {
    tx = (await db()).transaction(['cohorts', 'chunks'], 'readwrite');
    const removed = replaced.length > 0 ? await removeFromOthers(tx, replaced, meta.key) : 0;
    const chunks = tx.objectStore('chunks');
    await tx
      .objectStore('cohorts')
      .put({ ...meta, count: journeys.length, identities: packIdentities(journeys.map(identityOf)) });
    for (let n = 0; n * CHUNK < journeys.length; n++)
      await chunks.put({ cohortKey: meta.key, n, journeys: journeys.slice(n * CHUNK, (n + 1) * CHUNK) });
    await tx.done;
    markCohortsFound();
    tellOtherTabs({ type: 'saved', key: meta.key });
    return { ok: true, removed };
  } catch (e) {
    // A failed write must not let the rest of the transaction commit: all or nothing.
    try {
      tx?.abort();
    } catch {
      // Already finished (aborted by the browser): nothing was committed.
    }
    await tx?.done.catch(() => undefined);
    return {
      ok: false,
      reason: isQuotaError(e) ? 'quota' : 'error',
      message: e instanceof Error ? e.message : String(e),
    };
  }
}

type Tx = IDBPTransaction<CohortDB, ('cohorts' | 'chunks')[], 'readwrite'>;

/**
 * Takes the `replaced` journeys out of every other saved cohort (inside the caller's
 * transaction) and counts the journeys it took out.
 */
async function removeFromOthers(tx: Tx, replaced: readonly JourneyIdentity[], except: string): Promise<number> {
  let removed = 0;
  const cohorts = tx.objectStore('cohorts');
  const chunks = tx.objectStore('chunks');
  const ids = new Set(replaced.map((r) => r.id));
  const refs = new Set(replaced.map((r) => r.ref));
  const hit = (i: JourneyIdentity) => ids.has(i.id) || refs.has(i.ref);
  for (const meta of await cohorts.getAll()) {
    const identities = identitiesOf(meta);
    if (meta.key === except || !identities.some(hit)) continue;
    const kept: unknown[] = [];
    const own = await chunks.index('byCohort').getAll(meta.key);
    for (const c of own.sort((x, y) => x.n - y.n)) {
      for (const j of c.journeys) {
        const r = journeyFromData(j);
        if (!r.ok || !hit(identityOf(r.journey))) kept.push(j);
      }
      await chunks.delete([meta.key, c.n]);
    }
    for (let n = 0; n * CHUNK < kept.length; n++)
      await chunks.put({ cohortKey: meta.key, n, journeys: kept.slice(n * CHUNK, (n + 1) * CHUNK) });
    removed += own.reduce((n, c) => n + c.journeys.length, 0) - kept.length;
    await cohorts.put({ ...meta, count: kept.length, identities: packIdentities(identities.filter((i) => !hit(i))) });
  }
  return removed;
}

export type LoadedCohortRecord = { meta: CohortMeta; journeys: Journey[]; unreadable: number };

/** A saved cohort's journeys, each checked by the importer; what cannot be read is counted. */
export async function loadCohortRecord(key: string): Promise<LoadedCohortRecord | null> {
  const d = await db();
  const meta = await d.get('cohorts', key);
  if (!meta) return null;
  const own = await d.getAllFromIndex('chunks', 'byCohort', key);
  const journeys: Journey[] = [];
  let unreadable = 0;
  for (const c of own.sort((a, b) => a.n - b.n))
    for (const j of c.journeys) {
      const r = journeyFromData(j);
      if (r.ok) journeys.push(r.journey);
      else unreadable++;
    }
  return { meta, journeys, unreadable };
}

/** Removes a cohort and its journeys, in one transaction; nothing else changes. */
export async function deleteCohort(key: string): Promise<void> {
  const d = await db();
  const tx = d.transaction(['cohorts', 'chunks'], 'readwrite');
  const chunkKeys = await tx.objectStore('chunks').index('byCohort').getAllKeys(key);
  for (const k of chunkKeys) await tx.objectStore('chunks').delete(k);
  await tx.objectStore('cohorts').delete(key);
  await tx.done;
  tellOtherTabs({ type: 'removed', key });
}
