/**
 * A chart label that is never wider than its room: it starts as `fitText` estimates, then its
 * width in the label's font is measured (the estimate cannot know the exact face, weight and
 * size) and, if the label is still too wide, it is shortened with "…" until it fits. The full text is the
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
 * panned or zoomed is not measured again, only compared.
 */
const widths = new Map<string, number>();
const MAX_WIDTHS = 5_000;

/**
 * The font of a kind of label (its class, or its text's class for a line of a lane's name), read
 * once per task: the first label of a render reads it (one style read for the whole chart), the
 * others of that render take it from here. Read again in the next task, so that a change of the
 * chart's text size (Mötesläge), a user style sheet or print is seen by the next render.
 * Reading the style of each label, thousands at 10,000 items, recalculated the styles of the
 * whole page each time (about 11 s of a 10,000-item render, issue #26).
 */
type Font = { key: string; css: string; letter: number; word: number };
const fonts = new Map<string, Font>();

function fontOf(el: SVGTextContentElement): Font {
  const host = el.getAttribute('class') ? el : (el.parentElement ?? el);
  const kind = `${el.tagName}\u0000${host.getAttribute('class') ?? ''}`;
  let font = fonts.get(kind);
  if (!font) {
    if (fonts.size === 0) setTimeout(() => fonts.clear(), 0);
    const style = getComputedStyle(el);
    const px = (v: string) => (v === 'normal' ? 0 : parseFloat(v) || 0);
    const css = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const letter = px(style.letterSpacing);
    const word = px(style.wordSpacing);
    font = { key: `${css}\u0000${letter}\u0000${word}\u0000`, css, letter, word };
    fonts.set(kind, font);
  }
  return font;
}

/**
 * Widths measured with a canvas's `measureText` in the label's font: no element of the page is
 * written or laid out to measure a label. The reader's letter and word spacing are added as
 * the browser adds them to SVG text (after each character, at each space).
 */
let context: CanvasRenderingContext2D | null | undefined;
function canvas(): CanvasRenderingContext2D | null {
  if (context === undefined) {
    try {
      context = document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  return context;
}

function measure(ctx: CanvasRenderingContext2D, font: Font, s: string): number {
  if (ctx.font !== font.css) ctx.font = font.css;
  let width = ctx.measureText(s).width;
  if (font.letter) width += font.letter * graphemes(s).length;
  if (font.word) width += font.word * (s.match(/ /g)?.length ?? 0);
  return width;
}

/** The longest cut of `text` (with "…") whose drawn width fits `room`, measured in `el`'s font. */
function measuredFit(el: SVGTextContentElement, text: string, shown: string, room: number): string {
  // A DOM without SVG text layout (the unit tests') keeps the estimate.
  if (!el.firstChild || typeof el.getComputedTextLength !== 'function') return shown;
  const ctx = canvas();
  if (!ctx) return shown;
  const font = fontOf(el);
  const fits = (s: string) => {
    let width = widths.get(font.key + s);
    if (width === undefined) {
      width = measure(ctx, font, s);
      if (widths.size >= MAX_WIDTHS) widths.clear();
      widths.set(font.key + s, width);
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
