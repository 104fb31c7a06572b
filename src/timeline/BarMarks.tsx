/**
 * The names drawn after their bars and the number badges of the bars named in the key under
 * the chart (barMarks.ts). Hidden from assistive technology: each bar's accessible name is
 * whole already, and the key is a list of its own. A badge that would overlap a badge already
 * drawn in its lane row (left to right in the row) is not drawn (`placeBadges`): its bar keeps
 * its number in the key and its whole accessible name.
 */
import { memo } from 'react';
import { BAR_HEIGHT, BAR_ROW, THIN_BAR_HEIGHT } from './geometry';
import type { BarLayout } from './layout';
import { type BarMark, badgeWidth } from './barMarks';
import { CHUNK, type Slices, sameInChunk } from './slices';

type Props = {
  bars: readonly BarLayout[];
  marks: ReadonlyMap<string, BarMark>;
  /** The badges drawn, by bar, with their left edge (placeBadges). */
  badges: ReadonlyMap<string, number>;
  tops: ReadonlyMap<string, number>;
  /** The bars drawn so far (slices.ts): only theirs are marked. */
  slices: Slices;
};

export function BarMarks(props: Props) {
  if (props.marks.size === 0) return null;
  const chunks = [];
  for (let from = 0; from < props.bars.length; from += CHUNK)
    chunks.push(<MarksChunk key={from} from={from} {...props} />);
  return (
    <g className="bar-marks" aria-hidden="true" pointerEvents="none">
      {chunks}
    </g>
  );
}

/** A chunk whose bars are all drawn, or none, in both renders is not rendered again for a new slice. */
function sameChunk(a: Props & { from: number }, b: Props & { from: number }): boolean {
  return (
    a.bars === b.bars &&
    a.from === b.from &&
    a.marks === b.marks &&
    a.badges === b.badges &&
    a.tops === b.tops &&
    sameInChunk(a.slices, b.slices, b.from)
  );
}

const MarksChunk = memo(function MarksChunk({ bars, marks, badges, tops, slices, from }: Props & { from: number }) {
  const { rank, count } = slices;
  return bars.slice(from, from + CHUNK).map((bar, j) => {
    const mark = marks.get(bar.id);
    if (!mark || bar.end === null || (rank && rank[from + j] >= count)) return null;
    const h = bar.activity && !bar.parallel ? BAR_HEIGHT : THIN_BAR_HEIGHT;
    const mid = (tops.get(bar.lane) ?? 0) + BAR_ROW * bar.row + BAR_ROW / 2;
    if (mark.place === 'outside')
      return (
        <text
          key={bar.id}
          className="bar-label bar-outside-label"
          data-mark-for={bar.id}
          x={mark.x}
          y={mid + 1}
          dominantBaseline="middle"
          fontSize={mark.fontSize}
          fill="#111111"
        >
          {mark.text}
        </text>
      );
    // The badge at the end of the bar's name room (the name keeps its place at the start and
    // is cut before the badge), or centred on a bar narrower than itself; none where it would overlap another.
    const left = badges.get(bar.id);
    if (left === undefined) return null;
    const w = badgeWidth(mark.n);
    const bh = Math.min(h - 2, 16);
    return (
      <g key={bar.id} className="bar-key" data-key-for={bar.id} data-key={mark.n}>
        <rect x={left} y={mid - bh / 2} width={w} height={bh} rx={3} fill="#ffffff" stroke="#1a1a1a" />
        <text x={left + w / 2} y={mid + 1} textAnchor="middle" dominantBaseline="middle" className="bar-key-number">
          {mark.n}
        </text>
      </g>
    );
  });
}, sameChunk);
