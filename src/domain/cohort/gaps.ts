/** Gaps across a cohort (section 7): journeys with a gap, days, and gaps by the kind that preceded them. */
import type { Journey } from '../schema';
import type { Accumulator } from './accumulator';
import { type Tally, bump, byCodeUnit, count, keys, mergeTallies } from './tally';
import type { GapFigures } from './types';

export type GapsState = { journeysWithGap: number; days: number; gaps: Tally; gapDays: Tally };

/** The kind of each intervention of a journey, by id. */
export function kindById(journey: Journey): Map<string, string> {
  return new Map(journey.interventions.map((iv) => [iv.id, iv.kind]));
}

export const gapsAccumulator: Accumulator<GapsState, GapFigures> = {
  empty: () => ({ journeysWithGap: 0, days: 0, gaps: {}, gapDays: {} }),
  add(s, journey, analysis) {
    if (analysis.gaps.length > 0) s.journeysWithGap++;
    s.days += analysis.totals.gapDays;
    let kinds: Map<string, string> | undefined;
    for (const gap of analysis.gaps) {
      const preceding = new Set<string>();
      // A gap's `before` are the journey's own interventions, so each has its kind.
      for (const id of gap.before) preceding.add((kinds ??= kindById(journey)).get(id)!);
      if (preceding.size === 0) preceding.add('');
      for (const kind of preceding) {
        bump(s.gaps, kind);
        bump(s.gapDays, kind, gap.days);
      }
    }
    return s;
  },
  merge: (a, b) => ({
    journeysWithGap: a.journeysWithGap + b.journeysWithGap,
    days: a.days + b.days,
    gaps: mergeTallies(a.gaps, b.gaps),
    gapDays: mergeTallies(a.gapDays, b.gapDays),
  }),
  finish: (s) => ({
    journeysWithGap: s.journeysWithGap,
    days: s.days,
    byPrecedingKind: keys(s.gaps)
      .map((kind) => ({ kind, gaps: count(s.gaps, kind), days: count(s.gapDays, kind) }))
      .sort((a, b) => b.days - a.days || byCodeUnit(a.kind, b.kind)),
  }),
};
