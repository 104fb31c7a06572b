/**
 * The words of the chart element under the pointer or the keyboard, in a box beside it: a
 * matrix cell's pair and figures, a histogram bar's counts. WCAG 1.4.13: it stays while the
 * pointer is on the element or on the box, goes with Escape, and adds nothing the element's
 * name does not already say to a screen reader (the box is aria-hidden).
 */
import { type FocusEvent, type KeyboardEvent, type PointerEvent, type RefObject, useState } from 'react';

type Tip = { text: string; hint: string | null; left: number; top: number; below: boolean };

const BUTTON = '.chart-button[aria-label]';

export function useChartTip(figure: RefObject<HTMLElement | null>, drillHint: string | null) {
  const [tip, setTip] = useState<Tip | null>(null);

  const show = (target: EventTarget | null) => {
    const el = target instanceof Element ? target.closest(BUTTON) : null;
    const box = figure.current;
    if (!el || !box || !box.contains(el)) return false;
    const r = el.getBoundingClientRect();
    const f = box.getBoundingClientRect();
    const below = r.top - f.top < 80; // no room above: under the element
    setTip({
      text: el.getAttribute('aria-label') ?? '',
      hint: el.getAttribute('aria-disabled') === 'true' ? null : drillHint,
      left: Math.min(Math.max(r.left - f.left + r.width / 2, 8), f.width - 8),
      top: below ? r.bottom - f.top + 6 : r.top - f.top - 6,
      below,
    });
    return true;
  };
  const staysFor = (next: EventTarget | null) =>
    next instanceof Element && (next.closest('.chart-tip') !== null || next.closest(BUTTON) !== null);

  const handlers = {
    onPointerOver: (e: PointerEvent) => {
      show(e.target);
    },
    onPointerOut: (e: PointerEvent) => {
      if (!staysFor(e.relatedTarget)) setTip(null);
    },
    onFocus: (e: FocusEvent) => {
      if (!show(e.target)) setTip(null);
    },
    onBlur: (e: FocusEvent) => {
      if (!staysFor(e.relatedTarget)) setTip(null);
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Escape' && tip) {
        e.stopPropagation();
        setTip(null);
      }
    },
  };

  const box = tip && (
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
