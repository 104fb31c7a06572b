import { describe, expect, it } from 'vitest';
import { UNBOUNDED, linearScale } from './geometry';
import type { BarLayout } from './layout';
import { type BarMark, badgeWidth, firstAfter, insideLabel, placeBadges, planBarMarks } from './barMarks';
import { wrap, hyphenate } from './Lanes';
import { BOLD, textWidth } from './text';

// One pixel a day over 1,000 days, all in view.
const x = linearScale([0, 1000], [0, 1000]);
const view = { left: 0, right: 1000 };

function bar(id: string, start: number, end: number | null, more: Partial<BarLayout> = {}): BarLayout {
  return {
    id,
    index: 0,
    lane: 'af',
    row: 0,
    category: 'practice',
    activity: true,
    parallel: false,
    start,
    end,
    projected: false,
    segments: [],
    ruleLimit: null,
    exceeds: false,
    cancelled: false,
    status: 'ended',
    endUnrecorded: false,
    milestones: [],
    ...more,
  } as BarLayout;
}

describe('every bar identifiable: its name in it, after it, or a number keyed to the list', () => {
  const long = 'Arbetsmarknadsutbildning: Restaurangbiträde';

  it('leaves a bar whose name fits inside it alone', () => {
    expect(planBarMarks([bar('a', 0, 599)], [long], x, view, new Set()).size).toBe(0);
  });

  it('draws the whole name after a short bar when its row is free there', () => {
    const marks = planBarMarks([bar('a', 100, 119)], [long], x, view, new Set());
    expect(marks.get('a')).toMatchObject({ place: 'outside', text: long, n: 1, x: 124 });
  });

  it('keys a short bar by number when the next bar in its row leaves no room, numbered by start', () => {
    const bars = [bar('late', 130, 400), bar('short', 100, 119), bar('first', 0, 20, { row: 1 })];
    const marks = planBarMarks(bars, ['Introduktionsjobb: x', long, 'Y'], x, view, new Set());
    expect(marks.get('short')).toMatchObject({ place: 'key', n: 2, text: long });
    expect(marks.has('late')).toBe(false);
  });

  it('keeps the numbers when the view changes, and names only bars in view', () => {
    const bars = [bar('a', 0, 9), bar('b', 500, 509)];
    const zoomed = linearScale([450, 550], [0, 1000]);
    const marks = planBarMarks(bars, [long, long], zoomed, view, new Set());
    expect([...marks.keys()]).toEqual(['b']);
    expect(marks.get('b')!.n).toBe(2);
  });

  it('never draws a name over a headroom line, a "?" or a tick after the end: it keys the bar instead', () => {
    for (const more of [
      { ruleLimit: 300 },
      { endUnrecorded: true },
      { milestones: [{ day: 'x', at: 150, upcoming: false, future: false, employed: false }] },
    ] as Partial<BarLayout>[]) {
      const marks = planBarMarks([bar('a', 100, 119, more)], [long], x, view, new Set());
      expect(marks.get('a')?.place, JSON.stringify(more)).toBe('key');
    }
  });

  it('leaves out bars only a scenario adds, and open-ended bars (they run to the edge)', () => {
    const marks = planBarMarks([bar('s', 100, 110), bar('o', 990, null)], [long, long], x, view, new Set(['s']));
    expect(marks.size).toBe(0);
  });
});

describe('lane names whole', () => {
  const fits = (room: number) => (s: string) => textWidth(s, 13) * BOLD <= room;

  it('hyphenates a long compound at its joining s, on two lines', () => {
    expect(wrap('Samordningsförbundet', 24, 140)).toEqual(['Samordnings-', 'förbundet']);
    expect(wrap('Utbildningsanordnare', 24, 140)).toEqual(['Utbildnings-', 'anordnare']);
    expect(hyphenate('Arbetsförmedlingen', fits(400))).toEqual(['Arbetsförmedlingen']);
  });

  it('keeps words that fit whole and a written hyphen where it is', () => {
    expect(wrap('Regionen (hälso- och sjukvård)', 24, 160)).toEqual(['Regionen (hälso-', 'och sjukvård)']);
    expect(wrap('Kommunen', 24, 160)).toEqual(['Kommunen']);
  });

  it('falls back to the longest part that fits when no joining s does', () => {
    const parts = hyphenate('Abcdefghijklmnopqrstuvwxyz', fits(100));
    expect(parts.join('').replace(/-/g, '')).toBe('Abcdefghijklmnopqrstuvwxyz');
    for (const p of parts) expect(fits(100)(p), p).toBe(true);
  });
});

