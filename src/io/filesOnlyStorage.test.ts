/**
 * Files only writes nothing of a journey to the browser's storage (issue 25, item 13): the
 * per-journey settings stay in memory, and a loaded cohort is not saved (its key is null).
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateCohort } from '../domain';
import { useFilesOnly } from '../store/filesOnly';
import { finishCohortLoad } from './cohortImport';
import { listCohorts } from './cohortStorage';
import { rememberScenarios, rememberZoom, rememberedFor, resetJourneySettingsCache } from './journeySettings';

function fakeLocalStorage() {
  const items = new Map<string, string>();
  const store = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: vi.fn((k: string, v: string) => void items.set(k, v)),
    removeItem: (k: string) => void items.delete(k),
  };
  vi.stubGlobal('localStorage', store);
  return store;
}

const mode = (m: 'browser' | 'files') => useFilesOnly.setState({ mode: m });

afterEach(() => {
  vi.unstubAllGlobals();
  resetJourneySettingsCache();
  mode('browser');
});

describe('files only', () => {
  it('keeps the scenarios and the zoom of a journey for the visit, never writing them', () => {
    const ls = fakeLocalStorage();
    mode('files');
    rememberScenarios('j-1', ['s1']);
    rememberZoom('j-1', { from: '2025-01-01', to: '2025-06-30' });
    expect(rememberedFor('j-1')).toEqual({ scenarios: ['s1'], zoom: { from: '2025-01-01', to: '2025-06-30' } });
    expect(ls.setItem).not.toHaveBeenCalled();
    // The browser mode writes them (so the check above can fail).
    mode('browser');
    rememberScenarios('j-1', ['s2']);
    expect(ls.setItem).toHaveBeenCalledOnce();
  });

  it('does not save a loaded cohort: it is shown with no key, and the saved cohorts are as before', async () => {
    mode('files');
    const journeys = generateCohort(20, 5, '2026-06-01');
    const plan = { files: ['k.csv'], journeys, reports: [], duplicates: [], existing: [] };
    const r = await finishCohortLoad(plan, 'skip', '2026-06-01T10:00:00Z');
    expect(r).toMatchObject({ ok: true, key: null, name: 'k.csv', replaced: 0 });
    expect(r.ok && r.journeys.length).toBe(20);
    expect(await listCohorts()).toEqual([]);
    mode('browser');
    const saved = await finishCohortLoad(plan, 'skip', '2026-06-01T10:00:00Z');
    expect(saved.ok && saved.key).toMatch(/^cohort-/);
    expect(await listCohorts()).toHaveLength(1);
  });
});
