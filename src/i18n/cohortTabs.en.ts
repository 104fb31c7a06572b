/** English: the saved cohorts across tabs and a database deleted under the app (issue 28, items 10 and 11). */
import type { cohortTabsSv } from './cohortTabs.sv';

export const cohortTabsEn: typeof cohortTabsSv = {
  lostHeading: 'The saved cohorts have been deleted',
  lostText:
    "The browser's storage for the cohorts was deleted while the page was open (in another tab, or when site data was cleared). No cohorts are saved any more.",
  lostShown: 'The cohort {{name}} is still shown here but is no longer saved.',
  lostDemo: 'The demo cohort shown is not affected; it is never saved.',
  removedHeading: 'The cohort shown has been removed in another tab',
  removedText: 'The cohort {{name}} was removed in another tab. It is still shown here but is no longer saved.',
  resave: 'Save the cohort on screen again',
  exportShown: 'Export the cohort on screen as a file',
  dismiss: 'I understand',
  resaved: 'The cohort {{name}} is saved again.',
  resaveQuota: 'There is no room to save the cohort in the browser. It is still shown; export it as a file.',
  resaveError: 'The cohort could not be saved ({{message}}). It is still shown; export it as a file.',
  missing:
    'The cohort {{name}} is no longer saved in the browser (it may have been removed in another tab or when site data was cleared). The list now shows what is saved.',
  readFailed: 'The cohort {{name}} could not be read ({{message}}).',
};
