/** The waits after försteg by bin, ended and ongoing stacked; each bar opens its journeys. */
import type { HistogramBin } from '../domain';
import { ChartFigure } from './ChartFigure';
import type { ExportMeta } from './describe';
import type { DrillTarget } from './drill';
import { frame } from './frame';
import { histogramLayout } from './histogramLayout';
import { type Words, showValue } from './say';

const F = frame(640, 340, { left: 56, bottom: 56, right: 16, top: 28 });
const ENDED = '#6a3d9a';
const OPEN_FILL = 'url(#hist-open)';
const INK = '#111111';

export const binLabel = (b: HistogramBin, w: Words) =>
  b.to === null ? w.say('waits.binOpen', { from: b.from }) : w.say('waits.bin', { from: b.from, to: b.to });

type Props = {
  bins: HistogramBin[];
  suppress: boolean;
  meta: ExportMeta;
  w: Words;
  /** Without it (pooled figures), the bars are not buttons. */
  onDrill?: (t: DrillTarget, opener: HTMLElement) => void;
};

export function HistogramChart({ bins, suppress, meta, w, onDrill }: Props) {
  const m = histogramLayout(bins, F, suppress);
  const title = w.say('waits.histogramTitle');
  const v = (x: number | string) => showValue(x as never, w.language);
  return (
    <ChartFigure id="histogram" title={title} desc={w.say('waits.histogramDesc')} meta={meta} w={w}>
      <svg data-chart viewBox={`0 0 ${F.width} ${F.height}`} role="group" aria-label={title} className="chart-svg">
        <defs>
          <pattern id="hist-open" width={8} height={8} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width={8} height={8} fill="#e7d9f3" />
            <line x1={0} x2={0} y1={0} y2={8} stroke={ENDED} strokeWidth={3} />
          </pattern>
        </defs>
        <g fontSize={15} fill={INK}>
          {m.yTicks.map((t) => (
            <g key={t.value}>
              <line x1={F.left} x2={F.width - F.right} y1={t.at} y2={t.at} stroke="#d0d0d0" />
              <text x={F.left - 8} y={t.at} dy="0.32em" textAnchor="end">
                {v(t.value)}
              </text>
            </g>
          ))}
        </g>
        {m.bars.map((b, i) => {
          const label = binLabel(b.bin, w);
          const ended = v(b.ended.shown);
          const open = v(b.open.shown);
          const total = b.bin.ended + b.bin.open;
          // The figures over the bar start its name (WCAG 2.5.3), then the bin under it.
          const shown = b.bin.open > 0 ? `${ended} + ${open}` : ended;
          const drill = (el: HTMLElement | SVGElement) => onDrill?.({ kind: 'bin', bin: b.bin }, el as HTMLElement);
          const live = onDrill !== undefined && total > 0;
          return (
            <g
              key={i}
              className={onDrill ? 'chart-button' : undefined}
              role={onDrill ? 'button' : 'img'}
              tabIndex={onDrill ? (total > 0 ? 0 : -1) : undefined}
              aria-disabled={(onDrill && total === 0) || undefined}
              aria-label={w.say('waits.barLabel', { shown, bin: label, ended, open })}
              data-bin={b.bin.from}
              data-ended={String(b.ended.shown)}
              data-open={String(b.open.shown)}
              onClick={(e) => live && drill(e.currentTarget)}
              onKeyDown={(e) => {
                if (live && (e.key === 'Enter' || e.key === ' ')) {
                  e.preventDefault();
                  drill(e.currentTarget);
                }
              }}
            >
              <rect
                x={b.x - 4}
                y={F.top}
                width={b.width + 8}
                height={m.baseline - F.top}
                fill="transparent"
                className="focus-ring"
              />
              <rect x={b.x} y={b.ended.y} width={b.width} height={b.ended.height} fill={ENDED} />
              <rect
                x={b.x}
                y={b.open.y}
                width={b.width}
                height={b.open.height}
                fill={OPEN_FILL}
                stroke={ENDED}
                strokeWidth={b.open.height > 0 ? 1.5 : 0}
              />
              <text
                x={b.x + b.width / 2}
                y={Math.min(b.open.y, b.ended.y) - 6}
                textAnchor="middle"
                fontSize={14}
                fill={INK}
              >
                {shown}
              </text>
            </g>
          );
        })}
        {/* The bins under the axis, outside the buttons: a button's visible text is its figures alone, which start its name (WCAG 2.5.3). */}
        <g fontSize={15} fill={INK} textAnchor="middle" aria-hidden="true">
          {m.bars.map((b, i) => (
            <text key={i} x={b.x + b.width / 2} y={m.baseline + 22}>
              {binLabel(b.bin, w)}
            </text>
          ))}
        </g>
        <line x1={F.left} x2={F.width - F.right} y1={m.baseline} y2={m.baseline} stroke={INK} />
        <g fontSize={15} fill={INK} transform={`translate(${F.left}, ${F.height - 10})`}>
          <rect width={16} height={16} y={-13} fill={ENDED} />
          <text x={22}>{w.say('waits.ended')}</text>
          <rect x={130} width={16} height={16} y={-13} fill={OPEN_FILL} stroke={ENDED} />
          <text x={152}>{w.say('waits.open')}</text>
        </g>
      </svg>
    </ChartFigure>
  );
}
