/**
 * docs/format.md stays true to the code:
 *
 * - its tables of built-in kinds and actors are the catalogue's (`npm run docs:format`
 *   rewrites them between the `<!-- generated:NAME -->` markers, then formats the file with
 *   prettier; this test compares them cell by cell, whatever the padding);
 * - every relative link resolves to a file in the repository, and every `#anchor` to a heading;
 * - every worked example (a fenced block tagged `example-N`) gives what the blocks tagged
 *   `expect-N` say, computed by the real domain code.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import Papa from 'papaparse';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  type AlignOptions,
  type AnalysisOptions,
  type Issue,
  type Journey,
  alignCohort,
  analyzeJourney,
  applyScenario,
  cohortAccumulator,
  figureBases,
  journeysFromCsvRows,
  parseCohort,
  parseJourney,
  serializeJourney,
  suppressCount,
  suppressFigure,
} from '../src/domain';
import { actorsTableMarkdown, kindsTableMarkdown } from '../src/domain/formatTables';
import { repoRoot } from './shared';

const docPath = join(repoRoot, 'docs/format.md');
const generated: Record<string, string> = { kinds: kindsTableMarkdown(), actors: actorsTableMarkdown() };

const markers = (name: string) => new RegExp(`(<!-- generated:${name} -->)[\\s\\S]*?(<!-- /generated:${name} -->)`);

if (process.env.RESAN_WRITE_DOCS === '1') {
  let doc = readFileSync(docPath, 'utf8');
  for (const [name, body] of Object.entries(generated)) {
    if (!markers(name).test(doc)) throw new Error(`docs/format.md has no <!-- generated:${name} --> section`);
    doc = doc.replace(markers(name), (_all, open: string, close: string) => `${open}\n\n${body}\n\n${close}`);
  }
  const options = (await resolveConfig(docPath)) ?? {};
  writeFileSync(docPath, await format(doc, { ...options, filepath: docPath }));
}

const doc = readFileSync(docPath, 'utf8');

/** A generated section as rows of trimmed cells (prettier pads and aligns; the cells are what counts). */
function normalise(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      !line.startsWith('|')
        ? line.replace(/\s+/g, ' ')
        : line
            .replace(/^\||\|$/g, '')
            .split(/(?<!\\)\|/)
            .map((c) => c.trim().replace(/^:?-{3,}:?$/, '---'))
            .join(' | '),
    );
}

function section(name: string): string | null {
  const m = new RegExp(`<!-- generated:${name} -->([\\s\\S]*?)<!-- /generated:${name} -->`).exec(doc);
  return m ? m[1] : null;
}

describe('docs/format.md: generated tables', () => {
  for (const [name, body] of Object.entries(generated)) {
    it(`the ${name} table is the catalogue's (run \`npm run docs:format\` after changing src/domain/catalogue/)`, () => {
      const inDoc = section(name);
      expect(
        inDoc,
        `docs/format.md has no <!-- generated:${name} --> ... <!-- /generated:${name} --> section`,
      ).not.toBe(null);
      expect(
        normalise(inDoc ?? ''),
        `docs/format.md's ${name} table differs from the catalogue: run \`npm run docs:format\``,
      ).toEqual(normalise(body));
    });
  }
});

/** GitHub's heading anchors: lower case, punctuation other than `-` and `_` dropped, spaces to `-`. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

describe('docs/format.md: links', () => {
  const outsideCode = doc.replace(/^```[\s\S]*?^```$/gm, '').replace(/`[^`\n]*`/g, '');
  const targets = [...outsideCode.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
  const anchors = new Set(
    [...doc.replace(/^```[\s\S]*?^```$/gm, '').matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((m) => slug(m[1])),
  );

  it('has links to check', () => {
    expect(targets.length).toBeGreaterThan(5);
  });

  it('every relative link resolves to a file in the repository', () => {
    const broken: string[] = [];
    for (const target of targets) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('#')) continue;
      const path = resolve(dirname(docPath), decodeURIComponent(target.split('#')[0]));
      const inside = !relative(repoRoot, path).startsWith('..');
      if (!inside || !existsSync(path)) broken.push(target);
    }
    expect(broken, 'links in docs/format.md that lead nowhere in the repository').toEqual([]);
  });

  it('every #anchor names a heading of the document', () => {
    const broken = targets.filter((t) => t.startsWith('#') && !anchors.has(t.slice(1)));
    expect(broken).toEqual([]);
  });
});

// --- worked examples ------------------------------------------------------------------

type Block = { lang: string; text: string };
const blocks = { example: new Map<number, Block>(), expect: new Map<number, Block[]>() };
for (const m of doc.matchAll(/^```(\w+) (example|expect)-(\d+)[^\n]*\n([\s\S]*?)^```$/gm)) {
  const [, lang, role, n, text] = m;
  if (role === 'example') blocks.example.set(Number(n), { lang, text });
  else blocks.expect.set(Number(n), [...(blocks.expect.get(Number(n)) ?? []), { lang, text }]);
}

/* eslint-disable @typescript-eslint/no-explicit-any -- expectations are free-form JSON */
type Expectation = Record<string, any>;

