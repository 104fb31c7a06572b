/**
 * The filter's choices (the actors and kinds of the whole cohort) without a long task: a
 * cohort of up to SLICE journeys at once, a bigger one a slice per task (issue #26: 100,000
 * journeys in one pass were the cohort load's longest main-thread task). Until every journey
 * has been seen, there are no choices beyond "all".
 */
import { useEffect, useMemo, useState } from 'react';
import type { Journey } from '../domain';
import { type FilterChoices, choiceCollector, filterChoices } from './filter';

export const SLICE = 5_000;
const NONE: FilterChoices = { actors: [], kinds: [] };

/** The choices, SLICE journeys per task; nothing when the signal stops it first. */
export function filterChoicesInSlices(journeys: readonly Journey[], signal: AbortSignal): Promise<FilterChoices> {
  return new Promise((resolve) => {
    const c = choiceCollector();
    let next = 0;
    const step = () => {
      if (signal.aborted) return;
      const end = Math.min(next + SLICE, journeys.length);
      for (; next < end; next++) c.add(journeys[next]);
      if (next < journeys.length) setTimeout(step, 0);
      else resolve(c.result());
    };
    setTimeout(step, 0);
  });
}

export function useFilterChoices(journeys: readonly Journey[]): FilterChoices {
  const small = journeys.length <= SLICE;
  const now = useMemo(() => (small ? filterChoices(journeys) : null), [journeys, small]);
  const [done, setDone] = useState<{ of: readonly Journey[]; choices: FilterChoices } | null>(null);
  useEffect(() => {
    if (small) return;
    const stop = new AbortController();
    void filterChoicesInSlices(journeys, stop.signal).then((choices) => setDone({ of: journeys, choices }));
    return () => stop.abort();
  }, [journeys, small]);
  return now ?? (done?.of === journeys ? done.choices : NONE);
}
