/**
 * Issue 28, items 6 and 7: a write-ahead copy is read like an import before anything of it is
 * used; one that cannot be read, or that the app never writes (the demo's key), is moved aside;
 * a recovered journey never takes another journey's place.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_JOURNEY } from '../demo/demoJourney';
import type { Journey } from '../domain';
import { DEMO_KEY } from '../store/journeySlice';
import { type StoredVersion, judgeCopy } from './recoveryPlan';

const ID = 'resan-wal:tab-1:j-1';
const journey = (ref: string, id = 'jid-1'): Journey => ({ ...DEMO_JOURNEY, id, participant: { ref } });
const copy = (over: Record<string, unknown> = {}) =>
  JSON.stringify({ tab: 'tab-1', key: 'j-1', base: 3, journey: journey('P-1'), ...over });
let n = 0;
const newKey = () => `j-new-${++n}`;
const judge = (text: string | null, stored?: Record<string, StoredVersion>) =>
  judgeCopy(ID, text, (key) => stored?.[key], newKey);

describe('a copy that cannot be read is moved aside, with the reason and the data as found', () => {
  it.each([
    ['text that is not JSON', '{"tab": "tab-1", "key": '],
    ['nothing at all', null],
    ['JSON that is no copy', '[1, 2]'],
    ['no key', copy({ key: undefined })],
    ['an empty key', copy({ key: '' })],
    ['a base that is not a revision', copy({ base: -1 })],
    ['a base as text', copy({ base: '3' })],
    ['no tab', copy({ tab: 7 })],
    ['a key twice (the importer refuses it)', '{"tab":"t","key":"j-1","key":"j-2","base":0,"journey":{}}'],
  ])('%s', (_name, text) => {
    const step = judge(text);
    expect(step).toMatchObject({ kind: 'aside', id: ID, reason: 'damagedRecord' });
    if (step.kind === 'aside' && typeof text === 'string' && step.problems.length === 0)
      expect(step.data).toEqual(JSON.parse(text));
  });

  it('a journey the importer refuses (the TypeError of issue 28, item 6): invalid, with the importer’s problems', () => {
    const broken = { format: 'journey', version: 1, id: 'x', interventions: 'broken' };
    const step = judge(copy({ journey: broken }));
    expect(step).toMatchObject({ kind: 'aside', key: 'j-1', reason: 'invalidJourney' });
    expect(step.kind === 'aside' && step.problems.length).toBeGreaterThan(0);
    expect(step.kind === 'aside' && step.data).toMatchObject({ journey: broken });
  });

  it('a journey of a newer format is moved aside as such, not saved', () => {
    const step = judge(copy({ journey: { ...journey('P-1'), version: 99 } }));
    expect(step).toMatchObject({ kind: 'aside', reason: 'newerVersion' });
  });
});

describe('item 7: the demo is never read from storage', () => {
  it('a valid journey under the demo’s key is moved aside, named by its reference, never saved', () => {
    const step = judge(copy({ key: DEMO_KEY, journey: journey('FORGED-1') }));
    expect(step).toMatchObject({ kind: 'aside', key: DEMO_KEY, ref: 'FORGED-1', reason: 'demoKey' });
  });
});

describe('a readable copy is saved, and never in another journey’s place', () => {
  const stored = (j: Journey, revision: number) => ({ 'j-1': { journey: j, revision } });

  it('a new journey (nothing stored under its key) is saved under its key over nothing', () => {
    expect(judge(copy({ base: 0 }))).toMatchObject({ kind: 'save', key: 'j-1', base: 0, asCopy: null });
  });

  it('a change to the revision it was made from is saved in place', () => {
    const step = judge(copy({ journey: journey('P-1 ändrad') }), stored(journey('P-1'), 3));
    expect(step).toMatchObject({ kind: 'save', key: 'j-1', base: 3, asCopy: null });
    expect(step.kind === 'save' && step.entry.journey.participant.ref).toBe('P-1 ändrad');
  });

  it('exactly what is stored is only removed', () => {
    expect(judge(copy(), stored(journey('P-1'), 3))).toEqual({ kind: 'same', id: ID });
  });

  it('another journey (another id) under a stored journey’s key is saved beside it, as a new journey', () => {
    const step = judge(copy({ journey: journey('P-OTHER', 'jid-other') }), stored(journey('P-1'), 3));
    expect(step).toMatchObject({ kind: 'save', base: 0, asCopy: 'otherJourney' });
    expect(step.kind === 'save' && step.key).not.toBe('j-1');
  });

  it('a change to a journey saved again since is saved beside it', () => {
    const step = judge(copy({ journey: journey('P-1 ändrad') }), stored(journey('P-1'), 4));
    expect(step).toMatchObject({ kind: 'save', base: 0, asCopy: 'changedSince' });
    expect(step.kind === 'save' && step.key).not.toBe('j-1');
  });

  it('what is saved is the importer’s reading of the copy', () => {
    const step = judge(copy({ base: 0 }));
    expect(step.kind === 'save' && step.entry).toMatchObject({ id: ID, tab: 'tab-1', key: 'j-1', base: 0 });
    expect(step.kind === 'save' && step.entry.journey.participant.ref).toBe('P-1');
  });
});
