/** The alignment of a hand-made cohort on an anchor, day by day (section 7). */
import { describe, expect, it } from 'vitest';
import { ASOF, journey } from './fixtures';
import { alignCohort } from './align';

const AF = [{ id: 'm1', actor: 'af', start: '2025-03-01' }];

// Anchor "start:arbetspraktik", offsets -2..3.
// A1: AF's mandate from 03-01; praktik 03-10..03-11; introduktionsjobb (anställning) 03-12 only; then only the mandate.
//     -2 (03-08) gap, -1 gap, 0 activity, 1 activity, 2 employment, 3 (03-13) gap.
const a1 = journey(
  'a1',
  [
    { kind: 'arbetspraktik', start: '2025-03-10', end: '2025-03-11' },
    { kind: 'introduktionsjobb', start: '2025-03-12', end: '2025-03-12' },
  ],
  { mandates: AF },
);
// A2: the horizon starts with the praktik 05-05..05-06; nobody on 05-07; AF's mandate from 05-08.
//     -2, -1 unobserved (before the horizon), 0 activity, 1 activity, 2 greyZone, 3 gap.
const a2 = journey('a2', [{ kind: 'arbetspraktik', start: '2025-05-05', end: '2025-05-06' }], {
  mandates: [{ id: 'm1', actor: 'af', start: '2025-05-08' }],
});
// A3: komvux 07-30 only, nobody on 07-31, praktik 08-01..08-02, closed on 08-03.
//     -2 activity, -1 greyZone, 0 activity, 1 activity, 2 (08-03) greyZone, 3 (08-04) unobserved (after closing).
const a3 = journey(
  'a3',
  [
    { kind: 'komvux', start: '2025-07-30', end: '2025-07-30' },
    { kind: 'arbetspraktik', start: '2025-08-01', end: '2025-08-02' },
  ],
  { closed: { date: '2025-08-03', reason: 'Flyttat' } },
);
// A4: no praktik; A5: only a cancelled one. Both left out.
const a4 = journey('a4', [{ kind: 'komvux', start: '2025-01-01', end: '2025-12-31' }]);
const a5 = journey('a5', [{ kind: 'arbetspraktik', start: '2025-01-01', end: '2025-01-31', cancelled: true }]);

const day = (offset: number, counts: Partial<Record<string, number>>) => ({
  offset,
  employment: 0,
  activity: 0,
  greyZone: 0,
  gap: 0,
  unobserved: 0,
  ...counts,
});

describe('alignCohort', () => {
  it('puts every included journey in one state per offset and counts the journeys without an anchor', () => {
    const alignment = alignCohort([a1, a2, a3, a4, a5], { asOf: ASOF, anchor: 'start:arbetspraktik', from: -2, to: 3 });
    expect(alignment).toEqual({
      anchor: 'start:arbetspraktik',
      included: 3,
      excluded: 2,
      days: [
        day(-2, { gap: 1, unobserved: 1, activity: 1 }), // a1 gap, a2 unobserved, a3 activity
        day(-1, { gap: 1, unobserved: 1, greyZone: 1 }), // a1 gap, a2 unobserved, a3 greyZone
        day(0, { activity: 3 }),
        day(1, { activity: 3 }),
        day(2, { employment: 1, greyZone: 2 }), // a1 employment, a2 and a3 greyZone
        day(3, { gap: 2, unobserved: 1 }), // a1 and a2 gap, a3 unobserved
      ],
    });
  });

  it('anchors on the day after the first finite försteg, first by start and then by file order', () => {
    // f-late (listed first) and f-early start on the same day: file order picks f-late, ending 02-14 → anchor 02-15.
    // The open-ended försteg that starts earlier has no finite end and is passed over.
    const j = journey('f', [
      { kind: 'forsteg', start: '2024-12-01' },
      { id: 'f-late', kind: 'forsteg', start: '2025-01-01', end: '2025-02-14' },
      { id: 'f-early', kind: 'forsteg', start: '2025-01-01', end: '2025-01-31' },
    ]);
    const b = alignCohort([j], { asOf: ASOF, anchor: 'forstegEnd', from: 0, to: 400 });
    // The horizon ends on asOf 2025-12-31: from 02-15 that is 13 + 306 = 319 days on (offset 319), inside the
    // open-ended försteg; offset 320 is after it. (Anchored on f-early's 02-01 instead, both would be activity.)
    expect(b.days[319]).toMatchObject({ offset: 319, activity: 1 });
    expect(b.days[320]).toMatchObject({ offset: 320, unobserved: 1 });
  });

  it('counts a preparatory intervention of another kind as a försteg', () => {
    const j = journey('p', [{ kind: 'arbetspraktik', start: '2025-01-01', end: '2025-01-31', preparatory: true }]);
    const a = alignCohort([j], { asOf: ASOF, anchor: 'forstegEnd', from: -1, to: 0 });
    expect(a.days).toEqual([day(-1, { activity: 1 }), day(0, { greyZone: 1 })]);
  });

  it('reading of the spec: a grey zone dropped as short (ignoreGapsUpToDays) is a gap day, not a grey zone day', () => {
    // a2's zone on 05-07 (offset 2) is one day long.
    const options = { asOf: ASOF, anchor: 'start:arbetspraktik', from: 0, to: 2 };
    expect(alignCohort([a2], options).days[2]).toEqual(day(2, { greyZone: 1 }));
    expect(alignCohort([a2], { ...options, ignoreGapsUpToDays: 1 }).days[2]).toEqual(day(2, { gap: 1 }));
  });

  it('refuses an unknown anchor and offsets that do not hold 0', () => {
    expect(() => alignCohort([], { asOf: ASOF, anchor: 'end:sfi', from: -1, to: 1 })).toThrow(/anchor/);
    expect(() => alignCohort([], { asOf: ASOF, anchor: 'start:', from: -1, to: 1 })).toThrow(/anchor/);
    expect(() => alignCohort([], { asOf: ASOF, anchor: 'forstegEnd', from: 1, to: 3 })).toThrow(/from <= 0 <= to/);
    expect(alignCohort([], { asOf: ASOF, anchor: 'forstegEnd', from: 0, to: 0 })).toEqual({
      anchor: 'forstegEnd',
      included: 0,
      excluded: 0,
      days: [day(0, {})],
    });
  });
});
