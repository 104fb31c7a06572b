import { type ChangeEvent, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { readJourneyFile } from '../io/importFile';
import { type AppState, selectCohort, selectIgnoreGaps, useStore } from '../store';
import { MAX_IGNORED_GAP_DAYS } from '../store/viewSlice';

const selectActions = (s: AppState) => s;

/** Open a file, go back to the demo, and the analysis settings. */
export function Toolbar() {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const ignoreId = useId();
  const cohortId = useId();
  const ignore = useStore(selectIgnoreGaps);
  const cohort = useStore(selectCohort);
  const store = useStore(selectActions);

  async function onFile(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = await readJourneyFile(file);
    if (!result.ok) store.reportImportErrors(file.name, result.errors);
    else if (result.kind === 'cohort') store.openCohort(result.cohort, file.name, result.warnings);
    else store.openJourney(result.journey, { kind: 'file', name: file.name }, result.warnings);
  }

  return (
    <div className="toolbar" role="toolbar" aria-label={t('app.title')}>
      <button type="button" onClick={() => inputRef.current?.click()} title={t('toolbar.openHint')}>
        {t('toolbar.open')}
      </button>
      <input
        ref={inputRef}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="file-input"
        onChange={onFile}
      />
      <button type="button" onClick={store.openDemo}>
        {t('toolbar.demo')}
      </button>
      {cohort && (
        <label htmlFor={cohortId} className="field">
          {t('toolbar.cohortJourney')}
          <select
            id={cohortId}
            value={cohort.index}
            onChange={(e) => store.chooseCohortJourney(Number(e.target.value))}
          >
            {cohort.journeys.map((j, i) => (
              <option key={`${j.id}-${i}`} value={i}>
                {j.participant.ref}
              </option>
            ))}
          </select>
        </label>
      )}
      <label htmlFor={ignoreId} className="field">
        {t('toolbar.ignoreGapsLabel')}
        <input
          id={ignoreId}
          type="number"
          min={0}
          max={MAX_IGNORED_GAP_DAYS}
          step={1}
          inputMode="numeric"
          value={ignore}
          onChange={(e) => store.setIgnoreGapsUpToDays(e.target.valueAsNumber)}
        />
      </label>
    </div>
  );
}
