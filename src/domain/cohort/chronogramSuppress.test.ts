/**
 * The chronogram's small-cell rule day by day (suppressChronogram): the same cells as one search
 * over every day where that search ends, and on a cohort of 12, where it did not end in minutes,
 * every day keeps no single hidden state that its shown total would give away.
 */
import { describe, expect, it } from 'vitest';
import { alignCohort } from './align';
import { generateCohort } from './generate';
import { suppressView } from './suppress';
import { DAY_STATES } from './types';
import { chronogramIds, chronogramView, suppressChronogram } from './views';

const ASOF = '2026-11-28';
const align = (n: number, seed: number) =>
  alignCohort(generateCohort(n, seed, ASOF), { asOf: ASOF, anchor: 'forstegEnd', from: -180, to: 365 });

describe('the chronogram, suppressed day by day', () => {
  it('hides what one search over all days hides, on the demo-sized cohort', () => {
    const a = align(500, 1);
    const offsets = a.days.map((d) => d.offset).filter((o) => o % 30 === 0);
    expect(suppressChronogram(a, offsets, true)).toEqual(suppressView(chronogramView(a, offsets), true));
  });

  it('on 12 journeys (8 aligned): no day has exactly one hidden state, and the total is shown', () => {
    const a = align(12, 21);
    const shown = suppressChronogram(
      a,
      a.days.map((d) => d.offset),
      true,
    );
    expect(a.included).toBeGreaterThanOrEqual(5);
    expect(shown.get(chronogramIds.included)).toBe(a.included);
    let hiddenSomewhere = 0;
    for (const d of a.days) {
      // "<5" (the primary rule) or "–" (the secondary): either is hidden.
      const hidden = DAY_STATES.filter((s) => typeof shown.get(chronogramIds.state(d.offset, s)) === 'string');
      expect(hidden.length, `day ${d.offset}`).not.toBe(1);
      hiddenSomewhere += hidden.length;
    }
    expect(hiddenSomewhere).toBeGreaterThan(0);
  });
});
