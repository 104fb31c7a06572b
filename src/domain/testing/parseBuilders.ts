/**
 * Builders for the journey-file reading tests (`parse.*.test.ts`): a small valid journey and
 * changes to it at a path. Test code, not used by the app: nothing outside the tests imports it.
 */
import { parseJourney } from '../index';

export type Loose = Record<string, unknown>;

/** A small valid journey that touches every list of the format. */
export function valid(): Loose {
  return {
    format: 'journey',
    version: 1,
    id: 'j-1',
    participant: { ref: 'P-1', name: 'Deltagare', birthYear: 1990 },
    asOf: '2025-06-30',
    closed: null,
    actors: [{ id: 'scö', label: 'Samordningsförbundet Centrala Östergötland', color: '#7a5195' }],
    kinds: [{ id: 'lugn-uppstart', label: 'Lugn uppstart', category: 'forsteg', defaultActor: 'scö' }],
    interventions: [
      { id: 'a', kind: 'sfi', start: '2025-01-07', end: '2025-03-14' },
      { id: 'b', kind: 'lugn-uppstart', start: '2025-03-17', end: '2025-04-30' },
      {
        id: 'c',
        kind: 'introduktionsjobb',
        start: '2025-05-05',
        plannedEnd: '2026-05-04',
        extensions: [{ months: 6, decidedOn: '2025-06-01', note: 'efter bedömning' }],
        extent: 75,
      },
    ],
    mandates: [{ id: 'm1', actor: 'af', label: 'Inskriven', start: '2025-01-02', end: '2025-12-31' }],
    events: [{ id: 'e1', date: '2025-05-20', type: 'meeting', actor: 'af', text: 'Trepartsmöte' }],
    annotations: [{ id: 'n1', type: 'greyzone', start: '2025-03-15', end: '2025-03-16' }],
    scenarios: [
      {
        id: 's1',
        name: 'Förläng',
        changes: [
          { op: 'extend', intervention: 'c', months: 6 },
          { op: 'shift', intervention: 'b', days: -3, cascade: true },
          { op: 'startAfter', intervention: 'c', after: 'b', gapDays: 2 },
          { op: 'add', intervention: { id: 'd', kind: 'komvux', start: '2026-01-12' } },
          { op: 'remove', intervention: 'a' },
        ],
      },
    ],
  };
}

export const text = (data: unknown) => JSON.stringify(data);

export function errorsOf(data: unknown) {
  const r = parseJourney(typeof data === 'string' ? data : text(data));
  if (r.ok) throw new Error('expected the file to be refused');
  return r.errors;
}

export type Change = (j: Loose) => void;
type Node = Record<string | number, unknown>;

/** The object that holds the last step of a JavaScript path (`interventions[2].extensions[0].months`), and that key. */
function locate(root: Loose, path: string): [Node, string | number] {
  const steps = (path.match(/[^.[\]]+/g) ?? []).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  let node = root as Node;
  for (const step of steps.slice(0, -1)) node = node[step] as Node;
  return [node, steps[steps.length - 1]];
}

export const set =
  (path: string, value: unknown): Change =>
  (j) => {
    const [node, key] = locate(j, path);
    node[key] = value;
  };
export const remove =
  (path: string): Change =>
  (j) => {
    const [node, key] = locate(j, path);
    delete node[key];
  };
export const push =
  (path: string, ...items: unknown[]): Change =>
  (j) => {
    const [node, key] = locate(j, path);
    (node[key] as unknown[]).push(...items);
  };

/** The valid journey with some changes. */
export function with_(...changes: Change[]): Loose {
  const j = valid();
  for (const change of changes) change(j);
  return j;
}
