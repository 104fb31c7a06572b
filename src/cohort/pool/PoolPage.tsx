/**
 * Sammanställ (issue 27, point 2): figures files from several förbund, and if the person wants
 * it the cohort loaded in this browser, fitted together and merged; the merged figures shown
 * with the small-cell rule applied after merging, in total or side by side with each source.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Journey } from '../../domain';
import { type FiguresFile, finishFigures, mergeFigures, poolOptions } from '../../domain/pool';
import { download } from '../../io/download';
import { RESAN_VERSION } from '../../io/version';
import { safeFileName } from '../../io/fileName';
import { cohortCsv } from '../cohortCsv';
import { type ExportMeta, describeSmall } from '../describe';
import type { CohortFilter } from '../filter';
import { overview } from '../overview';
import type { Words } from '../say';
import { SmallCells } from '../SmallCells';
import { FiguresExport } from './ExportFigures';
import { filtersOf, localFigures } from './localFigures';
import { PoolSideBySide } from './PoolSideBySide';
import { PoolSources, readChosen } from './PoolSources';
import { type PoolInput, poolSet, pooledOf } from './poolSet';
import { PoolTotal } from './PoolTotal';
import { listRows, poolCsvTables, poolTables } from './poolTables';
import './pool.css';

export type LocalCohort = {
  name: string;
  journeys: readonly Journey[];
  filter: CohortFilter;
  asOf: string;
  synthetic: boolean;
};

type Props = { local: LocalCohort; onBack: () => void; w: Words };

export default function PoolPage({ local, onBack, w }: Props) {
  const say = (key: string, values?: Record<string, unknown>) => w.say(`pool.${key}`, values);
  const [chosen, setChosen] = useState<PoolInput[]>([]);
  const [includeLocal, setIncludeLocal] = useState(false);
  const [suppress, setSuppress] = useState(true);
  const [mode, setMode] = useState<'total' | 'side'>('total');
  const files = useMemo(() => poolSet(chosen), [chosen]);
  // This browser's cohort is computed with the options of the first file, so that it fits.
  const options = files.sources[0]?.file.options ?? poolOptions({ asOf: local.asOf });
  const optionsKey = JSON.stringify(options);
  const [mine, setMine] = useState<{ key: string; file: FiguresFile | null; status: string }>({
    key: '',
    file: null,
    status: '',
  });
  useEffect(() => {
    if (!includeLocal) return;
    const controller = new AbortController();
    const label = say('localLabel', { name: local.name });
    localFigures(
      local.journeys,
      JSON.parse(optionsKey),
      { label, filters: filtersOf(local.filter) },
      {
        signal: controller.signal,
        onProgress: (p) => setMine({ key: '', file: null, status: say('localComputing', p) }),
      },
    ).then(
      (file) => !controller.signal.aborted && setMine({ key: optionsKey, file, status: '' }),
      (e: unknown) =>
        !controller.signal.aborted &&
        setMine({
          key: '',
          file: null,
          status: say('localFailed', { message: e instanceof Error ? e.message : String(e) }),
        }),
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- say and local.name only word the label
  }, [includeLocal, local.journeys, local.filter, optionsKey]);
  const localFile = includeLocal && mine.key === optionsKey ? mine.file : null;
  const set = useMemo(
    () =>
      localFile ? poolSet([...chosen, { name: localFile.provenance.label, file: localFile, local: true }]) : files,
    [chosen, files, localFile],
  );
  const pooled = useMemo(() => pooledOf(set.sources), [set]);
  const tables = useMemo(() => (pooled ? poolTables(pooled, suppress) : null), [pooled, suppress]);
  const shown = useMemo(() => (pooled ? overview(pooled.figures, pooled.bases, suppress) : null), [pooled, suppress]);
  const perSource = useMemo(
    () =>
      mode === 'side'
        ? set.sources.map((s) => ({ label: s.file.provenance.label, figures: finishFigures([s.file]) }))
        : [],
    [mode, set],
  );
  const first = set.sources[0]?.file;
  const meta: ExportMeta = {
    name: say('sources.named', { count: set.sources.length }),
    asOf: first?.options.asOf ?? local.asOf,
    filter: set.sources.some((s) => s.file.provenance.filters !== null) ? say('filters') : w.say('filter.none'),
    small: describeSmall(suppress, w),
    suppress,
    synthetic: localFile !== null && local.synthetic,
    sources: set.sources.map(({ file: { provenance: p } }) => ({
      label: p.label,
      journeys: p.journeys,
      ...(p.sources ? { from: p.sources } : {}),
    })),
  };
  const horizon = first?.options.cliffHorizonDays ?? options.cliffHorizonDays;

  return (
    <div className="cohort-page pool-page" data-testid="pool-page" data-as-of={meta.asOf}>
      <header className="cohort-header">
        <h1 id="cohort-heading" tabIndex={-1}>
          {say('heading')}
        </h1>
        <p>{say('intro')}</p>
        <p data-testid="pool-no-drill">{say('noDrill')}</p>
        <button type="button" onClick={onBack} data-testid="pool-back">
          {say('back')}
        </button>
      </header>
      <PoolSources
        set={set}
        chosen={chosen.length}
        onChoose={(list) => void readChosen(list).then((read) => setChosen((c) => [...c, ...read]))}
        onClear={() => setChosen([])}
        local={{ name: local.name, count: local.journeys.length, included: includeLocal, status: mine.status }}
        onIncludeLocal={setIncludeLocal}
        w={w}
      />
      {!pooled || !shown || !tables ? (
        <p className="hint">{say('none')}</p>
      ) : (
        <>
          <SmallCells suppress={suppress} onChange={setSuppress} w={w} />
          <div className="cohort-exports pool-controls">
            <fieldset className="pool-mode">
              <legend>{say('view')}</legend>
              {(['total', 'side'] as const).map((m) => (
                <label key={m}>
                  <input type="radio" name="pool-mode" checked={mode === m} onChange={() => setMode(m)} />
                  {say(m === 'total' ? 'total' : 'sideBySide')}
                </label>
              ))}
            </fieldset>
            <button
              type="button"
              data-testid="pool-csv"
              onClick={() =>
                void download(
                  cohortCsv(pooled.figures, shown, meta, w, {
                    tables: poolCsvTables(tables, horizon, w),
                    overview: listRows(tables, horizon, w).map((r) => [r.label, r.shown]),
                  }),
                  `${safeFileName(`resan-sammanstallning-${meta.asOf}`)}.csv`,
                  'text/csv;charset=utf-8',
                )
              }
            >
              {w.say('export.csv')}
            </button>
            <FiguresExport
              count={pooled.figures.journeys}
              name={set.sources
                .map((s) => s.file.provenance.label)
                .join(' + ')
                .slice(0, 200)}
              asOf={meta.asOf}
              text={w.say('poolMore.export.text', {
                count: pooled.figures.journeys,
                sources: set.sources.length,
              })}
              make={(label) =>
                Promise.resolve(
                  mergeFigures(
                    set.sources.map((s) => s.file),
                    {
                      label,
                      madeAt: new Date().toISOString(),
                      resanVersion: RESAN_VERSION,
                      filters: set.sources[0].file.provenance.filters,
                    },
                  ),
                )
              }
              w={w}
            />
          </div>
          {mode === 'total' ? (
            <PoolTotal
              pooled={pooled}
              shown={shown}
              tables={tables}
              horizon={horizon}
              suppress={suppress}
              meta={meta}
              w={w}
            />
          ) : (
            <PoolSideBySide total={pooled} sources={perSource} horizon={horizon} suppress={suppress} w={w} />
          )}
        </>
      )}
    </div>
  );
}
