/**
 * The histogram of waits after försteg by the six bins of section 7, ended and still open
 * stacked. Counts follow the small-cell rule over the histogram's declared lines (section 7):
 * a hidden part ("<5" or "–") is drawn at no height (its height would give it away).
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { type HistogramBin, type Shown, histogramIds, histogramView, suppressView } from '../domain';
import { type Frame, type Tick, innerHeight } from './frame';

export type HistogramBar = {
  bin: HistogramBin;
  x: number;
  width: number;
  ended: { y: number; height: number; shown: Shown };
  open: { y: number; height: number; shown: Shown };
  count: Shown;
  hidden: boolean;
};
export type HistogramMarks = { bars: HistogramBar[]; yTicks: Tick[]; baseline: number; shown: Map<string, Shown> };

export function histogramLayout(bins: readonly HistogramBin[], f: Frame, suppress: boolean): HistogramMarks {
  const shown = suppressView(histogramView(bins), suppress);
  const value = (id: string) => shown.get(id) ?? 0;
  const drawn = (id: string) => {
    const v = value(id);
    return typeof v === 'number' ? v : 0;
  };
  const id = histogramIds;
  const max = Math.max(1, ...bins.map((_, i) => drawn(id.ended(i)) + drawn(id.open(i))));
  const x = scaleBand<number>()
    .domain(bins.map((_, i) => i))
    .range([f.left, f.width - f.right])
    .padding(0.2);
  const y = scaleLinear()
    .domain([0, max])
    .range([f.top + innerHeight(f), f.top])
    .nice();
  const baseline = y(0);
  return {
    bars: bins.map((bin, i) => {
      const ended = drawn(id.ended(i));
      const open = drawn(id.open(i));
      const hidden = ended !== bin.ended || open !== bin.open;
      return {
        bin,
        x: x(i) ?? 0,
        width: x.bandwidth(),
        ended: { y: y(ended), height: baseline - y(ended), shown: value(id.ended(i)) },
        open: { y: y(ended + open), height: y(ended) - y(ended + open), shown: value(id.open(i)) },
        count: value(id.count(i)),
        hidden,
      };
    }),
    // The axis counts whole waits: no tick between two integers (a small maximum gets fewer ticks).
    yTicks: y
      .ticks(5)
      .filter((value) => Number.isInteger(value))
      .map((value) => ({ value, at: y(value) })),
    baseline,
    shown,
  };
}
