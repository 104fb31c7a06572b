/**
 * The words of the chart element under the pointer or the keyboard, in a box beside it: a
 * matrix cell's pair and figures, a histogram bar's counts. WCAG 1.4.13: it stays while the
 * pointer is on the element or on the box, goes with Escape wherever focus is, with the wheel
 * (and comes back only when the pointer moves) and when the pointer moves away, and adds nothing the element's name does not already say
 * to a screen reader (the box is aria-hidden). One tip for the whole page: the charts share it
 * (`chartTipStore.ts`), so showing one hides any other.
 */
import { type FocusEvent, type KeyboardEvent, type PointerEvent, type RefObject, useEffect, useId } from 'react';
import { type Tip, hearWheel, hideTip, pointerMoved, setTip, tipFor, useTip } from './chartTipStore';

const BUTTON = '.chart-button[aria-label]';

const onChart = (target: EventTarget | null) =>
  target instanceof Element && (target.closest('.chart-tip') !== null || target.closest(BUTTON) !== null);

export function useChartTip(figure: RefObject<HTMLElement | null>, drillHint: string | null) {
  const owner = useId();
  const tip = useTip();
  const mine = tip?.owner === owner;

  const show = (target: EventTarget | null, by: Tip['by']) => {
    const el = target instanceof Element ? target.closest(BUTTON) : null;
    const box = figure.current;
    if (!el || !box || !box.contains(el)) return false;
    if (by === 'pointer' && tipFor() === el) return true;
    const r = el.getBoundingClientRect();
    const f = box.getBoundingClientRect();
    const below = r.top - f.top < 80; // no room above: under the element
    setTip({
      owner,
      by,
      text: el.getAttribute('aria-label') ?? '',
      hint: el.getAttribute('aria-disabled') === 'true' ? null : drillHint,
      left: Math.min(Math.max(r.left - f.left + r.width / 2, 8), f.width - 8),
      top: below ? r.bottom - f.top + 6 : r.top - f.top - 6,
      below,
      for: el,
    });
    return true;
  };

  // The wheel hides the tip, and what scrolls under a still pointer is not pointed at.
  useEffect(() => {
    hearWheel(document);
  }, []);

  // While this chart shows the tip: Escape anywhere and (for a tip the pointer opened) the
  // pointer anywhere off the elements and the box take it away.
  useEffect(() => {
    if (!mine) return;
    const key = (e: globalThis.KeyboardEvent) => {
      if (e.key === 'Escape') hideTip(owner);
    };
    const move = (e: globalThis.PointerEvent) => {
      if (!onChart(e.target)) hideTip(owner, 'pointer');
    };
    document.addEventListener('keydown', key);
    document.addEventListener('pointermove', move, { passive: true });
    return () => {
      document.removeEventListener('keydown', key);
      document.removeEventListener('pointermove', move);
    };
  }, [mine, owner]);

  const handlers = {
    onPointerMove: (e: PointerEvent) => {
      if (pointerMoved(e.clientX, e.clientY)) show(e.target, 'pointer');
    },
    onPointerOut: (e: PointerEvent) => {
      if (!onChart(e.relatedTarget)) hideTip(owner);
    },
    onFocus: (e: FocusEvent) => {
      if (!show(e.target, 'focus')) hideTip(owner);
    },
    onBlur: (e: FocusEvent) => {
      if (!onChart(e.relatedTarget)) hideTip(owner);
    },
    onKeyDown: (e: KeyboardEvent) => {
      // Inside the chart, Escape closes the tip and nothing else.
      if (e.key === 'Escape' && mine) {
        e.stopPropagation();
        hideTip(owner);
      }
    },
  };

  const box = tip && mine && (
    <div
      className={`chart-tip${tip.below ? ' is-below' : ''}`}
      style={{ left: tip.left, top: tip.top }}
      aria-hidden="true"
      data-testid="chart-tip"
    >
      <span>{tip.text}</span>
      {tip.hint && <span className="chart-tip-hint">{tip.hint}</span>}
    </div>
  );
  return { handlers, box };
}
