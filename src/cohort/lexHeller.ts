/**
 * A Lex Heller deviation report drafted from one finding of the cohort figures: the
 * collaboration challenge and its consequences written from the figures (small cells
 * hidden as on screen); the proposal and the feedback are the coordinator's to write.
 */
import { type CohortFigures, type Handover, suppressCount, suppressFigure } from '../domain';
import type { ExportMeta } from './describe';
import type { Overview } from './overview';
import { type Words, showValue } from './say';

export type ReportFinding = { kind: 'handover'; from: string; to: string } | { kind: 'waits' } | { kind: 'cliffs' };
export type ReportDraft = {
  title: string;
  challenge: string;
  consequences: string;
  proposal: string;
  feedback: string;
};
export const SECTIONS = ['challenge', 'consequences', 'proposal', 'feedback'] as const;

const actorName = (id: string, w: Words) => (id === '' ? w.say('matrix.nobody') : w.actor(id));

export function draftReport(
  finding: ReportFinding,
  figures: CohortFigures,
  shown: Overview,
  suppress: boolean,
  w: Words,
): ReportDraft {
  const v = (x: Parameters<typeof showValue>[0]) => showValue(x, w.language);
  const empty = { proposal: '', feedback: '' };
  if (finding.kind === 'handover') {
    const h: Handover = figures.greyZones.handovers.find((x) => x.from === finding.from && x.to === finding.to) ?? {
      ...finding,
      zones: 0,
      days: 0,
      journeys: 0,
    };
    const names = { from: actorName(h.from, w), to: actorName(h.to, w) };
    return {
      title: w.say('report.title', { what: w.say('report.titles.handover', names) }),
      challenge: w.say('report.handover.challenge', {
        ...names,
        journeys: v(suppressCount(h.journeys, suppress)),
        zones: v(suppressFigure(h.zones, h.journeys, suppress)),
      }),
      consequences: w.say('report.handover.consequences', {
        days: v(suppressFigure(h.days, h.journeys, suppress)),
        totalDays: v(shown.greyZoneDays),
        totalJourneys: v(shown.greyZoneJourneys),
      }),
      ...empty,
    };
  }
  if (finding.kind === 'waits') {
    return {
      title: w.say('report.title', { what: w.say('report.titles.waits') }),
      challenge: w.say('report.waits.challenge', {
        withForsteg: v(shown.withForsteg),
        withWait: v(shown.withWait),
        share: v(shown.shareWithWait),
      }),
      consequences: w.say('report.waits.consequences', {
        median: v(shown.median),
        p75: v(shown.p75),
        p90: v(shown.p90),
        stillWaiting: v(shown.stillWaiting),
        noNextStep: v(shown.noNextStep),
      }),
      ...empty,
    };
  }
  return {
    title: w.say('report.title', { what: w.say('report.titles.cliffs') }),
    challenge: w.say('report.cliffs.challenge', { journeys: v(shown.cliffJourneys) }),
    consequences: w.say('report.cliffs.consequences', { byKind: cliffsByKind(figures, suppress, w) }),
    ...empty,
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

/** The draft as Markdown: title, the basis line, and the four sections. */
export function reportMarkdown(d: ReportDraft, meta: ExportMeta, w: Words): string {
  const lines = [`# ${d.title}`, '', `_${basis(meta, w)}_`, ''];
  for (const s of SECTIONS) lines.push(`## ${w.say(`report.sections.${s}`)}`, '', d[s].trim(), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The draft as plain text, headings underlined. */
export function reportText(d: ReportDraft, meta: ExportMeta, w: Words): string {
  const lines = [d.title, '='.repeat(d.title.length), '', basis(meta, w), ''];
  for (const s of SECTIONS) {
    const h = w.say(`report.sections.${s}`);
    lines.push(h, '-'.repeat(h.length), d[s].trim(), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function basis(meta: ExportMeta, w: Words): string {
  const line = w.say('report.meta', { filter: meta.filter, date: w.day(meta.asOf) });
  return meta.suppress ? line : `${line} ${meta.small}`;
}
