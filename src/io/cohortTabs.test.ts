/**
 * Issue 28, items 10 and 11: the saved cohorts across tabs. A save or removal is told to the
 * other tabs; the database deleted under the app (with or without an open connection) is
 * noticed and stays noticed until a cohort is saved again.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { generateCohort } from '../domain';
import { type CohortChange, cohortsLost, onCohortsLostChange, onOtherTabChange } from './cohortEvents';
import { COHORT_DB, deleteCohort, listCohorts, saveCohort } from './cohortStorage';

const journeys = generateCohort(3, 7, '2026-06-01');
const meta = (key: string) => ({
  key,
  name: `${key}.json`,
  sources: [`${key}.json`],
  loadedAt: '2026-06-01T10:00:00Z',
});

/** Another tab: a channel of its own, and a deleteDatabase of its own. */
function otherTab() {
  const channel = new BroadcastChannel('resan-cohorts');
  const heard: unknown[] = [];
  channel.onmessage = (e: MessageEvent<unknown>) => heard.push(e.data);
  return { channel, heard };
}

const deleteDatabase = () =>
  new Promise<void>((resolve, reject) => {
    const r = indexedDB.deleteDatabase(COHORT_DB);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error);
  });

const until = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
  return check();
};

const closers: (() => void)[] = [];
afterEach(() => closers.splice(0).forEach((c) => c()));

describe('item 11: the other tabs are told', () => {
  it('of a saved and a removed cohort, by key', async () => {
    const other = otherTab();
    closers.push(() => other.channel.close());
    expect(await saveCohort(meta('k1'), journeys)).toEqual({ ok: true, removed: 0 });
    await deleteCohort('k1');
    expect(await until(() => other.heard.length === 2)).toBe(true);
    expect(other.heard).toMatchObject([
      { type: 'saved', key: 'k1' },
      { type: 'removed', key: 'k1' },
    ]);
  });

  it('and this tab hears what another tab did, never its own messages or a malformed one', async () => {
    const heard: CohortChange[] = [];
    closers.push(onOtherTabChange((c) => heard.push(c)));
    const other = otherTab();
    closers.push(() => other.channel.close());
    other.channel.postMessage({ type: 'removed', key: 'k9', tab: 'another-tab' });
    other.channel.postMessage({ type: 'dropAll', key: 'k9', tab: 'another-tab' });
    other.channel.postMessage('removed');
    await saveCohort(meta('k2'), journeys);
    expect(await until(() => heard.length > 0)).toBe(true);
    await new Promise((r) => setTimeout(r, 30));
    expect(heard).toEqual([{ type: 'removed', key: 'k9' }]);
  });
});

describe('item 10: the database deleted under the app is noticed', () => {
  it('with a connection open: lost at once, until a cohort is saved again', async () => {
    let calls = 0;
    closers.push(onCohortsLostChange(() => calls++));
    await saveCohort(meta('k3'), journeys);
    expect(cohortsLost()).toBe(false);
    await deleteDatabase();
    expect(cohortsLost()).toBe(true);
    expect(calls).toBe(1);
    // The list read now is the truth (none), and the notice stays until a save.
    expect(await listCohorts()).toEqual([]);
    expect(cohortsLost()).toBe(true);
    expect(await saveCohort(meta('k3'), journeys)).toEqual({ ok: true, removed: 0 });
    expect(cohortsLost()).toBe(false);
    expect((await listCohorts()).map((c) => c.key)).toEqual(['k3']);
    expect(calls).toBe(2);
  });
});
