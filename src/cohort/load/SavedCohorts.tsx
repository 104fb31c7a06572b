/** The saved cohorts: open, export in the cohort format, or remove (with its journeys only). */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serializeCohort } from '../../domain';
import { type CohortMeta, deleteCohort, listCohorts, loadCohortRecord } from '../../io/cohortStorage';
import { download } from '../../io/download';
import { cohortFileName } from '../../io/fileName';
import { formatDay, todayIso } from '../../i18n/format';
import { selectCohort, selectLanguage, useStore } from '../../store';
import { ConfirmDialog } from '../../kit/ConfirmDialog';

export function SavedCohorts({ version }: { version: number }) {
  const { t } = useTranslation();
  const language = useStore(selectLanguage);
  const current = useStore(selectCohort);
  const [list, setList] = useState<CohortMeta[] | null>(null);
  const [removing, setRemoving] = useState<CohortMeta | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  const refresh = useCallback(() => void listCohorts().then(setList, () => setList([])), []);
  useEffect(refresh, [refresh, version]);

  const open = async (meta: CohortMeta) => {
    const r = await loadCohortRecord(meta.key);
    if (!r) return refresh();
    setUnreadable(r.unreadable);
    useStore.getState().setCohort({
      key: meta.key,
      name: meta.name,
      source: { kind: 'library' },
      loadedAt: meta.loadedAt,
      journeys: r.journeys,
    });
  };
  const exportCohort = async (meta: CohortMeta) => {
    const r = await loadCohortRecord(meta.key);
    if (!r) return;
    const text = serializeCohort({ format: 'cohort', version: 1, journeys: r.journeys });
    download(text, cohortFileName(meta.name, todayIso()), 'application/json');
  };

  return (
    <section className="panel saved-cohorts" aria-labelledby="saved-cohorts-heading" data-testid="saved-cohorts">
      <h2 id="saved-cohorts-heading" tabIndex={-1}>
        {t('cohortLoad.saved.heading')}
      </h2>
      {unreadable > 0 && (
        <p className="notice notice-error">{t('cohortLoad.saved.unreadable', { count: unreadable })}</p>
      )}
      {list !== null && list.length === 0 && <p>{t('cohortLoad.saved.none')}</p>}
      <ul>
        {(list ?? []).map((c) => (
          <li key={c.key} data-cohort-key={c.key}>
            <strong>
              <bdi>{c.name}</bdi>
            </strong>{' '}
            {t('cohortLoad.saved.item', { count: c.count, date: formatDay(c.loadedAt.slice(0, 10), language) })}
            {current?.key === c.key && <em> ({t('cohortLoad.saved.current')})</em>}
            <span className="row-actions">
              <button
                type="button"
                onClick={() => void open(c)}
                aria-label={t('cohortLoad.saved.openNamed', { name: c.name })}
              >
                {t('cohortLoad.saved.open')}
              </button>
              <button
                type="button"
                onClick={() => void exportCohort(c)}
                aria-label={t('cohortLoad.saved.exportNamed', { name: c.name })}
              >
                {t('cohortLoad.saved.export')}
              </button>
              <button
                type="button"
                className="danger"
                onClick={() => setRemoving(c)}
                aria-label={t('cohortLoad.saved.removeNamed', { name: c.name })}
              >
                {t('cohortLoad.saved.remove')}
              </button>
            </span>
          </li>
        ))}
      </ul>
      {removing && (
        <ConfirmDialog
          title={t('cohortLoad.saved.removeTitle', { name: removing.name })}
          confirmLabel={t('cohortLoad.saved.remove')}
          cancelLabel={t('cohortLoad.cancel')}
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            const key = removing.key;
            setRemoving(null);
            void deleteCohort(key).then(() => {
              if (useStore.getState().cohort?.key === key) useStore.getState().setCohort(null);
              refresh();
              // Focus would fall to the page: it goes to the list's heading instead.
              document.getElementById('saved-cohorts-heading')?.focus();
            });
          }}
        >
          <p>{t('cohortLoad.saved.removeText', { count: removing.count })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
