/**
 * User text inside the app's own sentences: wrapped in Unicode isolates (FSI … PDI) so that
 * right-to-left or override characters in a name cannot reorder the words around it. In markup
 * the same job is done by `<bdi>` or `dir="auto"`; this is for text that goes through the message
 * catalogue, attributes (accessible names) and SVG.
 */
const FSI = '\u2068';
const PDI = '\u2069';

// Right-to-left letters and marks, and the controls that embed, override or isolate: text with
// none of them cannot move its neighbours, so it is left as it is.
const BIDI =
  /[\u0590-\u08ff\u061c\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufdff\ufe70-\ufefe]|[\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** The text between FSI and PDI when it holds anything that could reorder its neighbours. */
export function isolate(text: string): string {
  return BIDI.test(text) ? `${FSI}${text}${PDI}` : text;
}

/** The same for every text value of message parameters. */
export function isolateParams<T extends Record<string, unknown>>(params: T | undefined): T | undefined {
  if (!params) return params;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = typeof v === 'string' && k !== 'context' ? isolate(v) : v;
  return out as T;
}
