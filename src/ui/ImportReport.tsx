import { useTranslation } from 'react-i18next';
import { selectImportReport, useStore } from '../store';
import { IssueList } from './IssueList';

const selectDismiss = (s: { dismissImportReport: () => void }) => s.dismissImportReport;

/** What the last import said: its errors (nothing changed) or its warnings. */
export function ImportReport() {
  const { t } = useTranslation();
  const report = useStore(selectImportReport);
  const dismiss = useStore(selectDismiss);
  if (!report) return null;
  const isError = report.kind === 'errors';
  return (
    <section
      className={isError ? 'notice notice-error' : 'notice notice-warning'}
      role={isError ? 'alert' : 'status'}
      aria-labelledby="import-report-heading"
      data-testid="import-report"
    >
      <h2 id="import-report-heading">
        {isError ? t('import.failed', { file: report.file }) : t('import.warnings', { file: report.file })}
      </h2>
      {isError && <p>{t('import.failedHint')}</p>}
      <IssueList issues={isError ? report.errors : report.warnings} />
      <button type="button" onClick={dismiss}>
        {t('import.dismiss')}
      </button>
    </section>
  );
}
