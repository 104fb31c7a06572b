import { useTranslation } from 'react-i18next';
import { loadMessages } from '../i18n';
import { todayIso } from '../i18n/format';
import { download } from '../io/download';
import { saveToFile } from '../io/filesOnly';
import { findingsCsv, findingsFileName, journeyFileName, journeyJson } from '../io/later';
import { selectJourney, selectJourneyKey, useStore } from '../store';
import { useAnalysis } from './useAnalysis';
import { useLabels } from './useLabels';

/** Export asks first while something in the journey looks like a personnummer. */
export function useConfirmPersonnummer() {
  const { t } = useTranslation();
  const journey = useStore(selectJourney);
  // The guard's code loads on first use (it is not part of the first screen).
  return async () => {
    const { findPersonnummer } = await import('../domain/personnummer');
    const hit = findPersonnummer(journey)[0];
    if (!hit) return true;
    await loadMessages('exportSafety');
    return window.confirm(t('cohort.exportSafety.pnrConfirm', { value: hit.params?.value, path: hit.path }));
  };
}

export function ExportJsonButton() {
  const { t } = useTranslation();
  const journey = useStore(selectJourney);
  const confirm = useConfirmPersonnummer();
  return (
    <button
      type="button"
      onClick={async () => {
        if (!(await confirm())) return;
        // The export code (and the journey's serialiser) loads on first use.
        void Promise.all([journeyJson(journey), journeyFileName(journey, todayIso())]).then(([json, name]) =>
          download(json, name, 'application/json'),
        );
      }}
    >
      {t('exporting.json')}
    </button>
  );
}

/** "Spara i fil" (files-only mode): the journey as a .json download, then shown as saved to a file. */
export function SaveToFileButton() {
  const { t } = useTranslation();
  const journey = useStore(selectJourney);
  const journeyKey = useStore(selectJourneyKey);
  const confirm = useConfirmPersonnummer();
  return (
    <button
      type="button"
      title={t('fileMode.saveHint')}
      data-testid="save-to-file"
      onClick={async () => {
        if (!(await confirm())) return;
        const [json, name] = await Promise.all([journeyJson(journey), journeyFileName(journey, todayIso())]);
        await saveToFile(journey, journeyKey, json, name);
      }}
    >
      {t('fileMode.save')}
    </button>
  );
}

export function ExportCsvButton() {
  const { t } = useTranslation();
  const journey = useStore(selectJourney);
  const { analysis } = useAnalysis();
  const labels = useLabels();
  const confirm = useConfirmPersonnummer();
  return (
    <button
      type="button"
      onClick={async () => {
        if (!(await confirm())) return;
        const csv = findingsCsv(analysis, {
          headers: t('exporting.csvHeaders').split(','),
          kind: {
            gap: t('exporting.kindGap'),
            wait: t('exporting.kindWait'),
            greyzone: t('exporting.kindGreyzone'),
            cliff: t('exporting.kindCliff'),
          },
          milestone: (day) => t('law.milestone.csvKind', { day }),
          name: labels.intervention,
          actor: labels.actor,
          note: (code, months) => t(`room.csvNote.${code}`, { count: months ?? 0 }),
        });
        // A byte-order mark so that spreadsheet programs read å, ä and ö right.
        void Promise.all([csv, findingsFileName(journey, todayIso())]).then(([text, name]) =>
          download(`\uFEFF${text}`, name, 'text/csv;charset=utf-8'),
        );
      }}
    >
      {t('exporting.csv')}
    </button>
  );
}
