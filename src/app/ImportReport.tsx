import { useTranslation } from 'react-i18next';
import { type AppState, selectImportReport, useStore } from '../store';
import { IssueList } from '../kit/IssueList';
import { isolate } from '../kit/isolate';

const selectSetReport = (s: AppState) => s.setImportReport;

/** What the last import said: files that could not be opened (nothing changed), and warnings. */
export function ImportReport() {
  const { t } = useTranslation();
  const report = useStore(selectImportReport);
  const setReport = useStore(selectSetReport);
  if (!report) return null;
  return (
    <div className="notices" data-testid="import-report">
      {report.failed.map((f) => (
        <section
          key={`e-${f.file}`}
          className="notice notice-error"
          role="alert"
          aria-label={t('import.failed', { file: isolate(f.file) })}
        >
          <h2>{t('import.failed', { file: isolate(f.file) })}</h2>
          <p>{t('import.failedHint')}</p>
          <IssueList issues={f.errors} file={f.file} />
        </section>
      ))}
      {report.warnings.map((w) => (
        <section
          key={`w-${w.file}`}
          className="notice notice-warning"
          role="status"
          aria-label={t('import.warnings', { file: isolate(w.file) })}
        >
          <h2>{t('import.warnings', { file: isolate(w.file) })}</h2>
          <IssueList issues={w.warnings} file={w.file} />
        </section>
      ))}
      {report.notOpened && (
        <section
          className="notice notice-warning"
          role="status"
          aria-label={t('import.notOpenedHeading')}
          data-testid="import-not-opened"
        >
          <h2>{t('import.notOpenedHeading')}</h2>
          <p>
            {t('import.notOpened', {
              first: isolate(report.notOpened.first),
              count: report.notOpened.count,
              files: report.notOpened.files.map(isolate).join(', '),
            })}
          </p>
        </section>
      )}
      <button type="button" onClick={() => setReport(null)}>
        {t('import.dismiss')}
      </button>
    </div>
  );
}
