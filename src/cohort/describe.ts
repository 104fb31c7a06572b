/** The filter and the small-cell setting in words, as every export states them. */
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

/** The lines every export carries: the selection, the reference day and the small-cell mark. */
export type ExportMeta = { name: string; asOf: string; filter: string; small: string; suppress: boolean };
