/**
 * The only module that touches browser storage: a library of journeys in IndexedDB
 * (through idb). Every read is validated; a record that cannot be read (corrupt, or
 * from a newer version) is moved aside as a backup, never overwritten. Writes check the
 * revision they were based on, so two tabs cannot silently overwrite each other.
 */
import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import { type Issue, type Journey, journeyFromData } from '../domain';

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

export type Backup = {
  id: string;
  key: string;
  movedAt: string;
  reason: string;
  problems: Issue[];
  /** The record exactly as it was found. */
  data: unknown;
};

interface ResanDB extends DBSchema {
  journeys: { key: string; value: StoredRecord };
  backups: { key: string; value: Backup };
  meta: { key: string; value: unknown };
}

export type LoadedJourney = { key: string; journey: Journey; revision: number; updatedAt: string };

export type SaveResult =
  | { ok: true; revision: number; updatedAt: string }
  | { ok: false; reason: 'conflict'; theirs: LoadedJourney }
  | { ok: false; reason: 'quota' | 'error'; message: string };

/** Quota errors in the words of Chromium, Firefox and Safari alike. */
export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const err = e as { name?: string; code?: number; message?: string; inner?: unknown };
  return (
    err.name === 'QuotaExceededError' ||
    err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    err.code === 22 ||
    err.code === 1014 ||
    /quota|exceeded the storage|disk is full|no space/i.test(err.message ?? '')
  );
}

function describe(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

export class JourneyStore {
  private constructor(
    private readonly db: IDBPDatabase<ResanDB>,
    readonly tabId: string,
  ) {}

  static async open(tabId: string): Promise<JourneyStore> {
    const db = await openDB<ResanDB>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('journeys', { keyPath: 'key' });
        database.createObjectStore('backups', { keyPath: 'id' });
        database.createObjectStore('meta');
      },
    });
    return new JourneyStore(db, tabId);
  }

  /** Reads every journey; what cannot be read is moved aside and listed. */
  async loadAll(now: string): Promise<{ journeys: LoadedJourney[]; movedAside: Backup[] }> {
    const records: unknown[] = await this.db.getAll('journeys');
    const keys = await this.db.getAllKeys('journeys');
    const journeys: LoadedJourney[] = [];
    const movedAside: Backup[] = [];
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
      const tx = this.db.transaction(['journeys', 'backups'], 'readwrite');
      await tx.objectStore('backups').put(backup);
      await tx.objectStore('journeys').delete(keys[i]);
      await tx.done;
      movedAside.push(backup);
    }
    journeys.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
    return { journeys, movedAside };
  }

  async get(key: string): Promise<LoadedJourney | null> {
    const record = await this.db.get('journeys', key);
    if (!record) return null;
    const checked = checkRecord(record);
    return checked.ok ? checked.value : null;
  }

  /**
   * Saves `journey` under `key` if the stored revision is still `baseRevision` (0: new).
   * `force` overwrites whatever is there (the person chose to keep their version).
   */
  async save(key: string, journey: Journey, baseRevision: number, now: string, force = false): Promise<SaveResult> {
    try {
      const tx = this.db.transaction('journeys', 'readwrite');
      const store = tx.objectStore('journeys');
      const current = await store.get(key);
      const currentRevision = current?.revision ?? 0;
      if (!force && current && currentRevision !== baseRevision) {
        tx.abort();
        await tx.done.catch(() => undefined);
        const checked = checkRecord(current);
        if (checked.ok) return { ok: false, reason: 'conflict', theirs: checked.value };
        return { ok: false, reason: 'error', message: 'the saved copy cannot be read' };
      }
      const revision = Math.max(currentRevision, baseRevision) + 1;
      await store.put({ key, journey, revision, updatedAt: now, savedBy: this.tabId });
      await tx.done;
      return { ok: true, revision, updatedAt: now };
    } catch (e) {
      return { ok: false, reason: isQuotaError(e) ? 'quota' : 'error', message: describe(e) };
    }
  }

  async delete(key: string): Promise<void> {
    await this.db.delete('journeys', key);
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
    try {
      await this.db.put('meta', value, key);
    } catch {
      // Meta data (which journey was open) is a convenience; losing it loses nothing.
    }
  }

  close() {
    this.db.close();
  }
}

function checkRecord(
  record: unknown,
): { ok: true; value: LoadedJourney } | { ok: false; reason: string; problems: Issue[] } {
  if (!record || typeof record !== 'object') return { ok: false, reason: 'not a record', problems: [] };
  const r = record as Partial<StoredRecord>;
  if (typeof r.key !== 'string' || typeof r.revision !== 'number' || typeof r.updatedAt !== 'string') {
    return { ok: false, reason: 'damaged record', problems: [] };
  }
  const parsed = journeyFromData(r.journey);
  if (!parsed.ok) {
    const newer = parsed.errors.some((e) => e.code === 'newerVersion');
    return { ok: false, reason: newer ? 'newer version' : 'invalid journey', problems: parsed.errors };
  }
  return { ok: true, value: { key: r.key, journey: parsed.journey, revision: r.revision, updatedAt: r.updatedAt } };
}
