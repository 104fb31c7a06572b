/**
 * Drilling down: from a cell, a bar, a row or a list entry to exactly the journeys behind it,
 * each with the finding to highlight when it opens on the timeline.
 */
import type { CohortFigures, HistogramBin } from '../domain';
import type { JourneyFacts } from '../domain/cohort/facts';
import type { Observation } from '../domain/cohort/observations';

export type DrillTarget =
  | { kind: 'handover'; from: string; to: string }
  | { kind: 'bin'; bin: HistogramBin }
  | { kind: 'journey'; index: number }
  | { kind: 'cliffs' }
  | { kind: 'milestones'; day: 90 | 180 | 365 };

/** A journey in a drill-down list: where it is in the cohort and what to highlight. */
export type DrillRow = {
  index: number;
  ref: string;
  selection: { kind: 'greyzone' | 'wait' | 'cliff'; id: string } | null;
  /** What the entry is about, in figures (days, a date). */
  detail: { days?: number; date?: string; open?: boolean; kind?: string };
};

/** A computed zone's actors as the hand-over figures count them: "" for an empty list. */
const sides = (actors: readonly string[]) => (actors.length === 0 ? [''] : actors);

/** An observation's time, -1 for an entry that is no observation. */
const timeOf = (o: Observation) => (o.kind === 'event' || o.kind === 'censored' ? o.time : -1);

const inBin = (days: number, bin: HistogramBin) => days >= bin.from && (bin.to === null || days <= bin.to);

export function drillRows(target: DrillTarget, facts: readonly JourneyFacts[], figures: CohortFigures): DrillRow[] {
  switch (target.kind) {
    case 'handover':
      return facts.flatMap((f) => {
        const zones = f.zones.filter((z) => sides(z.from).includes(target.from) && sides(z.to).includes(target.to));
        if (zones.length === 0) return [];
        const days = zones.reduce((s, z) => s + z.days, 0);
        return [{ index: f.index, ref: f.ref, selection: { kind: 'greyzone', id: zones[0].id }, detail: { days } }];
      });
    case 'bin':
      // The bins count observations by their time on asOf (section 7), as the histogram does.
      return facts.flatMap((f) => {
        const w = f.waits.find((x) => timeOf(x.observation) > 0 && inBin(timeOf(x.observation), target.bin));
        return w
          ? [
              {
                index: f.index,
                ref: f.ref,
                selection: { kind: 'wait', id: w.id },
                detail: { days: timeOf(w.observation), open: w.observation.kind === 'censored' },
              },
            ]
          : [];
      });
    case 'journey': {
      const f = facts.find((x) => x.index === target.index);
      return f ? [{ index: f.index, ref: f.ref, selection: null, detail: { days: f.greyZoneDays } }] : [];
    }
    case 'cliffs': {
      const byId = new Map(facts.map((f) => [f.id, f]));
      return figures.cliffs.flatMap((c) => {
        const f = byId.get(c.journey);
        return f
          ? [
              {
                index: f.index,
                ref: c.ref,
                selection: { kind: 'cliff', id: c.intervention },
                detail: { date: c.end, kind: c.kind, days: c.daysLeft },
              },
            ]
          : [];
      });
    }
    case 'milestones': {
      const byId = new Map(facts.map((f) => [f.id, f]));
      return figures.upcomingMilestones
        .filter((m) => m.day === target.day)
        .flatMap((m) => {
          const f = byId.get(m.journey);
          return f ? [{ index: f.index, ref: m.ref, selection: null, detail: { date: m.date } }] : [];
        });
    }
  }
}
