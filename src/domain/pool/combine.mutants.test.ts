/**
 * Whether figures files fit together (docs/format.md, figures files; docs/pooling.md): the same
 * version, reference day, options and anchors, and no file twice (the same check, label and
 * time made). A merge needs at least one file.
 */
import { describe, expect, it } from 'vitest';
import { generateCohort } from '../cohort/generate';
import { lazy } from '../testing/lazy';
import type { PoolOptions } from './accumulator';
import { checkFit, figuresFromJourneys, mergeFiguresStates } from './combine';
import type { FiguresFile } from './file';

const ASOF = '2026-03-02';
const PROVENANCE = { label: 'Förbund A', madeAt: '2026-03-02T10:00:00Z', resanVersion: '0.1.0', filters: null };
const file = lazy(() => figuresFromJourneys(generateCohort(20, 3, ASOF), { asOf: ASOF }, PROVENANCE));
/** The file with other options (and so another check). */
const withOptions = (o: Partial<FiguresFile['options']>): FiguresFile => ({
  ...file(),
  options: { ...file().options, ...o },
  check: '00000000000000',
});
const withProvenance = (p: Partial<FiguresFile['provenance']>): FiguresFile => ({
  ...file(),
  provenance: { ...file().provenance, ...p },
});

describe('checkFit', () => {
  it('finds nothing in one file, or in files that fit', () => {
    expect(checkFit([file()])).toEqual({ problems: [], warnings: [] });
    const other = withProvenance({ label: 'Förbund B' });
    expect(checkFit([file(), other])).toEqual({ problems: [], warnings: [] });
  });

  it('names each option a file does not share with the first', () => {
    const changes: [keyof PoolOptions, Partial<FiguresFile['options']>][] = [
      ['asOf', { asOf: '2026-03-01' }],
      ['ignoreGapsUpToDays', { ignoreGapsUpToDays: 7 }],
      ['cliffHorizonDays', { cliffHorizonDays: 30 }],
      ['from', { from: -90 }],
      ['to', { to: 180 }],
      ['anchors', { anchors: ['forstegEnd'] }],
    ];
    for (const [option, change] of changes)
      expect(checkFit([file(), withOptions(change)]).problems).toEqual([
        { code: 'differentOptions', file: 1, first: 0, option },
      ]);
  });

  it('finds the same file twice only with the same check, label and time made', () => {
    expect(checkFit([file(), file()]).problems).toEqual([{ code: 'sameFile', file: 1, first: 0 }]);
    expect(checkFit([file(), withProvenance({ madeAt: '2026-03-02T11:00:00Z' })]).problems).toEqual([]);
    expect(checkFit([file(), withProvenance({ label: 'Förbund B' })]).problems).toEqual([]);
    expect(checkFit([file(), { ...file(), check: '00000000000000' }]).problems).toEqual([]);
  });

  it('warns when the filters differ', () => {
    expect(checkFit([file(), withProvenance({ filters: { actor: 'AF' } })]).warnings).toEqual([
      { code: 'differentFilters', file: 1, first: 0 },
    ]);
  });
});

describe('mergeFiguresStates', () => {
  it('refuses to merge no files', () => {
    expect(() => mergeFiguresStates([])).toThrow(new RangeError('no figures files to merge'));
  });
});
