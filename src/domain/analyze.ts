/**
 * `analyzeJourney`: horizon, gaps, waits after försteg, grey zones, cliffs and totals,
 * exactly as docs/format.md ("The analysis of one journey") defines them. Pure: the reference day comes
 * from the options or the file, never from the clock. Interval arithmetic throughout.
 */
import { isActivityKind } from './catalogue';
import { type DayNumber, type IsoDate, dayNumber, isIsoDate, isoDate } from './dates';
import {
  type Status,
  SICKNESS_KIND,
  effectiveEnd,
  headroomMonths,
  isParallel,
  ruleContext,
  ruleLimit,
  sicknessFirstDay,
  statusOn,
} from './effective';
import { workingDaysBetween } from './holidays';
import { type Interval, clip, complement, covers, totalDays } from './intervals';
import { actorOf, resolveCatalogue } from './resolve';
import { type SicknessMilestone, type SicknessSpell, sicknessMilestones } from './sickness';
import type { Intervention, Journey } from './schema';

export type AnalysisOptions = {
  /** The reference day; default the file's `asOf`. */
  asOf?: IsoDate;
  ignoreGapsUpToDays?: number;
  cliffHorizonDays?: number;
};

export type AnalyzedIntervention = {
  id: string;
  status: Status;
  effectiveEnd: string | null;
  projected: boolean;
  exceedsMaximum: boolean;
  ruleLimit: string | null;
};
export type Gap = {
  start: string;
  end: string;
  days: number;
  workingDays: number;
  before: string[];
  after: string[];
  open: boolean;
};
export type ForstegWait = {
  forsteg: string;
  start: string | null;
  end: string | null;
  days: number;
  next: string | null;
  open: boolean;
  noNextStep: boolean;
};
export type GreyZone = {
  start: string;
  end: string;
  days: number;
  workingDays: number;
  fromActors: string[];
  toActors: string[];
  open: boolean;
  manual: boolean;
};
export type Cliff = { intervention: string; end: string; daysLeft: number; headroomMonths: number | null };
export type Totals = {
  gapDays: number;
  forstegWaitDays: number;
  greyZoneDays: number;
  employmentDays: number;
  supportedUntil: string | null;
};
export type Analysis = {
  horizon: { from: string; to: string } | null;
  interventions: AnalyzedIntervention[];
  gaps: Gap[];
  forstegWaits: ForstegWait[];
  greyZones: GreyZone[];
  cliffs: Cliff[];
  sicknessMilestones: SicknessMilestone[];
  totals: Totals;
};
export type { SicknessMilestone };

/** Who holds responsibility over which days (an item or a mandate), in day numbers. */
type Holder = {
  id: string;
  actor: string | undefined;
  start: DayNumber;
  /** Inclusive; `Infinity` when open-ended. */
  end: DayNumber;
};
/** One non-cancelled item with its resolved facts, in day numbers. */
type Item = Holder & {
  index: number;
  activity: boolean;
  preparatory: boolean;
  employment: boolean;
  /** Runs beside the main line (section 3): no gap, wait, grey zone or cliff reads it. */
  parallel: boolean;
};

const ids = (items: readonly Item[]) => items.map((i) => i.id);
const sortedUnique = (values: (string | undefined)[]) =>
  [...new Set(values.filter((v): v is string => v !== undefined))].sort();

/** Keyed by a start or an end; the open ends (`Infinity`) get a bucket too, which no one reads. */
function groupBy<T extends Holder>(items: readonly T[], key: (i: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const i of items) {
    const k = key(i);
    const bucket = map.get(k);
    if (bucket) bucket.push(i);
    else map.set(k, [i]);
  }
  return map;
}

/** Spread-free maximum: journeys may hold more items than the call stack takes. */
const maxOf = (values: number[]) => values.reduce((m, v) => Math.max(m, v), -Infinity);

function run(i: Interval) {
  return {
    start: isoDate(i.start),
    end: isoDate(i.end),
    days: i.end - i.start + 1,
    workingDays: workingDaysBetween(i.start, i.end),
  };
}

