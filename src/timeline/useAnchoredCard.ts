/**
 * The details of a chosen item as a card beside it: right of the item where there is room,
 * else left of it, else under or over it, always inside the window (so it is never below the
 * fold on a projector). Placed again when the window, the zoom or the choice changes. The card
 * stays where it is in the page's order, after the chart: focus order and reading order are
 * those of the page.
 */
import { type RefObject, useLayoutEffect, useState } from 'react';
import { selectZoom, useStore } from '../store';
import { onLiveMove } from './liveView';

const GAP = 12;
/** What a px of distance from the item costs against a px² of another item hidden. */
const AWAY = 12;
/** What the card should leave in reach: the other bars and the marks of events. */
const OTHERS = '[data-testid=timeline] [data-bar] .bar-body, [data-testid=timeline] [data-event]';
const EDGE = 8;

export type CardPlace = { left: number; top: number } | null;

type Rect = { left: number; right: number; top: number; bottom: number };

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
  Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/**
 * Right of the item, else left, else under or over it, inside the window and never over the
 * item itself; of the places that fit, the one that hides the least of the other items
 * (`others`: bars and marks that stay within reach of a click), nearer ones first.
 */
export function placeCard(
  item: Rect,
  card: { width: number; height: number },
  view: { width: number; height: number },
  others: readonly Rect[] = [],
  /** Where the chart begins: the card stays below it, or as low as the window lets it (the header and toolbar stay in view). */
  chartTop = EDGE,
): { left: number; top: number } {
  const minTop = Math.max(EDGE, Math.min(chartTop, view.height - card.height - EDGE));
  const clampX = (x: number) => Math.max(EDGE, Math.min(x, view.width - card.width - EDGE));
  const clampY = (y: number) => Math.max(minTop, Math.min(y, view.height - card.height - EDGE));
  // Beside the item, or against the window's right or left edge (clear of a long bar next to it).
  const xs = [item.right + GAP, item.left - GAP - card.width, view.width - EDGE - card.width, EDGE];
  const ys = [clampY(item.top - 40), minTop, view.height - card.height - EDGE];
  const candidates = [
    ...xs.flatMap((left) => ys.map((top) => ({ left, top }))),
    { left: clampX(item.left), top: item.bottom + GAP },
    { left: clampX(item.left), top: item.top - GAP - card.height },
  ];
  const rect = (c: { left: number; top: number }): Rect => ({
    left: c.left,
    top: c.top,
    right: c.left + card.width,
    bottom: c.top + card.height,
  });
  const inView = (r: Rect) =>
    r.left >= EDGE - 0.5 &&
    r.top >= minTop - 0.5 &&
    r.right <= view.width - EDGE + 0.5 &&
    r.bottom <= view.height - EDGE + 0.5;
  let best: { left: number; top: number } | null = null;
  let bestCost = Infinity;
  for (const c of candidates) {
    const r = rect(c);
    if (!inView(r) || overlap(r, item) > 0) continue;
    // px² of other items hidden, and a little for every px away from the item (nearer reads as "its" card).
    const away =
      Math.max(0, r.left - item.right, item.left - r.right) + Math.max(0, r.top - item.bottom, item.top - r.bottom);
    const cost = others.reduce((sum, o) => sum + overlap(r, o), 0) + AWAY * away;
    if (cost < bestCost - 1) {
      best = c;
      bestCost = cost;
    }
  }
  return best ?? { left: clampX(item.right + GAP), top: clampY(item.top) };
}

/**
 * How far the card moves to stay beside its item while a gesture moves the drawing (until the
 * chart is drawn again and the card placed again): as far as the item's edge it stands beside,
 * never out of the window.
 */
export function followShift(
  card: { left: number; right: number },
  placedAt: { left: number; right: number },
  item: { left: number; right: number },
  viewWidth: number,
): number {
  const beside = card.left >= placedAt.right ? 'right' : 'left';
  const dx = item[beside] - placedAt[beside];
  return Math.round(Math.max(EDGE - card.left, Math.min(dx, viewWidth - EDGE - card.right)));
}

/** The card moved by `dx` px from where it was placed (0: where it was placed). */
function shiftCard(el: HTMLElement, dx: number) {
  if (dx) el.style.setProperty('transform', `translateX(${dx}px)`);
  else el.style.removeProperty('transform');
}

/**
 * Where the card goes, in px from its offset parent, while `anchor()` finds the chosen item's
 * element; null when there is no anchor (the card then stays in the page's flow).
 */
export function useAnchoredCard(
  card: RefObject<HTMLElement | null>,
  anchor: (() => Element | null) | null,
  key: string,
): CardPlace {
  const [place, setPlace] = useState<CardPlace>(null);
  const zoom = useStore(selectZoom);
  useLayoutEffect(() => {
    const el = card.current;
    const item = anchor?.();
    // Without an anchor the place is not used (the card is in the page's flow).
    if (!el || !item) return;
    // Where the item was when the card was placed; `cardAt` where the card then was, in the window.
    let placedAt: DOMRect | null = null;
    let cardAt: { left: number; right: number } | null = null;
    const update = () => {
      const parent = (el.offsetParent ?? document.body).getBoundingClientRect();
      const r = item.getBoundingClientRect();
      const view = { width: document.documentElement.clientWidth, height: window.innerHeight };
      const others = [...document.querySelectorAll(OTHERS)]
        .filter((o) => !item.contains(o))
        .map((o) => o.getBoundingClientRect());
      const chartTop = document.querySelector('.timeline.panel')?.getBoundingClientRect().top ?? EDGE;
      const at = placeCard(r, { width: el.offsetWidth, height: el.offsetHeight }, view, others, chartTop);
      const next = { left: Math.round(at.left - parent.left), top: Math.round(at.top - parent.top) };
      placedAt = r;
      cardAt = { left: at.left, right: at.left + el.offsetWidth };
      shiftCard(el, 0);
      setPlace((p) => (p && p.left === next.left && p.top === next.top ? p : next));
    };
    update();
    // During a gesture the card moves with its item by a transform; it is placed again when the chart is drawn again.
    const follow = () => {
      if (!placedAt || !cardAt || !item.isConnected) return;
      const dx = followShift(cardAt, placedAt, item.getBoundingClientRect(), document.documentElement.clientWidth);
      shiftCard(el, dx);
    };
    const stopFollowing = onLiveMove(follow);
    const size = new ResizeObserver(update);
    size.observe(el);
    window.addEventListener('resize', update);
    return () => {
      stopFollowing();
      shiftCard(el, 0);
      size.disconnect();
      window.removeEventListener('resize', update);
    };
    // The anchor is found again whenever the choice (key) or the zoom changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [card, key, zoom]);
  return place;
}
