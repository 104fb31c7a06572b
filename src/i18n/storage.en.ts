import type { storageSv } from './storage.sv';
import type { storageRemoveSv } from './storageRemove.sv';

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** English: saving and what happens when it fails. Same keys as storage.sv.ts. */
export const storageEn: Widen<typeof storageSv & typeof storageRemoveSv> = {
  reason: {
    newerVersion: 'saved by a newer version of Resan',
    invalidJourney: 'the content cannot be read as a journey',
    damagedRecord: 'the record is damaged',
  },
  failed: {
    save: 'The journey could not be saved.',
    import: 'The imported journeys could not be saved.',
    rename: 'The new name could not be saved.',
    delete: 'The journey could not be deleted from the browser; it is still there.',
    copy: 'The copy could not be saved.',
  },
  cause: {
    quota: 'The browser’s storage is full. Export as a file, or delete old journeys and try again.',
    error: 'The browser could not write to its storage.',
    closed: 'The connection to the browser’s storage was lost.',
    exists: 'A journey with the same key already exists.',
  },
  technical: 'Technical detail: {{message}}',
  pending_one: '{{count}} journey is not saved and exists only in this tab: {{refs}}.',
  pending_other: '{{count}} journeys are not saved and exist only in this tab: {{refs}}.',
  openShown: 'The journey on screen is as you left it; export it as a file to be safe.',
  retry: 'Try saving again',
  invalid:
    'The journey was not saved because Resan itself does not accept it. The last saved version is untouched. Undo the change or fix this:',
  unreadable:
    'The saved copy of {{ref}} cannot be read ({{reason}}). Nothing has been written over it, and your changes here are not saved.',
  saveOverUnreadable: 'Save my version and keep the saved one as a backup',
  lostHeading: 'The saved data has been deleted',
  lostText:
    'The browser’s storage for Resan was deleted while the page was open (in another tab, or when site data was cleared). The journey on screen is still here but is not saved.',
  resave: 'Save the journey on screen again',
  notMovedHeading: 'Saved data that cannot be read is still in place',
  notMovedText:
    'It could not be moved to the backups (the storage refused to write). It is left untouched and nothing is written over it. Free some space and reload the page.',
  notMovedItem: '{{key}} ({{reason}})',
  recovered_one: '{{count}} change that was not yet saved when the page was closed or reloaded has now been saved.',
  recovered_other:
    '{{count}} changes that were not yet saved when the page was closed or reloaded have now been saved.',
  recoveredAsCopy: 'The saved journey had changed meanwhile, so the change was saved as a new journey beside it.',
  importInterrupted_one:
    'The import from {{files}} was interrupted by a reload before it was saved. The journey was not saved; open the file again.',
  importInterrupted_other:
    'The import of {{count}} journeys from {{files}} was interrupted by a reload before it was saved. None of them was saved; open the file again.',
  importSaving: 'Saving {{count}} imported journeys…',
  importSummarising: 'Computing key figures: {{done}} of {{total}} journeys',
  importSkipped_one: '{{count}} journey was already saved, exactly the same, and was not imported again.',
  importSkipped_other: '{{count}} journeys were already saved, exactly the same, and were not imported again.',
  importKeptBoth_one: '{{count}} journey has the same id or reference as a saved one but other content; both are kept.',
  importKeptBoth_other:
    '{{count}} journeys have the same id or reference as saved ones but other content; both are kept.',
  unsavedTag: 'not saved',
  dismiss: 'I understand',
  removeHeading: 'The intervention is used in scenarios',
  removeText: 'Scenarios name the intervention {{name}}. If you remove it:',
  removeChanges_one: '“{{scenario}}”: {{count}} change about the intervention is removed from the scenario.',
  removeChanges_other: '“{{scenario}}”: {{count}} changes about the intervention are removed from the scenario.',
  removeScenario: '“{{scenario}}”: becomes empty and is removed.',
  removeConfirm: 'Remove the intervention and update the scenarios',
  removeCancel: 'Cancel',
};
