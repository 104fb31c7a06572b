/**
 * A chart label that is never wider than its room: it starts as `fitText` estimates, then the
 * drawn width is measured (the estimate cannot know the exact face, weight and size) and, if
 * the label is still too wide, it is shortened with "…" until it fits. The full text is the
 * caller's to give as the accessible name and <title>.
 */
import { type SVGProps, useLayoutEffect, useRef, useState } from 'react';
import { graphemes, shortenTo, textSpacingKey } from './text';

type Props = Omit<SVGProps<SVGTextElement>, 'children' | 'ref'> & {
  /** What the estimate showed ('' = nothing fits). */
  shown: string;
  /** The whole label. */
  text: string;
  /** The width in px it may take. */
  room: number;
  as?: 'text' | 'tspan';
};

/**
 * Drawn widths already measured, by font and text: a label whose room changes as the chart is
 * panned or zoomed is not measured again (each measure forces a layout), only compared.
 */
const widths = new Map<string, number>();
const MAX_WIDTHS = 5_000;

const SVG_NS = 'http://www.w3.org/2000/svg';
let probe: { el: SVGTextElement; text: Text } | null = null;

/**
 * A text element of its own, out of sight and its own layout boundary, set in the label's font:
 * widths are measured there, not by rewriting the label. Rewriting labels in the chart made
 * every measure lay out the whole chart again (a 10,000-item journey froze for seconds, issue #26).
 */
function probeFor(style: CSSStyleDeclaration): { el: SVGTextElement; text: Text } {
  if (!probe?.el.isConnected) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('width', '1');
    svg.setAttribute('height', '1');
    svg.style.cssText =
      'position:fixed;left:0;top:0;visibility:hidden;pointer-events:none;contain:strict;overflow:hidden';
    const el = document.createElementNS(SVG_NS, 'text');
    probe = { el, text: el.appendChild(document.createTextNode('')) };
    svg.appendChild(el);
    document.body.appendChild(svg);
  }
  const p = probe.el.style;
  for (const k of FONT_PROPERTIES) p.setProperty(k, style.getPropertyValue(k));
  return probe;
}

const FONT_PROPERTIES = [
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-stretch',
  'font-variant',
  'font-feature-settings',
  'font-kerning',
  'letter-spacing',
  'word-spacing',
  'text-rendering',
  'direction',
] as const;

/** The longest cut of `text` (with "…") whose drawn width fits `room`, measured in `el`'s font. */
function measuredFit(el: SVGTextContentElement, text: string, shown: string, room: number): string {
  if (!el.firstChild || typeof el.getComputedTextLength !== 'function') return shown;
  const style = getComputedStyle(el);
  const font = `${style.font}\u0000${style.letterSpacing}\u0000${style.wordSpacing}\u0000`;
  let measure: { el: SVGTextElement; text: Text } | null = null;
  const fits = (s: string) => {
    let width = widths.get(font + s);
    if (width === undefined) {
      measure ??= probeFor(style);
      measure.text.nodeValue = s;
      width = measure.el.getComputedTextLength();
      if (widths.size >= MAX_WIDTHS) widths.clear();
      widths.set(font + s, width);
    }
    return width <= room + 0.5;
  };
  if (fits(shown)) return shown;
  // The longest prefix that fits, found by halving (a label is a few dozen letters).
  let lo = 0;
  let hi = Math.max(graphemes(shown.replace(/…\u2069*$/, '')).length - 1, 0);
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(shortenTo(text, mid))) lo = mid;
    else hi = mid - 1;
  }
  const best = shortenTo(text, lo);
  return best && fits(best) ? best : '';
}

/** A cut inside a word goes back to the word's start when that keeps most of the text ("Glapp 93…"). */
function atWord(text: string, shown: string): string {
  const kept = shown.replace(/…\u2069*$/, '');
  if (kept === shown || !text.startsWith(kept)) return shown;
  return shortenTo(text, graphemes(kept).length);
}

export function FitText({ shown: estimate, text, room, as = 'text', ...rest }: Props) {
  const shown = atWord(text, estimate);
  const ref = useRef<SVGTextElement & SVGTSpanElement>(null);
  // Measured again when the text, its room or the text's size or spacing changes.
  const key = `${shown}\u0000${room}\u0000${textSpacingKey()}`;
  const [fixed, setFixed] = useState<{ key: string; value: string } | null>(null);
  const value = fixed?.key === key ? fixed.value : shown;
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !shown || fixed?.key === key) return;
    const best = measuredFit(el, text, shown, room);
    if (best !== shown) setFixed({ key, value: best });
  }, [key, shown, text, room, fixed]);
  // Kept in the page even when nothing fits: a touch that began on the label goes on reaching
  // the chart (a pinch whose first target is removed is lost).
  const Tag = as;
  return (
    <Tag ref={ref} {...rest}>
      {value}
    </Tag>
  );
}
