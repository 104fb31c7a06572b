/** Where the details card goes: beside its item, inside the window, over as little else as it can. */
import { describe, expect, it } from 'vitest';
import { followShift, placeCard } from './useAnchoredCard';

const view = { width: 1280, height: 720 };
const card = { width: 400, height: 300 };
const rect = (left: number, top: number, width: number, height: number) => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const overlaps = (a: ReturnType<typeof rect>, b: ReturnType<typeof rect>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeCard', () => {
  it('goes right of the item when there is room, else left, and stays in the window', () => {
    const right = placeCard(rect(100, 400, 200, 24), card, view);
    expect(right.left).toBe(312);
    const left = placeCard(rect(1000, 400, 200, 24), card, view);
    expect(left.left + card.width).toBe(988);
    for (const at of [right, left]) {
      expect(at.top).toBeGreaterThanOrEqual(8);
      expect(at.top + card.height).toBeLessThanOrEqual(712);
    }
  });

  it('never covers its item, and takes the place that covers the fewest other bars', () => {
    const item = rect(230, 300, 190, 24);
    const other = rect(420, 360, 460, 24);
    const at = placeCard(item, card, view, [other]);
    const placed = rect(at.left, at.top, card.width, card.height);
    expect(overlaps(placed, item)).toBe(false);
    expect(overlaps(placed, other)).toBe(false);
  });

  it('stays below the chart’s top (the header and toolbar) as far as the window lets it', () => {
    const at = placeCard(rect(100, 500, 200, 24), card, view, [], 250);
    expect(at.top).toBeGreaterThanOrEqual(250);
    const tall = placeCard(rect(100, 500, 200, 24), { width: 400, height: 600 }, view, [], 250);
    expect(tall.top).toBe(112);
  });
});

describe('followShift: the card moves with its item during a gesture', () => {
  const viewWidth = 1280;
  it('follows the edge it stands beside', () => {
    // Card right of the item: it follows the item's right edge (a zoom stretches the item).
    expect(
      followShift({ left: 520, right: 920 }, { left: 300, right: 500 }, { left: 330, right: 560 }, viewWidth),
    ).toBe(60);
    // Card left of the item: it follows the item's left edge.
    expect(followShift({ left: 80, right: 480 }, { left: 500, right: 700 }, { left: 440, right: 700 }, viewWidth)).toBe(
      -60,
    );
  });
  it('never leaves the window', () => {
    expect(
      followShift({ left: 800, right: 1200 }, { left: 600, right: 780 }, { left: 900, right: 1080 }, viewWidth),
    ).toBe(72);
    expect(followShift({ left: 20, right: 420 }, { left: 440, right: 600 }, { left: 300, right: 460 }, viewWidth)).toBe(
      -12,
    );
  });
});
