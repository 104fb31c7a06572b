/**
 * Baseline against scenario: every total with its difference, what happened to each
 * intervention, which findings disappear or appear, and the consequences in a form the
 * UI can put into words (codes with parameters, no language here).
 */
import type { Analysis, Totals } from './analyze';
import { addMonths } from './dates';
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

export type FindingKind = 'gap' | 'wait' | 'greyzone' | 'cliff';
export type FindingRef = {
  kind: FindingKind;
  key: string;
  start: string | null;
  end: string | null;
  days: number;
  subject?: string;
};

export type RuleNote = { id: string; note: 'individualAssessment' | 'beyondMaximum'; limit?: string };

export type Consequence =
  | { code: 'endMoves'; id: string; from: string | null; to: string | null }
  | { code: 'startMoves'; id: string; from: string; to: string }
  | { code: 'removed'; id: string }
  | { code: 'added'; id: string; start: string; end: string | null }
  | { code: 'cliffGone'; id: string }
  | { code: 'cliffNew'; id: string; end: string }
  | { code: 'waitGone'; id: string; days: number }
  | { code: 'waitChanged'; id: string; from: number; to: number }
  | { code: 'total'; key: TotalKey; diff: number }
  | { code: 'supportedUntil'; from: string | null; to: string | null }
  | { code: 'rule'; id: string; note: RuleNote['note']; limit?: string };

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
  ];
}

const numeric = (t: Totals, k: TotalKey) => t[k];

export function compareAnalyses(
  base: Journey,
  baseAnalysis: Analysis,
  scenario: Journey,
  scenarioAnalysis: Analysis,
): Comparison {
  const totals: TotalDiff[] = TOTAL_KEYS.map((key) => {
    const b = numeric(baseAnalysis.totals, key);
    const s = numeric(scenarioAnalysis.totals, key);
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
        a.effectiveEnd === null || (before.a.effectiveEnd !== null && a.effectiveEnd > before.a.effectiveEnd);
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

  // Rules that stay visible: an introduktionsjobb past 12 months needs an individual
  // assessment (förordning 2018:42 10 §); past the statutory maximum is beyond the rules.
  const ruleNotes: RuleNote[] = [];
  scenario.interventions.forEach((iv, i) => {
    const a = scenarioAnalysis.interventions[i];
    if (a.status === 'cancelled') return;
    if (a.exceedsMaximum) ruleNotes.push({ id: iv.id, note: 'beyondMaximum', limit: a.ruleLimit ?? undefined });
    else if (iv.kind === 'introduktionsjobb' && a.effectiveEnd !== null && a.effectiveEnd > addMonths(iv.start, 12)) {
      const before = baseById.get(iv.id);
      const wasBeyond = before?.a.effectiveEnd != null && before.a.effectiveEnd > addMonths(before.iv.start, 12);
      if (!wasBeyond || before?.a.effectiveEnd !== a.effectiveEnd)
        ruleNotes.push({ id: iv.id, note: 'individualAssessment' });
    }
  });

  const consequences: Consequence[] = [];
  for (const c of interventions) {
    if (c.change === 'extended' || c.change === 'shortened')
      consequences.push({ code: 'endMoves', id: c.id, from: c.baseEnd, to: c.scenarioEnd });
    else if (c.change === 'moved')
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
  for (const n of ruleNotes) consequences.push({ code: 'rule', id: n.id, note: n.note, limit: n.limit });
  return { totals, interventions, disappeared, appeared, ruleNotes, consequences };
}
