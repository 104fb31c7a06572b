/** English: the "files only" mode (issue 25, item 13). Same keys as fileMode.sv.ts. */
import type { fileModeSv } from './fileMode.sv';

export const fileModeEn: typeof fileModeSv = {
  label: 'Files only',
  labelHint:
    'Journeys are kept only in files, nothing of them in the browser. Click to change where journeys are kept.',
  save: 'Save to file',
  saveHint: 'Downloads the journey as a .json file. Open it again with Open file…',
  notSaved: 'Not saved',
  savedToFile: 'Saved to file {{time}}',
};
