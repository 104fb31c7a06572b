import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isoDate, moveIntervention, resizeIntervention } from '../domain';
import { type AppState, useStore } from '../store';
import { sameSelection, type Selection } from '../store/viewSlice';
import type { Labels } from '../ui/useLabels';
import { BAR_HEIGHT, BAR_ROW, EVENT_ROW, LANE_PAD, THIN_BAR_HEIGHT, type XScale } from './geometry';
import type { BarLayout } from './layout';
import { PATTERN } from './defs';
import { CATEGORY_COLORS, FINDING_COLORS } from './palette';
import { MilestoneTicks } from './MilestoneTicks';
import { fitText } from './text';
import type { TimelineModel } from './useTimelineModel';

const selectSelection = (s: AppState) => s.selection;
const selectHover = (s: AppState) => s.hover;
const selectSelect = (s: AppState) => s.select;
const selectEditMode = (s: AppState) => s.editMode;
const selectEditJourney = (s: AppState) => s.editJourney;

export type Interaction = {
  onEnter: (s: Selection) => void;
  onLeave: () => void;
  onChoose: (s: Selection) => void;
};

/** Pointer, focus and keyboard on a chart item: hover shows details, click or Enter pins them. */
export function useInteraction(): Interaction & { selection: Selection | null } {
  const selection = useStore(selectSelection);
  const hover = useStore(selectHover);
  const select = useStore(selectSelect);
  return {
    selection,
    onEnter: hover,
    onLeave: () => hover(null),
    onChoose: (s) => select(sameSelection(useStore.getState().selection, s) ? null : s),
  };
}

export function itemProps(sel: Selection, label: string, interaction: Interaction, selected: boolean) {
  return {
    tabIndex: 0,
    role: 'button',
    'aria-label': label,
    'aria-pressed': selected,
    onMouseEnter: () => interaction.onEnter(sel),
    onMouseLeave: interaction.onLeave,
    onFocus: () => interaction.onEnter(sel),
    onBlur: interaction.onLeave,
    onClick: () => interaction.onChoose(sel),
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        interaction.onChoose(sel);
      }
    },
  };
}

type BarProps = {
  bar: BarLayout;
  x: XScale;
  top: number;
  chartWidth: number;
  asOf: number;
  labels: Labels;
  selected: boolean;
  interaction: Interaction;
};

type Drag = { mode: 'move' | 'resize'; startX: number; days: number };

/** Moving and resizing a bar in edit mode: by pointer (snapping to days) or by keyboard. */
function useBarEditing(id: string, x: XScale) {
  const editMode = useStore(selectEditMode);
  const editJourney = useStore(selectEditJourney);
  const [drag, setDrag] = useState<Drag | null>(null);
  const dragRef = useRef<Drag | null>(null);
  const pxPerDay = x(1) - x(0);
  const apply = (mode: Drag['mode'], days: number) => {
    if (days !== 0)
      editJourney((j) => (mode === 'move' ? moveIntervention(j, id, days) : resizeIntervention(j, id, days)));
  };
  const begin = (mode: Drag['mode'], e: React.PointerEvent) => {
    if (!editMode || e.button !== 0) return;
    e.stopPropagation();
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    dragRef.current = { mode, startX: e.clientX, days: 0 };
    setDrag(dragRef.current);
  };
  const move = (e: React.PointerEvent) => {
    const d = dragRef.current;
    if (!d) return;
    const days = Math.round((e.clientX - d.startX) / pxPerDay);
    if (days !== d.days) {
      dragRef.current = { ...d, days };
      setDrag(dragRef.current);
    }
  };
  const end = () => {
    const d = dragRef.current;
    dragRef.current = null;
    setDrag(null);
    if (d) apply(d.mode, d.days);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (!editMode || !['ArrowLeft', 'ArrowRight'].includes(e.key)) return;
    e.preventDefault();
    e.stopPropagation();
    const days = (e.key === 'ArrowLeft' ? -1 : 1) * (e.shiftKey ? 7 : 1);
    apply(e.altKey ? 'resize' : 'move', days);
  };
  const handlers = { onPointerMove: move, onPointerUp: end, onPointerCancel: end };
  return {
    editMode,
    drag,
    pxPerDay,
    startMove: (e: React.PointerEvent) => begin('move', e),
    startResize: (e: React.PointerEvent) => begin('resize', e),
    handlers,
    onKeyDown,
  };
}

