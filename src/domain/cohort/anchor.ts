/** The facts alignment needs of each journey, and its anchor day (section 7). */
import type { Analysis } from '../analyze';
import { type KindDef, isActivityKind } from '../catalogue';
import { type DayNumber, dayNumber } from '../dates';
import { isParallel } from '../effective';
import { resolveCatalogue } from '../resolve';
import type { Journey } from '../schema';

/** A non-cancelled intervention, in day numbers (`end` Infinity when open-ended). */
export type Item = {
  index: number;
  kind: string;
  start: DayNumber;
  end: DayNumber;
  /** A försteg on the main line: a parallel one is no anchor (section 3). */
  preparatory: boolean;
  /** An activity on the main line: a parallel one leaves the day to the next state (section 7). */
  activity: boolean;
  /** Counted whether parallel or not. */
  employment: boolean;
};

/** The kinds a journey sees (a journey with no catalogue of its own shares the built-in one: resolve.ts). */
export function kindsOf(journey: Journey): ReadonlyMap<string, KindDef> {
  return resolveCatalogue(journey).kinds;
}

/** The non-cancelled interventions, with the effective ends of the journey's analysis. */
export function itemsOf(journey: Journey, analysis: Analysis): Item[] {
  const kinds = kindsOf(journey);
  const items: Item[] = [];
  journey.interventions.forEach((iv, index) => {
    if (iv.cancelled) return;
    const kind = kinds.get(iv.kind);
    const end = analysis.interventions[index].effectiveEnd;
    const parallel = isParallel(iv, kind);
    items.push({
      index,
      kind: iv.kind,
      start: dayNumber(iv.start),
      end: end === null ? Infinity : dayNumber(end),
      preparatory: !parallel && (iv.preparatory ?? kind?.category === 'forsteg'),
      activity: !parallel && (kind ? isActivityKind(kind) : true),
      employment: kind?.category === 'anstallning',
    });
  });
  return items;
}

export const FORSTEG_END = 'forstegEnd';
const START = 'start:';

/** Throws on an anchor that is neither `"forstegEnd"` nor `"start:KIND"`. */
export function checkAnchor(anchor: string): void {
  if (anchor === FORSTEG_END) return;
  if (anchor.startsWith(START) && anchor.length > START.length) return;
  throw new TypeError(`anchor ${JSON.stringify(anchor)} is neither "forstegEnd" nor "start:KIND"`);
}

/** The item that starts first; of several on that day, the first in the list (items are in file order). */
function first(items: readonly Item[]): Item | null {
  return items.reduce<Item | null>((best, i) => (!best || i.start < best.start ? i : best), null);
}

/**
 * `forstegEnd`: the day after the effective end of the first (by start, ties by file order)
 * non-cancelled, non-parallel preparatory intervention with a finite end. `start:KIND`: the start of the
 * first non-cancelled intervention of that kind. Null when the journey has none.
 */
export function anchorDay(anchor: string, items: readonly Item[]): DayNumber | null {
  if (anchor === FORSTEG_END) {
    const f = first(items.filter((i) => i.preparatory && Number.isFinite(i.end)));
    return f ? f.end + 1 : null;
  }
  const kind = anchor.slice(START.length);
  return first(items.filter((i) => i.kind === kind))?.start ?? null;
}