describe('number badges: none drawn over another in its lane row', () => {
  const key = (id: string, n: number): BarMark => ({ id, n, place: 'key', text: id });
  // Bars two days (2 px) wide: each badge is centred on its bar, wider than it.
  const narrow = (id: string, start: number, more: Partial<BarLayout> = {}) => bar(id, start, start + 1, more);

  it('draws every badge where they do not touch', () => {
    const bars = [narrow('a', 100), narrow('b', 200)];
    const placed = placeBadges(
      bars,
      new Map([
        ['a', key('a', 1)],
        ['b', key('b', 2)],
      ]),
      x,
      view,
    );
    expect([...placed.keys()]).toEqual(['a', 'b']);
    expect(placed.get('a')).toBe(101 - badgeWidth(1) / 2);
  });

  it('leaves out, left to right in a row, a badge over one already drawn; another row or lane is apart', () => {
    const bars = [
      narrow('c', 108),
      narrow('a', 100),
      narrow('b', 104),
      narrow('d', 116),
      narrow('other-row', 104, { row: 1 }),
      narrow('other-lane', 104, { lane: 'fk' }),
    ];
    const marks = new Map(bars.map((b, i) => [b.id, key(b.id, i + 1)]));
    const placed = placeBadges(bars, marks, x, view);
    // a's badge (15 px) covers b's and c's places; d's starts after it ends.
    expect([...placed.keys()].sort()).toEqual(['a', 'd', 'other-lane', 'other-row']);
  });

  it('draws no badge for a name drawn after its bar', () => {
    const outside: BarMark = { id: 'a', n: 1, place: 'outside', x: 104, text: 'a', fontSize: 13 };
    expect(placeBadges([narrow('a', 100)], new Map([['a', outside]]), x, view).size).toBe(0);
  });
});

describe('a view moved by a pan (the bars drawn without its offset: Bars.tsx)', () => {
  const long = 'Arbetsmarknadsutbildning: Restaurangbiträde';
  // The same days panned 300 px to the left: the view is 300–1,300 in the bars' own coordinates.
  const panned = { left: 300, right: 1300 };
  const bars = [
    bar('cut', 250, 420),
    // Cut at the left edge and too short for its name, with no room after it: its badge is centred on what shows.
    bar('cut-short', 290, 305, { row: 1 }),
    bar('next', 320, 330, { row: 1 }),
    bar('in', 600, 610),
    bar('after', 700, 705),
    bar('edge', 1250, 1400),
    bar('edge-short', 1295, 1310, { row: 1 }),
    bar('out', 1400, 1410),
  ];
  const names = bars.map(() => long);

  it('places the names and badges it would place in view coordinates, moved by the offset', () => {
    const shifted = linearScale([300, 1300], [0, 1000]); // the same view drawn in view coordinates
    const inView = planBarMarks(bars, names, shifted, view, new Set());
    const moved = planBarMarks(bars, names, x, panned, new Set());
    expect([...moved.keys()]).toEqual([...inView.keys()]);
    for (const [id, m] of moved) {
      const o = inView.get(id)!;
      expect(m.place, id).toBe(o.place);
      if (m.place === 'outside' && o.place === 'outside') expect(m.x - 300, id).toBeCloseTo(o.x, 9);
    }
    expect(moved.has('out')).toBe(false);
    expect(moved.get('cut-short')?.place).toBe('key');
    expect(moved.get('edge-short')?.place).toBe('key');
    const badges = placeBadges(bars, moved, x, panned);
    const badgesInView = placeBadges(bars, inView, shifted, view);
    expect([...badges.keys()]).toEqual([...badgesInView.keys()]);
    for (const [id, left] of badges) expect(left - 300, id).toBeCloseTo(badgesInView.get(id)!, 9);
  });

  it("starts a cut bar's name at the view's left edge, and fits a bar wholly inside alike with or without edges", () => {
    const cut = bars[0];
    expect(insideLabel(cut, long, x, x(250), x(421), panned).textX).toBe(306);
    const inside = bar('inside', 400, 900);
    const bounded = insideLabel(inside, long, x, x(400), x(901), panned);
    expect(insideLabel(inside, long, x, x(400), x(901), UNBOUNDED)).toEqual(bounded);
    expect(bounded.label).toBe(long);
  });
});

describe('firstAfter: the next bar in a row by a binary search', () => {
  it('finds what a search from the left finds, for every end day', () => {
    const starts = [0, 3, 3, 10, 11, 40, 41, 90];
    const row = starts.map((s, i) => bar(`b${i}`, s, s + 1));
    for (let end = -2; end <= 95; end++)
      expect(firstAfter(row, end)?.id, `end ${end}`).toBe(row.find((o) => o.start > end)?.id);
    expect(firstAfter([], 5)).toBeUndefined();
  });
});
