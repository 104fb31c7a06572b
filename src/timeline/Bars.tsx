import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { announce } from '../kit/announce';
import { useTranslation } from 'react-i18next';
import { type AppState, useStore } from '../store';
import type { Selection } from '../store/viewSlice';
import type { Labels } from '../kit/useLabels';
import { EVENT_ROW, LANE_PAD, type XScale, drawMargin } from './geometry';
import type { BarLayout } from './layout';
import { type BarEditing, type Drag, useBarEditing } from './barEditing';
import { PATTERN } from './defs';
import { CATEGORY_CUES, cueId } from './kindCues';
import type { BarInfo, BarInfos } from './barInfo';
import { CATEGORY_COLORS, FINDING_COLORS } from './palette';
import { BarTags, TICK_WIDTH, barBox } from './BarTags';
import { textWidth } from './text';
import { type BarMark, badgeWidth, insideLabel, placeBadges } from './barMarks';
import { BarMarks } from './BarMarks';
import type { Slices } from './slices';
import type { TimelineModel } from './useTimelineModel';
import { LaneClips } from './Lanes';
import { type Interaction, itemProps, useStableInteraction } from './useInteraction';

const selectSelection = (s: AppState) => s.selection;
const selectEditMode = (s: AppState) => s.editMode;

type BarProps = {
  bar: BarLayout;
  info: BarInfo;
  x: XScale;
  top: number;
  chartWidth: number;
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

/** What the bar itself must know of its mark (a primitive, so the memo holds): a number only when its badge is drawn. */
const markOf = (m: BarMark | undefined, badges: ReadonlyMap<string, number>) =>
  m === undefined ? undefined : m.place === 'outside' ? 'outside' : badges.has(m.id) ? m.n : undefined;

/** A bar that stays out of view skips its render: the scale is the only thing that moved. */
function sameWhileCulled(a: BarProps, b: BarProps): boolean {
  if (!(a.culled && b.culled)) {
    for (const k of Object.keys(a) as (keyof BarProps)[]) if (a[k] !== b[k]) return false;
    return true;
  }
  return (
    a.bar === b.bar &&
    a.info === b.info &&
    a.top === b.top &&
    a.selected === b.selected &&
    a.interaction === b.interaction &&
    a.editMode === b.editMode &&
    a.editing === b.editing &&
    a.reveal === b.reveal &&
    a.mark === b.mark
  );
}

const Bar = memo(function Bar(props: BarProps) {
  const { bar, info, selected, interaction, editMode, editing, culled } = props;
  const sel: Selection = { kind: 'intervention', id: bar.id };
  const item = itemProps(sel, info.aria, interaction, selected);
  return (
    <>
      <g
        className={`bar${bar.cancelled ? ' bar-cancelled' : ''}${selected ? ' is-selected' : ''}`}
        data-bar={bar.id}
        data-lane={bar.lane}
        data-row={bar.row}
        data-start={info.start}
        data-end={info.end}
        data-projected={bar.projected}
        data-exceeds={bar.exceeds}
        data-cancelled={bar.cancelled}
        data-parallel={bar.parallel || undefined}
        data-culled={culled || undefined}
        data-draggable={editMode}
        {...item}
        onFocus={(e) => {
          item.onFocus();
          // Reached by keyboard while out of view: the view moves to it.
          if (culled && e.target === e.currentTarget) props.reveal(bar);
        }}
        onKeyDown={(e) => {
          editing.onKeyDown(bar.id, e);
          if (!e.defaultPrevented) item.onKeyDown(e);
        }}
        onPointerDown={(e) => editing.begin(bar.id, 'move', e)}
        {...editing.handlers}
      >
        {!culled && <BarShapes {...props} />}
      </g>
      {!culled && <BarTags {...props} />}
    </>
  );
}, sameWhileCulled);

function BarShapes({ bar, info, x, top, chartWidth, asOf, editMode, drag, editing, mark, clip }: BarProps) {
  const { h, y, x0, x1, w, open, bodyOnly } = barBox(bar, x, top, chartWidth, drag);
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
  const fitted = insideLabel(bar, info.label, x, x0, x1, chartWidth, keep);
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

export function Bars({
  model,
  x,
  chartWidth,
  asOf,
  labels,
  infos,
  marks,
  reveal,
  slices,
}: {
  model: TimelineModel;
  x: XScale;
  chartWidth: number;
  asOf: number;
  labels: Labels;
  infos: BarInfos;
  marks: ReadonlyMap<string, BarMark>;
  reveal: (bar: BarLayout) => void;
  /** The bars drawn so far (a big journey comes in slices: slices.ts). */
  slices: Slices;
}) {
  const { t } = useTranslation();
  const selection = useStore(selectSelection);
  const interaction = useStableInteraction();
  const editMode = useStore(selectEditMode);
  // A bar moved by the arrow keys says its new dates once the chart has them (WCAG 4.1.3).
  const keyEdited = useRef<{ id: string; mode: 'move' | 'resize' } | null>(null);
  const { drag, editing } = useBarEditing(x(1) - x(0), (id, mode) => {
    keyEdited.current = { id, mode };
  });
  useEffect(() => {
    const edited = keyEdited.current;
    keyEdited.current = null;
    const i = edited ? model.layout.bars.findIndex((b) => b.id === edited.id) : -1;
    if (!edited || i < 0) return;
    const info = infos.at(i);
    const to = info.end === 'open' ? t('timeline.mandateOpen') : labels.day(info.end);
    const name = labels.intervention(edited.id);
    announce(
      edited.mode === 'move'
        ? t('timeline.keyMoved', { name, from: labels.day(info.start), to })
        : t('timeline.keyResized', { name, to }),
    );
  }, [infos, model.layout.bars, labels, t]);
  // The number badges drawn: none over another in its row (barMarks.ts).
  const badges = useMemo(
    () => placeBadges(model.layout.bars, marks, x, chartWidth, model.scenarioOnly),
    [model.layout.bars, marks, x, chartWidth, model.scenarioOnly],
  );
  const clipId = `bar-lane-clip-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
  const laneIndex = useMemo(() => new Map(model.layout.lanes.map((lane, i) => [lane.actor, i])), [model]);
  const tops = useMemo(() => {
    const byLane = new Map<string, number>();
    model.layout.lanes.forEach((lane, i) =>
      byLane.set(lane.actor, model.positions[i].top + LANE_PAD + (lane.hasEvents ? EVENT_ROW : 0)),
    );
    return byLane;
  }, [model]);
  // The days in view with the drawing margin (see liveView.ts): only bars that reach into them are drawn in full.
  const from = x.invert(-drawMargin(chartWidth));
  const to = x.invert(chartWidth + drawMargin(chartWidth));
  return (
    <g className="bars">
      <LaneClips model={model} id={clipId} x={-1e7} width={2e7} />
      {model.layout.bars.map((bar, i) => {
        if (model.scenarioOnly.has(bar.id) || (slices.rank && slices.rank[i] >= slices.count)) return null;
        const mine = drag?.id === bar.id ? drag : null;
        // Open bars run to the edge; flags and ticks may lie beyond the end.
        const last = Math.max(bar.end ?? Infinity, bar.ruleLimit ?? -Infinity);
        const culled = !mine && (last + 1 < from || bar.start > to);
        return (
          <Bar
            key={bar.id}
            bar={bar}
            info={infos.at(i)}
            x={x}
            top={tops.get(bar.lane) ?? 0}
            chartWidth={chartWidth}
            asOf={asOf}
            selected={selection?.kind === 'intervention' && selection.id === bar.id}
            interaction={interaction}
            editMode={editMode}
            drag={mine}
            editing={editing}
            culled={culled}
            reveal={reveal}
            mark={markOf(marks.get(bar.id), badges)}
            clip={`url(#${clipId}-${laneIndex.get(bar.lane) ?? 0})`}
          />
        );
      })}
      <BarMarks bars={model.layout.bars} marks={marks} badges={badges} tops={tops} slices={slices} />
    </g>
  );
}
