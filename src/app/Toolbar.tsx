import { type ChangeEvent, memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addImported, importFiles } from '../io/later';
import { LibraryDialog } from '../library/LibraryDialogLater';
import { StorageModeDialog } from '../library/StorageModeDialogLater';
import { useFilesOnly } from '../store/filesOnly';
import { type AppState, selectEditMode, selectEntries, useStore } from '../store';
import { ChartExportButtons } from './ChartExportButtons';
import { ExportCsvButton, ExportJsonButton, SaveToFileButton } from '../kit/ExportButtons';
import { Menu } from '../kit/Menu';
import { PrintButton } from './print/PrintButton';
import { SaveIndicator } from '../kit/SaveIndicator';
import { useHistoryCounts } from './useUndoShortcuts';

const selectSetEditMode = (s: AppState) => s.setEditMode;
const selectSetEditTarget = (s: AppState) => s.setEditTarget;
const selectSetParticipantForm = (s: AppState) => s.setParticipantForm;
const ADD_LABELS = {
  interventions: 'addMenu.intervention',
  mandates: 'addMenu.mandate',
  events: 'addMenu.event',
  annotations: 'addMenu.annotation',
} as const;

/**
 * Files in and out, the library, undo and redo, editing, and the analysis setting. Each group
 * listens to its own part of the store: a save (the library's entries), an edit (the history)
 * or an opened file redraws its own buttons, not the whole bar with its menus (issue #11).
 */
export function Toolbar() {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const setParticipantForm = useStore(selectSetParticipantForm);
  // How many file openings have finished (data-imports): tests wait on it, as a person waits for the chart.
  const [imports, setImports] = useState(0);

  async function onFiles(e: ChangeEvent<HTMLInputElement>) {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (files.length === 0) return;
    try {
      await addImported(await importFiles(files));
    } finally {
      setImports((n) => n + 1);
    }
  }

  return (
    // A named region, not role="toolbar": its controls are each a Tab stop, as buttons are (WCAG 2.1.1, axe "region").
    <section className="toolbar" aria-label={t('a11y.toolbar')} data-testid="toolbar" data-imports={imports}>
      <div className="toolbar-group">
        <button
          type="button"
          onClick={() => setParticipantForm('new')}
          title={t('newJourney.toolbarHint')}
          data-testid="new-journey"
        >
          {t('newJourney.toolbar')}
        </button>
        <button type="button" onClick={() => inputRef.current?.click()} title={t('toolbar.openHint')}>
          {t('toolbar.open')}
        </button>
        <input
          ref={inputRef}
          type="file"
          multiple
          accept=".json,application/json"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="file-input"
          onChange={onFiles}
        />
        <LibraryButton />
      </div>
      <UndoRedo />
      <EditGroup />
      <ExportGroup />
      <SaveIndicator />
    </section>
  );
}

/**
 * "Resor (3)": the library, counted; its dialog. In files-only mode, in its place, the mode in
 * words ("Bara filer", which opens the choice of where journeys are kept) and "Spara i fil".
 */
const LibraryButton = memo(function LibraryButton() {
  const { t } = useTranslation();
  const entries = useStore(selectEntries);
  const [open, setOpen] = useState(false);
  const mode = useFilesOnly((s) => s.mode);
  if (mode === 'files')
    return (
      <>
        <button type="button" onClick={() => setOpen(true)} title={t('fileMode.labelHint')} data-testid="files-only">
          {t('fileMode.label')}
        </button>
        <SaveToFileButton />
        {open && <StorageModeDialog onClose={() => setOpen(false)} />}
      </>
    );
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="library-button">
        {t('library.button', { count: entries.length })}
      </button>
      {open && <LibraryDialog onClose={() => setOpen(false)} />}
    </>
  );
});

const UndoRedo = memo(function UndoRedo() {
  const { t } = useTranslation();
  const { past, future } = useHistoryCounts();
  return (
    <div
      className="toolbar-group"
      role="group"
      aria-label={`${t('history.undo')} / ${t('history.redo')}`}
      data-editing=""
    >
      <button
        type="button"
        onClick={() => useStore.temporal.getState().undo()}
        disabled={past === 0}
        aria-keyshortcuts="Control+Z"
      >
        ↶ {t('history.undo')}
      </button>
      <button
        type="button"
        onClick={() => useStore.temporal.getState().redo()}
        disabled={future === 0}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        ↷ {t('history.redo')}
      </button>
    </div>
  );
});

/** "Lägg till ▾" and the edit mode's switch. */
const EditGroup = memo(function EditGroup() {
  const { t } = useTranslation();
  const editMode = useStore(selectEditMode);
  const setEditMode = useStore(selectSetEditMode);
  const setEditTarget = useStore(selectSetEditTarget);
  return (
    <div className="toolbar-group" data-editing="">
      <Menu label={t('addMenu.label')}>
        {(['interventions', 'mandates', 'events', 'annotations'] as const).map((list) => (
          <button key={list} type="button" onClick={() => setEditTarget({ list })}>
            + {t(ADD_LABELS[list])}
          </button>
        ))}
      </Menu>
      <button type="button" aria-pressed={editMode} onClick={() => setEditMode(!editMode)} title={t('editModeHint')}>
        {t('editMode')}
      </button>
    </div>
  );
});

/** "Exportera ▾" and "Skriv ut…". */
const ExportGroup = memo(function ExportGroup() {
  const { t } = useTranslation();
  return (
    <div className="toolbar-group">
      <Menu label={t('exporting.label')}>
        <ExportJsonButton />
        <ExportCsvButton />
        <ChartExportButtons />
      </Menu>
      <PrintButton />
    </div>
  );
});
