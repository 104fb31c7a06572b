/**
 * The merged figures with every chart of the Kohort view that needs no journeys: the overview,
 * the Kaplan-Meier curve and the histogram, the hand-over matrix, the chronogram of each anchor
 * the files carry, the gaps, cliffs and milestones by kind, and the Lex Heller draft. The same
 * components as the cohort's, given no drill-down.
 */
import { useMemo, useState } from 'react';
import type { PooledFigures } from '../../domain/pool';
import { Chronogram } from '../Chronogram';
import type { ExportMeta } from '../describe';
import { HandoverMatrix } from '../HandoverMatrix';
import { HistogramChart } from '../HistogramChart';
import { Overview } from '../Overview';
import type { Overview as Shown } from '../overview';
import { ReportDraft } from '../ReportDraft';
import type { Words } from '../say';
import { SurvivalChart } from '../SurvivalChart';
import { PoolCounts } from './PoolCounts';
import { type PoolTables, listRows, pooledFindings } from './poolTables';

type Props = {
  pooled: PooledFigures;
  shown: Shown;
  tables: PoolTables;
  horizon: number;
  suppress: boolean;
  meta: ExportMeta;
  w: Words;
};

/** An anchor's name as the Kohort view's anchor choice says it. */
function anchorName(anchor: string, w: Words): string {
  if (anchor === 'forstegEnd') return w.say('align.anchors.forstegEnd');
  const kind = anchor.replace(/^start:/, '');
  if (kind === 'introduktionsjobb' || kind === 'arbetspraktik') return w.say(`align.anchors.${kind}`);
  return `${w.say('align.anchors.kind')} (${w.kind(kind)})`;
}

export function PoolTotal({ pooled, shown, tables, horizon, suppress, meta, w }: Props) {
  const [anchor, setAnchor] = useState(0);
  const figures = pooled.figures;
  const alignment = pooled.alignments[anchor] ?? pooled.alignments[0];
  const findings = useMemo(() => pooledFindings(tables, pooled), [tables, pooled]);
  const rows = useMemo(
    () => ({ rows: listRows(tables, horizon, w), note: w.say('poolMore.overview.note') }),
    [tables, horizon, w],
  );
  return (
    <div className="cohort-body">
      <Overview shown={shown} figures={figures} w={w} pooledRows={rows} />
      <section className="panel" aria-labelledby="cohort-waits-heading">
        <h2 id="cohort-waits-heading">{w.say('waits.heading')}</h2>
        <div className="chart-pair">
          <SurvivalChart waits={figures.waits} basis={pooled.bases.survival} suppress={suppress} meta={meta} w={w} />
          <HistogramChart bins={figures.waits.histogram} suppress={suppress} meta={meta} w={w} />
        </div>
      </section>
      <section className="panel" aria-labelledby="cohort-matrix-section">
        <h2 id="cohort-matrix-section">{w.say('matrix.section')}</h2>
        <HandoverMatrix handovers={figures.greyZones.handovers} suppress={suppress} meta={meta} w={w} />
      </section>
      <section className="panel" aria-labelledby="cohort-align-heading">
        <h2 id="cohort-align-heading">{w.say('align.heading')}</h2>
        <div className="anchor-controls">
          <label>
            {w.say('align.anchor')}
            <select value={anchor} onChange={(e) => setAnchor(Number(e.target.value))} data-testid="pool-anchor">
              {pooled.alignments.map((a, i) => (
                <option key={a.anchor} value={i}>
                  {anchorName(a.anchor, w)}
                </option>
              ))}
            </select>
          </label>
        </div>
        {alignment && (
          <Chronogram
            alignment={alignment}
            anchorName={anchorName(alignment.anchor, w)}
            suppress={suppress}
            meta={meta}
            w={w}
          />
        )}
      </section>
      <PoolCounts tables={tables} horizon={horizon} w={w} />
      <ReportDraft
        figures={figures}
        shown={shown}
        facts={[]}
        selected={figures.journeys}
        all={figures.journeys}
        span={null}
        suppress={suppress}
        meta={meta}
        w={w}
        pooled={findings}
      />
    </div>
  );
}
