/**
 * The timeline, or the side-by-side comparison when it is open, as a standalone SVG: the
 * drawn charts cloned with the look the style sheet gives them, cleaned of anything that
 * could run or reach outside the file, at the size they have on screen.
 */
import { SVG_NS, inlineStyles, sanitizeSvg, standalone } from '../io/svgExport';
import { PATTERN } from '../timeline/defs';
import { frameChart } from './chartFrame';

export type ChartMeta = { title: string; desc: string };

/**
 * The timeline draws its moving part in an HTML box of its own (a `foreignObject`, see
 * Timeline.tsx), which a standalone SVG cannot hold: it goes back into the SVG as a group clipped
 * to the chart, as it is seen.
 */
function flattenLiveLayer(clone: SVGSVGElement) {
  for (const box of [...clone.querySelectorAll('foreignObject.timeline-live-box')]) {
    const g = document.createElementNS(SVG_NS, 'g');
    g.setAttribute('clip-path', `url(#${PATTERN.clip})`);
    g.append(...(box.querySelector('svg.timeline-live-svg')?.childNodes ?? []));
    box.replaceWith(g);
  }
}

/** A clone of a drawn SVG with its look written on it and nothing unsafe left. */
function cleanClone(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  flattenLiveLayer(clone);
  sanitizeSvg(clone);
  return clone;
}

function size(svg: SVGSVGElement) {
  const r = svg.getBoundingClientRect();
  return { w: Math.round(r.width), h: Math.round(r.height) };
}

/** The timeline with its title and reference day above it and its key and legend below it (chartFrame.ts). */
export function timelineSvgText(svg: SVGSVGElement, meta: ChartMeta): string {
  const { w, h } = size(svg);
  const root = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  const chart = cleanClone(svg);
  chart.setAttribute('width', String(w));
  chart.setAttribute('height', String(h));
  const height = frameChart(root, chart, { w, h }, meta);
  return standalone(root, { x: 0, y: 0, w, h: height }, meta);
}

const HEADING = 26;

/** The comparison: the shared axis, then each panel's heading and chart, one under the other. */
export function sideBySideSvgText(view: Element, meta: ChartMeta): string {
  const root = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  let y = 0;
  let width = 0;
  const place = (svg: SVGSVGElement) => {
    const { w, h } = size(svg);
    const clone = cleanClone(svg);
    clone.setAttribute('x', '0');
    clone.setAttribute('y', String(y));
    clone.setAttribute('width', String(w));
    clone.setAttribute('height', String(h));
    root.append(clone);
    y += h;
    width = Math.max(width, w);
  };
  const axis = view.querySelector<SVGSVGElement>('svg.sbs-axis');
  if (axis) place(axis);
  for (const panel of view.querySelectorAll('.sbs-panel')) {
    const heading = document.createElementNS(SVG_NS, 'text');
    heading.setAttribute('x', '4');
    heading.setAttribute('y', String(y + HEADING - 8));
    heading.setAttribute('font-size', '15');
    heading.setAttribute('font-weight', '700');
    heading.setAttribute('fill', '#1a1a1a');
    heading.textContent = panel.querySelector('.sbs-panel-heading')?.textContent ?? '';
    root.append(heading);
    y += HEADING;
    const chart = panel.querySelector<SVGSVGElement>('svg.sbs-chart');
    if (chart) place(chart);
    else {
      // A scenario that cannot be applied: its reason, in words.
      const reason = document.createElementNS(SVG_NS, 'text');
      reason.setAttribute('x', '4');
      reason.setAttribute('y', String(y + 16));
      reason.setAttribute('font-size', '13');
      reason.setAttribute('fill', '#a4161a');
      reason.textContent = panel.querySelector('.sbs-failed')?.textContent ?? '';
      root.append(reason);
      y += HEADING;
    }
  }
  return standalone(root, { x: 0, y: 0, w: width, h: y }, meta);
}

/** What is on screen now: the comparison if it is open, else the timeline. */
/**
 * Resolves once the timeline has drawn every bar: a big journey is drawn in slices
 * (timeline/slices.ts, `data-drawing` on the chart meanwhile), and an export asked for during
 * that waits for the last slice rather than save part of the chart. False when the chart went
 * meanwhile (another journey opened): then nothing is saved, not the other journey's chart.
 */
export function whenDrawn(doc: Document = document): Promise<boolean> {
  const chart = doc.querySelector('[data-testid=timeline]');
  if (!chart?.hasAttribute('data-drawing')) return Promise.resolve(true);
  const parent = chart.parentNode;
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (!chart.isConnected) resolve(false);
      else if (!chart.hasAttribute('data-drawing')) resolve(true);
      else return;
      watch.disconnect();
    });
    watch.observe(chart, { attributes: true, attributeFilter: ['data-drawing'] });
    if (parent) watch.observe(parent, { childList: true });
  });
}

export function currentChartSvgText(meta: { timeline: ChartMeta; sideBySide: ChartMeta }): string | null {
  const view = document.querySelector('[data-testid=side-by-side]');
  if (view) return sideBySideSvgText(view, meta.sideBySide);
  const svg = document.querySelector<SVGSVGElement>('[data-testid=timeline] svg.timeline-svg');
  return svg ? timelineSvgText(svg, meta.timeline) : null;
}
