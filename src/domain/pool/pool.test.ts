/**
 * The figures file (issue 27, point 1): what it holds equals the cohort's own figures, it
 * carries nothing of any one person, and it is refused when changed, cut short, newer or not
 * adding up.
 */
import { describe, expect, it } from 'vitest';
import { alignCohort } from '../cohort/align';
import { analyzeCohort } from '../cohort/figures';
import { generateCohort } from '../cohort/generate';
import { journeyFromData } from '../parse';
import type { Journey } from '../schema';
import { BUILT_IN_ANCHORS, countLists } from './accumulator';
import { FIGURES_NOTICE, checked as checkedOf, serializeFigures } from './file';
import { figuresFromJourneys, finishFigures, mergeFigures } from './combine';
import { readFigures } from './read';
import { lazy } from '../testing/lazy';

const ASOF = '2026-03-02';
const PROVENANCE = {
  label: 'Samordningsförbundet Test',
  madeAt: '2026-03-02T10:00:00Z',
  resanVersion: '0.1.0',
  filters: null,
};
const OPTIONS = { asOf: ASOF, ignoreGapsUpToDays: 3 };

/** Keys whose values are a person's, a journey's or free text; `kind`, `actor` and `category` are the figures' categories. */
const PERSONAL = new Set([
  'id',
  'ref',
  'name',
  'title',
  'notes',
  'note',
  'text',
  'reason',
  'label',
  'intervention',
  'after',
]);

/** Every personal string of a journey replaced by a marker unique to it (the same value in one journey, the same marker). */
function marked(journey: Journey, j: number, seen: string[]): Journey {
  const markers = new Map<string, string>();
  const mark = (value: string) => {
    if (!markers.has(value)) {
      const m = `MRK${j}x${markers.size}Q`;
      markers.set(value, m);
      seen.push(m);
    }
    return markers.get(value) as string;
  };
  const walk = (v: unknown, key: string | null): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v !== null && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return typeof v === 'string' && key !== null && PERSONAL.has(key) ? mark(v) : v;
  };
  const out = walk(journey, null) as Journey;
  out.participant.name = mark(`name of ${j}`);
  out.interventions[0].notes = mark(`notes of ${j}`);
  out.interventions[0].title = mark(`title of ${j}`);
  out.closed = journey.closed ?? null;
  if (out.closed) out.closed = { ...out.closed, reason: mark(`reason of ${j}`) };
  out.events = [{ id: mark('e'), date: ASOF, type: 'note', text: mark(`event text of ${j}`) }];
  out.annotations = [{ id: mark('a'), type: 'note', start: ASOF, end: ASOF, text: mark(`annotation of ${j}`) }];
  return out;
}

describe('the figures file', () => {
  const journeys = generateCohort(300, 27, ASOF);

  it('holds the figures of analyzeCohort and alignCohort for the built-in anchors, lists as counts', () => {
    const file = figuresFromJourneys(journeys, OPTIONS, PROVENANCE);
    const read = readFigures(serializeFigures(file));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const pooled = finishFigures([read.file]);
    const whole = analyzeCohort(journeys, OPTIONS);
    expect(pooled.figures).toEqual({ ...whole, cliffs: [], upcomingMilestones: [] });
    expect(pooled.counts).toEqual(countLists(whole));
    expect(pooled.counts.cliffs.length).toBeGreaterThan(0);
    expect(pooled.alignments).toEqual(
      BUILT_IN_ANCHORS.map((anchor) =>
        alignCohort(journeys, { asOf: ASOF, anchor, from: -180, to: 365, ignoreGapsUpToDays: 3 }),
      ),
    );
    expect(file.provenance.journeys).toBe(300);
    expect(file.notice).toEqual(FIGURES_NOTICE);
    expect(serializeFigures(file)).toContain('Innehåller omaskade tal – för sammanställning, inte för publicering');
  });

  it('carries no id, ref, name, free text or per-person date of any journey (the marker test)', () => {
    const seen: string[] = [];
    const cohort = journeys.slice(0, 120).map((j, i) => {
      const r = journeyFromData(marked(j, i, seen));
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.journey;
    });
    // The markers are in the journeys, and the figures are not empty.
    expect(JSON.stringify(cohort)).toContain(seen[seen.length - 1]);
    const file = serializeFigures(figuresFromJourneys(cohort, OPTIONS, PROVENANCE));
    expect(JSON.parse(file).figures.cliffs.length).toBeGreaterThan(0);
    expect(file).not.toMatch(/MRK/);
    // No day of any one intervention either: the only dates are the reference day and the time made.
    const dates = new Set(file.match(/\d{4}-\d{2}-\d{2}/g));
    expect([...dates]).toEqual([ASOF]);
  });
});

