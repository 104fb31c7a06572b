/**
 * A Lex Heller deviation report drafted from one finding of the cohort figures, in the words
 * förbund use: the challenge written from the figures (small cells hidden as on screen), a
 * one-line definition for a reader outside Resan, the parties concerned, and a few typical
 * consequences to choose from. The proposal and the feedback are the coordinator's to write.
 */
import {
  type CohortFigures,
  type Handover,
  HIDDEN,
  type Shown,
  matrixIds,
  suppressCount,
  suppressFigure,
} from '../domain';
import type { JourneyFacts } from '../domain/cohort/facts';
import { matrixShown } from './matrixLayout';
import type { Overview } from './overview';
import { type Words, showValue } from './say';

export type ReportFinding = { kind: 'handover'; from: string; to: string } | { kind: 'waits' } | { kind: 'cliffs' };

/** What the coordinator fills in about the report; kept when the finding changes. */
export type ReportFields = {
  forbund: string;
  role: string;
  date: string;
  recipients: string;
  periodFrom: string;
  periodTo: string;
};
/** What is written from the finding (and may be edited). */
export type FindingText = {
  title: string;
  parties: string;
  definition: string;
  challenge: string;
  consequences: string;
};
export type ReportDraft = ReportFields & FindingText & { proposal: string; feedback: string };

export const SECTIONS = ['challenge', 'consequences', 'proposal', 'feedback'] as const;
export const CONSEQUENCES = ['income', 'bistand', 'momentum', 'lapse'] as const;
export type Consequence = (typeof CONSEQUENCES)[number];

/** The consequences a finding starts with (the coordinator adds, removes and rewrites them). */
const STARTING: Record<ReportFinding['kind'], Consequence[]> = {
  handover: ['income', 'bistand'],
  waits: ['momentum', 'lapse'],
  cliffs: ['income', 'lapse'],
};
/** The parties a finding concerns when the figures do not name them (editable). */
const PARTIES: Record<'waits' | 'cliffs', string[]> = {
  waits: ['samordningsforbund', 'af', 'kommun'],
  cliffs: ['af', 'kommun'],
};

export const findingKey = (f: ReportFinding) => (f.kind === 'handover' ? `handover:${f.from}>${f.to}` : f.kind);

const actorName = (id: string, w: Words) => (id === '' ? w.say('report.nobody') : w.actor(id));

/** A consequence as the line it is in the draft. */
export const consequenceLine = (c: Consequence, w: Words) => `– ${w.say(`report.consequences.${c}`)}`;

/** The text with the consequence's line added (at the end) or taken out. */
export function toggleConsequence(text: string, line: string, on: boolean): string {
  const lines = text.split('\n').filter((l) => l.trim() !== line.trim());
  if (on) lines.push(line);
  return lines.join('\n').replace(/^\n+|\n+$/g, '');
}

export const hasConsequence = (text: string, line: string) => text.split('\n').some((l) => l.trim() === line.trim());

/** The lengths in days of the computed grey zones counted for a hand-over pair (as `analyzeCohort` counts them). */
export function pairZoneDays(facts: readonly JourneyFacts[], from: string, to: string): number[] {
  const sides = (actors: readonly string[]) => (actors.length === 0 ? [''] : actors);
  return facts.flatMap((f) =>
    f.zones.filter((z) => sides(z.from).includes(from) && sides(z.to).includes(to)).map((z) => z.days),
  );
}

/** Nearest-rank median (v[ceil(n/2)] of the sorted values), as the cohort's percentiles; null when empty. */
export function nearestRankMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil(0.5 * sorted.length) - 1];
}

/** The figures the draft states about a hand-over pair, as shown. */
export type HandoverShown = { journeys: Shown; zones: Shown; days: Shown; mean: Shown; median: Shown };

/**
 * A pair's figures as the draft states them. Its days are read from the matrix as published
 * (`matrixShown`: primary and secondary rule over the rows, columns and sums), so a cell the
 * matrix hides is hidden here too, and so is the mean, which with the number of periods would
 * give the days back. The journeys, periods and median length rest on the pair's journeys, as
 * in the CSV.
 */
export function handoverShown(
  h: Handover,
  figures: CohortFigures,
  facts: readonly JourneyFacts[],
  suppress: boolean,
): HandoverShown {
  const figure = (x: number | null): Shown => suppressFigure(x, h.journeys, suppress) ?? HIDDEN;
  const days = matrixShown(figures.greyZones.handovers, suppress).get(matrixIds.cell(h.from, h.to)) ?? figure(h.days);
  const mean = h.zones === 0 ? null : Math.round(h.days / h.zones);
  return {
    journeys: suppressCount(h.journeys, suppress),
    zones: figure(h.zones),
    days,
    mean: typeof days === 'number' ? figure(mean) : HIDDEN,
    median: figure(nearestRankMedian(pairZoneDays(facts, h.from, h.to))),
  };
}

