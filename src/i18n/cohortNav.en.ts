/** English: the cohort messages the first screen shows. Same keys as cohortNav.sv.ts. */
import type { cohortNavSv } from './cohortNav.sv';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export const cohortNavEn: Shape<typeof cohortNavSv> = {
  nav: { label: 'View', journey: 'Journey', cohort: 'Cohort' },
  back: 'Back to the cohort',
  openedFrom:
    'Opened from the cohort {{name}}. The journey is not saved under Journeys; if you change something, you choose whether a copy is saved there.',
};
