/**
 * The steps of loading a cohort, for the panel: reading (with progress and cancel), asking
 * about duplicates once, saving, and what came of it. The cohort is opened on success, and
 * also when it could not be saved (it is then shown, with the reason, until a reload).
 */
import { useRef, useState } from 'react';
import type { DuplicateChoice } from '../../domain';
import { type LoadPlan, type LoadResult, cohortName, finishCohortLoad, planCohortLoad } from '../../io/cohortImport';
import { useStore } from '../../store';
import { type ReadProgress, WorkerLost } from '../../workers/cohortClient';

export type LoadPhase =
  | { name: 'idle' }
  | { name: 'reading'; progress: ReadProgress }
  | { name: 'asking'; plan: LoadPlan }
  | { name: 'saving'; plan: LoadPlan }
  | { name: 'done'; plan: LoadPlan; result: LoadResult }
  | { name: 'cancelled' }
  | { name: 'failed'; message: string; plan?: LoadPlan }
  /** The reader failed or fell silent (issue 28): nothing was saved; the same files can be tried again. */
  | { name: 'lost'; lost: WorkerLost; files: readonly File[] };

const isAbort = (e: unknown) => e instanceof DOMException && e.name === 'AbortError';

export function useCohortLoad(onSaved?: () => void) {
  const [phase, setPhase] = useState<LoadPhase>({ name: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const finish = async (plan: LoadPlan, choice: DuplicateChoice) => {
    setPhase({ name: 'saving', plan });
    const now = new Date().toISOString();
    const result = await finishCohortLoad(plan, choice, now);
    if (result.ok) {
      // Drawn at once, in one task: a store update is rendered blocking even inside startTransition
      // (zustand reads the store through useSyncExternalStore), so a big cohort's first render holds
      // the page (issue #26, item 4).
      useStore.getState().setCohort({
        key: result.key,
        name: result.name,
        source: { kind: 'files', names: plan.files },
        loadedAt: result.loadedAt,
        journeys: result.journeys,
      });
      onSaved?.();
    } else if (result.reason !== 'nothingNew') {
      // Not saved (a full disk): the cohort is still shown, and the panel says why.
      useStore.getState().setCohort({
        key: null,
        name: cohortName(plan.files),
        source: { kind: 'files', names: plan.files },
        loadedAt: now,
        journeys: plan.journeys,
      });
    }
    setPhase({ name: 'done', plan, result });
  };

  const load = async (files: readonly File[]) => {
    if (files.length === 0) return;
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setPhase({ name: 'reading', progress: { filesRead: 0, files: files.length, journeysRead: 0 } });
    try {
      const plan = await planCohortLoad(files, {
        signal: c.signal,
        onProgress: (progress) => setPhase({ name: 'reading', progress }),
      });
      if (c.signal.aborted) return;
      if (plan.journeys.length === 0) return setPhase({ name: 'failed', message: 'nothingRead', plan });
      if (plan.duplicates.length > 0) return setPhase({ name: 'asking', plan });
      await finish(plan, 'skip');
    } catch (e) {
      if (c.signal.aborted) return;
      if (e instanceof WorkerLost) return setPhase({ name: 'lost', lost: e, files });
      setPhase(isAbort(e) ? { name: 'cancelled' } : { name: 'failed', message: String(e) });
    }
  };

  return {
    phase,
    load,
    /** "Försök igen" after a lost reader: the same files again. */
    retry: () => {
      if (phase.name === 'lost') void load(phase.files);
    },
    cancel: () => {
      controller.current?.abort();
      setPhase({ name: 'cancelled' });
    },
    choose: (choice: DuplicateChoice | null) => {
      if (phase.name !== 'asking') return;
      if (choice === null) setPhase({ name: 'cancelled' });
      else void finish(phase.plan, choice);
    },
  };
}
