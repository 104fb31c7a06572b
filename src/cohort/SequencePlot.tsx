/**
 * The sequence index plot: one thin row per journey, coloured by state. SVG for a few hundred
 * rows, a canvas beyond that; always with a paged table for keyboard and screen readers.
 */
import { type MouseEvent, useEffect, useMemo, useRef, useState } from 'react';
import type { DayState } from '../domain';
import { ChartFigure } from './ChartFigure';
import type { ExportMeta } from './describe';
import type { DrillTarget } from './drill';
import type { JourneyFacts } from '../domain/cohort/facts';
import { frame } from './frame';
import { type Words, showValue } from './say';
import { SORTS, type SequenceMarks, type SequenceSort, rowAt, sequenceLayout, sequenceRects } from './sequenceLayout';
import { StateLegend, StatePatterns, stateFill } from './StatePatterns';
import { GAP_STRIPE, STATE_STYLE } from './states';

const F = frame(1200, 380, { left: 72, bottom: 40, right: 24, top: 12 });
export const CANVAS_ABOVE = 300;
const PAGE = 20;
const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND = 'seq-legend';

type Props = {
  facts: JourneyFacts[];
  window: { from: number; to: number };
  sort: SequenceSort;
  onSort: (s: SequenceSort) => void;
  meta: ExportMeta;
  w: Words;
  onDrill: (t: DrillTarget, opener: HTMLElement) => void;
};

/**
 * The plot as an SVG element, for saving (a canvas has none): the same rows with the same
 * patterns (not colour alone) and the same axis as on screen, both copied from the page.
 */
