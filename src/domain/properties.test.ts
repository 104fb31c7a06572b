/** Seeded properties over random valid journeys (fast-check): invariants of section 4 and of the file format. */
import { isMainThread } from 'node:worker_threads';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../../tests/shared';
import {
  BUILT_IN_ACTORS,
  BUILT_IN_KINDS,
  type Journey,
  analyzeJourney,
  applyScenario,
  dayNumber,
  isActivityKind,
  isoDate,
  parseJourney,
  serializeJourney,
  sicknessFirstDay,
} from './index';

type Loose = Record<string, unknown>;

const ALL_KINDS = BUILT_IN_KINDS.map((k) => k.id);
const ACTIVITY_KINDS = BUILT_IN_KINDS.filter((k) => isActivityKind(k)).map((k) => k.id);
const ACTIVITY = new Map(BUILT_IN_KINDS.map((k) => [k.id, isActivityKind(k)]));
const ACTORS = BUILT_IN_ACTORS.map((a) => a.id);

const FIRST = dayNumber('2015-01-01');
const LAST = dayNumber('2030-12-31');
const day = fc.integer({ min: FIRST, max: LAST });
const length = fc.integer({ min: 0, max: 900 });
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** Properties this format does not name, with JSON values (prototype-named keys are kept as data: lossless.test.ts covers them). */
const extras = fc.dictionary(
  fc.string({ maxLength: 6 }).map((s) => `x-${s}`),
  fc.jsonValue({ maxDepth: 2 }).filter((v) => !/"(__proto__|constructor|prototype)":/.test(JSON.stringify(v))),
  { maxKeys: 2 },
);
const noExtras = fc.constant({});

type Shape = { kinds: readonly string[]; mandates: boolean; annotations: boolean; unknown: boolean };

/** Builds valid journeys: every date 2015-2030 (plus lengths), every reference resolvable, ids unique. */
function journeyArb(shape: Shape): fc.Arbitrary<Loose> {
  const more = shape.unknown ? extras : noExtras;
  const intervention = fc.record({
    kind: fc.constantFrom(...shape.kinds),
    actor: maybe(fc.constantFrom(...ACTORS)),
    start: day,
    end: maybe(length),
    plannedEnd: maybe(length),
    extensions: maybe(fc.array(fc.record({ months: fc.integer({ min: 1, max: 24 }), more }), { maxLength: 3 })),
    preparatory: maybe(fc.boolean()),
    parallel: maybe(fc.boolean()),
    extent: maybe(fc.integer({ min: 1, max: 100 })),
    sickFrom: maybe(fc.integer({ min: 0, max: 30 })),
    cancelled: maybe(fc.boolean()),
    more,
  });
  const mandate = fc.record({ actor: fc.constantFrom(...ACTORS), start: day, end: maybe(length), more });
  const annotation = fc.record({ type: fc.constantFrom('greyzone', 'note'), start: day, length, more });
  return fc
    .record({
      interventions: fc.array(intervention, { maxLength: 12 }),
      mandates: fc.array(mandate, { maxLength: shape.mandates ? 4 : 0 }),
      annotations: fc.array(annotation, { maxLength: shape.annotations ? 3 : 0 }),
      asOf: maybe(day),
      closed: maybe(day),
      birthYear: maybe(fc.integer({ min: 1950, max: 2010 })),
      more,
      participantMore: more,
    })
    .map((r) => {
      const journey = {
        format: 'journey',
        version: 1,
        id: 'prop',
        participant: { ref: 'P', birthYear: r.birthYear, ...r.participantMore },
        asOf: r.asOf === undefined ? undefined : isoDate(r.asOf),
        closed: r.closed === undefined ? undefined : { date: isoDate(r.closed), reason: 'test' },
        interventions: r.interventions.map((i, k) => ({
          id: `i${k}`,
          kind: i.kind,
          actor: i.actor,
          start: isoDate(i.start),
          end: i.end === undefined ? undefined : isoDate(i.start + i.end),
          plannedEnd: i.plannedEnd === undefined ? undefined : isoDate(i.start + i.plannedEnd),
          extensions: i.extensions?.map((x) => ({ months: x.months, ...x.more })),
          preparatory: i.preparatory,
          parallel: i.parallel,
          extent: i.extent,
          sickFrom: i.sickFrom === undefined ? undefined : isoDate(i.start - i.sickFrom),
          cancelled: i.cancelled,
          ...i.more,
        })),
        mandates: r.mandates.map((m, k) => ({
          id: `m${k}`,
          actor: m.actor,
          start: isoDate(m.start),
          end: m.end === undefined ? undefined : isoDate(m.start + m.end),
          ...m.more,
        })),
        annotations: r.annotations.map((a, k) => ({
          id: `n${k}`,
          type: a.type,
          start: isoDate(a.start),
          end: isoDate(a.start + a.length),
          ...a.more,
        })),
        ...r.more,
      };
      // Drop the undefined fields, as a file would not have them.
      return JSON.parse(JSON.stringify(journey)) as Loose;
    });
}

