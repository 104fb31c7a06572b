/**
 * Importer fuzzing: thousands of files mutated from the shared examples with a seeded generator. Whatever the
 * file, `parseJourney` returns a result and never throws; what it accepts, the analysis and the scenarios can
 * handle, and `serializeJourney` writes back a file that reads the same.
 */
import { describe, expect, it } from 'vitest';
import { exampleNames, readExample } from '../../tests/shared';
import { analyzeJourney, applyScenario, parseJourney, serializeJourney } from './index';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** mulberry32: a small seeded generator, so every run mutates the same way. */
function generator(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)];
  return { next, int, pick };
}
type Random = ReturnType<typeof generator>;

const KEYS = [
  'format',
  'version',
  'id',
  'participant',
  'ref',
  'name',
  'birthYear',
  'asOf',
  'closed',
  'date',
  'reason',
  'actors',
  'label',
  'color',
  'kinds',
  'category',
  'defaultActor',
  'maxMonthsPerDecision',
  'maxTotalMonths',
  'activity',
  'interventions',
  'kind',
  'actor',
  'title',
  'notes',
  'start',
  'end',
  'plannedEnd',
  'extensions',
  'months',
  'decidedOn',
  'note',
  'preparatory',
  'extent',
  'cancelled',
  'mandates',
  'events',
  'type',
  'text',
  'annotations',
  'scenarios',
  'changes',
  'op',
  'intervention',
  'cascade',
  'days',
  'after',
  'gapDays',
  'journeys',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'susId',
  '',
] as const;

const VALUES: readonly Json[] = [
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  2,
  6,
  12,
  60,
  61,
  100,
  101,
  1.5,
  -36_500,
  36_501,
  1e308,
  -1e308,
  2 ** 53 + 2,
  Number.MAX_SAFE_INTEGER,
  1900,
  2100,
  '',
  ' ',
  'x',
  'journey',
  'cohort',
  '2025-02-30',
  '2024-02-29',
  '2025-13-01',
  '2025-02-03',
  '2026-02-02',
  '0000-01-01',
  '0001-01-01',
  '9999-12-31',
  '1900-02-29',
  '2025-2-3',
  '2025-02-03T00:00',
  'af',
  'fk',
  'kommun',
  'scö',
  'sfi',
  'forsteg',
  'introduktionsjobb',
  'nystartsjobb',
  'etableringsprogrammet',
  'extratjanst',
  'ij',
  'fs',
  'sp',
  'etab',
  'i1',
  'lu',
  'greyzone',
  'note',
  'meeting',
  'extend',
  'shift',
  'startAfter',
  'add',
  'remove',
  'forsteg',
  'program',
  'ersattning',
  '#7a5195',
  'red',
  '__proto__',
  'constructor',
  'x'.repeat(10_001),
  '\u0000',
  '\ud800',
  '😀',
  [],
  [null],
  [1, 2],
  {},
  { months: 6 },
  { date: '2025-01-01' },
  { date: '2025-01-01', reason: 'x' },
  { id: 'x', kind: 'sfi', start: '2025-01-01' },
  { op: 'extend', intervention: 'ij', months: 6, cascade: true },
  { op: 'add', intervention: { id: 'new' } },
];

function containers(root: Json): Container[] {
  const out: Container[] = [];
  const walk = (v: Json) => {
    if (v === null || typeof v !== 'object') return;
    out.push(v);
    for (const child of Object.values(v)) walk(child);
  };
  walk(root);
  return out;
}

/** Sets a property so that `__proto__` becomes an own key, as in a parsed file, not the prototype. */
function put(target: Container, key: string | number, value: Json) {
  if (Array.isArray(target) && typeof key === 'number') target[key] = value;
  else Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function keysOf(c: Container): (string | number)[] {
  return Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);
}

const EDGE_DATES = ['0000-01-01', '0000-02-29', '0001-01-01', '9999-12-31', '2024-02-29', '2025-02-29', '2025-02-30'];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function randomValue(random: Random, root: Json): Json {
  if (random.next() < 0.15) {
    // A copy of some other part of the same file: right shapes in wrong places, duplicate ids.
    const all = containers(root);
    return structuredClone(random.pick(all)) as Json;
  }
  return structuredClone(random.pick(VALUES));
}

function mutateTree(random: Random, root: Json): void {
  const all = containers(root);
  if (all.length === 0) return;
  const target = random.pick(all);
  const keys = keysOf(target);
  const key = keys.length > 0 ? random.pick(keys) : undefined;
  switch (random.int(6)) {
    case 5: {
      // a date at the edges of the calendar where a date stands
      const isDate = (v: Json) => typeof v === 'string' && DATE.test(v);
      const dated = all.flatMap((c) =>
        keysOf(c)
          .filter((k) => isDate((c as Record<string, Json>)[k]))
          .map((k) => [c, k] as const),
      );
      if (dated.length === 0) return;
      const [c, k] = random.pick(dated);
      put(c, k, random.pick(EDGE_DATES));
      return;
    }
    case 0: // drop
      if (key === undefined) return;
      if (Array.isArray(target)) target.splice(key as number, 1);
      else delete target[key as string];
      return;
    case 1: // duplicate
      if (key === undefined) return;
      if (Array.isArray(target)) target.splice(key as number, 0, structuredClone(target[key as number]));
      else put(target, random.pick(KEYS), structuredClone(target[key as string]));
      return;
    case 2: // replace
      if (key === undefined) return;
      put(target, key, randomValue(random, root));
      return;
    case 3: // add
      if (Array.isArray(target)) target.push(randomValue(random, root));
      else put(target, random.pick(KEYS), randomValue(random, root));
      return;
    case 4: {
      // swap two values
      if (keys.length < 2 || key === undefined) return;
      const other = random.pick(keys);
      const a = (target as Record<string, Json>)[key];
      put(target, key, (target as Record<string, Json>)[other]);
      put(target, other, a);
    }
  }
}

