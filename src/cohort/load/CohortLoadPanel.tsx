/**
 * Loading a cohort: files (journeys, cohorts, CSV), a folder, or a CSV template to fill in;
 * a progress bar with cancel while a worker reads; one question about duplicates; then what
 * came of it, with every file and row that could not be read.
 */
import { type ChangeEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { csvTemplateRows } from '../../domain';
import { safeCsv } from '../../io/csv';
import { download } from '../../io/download';
import { takeDroppedFiles } from '../../kit/dropTarget';
import { DuplicateDialog } from './DuplicateDialog';
import { LoadProblems } from './LoadProblems';
import { LoadStatus } from './LoadStatus';
import type { useCohortLoad } from './useCohortLoad';

const ACCEPT = '.json,.csv,application/json,text/csv';
const READABLE = /\.(json|csv)$/i;

export function CohortLoadPanel({ loader }: { loader: ReturnType<typeof useCohortLoad> }) {
  const { t } = useTranslation();
  const filesRef = useRef<HTMLInputElement>(null);
  const folderRef = useRef<HTMLInputElement>(null);
  const { phase } = loader;
  // A folder picker is an attribute React does not know: set it on the element itself.
  useEffect(() => {
    folderRef.current?.setAttribute('webkitdirectory', '');
  }, []);
  // Files dropped on the page while the Kohort view is shown come here.
  const { load } = loader;
  useEffect(() => takeDroppedFiles((files) => void load(files.filter((f) => READABLE.test(f.name)))), [load]);
  const take = (e: ChangeEvent<HTMLInputElement>, onlyReadable: boolean) => {
    const files = [...(e.target.files ?? [])].filter((f) => !onlyReadable || READABLE.test(f.name));
    e.target.value = '';
    void loader.load(files);
  };
  const busy = phase.name === 'reading' || phase.name === 'saving' || phase.name === 'asking';
  const [header, ...rows] = csvTemplateRows();
  return (
    <section className="panel cohort-load" aria-labelledby="cohort-load-heading" data-testid="cohort-load">
      <h2 id="cohort-load-heading">{t('cohortLoad.heading')}</h2>
      <div className="cohort-load-actions">
        <button
          type="button"
          onClick={() => filesRef.current?.click()}
          disabled={busy}
          title={t('cohortLoad.filesHint')}
        >
          {t('cohortLoad.files')}
        </button>
        <button type="button" onClick={() => folderRef.current?.click()} disabled={busy}>
          {t('cohortLoad.folder')}
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              `\uFEFF${safeCsv(rows, header, { delimiter: ';' })}`,
              'resan-kohort-mall.csv',
              'text/csv;charset=utf-8',
            )
          }
        >
          {t('cohortLoad.template')}
        </button>
        <input
          ref={filesRef}
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="cohort-file-input"
          onChange={(e) => take(e, false)}
        />
        <input
          ref={folderRef}
          type="file"
          multiple
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          data-testid="cohort-folder-input"
          onChange={(e) => take(e, true)}
        />
      </div>
      <p className="hint">{t('cohortLoad.columnsHint')}</p>
      <LoadStatus phase={phase} onCancel={loader.cancel} onRetry={loader.retry} />
      {(phase.name === 'done' || phase.name === 'failed') && phase.plan && (
        <LoadProblems reports={phase.plan.reports} />
      )}
      {phase.name === 'asking' && <DuplicateDialog count={phase.plan.duplicates.length} onChoose={loader.choose} />}
    </section>
  );
}
