/**
 * Baseline against scenario: every total with its difference, what happened to each
 * intervention, which findings disappear or appear, and the consequences in a form the
 * UI can put into words (codes with parameters, no language here).
 */
import type { Analysis, Totals } from './analyze';
import { decisionEnd } from './dates';
import { resolveCatalogue } from './resolve';
import { unrecordedEnds } from './unrecordedEnd';
import type { Journey } from './schema';

export const TOTAL_KEYS = ['gapDays', 'forstegWaitDays', 'greyZoneDays', 'employmentDays', 'supportedUntil'] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];

export type TotalDiff = {
  key: TotalKey;
  base: number | string | null;
  scenario: number | string | null;
  diff: number | null;
};

export type InterventionChange = {
  id: string;
  change: 'moved' | 'extended' | 'shortened' | 'removed' | 'added' | 'restored';
  baseStart: string | null;
  baseEnd: string | null;
  scenarioStart: string | null;
  scenarioEnd: string | null;
};

export type FindingKind = 'gap' | 'wait' | 'greyzone' | 'cliff' | 'milestone';
export type FindingRef = {
  kind: FindingKind;
  key: string;
  start: string | null;
  end: string | null;
  days: number;
  subject?: string;
};

/**
 * Rules that stay visible in a scenario: `review` when an intervention goes on past its kind's
 * `review.afterMonths` (an introduktionsjobb's individual assessment, an arbetsplatsintroduktion's
 * special reasons); `beyondMaximum` past the statutory maximum (`ruleLimit`). The words are the
 * catalogue's (`review.note`, `beyondLimit`), looked up by `kind`.
 */
export type RuleNote = { id: string; kind: string; note: 'review' | 'beyondMaximum'; limit?: string; months?: number };

export type Consequence =
  | { code: 'endMoves'; id: string; from: string | null; to: string | null }
  /** The scenario's end (extended or not) still lies before the reference day: nothing is recorded after it. */
  | { code: 'endStillPast'; id: string; end: string }
  | { code: 'startMoves'; id: string; from: string; to: string }
  | { code: 'removed'; id: string }
  | { code: 'added'; id: string; start: string; end: string | null }
  | { code: 'cliffGone'; id: string }
  | { code: 'cliffNew'; id: string; end: string }
  | { code: 'waitGone'; id: string; days: number }
  | { code: 'waitChanged'; id: string; from: number; to: number }
  | { code: 'total'; key: TotalKey; diff: number }
  | { code: 'supportedUntil'; from: string | null; to: string | null }
  | { code: 'milestoneMoves'; id: string; day: number; from: string; to: string }
  | { code: 'milestoneGone'; id: string; day: number; date: string }
  | { code: 'milestoneNew'; id: string; day: number; date: string }
  | ({ code: 'rule' } & RuleNote);

export type Comparison = {
  totals: TotalDiff[];
  interventions: InterventionChange[];
  disappeared: FindingRef[];
  appeared: FindingRef[];
  ruleNotes: RuleNote[];
  consequences: Consequence[];
};

function findings(a: Analysis): FindingRef[] {
  return [
    ...a.gaps.map((g) => ({
      kind: 'gap' as const,
      key: `${g.start}/${g.end}`,
      start: g.start,
      end: g.end,
      days: g.days,
    })),
    ...a.forstegWaits
      .filter((w) => w.days > 0 || w.noNextStep)
      .map((w) => ({
        kind: 'wait' as const,
        key: `${w.forsteg}/${w.start}/${w.end}/${w.noNextStep}`,
        start: w.start,
        end: w.end,
        days: w.days,
        subject: w.forsteg,
      })),
    ...a.greyZones.map((z) => ({
      kind: 'greyzone' as const,
      key: `${z.start}/${z.end}/${z.manual}`,
      start: z.start,
      end: z.end,
      days: z.days,
    })),
    ...a.cliffs.map((c) => ({
      kind: 'cliff' as const,
      key: `${c.intervention}/${c.end}`,
      start: null,
      end: c.end,
      days: c.daysLeft,
      subject: c.intervention,
    })),
    ...a.sicknessMilestones.map((m) => ({
      kind: 'milestone' as const,
      key: `${m.interventions[0]}/${m.day}/${m.date}`,
      start: null,
      end: m.date,
      days: m.day,
      subject: m.interventions[0],
    })),
  ];
}

