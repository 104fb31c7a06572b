import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { linearScale } from './geometry';
import type { BarLayout } from './layout';
import { placeBadges, planBarMarks } from './barMarks';
import { PIECE, badgesFor, planInPieces } from './marksLater';

// A big journey over 8,000 days, a pixel a day, in 4 lanes and 3 rows: short bars whose names mostly do not fit.
const x = linearScale([0, 8000], [0, 8000]);
const view = { left: 0, right: 8000 };
const bars = Array.from(
  { length: 2 * PIECE + 123 },
  (_, i) =>
    ({
      id: `b${i}`,
      index: i,
      lane: `lane${i % 4}`,
      row: i % 3,
      category: 'praktik',
      activity: true,
      parallel: false,
      start: (i * 7) % 8000,
      end: ((i * 7) % 8000) + (i % 5) * 30,
      projected: false,
      segments: [],
      ruleLimit: null,
      exceeds: false,
      cancelled: false,
      status: 'ended',
      endUnrecorded: false,
      milestones: [],
    }) as BarLayout,
);
const name = (i: number) => (i % 2 ? `Arbetsmarknadsutbildning ${i}` : `Praktik ${i}`);
const none = new Set<string>();

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("planInPieces (a big journey's marks a piece per task)", () => {
  it('plans what planBarMarks plans in one go, a piece per task, and hands the marks over after the badges', () => {
    const done = vi.fn();
    planInPieces(bars, name, x, view, none, done);
    // Three pieces, the badges, the hand-over: a task each.
    for (let task = 0; task < 4; task++) {
      vi.advanceTimersToNextTimer();
      expect(done).not.toHaveBeenCalled();
    }
    vi.advanceTimersToNextTimer();
    expect(done).toHaveBeenCalledOnce();
    const whole = planBarMarks(
      bars,
      bars.map((_, i) => name(i)),
      x,
      view,
      none,
    );
    const marks = done.mock.calls[0][0];
    expect([...marks.entries()]).toEqual([...whole.entries()]);
    expect(whole.size).toBeGreaterThan(PIECE);
    // The badges were placed for these marks: the render that draws them finds them.
    const badges = badgesFor(bars, marks, x, view, none);
    expect(badgesFor(bars, marks, x, view, none)).toBe(badges);
    expect([...badges.entries()]).toEqual([...placeBadges(bars, whole, x, view, none).entries()]);
    // Other inputs (a new view) are placed anew.
    const moved = { left: 100, right: 8100 };
    expect(badgesFor(bars, marks, x, moved, none)).not.toBe(badges);
  });

  it('hands nothing over once cancelled', () => {
    const done = vi.fn();
    const cancel = planInPieces(bars, name, x, view, none, done);
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(done).not.toHaveBeenCalled();
  });
});
