/**
 * Where everything goes on the timeline, in days and rows (no pixels, no DOM): lanes per
 * actor in a stable order, interventions stacked in rows so that overlapping ones never
 * collide (the main line first, what runs beside it after: docs/format.md, "Parallel interventions"),
 * mandates in thin rows below, events on a marker row above.
 */
import {
  type Analysis,
  type Catalogue,
  type Category,
  type DayNumber,
  type Journey,
  addMonths,
  actorOf,
  dayNumber,
  isActivityKind,
  isParallel,
  unrecordedEnds,
} from '../domain';
import { ACTOR_ORDER } from './palette';

export const EVENTS_LANE = '__events';

/**
 * A sickness milestone drawn as a tick on the spell it falls in (its `at` is the Nth day);
 * `employed`: the period began in an employment, so the day is a step of the chain (SFB 27:46).
 */
export type MilestoneTick = {
  day: 90 | 180 | 365;
  at: DayNumber;
  upcoming: boolean;
  future: boolean;
  employed: boolean;
};

export type BarSegment = { start: DayNumber; end: DayNumber; kind: 'base' | 'extension'; months?: number };

export type BarLayout = {
  id: string;
  index: number;
  lane: string;
  row: number;
  category: Category;
  activity: boolean;
  /** Runs beside the main line (section 3): drawn thinner, named so, stacked after the main line. */
  parallel: boolean;
  start: DayNumber;
  /** Inclusive last day; null when open-ended. */
  end: DayNumber | null;
  projected: boolean;
  segments: BarSegment[];
  ruleLimit: DayNumber | null;
  exceeds: boolean;
  cancelled: boolean;
  status: 'planned' | 'ongoing' | 'ended' | 'cancelled';
  /** The decided end passed with no end recorded ("Slut ej registrerat"). */
  endUnrecorded: boolean;
  milestones: MilestoneTick[];
};

export type MandateLayout = { id: string; lane: string; row: number; start: DayNumber; end: DayNumber | null };
export type EventLayout = { id: string; lane: string; day: DayNumber; type: string };

export type LaneLayout = { actor: string; rows: number; mandateRows: number; hasEvents: boolean };

export type TimelineLayout = {
  lanes: LaneLayout[];
  bars: BarLayout[];
  mandates: MandateLayout[];
  events: EventLayout[];
  /** Days that "Visa allt" shows: every bar, marker and finding. */
  extent: { start: DayNumber; end: DayNumber };
};

/**
 * Greedy interval partitioning: each item goes to the first row free at its start. Items
 * `beside` the main line are placed after the others, so that the main line keeps the top rows.
 */
function stack<T extends { start: DayNumber; end: DayNumber | null; index: number; beside?: boolean }>(
  items: T[],
): Map<T, number> {
  const rowEnds: number[] = [];
  const rows = new Map<T, number>();
  const order = (a: T, b: T) => Number(a.beside ?? false) - Number(b.beside ?? false);
  for (const item of [...items].sort((a, b) => order(a, b) || a.start - b.start || a.index - b.index)) {
    let row = rowEnds.findIndex((end) => end < item.start);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = item.end ?? Infinity;
    rows.set(item, row);
  }
  return rows;
}

