/**
 * The only module that touches IndexedDB: a library of journeys (through idb).
 *
 * The rules it keeps, one for each way saving has failed before (issue 14):
 * 1. Nothing Resan itself refuses is written: every journey is checked with the importer
 *    (`journeyFromData`) before any write, and an invalid one is refused with its problems.
 * 2. Every write is atomic and checked: one transaction, and the caller is told whether it
 *    happened; nothing is assumed saved that was not.
 * 3. Reading never depends on writing: a record that cannot be moved aside (a full quota)
 *    is left where it is, reported, and never loaded or overwritten; start goes on.
 * 4. Nothing is written over a record that cannot be read: read, check and write happen in
 *    ONE readwrite transaction; an unreadable or newer record is either refused or, when the
 *    person chose to save anyway, first copied to the backups in that same transaction.
 * 5. (persistence/) A change is never only in memory when the page goes away.
 * 6. Imports of many journeys are one transaction: all are stored, or none is.
 * 7. Losing the database is noticed: another tab's deleteDatabase or the browser's "clear
 *    site data" closes this connection and calls `onLost`; no write is then claimed.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { type Issue, type Journey, journeyFromData } from '../domain';
import { failure, guarded, quiet } from './idbHelpers';
import { wasAccepted } from './checked';

export { isQuotaError } from './idbHelpers';

export const DB_NAME = 'resan';
const DB_VERSION = 1;

export type StoredRecord = {
  key: string;
  journey: unknown;
  revision: number;
  /** Wall-clock time of the save (ISO timestamp), for "Sparad hh:mm" and the list. */
  updatedAt: string;
  savedBy: string;
};

/** Why a stored record cannot be read (shown through i18n: `storage.reason.*`). */
export type UnreadableReason = 'newerVersion' | 'invalidJourney' | 'damagedRecord';

export type Backup = {
  id: string;
  key: string;
  movedAt: string;
  reason: UnreadableReason | string;
  problems: Issue[];
  /** The record exactly as it was found. */
  data: unknown;
  /** Where it was found when not in the library itself: a write-ahead copy (localStorage). */
  source?: 'writeAhead';
  /** The participant reference of a copy that reads as a journey, to name it by. */
  ref?: string;
};

interface ResanDB extends DBSchema {
  journeys: { key: string; value: StoredRecord };
  backups: { key: string; value: Backup };
  meta: { key: string; value: unknown };
}

export type LoadedJourney = { key: string; journey: Journey; revision: number; updatedAt: string };

export type Failure =
  | { ok: false; reason: 'invalid'; problems: Issue[]; index?: number }
  | { ok: false; reason: 'unreadable'; stored: UnreadableReason; key: string }
  | { ok: false; reason: 'exists'; key: string }
  | { ok: false; reason: 'quota' | 'error' | 'closed'; message: string };

export type SaveResult =
  | { ok: true; revision: number; updatedAt: string }
  | { ok: false; reason: 'conflict'; theirs: LoadedJourney }
  | Failure;

export type SaveManyResult = { ok: true; revision: number; updatedAt: string } | Failure;

export type DeleteResult = { ok: true } | Extract<Failure, { reason: 'quota' | 'error' | 'closed' }>;

export type Duplicate = { index: number; key: string; by: 'id' | 'ref'; identical: boolean };

export type SaveOptions = {
  /** Save over a different revision, or over an unreadable record (which is backed up first). */
  force?: boolean;
};

/** Checks a journey as the importer would; the stored copy is what the importer accepts. */
function validate(journey: Journey): { ok: true; journey: Journey } | { ok: false; problems: Issue[] } {
  if (wasAccepted(journey)) return { ok: true, journey };
  const parsed = journeyFromData(journey);
  return parsed.ok ? { ok: true, journey } : { ok: false, problems: parsed.errors };
}

export type LostReason = 'deleted' | 'closed';

export class JourneyStore {
  private closed = false;

  private constructor(
    private readonly db: IDBPDatabase<ResanDB>,
    readonly tabId: string,
  ) {}

