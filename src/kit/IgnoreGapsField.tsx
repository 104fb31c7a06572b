import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type AppState, selectIgnoreGaps, useStore } from '../store';
import { MAX_IGNORED_GAP_DAYS } from '../store/viewSlice';

const selectSetIgnore = (s: AppState) => s.setIgnoreGapsUpToDays;

/** "Bortse från glapp på högst N dagar": feeds ignoreGapsUpToDays to the analysis. */
export function IgnoreGapsField() {
  const { t } = useTranslation();
  const id = useId();
  const ignore = useStore(selectIgnoreGaps);
  const setIgnore = useStore(selectSetIgnore);
  return (
    <label htmlFor={id} className="field">
      {t('toolbar.ignoreGapsLabel')}
      <input
        id={id}
        type="number"
        min={0}
        max={MAX_IGNORED_GAP_DAYS}
        step={1}
        inputMode="numeric"
        value={ignore}
        onChange={(e) => setIgnore(e.target.valueAsNumber)}
      />
    </label>
  );
}
