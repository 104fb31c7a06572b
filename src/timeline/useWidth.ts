import { type RefObject, useLayoutEffect, useRef, useState } from 'react';

/**
 * The content width of an element, following resizes; null until the element has been measured
 * (its first render). The measurement is made before the first paint, so a caller that draws
 * nothing while it is null draws once, at the right width, not first at a guessed one.
 */
export function useMeasuredWidth(
  ref: RefObject<HTMLElement | null>,
  /** Its width measured already (by what held its place): not read again while the page is laid out anew. */
  known: number | null = null,
): number | null {
  const [width, setWidth] = useState<number | null>(known);
  const first = useRef(known);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (first.current === null) setWidth(el.clientWidth);
    const observer = new ResizeObserver((entries) => {
      for (const e of entries) setWidth(Math.floor(e.contentRect.width));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/** The content width of an element, following resizes; `fallback` until it has been measured. */
export function useWidth(ref: RefObject<HTMLElement | null>, fallback = 900): number {
  return useMeasuredWidth(ref) ?? fallback;
}
