/**
 * The height the chart may take so that it ends at the bottom of the window when the page is
 * at its top: on a projector the lanes grow into the room there is instead of leaving it
 * empty. Read again when the window or the page above the chart changes size; 0 while the
 * page is laid out for printing (paper has its own height).
 */
import { type RefObject, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';

const MARGIN = 8;

export function useFillHeight(ref: RefObject<HTMLElement | null>, enabled: boolean): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    // Not filling: the height is not used (see the return below).
    if (!el || !enabled) return;
    const update = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      const room = Math.floor(window.innerHeight - top - MARGIN);
      setHeight((h) => (Math.abs(h - room) > 2 ? room : h));
    };
    update();
    // What is above the chart (notices, the heading, Mötesläge's figure strip) changes the page's size, not
    // the chart's. Observers report after layout and before paint: the new height is drawn in the same frame,
    // not one frame later (the chart stood 40 px too tall for a frame when Mötesläge turned on).
    const page = new ResizeObserver(() => flushSync(update));
    const above = document.querySelector('.app');
    if (above) page.observe(above);
    window.addEventListener('resize', update);
    return () => {
      page.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [ref, enabled]);
  return enabled ? height : 0;
}
