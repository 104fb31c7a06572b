import type { a11ySv } from './a11y.sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** English: accessibility (issue 13). Same keys as a11y.sv.ts. */
export const a11yEn: Widen<typeof a11ySv> = {
  toolbar: 'Journey tools',
  findingName: '{{text}}, {{from}} – {{to}}',
  findingNameOpen: '{{text}}, from {{from}}, ongoing',
  cliffName: '{{text}} Ends {{date}}.',
  announce: {
    scenarioOn: 'The scenario {{name}} is on.',
    scenarioOff: 'The scenario {{name}} is off.',
    scenarioCreated: 'The scenario {{name}} was created. The scenario {{name}} is on.',
    scenarioDeleted: 'The scenario {{name}} was removed.',
    itemRemoved: 'Removed: {{name}}.',
    journeyCopied: 'The journey {{ref}} was copied.',
    journeyDeleted: 'The journey was deleted.',
  },
  required: {
    note: 'Fields marked * are required.',
    dateHint: 'Write the date as YYYY-MM-DD.',
  },
  // The rest of statement loads with its page (statement.en.ts).
  statement: {
    link: 'Accessibility statement',
  },
};
