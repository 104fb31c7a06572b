import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Labels } from '../kit/useLabels';
import { LABEL_WIDTH, STRIP_ROW } from './geometry';
import { EVENTS_LANE } from './layout';
import { BOLD, ellipsis, fitText, graphemes, textScale, textWidth } from './text';
import { FitText } from './FitText';
import type { TimelineModel } from './useTimelineModel';

const STRIP_KEYS = {
  gap: 'timeline.stripGap',
  wait: 'timeline.stripWait',
  greyzone: 'timeline.stripGreyzone',
  cliff: 'timeline.stripCliff',
} as const;

/**
 * A lane's name is bold 13 px text, enlarged with the chart's other text in Mötesläge
 * (`--chart-text`, which `textWidth` counts in); its column (`labelWidth`) grows with it.
 */
const LANE_FONT = 13;
const laneRoom = (column: number) => column - 20;

/**
 * A word wider than its line, hyphenated where a Swedish compound most often joins: after its
 * last joining "s" that leaves both parts four letters or more and the first part (with its
 * hyphen) inside the line ("Samordnings-" "förbundet", "Utbildnings-" "anordnare"); else after the
 * longest part that fits. Words that fit are left whole.
 */
export function hyphenate(word: string, fits: (part: string) => boolean): string[] {
  if (fits(word)) return [word];
  const g = graphemes(word);
  let longest = 0;
  let joint = 0;
  for (let i = 4; i <= g.length - 4; i++) {
    if (!fits(`${g.slice(0, i).join('')}-`)) break;
    longest = i;
    if (g[i - 1] === 's') joint = i;
  }
  const at = joint || longest;
  if (at === 0) return [word];
  return [`${g.slice(0, at).join('')}-`, ...hyphenate(g.slice(at).join(''), fits)];
}

/**
 * Words wrapped into at most two lines that fit the room; a word longer than a line is
 * hyphenated (`hyphenate`), and what is still too long is cut with "…" when drawn.
 */
export function wrap(text: string, max: number, room: number): string[] {
  const fitsLane = (line: string) => textWidth(line, LANE_FONT) * BOLD <= room;
  const words = text.split(' ').map((w) => {
    const g = graphemes(w);
    return g.length <= max ? w : ellipsis(g.slice(0, max));
  });
  const lines: string[] = [''];
  for (const word of words) {
    hyphenate(word, fitsLane).forEach((w, part) => {
      const line = lines[lines.length - 1];
      // A hyphenated word's next part starts the next line: "Samordnings-" then "förbundet".
      if (line && (part > 0 || !fitsLane(`${line} ${w}`))) lines.push(w);
      else lines[lines.length - 1] = line ? `${line} ${w}` : w;
    });
  }
  if (lines.length > 2)
    return [
      lines[0],
      `${graphemes(lines.slice(1).join(' '))
        .slice(0, max - 1)
        .join('')}…\u2069`,
    ];
  return lines;
}

/** The left column: the finding strips' names and one label per actor lane. */
export function LaneLabels({
  model,
  labels,
  column = LABEL_WIDTH,
}: {
  model: TimelineModel;
  labels: Labels;
  /** Changes when the text's size or spacing does: the names are fitted again. */
  textKey?: string;
  /** The column's width (`labelWidth`). */
  column?: number;
}) {
  const { t } = useTranslation();
  const room = laneRoom(column);
  // A label wider than its column (capitals, long words) is clipped there, never drawn over the chart.
  const clip = `lane-label-clip-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  return (
    <g className="lane-labels" clipPath={`url(#${clip})`}>
      <clipPath id={clip}>
        <rect x={0} y={0} width={column - 4} height={1_000_000} />
      </clipPath>
      {model.strips
        .filter((s) => s.sub === 0)
        .map((s) => (
          <text key={s.kind} x={column - 10} y={s.top + STRIP_ROW / 2 + 4} textAnchor="end" className="strip-label">
            {t(STRIP_KEYS[s.kind])}
          </text>
        ))}
      {/* Each name inside its own lane too: accents stacked without end ("zalgo") stop at the lane's edge. */}
      <LaneClips model={model} id={clip} x={0} width={column - 4} />
      {model.layout.lanes.map((lane, i) => {
        const pos = model.positions[i];
        const name = lane.actor === EVENTS_LANE ? t('timeline.eventsLane') : labels.actor(lane.actor);
        const lines = wrap(name, 24, room);
        return (
          <text
            key={lane.actor}
            x={10}
            y={pos.top + 20}
            className="lane-label"
            data-lane-label={lane.actor}
            clipPath={`url(#${clip}-${i})`}
          >
            <title>{name}</title>
            {lines.map((line, j) => (
              <FitText
                as="tspan"
                key={j}
                x={10}
                dy={j === 0 ? 0 : Math.round(16 * textScale())}
                shown={fitText(line, room / BOLD, LANE_FONT)}
                text={line}
                room={room}
              />
            ))}
          </text>
        );
      })}
    </g>
  );
}

/**
 * One clip path per lane (`${id}-${i}`): the lane's band from `x`, `width` wide. Text drawn in a
 * lane (its name, its bars' names) is clipped to it, so nothing a file holds draws across lanes.
 */
export function LaneClips({ model, id, x, width }: { model: TimelineModel; id: string; x: number; width: number }) {
  return (
    <defs>
      {model.positions.map((pos, i) => (
        <clipPath key={i} id={`${id}-${i}`}>
          <rect x={x} y={pos.laneTop} width={width} height={pos.height} />
        </clipPath>
      ))}
    </defs>
  );
}

/** Lane backgrounds, alternating, with a line between lanes. */
export function LaneBackgrounds({ model, totalWidth }: { model: TimelineModel; totalWidth: number }) {
  return (
    <g className="lane-backgrounds" aria-hidden="true">
      {model.layout.lanes.map((lane, i) => {
        const pos = model.positions[i];
        return (
          <g key={lane.actor} data-lane={lane.actor} data-lane-index={i}>
            <rect x={0} y={pos.laneTop} width={totalWidth} height={pos.height} fill={i % 2 ? '#f4f4f1' : '#ffffff'} />
            <line x1={0} x2={totalWidth} y1={pos.laneTop} y2={pos.laneTop} stroke="#c9c9c4" />
          </g>
        );
      })}
    </g>
  );
}
