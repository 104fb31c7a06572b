/**
 * How fast the analysis is on large journeys (`npm run bench`). Measured, never asserted:
 * the numbers go into the issue notes, not into a timed test.
 */
import { bench, describe } from 'vitest';
import { analyzeJourney, applyScenario, fromCivil, isoDate, parseJourney, serializeJourney } from './index';
import type { Intervention, Journey } from './schema';

const KINDS = [
  'sfi',
  'arbetspraktik',
  'introduktionsjobb',
  'forsteg',
  'komvux',
  'sjukpenning',
  'rehabilitering',
  'etableringsprogrammet',
];

/** A seeded, realistic-looking journey of `n` interventions over about `n / 4` years. */
function bigJourney(n: number): Journey {
  let seed = 42;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const interventions: Intervention[] = [];
  let day = fromCivil(2000, 1, 3);
  const iso = isoDate;
  for (let i = 0; i < n; i++) {
    day += Math.floor(rand() * 120) - 30;
    const length = 20 + Math.floor(rand() * 300);
    interventions.push({
      id: `i${i}`,
      kind: KINDS[i % KINDS.length],
      start: iso(day),
      ...(rand() < 0.7 ? { end: iso(day + length) } : { plannedEnd: iso(day + length) }),
      ...(rand() < 0.05 ? { cancelled: true } : {}),
    });
  }
  return {
    format: 'journey',
    version: 1,
    id: `big-${n}`,
    participant: { ref: `P-BIG-${n}` },
    asOf: iso(day),
    interventions,
    mandates: [{ id: 'm1', actor: 'af', start: iso(day - 2000), end: iso(day - 1000) }],
    annotations: [{ id: 'a1', type: 'greyzone', start: iso(day - 500), end: iso(day - 400) }],
    scenarios: [
      { id: 's1', name: 'Förläng', changes: [{ op: 'extend', intervention: `i${n - 1}`, months: 6, cascade: true }] },
    ],
  };
}

for (const n of [100, 1_000, 10_000]) {
  const journey = bigJourney(n);
  const text = serializeJourney(journey);
  describe(`${n} interventions`, () => {
    bench('analyzeJourney', () => {
      analyzeJourney(journey);
    });
    bench('parseJourney', () => {
      parseJourney(text);
    });
    bench('applyScenario + analyzeJourney', () => {
      const r = applyScenario(journey, 's1');
      if (r.ok) analyzeJourney(r.journey);
    });
  });
}
