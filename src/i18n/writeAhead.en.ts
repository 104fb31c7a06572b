/** English: the write-ahead copies read at start (issue 28, items 6 and 7). Same keys as writeAhead.sv.ts. */
import type { writeAheadSv } from './writeAhead.sv';

export const writeAheadEn: typeof writeAheadSv = {
  reason: {
    demoKey: "it is under the demo journey's key, which Resan never saves under; the demo is never read from storage",
  },
  backupsHeading: 'Backup copies that could not be recovered have been moved aside',
  backupItem:
    'Backup copy of an unsaved change ({{name}}): {{reason}}. It has not been saved or opened, and no saved journey has changed.',
  notMovedItem: 'Backup copy of an unsaved change ({{name}}): {{reason}}. It has not been saved or opened.',
  recoveredOtherJourney_one:
    "{{count}} backup copy was under a saved journey's key but was another journey (another id); it was saved as a new journey beside it, and the saved journey is untouched.",
  recoveredOtherJourney_other:
    "{{count}} backup copies were under saved journeys' keys but were other journeys (another id); they were saved as new journeys beside them, and the saved journeys are untouched.",
  demoShown: 'The demo journey is shown. The journeys that are not saved are marked "not saved" under Journeys.',
  loadFailed: 'The saved journeys could not all be read.',
  loadCause: 'Something went wrong while the library was read. Journeys lists those that could be read.',
};
