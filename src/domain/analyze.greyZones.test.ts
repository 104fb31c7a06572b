/** `analyzeJourney`: grey zones, found and marked by hand (docs/format.md, "Grey zones"). */
import { describe, expect, it } from 'vitest';
import { journey, iv, mandate, greyzone, analyze } from './testing/analyzeBuilders';

describe('grey zones', () => {
  it('are runs where nobody holds responsibility, with the actors on each side', () => {
    // fk (sjukpenning) to 2024-12-31, af (mandate) from 2025-02-17: 2025-01-01..2025-02-16 = 31 + 16 = 47 days.
    // Working days: January 23 weekdays - nyårsdagen - trettondedag jul = 21; 3..14 February: 10. 31.
    const j = journey(
      [
        iv('sp', 'sjukpenning', '2024-01-08', { end: '2024-12-31' }),
        iv('reh', 'rehabilitering', '2024-03-04', { end: '2024-09-27' }),
      ],
      { asOf: '2025-06-30', mandates: [mandate('m', 'af', '2025-02-17')] },
    );
    expect(analyze(j).greyZones).toEqual([
      {
        start: '2025-01-01',
        end: '2025-02-16',
        days: 47,
        workingDays: 31,
        fromActors: ['fk'],
        toActors: ['af'],
        open: false,
        manual: false,
      },
    ]);
  });

  it('sort fromActors and toActors and list each actor once', () => {
    const j = journey(
      [
        iv('x', 'komvux', '2024-06-03', { end: '2024-12-31' }),
        iv('sp', 'sjukpenning', '2024-01-08', { end: '2024-12-31' }),
        iv('eb', 'ekonomiskt-bistand', '2024-06-01', { end: '2024-12-31' }),
        iv('ap', 'arbetspraktik', '2025-02-17', { end: '2025-06-30' }),
      ],
      {
        asOf: '2025-06-30',
        mandates: [mandate('m1', 'kommun', '2025-02-17', '2025-06-30'), mandate('m2', 'af', '2025-02-17')],
      },
    );
    expect(analyze(j).greyZones).toEqual([
      expect.objectContaining({ start: '2025-01-01', fromActors: ['fk', 'kommun'], toActors: ['af', 'kommun'] }),
    ]);
  });

  it('are not where a mandate holds responsibility, though there is a gap', () => {
    const j = journey(
      [iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' }), iv('b', 'sfi', '2025-03-24', { end: '2025-06-30' })],
      { asOf: '2025-06-30', mandates: [mandate('m', 'af', '2025-03-10', '2025-03-31')] },
    );
    const a = analyze(j);
    expect(a.gaps.map((g) => g.start)).toEqual(['2025-03-15']);
    expect(a.greyZones).toEqual([]);
  });

  it('are not where a programme or benefit holds responsibility, though there is a gap', () => {
    const j = journey(
      [
        iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' }),
        iv('e', 'etableringsprogrammet', '2025-03-15', { end: '2025-03-20' }),
        iv('s', 'sjukpenning', '2025-03-21', { end: '2025-03-23' }),
        iv('b', 'sfi', '2025-03-24', { end: '2025-06-30' }),
      ],
      { asOf: '2025-06-30' },
    );
    const a = analyze(j);
    expect(a.gaps.map((g) => g.start)).toEqual(['2025-03-15']);
    expect(a.greyZones).toEqual([]);
  });

  it('are not after an open-ended mandate, which holds to the end of the horizon', () => {
    const j = journey([iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' })], {
      asOf: '2025-06-30',
      mandates: [mandate('m', 'kommun', '2025-03-15')],
    });
    const a = analyze(j);
    expect(a.gaps).toEqual([expect.objectContaining({ start: '2025-03-15', open: true })]);
    expect(a.greyZones).toEqual([]);
  });

  it('are open when they run to the end of the horizon, with no toActors', () => {
    // 2025-04-01..2025-06-30 = 91 days.
    const j = journey([iv('a', 'komvux', '2025-01-07', { end: '2025-03-31' })], { asOf: '2025-06-30' });
    expect(analyze(j).greyZones).toEqual([
      expect.objectContaining({
        start: '2025-04-01',
        end: '2025-06-30',
        days: 91,
        fromActors: ['kommun'],
        toActors: [],
        open: true,
      }),
    ]);
  });

  it('drop computed runs of ignoreGapsUpToDays days or fewer', () => {
    const j = journey(
      [
        iv('a', 'komvux', '2025-01-07', { end: '2025-03-14' }),
        iv('b', 'arbetspraktik', '2025-03-24', { end: '2025-06-30' }),
      ],
      { asOf: '2025-06-30' },
    );
    expect(analyze(j, { ignoreGapsUpToDays: 8 }).greyZones).toHaveLength(1);
    expect(analyze(j, { ignoreGapsUpToDays: 9 }).greyZones).toEqual([]);
    expect(analyze(j, { ignoreGapsUpToDays: 9 }).totals.greyZoneDays).toBe(0);
  });

  describe('manual (greyzone annotations)', () => {
    const held = [iv('sp', 'sjukpenning', '2024-01-08', { end: '2025-06-30' })];

    it('are grey zones with manual true, empty actor lists and open false', () => {
      // 2024-12-16..2025-01-10 = 16 + 10 = 26 days. Working: 16-20 Dec (5), 23, 27, 30 Dec (3), 2-3 Jan (2),
      // 7-10 Jan (4) = 14.
      const j = journey(held, { asOf: '2025-06-30', annotations: [greyzone('g', '2024-12-16', '2025-01-10')] });
      expect(analyze(j).greyZones).toEqual([
        {
          start: '2024-12-16',
          end: '2025-01-10',
          days: 26,
          workingDays: 14,
          fromActors: [],
          toActors: [],
          open: false,
          manual: true,
        },
      ]);
    });

    it('are clipped to the horizon at both ends', () => {
      const j = journey(held, {
        asOf: '2025-06-30',
        annotations: [greyzone('g1', '2023-12-01', '2024-01-31'), greyzone('g2', '2025-06-01', '2025-12-31')],
      });
      expect(analyze(j).greyZones.map((z) => [z.start, z.end, z.days, z.open])).toEqual([
        ['2024-01-08', '2024-01-31', 24, false],
        ['2025-06-01', '2025-06-30', 30, false],
      ]);
    });

    it('are left out when nothing of them lies in the horizon', () => {
      const j = journey(held, {
        asOf: '2025-06-30',
        annotations: [greyzone('before', '2023-01-01', '2024-01-07'), greyzone('after', '2025-07-01', '2025-07-31')],
      });
      expect(analyze(j).greyZones).toEqual([]);
      expect(analyze(j).totals.greyZoneDays).toBe(0);
    });

    it('are never dropped as short', () => {
      const j = journey(held, { asOf: '2025-06-30', annotations: [greyzone('g', '2025-02-03', '2025-02-03')] });
      expect(analyze(j, { ignoreGapsUpToDays: 30 }).greyZones).toEqual([
        expect.objectContaining({ start: '2025-02-03', end: '2025-02-03', days: 1, manual: true }),
      ]);
    });

    it('come only from annotations of type greyzone, not notes', () => {
      const j = journey(held, {
        asOf: '2025-06-30',
        annotations: [{ id: 'n', type: 'note', start: '2025-02-03', end: '2025-02-28', text: 'möte' }],
      });
      expect(analyze(j).greyZones).toEqual([]);
    });
  });

  it('are ordered by start, computed before manual at the same start', () => {
    const j = journey([iv('sp', 'sjukpenning', '2024-01-08', { end: '2024-12-31' })], {
      asOf: '2025-02-16',
      annotations: [greyzone('same', '2025-01-01', '2025-01-05'), greyzone('earlier', '2024-12-16', '2025-01-10')],
    });
    expect(analyze(j).greyZones.map((z) => [z.start, z.manual])).toEqual([
      ['2024-12-16', true],
      ['2025-01-01', false],
      ['2025-01-01', true],
    ]);
  });

  it('total greyZoneDays as the union of computed and manual zones', () => {
    // Computed 2025-01-01..2025-02-16 (47) and manual 2024-12-16..2025-01-10 (26) overlap on 2025-01-01..10
    // (10 days): 47 + 26 - 10 = 63.
    const j = journey([iv('sp', 'sjukpenning', '2024-01-08', { end: '2024-12-31' })], {
      asOf: '2025-06-30',
      mandates: [mandate('m', 'af', '2025-02-17')],
      annotations: [greyzone('g', '2024-12-16', '2025-01-10'), greyzone('inside', '2025-01-02', '2025-01-03')],
    });
    expect(analyze(j).totals.greyZoneDays).toBe(63);
  });
});
