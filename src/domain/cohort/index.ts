/** Cohort figures and alignment (docs/format.md, "Cohort figures"), their accumulators and the small-cell rule. */
export * from './types';
export type { Accumulator } from './accumulator';
export { analyzeCohort, cohortAccumulator, figureBases, type CohortAccumulator, type CohortState } from './figures';
export { alignCohort, alignAccumulator, type AlignAccumulator, type AlignState } from './align';
export { WAIT_BINS } from './waits';
export {
  FEW,
  HIDDEN,
  SMALL_CELL,
  suppressCount,
  suppressFigure,
  suppressView,
  type Shown,
  type Suppressed,
  type View,
  type ViewCell,
} from './suppress';
export { hiddenBounds, type Bounds, type Line } from './disclosure';
export { survivalBands, type SurvivalBand } from './survival';
export { journeySpan, mergeSpans, type Span } from './span';
export * from './views';
export { generateCohort, generateJourney } from './generate';
