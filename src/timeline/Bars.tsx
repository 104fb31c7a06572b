/**
 * The bars: one focusable, named group per intervention, in the journey's order (the tab order),
 * drawn in full while in view (BarShapes.tsx) and as the named group alone outside it. A big
 * journey's bars come in slices (slices.ts); the bars are rendered in chunks, so a new slice
 * renders the chunks it changes, not every bar.
 */
import { memo, useEffect, useId, useMemo, useRef } from 'react';
import { announce } from '../kit/announce';
import { useTranslation } from 'react-i18next';
import { type AppState, useStore } from '../store';
import type { Selection } from '../store/viewSlice';
import type { Labels } from '../kit/useLabels';
import { EVENT_ROW, LANE_PAD, UNBOUNDED, type View, type XScale, drawMargin } from './geometry';
import type { BarLayout } from './layout';
import { type BarEditing, type Drag, useBarEditing } from './barEditing';
import type { BarInfos } from './barInfo';
import { BarTags } from './BarTags';
import { type BarMark, placeBadges } from './barMarks';
import { BarMarks } from './BarMarks';
import { type BarProps, BarShapes } from './BarShapes';
import { CHUNK, type Slices, sameInChunk } from './slices';
import type { TimelineModel } from './useTimelineModel';
import { LaneClips } from './Lanes';
import { type Interaction, itemProps, useStableInteraction } from './useInteraction';

const selectSelection = (s: AppState) => s.selection;
const selectEditMode = (s: AppState) => s.editMode;

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

export function Bars({
  model,
  x,
  view,
  asOf,
  labels,
  infos,
  marks,
  reveal,
  slices,
}: {
  model: TimelineModel;
  /**
   * Day → x without the pan's offset (the same scale for every pan at one zoom): the bars are
   * drawn with it and moved by the offset, so a pan draws again only the bars at the view's edges.
   */
  x: XScale;
  /** The visible range in that scale's coordinates: the pan's offset's opposite, and the chart's width past it. */
  view: View;
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
    () => placeBadges(model.layout.bars, marks, x, view, model.scenarioOnly),
    [model.layout.bars, marks, x, view, model.scenarioOnly],
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
  const indexOf = useMemo(() => new Map(model.layout.bars.map((b, i) => [b.id, i])), [model.layout.bars]);
  // The selected and the dragged bar go to their own chunk only: a click or a drag renders that chunk.
  const selectedAt = selection?.kind === 'intervention' ? (indexOf.get(selection.id) ?? -1) : -1;
  const dragAt = drag ? (indexOf.get(drag.id) ?? -1) : -1;
  const inChunk = (i: number, from: number) => i >= from && i < from + CHUNK;
  const chunks = [];
  for (let from = 0; from < model.layout.bars.length; from += CHUNK)
    chunks.push(
      <BarsChunk
        key={from}
        from={from}
        bars={model.layout.bars}
        infos={infos}
        x={x}
        tops={tops}
        view={view}
        asOf={asOf}
        selectedId={inChunk(selectedAt, from) ? model.layout.bars[selectedAt].id : null}
        interaction={interaction}
        editMode={editMode}
        drag={inChunk(dragAt, from) ? drag : null}
        editing={editing}
        reveal={reveal}
        marks={marks}
        badges={badges}
        scenarioOnly={model.scenarioOnly}
        clipId={clipId}
        laneIndex={laneIndex}
        slices={slices}
      />,
    );
  return (
    <g className="bars" transform={view.left ? `translate(${-view.left},0)` : undefined}>
      <LaneClips model={model} id={clipId} x={-1e7} width={2e7} />
      {chunks}
      <BarMarks bars={model.layout.bars} marks={marks} badges={badges} tops={tops} slices={slices} />
    </g>
  );
}

/** The last day a bar draws anything on: its end, its statutory limit or its last milestone (Infinity: open). */
function farthest(bar: BarLayout): number {
  let day = Math.max(bar.end ?? Infinity, bar.ruleLimit ?? -Infinity);
  for (const m of bar.milestones) day = Math.max(day, m.at);
  return day;
}

type ChunkProps = {
  /** The chunk's first bar: it draws the bars from…from + CHUNK − 1. */
  from: number;
  bars: readonly BarLayout[];
  infos: BarInfos;
  x: XScale;
  tops: ReadonlyMap<string, number>;
  view: View;
  asOf: number;
  /** The selected bar's id when it is in this chunk, else null. */
  selectedId: string | null;
  interaction: Interaction;
  editMode: boolean;
  /** The drag in progress when its bar is in this chunk, else null. */
  drag: Drag | null;
  editing: BarEditing;
  reveal: (bar: BarLayout) => void;
  marks: ReadonlyMap<string, BarMark>;
  badges: ReadonlyMap<string, number>;
  scenarioOnly: ReadonlySet<string>;
  clipId: string;
  laneIndex: ReadonlyMap<string, number>;
  slices: Slices;
};

/** A chunk renders again when anything it draws with changed, or a new slice changes which of its bars are drawn. */
export function sameChunk(a: ChunkProps, b: ChunkProps): boolean {
  for (const k of Object.keys(b) as (keyof ChunkProps)[]) if (k !== 'slices' && a[k] !== b[k]) return false;
  return sameInChunk(a.slices, b.slices, b.from);
}

const BarsChunk = memo(function BarsChunk(props: ChunkProps) {
  const { from, bars, infos, x, tops, view, asOf, selectedId, drag, slices, marks, badges } = props;
  // The days in view with the drawing margin (see liveView.ts): only bars that reach into them are drawn in full.
  const margin = drawMargin(view.right - view.left);
  const first = x.invert(view.left - margin);
  const last = x.invert(view.right + margin);
  return bars.slice(from, from + CHUNK).map((bar, j) => {
    const i = from + j;
    if (props.scenarioOnly.has(bar.id) || (slices.rank && slices.rank[i] >= slices.count)) return null;
    const mine = drag?.id === bar.id ? drag : null;
    // Open bars run to the edge; flags and ticks may lie beyond the end.
    const reach = Math.max(bar.end ?? Infinity, bar.ruleLimit ?? -Infinity);
    const culled = !mine && (reach + 1 < first || bar.start > last);
    // Wholly inside the view (its flags and ticks too), a bar is drawn the same wherever the view
    // is: drawn without edges, it skips its render when a pan moves the view.
    const inside = !mine && !culled && x(bar.start) >= view.left && x(farthest(bar) + 1) <= view.right;
    return (
      <Bar
        key={bar.id}
        bar={bar}
        info={infos.at(i)}
        x={x}
        top={tops.get(bar.lane) ?? 0}
        view={inside ? UNBOUNDED : view}
        asOf={asOf}
        selected={selectedId === bar.id}
        interaction={props.interaction}
        editMode={props.editMode}
        drag={mine}
        editing={props.editing}
        culled={culled}
        reveal={props.reveal}
        mark={markOf(marks.get(bar.id), badges)}
        clip={`url(#${props.clipId}-${props.laneIndex.get(bar.lane) ?? 0})`}
      />
    );
  });
}, sameChunk);
