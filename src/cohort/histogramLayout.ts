/**
 * The histogram of waits after försteg by the six bins of section 7, ended and still open
 * stacked. Counts of journeys follow the small-cell rule: a part (ended or open) of 1 to 4
 * is drawn at no height and labelled "<5" (its height would give it away).
 */
import { scaleBand, scaleLinear } from 'd3-scale';
import { FEW, type HistogramBin, suppressCount } from '../domain';
import { type Frame, type Tick, innerHeight } from './frame';

export type HistogramBar = {
  bin: HistogramBin;
  x: number;
  width: number;
  ended: { y: number; height: number; shown: number | typeof FEW };
  open: { y: number; height: number; shown: number | typeof FEW };
  hidden: boolean;
};
export type HistogramMarks = { bars: HistogramBar[]; yTicks: Tick[]; baseline: number };

export function histogramLayout(bins: readonly HistogramBin[], f: Frame, suppress: boolean): HistogramMarks {
  const drawn = (n: number) => (suppressCount(n, suppress) === FEW ? 0 : n);
  const max = Math.max(1, ...bins.map((b) => drawn(b.ended) + drawn(b.open)));
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
      const ended = drawn(bin.ended);
      const open = drawn(bin.open);
      const hidden = ended !== bin.ended || open !== bin.open;
      return {
        bin,
        x: x(i) ?? 0,
        width: x.bandwidth(),
        ended: { y: y(ended), height: baseline - y(ended), shown: suppressCount(bin.ended, suppress) },
        open: { y: y(ended + open), height: y(ended) - y(ended + open), shown: suppressCount(bin.open, suppress) },
        hidden,
      };
    }),
    // The axis counts whole waits: no tick between two integers (a small maximum gets fewer ticks).
    yTicks: y
      .ticks(5)
      .filter((value) => Number.isInteger(value))
      .map((value) => ({ value, at: y(value) })),
    baseline,
  };
}
