/**
 * What alignment takes from each journey (section 7) where the first mutation run of anchor.ts
 * (issue #29) found it untested: a journey's own kinds, an intervention whose kind is in no
 * catalogue (a journey that did not come through parseJourney), and which intervention anchors.
 */
import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analyze';
import { dayNumber } from '../dates';
import type { Journey } from '../schema';
import { anchorDay, itemsOf, kindsOf } from './anchor';
import { ASOF, journey } from './fixtures';

const items = (j: Journey) => itemsOf(j, analyzeJourney(j, { asOf: ASOF }));
const day = (iso: string) => dayNumber(iso);

describe("a journey's own kinds", () => {
  // A custom försteg kind: only the journey's own catalogue knows it is one.
  const own = journey(
    'own',
    [
      { kind: 'lugn-start', start: '2025-01-01', end: '2025-01-31', actor: 'samordningsforbund' },
      { kind: 'komvux', start: '2025-03-01', end: '2025-03-31' },
    ],
    { kinds: [{ id: 'lugn-start', label: 'Lugn start', category: 'forsteg' }] },
  );

  it('are the kinds it sees, beside the built-in ones', () => {
    expect(kindsOf(own).get('lugn-start')?.category).toBe('forsteg');
    expect(kindsOf(own).get('komvux')?.category).toBe('utbildning');
  });

  it('anchor it: its own försteg ends the wait’s anchor day, its own kind names a start anchor', () => {
    expect(anchorDay('forstegEnd', items(own))).toBe(day('2025-02-01'));
    expect(anchorDay('start:lugn-start', items(own))).toBe(day('2025-01-01'));
  });

  it('a journey with none of its own sees the built-in kinds', () => {
    const plain = journey('plain', [{ kind: 'forsteg', start: '2025-01-01', end: '2025-01-31' }]);
    expect(kindsOf(plain).get('forsteg')?.category).toBe('forsteg');
    expect(kindsOf(plain).has('lugn-start')).toBe(false);
  });
});

describe('itemsOf', () => {
  it('gives the non-cancelled interventions in file order, with their effective ends and what each counts as', () => {
    const j = journey('j', [
      { kind: 'forsteg', start: '2025-01-01', end: '2025-01-31' },
      { kind: 'komvux', start: '2025-02-01', end: '2025-02-28', cancelled: true },
      { kind: 'forsteg', start: '2025-03-01', end: '2025-03-31', parallel: true },
      { kind: 'introduktionsjobb', start: '2025-04-01', end: '2025-04-30', parallel: true },
      { kind: 'arbetspraktik', start: '2025-05-01', end: '2025-05-31', parallel: true },
      { kind: 'komvux', start: '2025-06-01' },
    ]);
    expect(items(j)).toEqual([
      {
        index: 0,
        kind: 'forsteg',
        start: day('2025-01-01'),
        end: day('2025-01-31'),
        preparatory: true,
        activity: true,
        employment: false,
      },
      // A parallel försteg is no anchor, a parallel activity leaves the day to the next state, an employment counts.
      {
        index: 2,
        kind: 'forsteg',
        start: day('2025-03-01'),
        end: day('2025-03-31'),
        preparatory: false,
        activity: false,
        employment: false,
      },
      {
        index: 3,
        kind: 'introduktionsjobb',
        start: day('2025-04-01'),
        end: day('2025-04-30'),
        preparatory: false,
        activity: false,
        employment: true,
      },
      {
        index: 4,
        kind: 'arbetspraktik',
        start: day('2025-05-01'),
        end: day('2025-05-31'),
        preparatory: false,
        activity: false,
        employment: false,
      },
      // No end and no maximum of its kind: open.
      {
        index: 5,
        kind: 'komvux',
        start: day('2025-06-01'),
        end: Infinity,
        preparatory: false,
        activity: true,
        employment: false,
      },
    ]);
  });

  it('an intervention of a kind in no catalogue is an activity, no försteg and no employment, unless it says it is preparatory', () => {
    // The reading of analyze.mutants.test.ts: with no kind there is no category, so it is an activity.
    const j = journey('u', [
      { kind: 'trolleri', start: '2025-01-01', end: '2025-01-31', actor: 'kommun' },
      { kind: 'trolleri', start: '2025-02-01', end: '2025-02-28', actor: 'kommun', preparatory: true },
    ]);
    expect(items(j).map(({ preparatory, activity, employment }) => ({ preparatory, activity, employment }))).toEqual([
      { preparatory: false, activity: true, employment: false },
      { preparatory: true, activity: true, employment: false },
    ]);
  });
});

describe('which intervention anchors', () => {
  it('the one that starts first, not the first in the file', () => {
    const j = journey('order', [
      { kind: 'forsteg', start: '2025-03-01', end: '2025-03-31' },
      { kind: 'forsteg', start: '2025-01-01', end: '2025-01-15' },
      { kind: 'komvux', start: '2025-06-01', end: '2025-06-30' },
      { kind: 'komvux', start: '2025-05-01', end: '2025-05-31' },
    ]);
    expect(anchorDay('forstegEnd', items(j))).toBe(day('2025-01-16'));
    expect(anchorDay('start:komvux', items(j))).toBe(day('2025-05-01'));
  });

  it('of two that start on the same day, the first in the file', () => {
    const j = journey('tie', [
      { kind: 'forsteg', start: '2025-01-01', end: '2025-02-28' },
      { kind: 'forsteg', start: '2025-01-01', end: '2025-01-15', parallel: false },
    ]);
    expect(anchorDay('forstegEnd', items(j))).toBe(day('2025-03-01'));
  });
});