function Bar({ bar, x, top, chartWidth, asOf, labels, selected, interaction }: BarProps) {
  const { t } = useTranslation();
  const editing = useBarEditing(bar.id, x);
  const h = bar.activity ? BAR_HEIGHT : THIN_BAR_HEIGHT;
  const y = top + BAR_ROW * bar.row + (BAR_ROW - h) / 2;
  const shift = editing.drag ? editing.drag.days * editing.pxPerDay : 0;
  const x0 = x(bar.start) + (editing.drag?.mode === 'move' ? shift : 0);
  const open = bar.end === null;
  const x1 = open ? Math.max(x(bar.start) + 60, chartWidth + 40) : x(bar.end! + 1) + shift;
  if (x1 < -50 || x0 > chartWidth + 50) return null;
  const colors = CATEGORY_COLORS[bar.category];
  const w = Math.max(x1 - x0, 2);
  const name = labels.intervention(bar.id);
  const statusKey = {
    planned: 'statusPlanned',
    ongoing: 'statusOngoing',
    ended: 'statusEnded',
    cancelled: 'statusCancelled',
  } as const;
  const iv = labels.interventionById(bar.id);
  const status = t(`interventions.${statusKey[bar.status]}`);
  const milestones = bar.milestones
    .map((m) => t('law.milestone.tickTitle', { day: m.day, date: labels.day(isoDate(m.at)) }))
    .join(', ');
  const aria =
    (open
      ? t('timeline.barLabelOpen', { name, from: labels.day(iv?.start ?? isoDate(bar.start)), status })
      : t(bar.projected ? 'timeline.barLabelProjected' : 'timeline.barLabel', {
          name,
          from: labels.day(isoDate(bar.start)),
          to: labels.day(isoDate(bar.end!)),
          status,
        })) + (milestones ? `; ${t('law.milestone.ariaList', { list: milestones })}` : '');
  const projectedFrom = bar.projected && bar.end !== null ? Math.max(bar.start, asOf + 1) : null;
  const exceedsFrom = bar.exceeds && bar.ruleLimit !== null ? bar.ruleLimit + 1 : null;
  const textX = Math.max(x0, 0) + 6;
  const fontSize = bar.activity ? 13 : 11;
  // With extensions, the name stays in the decision's own segment; each extension is labelled in its own.
  const firstExtension = bar.segments.find((s) => s.kind === 'extension');
  const firstTick = bar.milestones.find((m) => x(m.at + 1) > textX);
  const labelEnd = Math.min(
    firstExtension ? x(firstExtension.start) : x1,
    firstTick ? x(firstTick.at + 1) : Infinity,
    chartWidth,
  );
  const label = fitText(bar.exceeds ? `⚠ ${name} (${t('timeline.exceeds')})` : name, labelEnd - textX - 4, fontSize);
  const limitX = bar.ruleLimit === null ? null : x(bar.ruleLimit + 1);
  const sel: Selection = { kind: 'intervention', id: bar.id };
  return (
    <g
      className={`bar${bar.cancelled ? ' bar-cancelled' : ''}${selected ? ' is-selected' : ''}`}
      data-bar={bar.id}
      data-lane={bar.lane}
      data-row={bar.row}
      data-start={isoDate(bar.start)}
      data-end={bar.end === null ? 'open' : isoDate(bar.end)}
      data-projected={bar.projected}
      data-exceeds={bar.exceeds}
      data-cancelled={bar.cancelled}
      opacity={bar.cancelled ? 0.45 : 1}
      data-draggable={editing.editMode}
      {...itemProps(sel, aria, interaction, selected)}
      onKeyDown={(e) => {
        editing.onKeyDown(e);
        if (!e.defaultPrevented) itemProps(sel, aria, interaction, selected).onKeyDown(e);
      }}
      onPointerDown={editing.startMove}
      {...editing.handlers}
    >
      <g mask={open ? `url(#${PATTERN.fade}-mask)` : undefined}>
        <rect
          className="bar-body"
          x={x0}
          y={y}
          width={w}
          height={h}
          rx={3}
          fill={colors.fill}
          fillOpacity={bar.activity ? 1 : 0.7}
          stroke={bar.exceeds ? FINDING_COLORS.exceeds : '#1a1a1a'}
          strokeWidth={bar.exceeds ? 2.5 : 1}
          strokeDasharray={bar.projected ? '5 3' : undefined}
        />
        {projectedFrom !== null && bar.end !== null && projectedFrom <= bar.end && (
          <rect
            className="bar-projected"
            x={x(projectedFrom)}
            y={y}
            width={Math.max(x(bar.end + 1) - x(projectedFrom), 1)}
            height={h}
            fill={`url(#${PATTERN.projected})`}
            pointerEvents="none"
          />
        )}
      </g>
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
      {bar.segments
        .filter((s) => s.kind === 'extension')
        .map((s) => {
          const sx = x(s.start);
          const ext = t('timeline.extension', { months: s.months ?? 0 });
          return (
            <g key={s.start} className="bar-extension" data-extension-start={isoDate(s.start)}>
              <line x1={sx} x2={sx} y1={y - 3} y2={y + h + 3} stroke="#1a1a1a" strokeWidth={2} />
              {Math.min(x(s.end + 1), chartWidth) - Math.max(sx, 0) > ext.length * 7 + 8 && (
                <text
                  x={Math.max(sx, 0) + 4}
                  y={y + h / 2 + 1}
                  dominantBaseline="middle"
                  className="bar-extension-label"
                  fill={bar.activity ? colors.text : '#111111'}
                  pointerEvents="none"
                >
                  {ext}
                </text>
              )}
            </g>
          );
        })}
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
      {bar.ruleLimit !== null && (
        <g className="bar-limit" data-limit={isoDate(bar.ruleLimit)}>
          <line
            x1={x(bar.ruleLimit + 1)}
            x2={x(bar.ruleLimit + 1)}
            y1={y - 4}
            y2={y + h + 4}
            stroke={bar.exceeds ? FINDING_COLORS.exceeds : '#1a1a1a'}
            strokeWidth={3}
          />
          <path
            d={`M${x(bar.ruleLimit + 1)},${y - 4} l6,-4 l0,8 z`}
            fill={bar.exceeds ? FINDING_COLORS.exceeds : '#1a1a1a'}
          />
        </g>
      )}
      {bar.milestones.length > 0 && (
        <MilestoneTicks
          ticks={bar.milestones}
          x={x}
          y={y}
          h={h}
          barEnd={open ? chartWidth : x1}
          chartWidth={chartWidth}
          labels={labels}
        />
      )}
      {label && (
        <text
          x={textX}
          y={y + h / 2 + 1}
          dominantBaseline="middle"
          className="bar-label"
          fontSize={fontSize}
          fill={bar.activity ? colors.text : '#111111'}
          textDecoration={bar.cancelled ? 'line-through' : undefined}
          pointerEvents="none"
        >
          {label}
        </text>
      )}
      {editing.editMode && !open && (
        <rect
          className="bar-resize"
          data-resize={bar.id}
          x={x1 - 6}
          y={y}
          width={10}
          height={h}
          fill="transparent"
          onPointerDown={editing.startResize}
        />
      )}
      {editing.drag && editing.drag.days !== 0 && (
        <text x={x1 + 6} y={y + h / 2} dominantBaseline="middle" className="drag-days" pointerEvents="none">
          {editing.drag.days > 0 ? '+' : ''}
          {editing.drag.days}
        </text>
      )}
      {bar.cancelled && (
        <line x1={x0} x2={x0 + w} y1={y + h / 2} y2={y + h / 2} stroke="#1a1a1a" strokeWidth={2} pointerEvents="none" />
      )}
    </g>
  );
}

export function Bars(props: { model: TimelineModel; x: XScale; chartWidth: number; asOf: number; labels: Labels }) {
  const { model } = props;
  const interaction = useInteraction();
  return (
    <g className="bars">
      {model.layout.bars.map((bar) => {
        if (model.scenarioOnly.has(bar.id)) return null;
        const laneIndex = model.layout.lanes.findIndex((l) => l.actor === bar.lane);
        const lane = model.layout.lanes[laneIndex];
        const top = model.positions[laneIndex].top + LANE_PAD + (lane.hasEvents ? EVENT_ROW : 0);
        return (
          <Bar
            key={bar.id}
            bar={bar}
            top={top}
            selected={sameSelection(interaction.selection, { kind: 'intervention', id: bar.id })}
            interaction={interaction}
            {...props}
          />
        );
      })}
    </g>
  );
}
