/** Resan's domain: the journey format, its catalogue and the analysis. Pure. */
export * from './analyze';
export * from './unrecordedEnd';
export * from './catalogue';
export * from './dates';
export {
  effectiveEnd,
  headroomMonths,
  isParallel,
  sicknessFirstDay,
  lastDayBeforeAge,
  SICKNESS_KIND,
  ruleContext,
  ruleLimit,
  ruleOf,
  type RuleContext,
  type Status,
} from './effective';
export {
  ANNANDAG_PINGST_UNTIL,
  NATIONALDAGEN_FROM,
  holidaysOfYear,
  workingDaysBetween,
  isWorkingDay,
  easterSunday,
  type HolidayName,
} from './holidays';
export type { Issue, IssueCode, IssueParams } from './issues';
export { formatPath } from './issues';
export * from './parse';
export { actorOf, resolveCatalogue, type Catalogue } from './resolve';
export * from './scenario';
export * from './schema';
export * from './edit';
export { findPersonnummer, findPersonnummerInText } from './personnummer';
export * from './scenarioTools';
export * from './compare';
export * from './cohort';
export * from './csvJourneys';
export { personnummerInCsvCells } from './csvPersonnummer';
export { CSV_LIMITS, csvLimitProblems } from './csvLimits';
export { type StrayQuote, undoStrayQuotes } from './csvQuotes';
export { type CsvRowRepeats, groupCsvProblems } from './csvRepeats';
export * from './duplicates';
export * from './parallelHint';
export * from './pool';