const anyJourney = journeyArb({ kinds: ALL_KINDS, mandates: true, annotations: true, unknown: false });
const activityJourney = journeyArb({ kinds: ACTIVITY_KINDS, mandates: false, annotations: false, unknown: false });
const journeyWithExtras = journeyArb({ kinds: ALL_KINDS, mandates: true, annotations: true, unknown: true });

function parsed(data: Loose): Journey {
  const r = parseJourney(JSON.stringify(data));
  if (!r.ok) throw new Error(`the arbitrary built an invalid journey: ${JSON.stringify(r.errors)}`);
  return r.journey;
}

describe('properties of the analysis', () => {
  it('(i) gap days + days covered by main-line activities = horizon days (ignoreGapsUpToDays 0)', () => {
    fc.assert(
      fc.property(anyJourney, (data) => {
        const j = parsed(data);
        const a = analyzeJourney(j);
        if (a.horizon === null) {
          expect(a.gaps).toEqual([]);
          return;
        }
        const from = dayNumber(a.horizon.from);
        const to = dayNumber(a.horizon.to);
        // 1 = covered by a non-cancelled, non-parallel activity, 2 = in a gap; walk the days
        // independently of intervals.ts. Parallel (section 3): its own flag, else språkstöd, else sfi below 50 %.
        const marks = new Uint8Array(to - from + 1);
        j.interventions.forEach((iv, k) => {
          const parallel = iv.parallel ?? (iv.kind === 'sprakstod' || (iv.kind === 'sfi' && (iv.extent ?? 100) < 50));
          if (iv.cancelled || parallel || !ACTIVITY.get(iv.kind)) return;
          const end = a.interventions[k].effectiveEnd;
          const last = Math.min(end === null ? to : dayNumber(end), to);
          for (let d = Math.max(dayNumber(iv.start), from); d <= last; d++) marks[d - from] = 1;
        });
        let overlaps = 0;
        for (const g of a.gaps) {
          for (let d = dayNumber(g.start); d <= dayNumber(g.end); d++) {
            if (marks[d - from] !== 0) overlaps++;
            marks[d - from] = 2;
          }
        }
        const covered = marks.filter((m) => m === 1).length;
        expect(overlaps).toBe(0);
        expect(a.totals.gapDays + covered).toBe(to - from + 1);
        expect(marks.every((m) => m !== 0)).toBe(true);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('(ii) grey zones are the gaps when every intervention is an activity and there are no mandates or annotations', () => {
    fc.assert(
      fc.property(activityJourney, fc.integer({ min: 0, max: 30 }), (data, ignore) => {
        const a = analyzeJourney(parsed(data), { ignoreGapsUpToDays: ignore });
        const runs = (list: { start: string; end: string; days: number; workingDays: number; open: boolean }[]) =>
          list.map(({ start, end, days, workingDays, open }) => ({ start, end, days, workingDays, open }));
        expect(runs(a.greyZones)).toEqual(runs(a.gaps));
        expect(a.greyZones.every((z) => !z.manual)).toBe(true);
        expect(a.totals.greyZoneDays).toBe(a.totals.gapDays);
      }),
      { seed: 7, numRuns: 200 },
    );
  });

  it('keeps every run inside the horizon, ordered, with days = end - start + 1 and workingDays <= days', () => {
    fc.assert(
      fc.property(anyJourney, fc.integer({ min: 0, max: 10 }), (data, ignore) => {
        const a = analyzeJourney(parsed(data), { ignoreGapsUpToDays: ignore });
        for (const list of [a.gaps, a.greyZones]) {
          let previous = '';
          for (const run of list) {
            expect(run.days).toBe(dayNumber(run.end) - dayNumber(run.start) + 1);
            expect(run.workingDays).toBeGreaterThanOrEqual(0);
            expect(run.workingDays).toBeLessThanOrEqual(run.days);
            expect(a.horizon && run.start >= a.horizon.from && run.end <= a.horizon.to).toBe(true);
            expect(run.start >= previous).toBe(true);
            previous = run.start;
          }
        }
        // Short runs are dropped, except an open one in a journey that is not closed (section 4).
        for (const g of a.gaps) if (!g.open || data.closed) expect(g.days).toBeGreaterThan(ignore);
        expect(a.totals.forstegWaitDays).toBe(a.forstegWaits.reduce((s, w) => s + w.days, 0));
        for (const c of a.cliffs) expect(c.daysLeft).toBeGreaterThanOrEqual(0);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});

const sicknessJourney = journeyArb({
  kinds: ['sjukpenning', 'sjukpenning', 'sjukpenning', 'arbetspraktik', 'anstallning'],
  mandates: false,
  annotations: false,
  unknown: false,
});

describe('sickness milestones (socialförsäkringsbalken 27 kap.)', () => {
  it('never come before the first start of their period, and their dates increase within a period', () => {
    let seen = 0;
    let runs = 0;
    fc.assert(
      fc.property(sicknessJourney, (data) => {
        runs++;
        const j = parsed(data);
        const a = analyzeJourney(j);
        const byPeriod = new Map<string, typeof a.sicknessMilestones>();
        for (const m of a.sicknessMilestones) {
          const key = m.interventions.join(',');
          byPeriod.set(key, [...(byPeriod.get(key) ?? []), m]);
        }
        for (const list of byPeriod.values()) {
          const ids = new Set(list[0].interventions);
          const first = j.interventions
            .filter((iv) => ids.has(iv.id))
            .map((iv) => sicknessFirstDay(iv))
            .reduce((min, day) => (day < min ? day : min), '9999-12-31');
          for (const m of list) expect(m.date >= first, `${m.date} before ${first}`).toBe(true);
          const ordered = [...list].sort((x, y) => x.day - y.day);
          for (let k = 1; k < ordered.length; k++) expect(ordered[k].date > ordered[k - 1].date).toBe(true);
          // Periods are disjoint: every spell in at most one.
          for (const id of ids) expect(j.interventions.find((iv) => iv.id === id)?.kind).toBe('sjukpenning');
          seen += list.length;
        }
      }),
      { seed: 2026, numRuns: 300 },
    );
    // Counted against the runs made: a mutation run makes fewer (tests/mutate/fastCheck.ts).
    expect(seen, 'the arbitrary must make milestones for the property to mean anything').toBeGreaterThan(runs / 3);
  });

  it('a milestone of a period without employment is never upcoming (27 kap. 46 §)', () => {
    let unemployed = 0;
    let employedUpcoming = 0;
    let runs = 0;
    fc.assert(
      fc.property(sicknessJourney, (data) => {
        runs++;
        const j = parsed(data);
        for (const m of analyzeJourney(j).sicknessMilestones) {
          // Seen on its own day, the milestone is inside the window: upcoming exactly when employed and not closed.
          const again = analyzeJourney(j, { asOf: m.date }).sicknessMilestones.find(
            (x) => x.day === m.day && x.date === m.date && x.interventions.join() === m.interventions.join(),
          );
          expect(again?.upcoming).toBe(m.employed && !j.closed);
          if (!m.employed) unemployed++;
          else if (again?.upcoming) employedUpcoming++;
        }
      }),
      { seed: 46, numRuns: 300 },
    );
    // Both kinds of period occur, so the property could fail.
    expect(unemployed).toBeGreaterThan(runs / 15);
    expect(employedUpcoming).toBeGreaterThan(runs / 60);
  });

  it('adding sickFrom never moves a milestone later (27 kap. 51 §: more counted days, never fewer)', () => {
    let compared = 0;
    let runs = 0;
    fc.assert(
      fc.property(sicknessJourney, fc.nat(40), fc.integer({ min: 1, max: 120 }), (data, pick, back) => {
        runs++;
        const spells = (data.interventions as Loose[]).filter((iv) => iv.kind === 'sjukpenning');
        if (spells.length === 0) return;
        for (const sp of spells) delete sp.sickFrom;
        const before = analyzeJourney(parsed(data)).sicknessMilestones;
        const target = spells[pick % spells.length];
        target.sickFrom = isoDate(dayNumber(target.start as string) - back);
        const after = analyzeJourney(parsed(data)).sicknessMilestones;
        for (const m of before) {
          const same = after.filter((x) => x.day === m.day && x.date <= m.date);
          expect(same.length, `day ${m.day} on ${m.date} moved later`).toBeGreaterThan(0);
          compared++;
        }
      }),
      { seed: 51, numRuns: 300 },
    );
    expect(compared).toBeGreaterThan(runs / 3);
  });
});

describe('properties of the file format', () => {
  it('(iii) serializeJourney → parseJourney is the identity, unknown properties included', () => {
    fc.assert(
      fc.property(journeyWithExtras, (data) => {
        const text = JSON.stringify(data);
        const first = parseJourney(text);
        if (!first.ok) throw new Error(JSON.stringify(first.errors));
        expect(first.journey).toEqual(JSON.parse(text));
        const written = serializeJourney(first.journey);
        const again = parseJourney(written);
        expect(again.ok && again.journey).toEqual(first.journey);
        expect(again.ok && serializeJourney(again.journey)).toBe(written);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });
});

// process.env.TZ switches the zone of a process, not of a worker thread: where the tests run in
// threads (StrykerJS runs vitest so, `npm run mutate`) every zone would be the same and the checks
// below would pass without testing anything, so they are left to the ordinary run (forks).
describe.skipIf(!isMainThread)('time zones', () => {
  const zones = ['Europe/Stockholm', 'America/Los_Angeles', 'Pacific/Kiritimati'];
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.TZ;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });

  it('really switches the zone (so that the checks below can fail)', () => {
    const offsets = zones.map((zone) => {
      process.env.TZ = zone;
      return new Date(2025, 0, 1).getTimezoneOffset();
    });
    // Stockholm UTC+1, Los Angeles UTC-8, Kiritimati UTC+14.
    expect(offsets).toEqual([-60, 480, -840]);
  });

  it('(iv) parses, analyses and applies scenarios identically in every zone', () => {
    fc.assert(
      fc.property(anyJourney, fc.integer({ min: 0, max: 40 }), (data, ignore) => {
        const hasOne = (data.interventions as unknown[]).length > 0;
        const changes = [{ op: 'shift', intervention: 'i0', days: 30, cascade: true }];
        const text = JSON.stringify(hasOne ? { ...data, scenarios: [{ id: 's', name: 's', changes }] } : data);
        const results = zones.map((zone) => {
          process.env.TZ = zone;
          const p = parseJourney(text);
          if (!p.ok) return { p };
          const scenario = hasOne ? applyScenario(p.journey, 's') : null;
          return {
            p,
            analysis: analyzeJourney(p.journey, { ignoreGapsUpToDays: ignore }),
            scenario: scenario?.ok ? analyzeJourney(scenario.journey) : scenario,
          };
        });
        expect(results[0].p.ok).toBe(true);
        expect(results[1]).toEqual(results[0]);
        expect(results[2]).toEqual(results[0]);
      }),
      { seed: 99, numRuns: 100 },
    );
  });

  it('(iv) analyses every shared example to its expected result in every zone', () => {
    const names = exampleNames().filter((n) => exampleNames().includes(n.replace(/\.json$/, '.expected.json')));
    expect(names.length).toBeGreaterThanOrEqual(3);
    for (const zone of zones) {
      process.env.TZ = zone;
      for (const name of names) {
        const p = parseJourney(readExample(name));
        if (!p.ok) throw new Error(`${name} is invalid`);
        expect(analyzeJourney(p.journey)).toEqual(JSON.parse(readExample(name.replace(/\.json$/, '.expected.json'))));
      }
    }
  });
});
