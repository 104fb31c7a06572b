/**
 * The figures file (`"format": "resan-figures"`, version 1; docs/format.md, "The figures
 * file"): a pooled state with its provenance, written as JSON. Tallies are written as sorted
 * lists, so the file reads as figures, not as an object's internals; `check` is a hash of the
 * options and the state.
 */
import { z } from 'zod';
import { DAY_STATES, type DayState } from '../cohort/types';
import type { AlignState } from '../cohort/align';
import { type Tally, bump, count, numericKeys } from '../cohort/tally';
import { checkOf } from './hash';
import { type PoolOptions, type PoolState, finishCounts } from './accumulator';
import { gapsAccumulator } from '../cohort/gaps';
import { greyZonesAccumulator } from '../cohort/handovers';

export const FIGURES_FORMAT = 'resan-figures';
/**
 * The highest version Resan reads. Version 2 is version 1 with `provenance.sources` (the files
 * a merged file was made from): Resan writes 2 only when a file lists its sources, so a
 * förbund's own file stays version 1, which every Resan that reads figures files reads. A
 * version-1 reader does not ignore the field (it allows no other properties); it refuses a
 * version-2 file as newer, with that reason.
 */
export const FIGURES_VERSION = 2;
/** What every figures file says of itself, in both languages. */
export const FIGURES_NOTICE = {
  sv: 'Innehåller omaskade tal – för sammanställning, inte för publicering.',
  en: 'Contains unsuppressed counts – for pooling, not for publication.',
} as const;

const count0 = z.number().int().nonnegative();
const int = z.number().int();
// Stryker disable next-line StringLiteral: equivalent: fromZodIssues words this issue itself (`invalid`), zod's message is never shown
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'is not a month (YYYY-MM)');
const isoDate = z.iso.date();

export const FiguresOptionsSchema = z.strictObject({
  asOf: isoDate,
  ignoreGapsUpToDays: count0,
  cliffHorizonDays: count0,
  from: int.max(0),
  to: count0,
  anchors: z.array(z.string().min(1)).min(1),
});

export const ProvenanceSchema = z.strictObject({
  label: z.string().max(200),
  madeAt: z.iso.datetime({ offset: true }),
  resanVersion: z.string().max(50),
  journeys: count0,
  /** The Kohort view's filter when the figures were made, by name; null when none. */
  filters: z.record(z.string(), z.union([z.string(), z.null()])).nullable(),
  /** A merged file's sources, each with its label and number of journeys (version 2 only). */
  sources: z
    .array(z.strictObject({ label: z.string().max(200), journeys: count0 }))
    .min(1)
    .optional(),
});

const timeCounts = z.array(z.tuple([count0, z.number().int().positive()]));

export const FiguresStateSchema = z.strictObject({
  journeys: count0,
  closed: count0,
  waits: z.strictObject({
    journeysWithForsteg: count0,
    journeysWithWait: count0,
    count: count0,
    positive: count0,
    observed: count0,
    notAtRisk: count0,
    stillWaiting: count0,
    noNextStep: count0,
    journeysWithEndedWait: count0,
    journeysInSurvival: count0,
    events: timeCounts,
    censored: timeCounts,
    histogramEnded: z.array(count0).length(6),
    histogramOpen: z.array(count0).length(6),
  }),
  gaps: z.strictObject({
    journeysWithGap: count0,
    days: count0,
    byPrecedingKind: z.array(z.strictObject({ kind: z.string(), gaps: count0, days: count0 })),
  }),
  greyZones: z.strictObject({
    journeysWithGreyZone: count0,
    days: count0,
    handovers: z.array(
      z.strictObject({ from: z.string(), to: z.string(), zones: count0, days: count0, journeys: count0 }),
    ),
  }),
  cliffs: z.array(z.strictObject({ kind: z.string(), month, count: z.number().int().positive() })),
  upcomingMilestones: z.array(
    z.strictObject({
      day: z.union([z.literal(90), z.literal(180), z.literal(365)]),
      month,
      count: z.number().int().positive(),
    }),
  ),
});

export const AlignmentStateSchema = z.strictObject({
  anchor: z.string().min(1),
  included: count0,
  excluded: count0,
  /** Per state, the change of its count at each offset from `from` (length to − from + 2). */
  diff: z.strictObject(
    Object.fromEntries(DAY_STATES.map((s) => [s, z.array(int)])) as Record<DayState, z.ZodArray<typeof int>>,
  ),
});

