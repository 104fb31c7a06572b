/**
 * Printing the journey: the page is laid out for the paper (a class on <html> picks the
 * size), the chart is drawn again at the paper's width, shrunk if needed so that it and
 * the heading fit on the first page, and the whole journey or the range on screen is shown.
 * After printing, everything is as it was.
 */
import { LABEL_WIDTH } from '../../timeline/geometry';
import { useStore } from '../../store';
import { type PrintChoice, setPrinting } from '../../store/presentation';
import { PAGE } from './paper';

export type { Paper, PrintChoice, PrintRange } from '../../store/presentation';

/** Below this the chart's text would be too small to read: a tall chart is split between pages instead. */
const MIN_ZOOM = 0.55;

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Waits until the chart is drawn at its box's width (React redraws after the resize). */
async function chartSettled() {
  for (let i = 0; i < 90; i++) {
    await frame();
    const box = document.querySelector<HTMLElement>('[data-testid=timeline]');
    const svg = box?.querySelector('svg.timeline-svg');
    if (!box || !svg) return;
    if (Math.abs(Number(svg.getAttribute('width')) - box.clientWidth) <= 1) {
      await frame();
      return;
    }
  }
}

function chartWidth(): number | null {
  const svg = document.querySelector('[data-testid=timeline] svg.timeline-svg');
  return svg ? Number(svg.getAttribute('width')) - Number(svg.getAttribute('data-label-width') ?? LABEL_WIDTH) : null;
}

function height(selector: string): number {
  return document.querySelector(selector)?.getBoundingClientRect().height ?? 0;
}

let restore: (() => void) | null = null;

/** Lays the page out for the paper; endPrint puts the screen back. */
export async function preparePrint(choice: PrintChoice): Promise<void> {
  restore?.();
  const root = document.documentElement;
  const zoomBefore = useStore.getState().zoom;
  const widthBefore = chartWidth();
  root.classList.add('printing', `print-${choice.paper}`);
  root.style.setProperty('--print-zoom', '1');
  setPrinting(choice);
  restore = () => {
    setPrinting(null);
    root.classList.remove('printing', `print-${choice.paper}`);
    root.style.removeProperty('--print-zoom');
    useStore.getState().setZoom(zoomBefore);
    restore = null;
  };
  // The range to print, at the chart's width now: set before each measure, since what is drawn
  // (which names fit their bars, and so the key under the chart) depends on it.
  const showRange = async () => {
    const widthNow = chartWidth();
    const setZoom = useStore.getState().setZoom;
    if (choice.range === 'all') setZoom({ k: 1, x: 0 });
    else if (widthBefore && widthNow) setZoom({ k: zoomBefore.k, x: (zoomBefore.x * widthNow) / widthBefore });
    await frame();
    await frame();
  };
  await chartSettled();
  await showRange();

  // Fit the heading and the chart with its legend on the first page if that keeps the text
  // readable, else the chart on a page of its own. The chart's height changes a little with
  // its width: shrink until it fits (never grow back).
  const page = PAGE[choice.paper].height - 32;
  const room = page - height('.journey-header') - height('.print-note');
  let zoom = 1;
  for (let pass = 0; pass < 5; pass++) {
    // On screen the chart is laid out at the paper's width divided by the zoom, unshrunk.
    const chart = Math.max(height('.timeline.panel'), 1);
    const fit = room / chart >= MIN_ZOOM ? room / chart : Math.max(page / chart, MIN_ZOOM);
    if (fit >= zoom) break;
    zoom = fit === MIN_ZOOM ? fit : fit * 0.99;
    root.style.setProperty('--print-zoom', String(zoom));
    await chartSettled();
    await showRange();
    if (zoom === MIN_ZOOM) break;
  }
}

export function endPrint() {
  restore?.();
}

/** Prepares, prints, and puts the screen back once the browser has printed. */
export async function printJourney(choice: PrintChoice): Promise<void> {
  await preparePrint(choice);
  window.addEventListener('afterprint', endPrint, { once: true });
  window.print();
}
