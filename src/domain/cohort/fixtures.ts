/** Small hand-made journeys for the cohort tests. Not used by the app. */
import { addDays } from '../dates';
import type { Intervention, Journey } from '../schema';

/** The reference day of every hand-made cohort. */
export const ASOF = '2025-12-31';

/** An intervention whose id may be left out (then `i1`, `i2`, ... by position). */
type Loose = Partial<Intervention> & Pick<Intervention, 'kind' | 'start'>;

export function journey(id: string, interventions: Loose[], extra: Partial<Journey> = {}): Journey {
  return {
    format: 'journey',
    version: 1,
    id,
    participant: { ref: `P-${id}` },
    interventions: interventions.map((iv, i): Intervention => ({ id: `i${i + 1}`, ...iv })),
    ...extra,
  };
}

/**
 * A försteg 2025-01-01..2025-01-31 followed by a wait of `days`: the next step (komvux, 30
 * days) starts on 2025-02-01 + days. `days` 0: it starts the day after the försteg.
 */
export function endedWait(id: string, days: number): Journey {
  const next = addDays('2025-02-01', days);
  return journey(id, [
    { kind: 'forsteg', start: '2025-01-01', end: '2025-01-31' },
    { kind: 'komvux', start: next, end: addDays(next, 29) },
  ]);
}

/** A försteg that ended `days` days before ASOF with nothing after: a wait of `days` days, still open on ASOF. */
export function openWait(id: string, days: number): Journey {
  const end = addDays(ASOF, -days);
  return journey(id, [{ kind: 'forsteg', start: addDays(end, -59), end }]);
}

/** A försteg that ends after ASOF with nothing planned after it: `noNextStep`. */
export function noNextStep(id: string): Journey {
  return journey(id, [{ kind: 'forsteg', start: '2025-11-03', end: '2026-02-27' }]);
}

/**
 * A grey zone of `days` days from `fromKind`'s actor to `toKind`'s: `fromKind` runs
 * 2025-01-01..2025-03-31, `toKind` 60 days from 2025-04-01 + `days`.
 */
export function handoverJourney(id: string, fromKind: string, toKind: string, days: number): Journey {
  const next = addDays('2025-04-01', days);
  return journey(id, [
    { kind: fromKind, start: '2025-01-01', end: '2025-03-31' },
    { kind: toKind, start: next, end: addDays(next, 59) },
  ]);
}

/**
 * 31 journeys whose hand-over matrix has, in Försäkringskassan's row, exactly one pair under 5
 * journeys: FK → kommun (2 journeys, 40 days). The row's smallest other pair is FK → AF (6
 * journeys of 3 days: 18); Region → AF (5 × 4 days) and Region → kommun (5 × 5) share their
 * columns, so that hiding FK → kommun and FK → AF leaves a rectangle a reader cannot solve.
 * FK → region (7 × 10) and Region → FK (6 × 10) complete it; each journey's last intervention
 * is followed by a grey zone to nobody up to the reference day.
 */
export function oneSmallCellInARow(): Journey[] {
  const pairs: [from: string, to: string, days: number, journeys: number][] = [
    ['sjukpenning', 'arbetspraktik', 3, 6],
    ['sjukpenning', 'kommunal-insats', 20, 2],
    ['sjukpenning', 'rehabilitering', 10, 7],
    ['rehabilitering', 'arbetspraktik', 4, 5],
    ['rehabilitering', 'kommunal-insats', 5, 5],
    ['rehabilitering', 'sjukpenning', 10, 6],
  ];
  return pairs.flatMap(([from, to, days, n], k) =>
    Array.from({ length: n }, (_, i) => handoverJourney(`h${k}-${i}`, from, to, days)),
  );
}
