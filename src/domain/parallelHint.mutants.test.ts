/**
 * The hint of issue 21 (parallelHint.ts's header; journey-format.md section 3 on parallel
 * interventions): the rules that the mutation run of `parallelHint.ts` (issue 29) found untested.
 * A candidate is a non-cancelled, non-parallel education starting before the start of some
 * non-cancelled försteg; at most MAX_HINT_CANDIDATES are analysed again; a hint reports only what
 * appears: waits after försteg that grow, gaps and cliffs that were not there. Each test was seen
 * to fail with its mutant planted.
 */
import { describe, expect, it } from 'vitest';
import { type Journey, MAX_HINT_CANDIDATES, parallelHintCandidates, parallelHints, parseJourney } from './index';

type Loose = Record<string, unknown>;
const iv = (id: string, kind: string, start: string, more: Loose = {}): Loose => ({ id, kind, start, ...more });

function journey(interventions: Loose[], asOf = '2025-12-01'): Journey {
  const parsed = parseJourney(
    JSON.stringify({ format: 'journey', version: 1, id: 'j', participant: { ref: 'P-1' }, asOf, interventions }),
  );
  if (!parsed.ok) throw new Error(`test journey is invalid: ${JSON.stringify(parsed.errors)}`);
  return parsed.journey;
}

describe('the candidates', () => {
  it('a cancelled education is no candidate, and a cancelled försteg makes none', () => {
    const cancelledEducation = journey([
      iv('k', 'komvux', '2024-01-08', { end: '2024-06-30', cancelled: true }),
      iv('f', 'forsteg', '2024-09-02', { end: '2024-09-30' }),
    ]);
    expect(parallelHintCandidates(cancelledEducation)).toEqual([]);
    const cancelledForsteg = journey([
      iv('k', 'komvux', '2024-01-08', { end: '2024-06-30' }),
      iv('f', 'forsteg', '2024-09-02', { end: '2024-09-30', cancelled: true }),
    ]);
    expect(parallelHintCandidates(cancelledForsteg)).toEqual([]);
  });

  it('no försteg in the journey: no candidate', () => {
    const j = journey([
      iv('k', 'komvux', '2024-01-08', { end: '2024-06-30' }),
      iv('p', 'arbetspraktik', '2024-07-01', { end: '2024-12-31' }),
    ]);
    expect(parallelHintCandidates(j)).toEqual([]);
  });

  it('an education before some försteg is a candidate, whatever the försteg’s order in the file', () => {
    const j = journey([
      iv('f2', 'forsteg', '2024-09-02', { end: '2024-09-30' }),
      iv('f1', 'forsteg', '2024-03-01', { end: '2024-04-30' }),
      iv('k', 'komvux', '2024-05-01', { end: '2024-08-30' }),
    ]);
    expect(parallelHintCandidates(j)).toEqual(['k']);
  });
});

describe('what a hint reports: only what appears', () => {
  // asOf 2025-01-15. Baseline: k (2024-01-08..06-30) covers f and the day after it; a gap
  // 07-01..09-01; f2, then a wait of 31 days (10-01..10-31, also a gap); p to 2025-02-28, a cliff
  // (within 90 days of asOf). With k parallel: new gaps 2024-01-08..02-29 (24 + 29 = 53 days) and
  // 05-01..09-01 (31 + 30 + 31 + 31 + 1 = 124 days), and f's wait grows from 0 to 124 days. The
  // wait after f2, the gap in October and the cliff of p were there before: not reported.
  it('the hint names the education and its own start, with the wait that grew and the gaps that are new', () => {
    // Made in the test, not while the tests are collected (that made the importer's mutants static).
    const j = journey(
      [
        iv('f', 'forsteg', '2024-03-01', { end: '2024-04-30' }),
        iv('k', 'komvux', '2024-01-08', { end: '2024-06-30' }),
        iv('f2', 'forsteg', '2024-09-02', { end: '2024-09-30' }),
        iv('p', 'arbetspraktik', '2024-11-01', { end: '2025-02-28' }),
      ],
      '2025-01-15',
    );
    expect(parallelHints(j)).toEqual([
      {
        intervention: 'k',
        start: '2024-01-08',
        waits: [{ forsteg: 'f', days: 124 }],
        gaps: [
          { start: '2024-01-08', end: '2024-02-29', days: 53 },
          { start: '2024-05-01', end: '2024-09-01', days: 124 },
        ],
        cliffs: [],
      },
    ]);
  });
});

describe('at most MAX_HINT_CANDIDATES candidates are analysed again, in file order', () => {
  it(`${MAX_HINT_CANDIDATES + 1} educations, one a month, each hiding its month, give ${MAX_HINT_CANDIDATES} hints`, () => {
    const months = Array.from({ length: MAX_HINT_CANDIDATES + 1 }, (_, i) => String(i + 1).padStart(2, '0'));
    const j = journey([
      ...months.map((m) => iv(`k${m}`, 'komvux', `2023-${m}-01`, { end: lastDay(m) })),
      iv('f', 'forsteg', '2023-12-01', { end: '2023-12-31' }),
      iv('a', 'anstallning', '2024-01-01'),
    ]);
    expect(parallelHintCandidates(j)).toHaveLength(MAX_HINT_CANDIDATES + 1);
    expect(parallelHints(j).map((h) => h.intervention)).toEqual(
      months.slice(0, MAX_HINT_CANDIDATES).map((m) => `k${m}`),
    );
  });
});

/** The last day of month `m` of 2023. */
function lastDay(m: string): string {
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(m) - 1];
  return `2023-${m}-${days}`;
}