  /** Opens (or creates) the library. `onLost` is called once if the database goes away. */
  static async open(tabId: string, onLost?: (reason: LostReason) => void): Promise<JourneyStore> {
    let store: JourneyStore | null = null;
    const lose = (reason: LostReason) => {
      if (!store || store.closed) return;
      store.closed = true;
      store.db.close();
      onLost?.(reason);
    };
    const db = await openDB<ResanDB>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('journeys', { keyPath: 'key' });
        database.createObjectStore('backups', { keyPath: 'id' });
        database.createObjectStore('meta');
      },
      // Another tab deletes or upgrades the database: let it, and say so here.
      blocking: () => lose('deleted'),
      // The browser closed the connection ("clear site data", storage evicted).
      terminated: () => lose('closed'),
    });
    store = new JourneyStore(db, tabId);
    return store;
  }

  get isClosed() {
    return this.closed;
  }

  /**
   * A write that ends after the database was lost (another tab deleted it while the
   * transaction ran, which the browser lets finish first) is not kept: it is refused as
   * 'closed', so that nothing claims saved what a reload will not show (issue 25, item 10).
   */
  private kept<T extends { ok: true }>(result: T): T | { ok: false; reason: 'closed'; message: string } {
    return this.closed ? { ok: false, reason: 'closed', message: 'closed' } : result;
  }

  /**
   * Reads every journey. What cannot be read is moved aside and listed; if even that fails
   * (a full quota), it stays where it is, is listed in `notMoved`, and start goes on.
   */
  async loadAll(
    now: string,
  ): Promise<{ journeys: LoadedJourney[]; movedAside: Backup[]; notMoved: Omit<Backup, 'data'>[] }> {
    const records: unknown[] = await this.db.getAll('journeys');
    const keys = await this.db.getAllKeys('journeys');
    const journeys: LoadedJourney[] = [];
    const movedAside: Backup[] = [];
    const notMoved: Omit<Backup, 'data'>[] = [];
    for (let i = 0; i < records.length; i++) {
      const checked = checkRecord(records[i]);
      if (checked.ok) {
        journeys.push(checked.value);
        continue;
      }
      const backup: Backup = {
        id: `${String(keys[i])}@${now}`,
        key: String(keys[i]),
        movedAt: now,
        reason: checked.reason,
        problems: checked.problems,
        data: records[i],
      };
      try {
        await guarded(this.db.transaction(['journeys', 'backups'], 'readwrite'), (tx) =>
          Promise.all([
            quiet(tx.objectStore('backups').put(backup)),
            quiet(tx.objectStore('journeys').delete(keys[i])),
            tx.done,
          ]),
        );
        movedAside.push(backup);
      } catch {
        const { data: _data, ...info } = backup;
        notMoved.push(info);
      }
    }
    journeys.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    return { journeys, movedAside, notMoved };
  }

  async get(key: string): Promise<LoadedJourney | null> {
    const record = await this.db.get('journeys', key);
    if (!record) return null;
    const checked = checkRecord(record);
    return checked.ok ? checked.value : null;
  }

  /**
   * Saves `journey` under `key` if the stored revision is still `baseRevision` (0: new).
   * Read, check and write are one transaction (rule 4).
   */
  async save(
    key: string,
    journey: Journey,
    baseRevision: number,
    now: string,
    { force = false }: SaveOptions = {},
  ): Promise<SaveResult> {
    const valid = validate(journey);
    if (!valid.ok) return { ok: false, reason: 'invalid', problems: valid.problems };
    if (this.closed) return { ok: false, reason: 'closed', message: 'closed' };
    try {
      return await guarded(this.db.transaction(['journeys', 'backups'], 'readwrite'), async (tx) => {
        const store = tx.objectStore('journeys');
        const current: unknown = await store.get(key);
        const checked = current === undefined ? null : checkRecord(current);
        const refuse = async <T>(result: T): Promise<T> => {
          tx.abort();
          await tx.done.catch(() => undefined);
          return result;
        };
        if (checked && !checked.ok) {
          if (!force) return refuse({ ok: false, reason: 'unreadable', stored: checked.reason, key });
          await tx.objectStore('backups').put({
            id: `${key}@${now}`,
            key,
            movedAt: now,
            reason: checked.reason,
            problems: checked.problems,
            data: current,
          });
        }
        const currentRevision = checked?.ok ? checked.value.revision : revisionOf(current);
        if (!force && checked?.ok && currentRevision !== baseRevision) {
          // Exactly this journey is already there (a write-ahead copy saved by another
          // start, say): nothing to write and nothing to choose.
          if (JSON.stringify(checked.value.journey) === JSON.stringify(journey)) {
            return refuse({ ok: true, revision: currentRevision, updatedAt: checked.value.updatedAt } as const);
          }
          return refuse({ ok: false, reason: 'conflict', theirs: checked.value });
        }
        const revision = Math.max(currentRevision, baseRevision) + 1;
        await store.put({ key, journey, revision, updatedAt: now, savedBy: this.tabId });
        await tx.done;
        return this.kept({ ok: true, revision, updatedAt: now } as const);
      });
    } catch (e) {
      return failure(e, this.closed);
    }
  }

  /**
   * Saves new journeys all in one transaction (rule 6): all are stored or none is. Every
   * journey is checked first; a key that is already used refuses the whole batch.
   */
  async saveMany(items: readonly { key: string; journey: Journey }[], now: string): Promise<SaveManyResult> {
    for (let index = 0; index < items.length; index++) {
      const valid = validate(items[index].journey);
      if (!valid.ok) return { ok: false, reason: 'invalid', problems: valid.problems, index };
    }
    if (this.closed) return { ok: false, reason: 'closed', message: 'closed' };
    try {
      return await guarded(this.db.transaction('journeys', 'readwrite'), async (tx) => {
        const store = tx.objectStore('journeys');
        const taken = new Set(await store.getAllKeys());
        const used = items.find((item) => taken.has(item.key));
        if (used) {
          tx.abort();
          await tx.done.catch(() => undefined);
          return { ok: false, reason: 'exists', key: used.key };
        }
        const puts = items.map(({ key, journey }) =>
          quiet(store.put({ key, journey, revision: 1, updatedAt: now, savedBy: this.tabId })),
        );
        await Promise.all([...puts, tx.done]);
        return this.kept({ ok: true, revision: 1, updatedAt: now } as const);
      });
    } catch (e) {
      return failure(e, this.closed);
    }
  }

  /**
   * Journeys among `journeys` that the library already holds: the same journey id, or the
   * same participant reference. `identical` when the stored journey is the same data.
   */
  async findDuplicates(journeys: readonly Journey[]): Promise<Duplicate[]> {
    const records: unknown[] = await this.db.getAll('journeys');
    const byId = new Map<string, LoadedJourney>();
    const byRef = new Map<string, LoadedJourney>();
    for (const record of records) {
      const checked = checkRecord(record);
      if (!checked.ok) continue;
      byId.set(checked.value.journey.id, checked.value);
      byRef.set(checked.value.journey.participant.ref, checked.value);
    }
    const found: Duplicate[] = [];
    journeys.forEach((journey, index) => {
      const sameId = byId.get(journey.id);
      const match = sameId ?? byRef.get(journey.participant.ref);
      if (!match) return;
      found.push({
        index,
        key: match.key,
        by: sameId ? 'id' : 'ref',
        identical: JSON.stringify(match.journey) === JSON.stringify(journey),
      });
    });
    return found;
  }

  async delete(key: string): Promise<DeleteResult> {
    if (this.closed) return { ok: false, reason: 'closed', message: 'closed' };
    try {
      await this.db.delete('journeys', key);
      return { ok: true };
    } catch (e) {
      return failure(e, this.closed);
    }
  }

  /** Keeps `backups` (write-ahead copies that cannot be recovered), all in one transaction. */
  async keepAside(backups: readonly Backup[]): Promise<DeleteResult> {
    if (this.closed) return { ok: false, reason: 'closed', message: 'closed' };
    try {
      await guarded(this.db.transaction('backups', 'readwrite'), (tx) =>
        Promise.all([...backups.map((b) => quiet(tx.objectStore('backups').put(b))), tx.done]),
      );
      return { ok: true };
    } catch (e) {
      return failure(e, this.closed);
    }
  }

  /**
   * Moves the record under `from` to `to` (one transaction), as it is: a journey stored under
   * the demo's key (by a Resan before issue 12, or a forged copy) becomes a journey of its own.
   */
  async moveRecord(from: string, to: string): Promise<DeleteResult> {
    if (this.closed) return { ok: false, reason: 'closed', message: 'closed' };
    try {
      await guarded(this.db.transaction('journeys', 'readwrite'), async (tx) => {
        const store = tx.objectStore('journeys');
        const record = await store.get(from);
        if (record && (await store.get(to)) === undefined) {
          await Promise.all([quiet(store.put({ ...record, key: to })), quiet(store.delete(from)), tx.done]);
        } else await tx.done;
      });
      return { ok: true };
    } catch (e) {
      return failure(e, this.closed);
    }
  }

  async backups(): Promise<Backup[]> {
    return this.db.getAll('backups');
  }

  async deleteBackup(id: string): Promise<void> {
    await this.db.delete('backups', id);
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('meta', key)) as T | undefined;
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    if (this.closed) return;
    try {
      await this.db.put('meta', value, key);
    } catch {
      // Meta data (which journey was open) is a convenience; losing it loses nothing.
    }
  }

  close() {
    this.closed = true;
    this.db.close();
  }
}

function revisionOf(record: unknown): number {
  const r = (record as { revision?: unknown } | undefined)?.revision;
  return typeof r === 'number' && Number.isFinite(r) ? r : 0;
}

function checkRecord(
  record: unknown,
): { ok: true; value: LoadedJourney } | { ok: false; reason: UnreadableReason; problems: Issue[] } {
  if (!record || typeof record !== 'object') return { ok: false, reason: 'damagedRecord', problems: [] };
  const r = record as Partial<StoredRecord>;
  if (typeof r.key !== 'string' || typeof r.revision !== 'number' || typeof r.updatedAt !== 'string') {
    return { ok: false, reason: 'damagedRecord', problems: [] };
  }
  const parsed = journeyFromData(r.journey);
  if (!parsed.ok) {
    const newer = parsed.errors.some((e) => e.code === 'newerVersion');
    return { ok: false, reason: newer ? 'newerVersion' : 'invalidJourney', problems: parsed.errors };
  }
  return { ok: true, value: { key: r.key, journey: parsed.journey, revision: r.revision, updatedAt: r.updatedAt } };
}
