/**
 * A chart as a file: the drawn SVG cloned and made safe to pass on (no script, no event
 * attributes, no foreign objects, no references outside the file; text kept as text). The
 * look the page's style sheet gives it is written onto the clone as presentation
 * attributes, so that the file looks the same without the page. PNG: that SVG drawn on a
 * canvas at twice its size.
 */
import { download, downloadBlob } from './download';

export const SVG_NS = 'http://www.w3.org/2000/svg';
/** System fonts only, as on the page: nothing is fetched to draw the text. */
export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
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

/** Inherited properties: written where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'paint-order',
  'visibility',
] as const;
/** Properties that are not inherited: written where they are not the default. */
const OWN: Record<string, string> = { opacity: '1', 'dominant-baseline': 'auto', 'text-decoration-line': 'none' };

/**
 * Writes the computed look of `original` (as the page's style sheet draws it) onto its
 * clone as presentation attributes; elements the style sheet hides are left out.
 */
export function inlineStyles(original: Element, clone: Element): void {
  const from = [original, ...original.querySelectorAll('*')];
  const to = [clone, ...clone.querySelectorAll('*')];
  const styles = new Map(from.map((el) => [el, getComputedStyle(el)]));
  const hidden: Element[] = [];
  from.forEach((el, i) => {
    const target = to[i];
    const style = styles.get(el)!;
    if (style.display === 'none') {
      hidden.push(target);
      return;
    }
    const parent = el === original ? null : styles.get(el.parentElement!);
    for (const prop of INHERITED) {
      const value = style.getPropertyValue(prop);
      const own = el.getAttribute(prop);
      // A paint that refers to a pattern or gradient in the file is kept as it is written.
      if (own?.includes('url(') && value.includes('url(')) continue;
      if (value && (!parent || parent.getPropertyValue(prop) !== value || (own !== null && own !== value)))
        target.setAttribute(prop, value);
    }
    for (const [prop, initial] of Object.entries(OWN)) {
      const value = style.getPropertyValue(prop);
      if (value && value !== initial)
        target.setAttribute(prop === 'text-decoration-line' ? 'text-decoration' : prop, value);
    }
  });
  for (const el of hidden) el.remove();
}

/**
 * Characters XML 1.0 does not allow (C0 controls other than tab and line breaks, lone surrogates,
 * U+FFFE and U+FFFF): a file with one is not well-formed and no SVG reader opens it.
 */
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Text that XML can hold: each character it does not allow becomes U+FFFD (the replacement character). */
export const xmlText = (text: string) => text.replace(NOT_XML, '\ufffd');

/** Every text and attribute value in the tree made XML-safe (`xmlText`), in place. */
export function xmlSafe(root: Node): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const safe = xmlText(node.nodeValue ?? '');
      if (safe !== node.nodeValue) node.nodeValue = safe;
    } else
      for (const attr of [...(node as Element).attributes]) {
        const safe = xmlText(attr.value);
        if (safe !== attr.value) attr.value = safe;
      }
  }
}

/** Makes a cleaned clone a document of its own: its namespace, size, fonts and a white ground. */
export function standalone(
  clone: SVGSVGElement,
  box: { x: number; y: number; w: number; h: number },
  meta: { title?: string; desc?: string } = {},
): string {
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`);
  clone.setAttribute('width', String(box.w));
  clone.setAttribute('height', String(box.h));
  clone.setAttribute('font-family', FONT_FAMILY);
  clone.removeAttribute('class');
  const background = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x: box.x, y: box.y, width: box.w, height: box.h, fill: '#ffffff' }))
    background.setAttribute(k, String(v));
  clone.insertBefore(background, clone.firstChild);
  // Title and description first, as SVG readers expect them.
  for (const [tag, text] of [
    ['desc', meta.desc],
    ['title', meta.title],
  ] as const) {
    if (!text) continue;
    const el = document.createElementNS(SVG_NS, tag);
    el.textContent = text;
    clone.insertBefore(el, clone.firstChild);
  }
  // Labels from a file may hold characters XML does not allow: the file must stay well-formed.
  xmlSafe(clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
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
  // The notes in the file's metadata too, for a reader that shows the description.
  return standalone(clone, { x, y: y - top, w, h: h + top + bottom }, { title, desc: notes.join('\n') });
}

export function downloadSvg(svg: SVGSVGElement, title: string, notes: readonly string[], fileName: string) {
  return download(chartSvg(svg, title, notes), `${fileName}.svg`, 'image/svg+xml');
}

/**
 * A standalone SVG drawn on a canvas at 2× (a blob URL of this page; nothing leaves it), or null
 * when the browser gives no image; a browser that cannot read the drawing throws (its reason).
 */
export async function svgToPng(text: string): Promise<Blob | null> {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  const w = Number(doc.getAttribute('width'));
  const h = Number(doc.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * 2);
    canvas.height = Math.round(h * 2);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the chart as PNG; throws, with the browser's reason, when no image could be made. */
export async function downloadPng(svg: SVGSVGElement, title: string, notes: readonly string[], fileName: string) {
  const blob = await svgToPng(chartSvg(svg, title, notes));
  if (!blob) throw new Error('canvas.toBlob');
  await downloadBlob(blob, `${fileName}.png`);
}