export const FiguresFileSchema = z.strictObject({
  format: z.literal(FIGURES_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  notice: z.strictObject({ sv: z.string(), en: z.string() }),
  provenance: ProvenanceSchema,
  options: FiguresOptionsSchema,
  figures: FiguresStateSchema,
  alignments: z.array(AlignmentStateSchema),
  check: z.string().regex(/^[0-9a-f]{14}$/),
});

export type FiguresFile = z.infer<typeof FiguresFileSchema>;
export type FiguresState = z.infer<typeof FiguresStateSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type ProvenanceInput = Omit<Provenance, 'journeys'>;

const pairs = (t: Tally): [number, number][] => numericKeys(t).map((k) => [k, count(t, k)]);
const tally = (list: readonly (readonly [number, number])[]): Tally => {
  const t: Tally = {};
  for (const [k, n] of list) bump(t, k, n);
  return t;
};

/** What `check` covers: the options and every count. */
export const checked = (f: Pick<FiguresFile, 'options' | 'figures' | 'alignments'>) =>
  checkOf({ options: f.options, figures: f.figures, alignments: f.alignments });

/** The figures file of a pooled state, with the options it was made with and its provenance. */
export function toFiguresFile(state: PoolState, options: PoolOptions, provenance: ProvenanceInput): FiguresFile {
  const w = state.waits;
  const gaps = gapsAccumulator.finish(state.gaps);
  const grey = greyZonesAccumulator.finish(state.greyZones);
  const counts = finishCounts(state.counts);
  const body = {
    options: { ...options, anchors: [...options.anchors] },
    figures: {
      journeys: state.journeys,
      closed: state.closed,
      waits: {
        journeysWithForsteg: w.journeysWithForsteg,
        journeysWithWait: w.journeysWithWait,
        count: w.count,
        positive: w.positive,
        observed: w.observed,
        notAtRisk: w.notAtRisk,
        stillWaiting: w.stillWaiting,
        noNextStep: w.noNextStep,
        journeysWithEndedWait: w.journeysWithEndedWait,
        journeysInSurvival: w.journeysInSurvival,
        events: pairs(w.events),
        censored: pairs(w.censored),
        histogramEnded: [...w.histogramEnded],
        histogramOpen: [...w.histogramOpen],
      },
      gaps,
      greyZones: grey,
      cliffs: counts.cliffs,
      upcomingMilestones: counts.upcomingMilestones.map((m) => ({ ...m, day: m.day as 90 | 180 | 365 })),
    },
    alignments: state.align.map((a) => ({
      anchor: a.anchor,
      included: a.included,
      excluded: a.excluded,
      diff: Object.fromEntries(DAY_STATES.map((s) => [s, [...a.diff[s]]])) as Record<DayState, number[]>,
    })),
  };
  return {
    format: FIGURES_FORMAT,
    version: provenance.sources ? 2 : 1,
    notice: { ...FIGURES_NOTICE },
    provenance: { ...provenance, journeys: state.journeys },
    ...body,
    check: checked(body),
  };
}

/** The pooled state a figures file holds (the inverse of `toFiguresFile`). */
export function toPoolState(file: FiguresFile): PoolState {
  const f = file.figures;
  const { from, to } = file.options;
  const gaps = { journeysWithGap: f.gaps.journeysWithGap, days: f.gaps.days, gaps: {}, gapDays: {} };
  for (const g of f.gaps.byPrecedingKind) {
    bump(gaps.gaps, g.kind, g.gaps);
    bump(gaps.gapDays, g.kind, g.days);
  }
  const greyZones = {
    journeysWithGreyZone: f.greyZones.journeysWithGreyZone,
    days: f.greyZones.days,
    zones: {},
    zoneDays: {},
    journeys: {},
  };
  for (const h of f.greyZones.handovers) {
    const key = JSON.stringify([h.from, h.to]);
    bump(greyZones.zones, key, h.zones);
    bump(greyZones.zoneDays, key, h.days);
    bump(greyZones.journeys, key, h.journeys);
  }
  const counts = { cliffs: {}, milestones: {} };
  for (const c of f.cliffs) bump(counts.cliffs, JSON.stringify([c.kind, c.month]), c.count);
  for (const m of f.upcomingMilestones) bump(counts.milestones, JSON.stringify([m.day, m.month]), m.count);
  const { events, censored, ...waitCounts } = f.waits;
  return {
    asOf: file.options.asOf,
    journeys: f.journeys,
    closed: f.closed,
    waits: {
      asOf: file.options.asOf,
      ...waitCounts,
      events: tally(events),
      censored: tally(censored),
      histogramEnded: [...f.waits.histogramEnded],
      histogramOpen: [...f.waits.histogramOpen],
    },
    gaps,
    greyZones,
    counts,
    align: file.alignments.map((a): AlignState => ({
      anchor: a.anchor,
      from,
      to,
      included: a.included,
      excluded: a.excluded,
      diff: Object.fromEntries(DAY_STATES.map((s) => [s, [...a.diff[s]]])) as Record<DayState, number[]>,
    })),
  };
}

/** Two-space JSON, as Resan writes every file. */
export function serializeFigures(file: FiguresFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