function buildSvg(m: SequenceMarks, patterns: Element | null, axis: Element | null): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${F.width} ${F.height}`);
  svg.setAttribute('width', String(F.width));
  svg.setAttribute('height', String(F.height));
  if (patterns) svg.append(patterns.cloneNode(true));
  for (const r of sequenceRects(m)) {
    const rect = document.createElementNS(SVG_NS, 'rect');
    rect.setAttribute('x', r.x.toFixed(2));
    rect.setAttribute('y', m.y(r.row).toFixed(2));
    rect.setAttribute('width', r.width.toFixed(2));
    // Overlapping by a hair, as on the canvas, so that no seams show between rows.
    rect.setAttribute('height', (Math.max(m.rowHeight, 0.5) + 0.35).toFixed(2));
    rect.setAttribute('fill', patterns ? stateFill(LEGEND, r.state) : STATE_STYLE[r.state].fill);
    svg.append(rect);
  }
  if (axis) svg.append(axis.cloneNode(true));
  return svg;
}

/** The states' fills on a canvas: the same colours, and the same hatch and stripes as the SVG patterns. */
function canvasFills(ctx: CanvasRenderingContext2D): Record<DayState, string | CanvasPattern> {
  const tile = (draw: (t: CanvasRenderingContext2D) => void) => {
    const c = document.createElement('canvas');
    c.width = 6;
    c.height = 6;
    const t = c.getContext('2d');
    if (!t) return null;
    draw(t);
    return ctx.createPattern(c, 'repeat');
  };
  const hatch = tile((t) => {
    t.fillStyle = '#ffffff';
    t.fillRect(0, 0, 6, 6);
    t.strokeStyle = STATE_STYLE.greyZone.fill;
    t.lineWidth = 2.5;
    t.beginPath();
    t.moveTo(-1, 7);
    t.lineTo(7, -1);
    t.stroke();
  });
  // Stripes across the rows: a row thinner than a pixel still shows them (dots fell between rows).
  const stripes = tile((t) => {
    t.fillStyle = STATE_STYLE.gap.fill;
    t.fillRect(0, 0, 6, 6);
    t.fillStyle = GAP_STRIPE;
    t.fillRect(0, 0, 2, 6);
  });
  return {
    employment: STATE_STYLE.employment.fill,
    activity: STATE_STYLE.activity.fill,
    greyZone: hatch ?? STATE_STYLE.greyZone.fill,
    gap: stripes ?? STATE_STYLE.gap.fill,
    unobserved: STATE_STYLE.unobserved.fill,
  };
}

/**
 * Rows drawn on the canvas per frame: a few thousand rectangles, so that no frame is a long task. The
 * canvas paints them after the frame's script, in the same task: 2,000 rows made frames of 50-100 ms at
 * 100,000 journeys (issue #26), where the script itself took about 10.
 */
const ROWS_PER_FRAME = 1_000;

export function SequencePlot({ facts, window, sort, onSort, meta, w, onDrill }: Props) {
  const m = useMemo(() => sequenceLayout(facts, sort, window, F), [facts, sort, window]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<SVGSVGElement>(null);
  const patternsRef = useRef<SVGSVGElement>(null);
  const [page, setPage] = useState(0);
  const useCanvas = m.rows.length > CANVAS_ABOVE;
  // The SVG's rectangles; a canvas draws from the rows, a slice per frame.
  const rects = useMemo(() => (useCanvas ? [] : sequenceRects(m)), [m, useCanvas]);
  const title = w.say('sequence.heading');
  const pages = Math.max(1, Math.ceil(m.rows.length / PAGE));
  const shownPage = Math.min(page, pages - 1);

  useEffect(() => {
    const canvas = canvasRef.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    const scale = 2;
    canvas.width = F.width * scale;
    canvas.height = F.height * scale;
    ctx.setTransform(scale, 0, 0, scale, 0, 0);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, F.width, F.height);
    const fills = canvasFills(ctx);
    // Rows overlap by a hair so that no seams show between them.
    const h = Math.max(m.rowHeight, 0.5) + 0.35;
    // Many thousand rows: drawn a slice per frame, so that the page answers clicks meanwhile.
    let next = 0;
    let frame = 0;
    const draw = () => {
      const end = Math.min(next + ROWS_PER_FRAME, m.rows.length);
      for (const r of sequenceRects(m, next, end)) {
        ctx.fillStyle = fills[r.state];
        ctx.fillRect(r.x, m.y(r.row), r.width, h);
      }
      next = end;
      if (next < m.rows.length) frame = requestAnimationFrame(draw);
    };
    draw();
    return () => cancelAnimationFrame(frame);
  }, [m, useCanvas]);

  const pick = (e: MouseEvent<Element>) => {
    const box = e.currentTarget.getBoundingClientRect();
    const row = rowAt(m, ((e.clientY - box.top) / box.height) * F.height);
    if (row !== null) onDrill({ kind: 'journey', index: m.rows[row].index }, e.currentTarget as HTMLElement);
  };
  const axis = (
    <g fontSize={17} fill="#111111">
      {[window.from, 0, window.to].map((o) => {
        const x = F.left + ((o - window.from) / (window.to + 1 - window.from)) * (F.width - F.left - F.right);
        return (
          <g key={o}>
            <line
              x1={x}
              x2={x}
              y1={F.top}
              y2={F.height - F.bottom + 5}
              stroke="#111111"
              strokeDasharray={o === 0 ? '6 4' : undefined}
            />
            <text x={x} y={F.height - F.bottom + 22} textAnchor="middle">
              {o > 0 ? `+${o}` : o}
            </text>
          </g>
        );
      })}
    </g>
  );
  const desc = w.say('sequence.desc', { count: showValue(m.rows.length, w.language) });
  return (
    <ChartFigure
      id="sequence"
      title={title}
      desc={desc}
      meta={meta}
      w={w}
      makeSvg={
        useCanvas
          ? () =>
              buildSvg(
                m,
                patternsRef.current?.querySelector('defs') ?? null,
                overlayRef.current?.firstElementChild ?? null,
              )
          : undefined
      }
    >
      <label className="inline-field">
        {w.say('sequence.sort')}{' '}
        <select value={sort} onChange={(e) => onSort(e.target.value as SequenceSort)} data-testid="sequence-sort">
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {w.say(`sequence.sorts.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="sequence-plot" data-rows={m.rows.length} data-canvas={useCanvas || undefined}>
        {useCanvas ? (
          <div className="sequence-canvas-wrap">
            <canvas ref={canvasRef} role="img" aria-label={`${title}. ${desc}`} onClick={pick} />
            <svg
              ref={overlayRef}
              viewBox={`0 0 ${F.width} ${F.height}`}
              className="sequence-overlay"
              aria-hidden="true"
            >
              {axis}
            </svg>
          </div>
        ) : (
          <svg
            data-chart
            viewBox={`0 0 ${F.width} ${F.height}`}
            role="img"
            aria-label={`${title}. ${desc}`}
            className="chart-svg"
            onClick={pick}
          >
            <StatePatterns prefix="seq" />
            {rects.map((r, i) => (
              <rect
                key={i}
                x={r.x}
                y={m.y(r.row)}
                width={r.width}
                height={Math.max(m.rowHeight, 0.5)}
                fill={stateFill('seq', r.state)}
              />
            ))}
            {axis}
          </svg>
        )}
      </div>
      <StateLegend prefix={LEGEND} name={(s) => w.say(`align.states.${s}`)} />
      <svg ref={patternsRef} width={0} height={0} aria-hidden="true" className="visually-hidden">
        <StatePatterns prefix={LEGEND} />
      </svg>
      <details className="sequence-table">
        <summary>{w.say('sequence.table')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{w.say('sequence.ref')}</th>
              <th scope="col">{w.say('sequence.anchorDate')}</th>
              <th scope="col">{w.say('sequence.longestWait')}</th>
              <th scope="col">{w.say('sequence.greyZoneDays')}</th>
              <th scope="col">
                <span className="visually-hidden">{w.say('sequence.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {m.rows.slice(shownPage * PAGE, shownPage * PAGE + PAGE).map((f) => (
              <tr key={f.index}>
                <th scope="row">{f.ref}</th>
                <td>{f.anchor ? w.day(f.anchor) : ''}</td>
                <td>{showValue(f.longestWait, w.language)}</td>
                <td>{showValue(f.greyZoneDays, w.language)}</td>
                <td>
                  <button type="button" onClick={(e) => onDrill({ kind: 'journey', index: f.index }, e.currentTarget)}>
                    {w.say('sequence.open')}
                    <span className="visually-hidden"> {f.ref}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="pager">
          <button type="button" disabled={shownPage === 0} onClick={() => setPage(shownPage - 1)}>
            {w.say('sequence.prev')}
          </button>
          <span aria-live="polite">{w.say('sequence.page', { page: shownPage + 1, pages })}</span>
          <button type="button" disabled={shownPage >= pages - 1} onClick={() => setPage(shownPage + 1)}>
            {w.say('sequence.next')}
          </button>
        </div>
      </details>
    </ChartFigure>
  );
}
