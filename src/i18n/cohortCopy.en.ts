/** English: a journey opened from the cohort and then edited. Same keys as cohortCopy.sv.ts. */
import type { cohortCopySv } from './cohortCopy.sv';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const cohortCopyEn: Shape<typeof cohortCopySv> = {
  question: 'Save a copy under Journeys?',
  text: 'This journey comes from the cohort {{name}} and is not saved by itself. Save a copy with your change under Journeys, or change it here only: then nothing is saved, and the changes last until you open a journey again or reload the page.',
  save: 'Save a copy under Journeys',
  onlyHere: 'Change it here only',
  notSaved: 'The changes are here only and are not saved.',
  saved: 'A copy of the journey is saved under Journeys.',
};