function mutateText(random: Random, text: string): string {
  const at = random.int(text.length + 1);
  switch (random.int(6)) {
    case 0: // truncate
      return text.slice(0, at);
    case 1: {
      // splice a piece of the file elsewhere
      const from = random.int(text.length + 1);
      const piece = text.slice(from, from + random.int(40));
      return text.slice(0, at) + piece + text.slice(at);
    }
    case 2: // cut a piece out
      return text.slice(0, at) + text.slice(at + random.int(40));
    case 3: // insert a token
      return (
        text.slice(0, at) +
        random.pick(['{', '}', '[', ']', ',', ':', '"', '\\', '1e400', '-0', 'null', '\uFEFF']) +
        text.slice(at)
      );
    case 4: // a huge number where a number stands
      return text.replace(/: (\d+)/, ': 1e400');
    default: // a byte-order mark in front
      return `\uFEFF${text}`;
  }
}

type Failure = { iteration: number; problem: string; text: string };

function check(text: string, iteration: number, failures: Failure[], random: Random): 'ok' | 'refused' {
  const fail = (problem: string) => failures.push({ iteration, problem, text: text.slice(0, 2000) });
  let result: ReturnType<typeof parseJourney>;
  try {
    result = parseJourney(text);
  } catch (e) {
    fail(`parseJourney threw ${String(e)}`);
    return 'refused';
  }
  if (result.ok === false) {
    if (!Array.isArray(result.errors) || result.errors.length === 0) fail('refused without errors');
    for (const e of result.errors ?? []) {
      if (typeof e.path !== 'string') fail(`error path ${String(e.path)} is not a string`);
      if (typeof e.message !== 'string' || e.message.trim() === '') fail(`error at ${e.path} has no message`);
    }
    return 'refused';
  }
  if (result.ok !== true || typeof result.journey !== 'object' || !Array.isArray(result.warnings)) {
    fail('neither {ok: true, journey, warnings} nor {ok: false, errors}');
    return 'refused';
  }
  const j = result.journey;
  try {
    analyzeJourney(j);
    analyzeJourney(j, { ignoreGapsUpToDays: random.int(40), cliffHorizonDays: random.int(400) });
    for (const s of j.scenarios ?? []) {
      const r = applyScenario(j, s.id);
      if (r.ok) analyzeJourney(r.journey);
      else if (r.errors.length === 0) fail(`scenario ${s.id} failed without errors`);
    }
  } catch (e) {
    fail(`analysis or scenario threw ${String(e)}`);
  }
  try {
    const written = serializeJourney(j);
    const again = parseJourney(written);
    if (!again.ok) fail(`the written file is refused: ${JSON.stringify(again.errors.slice(0, 3))}`);
    else if (serializeJourney(again.journey) !== written) fail('the written file reads back differently');
  } catch (e) {
    fail(`serializeJourney threw ${String(e)}`);
  }
  return 'ok';
}

describe('importer fuzzing', () => {
  const sources = exampleNames()
    .filter((n) => !n.includes('.expected'))
    .map((n) => readExample(n));

  it('finds the example files to start from', () => {
    expect(sources.length).toBeGreaterThanOrEqual(4);
  });

  // 3,000 files; 300 in a mutation run (RESAN_MUTATE=1, vitest.mutate.config.ts), where it runs once per mutant.
  const files = process.env.RESAN_MUTATE === '1' ? 300 : 3000;

  it(`survives ${files} mutated files: never throws, always a result with errors that have a path and a message`, () => {
    const random = generator(20_250_203);
    const failures: Failure[] = [];
    const outcomes = { ok: 0, refused: 0 };
    for (let i = 0; i < files; i++) {
      const tree = JSON.parse(random.pick(sources)) as Json;
      const mutations = 1 + random.int(4);
      for (let m = 0; m < mutations; m++) mutateTree(random, tree);
      let text = random.next() < 0.5 ? JSON.stringify(tree) : JSON.stringify(tree, null, 2);
      if (random.next() < 0.3) text = mutateText(random, text);
      outcomes[check(text, i, failures, random)]++;
    }
    expect(failures.slice(0, 5)).toEqual([]);
    // Both sides were exercised: some mutants are still valid files, most are refused.
    expect(outcomes.ok).toBeGreaterThan(files / 30);
    expect(outcomes.refused).toBeGreaterThan(files / 3);
  });
});
