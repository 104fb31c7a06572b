/** Grey zones across a cohort (section 7): journeys with one, days, and hand-overs between actors. */
import type { Accumulator } from './accumulator';
import { type Tally, bump, byCodeUnit, count, keys, mergeTallies } from './tally';
import type { GreyZoneFigures } from './types';

/**
 * `journeys` counts each journey once per pair: a journey is added to exactly one state, so
 * the per-pair journey counts of disjoint parts of a cohort simply add up.
 */
export type GreyZonesState = {
  journeysWithGreyZone: number;
  days: number;
  zones: Tally;
  zoneDays: Tally;
  journeys: Tally;
};

/** A pair as one key that cannot be confused with another pair, whatever the actor ids hold. */
const pairKey = (from: string, to: string) => JSON.stringify([from, to]);
const orEmpty = (actors: readonly string[]) => (actors.length > 0 ? actors : ['']);

export const greyZonesAccumulator: Accumulator<GreyZonesState, GreyZoneFigures> = {
  empty: () => ({ journeysWithGreyZone: 0, days: 0, zones: {}, zoneDays: {}, journeys: {} }),
  add(s, _journey, analysis) {
    if (analysis.greyZones.length > 0) s.journeysWithGreyZone++;
    s.days += analysis.totals.greyZoneDays;
    const pairs = new Set<string>();
    for (const zone of analysis.greyZones) {
      if (zone.manual) continue;
      for (const from of orEmpty(zone.fromActors)) {
        for (const to of orEmpty(zone.toActors)) {
          const key = pairKey(from, to);
          bump(s.zones, key);
          bump(s.zoneDays, key, zone.days);
          pairs.add(key);
        }
      }
    }
    for (const key of pairs) bump(s.journeys, key);
    return s;
  },
  merge: (a, b) => ({
    journeysWithGreyZone: a.journeysWithGreyZone + b.journeysWithGreyZone,
    days: a.days + b.days,
    zones: mergeTallies(a.zones, b.zones),
    zoneDays: mergeTallies(a.zoneDays, b.zoneDays),
    journeys: mergeTallies(a.journeys, b.journeys),
  }),
  finish: (s) => ({
    journeysWithGreyZone: s.journeysWithGreyZone,
    days: s.days,
    handovers: keys(s.zones)
      .map((key) => {
        const [from, to] = JSON.parse(key) as [string, string];
        return { from, to, zones: count(s.zones, key), days: count(s.zoneDays, key), journeys: count(s.journeys, key) };
      })
      .sort((a, b) => b.days - a.days || byCodeUnit(a.from, b.from) || byCodeUnit(a.to, b.to)),
  }),
};