function laneOrder(actors: Set<string>, catalogue: Catalogue, journey: Journey): string[] {
  const custom = (journey.actors ?? []).map((a) => a.id);
  const rank = (a: string) => {
    const builtIn = ACTOR_ORDER.indexOf(a);
    if (builtIn >= 0 && catalogue.actors.get(a)?.builtIn) return builtIn;
    const c = custom.indexOf(a);
    return c >= 0 ? ACTOR_ORDER.length + c : ACTOR_ORDER.length + custom.length + (builtIn >= 0 ? builtIn : 0);
  };
  return [...actors].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Each milestone goes on the first spell of its period (file order) that covers its day. */
function placeMilestones(bars: BarLayout[], analysis: Analysis) {
  const byId = new Map(bars.map((b) => [b.id, b]));
  for (const m of analysis.sicknessMilestones) {
    const at = dayNumber(m.date);
    const bar = m.interventions
      .map((id) => byId.get(id))
      .find((b) => b !== undefined && b.start <= at && (b.end === null || at <= b.end));
    bar?.milestones.push({ day: m.day, at, upcoming: m.upcoming, future: m.future, employed: m.employed });
  }
}

export function layoutTimeline(
  journey: Journey,
  analysis: Analysis,
  catalogue: Catalogue,
  asOf: string | null = null,
): TimelineLayout {
  const unrecorded = unrecordedEnds(journey, analysis, asOf);
  const bars: BarLayout[] = journey.interventions.map((iv, index) => {
    const a = analysis.interventions[index];
    const kind = catalogue.kinds.get(iv.kind);
    const start = dayNumber(iv.start);
    const end = a.effectiveEnd === null ? null : dayNumber(a.effectiveEnd);
    const segments: BarSegment[] = [];
    if (end !== null) {
      if (iv.end === undefined && (iv.extensions?.length ?? 0) > 0) {
        // The decision now in force, then each extension as its own segment.
        let cursor = a.effectiveEnd as string;
        const exts = iv.extensions ?? [];
        const ends: { end: string; months: number }[] = [];
        for (let i = exts.length - 1; i >= 0; i--) {
          ends.unshift({ end: cursor, months: exts[i].months });
          cursor = addMonths(cursor, -exts[i].months);
        }
        // `cursor` is now the end before any extension (exact unless a month end clamped).
        const baseEnd = Math.max(start, Math.min(dayNumber(cursor), end));
        segments.push({ start, end: baseEnd, kind: 'base' });
        let prev = baseEnd;
        for (const e of ends) {
          const segEnd = dayNumber(e.end);
          if (segEnd > prev) segments.push({ start: prev + 1, end: segEnd, kind: 'extension', months: e.months });
          prev = Math.max(prev, segEnd);
        }
      } else {
        segments.push({ start, end, kind: 'base' });
      }
    }
    return {
      id: iv.id,
      index,
      lane: actorOf(iv, catalogue) ?? '?',
      row: 0,
      category: kind?.category ?? 'ovrigt',
      activity: kind ? isActivityKind(kind) : true,
      parallel: isParallel(iv, kind),
      start,
      end,
      projected: a.projected,
      segments,
      // An ended intervention within its maximum needs no flag: the ceiling far ahead of an sfi
      // that ended years ago would only squeeze the chart. Its details still give it.
      ruleLimit: a.ruleLimit === null || (a.status === 'ended' && !a.exceedsMaximum) ? null : dayNumber(a.ruleLimit),
      exceeds: a.exceedsMaximum,
      cancelled: a.status === 'cancelled',
      status: a.status,
      endUnrecorded: unrecorded.has(iv.id),
      milestones: [],
    };
  });
  placeMilestones(bars, analysis);

  const mandates: MandateLayout[] = (journey.mandates ?? []).map((m) => ({
    id: m.id,
    lane: m.actor,
    row: 0,
    start: dayNumber(m.start),
    end: m.end === undefined ? null : dayNumber(m.end),
  }));
  const events: EventLayout[] = (journey.events ?? []).map((e) => ({
    id: e.id,
    lane: e.actor ?? EVENTS_LANE,
    day: dayNumber(e.date),
    type: e.type,
  }));

  const actors = new Set<string>([...bars.map((b) => b.lane), ...mandates.map((m) => m.lane)]);
  for (const e of events) if (e.lane !== EVENTS_LANE) actors.add(e.lane);
  const order = laneOrder(actors, catalogue, journey);
  if (events.some((e) => e.lane === EVENTS_LANE)) order.push(EVENTS_LANE);

  const lanes: LaneLayout[] = order.map((actor) => {
    const laneBars = bars.filter((b) => b.lane === actor);
    const barRows = stack(laneBars.map((b) => ({ ...b, beside: b.parallel, ref: b })));
    for (const [b, row] of barRows) b.ref.row = row;
    const laneMandates = mandates.filter((m) => m.lane === actor).map((m, index) => ({ ...m, index, ref: m }));
    const mandateRows = stack(laneMandates);
    for (const [m, row] of mandateRows) m.ref.row = row;
    return {
      actor,
      rows: laneBars.length === 0 ? 0 : Math.max(...laneBars.map((b) => b.row)) + 1,
      mandateRows: laneMandates.length === 0 ? 0 : Math.max(...laneMandates.map((m) => m.ref.row)) + 1,
      hasEvents: events.some((e) => e.lane === actor),
    };
  });

  const days: number[] = [];
  for (const b of bars) {
    days.push(b.start);
    if (b.end !== null) days.push(b.end);
    if (b.ruleLimit !== null) days.push(b.ruleLimit);
  }
  for (const m of mandates) days.push(m.start, ...(m.end === null ? [] : [m.end]));
  for (const e of events) days.push(e.day);
  for (const a of journey.annotations ?? []) days.push(dayNumber(a.start), dayNumber(a.end));
  if (analysis.horizon) days.push(dayNumber(analysis.horizon.from), dayNumber(analysis.horizon.to));
  const lo = days.reduce((m, d) => Math.min(m, d), Infinity);
  const hi = days.reduce((m, d) => Math.max(m, d), -Infinity);
  const extent = Number.isFinite(lo) ? { start: lo, end: hi } : { start: 0, end: 365 };
  return { lanes, bars, mandates, events, extent };
}
