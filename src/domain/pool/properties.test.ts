/**
 * Exact pooling (issue 27, point 3), seeded: a cohort split into 2-10 sources in any way, each
 * made into a figures file, written as JSON, read back and merged in any order, gives the
 * figures of `analyzeCohort` and `alignCohort` of all the journeys together; also when every
 * source is a förbund with only small cells (1-4 journeys).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignCohort } from '../cohort/align';
import { analyzeCohort } from '../cohort/figures';
import { generateJourney } from '../cohort/generate';
import type { Journey } from '../schema';
import { BUILT_IN_ANCHORS, countLists } from './accumulator';
import { type FiguresFile, serializeFigures } from './file';
import { checkFit, figuresFromJourneys, finishFigures } from './combine';
import { readFigures } from './read';
import { lazy } from '../testing/lazy';

const ASOF = '2026-03-02';
const SETTINGS = { seed: 2027, numRuns: 25 };
const OPTIONS = { asOf: ASOF, ignoreGapsUpToDays: 2, cliffHorizonDays: 120, from: -90, to: 200 };

/** `n` generated journeys (distinct), each given to one of `k` sources, and the order the files are merged in. */
const split = (maxPerSource: number) =>
  fc
    .record({ seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }), k: fc.integer({ min: 2, max: 10 }) })
    .chain(({ seed, k }) =>
      fc.record({
        seed: fc.constant(seed),
        k: fc.constant(k),
        owners: fc.array(fc.integer({ min: 0, max: k - 1 }), { maxLength: k * maxPerSource }),
        order: fc.shuffledSubarray([...Array(k).keys()], { minLength: k, maxLength: k }),
      }),
    )
    .filter(({ owners, k }) => [...Array(k).keys()].every((s) => owners.filter((o) => o === s).length <= maxPerSource));

function throughFiles(journeys: Journey[], owners: number[], k: number, order: number[]): FiguresFile[] {
  const files = [...Array(k).keys()].map((s) =>
    figuresFromJourneys(
      journeys.filter((_, i) => owners[i] === s),
      OPTIONS,
      { label: `Förbund ${s}`, madeAt: '2026-03-02T10:00:00Z', resanVersion: '0.1.0', filters: null },
    ),
  );
  return order.map((s) => {
    const read = readFigures(serializeFigures(files[s]));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    return read.file;
  });
}

function expectWhole(files: FiguresFile[], journeys: Journey[]): void {
  expect(checkFit(files)).toEqual({ problems: [], warnings: [] });
  const pooled = finishFigures(files);
  const whole = analyzeCohort(journeys, OPTIONS);
  expect(pooled.figures).toEqual({ ...whole, cliffs: [], upcomingMilestones: [] });
  expect(pooled.counts).toEqual(countLists(whole));
  for (const [i, anchor] of BUILT_IN_ANCHORS.entries())
    expect(pooled.alignments[i]).toEqual(alignCohort(journeys, { ...OPTIONS, anchor }));
}

describe('pooled figures are exact', () => {
  it('2-10 sources, any split and order, through JSON: the figures of the union', () => {
    fc.assert(
      fc.property(split(25), ({ seed, k, owners, order }) => {
        const journeys = owners.map((_, i) => generateJourney(i, seed, ASOF));
        expectWhole(throughFiles(journeys, owners, k, order), journeys);
      }),
      SETTINGS,
    );
  });

  it('förbund with only small cells (1-4 journeys each) merge exactly too', () => {
    fc.assert(
      fc.property(split(4), ({ seed, k, owners, order }) => {
        const journeys = owners.map((_, i) => generateJourney(i, seed, ASOF));
        expectWhole(throughFiles(journeys, owners, k, order), journeys);
      }),
      SETTINGS,
    );
  });
});

describe('files that do not fit', () => {
  // Made in the tests, not while they are collected (src/domain/testing/lazy.ts).
  const journeys = lazy(() => [0, 1, 2, 3, 4, 5].map((i) => generateJourney(i, 9, ASOF)));
  const provenance = { label: 'A', madeAt: '2026-03-02T10:00:00Z', resanVersion: '0.1.0', filters: null };
  const a = lazy(() => figuresFromJourneys(journeys().slice(0, 3), OPTIONS, provenance));
  const b = lazy(() => figuresFromJourneys(journeys().slice(3), OPTIONS, { ...provenance, label: 'B' }));

  it('finds the same file twice, and names the first copy', () => {
    expect(checkFit([a(), b(), a()]).problems).toEqual([{ code: 'sameFile', file: 2, first: 0 }]);
  });

  it('names each option that differs, and warns of different filters', () => {
    const other = figuresFromJourneys(journeys().slice(3), { ...OPTIONS, asOf: '2026-03-03', to: 100 }, provenance);
    expect(checkFit([a(), other]).problems).toEqual([
      { code: 'differentOptions', file: 1, first: 0, option: 'asOf' },
      { code: 'differentOptions', file: 1, first: 0, option: 'to' },
    ]);
    const filtered = figuresFromJourneys(journeys().slice(3), OPTIONS, {
      ...provenance,
      label: 'C',
      filters: { kind: 'sfi' },
    });
    expect(checkFit([a(), filtered])).toEqual({
      problems: [],
      warnings: [{ code: 'differentFilters', file: 1, first: 0 }],
    });
  });
});