/**
 * What a draft of pooled figures (Sammanställ) says instead of what needs journeys: the
 * cliffs as the counts of interventions by kind a figures file keeps (as shown in its table),
 * and no median length of a hand-over's periods (the files carry no periods).
 */
export type PooledFindings = { cliffs: Shown; cliffsByKind: { kind: string; shown: Shown }[] };

export function draftFinding(
  finding: ReportFinding,
  figures: CohortFigures,
  shown: Overview,
  facts: readonly JourneyFacts[],
  suppress: boolean,
  w: Words,
  pooled?: PooledFindings,
): FindingText {
  const v = (x: Parameters<typeof showValue>[0]) => showValue(x, w.language);
  const title = (what: string) => w.say('report.title', { what });
  const consequences = STARTING[finding.kind].map((c) => consequenceLine(c, w)).join('\n');
  const definition = w.say(`report.definitions.${finding.kind}`);
  if (finding.kind === 'handover') {
    const h: Handover = figures.greyZones.handovers.find((x) => x.from === finding.from && x.to === finding.to) ?? {
      ...finding,
      zones: 0,
      days: 0,
      journeys: 0,
    };
    const names = { from: actorName(h.from, w), to: actorName(h.to, w) };
    const same = h.from === h.to && h.from !== '';
    const shownValues = handoverShown(h, figures, facts, suppress);
    const values = {
      ...names,
      actor: names.from,
      ...(Object.fromEntries(Object.entries(shownValues).map(([k, x]) => [k, v(x)])) as Record<
        keyof HandoverShown,
        string
      >),
    };
    return {
      title: title(w.say(same ? 'report.titles.same' : 'report.titles.handover', values)),
      parties: [...new Set([h.from, h.to].filter((id) => id !== '').map((id) => w.actor(id)))].join(', '),
      definition,
      challenge: w.say(
        pooled
          ? `pool.report.${same ? 'same' : 'handover'}`
          : same
            ? 'report.handover.same'
            : 'report.handover.challenge',
        values,
      ),
      consequences,
    };
  }
  const parties = PARTIES[finding.kind].map((id) => w.actor(id)).join(', ');
  if (finding.kind === 'waits') {
    return {
      title: title(w.say('report.titles.waits')),
      parties,
      definition,
      challenge:
        figures.waits.journeysWithForsteg === 0
          ? w.say('report.waits.none')
          : w.say('report.waits.challenge', {
              withForsteg: v(shown.withForsteg),
              withWait: v(shown.withWait),
              share: v(shown.shareWithWait),
              median: v(shown.median),
              p75: v(shown.p75),
              p90: v(shown.p90),
              stillWaiting: v(shown.stillWaiting),
              noNextStep: v(shown.noNextStep),
            }),
      consequences,
    };
  }
  const byKind = pooled?.cliffsByKind.map((c) => `${w.kind(c.kind)} ${v(c.shown)}`).join(', ');
  return {
    title: title(w.say('report.titles.cliffs')),
    parties,
    definition,
    challenge: pooled
      ? w.say('pool.report.cliffs', { count: v(pooled.cliffs), byKind: byKind || w.say('report.cliffs.none') })
      : w.say('report.cliffs.challenge', {
          journeys: v(shown.cliffJourneys),
          byKind: cliffsByKind(figures, suppress, w),
        }),
    consequences,
  };
}

/** Journeys with an intervention ending per kind ("Introduktionsjobb 12, Arbetspraktik <5"), most first. */
export function cliffsByKind(figures: CohortFigures, suppress: boolean, w: Words): string {
  const rows = cliffKinds(figures);
  if (rows.length === 0) return w.say('report.cliffs.none');
  return rows.map((r) => `${w.kind(r.kind)} ${showValue(suppressCount(r.journeys, suppress), w.language)}`).join(', ');
}

/** Distinct journeys with a cliff, per kind: most first, then kind by code unit. */
export function cliffKinds(figures: CohortFigures): { kind: string; journeys: number }[] {
  const byKind = new Map<string, Set<string>>();
  for (const c of figures.cliffs) {
    const set = byKind.get(c.kind) ?? new Set<string>();
    set.add(c.journey);
    byKind.set(c.kind, set);
  }
  return [...byKind]
    .map(([kind, set]) => ({ kind, journeys: set.size }))
    .sort((a, b) => b.journeys - a.journeys || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}
