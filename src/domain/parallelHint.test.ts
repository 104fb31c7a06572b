/** The hint of issue 21: an education counted as the main activity that hides a wait, a gap or a cliff. */
import { describe, expect, it } from 'vitest';
import { type Journey, parallelHintCandidates, parallelHints, parseJourney, setParallel } from './index';

type Loose = Record<string, unknown>;
const iv = (id: string, kind: string, start: string, more: Loose = {}): Loose => ({ id, kind, start, ...more });

function journey(interventions: Loose[], asOf = '2025-12-01'): Journey {
  const parsed = parseJourney(
    JSON.stringify({ format: 'journey', version: 1, id: 'j', participant: { ref: 'P-1' }, asOf, interventions }),
  );
  if (!parsed.ok) throw new Error(`test journey is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.journey;
}

/** Issue 21's participant (law2026-12.test.ts): sfi from 2024-01-08, a försteg, a praktik, an introduktionsjobb. */
const newlyArrived = (sfi: Loose) =>
  journey([
    iv('sfi', 'sfi', '2024-01-08', sfi),
    iv('f', 'forsteg', '2024-09-02', { end: '2024-11-21' }),
    iv('p', 'arbetspraktik', '2025-02-02', { end: '2025-06-01' }),
    iv('ij', 'introduktionsjobb', '2025-06-02', { plannedEnd: '2026-01-15' }),
  ]);

describe('parallelHints', () => {
  it('an sfi counted as the main activity hides the 72-day wait, two gaps and the cliff', () => {
    expect(parallelHints(newlyArrived({}))).toEqual([
      {
        intervention: 'sfi',
        start: '2024-01-08',
        // 2024-11-22..2025-02-01 = 9 + 31 + 31 + 1 = 72 days.
        waits: [{ forsteg: 'f', days: 72 }],
        // Before the försteg only the sfi: 2024-01-08..2024-09-01 = 24 + 29 + 31 + 30 + 31 + 30 + 31 + 31 + 1 = 238 days.
        gaps: [
          { start: '2024-01-08', end: '2024-09-01', days: 238 },
          { start: '2024-11-22', end: '2025-02-01', days: 72 },
        ],
        cliffs: [{ intervention: 'ij', end: '2026-01-15' }],
      },
    ]);
    // Marked main explicitly, the same.
    expect(parallelHints(newlyArrived({ parallel: false }))).toHaveLength(1);
  });

  it('an education that is parallel already, by its flag or by its extent, is no candidate', () => {
    expect(parallelHints(newlyArrived({ parallel: true }))).toEqual([]);
    expect(parallelHints(newlyArrived({ extent: 40 }))).toEqual([]);
  });

  it('nothing revealed: the main line is whole without the education, so no hint', () => {
    const j = journey([
      iv('k', 'komvux', '2024-01-08', { end: '2024-12-20' }),
      iv('f', 'forsteg', '2024-01-08', { end: '2024-11-21' }),
      iv('p', 'arbetspraktik', '2024-11-22', { end: '2025-06-01' }),
      iv('a', 'anstallning', '2025-06-02'),
    ]);
    expect(parallelHintCandidates(j)).toEqual([]); // same start as the försteg: not before it
    const before = journey([
      iv('k', 'komvux', '2024-01-01', { end: '2024-12-20' }),
      iv('f', 'forsteg', '2024-01-01', { end: '2024-11-21' }),
      iv('f2', 'forsteg', '2024-01-02', { end: '2024-01-03' }),
      iv('p', 'arbetspraktik', '2024-11-22', { end: '2025-06-01' }),
      iv('a', 'anstallning', '2025-06-02'),
    ]);
    expect(parallelHintCandidates(before)).toEqual(['k']);
    expect(parallelHints(before)).toEqual([]);
  });

  it('an education that began after the försteg is no candidate, whatever it hides', () => {
    const j = journey([
      iv('f', 'forsteg', '2024-09-02', { end: '2024-11-21' }),
      iv('k', 'komvux', '2024-11-22', { end: '2025-02-01' }),
      iv('p', 'arbetspraktik', '2025-02-02', { end: '2025-06-01' }),
    ]);
    expect(parallelHintCandidates(j)).toEqual([]);
    expect(parallelHints(j)).toEqual([]);
  });

  it('a cancelled education, or one without a försteg in the journey, is no candidate', () => {
    expect(parallelHints(newlyArrived({ cancelled: true }))).toEqual([]);
    const noForsteg = journey([
      iv('sfi', 'sfi', '2024-01-08'),
      iv('p', 'arbetspraktik', '2025-02-02', { end: '2025-06-01' }),
    ]);
    expect(parallelHints(noForsteg)).toEqual([]);
  });

  it('uses the options it is given (a gap of up to 100 days ignored leaves the wait at 0 and one gap)', () => {
    const [h] = parallelHints(newlyArrived({}), { ignoreGapsUpToDays: 100 });
    expect(h.waits).toEqual([]);
    expect(h.gaps.map((g) => g.days)).toEqual([238]);
    expect(h.cliffs).toHaveLength(1);
  });

  it('setParallel marks one intervention and leaves the journey it was given untouched', () => {
    const j = newlyArrived({});
    const beside = setParallel(j, 'sfi', true);
    expect(beside.interventions[0].parallel).toBe(true);
    expect(j.interventions[0].parallel).toBeUndefined();
    expect(setParallel(beside, 'sfi', false).interventions[0].parallel).toBe(false);
    expect(beside.interventions[1]).toBe(j.interventions[1]);
  });
});
