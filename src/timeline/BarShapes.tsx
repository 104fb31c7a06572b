/**
 * A bar's drawing in view: its body and kind texture, its projected and exceeded parts, its
 * statutory limit, its name inside it, and in edit mode its resize handle (Bars.tsx draws its
 * focusable group around this).
 */
import type { View, XScale } from './geometry';
import type { BarLayout } from './layout';
import type { BarEditing, Drag } from './barEditing';
import { PATTERN } from './defs';
import { CATEGORY_CUES, cueId } from './kindCues';
import type { BarInfo } from './barInfo';
import { CATEGORY_COLORS, FINDING_COLORS } from './palette';
import { TICK_WIDTH, barBox } from './BarTags';
import { textWidth } from './text';
import { badgeWidth, insideLabel } from './barMarks';
import type { Interaction } from './useInteraction';

export type BarProps = {
  bar: BarLayout;
  info: BarInfo;
  x: XScale;
  top: number;
  /** The visible range in the drawing's coordinates (UNBOUNDED for a bar wholly inside it: Bars.tsx). */
  view: View;
  asOf: number;
  selected: boolean;
  interaction: Interaction;
  editMode: boolean;
  /** This bar's drag in progress, if any. */
  drag: Drag | null;
  editing: BarEditing;
  /** Outside the visible range: only the focusable, named element is in the DOM. */
  culled: boolean;
  reveal: (bar: BarLayout) => void;
  /** Its name drawn after it ('outside'), its number badge drawn on it (the number), or neither. */
  mark: 'outside' | number | undefined;
  /** Its lane's clip path (`url(#…)`): its name is drawn inside the lane. */
  clip: string;
};

