/**
 * The hint of issue 21: an education counted as the main activity that may be hiding a wait
 * after försteg, a gap or a cliff. For each candidate (non-cancelled, not parallel, of
 * category `utbildning`, starting before the start of some non-cancelled preparatory
 * intervention) the journey is analysed again with the candidate parallel (section 3), and
 * what appears is reported: waits after försteg that grow past what they were (days > 0),
 * gaps that were not there, cliffs that were not there. A candidate that hides nothing gets
 * no hint.
 */
import { type Analysis, type AnalysisOptions, analyzeJourney } from './analyze';
import { isParallel } from './effective';
import { resolveCatalogue } from './resolve';
import type { Intervention, Journey } from './schema';

export type HiddenFindings = {
  /** The education that hides them. */
  intervention: string;
  start: string;
  /** Waits after försteg that appear or grow: the försteg and the wait's days with the candidate parallel. */
  waits: { forsteg: string; days: number }[];
  /** Gaps that appear (a gap that grows counts as a new one: its start or end moved). */
  gaps: { start: string; end: string; days: number }[];
  /** Cliffs that appear: the intervention that ends with nothing after it. */
  cliffs: { intervention: string; end: string }[];
};

/**
 * At most this many candidates are analysed again (in file order): each costs one analysis,
 * and a real journey has one or two educations before a försteg.
 */
export const MAX_HINT_CANDIDATES = 10;

/** The ids of the educations that could be hiding findings (see the module comment). */
export function parallelHintCandidates(journey: Journey): string[] {
  return candidates(journey).map((iv) => iv.id);
}

function candidates(journey: Journey): Intervention[] {
  const catalogue = resolveCatalogue(journey);
  const live = journey.interventions.filter((iv) => iv.cancelled !== true);
  // A statement of its own: Stryker does not apply a mark placed inside a chain of calls.
  const isForsteg = (iv: Intervention) => {
    // Stryker disable next-line OptionalChaining: equivalent: every kind of a parsed journey resolves
    return iv.preparatory ?? catalogue.kinds.get(iv.kind)?.category === 'forsteg';
  };
  const forstegStarts = live.filter(isForsteg).map((iv) => iv.start);
  return live.filter((iv) => {
    const kind = catalogue.kinds.get(iv.kind);
    // Stryker disable next-line OptionalChaining: equivalent: every kind of a parsed journey resolves
    return kind?.category === 'utbildning' && !isParallel(iv, kind) && forstegStarts.some((s) => iv.start < s);
  });
}

/** What making `candidate` parallel would show, compared with `baseline` (the journey's analysis with the same options). */
export function hiddenBy(
  journey: Journey,
  candidate: Intervention,
  baseline: Analysis,
  options: AnalysisOptions,
): HiddenFindings {
  const after = analyzeJourney(setParallel(journey, candidate.id, true), options);
  const waitBefore = new Map(baseline.forstegWaits.map((w) => [w.forsteg, w.days]));
  const gapsBefore = new Set(baseline.gaps.map((g) => `${g.start}/${g.end}`));
  const cliffsBefore = new Set(baseline.cliffs.map((c) => c.intervention));
  return {
    intervention: candidate.id,
    start: candidate.start,
    waits: after.forstegWaits
      .filter((w) => w.days > (waitBefore.get(w.forsteg) ?? 0))
      .map((w) => ({ forsteg: w.forsteg, days: w.days })),
    gaps: after.gaps
      .filter((g) => !gapsBefore.has(`${g.start}/${g.end}`))
      .map((g) => ({ start: g.start, end: g.end, days: g.days })),
    cliffs: after.cliffs
      .filter((c) => !cliffsBefore.has(c.intervention))
      .map((c) => ({ intervention: c.intervention, end: c.end })),
  };
}

/**
 * One hint per candidate that hides something, in file order. `baseline` is the journey's
 * analysis with `options` (passed in so that the app's own analysis is not made twice).
 */
export function parallelHints(
  journey: Journey,
  options: AnalysisOptions = {},
  baseline: Analysis = analyzeJourney(journey, options),
): HiddenFindings[] {
  return candidates(journey)
    .slice(0, MAX_HINT_CANDIDATES)
    .map((iv) => hiddenBy(journey, iv, baseline, options))
    .filter((h) => h.waits.length + h.gaps.length + h.cliffs.length > 0);
}

/** The journey with intervention `id` marked `parallel` (true: beside the main line; false: the main activity). */
export function setParallel(journey: Journey, id: string, parallel: boolean): Journey {
  return {
    ...journey,
    interventions: journey.interventions.map((iv) => (iv.id === id ? { ...iv, parallel } : iv)),
  };
}