describe('reading a figures file', () => {
  const file = lazy(() => figuresFromJourneys(generateCohort(60, 5, ASOF), OPTIONS, PROVENANCE));
  const text = lazy(() => serializeFigures(file()));
  const edit = (change: (f: ReturnType<typeof JSON.parse>) => void) => {
    const f = JSON.parse(text());
    change(f);
    return JSON.stringify(f);
  };
  const codes = (t: string) => {
    const r = readFigures(t);
    return r.ok ? [] : r.errors.map((e) => `${e.code} ${e.path}`);
  };

  it('reads what it wrote', () => expect(readFigures(text())).toEqual({ ok: true, file: file() }));

  it('refuses a newer version, another format, a file cut short and a changed count', () => {
    expect(codes(edit((f) => (f.version = 3)))).toEqual(['newerVersion version']);
    expect(codes(edit((f) => (f.format = 'cohort')))).toEqual(['wrongFormat format']);
    expect(codes(text().slice(0, text().length / 2))[0]).toMatch(/^notJson/);
    expect(codes(edit((f) => (f.figures.closed += 1)))).toEqual(['changed check']);
    expect(codes(edit((f) => delete f.figures.gaps))).toEqual(['required figures.gaps']);
  });

  it('refuses counts that do not add up, even with a matching check', () => {
    const recheck = (change: (f: ReturnType<typeof JSON.parse>) => void) =>
      edit((f) => {
        change(f);
        f.check = checkedOf(f);
      });
    expect(codes(recheck((f) => (f.figures.waits.stillWaiting += 1)))).toContain(
      'doesNotAddUp figures.waits.stillWaiting',
    );
    expect(codes(recheck((f) => (f.figures.waits.histogramOpen[0] += 1)))).toContain(
      'doesNotAddUp figures.waits.histogramOpen[0]',
    );
    expect(codes(recheck((f) => (f.alignments[0].diff.gap[10] += 1)))).toEqual(['doesNotAddUp alignments[0].diff']);
    expect(codes(recheck((f) => f.alignments[1].diff.gap.pop()))).toEqual(['doesNotAddUp alignments[1].diff']);
    expect(codes(recheck((f) => (f.provenance.journeys = 61)))).toEqual(['doesNotAddUp provenance.journeys']);
  });

  it('lists the sources of a merge (version 2), a merge of merges the first sources; refuses sources that do not fit', () => {
    const journeys = generateCohort(60, 5, ASOF);
    const part = (from: number, to: number, label: string) =>
      figuresFromJourneys(journeys.slice(from, to), OPTIONS, { ...PROVENANCE, label });
    const ab = mergeFigures([part(0, 10, 'A'), part(10, 25, 'B')], { ...PROVENANCE, label: 'A+B' });
    const all = mergeFigures([ab, part(25, 60, 'C')], { ...PROVENANCE, label: 'Alla' });
    expect([file().version, file().provenance.sources]).toEqual([1, undefined]);
    expect([all.version, all.provenance.sources]).toEqual([
      2,
      [
        { label: 'A', journeys: 10 },
        { label: 'B', journeys: 15 },
        { label: 'C', journeys: 35 },
      ],
    ]);
    expect(readFigures(serializeFigures(all))).toEqual({ ok: true, file: all });
    expect(all.check).toBe(file().check); // the same figures as the file of all 60 journeys
    const edited = (change: (f: ReturnType<typeof JSON.parse>) => void) => {
      const f = JSON.parse(serializeFigures(all));
      change(f);
      return codes(JSON.stringify(f));
    };
    expect(edited((f) => (f.provenance.sources[0].journeys = 11))).toEqual(['doesNotAddUp provenance.sources']);
    expect(edited((f) => (f.version = 1))).toEqual(['doesNotAddUp provenance.sources']);
    expect(edited((f) => delete f.provenance.sources)).toEqual(['doesNotAddUp provenance.sources']);
    expect(edited((f) => (f.provenance.sources = []))[0]).toMatch(/ provenance\.sources$/);
  });
});
