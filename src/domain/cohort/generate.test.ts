/** The synthetic cohort: valid files, seeded, and realistic enough to show every finding. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeJourney, dayNumber, isoDate, parseJourney, serializeJourney } from '../index';
import { analyzeCohort } from './figures';
import { generateCohort, generateJourney } from './generate';
import { mixSeed, random } from './prng';

const ASOF = '2026-03-02';

describe('generateCohort', () => {
  const cohort = generateCohort(1000, 7, ASOF);

  it('makes journeys that every parser accepts unchanged', () => {
    for (const journey of cohort) {
      const parsed = parseJourney(serializeJourney(journey));
      if (!parsed.ok) throw new Error(`${journey.id}: ${JSON.stringify(parsed.errors)}`);
      expect(parsed.journey).toEqual(journey);
    }
  });

  it('makes valid files for any seed and reference day', () => {
    const asOfs = fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2040-12-31') }).map(isoDate);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), asOfs, (seed, asOf) => {
        for (const journey of generateCohort(40, seed, asOf)) {
          const parsed = parseJourney(serializeJourney(journey));
          expect(parsed.ok && parsed.journey).toEqual(journey);
        }
      }),
      { seed: 9, numRuns: 25 },
    );
  });

  it('is seeded: the same arguments give the same journeys, journey i whatever the count', () => {
    expect(generateCohort(50, 7, ASOF)).toEqual(cohort.slice(0, 50));
    expect(generateJourney(12, 7, ASOF)).toEqual(cohort[12]);
    expect(generateCohort(50, 8, ASOF)).not.toEqual(cohort.slice(0, 50));
  });

  it('numbers the participants P-0001, P-0002, ...', () => {
    expect(cohort[0].participant.ref).toBe('P-0001');
    expect(cohort[999].participant.ref).toBe('P-1000');
    expect(new Set(cohort.map((j) => j.id)).size).toBe(1000);
  });

  it('has every finding a coordinator looks for', () => {
    const f = analyzeCohort(cohort, { asOf: ASOF });
    const kinds = new Set(cohort.flatMap((j) => j.interventions.map((i) => i.kind)));
    for (const k of ['etableringsprogrammet', 'sfi', 'forsteg', 'arbetspraktik', 'introduktionsjobb', 'sjukpenning']) {
      expect(kinds).toContain(k);
    }
    expect(f.closed).toBeGreaterThan(10);
    expect(f.waits.positive).toBeGreaterThan(100);
    expect(f.waits.stillWaiting).toBeGreaterThan(5);
    expect(f.waits.noNextStep).toBeGreaterThan(5);
    expect(f.waits.median).toBeGreaterThan(14);
    expect(f.waits.median).toBeLessThan(120);
    expect(f.cliffs.filter((c) => c.kind === 'introduktionsjobb').length).toBeGreaterThan(20);
    expect(f.upcomingMilestones.filter((m) => m.day === 180).length).toBeGreaterThan(20);
    expect(f.greyZones.handovers.find((h) => h.from === 'fk' && h.to === 'af')?.journeys).toBeGreaterThan(20);
    expect(cohort.some((j) => j.annotations?.some((a) => a.type === 'greyzone'))).toBe(true);
  });

  it('leaves some försteg with no next step planned and some still waiting', () => {
    const waits = cohort.flatMap((j) => analyzeJourney(j, { asOf: ASOF }).forstegWaits);
    expect(waits.some((w) => w.noNextStep)).toBe(true);
    expect(waits.some((w) => w.open && w.days > 0)).toBe(true);
    expect(waits.some((w) => w.days === 0 && w.next !== null)).toBe(true);
  });
});

describe('random', () => {
  it('gives the same stream for the same seed and whole numbers within bounds', () => {
    const a = random(mixSeed(1, 2));
    const b = random(mixSeed(1, 2));
    const xs = Array.from({ length: 100 }, () => a.int(3, 9));
    expect(Array.from({ length: 100 }, () => b.int(3, 9))).toEqual(xs);
    expect(Math.min(...xs)).toBe(3);
    expect(Math.max(...xs)).toBe(9);
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
  });
});
