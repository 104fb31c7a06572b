/**
 * The details of a chosen item as a card beside it: right of the item where there is room,
 * else left of it, else under or over it, always inside the window (so it is never below the
 * fold on a projector). Placed again when the window, the zoom or the choice changes. The card
 * stays where it is in the page's order, after the chart: focus order and reading order are
 * those of the page.
 */
import { type RefObject, useLayoutEffect, useState } from 'react';
import { selectZoom, useStore } from '../store';

const GAP = 12;
const EDGE = 8;

export type CardPlace = { left: number; top: number } | null;

export function placeCard(
  item: { left: number; right: number; top: number; bottom: number },
  card: { width: number; height: number },
  view: { width: number; height: number },
): { left: number; top: number } {
  const clampX = (x: number) => Math.max(EDGE, Math.min(x, view.width - card.width - EDGE));
  const clampY = (y: number) => Math.max(EDGE, Math.min(y, view.height - card.height - EDGE));
  if (item.right + GAP + card.width <= view.width - EDGE) return { left: item.right + GAP, top: clampY(item.top - 40) };
  if (item.left - GAP - card.width >= EDGE) return { left: item.left - GAP - card.width, top: clampY(item.top - 40) };
  if (item.bottom + GAP + card.height <= view.height - EDGE) return { left: clampX(item.left), top: item.bottom + GAP };
  if (item.top - GAP - card.height >= EDGE) return { left: clampX(item.left), top: item.top - GAP - card.height };
  return { left: clampX(item.right + GAP), top: clampY(item.top) };
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
    const update = () => {
      const parent = (el.offsetParent ?? document.body).getBoundingClientRect();
      const r = item.getBoundingClientRect();
      const view = { width: document.documentElement.clientWidth, height: window.innerHeight };
      const at = placeCard(r, { width: el.offsetWidth, height: el.offsetHeight }, view);
      const next = { left: Math.round(at.left - parent.left), top: Math.round(at.top - parent.top) };
      setPlace((p) => (p && p.left === next.left && p.top === next.top ? p : next));
    };
    update();
    const size = new ResizeObserver(update);
    size.observe(el);
    window.addEventListener('resize', update);
    return () => {
      size.disconnect();
      window.removeEventListener('resize', update);
    };
    // The anchor is found again whenever the choice (key) or the zoom changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [card, key, zoom]);
  return place;
}
