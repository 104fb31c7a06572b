/**
 * The analysis (journey-format.md section 4) where the mutation run of `analyze.ts` (issue 29)
 * found it untested.
 */
import { describe, expect, it } from 'vitest';
import type { IsoDate, Journey } from './index';
import { analyze, iv, journey, mandate } from './testing/analyzeBuilders';

describe('an intervention whose kind is not in the catalogue (a journey that did not come through parseJourney)', () => {
  // Reading: section 3 makes an intervention an activity unless its category says otherwise; with
  // no kind there is no category, so it is an activity, and neither a försteg nor an employment.
  const unchecked = (): Journey => {
    const j = journey(
      [iv('x', 'komvux', '2025-01-01', { end: '2025-01-31' }), iv('a', 'komvux', '2025-02-01', { end: '2025-02-28' })],
      { asOf: '2025-02-28' },
    );
    return { ...j, interventions: j.interventions.map((i) => (i.id === 'x' ? { ...i, kind: 'trolleri' } : i)) };
  };

  it('is an activity: it fills its days, so no gap', () => {
    expect(analyze(unchecked()).gaps).toEqual([]);
  });

  it('is no försteg and no employment: no wait, no employment days', () => {
    const a = analyze(unchecked());
    expect(a.forstegWaits).toEqual([]);
    expect(a.totals.employmentDays).toBe(0);
  });
});

describe('a reference day that is not a date', () => {
  it('is refused, naming the value', () => {
    const j = journey([iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' })], { asOf: '2025-06-30' });
    expect(() => analyze(j, { asOf: 'midsommar' as IsoDate })).toThrow(TypeError);
    expect(() => analyze(j, { asOf: 'midsommar' as IsoDate })).toThrow('"midsommar"');
  });
});

describe('grey zone actors', () => {
  it('an intervention with no actor (unknown kind, none given) adds none to fromActors', () => {
    const j = journey(
      [
        iv('x', 'komvux', '2025-01-01', { end: '2025-01-31' }),
        iv('a', 'komvux', '2025-02-10', { end: '2025-02-28', actor: 'kommun' }),
      ],
      { asOf: '2025-02-28', mandates: [mandate('m', 'af', '2025-01-01', '2025-01-31')] },
    );
    const unchecked: Journey = {
      ...j,
      interventions: j.interventions.map((i) => (i.id === 'x' ? { ...i, kind: 'trolleri' } : i)),
    };
    // 2025-02-01 (Sat)..2025-02-09 (Sun): 9 days, Mon 3..Fri 7 working.
    expect(analyze(unchecked).greyZones).toEqual([
      {
        start: '2025-02-01',
        end: '2025-02-09',
        days: 9,
        workingDays: 5,
        fromActors: ['af'],
        toActors: ['kommun'],
        open: false,
        manual: false,
      },
    ]);
  });
});

describe('the wait after a försteg: an activity that starts on D covers D', () => {
  it('is next, not a one-day activity that started (and ended) on E', () => {
    // F ends Fri 2025-03-14 (E); z is 2025-03-14 only; y starts on D = 2025-03-15.
    const j = journey(
      [
        iv('f', 'forsteg', '2025-01-07', { end: '2025-03-14' }),
        iv('z', 'komvux', '2025-03-14', { end: '2025-03-14' }),
        iv('y', 'komvux', '2025-03-15', { end: '2025-05-30' }),
      ],
      { asOf: '2025-05-30' },
    );
    expect(analyze(j).forstegWaits).toEqual([
      { forsteg: 'f', start: null, end: null, days: 0, next: 'y', open: false, noNextStep: false },
    ]);
  });
});
