/**
 * Finding the journey file's own texts inside the app's sentences (for `Marked`, FileText.tsx),
 * once per journey and not once per sentence: a 10,000-intervention journey has 10,000 titles
 * and as many sentences naming them (issue #26; before, each sentence sorted every title and
 * scanned for each of them, which froze the page for seconds).
 */
import type { Journey } from '../domain';

/** The texts, and the lengths they come in (longest first), to look each one up by its length. */
export type FileTexts = { texts: ReadonlySet<string>; lengths: readonly number[] };

/** Every piece of free text in the journey that can show up inside the app's sentences. */
export function fileTexts(journey: Journey): FileTexts {
  const texts = new Set(
    [
      ...journey.interventions.map((iv) => iv.title),
      ...(journey.mandates ?? []).map((m) => m.label),
      ...(journey.events ?? []).map((e) => e.text),
      ...(journey.scenarios ?? []).map((s) => s.name),
    ].filter((s): s is string => typeof s === 'string' && s.trim().length > 0),
  );
  const lengths = [...new Set([...texts].map((s) => s.length))].sort((a, b) => b - a);
  return { texts, lengths };
}

const cache = new WeakMap<Journey, FileTexts>();
/** `fileTexts`, made once per journey object. */
export function fileTextsOf(journey: Journey): FileTexts {
  let found = cache.get(journey);
  if (!found) cache.set(journey, (found = fileTexts(journey)));
  return found;
}

/**
 * `text` cut into plain pieces and file texts, alternately (plain first, plain last; a piece may
 * be empty): at each place the first file text that starts there, the longest first.
 */
export function splitFileTexts(text: string, { texts, lengths }: FileTexts): string[] {
  const parts: string[] = [];
  if (texts.size === 0) return [text];
  let plainFrom = 0;
  let i = 0;
  while (i < text.length) {
    let hit = 0;
    for (const n of lengths) {
      if (n <= text.length - i && texts.has(text.slice(i, i + n))) {
        hit = n;
        break;
      }
    }
    if (hit === 0) {
      i++;
      continue;
    }
    parts.push(text.slice(plainFrom, i), text.slice(i, i + hit));
    i += hit;
    plainFrom = i;
  }
  parts.push(text.slice(plainFrom));
  return parts;
}
