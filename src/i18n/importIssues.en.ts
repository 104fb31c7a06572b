/** English: opening files and the problems a journey file can have. (Same keys in importIssues.sv.ts.) */
import { hostileIssuesEn } from './hostile.en';
import type { importSv, issueSv } from './importIssues.sv';

export const importEn: typeof importSv = {
  opened: '{{count}} journeys were opened.',
  someFailed: 'Files that could not be opened changed nothing.',
  failed: 'The file {{file}} could not be opened',
  failedHint: 'Nothing has changed. Correct the problems below and try again.',
  warnings: 'The file {{file}} was opened with remarks',
  dismiss: 'Close',
  wholeFile: 'the file',
  reading: 'Reading {{file}}…',
  notOpenedHeading: 'One journey at a time',
  notOpened_one:
    'Journeys are not kept in the browser here, so one journey opens at a time: the one from {{first}} is open. {{count}} more journey was not opened ({{files}}). Open it once you have saved this one to a file.',
  notOpened_other:
    'Journeys are not kept in the browser here, so one journey opens at a time: the one from {{first}} is open. {{count}} more journeys were not opened ({{files}}). Open them one at a time once you have saved this one to a file.',
};

export const issueEn: typeof issueSv = {
  ...hostileIssuesEn,
  tooLarge: 'the file is larger than {{max}} MB',
  notText: 'the file is not text',
  notJson: 'the file is not valid JSON ({{detail}})',
  notObject: 'the file is not a journey (expected a JSON object)',
  wrongFormat: 'this is a {{value}} file, not a {{expected}} file',
  newerVersion:
    'the file is format version {{version}}, newer than version {{supported}} that this version of Resan reads. Open it in a newer Resan.',
  badVersion: 'unknown format version',
  required: 'is required',
  wrongType: '{{value}} has the wrong type (expected {{expected}})',
  notDate: '{{value}} is not a date (YYYY-MM-DD)',
  tooSmall: '{{value}} is less than {{min}}',
  tooBig: '{{value}} is more than {{max}}',
  tooShort: 'is empty',
  tooLong: 'is longer than {{max}} characters',
  notOneOf: '{{value}} is not one of {{allowed}}',
  unknownOp: '{{value}} is not a known change (extend, shift, startAfter, add, remove)',
  duplicateId: '"{{value}}" is used twice',
  unknownKind: '"{{value}}" is not a known intervention kind',
  unknownActor: '"{{value}}" is not a known actor',
  noActor: 'is required: kind "{{kind}}" has no default actor',
  endBeforeStart: '{{value}} is before the start {{start}}',
  sickFromAfterStart:
    'the first day of sickness {{value}} is after the sickness benefit starts ({{start}}): it can only be before or on the start (the sick-pay days)',
  unknownIntervention: '"{{value}}" is not an intervention in this journey',
  ageUncertain:
    'the participant is {{ageBefore}} or {{age}} at start (only the birth year is known): the youth maximum of {{months}} months (förordningen (2018:43) on support for new start jobs) may or may not apply; Resan counts {{age}}',
  ageUncertain_untilAge:
    'the participant turns {{age}} in {{year}} and only the birth year is known: activity compensation may end as early as after {{value}} (socialförsäkringsbalken ch. 33); Resan counts 30 November {{year}} at the latest',
  kindUnavailable: 'the kind existed {{from}} – {{to}}; this one starts {{value}}',
  kindUnavailable_between: 'the kind existed {{from}} – {{to}}; this one starts {{value}} (drawn anyway)',
  kindUnavailable_until: 'no new decisions of this kind after {{to}}; this one starts {{value}} (drawn anyway)',
  kindUnavailable_from: 'the kind exists from {{from}}; this one starts {{value}} (drawn anyway)',
  badColor: '{{value}} is not a colour (#rrggbb); the app picks one',
  replacesBuiltIn: '"{{value}}" replaces the built-in one with the same id',
  openEnded: '"{{value}}" has no end and cannot be extended',
  noEnd: '"{{value}}" has no end to start after',
  outOfRange: 'moves "{{value}}" outside the calendar',
  personnummer: '{{value}} looks like a personal identity number. Use a pseudonymous reference instead.',
  notAllowed: 'is not allowed: the format has no such property',
  invalid: '{{value}} is not valid',
};
