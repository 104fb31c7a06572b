/** English: the safeguards of issue 25 (the attack run). Same keys as safeguards.sv.ts. */
import type { safeguardsSv } from './safeguards.sv';

export const safeguardsEn: typeof safeguardsSv = {
  onlyHere_one:
    "{{count}} journey is not saved anywhere and exists only in this tab – export it as a file now ({{refs}}). Both the browser's database and the backup copy in localStorage refused to write. If you reload or close the page, the browser asks first.",
  onlyHere_other:
    "{{count}} journeys are not saved anywhere and exist only in this tab – export them as files now ({{refs}}). Both the browser's database and the backup copy in localStorage refused to write. If you reload or close the page, the browser asks first.",
  dup: {
    title: 'The participant is already there',
    text_one:
      'The library already has a journey for {{refs}} (same participant reference or id) with other content. What should happen to the journey in the file?',
    text_other:
      'The library already has journeys for {{refs}} (same participant reference or id) with other content. What should happen to the {{count}} journeys in the file?',
    keepBoth: 'Keep both (two journeys for the same participant)',
    replace: "Replace the saved one with the file's",
    openAsNew: 'Open as a new participant (new reference)',
    cancel: 'Cancel, open nothing',
  },
  csvLimit: {
    cellTooLong: 'the file is not read: the cell has more than {{cellLength}} characters',
    tooManyColumns: 'the file is not read: the row has more than {{columns}} columns',
    tooManyRows: 'the file is not read: more than {{rows}} rows',
  },
  csvPersonnummer: 'looks like a personal identity number; use a pseudonymous reference',
};
