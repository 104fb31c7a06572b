import { describe, expect, it } from 'vitest';
import { linearScale } from './geometry';
import type { BarLayout } from './layout';
import { type BarMark, badgeWidth, firstAfter, placeBadges, planBarMarks } from './barMarks';
import { wrap, hyphenate } from './Lanes';
import { BOLD, textWidth } from './text';

// One pixel a day over 1,000 days.
const x = linearScale([0, 1000], [0, 1000]);

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
    expect(planBarMarks([bar('a', 0, 599)], [long], x, 1000, new Set()).size).toBe(0);
  });

  it('draws the whole name after a short bar when its row is free there', () => {
    const marks = planBarMarks([bar('a', 100, 119)], [long], x, 1000, new Set());
    expect(marks.get('a')).toMatchObject({ place: 'outside', text: long, n: 1, x: 124 });
  });

  it('keys a short bar by number when the next bar in its row leaves no room, numbered by start', () => {
    const bars = [bar('late', 130, 400), bar('short', 100, 119), bar('first', 0, 20, { row: 1 })];
    const marks = planBarMarks(bars, ['Introduktionsjobb: x', long, 'Y'], x, 1000, new Set());
    expect(marks.get('short')).toMatchObject({ place: 'key', n: 2, text: long });
    expect(marks.has('late')).toBe(false);
  });

  it('keeps the numbers when the view changes, and names only bars in view', () => {
    const bars = [bar('a', 0, 9), bar('b', 500, 509)];
    const zoomed = linearScale([450, 550], [0, 1000]);
    const marks = planBarMarks(bars, [long, long], zoomed, 1000, new Set());
    expect([...marks.keys()]).toEqual(['b']);
    expect(marks.get('b')!.n).toBe(2);
  });

  it('never draws a name over a headroom line, a "?" or a tick after the end: it keys the bar instead', () => {
    for (const more of [
      { ruleLimit: 300 },
      { endUnrecorded: true },
      { milestones: [{ day: 'x', at: 150, upcoming: false, future: false, employed: false }] },
    ] as Partial<BarLayout>[]) {
      const marks = planBarMarks([bar('a', 100, 119, more)], [long], x, 1000, new Set());
      expect(marks.get('a')?.place, JSON.stringify(more)).toBe('key');
    }
  });

  it('leaves out bars only a scenario adds, and open-ended bars (they run to the edge)', () => {
    const marks = planBarMarks([bar('s', 100, 110), bar('o', 990, null)], [long, long], x, 1000, new Set(['s']));
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
      1000,
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
    const placed = placeBadges(bars, marks, x, 1000);
    // a's badge (15 px) covers b's and c's places; d's starts after it ends.
    expect([...placed.keys()].sort()).toEqual(['a', 'd', 'other-lane', 'other-row']);
  });

  it('draws no badge for a name drawn after its bar', () => {
    const outside: BarMark = { id: 'a', n: 1, place: 'outside', x: 104, text: 'a', fontSize: 13 };
    expect(placeBadges([narrow('a', 100)], new Map([['a', outside]]), x, 1000).size).toBe(0);
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