/** A milestone's identity across baseline and scenario: its period's first spell and its day. */
const milestoneKey = (m: Analysis['sicknessMilestones'][number]) => `${m.interventions[0]}/${m.day}`;

function milestoneConsequences(base: Analysis, scenario: Analysis): Consequence[] {
  const out: Consequence[] = [];
  const after = new Map(scenario.sicknessMilestones.map((m) => [milestoneKey(m), m]));
  const before = new Set(base.sicknessMilestones.map(milestoneKey));
  for (const m of base.sicknessMilestones) {
    const s = after.get(milestoneKey(m));
    const id = m.interventions[0];
    if (!s) out.push({ code: 'milestoneGone', id, day: m.day, date: m.date });
    else if (s.date !== m.date) out.push({ code: 'milestoneMoves', id, day: m.day, from: m.date, to: s.date });
  }
  for (const m of scenario.sicknessMilestones)
    if (!before.has(milestoneKey(m)))
      out.push({ code: 'milestoneNew', id: m.interventions[0], day: m.day, date: m.date });
  return out;
}

const numeric = (t: Totals, k: TotalKey) => t[k];

export function compareAnalyses(
  base: Journey,
  baseAnalysis: Analysis,
  scenario: Journey,
  scenarioAnalysis: Analysis,
  /** The reference day: with it, an extended end that still lies before it is said (endStillPast). */
  asOf: string | null = null,
): Comparison {
  const totals: TotalDiff[] = TOTAL_KEYS.map((key) => {
    const b = numeric(baseAnalysis.totals, key);
    const s = numeric(scenarioAnalysis.totals, key);
    // Stryker disable next-line LogicalOperator,ConditionalExpression: equivalent: a total has the same type in both analyses (a number, or supportedUntil a date or null in both), so either check decides alone
    return { key, base: b, scenario: s, diff: typeof b === 'number' && typeof s === 'number' ? s - b : null };
  });

  const baseById = new Map(base.interventions.map((iv, i) => [iv.id, { iv, a: baseAnalysis.interventions[i] }]));
  const interventions: InterventionChange[] = [];
  scenario.interventions.forEach((iv, i) => {
    const a = scenarioAnalysis.interventions[i];
    const before = baseById.get(iv.id);
    if (!before) {
      interventions.push({
        id: iv.id,
        change: 'added',
        baseStart: null,
        baseEnd: null,
        scenarioStart: iv.start,
        scenarioEnd: a.effectiveEnd,
      });
      return;
    }
    const row = {
      id: iv.id,
      baseStart: before.iv.start,
      baseEnd: before.a.effectiveEnd,
      scenarioStart: iv.start,
      scenarioEnd: a.effectiveEnd,
    };
    const wasCancelled = before.a.status === 'cancelled';
    const isCancelled = a.status === 'cancelled';
    if (!wasCancelled && isCancelled) interventions.push({ ...row, change: 'removed' });
    else if (wasCancelled && !isCancelled) interventions.push({ ...row, change: 'restored' });
    else if (iv.start !== before.iv.start) interventions.push({ ...row, change: 'moved' });
    else if (a.effectiveEnd !== before.a.effectiveEnd) {
      const longer =
        a.effectiveEnd === null ||
        // Stryker disable next-line ConditionalExpression: equivalent: with an open-ended baseline (null) and a dated scenario end, `date > null` is false in JavaScript, as this guard is
        (before.a.effectiveEnd !== null &&
          // Stryker disable next-line EqualityOperator: equivalent: the ends differ here (checked above), so > and >= agree
          a.effectiveEnd > before.a.effectiveEnd);
      interventions.push({ ...row, change: longer ? 'extended' : 'shortened' });
    }
  });

  const baseFindings = findings(baseAnalysis);
  const scenFindings = findings(scenarioAnalysis);
  const id = (f: FindingRef) => `${f.kind}:${f.key}`;
  const scenKeys = new Set(scenFindings.map(id));
  const baseKeys = new Set(baseFindings.map(id));
  const disappeared = baseFindings.filter((f) => !scenKeys.has(id(f)));
  const appeared = scenFindings.filter((f) => !baseKeys.has(id(f)));

  // Rules that stay visible: past its kind's review point an intervention needs a decision
  // of its own (förordning 2018:42 10 §, 2003:623 5 §); past the statutory maximum is beyond
  // the rules, or (sfi) needs a decision on extension.
  const kinds = resolveCatalogue(scenario).kinds;
  const ruleNotes: RuleNote[] = [];
  scenario.interventions.forEach((iv, i) => {
    const a = scenarioAnalysis.interventions[i];
    if (a.status === 'cancelled') return;
    // Stryker disable next-line OptionalChaining: equivalent: every kind of a valid journey resolves (section 2), so get() never gives undefined here
    const review = kinds.get(iv.kind)?.review;
    // Past N months from `start`: after the day a decision of N months would end (S + N months - 1 day).
    // (Worked out before the `if`: Stryker does not apply a disable comment before an `else if`.)
    const pastReview =
      review !== undefined &&
      // Stryker disable next-line ConditionalExpression: equivalent: for an open-ended intervention (null) `null > date` is false in JavaScript, as this guard is
      a.effectiveEnd !== null &&
      a.effectiveEnd > decisionEnd(iv.start, review.afterMonths);
    if (a.exceedsMaximum)
      ruleNotes.push({ id: iv.id, kind: iv.kind, note: 'beyondMaximum', limit: a.ruleLimit ?? undefined });
    else if (pastReview) {
      const before = baseById.get(iv.id);
      const wasBeyond =
        before?.a.effectiveEnd != null && before.a.effectiveEnd > decisionEnd(before.iv.start, review.afterMonths);
      // Stryker disable next-line OptionalChaining: equivalent: without a baseline intervention wasBeyond is false and the || never reads it
      if (!wasBeyond || before?.a.effectiveEnd !== a.effectiveEnd)
        ruleNotes.push({ id: iv.id, kind: iv.kind, note: 'review', months: review.afterMonths });
    }
  });

  const consequences: Consequence[] = [];
  for (const c of interventions) {
    if (c.change === 'extended' || c.change === 'shortened') {
      consequences.push({ code: 'endMoves', id: c.id, from: c.baseEnd, to: c.scenarioEnd });
      if (
        unrecordedEnds(scenario, scenarioAnalysis, asOf).has(c.id) &&
        // Stryker disable next-line ConditionalExpression: equivalent: an end that passed unrecorded is a date (an open-ended intervention has no end to pass), so the scenario's end is never null here
        c.scenarioEnd !== null
      )
        consequences.push({ code: 'endStillPast', id: c.id, end: c.scenarioEnd });
    } else if (c.change === 'moved')
      consequences.push({ code: 'startMoves', id: c.id, from: c.baseStart!, to: c.scenarioStart! });
    else if (c.change === 'removed') consequences.push({ code: 'removed', id: c.id });
    else if (c.change === 'added')
      consequences.push({ code: 'added', id: c.id, start: c.scenarioStart!, end: c.scenarioEnd });
  }
  for (const f of disappeared) if (f.kind === 'cliff') consequences.push({ code: 'cliffGone', id: f.subject! });
  for (const f of appeared)
    if (f.kind === 'cliff') consequences.push({ code: 'cliffNew', id: f.subject!, end: f.end! });
  const scenWaits = new Map(scenarioAnalysis.forstegWaits.map((w) => [w.forsteg, w]));
  for (const w of baseAnalysis.forstegWaits) {
    const s = scenWaits.get(w.forsteg);
    if (!s || w.days === s.days) continue;
    consequences.push(
      s.days === 0
        ? { code: 'waitGone', id: w.forsteg, days: w.days }
        : { code: 'waitChanged', id: w.forsteg, from: w.days, to: s.days },
    );
  }
  for (const t of totals) {
    if (t.key === 'supportedUntil') {
      if (t.base !== t.scenario)
        consequences.push({ code: 'supportedUntil', from: t.base as string | null, to: t.scenario as string | null });
    } else if (t.diff) consequences.push({ code: 'total', key: t.key, diff: t.diff });
  }
  consequences.push(...milestoneConsequences(baseAnalysis, scenarioAnalysis));
  for (const n of ruleNotes) consequences.push({ code: 'rule', ...n });
  return { totals, interventions, disappeared, appeared, ruleNotes, consequences };
}
