/** A chart with its title, description and the buttons that save it as SVG or PNG. */
import { type ReactNode, useRef, useState } from 'react';
import { safeFileName } from '../io/fileName';
import { type ExportMeta, exportNotes } from './describe';
import type { Words } from './say';
import { downloadPng, downloadSvg } from '../io/svgExport';
import { useChartTip } from './ChartTip';

type Props = {
  id: string;
  title: string;
  desc?: ReactNode;
  meta: ExportMeta;
  w: Words;
  children: ReactNode;
  testId?: string;
  /** For a chart drawn on a canvas: its SVG, built when it is saved. */
  makeSvg?: () => SVGSVGElement;
  /** Said under a chart element's words in its tip, where its name does not already say what a click does. */
  tipHint?: string;
};

export function ChartFigure({ id, title, desc, meta, w, children, testId, makeSvg, tipHint }: Props) {
  const ref = useRef<HTMLElement>(null);
  const notes = exportNotes(meta, w);
  const svg = () => makeSvg?.() ?? ref.current?.querySelector<SVGSVGElement>('svg[data-chart]') ?? null;
  const name = safeFileName(`resan-${id}-${meta.asOf}`);
  const tip = useChartTip(ref, tipHint ?? null);
  // A save that makes no file says why, beside the buttons (never a button that does nothing).
  const [problem, setProblem] = useState('');
  const save = async (format: 'svg' | 'png') => {
    setProblem('');
    const el = svg();
    if (!el) return setProblem(w.say('exportSafety.notDrawn'));
    const message = (e: unknown) => (e instanceof Error ? e.message || e.name : String(e));
    try {
      if (format === 'svg') await downloadSvg(el, title, notes, name);
      else
        await downloadPng(el, title, notes, name).catch((e: unknown) => {
          throw new Error(w.say('exportSafety.pngFailed', { message: message(e) }));
        });
    } catch (e) {
      setProblem(format === 'png' ? message(e) : w.say('exportSafety.failed', { message: message(e) }));
    }
  };
  return (
    <figure
      className="cohort-chart"
      ref={ref}
      {...tip.handlers}
      aria-labelledby={`cohort-${id}-title`}
      data-testid={testId ?? `chart-${id}`}
    >
      <figcaption>
        <h3 id={`cohort-${id}-title`}>{title}</h3>
        {desc && <p className="hint">{desc}</p>}
      </figcaption>
      {children}
      {tip.box}
      <div className="chart-exports">
        {(['svg', 'png'] as const).map((format) => (
          <button
            key={format}
            type="button"
            data-export={format}
            aria-label={w.say('export.chart', { chart: title, format: format.toUpperCase() })}
            onClick={() => void save(format)}
          >
            {w.say(`export.${format}`)}
          </button>
        ))}
        <span role="status" className="chart-export-problem" data-testid="chart-export-problem">
          {problem}
        </span>
      </div>
    </figure>
  );
}
