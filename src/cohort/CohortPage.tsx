/**
 * The Kohort view: a coordinator's cohort on one screen. Figures and charts of the selected
 * journeys, drill-down to a journey, exports and the Lex Heller draft. Kept mounted (hidden)
 * while a journey is looked at, so that everything is as it was on the way back.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generateCohort } from '../domain';
import { todayIso } from '../i18n/format';
import { loadCohortRecord } from '../io/cohortStorage';
import { download } from '../io/download';
import { safeFileName } from '../io/fileName';
import { lastCohortKey } from '../io/settings';
import { type AppState, selectCohort, selectLanguage, useStore } from '../store';
import { Chronogram } from './Chronogram';
import { cohortCsv } from './cohortCsv';
import { type ExportMeta, describeFilter, describeSmall } from './describe';
import { type DrillRow, type DrillTarget, drillRows } from './drill';
import { DrillList } from './DrillList';
import { NO_FILTER, filterJourneys } from './filter';
import { Filters } from './Filters';
import { HandoverMatrix } from './HandoverMatrix';
import { HistogramChart } from './HistogramChart';
import { CohortSources } from './load/CohortSources';
import { openFromCohort } from './navigation';
import { overview } from './overview';
import { Overview } from './Overview';
import { ReportDraft } from './ReportDraft';
import type { SequenceSort } from './sequenceLayout';
import { SequencePlot } from './SequencePlot';
import { SmallCells } from './SmallCells';
import { SurvivalChart } from './SurvivalChart';
import { AnchorControls, type AnchorChoice, anchorOf } from './AnchorControls';
import { useCohortData } from './useCohortData';
import { useFilterChoices } from './useFilterChoices';
import { ExportFigures } from './pool/ExportFigures';
import PoolPage from './pool/PoolPage';
import { cohortWords } from './words';
import './cohort.css';

export const DEMO_SEED = 2026;
export const DEMO_SIZE = 500;
const selectSetCohort = (s: AppState) => s.setCohort;

export default function CohortPage() {
  const { i18n } = useTranslation();
  const language = useStore(selectLanguage);
  const cohort = useStore(selectCohort);
  const setCohort = useStore(selectSetCohort);
  // One reference day for every journey of the cohort: today (fixed while the page is open).
  const [asOf] = useState(() => todayIso());

  useEffect(() => {
    if (cohort) return;
    let cancelled = false;
    const demo = () =>
      !cancelled &&
      setCohort({
        key: null,
        name: '',
        source: { kind: 'demo', seed: DEMO_SEED },
        loadedAt: new Date().toISOString(),
        journeys: generateCohort(DEMO_SIZE, DEMO_SEED, asOf),
      });
    // After a reload: the saved cohort that was open last, if it is still there; else the demo.
    const key = lastCohortKey();
    if (key === null) demo();
    else
      loadCohortRecord(key).then((r) => {
        if (cancelled) return;
        if (!r || r.journeys.length === 0) return demo();
        setCohort({
          key,
          name: r.meta.name,
          source: { kind: 'library' },
          loadedAt: r.meta.loadedAt,
          journeys: r.journeys,
        });
      }, demo);
    return () => {
      cancelled = true;
    };
  }, [cohort, setCohort, asOf]);

  const all = useMemo(() => cohort?.journeys ?? [], [cohort]);
  const w = useMemo(() => cohortWords(all, i18n, language), [all, i18n, language]);
  const [filter, setFilter] = useState(NO_FILTER);
  const [suppress, setSuppress] = useState(true);
  const [anchor, setAnchor] = useState<AnchorChoice>({ choice: 'forstegEnd', kind: '', from: -180, to: 365 });
  const [sort, setSort] = useState<SequenceSort>('wait');
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [pooling, setPooling] = useState(false);

  const journeys = useMemo(() => filterJourneys(all, filter), [all, filter]);
  const choices = useFilterChoices(all);
  const align = useMemo(() => ({ anchor: anchorOf(anchor), from: anchor.from, to: anchor.to }), [anchor]);
  const data = useCohortData(journeys, asOf, align);
  const ready = data.state === 'ready' ? data : data.state === 'computing' ? data.last : null;

  const name = cohort?.source.kind === 'demo' ? w.say('demoName', { count: all.length }) : (cohort?.name ?? '');
  const meta: ExportMeta = {
    name,
    asOf,
    filter: describeFilter(filter, w),
    small: describeSmall(suppress, w),
    suppress,
    synthetic: cohort?.source.kind === 'demo',
  };
  const shown = ready ? overview(ready.result.figures, ready.result.bases, suppress) : null;
  const rows: DrillRow[] = useMemo(
    () => (ready && drill ? drillRows(drill, ready.facts, ready.result.figures) : []),
    [ready, drill],
  );
  const onDrill = (t: DrillTarget) => setDrill(t);
  const onOpen = (r: DrillRow) => {
    // The row belongs to the figures on screen, which may be those of the last selection while a new one computes.
    const journey = ready?.journeys[r.index];
    if (journey) void openFromCohort(journey, name, r.selection);
  };
  const anchorName =
    w.say(`align.anchors.${anchor.choice}`) +
    (anchor.choice === 'kind' && anchor.kind ? ` (${w.kind(anchor.kind)})` : '');

  if (pooling)
    return (
      <PoolPage
        local={{ name, journeys, filter, asOf, synthetic: cohort?.source.kind === 'demo' }}
        onBack={() => setPooling(false)}
        w={w}
      />
    );
  return (
    <div
      className="cohort-page"
      data-testid="cohort-page"
      data-as-of={asOf}
      data-seed={cohort?.source.kind === 'demo' ? cohort.source.seed : undefined}
    >
      <header className="cohort-header">
        <h1 id="cohort-heading" tabIndex={-1}>
          {w.say('heading', { name })}
        </h1>
        <p>
          {w.say('asOf', { date: w.day(asOf) })}
          {cohort?.source.kind === 'demo' && ` · ${w.say('demoNote', { seed: cohort.source.seed })}`}
        </p>
      </header>
      <CohortSources />
      <Filters
        filter={filter}
        onChange={setFilter}
        choices={choices}
        shown={journeys.length}
        total={all.length}
        w={w}
      />
      <SmallCells suppress={suppress} onChange={setSuppress} w={w} />
      <div className="cohort-exports">
        <button
          type="button"
          disabled={!ready || !shown}
          data-testid="export-csv"
          onClick={() =>
            ready &&
            shown &&
            download(
              cohortCsv(ready.result.figures, shown, meta, w),
              `${safeFileName(`resan-kohort-${asOf}`)}.csv`,
              'text/csv;charset=utf-8',
            )
          }
        >
          {w.say('export.csv')}
        </button>
        <button type="button" onClick={() => setPooling(true)} data-testid="open-pool">
          {w.say('pool.open')}
        </button>
        <ExportFigures journeys={journeys} name={name} asOf={asOf} filter={filter} w={w} />
      </div>
      <div aria-live="polite" className="cohort-status">
        {data.state === 'computing' &&
          w.say('computing', { done: data.progress?.done ?? 0, total: data.progress?.total ?? journeys.length })}
        {data.state === 'failed' && (
          <p className="notice notice-error" role="alert">
            {w.say('failed', { message: data.message })}
          </p>
        )}
      </div>
      {ready && shown && (
        <div className="cohort-body" aria-busy={data.state === 'computing'}>
          {drill && <DrillList target={drill} rows={rows} w={w} onOpen={onOpen} onClose={() => setDrill(null)} />}
          <Overview shown={shown} figures={ready.result.figures} w={w} onDrill={onDrill} />
          <section className="panel" aria-labelledby="cohort-waits-heading">
            <h2 id="cohort-waits-heading">{w.say('waits.heading')}</h2>
            <div className="chart-pair">
              <SurvivalChart
                waits={ready.result.figures.waits}
                basis={ready.result.bases.survival}
                suppress={suppress}
                meta={meta}
                w={w}
              />
              <HistogramChart
                bins={ready.result.figures.waits.histogram}
                suppress={suppress}
                meta={meta}
                w={w}
                onDrill={onDrill}
              />
            </div>
          </section>
          <section className="panel" aria-labelledby="cohort-matrix-section">
            <h2 id="cohort-matrix-section">{w.say('matrix.section')}</h2>
            <HandoverMatrix
              handovers={ready.result.figures.greyZones.handovers}
              suppress={suppress}
              meta={meta}
              w={w}
              onDrill={onDrill}
            />
          </section>
          <section className="panel" aria-labelledby="cohort-align-heading">
            <h2 id="cohort-align-heading">{w.say('align.heading')}</h2>
            <AnchorControls value={anchor} onChange={setAnchor} kinds={choices.kinds} w={w} />
            {ready.result.alignment && (
              <Chronogram
                alignment={ready.result.alignment}
                anchorName={anchorName}
                suppress={suppress}
                meta={meta}
                w={w}
              />
            )}
            <SequencePlot
              facts={ready.facts}
              window={align}
              sort={sort}
              onSort={setSort}
              meta={meta}
              w={w}
              onDrill={onDrill}
            />
          </section>
          <ReportDraft
            figures={ready.result.figures}
            shown={shown}
            facts={ready.facts}
            selected={ready.journeys.length}
            all={all.length}
            span={ready.result.span}
            suppress={suppress}
            meta={meta}
            w={w}
          />
        </div>
      )}
    </div>
  );
}
