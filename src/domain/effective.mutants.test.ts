/**
 * Effective ends, rule limits and parallel interventions (journey-format.md section 3): the rules
 * that the mutation run of `effective.ts` (issue 29) found untested.
 */
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_KINDS,
  type Intervention,
  type KindDef,
  headroomMonths,
  isParallel,
  parseJourney,
  ruleContext,
  ruleLimit,
  sicknessFirstDay,
} from './index';
import { analyze, item, iv, journey } from './testing/analyzeBuilders';

const builtIn = (id: string): KindDef => {
  const found = BUILT_IN_KINDS.find((k) => k.id === id);
  if (!found) throw new Error(`no kind ${id}`);
  return found;
};

describe('parallel (section 3): its own `parallel`, else its kind’s, else an sfi below 50 %; else not', () => {
  it('an intervention of no known kind is not parallel, whatever its extent', () => {
    expect(isParallel({ extent: 30 }, undefined)).toBe(false);
    expect(isParallel({}, undefined)).toBe(false);
    expect(isParallel({ parallel: true, extent: 30 }, undefined)).toBe(true);
  });

  it('an extent that is not a number is no extent: such an sfi is not parallel', () => {
    expect(isParallel({ extent: '30' }, builtIn('sfi'))).toBe(false);
    expect(isParallel({ extent: 30 }, builtIn('sfi'))).toBe(true);
  });
});

describe('the first day of a sickness (section 4): `sickFrom`, read on a sjukpenning only, when a date not after `start`', () => {
  it('is `sickFrom` on a sjukpenning, and `start` on any other kind that carries one', () => {
    expect(sicknessFirstDay({ kind: 'sjukpenning', start: '2025-03-03', sickFrom: '2025-02-17' })).toBe('2025-02-17');
    expect(sicknessFirstDay({ kind: 'rehabilitering', start: '2025-03-03', sickFrom: '2025-02-17' })).toBe(
      '2025-03-03',
    );
    expect(sicknessFirstDay({ kind: 'rehabilitering', start: '2025-03-03' })).toBe('2025-03-03');
  });

  it('is `start` when `sickFrom` is not a date or lies after `start`', () => {
    for (const sickFrom of ['2025-02-30', 20250217, '2025-03-10']) {
      expect(sicknessFirstDay({ kind: 'sjukpenning', start: '2025-03-03', sickFrom })).toBe('2025-03-03');
    }
  });
});

describe('a file with a broken date or extension is refused for it, and for nothing else', () => {
  const refusal = (intervention: Record<string, unknown>) => {
    const data = {
      format: 'journey',
      version: 1,
      id: 'j',
      participant: { ref: 'P-1' },
      interventions: [intervention],
    };
    const r = parseJourney(JSON.stringify(data));
    if (r.ok) throw new Error('expected the file to be refused');
    return r.errors.map((e) => `${e.path} ${e.code}`);
  };
  const ij = (more: Record<string, unknown>) => ({ id: 'a', kind: 'introduktionsjobb', start: '2025-01-06', ...more });

  it('a date that is not one (start, end, plannedEnd) is named, and no end or maximum is computed from it', () => {
    for (const field of ['start', 'end', 'plannedEnd']) {
      const errors = refusal(ij({ [field]: 'soon' }));
      expect(errors.length).toBeGreaterThan(0);
      expect(
        errors.every((e) => e.startsWith(`interventions[0].${field} `)),
        `${field}: ${errors.join('; ')}`,
      ).toBe(true);
    }
  });

  it('an extension that is not an object with a whole number of months 1-60 is named, and nothing is computed from it', () => {
    for (const extension of [null, 3, { months: 1.5 }, { months: 'x' }]) {
      const errors = refusal(ij({ plannedEnd: '2025-12-31', extensions: [{ months: 3 }, extension] }));
      expect(errors.length).toBeGreaterThan(0);
      expect(
        errors.every((e) => e.startsWith('interventions[0].extensions')),
        `${JSON.stringify(extension)}: ${errors.join('; ')}`,
      ).toBe(true);
    }
  });
});

