/**
 * The last day Resan can show: 9999-12-31. Arithmetic on dates (an end plus extensions, a
 * statutory maximum) can go past it and would give five-digit years, so a file or a
 * scenario whose dates go past it is refused with the place named.
 */
import { type KindDef } from './catalogue';
import { type RuleContext, computable, effectiveEnd, ruleLimit } from './effective';

export const LAST_DAY = '9999-12-31';

/** True for a day after 9999-12-31 (arithmetic writes those with five or more year digits). */
export function afterLastDay(iso: string): boolean {
  return (
    iso.length > LAST_DAY.length ||
    // Stryker disable next-line ConditionalExpression: equivalent: every date it is given is a valid date (an `end` or `plannedEnd` checked by computable()) or made by date arithmetic, which writes a year past 9999 with five digits, so the length decides alone
    iso > LAST_DAY
  );
}

type Loose = Record<string, unknown>;

/** What of this intervention goes past the last day: its projected end, its statutory maximum, or nothing. */
export function pastLastDay(iv: Loose, kind: KindDef | undefined, context: RuleContext): 'end' | 'limit' | null {
  if (!computable(iv)) return null;
  const end = effectiveEnd(iv, kind, context.birthYear).end;
  if (end !== null && afterLastDay(end)) return 'end';
  const limit = ruleLimit(iv, kind, context);
  if (limit !== null && afterLastDay(limit)) return 'limit';
  return null;
}
