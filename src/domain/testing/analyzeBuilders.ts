/**
 * Builders for the `analyzeJourney` tests (`analyze.*.test.ts`). Test code, not used by the app:
 * nothing outside the tests imports it. Every journey goes through `parseJourney` first, so the
 * analysis is only ever asked about valid files.
 */
import { type Analysis, type AnalysisOptions, type Journey, analyzeJourney, parseJourney } from '../index';

export type Loose = Record<string, unknown>;

export function journey(interventions: Loose[], more: Loose = {}): Journey {
  const data = { format: 'journey', version: 1, id: 'j', participant: { ref: 'P-1' }, interventions, ...more };
  const parsed = parseJourney(JSON.stringify(data));
  if (!parsed.ok) throw new Error(`test journey is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.journey;
}

export const iv = (id: string, kind: string, start: string, more: Loose = {}): Loose => ({ id, kind, start, ...more });
export const mandate = (id: string, actor: string, start: string, end?: string): Loose =>
  end === undefined ? { id, actor, start } : { id, actor, start, end };
export const greyzone = (id: string, start: string, end: string): Loose => ({ id, type: 'greyzone', start, end });

export const analyze = (j: Journey, options?: AnalysisOptions) => analyzeJourney(j, options);
export const item = (a: Analysis, id: string) => {
  const found = a.interventions.find((i) => i.id === id);
  if (!found) throw new Error(`no intervention ${id}`);
  return found;
};
export const noFindings = (a: Analysis) => ({
  gaps: a.gaps,
  waits: a.forstegWaits,
  zones: a.greyZones,
  cliffs: a.cliffs,
});
