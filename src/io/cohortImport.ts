/**
 * Loading a cohort, every way a coordinator has the data (files, a cohort file, CSV, a
 * folder, dropped files): read in a worker, duplicates found against each other and the
 * saved cohorts, one choice applied, then saved in one transaction and opened. Nothing is
 * saved until the whole cohort has been read and the person has chosen; a cancel leaves the
 * library as it was. In files-only mode (src/store/filesOnly.ts) nothing is read from or saved
 * in the browser's storage: the cohort is only on screen (its key is null).
 */
import { type Duplicate, type DuplicateChoice, type Journey, type JourneyIdentity, resolveDuplicates } from '../domain';
import { type ReadOutcome, type ReadProgress, readCohortFiles } from '../workers/cohortClient';
import { filesOnly } from '../store/filesOnly';
import { type CohortSaveResult, saveCohort, savedIdentities } from './cohortStorage';

export type LoadPlan = {
  files: string[];
  journeys: Journey[];
  reports: ReadOutcome['reports'];
  duplicates: Duplicate[];
  existing: JourneyIdentity[];
};

/** Reads the files and finds the duplicates; saves nothing. */
export async function planCohortLoad(
  files: readonly File[],
  opts: { onProgress?: (p: ReadProgress) => void; signal?: AbortSignal },
): Promise<LoadPlan> {
  const existing = filesOnly() ? [] : await savedIdentities().catch(() => []);
  // The duplicates are found by the reader, beside its reading (issue #26: 100,000 journeys cost the page 90 ms).
  const read = await readCohortFiles(files, { ...opts, existing });
  return {
    files: files.map((f) => f.webkitRelativePath || f.name),
    journeys: read.journeys.map((j) => j.journey),
    reports: read.reports,
    duplicates: read.duplicates,
    existing,
  };
}

export type LoadResult =
  | {
      ok: true;
      /** null: kept only on screen (files only). */
      key: string | null;
      name: string;
      journeys: Journey[];
      loadedAt: string;
      skipped: number;
      renamed: number;
      /** Journeys taken out of the saved cohorts (counted as they were removed). */
      replaced: number;
      /** Journeys in this load left out for a later one with the same id or ref. */
      superseded: number;
    }
  | { ok: false; reason: 'nothingNew'; skipped: number }
  | ({ ok: false } & Extract<CohortSaveResult, { ok: false }>);

/** A name for the cohort from its files: "kohort.csv", or "kohort.csv + 2 till". */
export function cohortName(files: readonly string[]): string {
  if (files.length === 0) return '–';
  const first = files[0].split('/').pop() ?? files[0];
  return files.length === 1 ? first : `${first} + ${files.length - 1}`;
}

/** Applies the choice (if there were duplicates), saves the cohort, and gives what to open. */
export async function finishCohortLoad(plan: LoadPlan, choice: DuplicateChoice, now: string): Promise<LoadResult> {
  const r = resolveDuplicates(plan.journeys, plan.duplicates, choice, plan.existing);
  if (r.journeys.length === 0) return { ok: false, reason: 'nothingNew', skipped: r.skipped };
  const key = `cohort-${now}-${Math.random().toString(36).slice(2, 8)}`;
  const name = cohortName(plan.files);
  const kept = { name, journeys: r.journeys, loadedAt: now, skipped: r.skipped, renamed: r.renamed };
  if (filesOnly()) return { ok: true, key: null, ...kept, replaced: 0, superseded: r.superseded };
  const saved = await saveCohort({ key, name, sources: plan.files, loadedAt: now }, r.journeys, r.replaced);
  if (!saved.ok) return saved;
  return {
    ok: true,
    key,
    name,
    journeys: r.journeys,
    loadedAt: now,
    skipped: r.skipped,
    renamed: r.renamed,
    replaced: saved.removed,
    superseded: r.superseded,
  };
}
