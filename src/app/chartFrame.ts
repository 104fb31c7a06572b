/**
 * The timeline picture on its own (issue #24 point 7): pasted into a report, it must say whose
 * journey it is, on which reference day, with which scenarios on, and what its colours, patterns
 * and numbers mean. So the picture is the chart with its title and reference day written above
 * it, and the key of numbered bars and the legend written below it, as SVG text.
 */
import { SVG_NS, inlineStyles, sanitizeSvg } from '../io/svgExport';

const PAD = 4;
const TITLE = 16;
const TEXT = 12;
const ROW = 20;
const SWATCH = 34;

/** A rough width of system sans-serif text (the file is read by other programs: no measuring there). */
const estimate = (text: string, size: number) => [...text].length * size * 0.58;

/** Words in lines no wider than `width`. */
export function wrapWords(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && estimate(`${last} ${word}`, size) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function text(content: string, x: number, y: number, size: number, weight?: string): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  for (const [k, v] of Object.entries({ x, y, 'font-size': size, fill: '#111111' })) t.setAttribute(k, String(v));
  if (weight) t.setAttribute('font-weight', weight);
  t.textContent = content;
  return t;
}

/** Appends the framing around `chart` (already cleaned, `w` × `h`) to `root`; returns the height used. */
export function frameChart(
  root: SVGSVGElement,
  chart: SVGSVGElement,
  { w, h }: { w: number; h: number },
  meta: { title: string; desc: string },
  page: ParentNode = document,
): number {
  let y = PAD;
  root.append(text(meta.title, PAD, y + TITLE, TITLE, '700'));
  y += TITLE + 8;
  for (const line of wrapWords(meta.desc, w - 2 * PAD, 13)) {
    root.append(text(line, PAD, y + 13, 13));
    y += 18;
  }
  y += 6;
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(y));
  root.append(chart);
  y += h + 10;

  // The numbered bars' names (the key under the chart), in the order of their numbers.
  const key = page.querySelector('[data-testid=bar-key-list]');
  if (key) {
    root.append(text(key.querySelector('h3')?.textContent ?? '', PAD, y + TEXT, TEXT + 1, '700'));
    y += ROW;
    for (const li of key.querySelectorAll('li')) {
      for (const line of wrapWords(`${li.value}. ${li.textContent ?? ''}`, w - 2 * PAD, TEXT)) {
        root.append(text(line, PAD, y + TEXT, TEXT));
        y += ROW - 4;
      }
    }
    y += 8;
  }

  // The legend: each swatch with its words, flowed into rows as wide as the chart.
  let x = PAD;
  for (const li of page.querySelectorAll('[data-testid=legend] li')) {
    const swatch = li.querySelector<SVGSVGElement>('svg.swatch');
    // The item's words, without the swatch's own text (the "?" of an unrecorded end).
    const words = [...li.childNodes]
      .filter((n) => n !== swatch)
      .map((n) => n.textContent)
      .join('')
      .trim();
    const lines = wrapWords(words, w - 2 * PAD - SWATCH - 6, TEXT);
    const width = SWATCH + 6 + Math.max(...lines.map((l) => estimate(l, TEXT))) + 18;
    if (x > PAD && x + width > w) {
      x = PAD;
      y += ROW;
    }
    if (swatch) {
      const copy = swatch.cloneNode(true) as SVGSVGElement;
      inlineStyles(swatch, copy);
      sanitizeSvg(copy);
      copy.setAttribute('x', String(x));
      copy.setAttribute('y', String(y));
      root.append(copy);
    }
    lines.forEach((line, i) => root.append(text(line, x + SWATCH + 6, y + 13 + i * (ROW - 4), TEXT)));
    if (lines.length > 1) {
      y += (lines.length - 1) * (ROW - 4) + ROW;
      x = PAD;
    } else x += width;
  }
  return y + ROW + PAD;
}
