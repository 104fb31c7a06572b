/**
 * The compact timelines of the side-by-side comparison, in days and pixels but without
 * React: one lane order and one time extent shared by every panel, lane heights that
 * fit a projector, the totals of a panel against the baseline. Pure.
 */
import {
  type Analysis,
  type AnalysisOptions,
  type Catalogue,
  type DayNumber,
  type Issue,
  type Journey,
  type Totals,
  TOTAL_KEYS,
  type TotalKey,
  analyzeJourney,
  applyScenario,
  dayNumber,
} from '../domain';
import { EVENTS_LANE, type TimelineLayout, layoutTimeline } from '../timeline/layout';

/** Rows of parallel bars drawn in one lane at most; more share the last rows. */
export const MAX_LANE_ROWS = 3;
/** Room above the lanes for the wait strip and the cliff triangles. */
export const MINI_TOP = 10;
export const MINI_BOTTOM = 4;

export type MiniLane = { actor: string; rows: number };
export type MiniLanePosition = MiniLane & { top: number; height: number };

/**
 * One order from several: the first list as it is, then every name it lacks, placed
 * right after the name that precedes it in the list it comes from.
 */
export function mergeOrder(orders: readonly (readonly string[])[]): string[] {
  const merged = [...(orders[0] ?? [])];
  for (const order of orders.slice(1)) {
    order.forEach((name, i) => {
      if (merged.includes(name)) return;
      const before = order
        .slice(0, i)
        .reverse()
        .find((n) => merged.includes(n));
      merged.splice(before === undefined ? 0 : merged.indexOf(before) + 1, 0, name);
    });
  }
  return merged;
}

/**
 * The lanes of every panel: the baseline layout's order plus any actor only a scenario
 * has; only actors with a bar or a mandate somewhere; rows the most any panel needs.
 */
export function sharedLanes(layouts: readonly TimelineLayout[]): MiniLane[] {
  const used = new Set(layouts.flatMap((l) => [...l.bars.map((b) => b.lane), ...l.mandates.map((m) => m.lane)]));
  const order = mergeOrder(layouts.map((l) => l.lanes.map((lane) => lane.actor))).filter(
    (a) => a !== EVENTS_LANE && used.has(a),
  );
  return order.map((actor) => ({
    actor,
    rows: Math.min(
      MAX_LANE_ROWS,
      Math.max(1, ...layouts.map((l) => l.lanes.find((lane) => lane.actor === actor)?.rows ?? 0)),
    ),
  }));
}

/** The union of the layouts' extents and any further days (such as the reference day). */
export function unionExtent(
  layouts: readonly TimelineLayout[],
  days: readonly DayNumber[] = [],
): { start: DayNumber; end: DayNumber } {
  const starts = [...layouts.map((l) => l.extent.start), ...days];
  const ends = [...layouts.map((l) => l.extent.end), ...days];
  if (starts.length === 0) return { start: 0, end: 365 };
  return { start: Math.min(...starts), end: Math.max(...ends) };
}

/** Lane height for a one-row lane: thinner the more lanes there are. */
export function baseLaneHeight(laneCount: number): number {
  if (laneCount <= 3) return 26;
  if (laneCount <= 5) return 20;
  if (laneCount <= 7) return 16;
  return 14;
}

/** Lane labels as large as the thinnest lane allows. */
export function laneFontSize(laneCount: number): number {
  const h = baseLaneHeight(laneCount);
  return h >= 20 ? 13 : h >= 16 ? 12 : 11;
}
export const EXTRA_ROW_HEIGHT = 8;

export function lanePositions(lanes: readonly MiniLane[]): { lanes: MiniLanePosition[]; height: number } {
  const base = baseLaneHeight(lanes.length);
  let top = MINI_TOP;
  const positioned = lanes.map((lane) => {
    const height = base + (lane.rows - 1) * EXTRA_ROW_HEIGHT;
    const p = { ...lane, top, height };
    top += height;
    return p;
  });
  return { lanes: positioned, height: top + MINI_BOTTOM };
}

