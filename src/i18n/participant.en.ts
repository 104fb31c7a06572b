/** English: the participant form (newJourney.form). Same keys as participant.sv.ts. */
import type { participantSv } from './participant.sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export const participantEn: Widen<typeof participantSv> = {
  headingNew: 'New journey',
  headingEdit: 'Participant details',
  ref: 'Reference',
  refHint: 'A pseudonym, e.g. P-0042. No personal identity number.',
  name: 'Name or display name',
  birthYear: 'Birth year',
  birthYearHint: 'Four digits, {{min}}–{{max}}. Needed for the age rules (e.g. nystartsjobb).',
  asOf: 'Reference day',
  asOfToday: 'Today (follows the date)',
  asOfDate: 'A fixed date',
  asOfDay: 'Reference day (date)',
  asOfPick: 'Choose the reference day',
  closed: 'The journey is closed',
  closedDate: 'Closed on',
  closedPick: 'Choose the closing date',
  closedReason: 'Reason (e.g. got a job, moved)',
  create: 'Create the journey',
  save: 'Save',
  cancel: 'Cancel',
  errorsHeading: 'The journey cannot be saved yet',
  errorAt: '{{field}}: {{message}}',
  personnummer: 'This looks like a personal identity number. Use a pseudonymous reference instead.',
};
