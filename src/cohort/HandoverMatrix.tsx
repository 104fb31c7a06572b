/** The hand-over matrix: grey-zone days per pair of actors, each cell a button to its journeys. */
import { type Handover, HIDDEN, suppressCount, suppressFigure } from '../domain';
import { ChartFigure } from './ChartFigure';
import type { ExportMeta } from './describe';
import type { DrillTarget } from './drill';
import { matrixLayout } from './matrixLayout';
import { RAMP } from './ramp';
import { type Words, showValue } from './say';

const CELL_W = 172;
const CELL_H = 58;
const TOP = 72;
const CHAR = 8.6; // about the width of a character at 15 px

/** A name in lines of at most `max` characters, broken at spaces. */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
const LEGEND = 64;
const INK = '#111111';

type Props = {
  handovers: Handover[];
  suppress: boolean;
  meta: ExportMeta;
  w: Words;
  /** Without it (pooled figures), the cells are not buttons. */
  onDrill?: (t: DrillTarget, opener: HTMLElement) => void;
};

export function HandoverMatrix({ handovers, suppress, meta, w, onDrill }: Props) {
  const title = w.say('matrix.heading');
  if (handovers.length === 0)
    return (
      <section className="cohort-chart" aria-labelledby="cohort-matrix-title" data-testid="chart-matrix">
        <h3 id="cohort-matrix-title">{title}</h3>
        <p className="hint">{w.say('matrix.none')}</p>
      </section>
    );
  const m = matrixLayout(handovers, suppress);
  const name = (id: string) => (id === '' ? w.say('matrix.nobody') : w.actor(id));
  const LEFT = Math.max(160, Math.max(...m.rows.map((r) => name(r).length)) * CHAR + 24);
  const width = LEFT + m.cols.length * CELL_W + 8;
  const height = TOP + m.rows.length * CELL_H + LEGEND;
  const v = (x: Parameters<typeof showValue>[0]) => showValue(x, w.language);
  return (
    <ChartFigure
      id="matrix"
      title={title}
      desc={w.say('matrix.desc')}
      meta={meta}
      w={w}
      tipHint={onDrill ? w.say('tip.drill') : undefined}
    >
      <svg
        data-chart
        viewBox={`0 0 ${width} ${height}`}
        role="group"
        aria-label={title}
        className="chart-svg matrix-svg"
        style={{ maxWidth: width * 1.25 }}
      >
        <g fontSize={15} fill={INK}>
          <text x={LEFT - 12} y={TOP - 10} textAnchor="end" fontWeight={600}>
            {w.say('matrix.from')} ↓ / {w.say('matrix.to')} →
          </text>
          {m.cols.map((c, i) => {
            const lines = wrap(name(c), 19);
            return (
              <text
                key={c}
                x={LEFT + i * CELL_W + CELL_W / 2}
                y={TOP - 10 - (lines.length - 1) * 17}
                textAnchor="middle"
                fontWeight={600}
              >
                {lines.map((line, k) => (
                  <tspan key={k} x={LEFT + i * CELL_W + CELL_W / 2} dy={k === 0 ? 0 : 17}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          })}
          {m.rows.map((r, i) => (
            <text key={r} x={LEFT - 12} y={TOP + i * CELL_H + CELL_H / 2} dy="0.32em" textAnchor="end" fontWeight={600}>
              {name(r)}
            </text>
          ))}
        </g>
        {m.cells.map((c) => {
          const x = LEFT + c.col * CELL_W;
          const y = TOP + c.row * CELL_H;
          const h = c.handover;
          const label = h
            ? w.say(c.from === c.to && c.from !== '' ? 'matrix.cellSame' : 'matrix.cell', {
                from: name(c.from),
                to: name(c.to),
                days: v(c.shown),
                zones: v(suppressFigure(h.zones, h.journeys, suppress)),
                journeys: v(suppressCount(h.journeys, suppress)),
              })
            : undefined;
          const drill = (el: Element) => onDrill?.({ kind: 'handover', from: c.from, to: c.to }, el as HTMLElement);
          const body = (
            <>
              <rect
                x={x + 2}
                y={y + 2}
                width={CELL_W - 4}
                height={CELL_H - 4}
                fill={c.fill}
                stroke="#9a9a9a"
                className="focus-ring"
              />
              <text
                x={x + CELL_W / 2}
                y={y + CELL_H / 2}
                dy="0.35em"
                textAnchor="middle"
                fontSize={c.level >= 0 ? 20 : 18}
                fontWeight={600}
                fill={c.text}
              >
                {h ? v(c.shown) : ''}
              </text>
            </>
          );
          return h ? (
            <g
              key={`${c.from}>${c.to}`}
              className={onDrill ? 'chart-button' : undefined}
              role={onDrill ? 'button' : 'img'}
              tabIndex={onDrill ? 0 : undefined}
              aria-label={label}
              data-from={c.from}
              data-to={c.to}
              data-days={String(c.shown)}
              onClick={(e) => drill(e.currentTarget)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  drill(e.currentTarget);
                }
              }}
            >
              {body}
            </g>
          ) : (
            <g key={`${c.from}>${c.to}`} aria-hidden="true">
              {body}
            </g>
          );
        })}
        <g transform={`translate(${LEFT}, ${TOP + m.rows.length * CELL_H + 18})`} fontSize={14} fill={INK}>
          {RAMP.map((fill, i) => (
            <rect key={fill} x={i * 28} width={28} height={16} fill={fill} stroke="#9a9a9a" />
          ))}
          <text x={RAMP.length * 28 + 10} y={13}>
            {`1 – ${v(m.max)} ${w.say('export.days').toLowerCase()}`}
          </text>
          <rect x={0} y={26} width={28} height={16} fill="#e8e8e8" stroke="#9a9a9a" />
          <text x={38} y={39}>
            {`${HIDDEN}: ${w.say('small.label').toLowerCase()}`}
          </text>
        </g>
      </svg>
      <p className="hint">{w.say('matrix.legend', { max: v(m.max) })}</p>
    </ChartFigure>
  );
}
