/**
 * Several figures files together: whether they fit (same version, reference day, options and
 * anchors; no file twice), their merge, and the merged figures. Also the one call that makes
 * a figures file from journeys.
 */
import type { Journey } from '../schema';
import { type PoolOptions, type PoolState, type PooledFigures, poolAccumulator } from './accumulator';
import { type FiguresFile, type ProvenanceInput, toFiguresFile, toPoolState } from './file';

/** A figures file from the journeys of one cohort (distinct journeys: the caller removes duplicates). */
export function figuresFromJourneys(
  journeys: Iterable<Journey>,
  options: Partial<PoolOptions> & { asOf: string },
  provenance: ProvenanceInput,
): FiguresFile {
  const acc = poolAccumulator(options);
  const state = acc.empty();
  let index = 0;
  // Stryker disable next-line UpdateOperator: equivalent: no accumulator of the pool reads the index (it orders lists the pool does not keep)
  for (const journey of journeys) acc.addJourney(state, journey, index++);
  return toFiguresFile(state, acc.options, provenance);
}

export type FitProblem =
  | { code: 'differentOptions'; file: number; first: number; option: keyof PoolOptions }
  | { code: 'sameFile'; file: number; first: number };
export type FitWarning = { code: 'differentFilters'; file: number; first: number };

const sameOption = (a: PoolOptions, b: PoolOptions, k: keyof PoolOptions) =>
  JSON.stringify(a[k]) === JSON.stringify(b[k]);

/**
 * Whether read files fit together, each compared with the first (all are version 1, or
 * reading refused them). The same file twice is the same `check` with the same label and
 * time made; every later copy is named with the first.
 */
export function checkFit(files: readonly FiguresFile[]): { problems: FitProblem[]; warnings: FitWarning[] } {
  const problems: FitProblem[] = [];
  const warnings: FitWarning[] = [];
  const first = files[0];
  const optionKeys: readonly (keyof PoolOptions)[] = [
    'asOf',
    'ignoreGapsUpToDays',
    'cliffHorizonDays',
    'from',
    'to',
    'anchors',
  ];
  // The first file is compared with itself: no copy before it, the same options and filters.
  files.forEach((f, i) => {
    const copy = files.findIndex(
      (g) =>
        g.check === f.check && g.provenance.label === f.provenance.label && g.provenance.madeAt === f.provenance.madeAt,
    );
    if (copy < i) problems.push({ code: 'sameFile', file: i, first: copy });
    for (const k of optionKeys)
      if (!sameOption(first.options, f.options, k))
        problems.push({ code: 'differentOptions', file: i, first: 0, option: k });
    if (JSON.stringify(first.provenance.filters) !== JSON.stringify(f.provenance.filters))
      warnings.push({ code: 'differentFilters', file: i, first: 0 });
  });
  return { problems, warnings };
}

/** The merged state of files that fit (throws on files that do not: call `checkFit` first). */
export function mergeFiguresStates(files: readonly FiguresFile[]): PoolState {
  if (files.length === 0) throw new RangeError('no figures files to merge');
  const acc = poolAccumulator(files[0].options);
  return files.map(toPoolState).reduce((a, b) => acc.merge(a, b), acc.empty());
}

/** The sources a merge of these files lists: each file's own sources if it is a merge, else the file itself. */
export const sourcesOf = (files: readonly FiguresFile[]) =>
  files.flatMap((f) => f.provenance.sources ?? [{ label: f.provenance.label, journeys: f.provenance.journeys }]);

/** The merged figures file of files that fit, with the given provenance; it lists its sources (version 2). */
export function mergeFigures(files: readonly FiguresFile[], provenance: Omit<ProvenanceInput, 'sources'>): FiguresFile {
  return toFiguresFile(mergeFiguresStates(files), files[0].options, { ...provenance, sources: sourcesOf(files) });
}

/** The figures of files that fit, merged and finished. */
export function finishFigures(files: readonly FiguresFile[]): PooledFigures {
  return poolAccumulator(files[0].options).finish(mergeFiguresStates(files));
}