export function analyzeJourney(journey: Journey, options: AnalysisOptions = {}): Analysis {
  const catalogue = resolveCatalogue(journey);
  const birthYear = journey.participant.birthYear;
  const context = ruleContext(journey, catalogue.kinds);
  const ignore = options.ignoreGapsUpToDays ?? 0;
  const cliffDays = options.cliffHorizonDays ?? 90;
  const closed = journey.closed ?? null;

  // --- each intervention on its own -------------------------------------------------
  const facts = journey.interventions.map((iv: Intervention) => {
    const kind = catalogue.kinds.get(iv.kind);
    const eff = effectiveEnd(iv, kind, birthYear);
    return { iv, kind, eff, limit: ruleLimit(iv, kind, context) };
  });

  const items: Item[] = [];
  facts.forEach(({ iv, kind, eff }, index) => {
    if (iv.cancelled) return;
    items.push({
      id: iv.id,
      index,
      actor: actorOf(iv, catalogue),
      activity: kind ? isActivityKind(kind) : true,
      preparatory: iv.preparatory ?? kind?.category === 'forsteg',
      employment: kind?.category === 'anstallning',
      parallel: isParallel(iv, kind),
      start: dayNumber(iv.start),
      end: eff.end === null ? Infinity : dayNumber(eff.end),
    });
  });
  // Gaps, waits, grey zones and cliffs read the main line only (section 3).
  const main = items.filter((i) => !i.parallel);
  // Mandates only hold responsibility: they are read for the horizon and the grey zones.
  const mandates: Holder[] = (journey.mandates ?? []).map((m) => ({
    id: m.id,
    actor: m.actor,
    start: dayNumber(m.start),
    end: m.end === undefined ? Infinity : dayNumber(m.end),
  }));

  // --- horizon and the reference day ---------------------------------------------
  const all = [...items, ...mandates];
  const knownDays = all.flatMap((i) => (Number.isFinite(i.end) ? [i.start, i.end] : [i.start]));
  const lastKnown = knownDays.length > 0 ? maxOf(knownDays) : null;
  // Stryker disable next-line ConditionalExpression: equivalent: lastKnown is null only with no interventions or mandates (all cancelled), where no horizon is found and every status is `cancelled`, so 1970-01-01 for null changes nothing
  const asOfIso = options.asOf ?? journey.asOf ?? closed?.date ?? (lastKnown === null ? null : isoDate(lastKnown));
  if (asOfIso !== null && !isIsoDate(asOfIso)) throw new TypeError(`asOf ${JSON.stringify(asOfIso)} is not a date`);

  const analyzed: AnalyzedIntervention[] = facts.map(({ iv, eff, limit }) => ({
    id: iv.id,
    status: statusOn(iv, eff.end, asOfIso ?? iv.start),
    effectiveEnd: eff.end,
    projected: eff.projected,
    // Stryker disable next-line ConditionalExpression: equivalent: a date string compared with null by `>` is false either way ('2025-01-01' > null and null > '2025-01-01')
    exceedsMaximum: !iv.cancelled && limit !== null && eff.end !== null && eff.end > limit,
    ruleLimit: limit,
  }));

  const finiteEnds = items.map((i) => i.end);
  const supportedUntil =
    items.length === 0 || finiteEnds.some((e) => !Number.isFinite(e)) ? null : isoDate(maxOf(finiteEnds));

  // With nothing in `all`, `from` is Infinity and no `to` reaches it: no horizon.
  const from = all.reduce((m, i) => Math.min(m, i.start), Infinity);
  // Stryker disable next-line UnaryOperator: equivalent: asOfIso is null only when `all` is empty; +Infinity then makes a horizon at Infinity, but the analysis returns no findings for a null asOfIso all the same
  const asOfDay = asOfIso === null ? -Infinity : dayNumber(asOfIso);
  const to = closed ? dayNumber(closed.date) : Math.max(asOfDay, lastKnown ?? -Infinity);
  const horizon: Interval | null = to >= from ? { start: from, end: to } : null;

  const empty: Analysis = {
    horizon: null,
    interventions: analyzed,
    gaps: [],
    forstegWaits: [],
    greyZones: [],
    cliffs: [],
    sicknessMilestones: [],
    totals: { gapDays: 0, forstegWaitDays: 0, greyZoneDays: 0, employmentDays: 0, supportedUntil },
  };
  // Stryker disable next-line ConditionalExpression: equivalent: a horizon needs a finite `from`, so something in `all`, so a last known day, so asOfIso is never null here (the check narrows the type)
  if (!horizon || asOfIso === null) return empty;
  const h = horizon;
  const asOf = dayNumber(asOfIso);

  // --- gaps --------------------------------------------------------------------------
  const activities = main.filter((i) => i.activity);
  const activityByEnd = groupBy(activities, (i) => i.end);
  const activityByStart = groupBy(activities, (i) => i.start);
  // A run of `ignore` days or fewer is dropped as short, except an open one in a journey that
  // is not closed: it has not ended, so it is not known to be short (section 4).
  const kept = (r: Interval) => r.end - r.start + 1 > ignore || (r.end === h.end && !closed);
  const gapRuns = complement(activities, h).filter(kept);
  const gaps: Gap[] = gapRuns.map((g) => ({
    ...run(g),
    before: ids(activityByEnd.get(g.start - 1) ?? []),
    after: ids(activityByStart.get(g.end + 1) ?? []),
    open: g.end === h.end,
  }));

  // --- waits after försteg -----------------------------------------------------------
  // Activities by start (ties in file order: `activities` is in file order and the sort is
  // stable): the earliest one covering a day is the first in this order that covers it, and
  // the first to start after a day is found by bisection.
  const byStart = [...activities].sort((a, b) => a.start - b.start);
  const firstStartingAfter = (day: DayNumber): number => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start > day) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const gapIndexByStart = new Map(gapRuns.map((g, i) => [g.start, i]));
  const forstegWaits: ForstegWait[] = main
    .filter((f) => f.preparatory && Number.isFinite(f.end))
    .map((f) => {
      const d = f.end + 1;
      const limit = firstStartingAfter(d);
      let coverer: Item | undefined;
      // Stryker disable next-line ConditionalExpression: equivalent: F ends on D - 1, so F never covers D; leaving F out changes nothing
      for (let i = 0; i < limit && !coverer; i++) if (byStart[i] !== f && covers(byStart[i], d)) coverer = byStart[i];
      const none = { forsteg: f.id, start: null, end: null, days: 0, open: false, noNextStep: false };
      if (coverer) return { ...none, next: coverer.id };
      const gapIndex = gapIndexByStart.get(d) ?? -1;
      if (gapIndex >= 0) {
        const gap = gaps[gapIndex];
        return {
          forsteg: f.id,
          start: gap.start,
          end: gap.end,
          days: gap.days,
          next: gap.after[0] ?? null,
          open: gap.open,
          noNextStep: false,
        };
      }
      if (d > h.end) return { ...none, next: null, open: !closed, noNextStep: !closed };
      const next = byStart[firstStartingAfter(f.end)];
      return { ...none, next: next?.id ?? null };
    });

  // --- grey zones --------------------------------------------------------------------
  const holders = [...main, ...mandates];
  const holderByEnd = groupBy(holders, (i) => i.end);
  const holderByStart = groupBy(holders, (i) => i.start);
  const computedZones = complement(holders, h)
    .filter(kept)
    .map((z) => ({
      interval: z,
      zone: {
        ...run(z),
        // Stryker disable next-line ArrayDeclaration: equivalent: a missing bucket and ['Stryker was here'] both give no actor (a string has no .actor; sortedUnique drops undefined)
        fromActors: sortedUnique((holderByEnd.get(z.start - 1) ?? []).map((i) => i.actor)),
        // Stryker disable next-line ArrayDeclaration: equivalent: a missing bucket and ['Stryker was here'] both give no actor (a string has no .actor; sortedUnique drops undefined)
        toActors: sortedUnique((holderByStart.get(z.end + 1) ?? []).map((i) => i.actor)),
        open: z.end === h.end,
        manual: false,
      },
    }));
  // Stryker disable next-line ArrayDeclaration: equivalent: a string in place of no annotations is no grey zone (its .type is undefined, the filter drops it)
  const manualZones = (journey.annotations ?? [])
    .filter((a) => a.type === 'greyzone')
    .flatMap((a) => {
      const c = clip({ start: dayNumber(a.start), end: dayNumber(a.end) }, h);
      return c ? [{ interval: c, zone: { ...run(c), fromActors: [], toActors: [], open: false, manual: true } }] : [];
    });
  const zones = [...computedZones, ...manualZones].sort((a, b) => a.interval.start - b.interval.start);
  // (Array.prototype.sort is stable: computed before manual at the same start.)

  // --- cliffs ------------------------------------------------------------------------
  const cliffs: Cliff[] = [];
  if (!closed) {
    main
      .filter((i) => Number.isFinite(i.end) && i.end >= asOf && i.end <= asOf + cliffDays)
      // Nothing takes over the next day (i itself never covers the day after its end).
      .filter((i) => !activities.some((a) => covers(a, i.end + 1)))
      .sort((a, b) => a.end - b.end) // ties in file order: `main` is in file order and the sort is stable
      .forEach((i) => {
        const limit = facts[i.index].limit;
        const end = isoDate(i.end);
        cliffs.push({
          intervention: i.id,
          end,
          daysLeft: i.end - asOf,
          headroomMonths: limit === null ? null : headroomMonths(end, limit),
        });
      });
  }

  // --- sickness milestones ------------------------------------------------------------
  // Counted in calendar days of sickness from the first day (SFB 27 kap. 51 §: `sickFrom`).
  const spells: SicknessSpell[] = items
    .filter((i) => facts[i.index].iv.kind === SICKNESS_KIND)
    .map((i) => ({ id: i.id, index: i.index, start: dayNumber(sicknessFirstDay(facts[i.index].iv)), end: i.end }));
  const employments = items.filter((i) => i.employment);
  const employedOn = (day: DayNumber) => employments.some((e) => covers(e, day));

  return {
    horizon: { from: isoDate(h.start), to: isoDate(h.end) },
    interventions: analyzed,
    gaps,
    forstegWaits,
    greyZones: zones.map((z) => z.zone),
    cliffs,
    sicknessMilestones: sicknessMilestones(spells, asOf, cliffDays, closed !== null, employedOn),
    totals: {
      gapDays: gaps.reduce((s, g) => s + g.days, 0),
      forstegWaitDays: forstegWaits.reduce((s, w) => s + w.days, 0),
      greyZoneDays: totalDays(zones.map((z) => z.interval)),
      // Stryker disable next-line ArrayDeclaration: equivalent: a string in place of a missing clip is no interval: union drops it (undefined >= undefined is false)
      employmentDays: totalDays(items.filter((i) => i.employment).flatMap((i) => clip(i, h) ?? [])),
      supportedUntil,
    },
  };
}
