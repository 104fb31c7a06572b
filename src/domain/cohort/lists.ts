/** The cliffs and upcoming sickness milestones of every journey (section 7), in one ordered list each. */
import type { Accumulator } from './accumulator';
import { kindById } from './gaps';
import type { CohortCliff, CohortMilestone } from './types';

/** Where an entry stands: its journey's position in the cohort and its own in that journey's analysis. */
type Place = { index: number; order: number };
export type ListsState = { cliffs: (CohortCliff & Place)[]; milestones: (CohortMilestone & Place)[] };
export type Lists = { cliffs: CohortCliff[]; upcomingMilestones: CohortMilestone[] };

const byPlace = (a: Place, b: Place) => a.index - b.index || a.order - b.order;
const byDate = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const listsAccumulator: Accumulator<ListsState, Lists> = {
  empty: () => ({ cliffs: [], milestones: [] }),
  add(s, journey, analysis, index) {
    const ref = journey.participant.ref;
    if (analysis.cliffs.length > 0) {
      const kinds = kindById(journey);
      analysis.cliffs.forEach((c, order) => {
        const kind = kinds.get(c.intervention) ?? '';
        s.cliffs.push({
          journey: journey.id,
          ref,
          intervention: c.intervention,
          kind,
          end: c.end,
          daysLeft: c.daysLeft,
          headroomMonths: c.headroomMonths,
          index,
          order,
        });
      });
    }
    analysis.sicknessMilestones.forEach((m, order) => {
      if (m.upcoming) s.milestones.push({ journey: journey.id, ref, day: m.day, date: m.date, index, order });
    });
    return s;
  },
  merge: (a, b) => ({ cliffs: [...a.cliffs, ...b.cliffs], milestones: [...a.milestones, ...b.milestones] }),
  finish: (s) => ({
    cliffs: [...s.cliffs]
      .sort((a, b) => byDate(a.end, b.end) || byPlace(a, b))
      .map(({ index: _i, order: _o, ...cliff }) => cliff),
    upcomingMilestones: [...s.milestones]
      .sort((a, b) => byDate(a.date, b.date) || byPlace(a, b))
      .map(({ index: _i, order: _o, ...milestone }) => milestone),
  }),
};
