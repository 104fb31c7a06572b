/** Text that fits: a width estimate for the app's sans-serif and truncation with "…". */
export const CHAR_WIDTH = 0.58; // average advance per em for system sans-serif faces
/** Bold text (finding labels) is about this much wider than regular; semi-bold (bar labels) a little less. */
export const BOLD = 1.15;
export const SEMIBOLD = 1.07;

// Made on first use, not when the module loads: making one costs the first screen its break rules.
let segmenter: Intl.Segmenter | undefined;
const INVISIBLE = /^\p{Cf}+$/u;

/**
 * Text whose every code unit is one visible grapheme: printable ASCII, the Latin letters up to Latin
 * Extended-B (å, ä, ö, é, ü…: precomposed; no combining mark comes before U+0300) without the soft
 * hyphen (invisible), the general punctuation (dashes, quotes, ‖, …; not the zero-width and bidi
 * controls), arrows, mathematical and technical symbols, and the shapes and symbols (■, ●, ✓). Such a
 * string has no combining mark, joiner or variation selector, so no two of its characters form one
 * grapheme. Most labels are: they need no segmenter (issue #26: making one for the demo's Swedish
 * labels cost the first screen about 140 ms under CPU × 4).
 */
export const SIMPLE = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u205e\u2190-\u23ff\u25a0-\u27bf]*$/;

/** The characters a reader sees (grapheme clusters: an emoji with its modifiers is one). */
export function graphemes(text: string): string[] {
  if (SIMPLE.test(text)) return text.split('');
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

function visibleCount(parts: readonly string[]): number {
  let n = 0;
  for (const g of parts) if (!INVISIBLE.test(g)) n++;
  return n;
}

/**
 * The reader's own letter and word spacing (WCAG 1.4.12: a user style sheet may widen text),
 * in em. Read from the chart's box whenever its size changes (`readTextSpacing`), so labels
 * are cut to what the reader will actually see.
 */
let spacing = { letter: 0, word: 0 };
/**
 * How much larger than its nominal size the chart's text is drawn: the CSS custom property
 * `--chart-text` (Mötesläge sets it above 1). Read with the spacing, so that every label is
 * fitted to the size it is shown at.
 */
let scale = 1;

/** The current `--chart-text` (1 unless Mötesläge enlarges the text). */
export const textScale = () => scale;

export function readTextSpacing(el: Element) {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize) || 16;
  const em = (v: string) => (v === 'normal' ? 0 : (parseFloat(v) || 0) / size);
  spacing = { letter: Math.max(0, em(style.letterSpacing)), word: Math.max(0, em(style.wordSpacing)) };
  const chartText = parseFloat(style.getPropertyValue('--chart-text'));
  scale = chartText > 0 && chartText <= 4 ? chartText : 1;
}

/** The advance of one visible character (with the reader's letter spacing), per em. */
const advance = () => CHAR_WIDTH + spacing.letter;

export function textWidth(text: string, fontSize: number): number {
  // ASCII and Latin letters (most labels) are one character per code unit; anything else is counted by grapheme.
  // eslint-disable-next-line no-control-regex -- the test is for ASCII only
  const n = /^[\x00-\x7f]*$/.test(text) || SIMPLE.test(text) ? text.length : visibleCount(graphemes(text));
  const spaces = spacing.word > 0 ? (text.match(/ /g)?.length ?? 0) : 0;
  return fontSize * scale * (n * advance() + spaces * spacing.word);
}

/**
 * The longest prefix (with "…") that fits in `width`, or '' when not even 3 letters do. Cut
 * between graphemes, never inside an emoji or a letter with its accents; an isolate (FSI)
 * left open by the cut is closed (PDI).
 */
export function fitText(text: string, width: number, nominalSize: number): string {
  if (textWidth(text, nominalSize) <= width) return text;
  const fontSize = nominalSize * scale;
  const chars = Math.floor(width / (fontSize * advance())) - 1;
  if (chars < 3) return '';
  // Room for the "…": graphemes are kept while they fit, spaces with the reader's word spacing.
  const room = width - fontSize * advance();
  const kept: string[] = [];
  let shown = 0;
  let used = 0;
  for (const g of graphemes(text)) {
    if (!INVISIBLE.test(g)) {
      used += fontSize * (advance() + (g === ' ' ? spacing.word : 0));
      if (++shown > chars || used > room) break;
    }
    kept.push(g);
  }
  if (kept.length < 3) return '';
  return ellipsis(kept);
}

/** The first graphemes with "…", closing an isolate (FSI) that the cut leaves open. */
export function ellipsis(kept: readonly string[]): string {
  const cut = kept.join('').trimEnd();
  const open = (cut.match(/[\u2066-\u2068]/g)?.length ?? 0) - (cut.match(/\u2069/g)?.length ?? 0);
  return `${cut}…${'\u2069'.repeat(Math.max(open, 0))}`;
}

/**
 * The text cut to its first `n` graphemes with "…", at the last space when that keeps most
 * of it (a word is not broken for a letter or two: "Glapp 4…" rather than "Glapp 4 da…").
 */
export function shortenTo(text: string, n: number): string {
  const all = graphemes(text);
  if (n >= all.length) return text;
  if (n < 3) return '';
  const kept = all.slice(0, n);
  const space = kept.lastIndexOf(' ');
  const words = space >= Math.max(3, n * 0.6) && all[n] !== ' ' ? kept.slice(0, space) : kept;
  // "Glapp 93 dagar…", not "Glapp 93 dagar,…".
  while (words.length > 3 && /^[\s,;:–-]$/.test(words[words.length - 1])) words.pop();
  return ellipsis(words);
}

/**
 * Labels in one row that must not run into each other, each on its own item: centred on the
 * part of the item in view when it fits there, else starting at that part's left edge (the
 * visible edge of an item that begins off screen) and cut with "…" where the next item begins
 * or the chart ends. An item out of view has no label. `room` is the width the label may take.
 */
export function placeRowLabels<T extends { x0: number; x1: number; text: string }>(
  items: T[],
  width: number,
  fontSize: number,
): (T & { x: number; anchor: 'start' | 'middle'; shown: string; room: number })[] {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0);
  return sorted.map((item, i) => {
    const from = Math.max(item.x0, 0);
    const to = Math.min(item.x1, width);
    if (item.x1 < 0 || item.x0 > width || to < from)
      return { ...item, x: from, anchor: 'start' as const, shown: '', room: 0 };
    const full = textWidth(item.text, fontSize);
    if (full <= to - from - 8) {
      return { ...item, x: (from + to) / 2, anchor: 'middle' as const, shown: item.text, room: to - from - 8 };
    }
    const next = sorted.slice(i + 1).find((n) => n.x0 > item.x0);
    const limit = Math.min(next ? next.x0 - 6 : width, width) - 2;
    const x = from + Math.min(4, (to - from) / 2);
    return { ...item, x, anchor: 'start' as const, shown: fitText(item.text, limit - x, fontSize), room: limit - x };
  });
}

/** The reader's spacing as a key: when it changes, what was fitted must be fitted again. */
export function textSpacingKey(): string {
  return `${spacing.letter.toFixed(3)}/${spacing.word.toFixed(3)}/${scale.toFixed(3)}`;
}
