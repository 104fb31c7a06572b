/** A chart with its title, description and the buttons that save it as SVG or PNG. */
import { type ReactNode, useRef } from 'react';
import { safeFileName } from '../io/download';
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
            onClick={() => {
              const el = svg();
              if (!el) return;
              if (format === 'svg') downloadSvg(el, title, notes, name);
              else void downloadPng(el, title, notes, name);
            }}
          >
            {w.say(`export.${format}`)}
          </button>
        ))}
      </div>
    </figure>
  );
}
