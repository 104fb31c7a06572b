/** Text that fits: a width estimate for the app's sans-serif and truncation with "…". */
export const CHAR_WIDTH = 0.58; // average advance per em for system sans-serif faces

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * CHAR_WIDTH;
}

/** The longest prefix (with "…") that fits in `width`, or '' when not even 3 letters do. */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = Math.floor(width / (fontSize * CHAR_WIDTH)) - 1;
  return chars >= 3 ? `${text.slice(0, chars).trimEnd()}…` : '';
}

/**
 * Labels in one row that must not run into each other: each starts at its item (or is
 * centred on it when it fits) and is cut where the next one begins.
 */
export function placeRowLabels<T extends { x0: number; x1: number; text: string }>(
  items: T[],
  width: number,
  fontSize: number,
): (T & { x: number; anchor: 'start' | 'middle'; shown: string })[] {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0);
  return sorted.map((item, i) => {
    const next = sorted[i + 1];
    const limit = Math.min(next ? next.x0 - 6 : width, width);
    const x0 = Math.max(item.x0, 0) + 4;
    const full = textWidth(item.text, fontSize);
    if (full <= item.x1 - item.x0 - 8 && item.x0 >= 0 && item.x1 <= width) {
      return { ...item, x: (item.x0 + item.x1) / 2, anchor: 'middle' as const, shown: item.text };
    }
    return { ...item, x: x0, anchor: 'start' as const, shown: fitText(item.text, limit - x0, fontSize) };
  });
}
