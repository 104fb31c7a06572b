import { describe, expect, it } from 'vitest';
import { generateCohort } from '../domain';
import { journey } from '../domain/cohort/fixtures';
import { NO_FILTER, filterChoices, filterJourneys, isFiltered, keepJourney } from './filter';

const a = journey('a', [
  { kind: 'forsteg', start: '2025-01-01', end: '2025-01-31' },
  { kind: 'arbetspraktik', start: '2025-03-01', plannedEnd: '2025-08-31' },
]);
const b = journey('b', [{ kind: 'sfi', start: '2024-01-01', end: '2024-06-30' }], {
  closed: { date: '2024-07-01', reason: 'Arbete' },
  mandates: [{ id: 'm1', actor: 'fk', start: '2024-01-01', end: '2024-12-31' }],
});
const c = journey('c', [
  { kind: 'forsteg', start: '2025-05-01', end: '2025-06-30', cancelled: true },
  { kind: 'komvux', start: '2025-09-01' },
]);

const ids = (f: Partial<typeof NO_FILTER>) => filterJourneys([a, b, c], { ...NO_FILTER, ...f }).map((j) => j.id);

describe('cohort filter', () => {
  it('keeps everything, as the same array, when nothing is chosen', () => {
    const all = [a, b, c];
    expect(filterJourneys(all, NO_FILTER)).toBe(all);
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(isFiltered({ ...NO_FILTER, kind: 'sfi' })).toBe(true);
  });

  it('reading of the spec: a journey is active in a period when a non-cancelled intervention or mandate, from start to end (actual, else planned, else open), overlaps it', () => {
    expect(ids({ from: '2025-02-01', to: '2025-02-28' })).toEqual([]); // a's försteg ended 01-31, praktik starts 03-01
    expect(ids({ from: '2025-08-31', to: '2025-08-31' })).toEqual(['a']); // planned end counts, inclusive
    expect(ids({ from: '2024-12-31', to: null })).toEqual(['a', 'b', 'c']); // b's FK mandate ends 2024-12-31; c's komvux is open-ended
    expect(ids({ from: '2025-05-01', to: '2025-06-30' })).toEqual(['a']); // c's försteg is cancelled
    expect(ids({ from: null, to: '2024-12-31' })).toEqual(['b']);
  });

  it('filters by kind and actor (the kind default actor, the intervention own actor, or a mandate)', () => {
    expect(ids({ kind: 'sfi' })).toEqual(['b']);
    expect(ids({ kind: 'forsteg' })).toEqual(['a']); // c's is cancelled
    expect(ids({ actor: 'fk' })).toEqual(['b']); // by mandate
    expect(ids({ actor: 'af' })).toEqual(['a']); // arbetspraktik is AF's
    expect(ids({ actor: 'kommun' })).toEqual(['b', 'c']); // sfi and komvux are the kommun's
  });

  it('filters with/without försteg and closed/open', () => {
    expect(ids({ forsteg: 'with' })).toEqual(['a']);
    expect(ids({ forsteg: 'without' })).toEqual(['b', 'c']);
    expect(ids({ status: 'closed' })).toEqual(['b']);
    expect(ids({ status: 'open' })).toEqual(['a', 'c']);
    expect(ids({ status: 'open', forsteg: 'without' })).toEqual(['c']);
  });

  it('partitions a generated cohort: with and without försteg add up, and each half passes its test', () => {
    const cohort = generateCohort(300, 7, '2026-03-01');
    const withF = filterJourneys(cohort, { ...NO_FILTER, forsteg: 'with' });
    const without = filterJourneys(cohort, { ...NO_FILTER, forsteg: 'without' });
    expect(withF.length + without.length).toBe(300);
    expect(withF.length).toBeGreaterThan(50);
    expect(without.every((j) => !keepJourney(j, { ...NO_FILTER, forsteg: 'with' }))).toBe(true);
  });

  it('lists the actors and kinds that occur', () => {
    expect(filterChoices([a, b, c])).toEqual({
      actors: ['af', 'fk', 'kommun', 'samordningsforbund'],
      kinds: ['arbetspraktik', 'forsteg', 'komvux', 'sfi'],
    });
  });
});