describe('rule limits (section 3)', () => {
  it('introduktionsjobb: P is every day before `start` covered by the earlier ones, each run counted in full', () => {
    const j = journey([
      iv('a', 'introduktionsjobb', '2022-01-03', { end: '2022-01-12' }), // 10 days
      iv('b', 'introduktionsjobb', '2022-03-01', { end: '2022-03-20' }), // 20 days
      iv('c', 'introduktionsjobb', '2023-01-02', { plannedEnd: '2024-01-01' }),
    ]);
    const a = analyze(j);
    expect(item(a, 'a').ruleLimit).toBe('2024-01-02'); // 2022-01-03 + 24 months - 1 day
    expect(item(a, 'b').ruleLimit).toBe('2024-02-19'); // 2024-02-29 - 10 days
    expect(item(a, 'c').ruleLimit).toBe('2024-12-02'); // 2025-01-01 - 30 days
  });

  it('sfi counts from the earliest start among the journey’s sfi, wherever it stands in the file', () => {
    const j = journey([
      iv('late', 'sfi', '2027-01-04'),
      iv('early', 'sfi', '2026-03-02'),
      iv('mid', 'sfi', '2026-09-07'),
    ]);
    const a = analyze(j);
    expect(item(a, 'late').ruleLimit).toBe('2029-03-01'); // 2026-03-02 + 36 months - 1 day
    expect(item(a, 'early').ruleLimit).toBe('2029-03-01');
    expect(item(a, 'mid').ruleLimit).toBe('2029-03-01');
  });

  it('without the journey’s catalogue, the facts are still gathered: the first start of each kind', () => {
    const j = journey([iv('b', 'sfi', '2026-05-04'), iv('a', 'sfi', '2026-03-02')]);
    const context = ruleContext(j);
    expect([...context.firstStart]).toEqual([['sfi', '2026-03-02']]);
    expect(context.earlier.size).toBe(0);
  });

  it('an extension of 0 or -1 months (outside 1-60) is not computed with: its introduktionsjobb is passed over in the facts, as with 1.5 months', () => {
    // Our reading: the contract allows `months` 1-60 only (section 2) and is silent on what the rules
    // make of data the validator refuses; ruleContext, which the validator runs on unchecked data,
    // treats a month count outside 1-60 like any other broken extension: not something to compute with.
    const kinds = new Map([['introduktionsjobb', builtIn('introduktionsjobb')]]);
    const later = { id: 'b', kind: 'introduktionsjobb', start: '2023-01-02' } as Intervention;
    const alone = ruleContext({ participant: {}, interventions: [later] }, kinds).earlier;
    for (const months of [0, -1, 1.5]) {
      const earlier = {
        id: 'a',
        kind: 'introduktionsjobb',
        start: '2022-01-03',
        plannedEnd: '2022-01-12',
        extensions: [{ months }],
      };
      const facts = ruleContext({ participant: {}, interventions: [earlier as Intervention, later] }, kinds).earlier;
      expect(facts, `months ${months}`).toEqual(alone);
    }
  });

  it('with both a total maximum and an age limit, the earlier of the two', () => {
    // No built-in kind has both today; the rule is the contract's "with more than one of these, the earliest".
    const kind: KindDef = { ...builtIn('aktivitetsersattning'), maxTotalMonths: 24 };
    const intervention = { id: 'x', kind: kind.id, start: '2020-01-01' } as Intervention;
    const context = (birthYear: number) => ({ birthYear, firstStart: new Map(), earlier: new Map() });
    expect(ruleLimit(intervention, kind, context(1995))).toBe('2021-12-31'); // the total; age limit 2025-11-30
    expect(ruleLimit(intervention, kind, context(1990))).toBe('2020-11-30'); // the age limit; total 2021-12-31
  });
});

describe('headroom (section 4, cliffs): the largest whole number of months m with E + m months <= ruleLimit', () => {
  it('counts calendar months, clamped at month ends, and is 0 when E is on or past the limit', () => {
    expect(headroomMonths('2025-01-31', '2025-02-28')).toBe(1); // 2025-01-31 + 1 month = 2025-02-28
    expect(headroomMonths('2025-01-31', '2025-02-27')).toBe(0);
    expect(headroomMonths('2025-03-15', '2026-03-14')).toBe(11);
    expect(headroomMonths('2025-03-15', '2026-03-15')).toBe(12);
    expect(headroomMonths('2025-11-20', '2027-02-19')).toBe(14);
    expect(headroomMonths('2025-06-10', '2025-06-10')).toBe(0);
    expect(headroomMonths('2025-06-20', '2025-06-10')).toBe(0);
    expect(headroomMonths('2025-06-20', '2024-03-31')).toBe(0);
  });
});

describe('introduktionsjobb whose end is past 9999-12-31', () => {
  it('is refused for its own end, and its days before a later one’s start still count (section 3)', () => {
    // a: 9997-06-02 .. 10000-12-01, past the last day Resan can show. b: 9998-01-02 + 24 months - 1 day
    // = 10000-01-01, less the 214 days a covers before b's start (9997-06-02 .. 9998-01-01): 9999-06-01.
    const data = {
      format: 'journey',
      version: 1,
      id: 'j',
      participant: { ref: 'P-1' },
      interventions: [
        {
          id: 'a',
          kind: 'introduktionsjobb',
          start: '9997-06-02',
          plannedEnd: '9999-12-01',
          extensions: [{ months: 12 }],
        },
        { id: 'b', kind: 'introduktionsjobb', start: '9998-01-02', plannedEnd: '9998-06-30' },
      ],
    };
    const r = parseJourney(JSON.stringify(data));
    expect(r.ok ? [] : r.errors.map((e) => `${e.path} ${e.code}`)).toEqual([
      'interventions[0].extensions afterMaxDate',
    ]);
  });
});