export function BarShapes({ bar, info, x, top, view, asOf, editMode, drag, editing, mark, clip }: BarProps) {
  const { h, y, x0, x1, w, open, bodyOnly } = barBox(bar, x, top, view, drag);
  const colors = CATEGORY_COLORS[bar.category];
  const stroke = bar.exceeds ? FINDING_COLORS.exceeds : '#1a1a1a';
  const cue = cueId(bar.category);
  const bodyRect = (
    <rect
      className="bar-body"
      x={x0}
      y={y}
      width={w}
      height={h}
      rx={w < TICK_WIDTH ? 0 : 3}
      fill={colors.fill}
      fillOpacity={bar.activity ? 1 : 0.7}
      stroke={stroke}
      strokeWidth={bar.exceeds ? 2.5 : 1}
      strokeDasharray={bar.projected && w >= TICK_WIDTH ? '5 3' : undefined}
      data-cue={CATEGORY_CUES[bar.category]}
    />
  );
  // The kind told by its texture too, not by colour alone (kindCues.tsx), inside the edge.
  const cueRect = (from: number, to: number, key: string) =>
    cue !== null && to - from > 2 ? (
      <rect
        key={key}
        className="bar-cue"
        x={from}
        y={y + 1}
        width={to - from}
        height={h - 2}
        rx={2}
        fill={`url(#${cue})`}
        pointerEvents="none"
      />
    ) : null;
  // Level of detail: a bar a few pixels wide is its body alone (its name is in the label and the table).
  if (bodyOnly)
    return (
      <>
        {bodyRect}
        {cueRect(x0 + 1, x0 + w - 1, 'all')}
      </>
    );
  const projectedFrom = bar.projected && bar.end !== null ? Math.max(bar.start, asOf + 1) : null;
  const showProjected = projectedFrom !== null && bar.end !== null && projectedFrom <= bar.end;
  const exceedsFrom = bar.exceeds && bar.ruleLimit !== null ? bar.ruleLimit + 1 : null;
  // A name drawn after the bar (BarMarks) is not drawn in it too; a number badge keeps its room.
  const keep = typeof mark === 'number' ? badgeWidth(mark) : 0;
  const fitted = insideLabel(bar, info.label, x, x0, x1, view, keep);
  const { textX, fontSize } = fitted;
  const label = mark === 'outside' ? '' : fitted.label;
  // The texture beside the name, never under it: the name keeps its contrast against the fill.
  const textEnd = label ? textX + textWidth(label, fontSize) + 3 : x0 + 1;
  const body = (
    <>
      {bodyRect}
      {label && cueRect(x0 + 1, textX - 3, 'before')}
      {cueRect(textEnd, x0 + w - 1, 'after')}
    </>
  );
  const limitX = bar.ruleLimit === null ? null : x(bar.ruleLimit + 1);
  return (
    <>
      {/* A group only when there is something to group (one node less per bar: 1,000 at 1,000 bars). */}
      {open || showProjected ? (
        <g mask={open ? `url(#${PATTERN.fade}-mask)` : undefined}>
          {body}
          {showProjected && (
            <rect
              className="bar-projected"
              x={x(projectedFrom)}
              y={y}
              width={Math.max(x(bar.end! + 1) - x(projectedFrom), 1)}
              height={h}
              fill={`url(#${PATTERN.projected})`}
              pointerEvents="none"
            />
          )}
        </g>
      ) : (
        body
      )}
      {exceedsFrom !== null && bar.end !== null && (
        <rect
          className="bar-exceeds"
          x={x(exceedsFrom)}
          y={y}
          width={Math.max(x(bar.end + 1) - x(exceedsFrom), 1)}
          height={h}
          fill={`url(#${PATTERN.exceeds})`}
          pointerEvents="none"
        />
      )}
      {limitX !== null && bar.end !== null && bar.ruleLimit !== null && bar.ruleLimit > bar.end && (
        <line
          className="bar-headroom"
          x1={x1}
          x2={limitX}
          y1={y + h / 2}
          y2={y + h / 2}
          stroke="#1a1a1a"
          strokeWidth={1.5}
          strokeDasharray="2 4"
          pointerEvents="none"
        />
      )}
      {bar.ruleLimit !== null && limitX !== null && (
        <g className="bar-limit" data-limit={info.limit}>
          <line x1={limitX} x2={limitX} y1={y - 4} y2={y + h + 4} stroke={stroke} strokeWidth={3} />
          <path d={`M${limitX},${y - 4} l6,-4 l0,8 z`} fill={stroke} />
        </g>
      )}
      {label && (
        <text
          x={textX}
          y={y + h / 2 + 1}
          dominantBaseline="middle"
          className="bar-label"
          clipPath={clip}
          fontSize={fontSize}
          fill={bar.activity && !bar.cancelled ? colors.text : '#111111'}
          textDecoration={bar.cancelled ? 'line-through' : undefined}
          pointerEvents="none"
        >
          {label}
        </text>
      )}
      {bar.endUnrecorded && !open && (
        // The decided end passed with nothing recorded: a "?" at the end, in the legend and the name (not colour alone).
        <g className="bar-end-unrecorded" data-end-unrecorded="" pointerEvents="none">
          <circle cx={x1} cy={y + h / 2} r={8} fill="#ffffff" stroke="#1a1a1a" strokeWidth={1.5} />
          <text x={x1} y={y + h / 2 + 1} textAnchor="middle" dominantBaseline="middle" fontSize={12} fill="#111111">
            ?
          </text>
        </g>
      )}
      {editMode && !open && (
        <rect
          className="bar-resize"
          data-resize={bar.id}
          x={x1 - 6}
          y={y}
          width={10}
          height={h}
          fill="transparent"
          onPointerDown={(e) => editing.begin(bar.id, 'resize', e)}
        />
      )}
      {drag && drag.days !== 0 && (
        <text x={x1 + 6} y={y + h / 2} dominantBaseline="middle" className="drag-days" pointerEvents="none">
          {drag.days > 0 ? '+' : ''}
          {drag.days}
        </text>
      )}
      {bar.cancelled && (
        // Not under the label (which is struck through itself): a dark line through the text took it under 4.5:1.
        <line
          x1={label ? Math.min(textX + textWidth(label, fontSize) + 4, x0 + w) : x0}
          x2={x0 + w}
          y1={y + h / 2}
          y2={y + h / 2}
          stroke="#1a1a1a"
          strokeWidth={2}
          pointerEvents="none"
        />
      )}
    </>
  );
}
