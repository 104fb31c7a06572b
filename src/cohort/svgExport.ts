/**
 * A chart as a file: the drawn SVG cloned and made safe to pass on (no script, no event
 * attributes, no foreign objects, no references outside the file; text kept as text), with
 * the selection, the reference day and the small-cell mark written under it. PNG: that SVG
 * drawn on a canvas at twice the size.
 */
import { download } from '../io/download';

const SVG_NS = 'http://www.w3.org/2000/svg';
const LINE = 18;

/** Removes from a cloned SVG everything that could run or reach outside it. */
export function sanitizeSvg(root: Element): void {
  for (const el of [...root.querySelectorAll('script, foreignObject, iframe, object, embed, image, use')]) {
    // `use` and `image` may point outside; the charts draw neither, so none may pass.
    el.remove();
  }
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim();
      const external = /url\(\s*['"]?(?!#)/i.test(value);
      if (
        name.startsWith('on') ||
        ((name === 'href' || name === 'xlink:href' || name === 'src') && !value.startsWith('#')) ||
        name === 'style' ||
        name === 'tabindex' ||
        name.startsWith('data-') ||
        external
      ) {
        el.removeAttribute(attr.name);
      }
    }
  }
}

/** The chart as a standalone SVG document with its notes below it. */
export function chartSvg(svg: SVGSVGElement, title: string, notes: readonly string[]): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  sanitizeSvg(clone);
  const [x, y, w, h] = (clone.getAttribute('viewBox') ?? `0 0 ${svg.clientWidth} ${svg.clientHeight}`)
    .split(/[\s,]+/)
    .map(Number);
  const lines = [title, ...notes];
  const top = LINE * 1.6;
  const bottom = LINE * (lines.length - 1) + 12;
  const full = { x, y: y - top, w, h: h + top + bottom };
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${full.x} ${full.y} ${full.w} ${full.h}`);
  clone.setAttribute('width', String(full.w));
  clone.setAttribute('height', String(full.h));
  clone.setAttribute('font-family', 'system-ui, sans-serif');
  clone.removeAttribute('class');
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: full.x, y: full.y, width: full.w, height: full.h, fill: '#ffffff' }))
    background.setAttribute(k, String(v));
  clone.insertBefore(background, clone.firstChild);
  lines.forEach((text, i) => {
    const t = document.createElementNS(SVG_NS, 'text');
    t.setAttribute('x', String(x + 4));
    t.setAttribute('y', String(i === 0 ? y - 8 : y + h + LINE * i));
    t.setAttribute('font-size', i === 0 ? '16' : '13');
    if (i === 0) t.setAttribute('font-weight', '600');
    t.setAttribute('fill', '#111111');
    t.textContent = text;
    clone.append(t);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

export function downloadSvg(svg: SVGSVGElement, title: string, notes: readonly string[], fileName: string) {
  download(chartSvg(svg, title, notes), `${fileName}.svg`, 'image/svg+xml');
}

/** The SVG drawn on a canvas at 2× and saved as PNG (a blob URL of this page; nothing leaves it). */
export async function downloadPng(svg: SVGSVGElement, title: string, notes: readonly string[], fileName: string) {
  const text = chartSvg(svg, title, notes);
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  const w = Number(doc.getAttribute('width'));
  const h = Number(doc.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w * 2;
    canvas.height = h * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, w, h);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return;
    const png = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = png;
    a.download = `${fileName}.png`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(png), 10_000);
  } finally {
    URL.revokeObjectURL(url);
  }
}
