/** Dates past 9999-12-31 (issue 14, item 12): refused with the place named, never shown with five-digit years. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_KINDS, analyzeJourney, applyScenario, dayNumber, isoDate, parseJourney } from './index';

const base = { format: 'journey', version: 1, id: 'late', participant: { ref: 'P-LATE' } };

describe('the last day Resan can show', () => {
  it('reading of the spec: a projected end past 9999-12-31 makes the file invalid, naming the extensions that take it there', () => {
    const r = parseJourney(
      JSON.stringify({
        ...base,
        interventions: [
          {
            id: 'ij',
            kind: 'introduktionsjobb',
            start: '9999-01-01',
            plannedEnd: '9999-06-30',
            extensions: [{ months: 12 }],
          },
        ],
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const issue = r.errors.find((e) => e.code === 'afterMaxDate');
    expect(issue).toMatchObject({ path: 'interventions[0].extensions', params: { context: 'end' } });
  });

  it('refuses a decision length that runs past it (no end, no planned end)', () => {
    const r = parseJourney(
      JSON.stringify({ ...base, interventions: [{ id: 'a', kind: 'arbetspraktik', start: '9999-10-01' }] }),
    );
    expect(r.ok ? [] : r.errors.map((e) => [e.path, e.code])).toContainEqual([
      'interventions[0].start',
      'afterMaxDate',
    ]);
  });

  it('accepts an end on 9999-12-31 itself, and the analysis writes every date with four year digits', () => {
    const r = parseJourney(
      JSON.stringify({
        ...base,
        asOf: '9999-12-01',
        interventions: [{ id: 'k', kind: 'komvux', start: '9999-01-01', plannedEnd: '9999-12-31' }],
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const text = JSON.stringify(analyzeJourney(r.journey));
    expect(text).toContain('9999-12-31');
    expect(text).not.toMatch(/\d{5,}-\d\d-\d\d/);
  });

  it('a scenario that would extend past it fails and says why; the baseline stays', () => {
    const r = parseJourney(
      JSON.stringify({
        ...base,
        interventions: [{ id: 'k', kind: 'komvux', start: '9999-01-01', plannedEnd: '9999-06-30' }],
        scenarios: [{ id: 's', name: 'Förläng', changes: [{ op: 'extend', intervention: 'k', months: 12 }] }],
      }),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const applied = applyScenario(r.journey, 's');
    expect(applied.ok ? [] : applied.errors.map((e) => e.code)).toEqual(['afterMaxDate']);
    expect(r.journey.interventions[0].plannedEnd).toBe('9999-06-30');
  });

  it('property: any journey near the end of the calendar is refused or analysed with YYYY-MM-DD dates only', () => {
    const FIRST = dayNumber('9990-01-01');
    const LAST = dayNumber('9999-12-31');
    const day = fc.integer({ min: FIRST, max: LAST });
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const counts = { refused: 0, analysed: 0 };
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(...BUILT_IN_KINDS.map((k) => k.id)),
            start: day,
            plannedEnd: maybe(fc.integer({ min: 0, max: 2000 })),
            extensions: maybe(fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 3 })),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        maybe(day),
        (ivs, asOf) => {
          const journey = {
            ...base,
            asOf: asOf === undefined ? undefined : isoDate(asOf),
            interventions: ivs.map((iv, i) => ({
              id: `i${i}`,
              kind: iv.kind,
              actor: 'kommun',
              start: isoDate(iv.start),
              plannedEnd: iv.plannedEnd === undefined ? undefined : isoDate(Math.min(iv.start + iv.plannedEnd, LAST)),
              extensions: iv.extensions?.map((months) => ({ months })),
            })),
          };
          const r = parseJourney(JSON.stringify(journey));
          if (!r.ok) {
            counts.refused++;
            return;
          }
          counts.analysed++;
          const text = JSON.stringify(analyzeJourney(r.journey));
          expect(text).not.toMatch(/\d{5,}-\d\d-\d\d/);
          for (const m of text.matchAll(/"(\d+)-(\d\d)-(\d\d)"/g)) expect(m[1]).toHaveLength(4);
          for (const m of text.matchAll(/":(-?\d+(?:\.\d+)?)[,}]/g))
            expect(Math.abs(Number(m[1]))).toBeLessThan(4_000_000);
        },
      ),
      { seed: 12, numRuns: 400 },
    );
    // Both outcomes happened, so the property tested something (each in over 1 run of 20: a
    // mutation run makes fewer runs, tests/mutate/fastCheck.ts).
    const runs = counts.refused + counts.analysed;
    expect(counts.refused).toBeGreaterThan(runs / 20);
    expect(counts.analysed).toBeGreaterThan(runs / 20);
  });
});
