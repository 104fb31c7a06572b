/**
 * The interval arithmetic of `alignCohort` against a plain day-by-day reading of section 7,
 * written here independently (ISO strings, one day at a time), over generated cohorts.
 */
import { describe, expect, it } from 'vitest';
import { analyzeJourney } from '../analyze';
import { BUILT_IN_KINDS, isActivityKind } from '../catalogue';
import { addDays } from '../dates';
import type { Journey } from '../schema';
import { alignCohort } from './align';
import { generateCohort } from './generate';
import type { AlignOptions, Alignment } from './types';

const KINDS = new Map(BUILT_IN_KINDS.map((k) => [k.id, k]));
const ASOF = '2026-03-02';

function referenceAlign(journeys: Journey[], o: AlignOptions): Alignment {
  const days = Array.from({ length: o.to - o.from + 1 }, (_, i) => ({
    offset: o.from + i,
    employment: 0,
    activity: 0,
    greyZone: 0,
    gap: 0,
    unobserved: 0,
  }));
  let excluded = 0;
  for (const journey of journeys) {
    const a = analyzeJourney(journey, { asOf: o.asOf, ignoreGapsUpToDays: o.ignoreGapsUpToDays ?? 0 });
    const ivs = journey.interventions
      .map((iv, index) => ({ iv, index, end: a.interventions[index].effectiveEnd, kind: KINDS.get(iv.kind)! }))
      .filter((x) => !x.iv.cancelled)
      // Section 3: sfi below 50 % and språkstöd run beside the main line unless `parallel` says otherwise.
      .map((x) => ({
        ...x,
        parallel: x.iv.parallel ?? (x.iv.kind === 'sprakstod' || (x.iv.kind === 'sfi' && (x.iv.extent ?? 100) < 50)),
      }));
    const byStart = (list: typeof ivs) =>
      [...list].sort((x, y) => (x.iv.start < y.iv.start ? -1 : x.iv.start > y.iv.start ? 1 : x.index - y.index))[0];
    let anchor: string | undefined;
    if (o.anchor === 'forstegEnd') {
      const f = byStart(
        ivs.filter((x) => !x.parallel && (x.iv.preparatory ?? x.kind.category === 'forsteg') && x.end !== null),
      );
      anchor = f ? addDays(f.end!, 1) : undefined;
    } else {
      anchor = byStart(ivs.filter((x) => x.iv.kind === o.anchor.slice('start:'.length)))?.iv.start;
    }
    if (anchor === undefined) {
      excluded++;
      continue;
    }
    for (const row of days) {
      const d = addDays(anchor, row.offset);
      const covering = ivs.filter((x) => x.iv.start <= d && (x.end === null || d <= x.end));
      if (!a.horizon || d < a.horizon.from || d > a.horizon.to) row.unobserved++;
      else if (covering.some((x) => x.kind.category === 'anstallning')) row.employment++;
      else if (covering.some((x) => !x.parallel && isActivityKind(x.kind))) row.activity++;
      else if (a.greyZones.some((z) => z.start <= d && d <= z.end)) row.greyZone++;
      else row.gap++;
    }
  }
  return { anchor: o.anchor, included: journeys.length - excluded, excluded, days };
}

describe('alignCohort against a day-by-day reference', () => {
  const journeys = generateCohort(250, 99, ASOF);
  const cases: AlignOptions[] = [
    { asOf: ASOF, anchor: 'forstegEnd', from: -120, to: 400 },
    { asOf: ASOF, anchor: 'forstegEnd', from: -30, to: 90, ignoreGapsUpToDays: 14 },
    { asOf: ASOF, anchor: 'start:sjukpenning', from: -400, to: 700 },
    { asOf: ASOF, anchor: 'start:introduktionsjobb', from: 0, to: 500 },
  ];
  for (const options of cases) {
    it(`agrees on ${options.anchor} ${options.from}..${options.to}, ignoring ${options.ignoreGapsUpToDays ?? 0}`, () => {
      const alignment = alignCohort(journeys, options);
      expect(alignment).toEqual(referenceAlign(journeys, options));
      expect(alignment.included).toBeGreaterThan(10);
      for (const d of alignment.days) {
        expect(d.employment + d.activity + d.greyZone + d.gap + d.unobserved).toBe(alignment.included);
      }
    });
  }
});
