/** English: the "files only" messages loaded later (loadMessages('fileMode')). Same keys as fileModeMore.sv.ts. */
import type { fileModeMoreSv } from './fileModeMore.sv';

export const fileModeMoreEn: typeof fileModeMoreSv = {
  diskNotice:
    'This page is a file opened from the disk. The browser then shares its storage with every other HTML file opened from the disk, and they can read what is stored there. So Resan keeps journeys only in files here: open them with Open file… and save them with Save to file.',
  diskNoticeBrowser:
    'This page is a file opened from the disk. The browser then shares its storage with every other HTML file opened from the disk, and they can read what is stored there. You have chosen to keep journeys in the browser anyway (change it under Journeys).',
  settings: {
    open: 'Where journeys are kept…',
    heading: 'Where journeys are kept',
    nowBrowser: 'Journeys are now kept in this browser.',
    nowFiles: 'Journeys are now kept only in files.',
    browser: 'In the browser: saved automatically under Journeys',
    files: 'Only in files: you open and save the files yourself, nothing of the journeys is kept in the browser',
    toFiles: 'Journeys already saved in the browser stay there until you delete them under Journeys.',
    toBrowserFromDisk:
      'Note: this page is a file from the disk. Journeys kept in the browser can then be read by every other HTML file opened from the disk in the same browser.',
    unsaved:
      'The journey on screen is not saved in a file and does not come along. Save it to a file first to keep it.',
    restart: 'Resan starts again in the chosen mode.',
    apply: 'Switch and start again',
    applyAnyway: 'Keep in the browser anyway',
    cancel: 'Cancel',
  },
  cohortNotSaved: 'Files only: the cohort is not saved in the browser. It stays on screen until the page is reloaded.',
};
