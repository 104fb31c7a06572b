/** The cliffs and upcoming sickness milestones of every journey (section 7), in one ordered list each. */
import type { Accumulator } from './accumulator';
import { kindById } from './gaps';
import type { CohortCliff, CohortMilestone } from './types';

/**
 * Where an entry stands: its journey's position in the cohort. A journey's entries are added together, in
 * its analysis's order, and never split between parts, so a stable sort keeps that order among them.
 */
type Place = { index: number };
export type ListsState = { cliffs: (CohortCliff & Place)[]; milestones: (CohortMilestone & Place)[] };
export type Lists = { cliffs: CohortCliff[]; upcomingMilestones: CohortMilestone[] };

function byPlace(a: Place, b: Place): number {
  return a.index - b.index;
}
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const listsAccumulator: Accumulator<ListsState, Lists> = {
  empty: () => ({ cliffs: [], milestones: [] }),
  add(s, journey, analysis, index) {
    const ref = journey.participant.ref;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: for speed only: with no cliffs the loop adds nothing, and the kinds need not be looked up
    if (analysis.cliffs.length > 0) {
      const kinds = kindById(journey);
      for (const c of analysis.cliffs) {
        // A cliff is one of the journey's own interventions, so its kind is there.
        const kind = kinds.get(c.intervention)!;
        s.cliffs.push({
          journey: journey.id,
          ref,
          intervention: c.intervention,
          kind,
          end: c.end,
          daysLeft: c.daysLeft,
          headroomMonths: c.headroomMonths,
          index,
        });
      }
    }
    for (const m of analysis.sicknessMilestones)
      if (m.upcoming) s.milestones.push({ journey: journey.id, ref, day: m.day, date: m.date, index });
    return s;
  },
  merge: (a, b) => ({ cliffs: [...a.cliffs, ...b.cliffs], milestones: [...a.milestones, ...b.milestones] }),
  finish: (s) => ({
    cliffs: [...s.cliffs].sort((a, b) => byDate(a.end, b.end) || byPlace(a, b)).map(({ index: _i, ...cliff }) => cliff),
    upcomingMilestones: [...s.milestones]
      .sort((a, b) => byDate(a.date, b.date) || byPlace(a, b))
      .map(({ index: _i, ...milestone }) => milestone),
  }),
};
