/** The filter and the small-cell setting in words, and the lines every export carries (one helper for all). */
import { suppressCount } from '../domain';
import { RESAN_VERSION } from '../io/version';
import type { CohortFilter } from './filter';
import type { Words } from './say';

export function describeFilter(f: CohortFilter, w: Words): string {
  const parts: string[] = [];
  if (f.from) parts.push(w.say('filter.describeFrom', { date: f.from }));
  if (f.to) parts.push(w.say('filter.describeTo', { date: f.to }));
  if (f.actor !== null) parts.push(w.say('filter.describeActor', { actor: w.actor(f.actor) }));
  if (f.kind !== null) parts.push(w.say('filter.describeKind', { kind: w.kind(f.kind) }));
  if (f.forsteg !== 'all') parts.push(w.say(f.forsteg === 'with' ? 'filter.describeWith' : 'filter.describeWithout'));
  if (f.status !== 'all') parts.push(w.say(f.status === 'open' ? 'filter.describeOpen' : 'filter.describeClosed'));
  return parts.length === 0 ? w.say('filter.none') : parts.join(', ');
}

export const describeSmall = (suppress: boolean, w: Words) => w.say(suppress ? 'small.marked' : 'small.mark');

/**
 * What every export says about itself: the cohort, the selection, the reference day and the
 * small-cell mark. `synthetic` is true for the demo cohort (made-up journeys).
 */
export type ExportMeta = {
  name: string;
  asOf: string;
  filter: string;
  small: string;
  suppress: boolean;
  synthetic?: boolean;
  /**
   * Pooled figures (Sammanställ): the sources added up, each with its label and journeys, and
   * for a file that is itself a merge the sources it was made from (its `provenance.sources`).
   */
  sources?: readonly PoolSourceNote[];
};

export type PoolSourceNote = {
  label: string;
  journeys: number;
  from?: readonly { label: string; journeys: number }[];
};

/**
 * "Förbund A (120 resor)", or for a merged file "Region Öst (250 resor, sammanlagd av: A (100
 * resor), B (150 resor))". The numbers of journeys follow the small-cell rule when it is on: a
 * source of 1–4 people is named with "<5", as `resan report` writes it.
 */
function sourceNote(s: PoolSourceNote, suppress: boolean, w: Words): string {
  const one = (x: { label: string; journeys: number }) =>
    w.say('pool.sources.one', { label: x.label, count: suppressCount(x.journeys, suppress) });
  if (!s.from) return one(s);
  return w.say('pool.sources.merged', {
    label: s.label,
    count: suppressCount(s.journeys, suppress),
    list: s.from.map(one).join(', '),
  });
}

export const resanVersion = () => `Resan ${RESAN_VERSION}`;

/**
 * The header rows of every cohort export (CSV, SVG, PNG, the Lex Heller draft), as
 * label and value: the cohort, the reference day, the selection, the small-cell state and
 * the Resan version that made the file.
 */
export function exportHeader(meta: ExportMeta, w: Words): [label: string, value: string][] {
  const rows: [string, string][] = [
    [w.say('export.cohort'), meta.name],
    [w.say('export.asOf'), meta.asOf],
    [w.say('export.filter'), meta.filter],
    [w.say('export.small'), meta.small],
    [w.say('export.version'), resanVersion()],
  ];
  if (meta.synthetic) rows.push([w.say('export.data'), w.say('export.synthetic')]);
  if (meta.sources)
    rows.push([w.say('pool.sources.heading'), meta.sources.map((s) => sourceNote(s, meta.suppress, w)).join('; ')]);
  return rows;
}

/** The header rows as lines of text ("Referensdag: 2026-03-02"). */
export const exportNotes = (meta: ExportMeta, w: Words): string[] =>
  exportHeader(meta, w).map(([label, value]) => `${label}: ${value}`);
