/**
 * The figures, the alignment and the per-journey facts of the selected journeys, through
 * the one door to the cohort engine (`computeCohort`); recomputed, and the last run
 * cancelled, when the selection, the anchor or the range change. While a run is going,
 * the last result stays on screen.
 */
import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Journey } from '../domain';
import { type CohortResult, type Progress, computeCohort } from '../workers/cohortClient';
import type { JourneyFacts } from '../domain/cohort/facts';

export type AlignChoice = { anchor: string; from: number; to: number };
/** `journeys` are the ones the figures and facts were computed from (a drill-down row's index points there). */
type Ready = { state: 'ready'; result: CohortResult; facts: JourneyFacts[]; journeys: readonly Journey[] };
type Failed = { state: 'failed'; message: string };
export type CohortData = { state: 'computing'; progress: Progress | null; last: Ready | null } | Failed | Ready;

type Inputs = { journeys: readonly Journey[]; asOf: string; anchor: string; from: number; to: number };

export function useCohortData(journeys: readonly Journey[], asOf: string, align: AlignChoice): CohortData {
  const { anchor, from, to } = align;
  const inputs = useMemo<Inputs>(() => ({ journeys, asOf, anchor, from, to }), [journeys, asOf, anchor, from, to]);
  const [done, setDone] = useState<{ inputs: Inputs; data: Ready | Failed } | null>(null);
  const [progress, setProgress] = useState<{ inputs: Inputs; progress: Progress } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const options = { asOf: inputs.asOf, anchor: inputs.anchor, from: inputs.from, to: inputs.to };
    // One pass in the workers: figures, alignment and each journey's facts. Started in a task of its own,
    // not in the one that rendered the new cohort: starting the workers and sending them their first
    // journeys made that task 55-100 ms at 10,000 journeys (issue #26).
    const run = () =>
      computeCohort(inputs.journeys, { asOf: inputs.asOf }, options, {
        // Progress and results render as transitions: React renders them in slices, between clicks.
        onProgress: (p) => startTransition(() => setProgress({ inputs, progress: p })),
        signal,
        facts: options,
      }).then(
        (result) => {
          if (!signal.aborted)
            startTransition(() =>
              setDone({
                inputs,
                data: { state: 'ready', result, facts: result.facts ?? [], journeys: inputs.journeys },
              }),
            );
        },
        (e: unknown) => {
          if (!signal.aborted)
            setDone({ inputs, data: { state: 'failed', message: e instanceof Error ? e.message : String(e) } });
        },
      );
    const start = setTimeout(() => void run(), 0);
    return () => {
      clearTimeout(start);
      controller.abort();
    };
  }, [inputs]);
  if (done?.inputs === inputs) return done.data;
  return {
    state: 'computing',
    progress: progress?.inputs === inputs ? progress.progress : null,
    last: done?.data.state === 'ready' ? done.data : null,
  };
}
