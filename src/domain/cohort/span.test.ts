import { describe, expect, it } from 'vitest';
import { generateCohort } from './generate';
import { ASOF, endedWait, journey } from './fixtures';
import { type Span, journeySpan, mergeSpans } from './span';

describe('journeySpan: the period a report covers', () => {
  it('is null for no journeys, and for journeys with no date', () => {
    expect(journeySpan([], ASOF)).toBeNull();
    expect(journeySpan([journey('x', [])], ASOF)).toBeNull();
    expect(journeySpan([journey('x', [], { closed: null, mandates: [] })], ASOF)).toBeNull();
  });

  it('takes a closing day alone, and a date missing after one seen (an open intervention)', () => {
    const closedOnly = journey('c', [], { closed: { date: '2025-05-05', reason: 'flytt' } });
    expect(journeySpan([closedOnly], ASOF)).toEqual({ from: '2025-05-05', to: '2025-05-05' });
    expect(journeySpan([journey('x', []), closedOnly], ASOF)).toEqual({ from: '2025-05-05', to: '2025-05-05' });
  });

  it('takes the first start and the last end, each intervention counted', () => {
    // The försteg 2025-01-01..01-31, then komvux 2025-03-03..04-01.
    expect(journeySpan([endedWait('a', 30)], ASOF)).toEqual({ from: '2025-01-01', to: '2025-04-01' });
    expect(journeySpan([endedWait('a', 0), endedWait('b', 30)], ASOF)).toEqual({
      from: '2025-01-01',
      to: '2025-04-01',
    });
    // Order does not matter: the later journey first.
    expect(journeySpan([endedWait('b', 30), endedWait('a', 0)], ASOF)).toEqual({
      from: '2025-01-01',
      to: '2025-04-01',
    });
  });

  it('reads the planned end where there is no end, and the end before it', () => {
    const planned = journey('p', [{ kind: 'komvux', start: '2025-03-01', plannedEnd: '2025-06-30' }]);
    expect(journeySpan([planned], ASOF)).toEqual({ from: '2025-03-01', to: '2025-06-30' });
    const ended = journey('e', [{ kind: 'komvux', start: '2025-03-01', end: '2025-04-30', plannedEnd: '2025-06-30' }]);
    expect(journeySpan([ended], ASOF)).toEqual({ from: '2025-03-01', to: '2025-04-30' });
    const open = journey('o', [{ kind: 'komvux', start: '2025-03-01' }]);
    expect(journeySpan([open], ASOF)).toEqual({ from: '2025-03-01', to: '2025-03-01' });
  });

  it('counts a date after the reference day as the reference day', () => {
    const late = journey('l', [{ kind: 'komvux', start: '2025-11-01', plannedEnd: '2026-06-30' }]);
    expect(journeySpan([late], ASOF)).toEqual({ from: '2025-11-01', to: ASOF });
    // A start after the reference day too (a plan): both ends are the reference day.
    const planned = journey('f', [{ kind: 'komvux', start: '2026-02-01', end: '2026-03-01' }]);
    expect(journeySpan([planned], ASOF)).toEqual({ from: ASOF, to: ASOF });
    // The reference day itself is kept as it is.
    const onTheDay = journey('d', [{ kind: 'komvux', start: '2025-06-01', end: ASOF }]);
    expect(journeySpan([onTheDay], ASOF)).toEqual({ from: '2025-06-01', to: ASOF });
  });

  it('counts the mandates and the closing day', () => {
    const base = [{ kind: 'komvux', start: '2025-03-01', end: '2025-04-30' }];
    const early = journey('m', base, { mandates: [{ id: 'm1', actor: 'kommun', start: '2025-01-15' }] });
    expect(journeySpan([early], ASOF)).toEqual({ from: '2025-01-15', to: '2025-04-30' });
    const late = journey('n', base, {
      mandates: [{ id: 'm1', actor: 'kommun', start: '2025-03-10', end: '2025-08-31' }],
    });
    expect(journeySpan([late], ASOF)).toEqual({ from: '2025-03-01', to: '2025-08-31' });
    const closed = journey('c', base, { closed: { date: '2025-09-30', reason: 'arbete' } });
    expect(journeySpan([closed], ASOF)).toEqual({ from: '2025-03-01', to: '2025-09-30' });
    expect(journeySpan([journey('z', base, { closed: null })], ASOF)).toEqual({
      from: '2025-03-01',
      to: '2025-04-30',
    });
  });
});

describe('mergeSpans', () => {
  const a: Span = { from: '2025-01-01', to: '2025-06-30' };
  const b: Span = { from: '2025-03-01', to: '2025-09-30' };

  it('keeps the one there is', () => {
    expect(mergeSpans(null, null)).toBeNull();
    expect(mergeSpans(a, null)).toEqual(a);
    expect(mergeSpans(null, b)).toEqual(b);
  });

  it('takes the first start and the last end, whichever side holds them', () => {
    expect(mergeSpans(a, b)).toEqual({ from: '2025-01-01', to: '2025-09-30' });
    expect(mergeSpans(b, a)).toEqual({ from: '2025-01-01', to: '2025-09-30' });
    const inner: Span = { from: '2025-02-01', to: '2025-03-01' };
    expect(mergeSpans(a, inner)).toEqual(a);
    expect(mergeSpans(inner, a)).toEqual(a);
  });

  it('gives the whole cohort’s span from its chunks, however it is cut', () => {
    const asOf = '2026-11-28';
    const journeys = generateCohort(600, 7, asOf);
    const whole = journeySpan(journeys, asOf);
    expect(whole).not.toBeNull();
    for (const size of [1, 7, 250, 600]) {
      let merged: Span | null = null;
      for (let i = 0; i < journeys.length; i += size)
        merged = mergeSpans(merged, journeySpan(journeys.slice(i, i + size), asOf));
      expect(merged).toEqual(whole);
    }
  });
});
