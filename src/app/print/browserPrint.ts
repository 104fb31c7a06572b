/**
 * Printing that does not start from "Skriv ut…". Ctrl+P (⌘P) on the journey page opens the app's own
 * print dialog instead of the browser's, so the chart is drawn again at the paper's width
 * (printJourney.ts). The browser's own menu cannot be caught that way: at its `beforeprint` the chart,
 * drawn at the screen's width, is scaled down to the paper's width (A4 landscape, print.css's default
 * page) so that nothing is cut at the page's right edge; `afterprint` takes the scale away.
 */
import { PAGE } from './paper';

/** A4 landscape less 10 mm margins, print.css's default @page. */
const A4_WIDTH = PAGE.a4.width;

/** Whether a key press asks the browser to print (Ctrl+P, ⌘P). */
export function isPrintKey(e: KeyboardEvent): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p';
}

/** The zoom that brings a chart drawn `drawn` px wide within the page; 1 when it fits. */
export function zoomToFit(drawn: number, page = A4_WIDTH): number {
  return drawn > page ? page / drawn : 1;
}

/** Scales the chart to the page when the browser prints without the app's dialog; returns the undo. */
export function watchBrowserPrint(): () => void {
  const root = document.documentElement;
  const before = () => {
    // "Skriv ut…" has laid the page out for its paper already.
    if (root.classList.contains('printing')) return;
    const panel = document.querySelector<HTMLElement>('.journey-page:not([hidden]) .timeline.panel');
    if (!panel) return;
    // The room beside the chart (the page's padding) stays as it is, on both sides.
    const app = panel.closest('.app') ?? root;
    const side = Math.max(panel.getBoundingClientRect().left - app.getBoundingClientRect().left, 0);
    root.classList.add('print-unprepared');
    root.style.setProperty('--print-fit', String(zoomToFit(panel.scrollWidth, A4_WIDTH - 2 * side)));
  };
  const after = () => {
    root.classList.remove('print-unprepared');
    root.style.removeProperty('--print-fit');
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    after();
  };
}
