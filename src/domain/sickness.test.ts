/**
 * Sickness periods and milestones as docs/format.md ("Sickness milestones") defines them: spells taken in
 * order of first day form periods (a spell joins when `first day - L - 1 <= 89`, L being the last
 * day the period covers so far), and a milestone is the Nth counted day of its period.
 */
import { describe, expect, it } from 'vitest';
import { analyzeJourney, parseJourney } from './index';

type Loose = Record<string, unknown>;

function milestones(interventions: Loose[], asOf: string) {
  const parsed = parseJourney(
    JSON.stringify({ format: 'journey', version: 1, id: 'j', participant: { ref: 'P-1' }, asOf, interventions }),
  );
  if (!parsed.ok) throw new Error(`test journey is invalid: ${JSON.stringify(parsed.errors)}`);
  return analyzeJourney(parsed.journey).sicknessMilestones.map(({ day, date, interventions: ids }) => ({
    day,
    date,
    ids,
  }));
}
const sick = (id: string, start: string, end?: string): Loose => ({ id, kind: 'sjukpenning', start, end });

describe('sickness periods', () => {
  it('are formed in order of first day, not in file order', () => {
    // Listed 2025, 2026, 2024: three periods, each more than 89 days from the others. Only the
    // 2025 spell (213 days from 2 June) reaches a milestone: day 90 on 30 August, 180 on 28 November.
    const found = milestones(
      [
        sick('x', '2025-06-02', '2025-12-31'),
        sick('z', '2026-09-01', '2026-09-30'),
        sick('y', '2024-01-01', '2024-02-29'),
      ],
      '2027-01-01',
    );
    expect(found).toEqual([
      { day: 90, date: '2025-08-30', ids: ['x'] },
      { day: 180, date: '2025-11-28', ids: ['x'] },
    ]);
  });

  it('L is the last day covered so far: a spell inside an earlier one does not pull it back', () => {
    // b lies inside a; c starts 45 days after a ends, so it joins a's period (not 45 days after b).
    const found = milestones(
      [
        sick('a', '2024-01-01', '2024-12-31'),
        sick('b', '2024-03-01', '2024-03-31'),
        sick('c', '2025-02-15', '2025-03-31'),
      ],
      '2026-01-01',
    );
    expect(found).toEqual([
      { day: 90, date: '2024-03-30', ids: ['a', 'b', 'c'] },
      { day: 180, date: '2024-06-28', ids: ['a', 'b', 'c'] },
      { day: 365, date: '2024-12-30', ids: ['a', 'b', 'c'] },
    ]);
  });
});

describe('milestones at the end of the calendar', () => {
  it('a milestone on 9999-12-31 is listed; one after it is not a date and is left out', () => {
    // Open-ended from 3 October 9999: day 90 is 31 December 9999, day 180 would be in year 10000.
    expect(milestones([sick('s', '9999-10-03')], '9999-11-01')).toEqual([{ day: 90, date: '9999-12-31', ids: ['s'] }]);
  });
});
