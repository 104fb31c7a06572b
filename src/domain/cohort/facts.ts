/**
 * What the drill-down and the sequence index plot need of each journey: its waits, its
 * computed grey zones with their actors, its totals, and its state runs around the anchor.
 * One pass over the journeys (analysed as `analyzeCohort` analyses them), kept beside the
 * figures so that a click can list exactly the journeys behind a cell.
 */
import { type Analysis, analyzeJourney } from '../analyze';
import { isoDate } from '../dates';
import { findingId } from '../findingId';
import type { Journey } from '../schema';
import { anchorDay, itemsOf } from './anchor';
import { type Observation, observe } from './observations';
import { stateRuns } from './states';
import { DAY_STATES, type DayState } from './types';

export type Run = { state: DayState; from: number; to: number };
export type ZoneFact = { id: string; from: string[]; to: string[]; days: number; start: string };
export type JourneyFacts = {
  index: number;
  id: string;
  ref: string;
  /** Each wait with its observation on asOf (section 7): the histogram's bins count their times. */
  waits: { id: string; days: number; open: boolean; noNextStep: boolean; observation: Observation }[];
  zones: ZoneFact[];
  greyZoneDays: number;
  gapDays: number;
  longestWait: number;
  /** The anchor day (ISO), null when the journey has none. */
  anchor: string | null;
  /** State runs as offsets from the anchor, inside the alignment window (from..to). */
  runs: Run[];
};

export type FactOptions = { asOf: string; anchor: string; from: number; to: number };

export function journeyFacts(journey: Journey, index: number, o: FactOptions, analysis?: Analysis): JourneyFacts {
  const a = analysis ?? analyzeJourney(journey, { asOf: o.asOf, ignoreGapsUpToDays: 0, cliffHorizonDays: 90 });
  const items = itemsOf(journey, a);
  const day = anchorDay(o.anchor, items);
  const runs: Run[] = [];
  if (day !== null) {
    const byState = stateRuns(items, a, { start: day + o.from, end: day + o.to });
    for (const state of DAY_STATES)
      for (const r of byState[state]) runs.push({ state, from: r.start - day, to: r.end - day });
    runs.sort((x, y) => x.from - y.from);
  }
  return {
    index,
    id: journey.id,
    ref: journey.participant.ref,
    waits: a.forstegWaits.map((w) => ({
      id: findingId.wait(w),
      days: w.days,
      open: w.open,
      noNextStep: w.noNextStep,
      observation: observe(journey, a, w, o.asOf),
    })),
    zones: a.greyZones
      .filter((z) => !z.manual)
      .map((z) => ({ id: findingId.greyzone(z), from: z.fromActors, to: z.toActors, days: z.days, start: z.start })),
    greyZoneDays: a.totals.greyZoneDays,
    gapDays: a.totals.gapDays,
    longestWait: Math.max(0, ...a.forstegWaits.map((w) => w.days)),
    anchor: day === null ? null : isoDate(day),
    runs,
  };
}