/** Where a bar sits in its lane: rows split the lane; responsibility without activity is thinner. */
export function barBox(lane: MiniLanePosition, row: number, activity: boolean): { y: number; height: number } {
  const inner = lane.height - 4;
  const rowHeight = inner / lane.rows;
  const r = Math.min(row, lane.rows - 1);
  const full = Math.max(rowHeight - 2, 3);
  const height = activity ? full : Math.max(Math.round(full * 0.55), 3);
  return { y: lane.top + 2 + r * rowHeight + (rowHeight - height) / 2, height };
}

/** Bars of a scenario that differ from the baseline: moved, resized, (un)cancelled or new. */
export function changedBars(base: TimelineLayout, scenario: TimelineLayout): Set<string> {
  const before = new Map(base.bars.map((b) => [b.id, b]));
  const changed = new Set<string>();
  for (const b of scenario.bars) {
    const o = before.get(b.id);
    if (!o || o.start !== b.start || o.end !== b.end || o.cancelled !== b.cancelled) changed.add(b.id);
  }
  return changed;
}

/** Whether a larger number is better for the participant; null: no judgement. */
export const HIGHER_IS_BETTER: Record<TotalKey, boolean | null> = {
  gapDays: false,
  forstegWaitDays: false,
  greyZoneDays: false,
  employmentDays: true,
  supportedUntil: null,
};

export type TotalRow = {
  key: TotalKey;
  /** This panel's value: a number of days, an ISO date, or null (open or nothing planned). */
  value: number | string | null;
  /** The baseline's value; absent on the baseline panel. */
  base?: number | string | null;
  /** Scenario minus baseline, in days; null when either side has no date. */
  diff: number | null;
  tone: 'better' | 'worse' | 'same' | 'neutral';
};

function difference(value: number | string | null, base: number | string | null): number | null {
  if (typeof value === 'number' && typeof base === 'number') return value - base;
  if (typeof value === 'string' && typeof base === 'string') return dayNumber(value) - dayNumber(base);
  return value === base ? 0 : null;
}

/** The five totals of a panel, each against the baseline when one is given. */
export function totalRows(totals: Totals, baseline?: Totals): TotalRow[] {
  return TOTAL_KEYS.map((key) => {
    const value = totals[key];
    if (!baseline) return { key, value, diff: null, tone: 'neutral' };
    const base = baseline[key];
    const diff = difference(value, base);
    const higher = HIGHER_IS_BETTER[key];
    const tone =
      diff === 0 ? 'same' : diff === null || higher === null ? 'neutral' : diff > 0 === higher ? 'better' : 'worse';
    return { key, value, base, diff, tone };
  });
}

/** "+12", "−44" (a real minus sign), "±0". */
export function signed(n: number, format: (n: number) => string = String): string {
  if (n === 0) return '±0';
  return `${n > 0 ? '+' : '\u2212'}${format(Math.abs(n))}`;
}

export const BASELINE_PANEL = 'baseline';

export type Panel = { id: string; name: string } & (
  | { ok: true; journey: Journey; analysis: Analysis; layout: TimelineLayout; changed: ReadonlySet<string> }
  | { ok: false; errors: Issue[] }
);

/** The baseline, then each scenario applied alone to it, analysed and laid out. */
export function buildPanels(
  journey: Journey,
  baseline: Analysis,
  options: AnalysisOptions,
  catalogue: Catalogue,
): Panel[] {
  const baseLayout = layoutTimeline(journey, baseline, catalogue);
  const panels: Panel[] = [
    { id: BASELINE_PANEL, name: '', ok: true, journey, analysis: baseline, layout: baseLayout, changed: new Set() },
  ];
  for (const s of journey.scenarios ?? []) {
    const r = applyScenario(journey, s.id);
    if (!r.ok) {
      panels.push({ id: s.id, name: s.name, ok: false, errors: r.errors });
      continue;
    }
    const analysis = analyzeJourney(r.journey, options);
    const layout = layoutTimeline(r.journey, analysis, catalogue);
    panels.push({
      id: s.id,
      name: s.name,
      ok: true,
      journey: r.journey,
      analysis,
      layout,
      changed: changedBars(baseLayout, layout),
    });
  }
  return panels;
}

/** "Regionen (hälso- och sjukvård)" → "Regionen": lane labels are short. */
export function shortLabel(label: string): string {
  const short = label.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return short || label;
}
