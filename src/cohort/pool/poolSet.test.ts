/**
 * Sammanställ without a browser: files from three parts of a cohort merge to the figures of
 * the whole, shown with the small-cell rule applied after merging (not per part); refused
 * files carry their reason; this browser's figures file, computed in the workers' way, is the
 * domain's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCohort, figureBases, cohortAccumulator, generateCohort, suppressView } from '../../domain';
import {
  countLists,
  crossIds,
  crossView,
  figuresFromJourneys,
  finishFigures,
  poolOptions,
  serializeFigures,
} from '../../domain/pool';
import { initI18n, loadLanguage, loadMessages } from '../../i18n';
import { computePoolState } from '../../workers/cohortClient';
import { POOLED_KEYS, overview } from '../overview';
import { sayFrom, type Words } from '../say';
import { cohortCsv } from '../cohortCsv';
import { exportHeader } from '../describe';
import { draftFinding } from '../lexHeller';
import { reportDocument } from '../reportDocument';
import { startingFields } from '../reportFields';
import { localFigures } from './localFigures';
import { listRows, poolCsvTables, poolTables, pooledFindings } from './poolTables';
import { poolSet, pooledOf } from './poolSet';

const ASOF = '2026-03-02';
const journeys = generateCohort(240, 11, ASOF);
const parts = [journeys.slice(0, 30), journeys.slice(30, 120), journeys.slice(120)];
const file = (part: typeof journeys, label: string, filters: Record<string, string | null> | null = null) =>
  figuresFromJourneys(part, { asOf: ASOF }, { label, madeAt: '2026-03-02T09:00:00Z', resanVersion: '0.1.0', filters });
const text = (f: ReturnType<typeof file>) => serializeFigures(f);
const inputs = () => parts.map((p, i) => ({ name: `del${i}.json`, text: text(file(p, `Förbund ${i}`)) }));

const emptyDraft = {
  title: '',
  parties: '',
  definition: '',
  challenge: '',
  consequences: '',
  proposal: '',
  feedback: '',
};
let w: Words;
beforeAll(async () => {
  const i18n = initI18n('sv');
  await loadMessages('cohort');
  await loadLanguage('en');
  w = { say: sayFrom(i18n, 'sv'), language: 'sv', actor: (id) => id, kind: (id) => id, day: (d) => d };
});

describe('poolSet', () => {
  it('merges three parts to the figures of the whole, the small-cell rule applied after merging', () => {
    const set = poolSet(inputs());
    expect(set.refused).toEqual([]);
    expect(set.sources.map((s) => s.file.provenance.label)).toEqual(['Förbund 0', 'Förbund 1', 'Förbund 2']);
    const pooled = pooledOf(set.sources)!;
    const whole = analyzeCohort(journeys, { asOf: ASOF });
    expect(pooled.figures).toEqual({ ...whole, cliffs: [], upcomingMilestones: [] });
    const acc = cohortAccumulator({ asOf: ASOF });
    const state = acc.empty();
    journeys.forEach((j, i) => acc.addJourney(state, j, i));
    const bases = figureBases(state);
    const total = overview(pooled.figures, pooled.bases, true);
    const expected = overview(whole, bases, true);
    for (const k of POOLED_KEYS) expect([k, total[k]]).toEqual([k, expected[k]]);
    // Suppressing each part first would differ: the small part hides what the total shows.
    const small = overview(
      finishFigures([set.sources[0].file]).figures,
      finishFigures([set.sources[0].file]).bases,
      true,
    );
    expect(POOLED_KEYS.some((k) => small[k] === '<5' || small[k] === '–')).toBe(true);
    // The cliffs by kind and month add up to the cliffs of the whole cohort.
    const tables = poolTables(pooled, false);
    expect(tables.cliffs.shown(crossIds.total)).toBe(countLists(whole).cliffs.reduce((s, c) => s + c.count, 0));
    expect(pooledFindings(tables, pooled).cliffs).toBe(tables.cliffs.shown(crossIds.total));
    // The CSV's tables carry their titles.
    expect(poolCsvTables(tables, 90, w).flat()).toContain('Glapp per insatstyp före glappet');
  });

  it('refuses a changed, a newer and a truncated file and one of other options, each by name; finds a file twice', () => {
    const good = inputs();
    const changed = JSON.parse(good[1].text);
    changed.figures.closed += 1;
    const newer = { ...JSON.parse(good[2].text), version: 3 };
    const other = text(figuresFromJourneys(parts[2], { asOf: '2026-03-03' }, JSON.parse(good[2].text).provenance));
    const set = poolSet([
      good[0],
      { name: 'andrad.json', text: JSON.stringify(changed) },
      { name: 'nyare.json', text: JSON.stringify(newer) },
      { name: 'kort.json', text: good[2].text.slice(0, 500) },
      { name: 'annan-dag.json', text: other },
      { name: 'igen.json', text: good[0].text },
      { name: 'stor.json', tooLarge: true },
    ]);
    expect(set.sources.map((s) => s.name)).toEqual(['del0.json']);
    expect(set.duplicates).toEqual([{ name: 'igen.json', first: 'del0.json' }]);
    const why = Object.fromEntries(
      set.refused.map((r) => [r.name, r.kind === 'read' ? r.errors[0].code : `${r.kind}:${r.options.join()}`]),
    );
    expect(why).toEqual({
      'andrad.json': 'changed',
      'nyare.json': 'newerVersion',
      'kort.json': 'notJson',
      'annan-dag.json': 'options:asOf',
      'stor.json': 'tooLarge',
    });
  });

  it('warns of a file made with another filter, and merges it', () => {
    const [a, b] = inputs();
    const filtered = { name: 'urval.json', text: text(file(parts[2], 'F', { status: 'open' })) };
    const set = poolSet([a, b, filtered]);
    expect(set.sources).toHaveLength(3);
    expect(set.otherFilters).toEqual([{ name: 'urval.json', first: 'del0.json' }]);
  });
});

describe("this browser's figures file", () => {
  it('is the figures file the domain makes of the same journeys (computed in chunks)', async () => {
    const many = generateCohort(1_100, 3, ASOF);
    const state = await computePoolState(many, poolOptions({ asOf: ASOF }));
    const made = await localFigures(many, poolOptions({ asOf: ASOF }), { label: 'Här', filters: null });
    const domain = figuresFromJourneys(many, { asOf: ASOF }, { ...made.provenance });
    expect(made.check).toBe(domain.check);
    expect(state.journeys).toBe(1_100);
    expect(poolSet([{ name: made.provenance.label, file: made, local: true }]).sources).toHaveLength(1);
  });
});

describe('the exports of pooled figures', () => {
  it('name their sources; the CSV leaves out the distinct journeys with a cliff; the draft states the cliffs as counts', () => {
    const set = poolSet(inputs());
    const pooled = pooledOf(set.sources)!;
    const tables = poolTables(pooled, true);
    const shown = overview(pooled.figures, pooled.bases, true);
    const meta = {
      name: 'Sammanställning av 3 källor',
      asOf: ASOF,
      filter: 'Hela kohorten',
      small: 'dolda',
      suppress: true,
      sources: set.sources.map((s) => ({ label: s.file.provenance.label, journeys: s.file.provenance.journeys })),
    };
    const csv = cohortCsv(pooled.figures, shown, meta, w, {
      tables: poolCsvTables(tables, 90, w),
      overview: listRows(tables, 90, w).map((r) => [r.label, r.shown]),
    });
    expect(csv).toContain('Källor;"Förbund 0 (30 resor); Förbund 1 (90 resor); Förbund 2 (120 resor)"');
    expect(csv).not.toContain(w.say('overview.rows.cliffJourneys'));
    expect(csv).toContain(
      `"${w.say('poolMore.overview.cliffs', { days: 90 })}";${tables.cliffs.shown(crossIds.total)}`,
    );
    expect(csv).toContain(w.say('pool.counts.cliffsNote'));
    expect(
      reportDocument({ ...startingFields(null, ASOF, w), ...emptyDraft }, { all: 240, selected: 240 }, meta, w).about,
    ).toContainEqual(['Källor', 'Förbund 0 (30 resor); Förbund 1 (90 resor); Förbund 2 (120 resor)']);
    const draft = draftFinding({ kind: 'cliffs' }, pooled.figures, shown, [], true, w, pooledFindings(tables, pooled));
    expect(draft.challenge).toContain(`gäller det ${String(tables.cliffs.shown(crossIds.total))} insatser`);
  });
});

describe("the exports' sources", () => {
  const meta = (suppress: boolean) => ({
    name: 'Sammanställning av 2 källor',
    asOf: ASOF,
    filter: 'Hela kohorten',
    small: 'dolda',
    suppress,
    sources: [
      { label: 'Förbund A', journeys: 3 },
      {
        label: 'Region Öst',
        journeys: 250,
        from: [
          { label: 'Förbund B', journeys: 246 },
          { label: 'Förbund C', journeys: 4 },
        ],
      },
    ],
  });
  const sources = (suppress: boolean) =>
    Object.fromEntries(exportHeader(meta(suppress), w))[w.say('pool.sources.heading')];
  it("name a merged file's own sources, and a source of 1–4 journeys as <5 while small cells are hidden", () => {
    expect(sources(true)).toBe(
      'Förbund A (<5 resor); Region Öst (250 resor, sammanlagd av: Förbund B (246 resor), Förbund C (<5 resor))',
    );
    expect(sources(false)).toBe(
      'Förbund A (3 resor); Region Öst (250 resor, sammanlagd av: Förbund B (246 resor), Förbund C (4 resor))',
    );
  });
});

describe('crossView', () => {
  it('hides a small cell and, by the secondary rule, enough beside it that it cannot be worked out', () => {
    const counts: Record<string, number> = { 'A|m1': 3, 'A|m2': 10, 'B|m1': 8, 'B|m2': 9 };
    const view = crossView({ rows: ['A', 'B'], cols: ['m1', 'm2'], count: (r, c) => counts[`${r}|${c}`] });
    const shown = suppressView(view, true);
    expect(shown.get(crossIds.cell('A', 'm1'))).toBe('<5');
    const hidden = [...shown.values()].filter((v) => typeof v === 'string');
    expect(hidden.length).toBeGreaterThanOrEqual(4); // a row and a column each need a second hidden member
    expect(suppressView(view, false).get(crossIds.cell('A', 'm1'))).toBe(3);
  });
});