function journeyOf(text: string): Journey {
  const parsed = parseJourney(text);
  if (!parsed.ok) throw new Error(`the example does not parse: ${JSON.stringify(parsed.errors)}`);
  return parsed.journey;
}

const hasIssues = (actual: Issue[], wanted: Partial<Issue>[]) =>
  expect(actual).toEqual(expect.arrayContaining(wanted.map((w) => expect.objectContaining(w))));

function checkJourneyExample(text: string, e: Expectation) {
  if (e.errors) {
    const parsed = parseJourney(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) hasIssues(parsed.errors, e.errors);
    return;
  }
  const parsed = parseJourney(text);
  if (!parsed.ok) throw new Error(`the example does not parse: ${JSON.stringify(parsed.errors)}`);
  if (e.warnings) hasIssues(parsed.warnings, e.warnings);
  if (e.roundTrip) expect(JSON.parse(serializeJourney(parsed.journey))).toEqual(JSON.parse(text));
  let journey = parsed.journey;
  if (e.scenario) {
    const applied = applyScenario(journey, e.scenario);
    if (!applied.ok) throw new Error(`scenario ${e.scenario} fails: ${JSON.stringify(applied.errors)}`);
    journey = applied.journey;
  }
  if (e.analysis) expect(analyzeJourney(journey, e.options as AnalysisOptions)).toMatchObject(e.analysis);
}

function checkCohortExample(text: string, e: Expectation) {
  const parsed = parseCohort(text);
  if (!parsed.ok) throw new Error(`the example does not parse: ${JSON.stringify(parsed.errors)}`);
  const journeys = parsed.cohort.journeys;
  if (e.cohort) {
    const acc = cohortAccumulator({ asOf: e.cohort.asOf, ...e.options });
    const state = acc.empty();
    journeys.forEach((j, i) => acc.addJourney(state, j, i));
    const figures = acc.finish(state);
    // The document gives survival values to four decimals.
    const rounded = {
      ...figures,
      waits: {
        ...figures.waits,
        survival: figures.waits.survival.map((r) => ({ ...r, survival: Math.round(r.survival * 1e4) / 1e4 })),
      },
    };
    expect(rounded).toMatchObject(e.cohort);
    if (e.shown) {
      // What a screen or export shows with the small-cell rule on.
      const bases = figureBases(state);
      const w = figures.waits;
      expect({
        median: suppressFigure(w.median, bases.percentiles),
        p75: suppressFigure(w.p75, bases.percentiles),
        p90: suppressFigure(w.p90, bases.percentiles),
        survivalMedian: suppressFigure(w.survivalMedian, bases.survival),
        histogram: w.histogram.map((b) => ({ ended: suppressCount(b.ended), open: suppressCount(b.open) })),
        handovers: figures.greyZones.handovers.map((h) => ({
          from: h.from,
          to: h.to,
          zones: suppressFigure(h.zones, h.journeys),
          days: suppressFigure(h.days, h.journeys),
          journeys: suppressCount(h.journeys),
        })),
      }).toMatchObject(e.shown);
    }
  }
  if (e.alignment) {
    const { days, ...rest } = e.alignment;
    const alignment = alignCohort(journeys, e.options as AlignOptions);
    expect(alignment).toMatchObject(rest);
    for (const day of days ?? []) {
      expect(alignment.days.find((d) => d.offset === day.offset)).toEqual(day);
    }
  }
}

function checkCsvExample(text: string, e: Expectation) {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const result = journeysFromCsvRows(rows);
  expect(result.journeys).toMatchObject(e.csv.journeys);
  expect(result.problems.map(({ issue: _issue, ...p }) => p)).toEqual(e.csv.problems);
}
/* eslint-enable @typescript-eslint/no-explicit-any */

describe('docs/format.md: worked examples', () => {
  it('has worked examples, each with what it gives', () => {
    expect(blocks.example.size).toBeGreaterThanOrEqual(5);
    for (const n of blocks.example.keys()) expect(blocks.expect.has(n), `example-${n} has no expect-${n}`).toBe(true);
    for (const n of blocks.expect.keys()) expect(blocks.example.has(n), `expect-${n} has no example-${n}`).toBe(true);
  });

  for (const [n, example] of blocks.example) {
    it(`example-${n} gives what the document says`, () => {
      for (const block of blocks.expect.get(n) ?? []) {
        const e = JSON.parse(block.text) as Expectation;
        if (example.lang === 'csv') checkCsvExample(example.text, e);
        else if (/"format"\s*:\s*"cohort"/.test(example.text)) checkCohortExample(example.text, e);
        else checkJourneyExample(example.text, e);
      }
    });
  }

  it('the journeys of the examples are valid files (or meant to fail)', () => {
    for (const [n, example] of blocks.example) {
      if (example.lang !== 'json' || /"format"\s*:\s*"cohort"/.test(example.text)) continue;
      const failing = (blocks.expect.get(n) ?? []).some((b) => 'errors' in JSON.parse(b.text));
      if (!failing) expect(() => journeyOf(example.text), `example-${n}`).not.toThrow();
    }
  });
});
