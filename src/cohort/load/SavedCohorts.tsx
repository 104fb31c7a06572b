/**
 * The saved cohorts: open, export in the cohort format, or remove (with its journeys only).
 * The list stays in step with other tabs, a database deleted under the page is said, and a
 * button whose cohort is gone says so (issue 28, items 10 and 11).
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { serializeCohort } from '../../domain';
import { cohortsLost, onCohortsLostChange, onOtherTabChange } from '../../io/cohortEvents';
import {
  type CohortMeta,
  type LoadedCohortRecord,
  deleteCohort,
  listCohorts,
  loadCohortRecord,
  saveCohort,
} from '../../io/cohortStorage';
import { download } from '../../io/download';
import { cohortFileName } from '../../io/fileName';
import { formatDay, todayIso } from '../../i18n/format';
import { selectCohort, selectLanguage, useStore } from '../../store';
import { ConfirmDialog } from '../../kit/ConfirmDialog';
import { CohortGone } from './CohortGone';

const focusHeading = () => document.getElementById('saved-cohorts-heading')?.focus();

export function SavedCohorts({ version }: { version: number }) {
  const { t } = useTranslation();
  const language = useStore(selectLanguage);
  const current = useStore(selectCohort);
  const [list, setList] = useState<CohortMeta[] | null>(null);
  const [removing, setRemoving] = useState<CohortMeta | null>(null);
  const [unreadable, setUnreadable] = useState(0);
  /** What the last button pressed came to, when it did not do what it says. */
  const [said, setSaid] = useState<{ text: string; error: boolean } | null>(null);
  /** The key of the cohort on screen when another tab removed it. */
  const [removed, setRemoved] = useState<string | null>(null);
  const [lostSeen, setLostSeen] = useState(false);
  const lost = useSyncExternalStore(onCohortsLostChange, cohortsLost);
  const known = useRef(new Map<string, CohortMeta>());
  const show = useCallback((all: CohortMeta[]) => {
    all.forEach((c) => known.current.set(c.key, c));
    setList(all);
  }, []);
  const refresh = useCallback(() => void listCohorts().then(show, () => setList([])), [show]);
  useEffect(refresh, [refresh, version]);
  // Gone under the page: the list shows none (what it listed is not there any more), and each
  // loss is said anew, even after an earlier one was dismissed. Later reads show what is there.
  useEffect(
    () =>
      onCohortsLostChange(() => {
        setLostSeen(false);
        if (cohortsLost()) setList([]);
        else refresh();
      }),
    [refresh],
  );
  // The cohort on screen saved again (here or in another tab): the loss no longer concerns it.
  const shownIsSaved = current?.key != null && (list ?? []).some((c) => c.key === current.key);
  // Another tab saved or removed a cohort: the list follows; the cohort on screen stays.
  useEffect(
    () =>
      onOtherTabChange((change) => {
        refresh();
        if (change.type === 'removed' && useStore.getState().cohort?.key === change.key) setRemoved(change.key);
        if (change.type === 'saved') setRemoved((k) => (k === change.key ? null : k));
      }),
    [refresh],
  );

  /** Reads a saved cohort for a button; says so when it is gone or cannot be read (never silence). */
  const read = async (meta: CohortMeta): Promise<LoadedCohortRecord | null> => {
    setSaid(null);
    let r: LoadedCohortRecord | null;
    try {
      r = await loadCohortRecord(meta.key);
    } catch (e) {
      setSaid({ text: t('cohortTabs.readFailed', { name: meta.name, message: String(e) }), error: true });
      return null;
    }
    if (r) return r;
    setSaid({ text: t('cohortTabs.missing', { name: meta.name }), error: true });
    refresh();
    // The button pressed leaves the list with its cohort: focus goes to the list's heading.
    focusHeading();
    return null;
  };
  const resave = async () => {
    const c = useStore.getState().cohort;
    if (!c || c.key === null || c.source.kind === 'demo') return;
    const sources = known.current.get(c.key)?.sources ?? (c.source.kind === 'files' ? c.source.names : []);
    const r = await saveCohort({ key: c.key, name: c.name, sources, loadedAt: c.loadedAt }, c.journeys);
    if (r.ok) {
      setRemoved(null);
      refresh();
      setSaid({ text: t('cohortTabs.resaved', { name: c.name }), error: false });
      focusHeading();
    } else
      setSaid({
        text: r.reason === 'quota' ? t('cohortTabs.resaveQuota') : t('cohortTabs.resaveError', { message: r.message }),
        error: true,
      });
  };

  const open = async (meta: CohortMeta) => {
    const r = await read(meta);
    if (!r) return;
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
    const r = await read(meta);
    if (!r) return;
    const text = serializeCohort({ format: 'cohort', version: 1, journeys: r.journeys });
    download(text, cohortFileName(meta.name, todayIso()), 'application/json');
  };

  return (
    <section className="panel saved-cohorts" aria-labelledby="saved-cohorts-heading" data-testid="saved-cohorts">
      <h2 id="saved-cohorts-heading" tabIndex={-1}>
        {t('cohortLoad.saved.heading')}
      </h2>
      {lost && !lostSeen && !shownIsSaved && (
        <CohortGone why="lost" onResave={() => void resave()} onDismiss={() => setLostSeen(true)} />
      )}
      {!lost && removed !== null && current?.key === removed && (
        <CohortGone why="removed" onResave={() => void resave()} onDismiss={() => setRemoved(null)} />
      )}
      <p
        role="status"
        className={said?.error ? 'notice notice-error' : said ? 'notice' : 'visually-hidden'}
        data-testid="saved-cohorts-said"
      >
        {said?.text}
      </p>
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
              focusHeading();
            });
          }}
        >
          <p>{t('cohortLoad.saved.removeText', { count: removing.count })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
