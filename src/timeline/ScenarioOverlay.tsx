import { useTranslation } from 'react-i18next';
import { type Comparison, dayNumber } from '../domain';
import type { Labels } from '../kit/useLabels';
import { BAR_HEIGHT, BAR_ROW, EVENT_ROW, LANE_PAD, OPEN_OVERRUN, STRIP_ROW, type XScale } from './geometry';
import type { TimelineModel } from './useTimelineModel';

const GHOST = '#12355b';

/** Scenario outlines over the baseline: what moves, grows, shrinks, appears or goes away. */
export function ScenarioOverlay(props: {
  model: TimelineModel;
  comparison: Comparison;
  x: XScale;
  chartWidth: number;
  labels: Labels;
}) {
  const { model, comparison, x, chartWidth, labels } = props;
  const { t } = useTranslation();
  return (
    <g className="scenario-overlay">
      {comparison.interventions.map((c) => {
        const bar = model.layout.bars.find((b) => b.id === c.id);
        if (!bar) return null;
        const laneIndex = model.layout.lanes.findIndex((l) => l.actor === bar.lane);
        const lane = model.layout.lanes[laneIndex];
        const y =
          model.positions[laneIndex].top +
          LANE_PAD +
          (lane.hasEvents ? EVENT_ROW : 0) +
          BAR_ROW * bar.row +
          (BAR_ROW - BAR_HEIGHT) / 2;
        const name = labels.intervention(c.id);
        if (c.change === 'removed') {
          const x0 = x(bar.start);
          const x1 = bar.end === null ? chartWidth : x(bar.end + 1);
          return (
            <g
              key={c.id}
              data-ghost={c.id}
              data-change="removed"
              aria-label={t('scenarios.ghostRemoved', { name })}
              role="img"
            >
              <title>{t('scenarios.ghostRemoved', { name })}</title>
              <rect
                x={x0}
                y={y}
                width={Math.max(x1 - x0, 2)}
                height={BAR_HEIGHT}
                fill="#ffffff"
                fillOpacity={0.6}
                stroke="#a4161a"
                strokeWidth={3}
                strokeDasharray="4 3"
              />
              <line x1={x0} y1={y} x2={x1} y2={y + BAR_HEIGHT} stroke="#a4161a" strokeWidth={3} />
              <line x1={x0} y1={y + BAR_HEIGHT} x2={x1} y2={y} stroke="#a4161a" strokeWidth={3} />
            </g>
          );
        }
        if (!c.scenarioStart) return null;
        const x0 = x(dayNumber(c.scenarioStart));
        const x1 = c.scenarioEnd === null ? chartWidth + OPEN_OVERRUN : x(dayNumber(c.scenarioEnd) + 1);
        const label = t('scenarios.ghost', {
          name,
          from: labels.day(c.scenarioStart),
          to: c.scenarioEnd ? labels.day(c.scenarioEnd) : t('scenarios.openEnded'),
        });
        return (
          <g
            key={c.id}
            data-ghost={c.id}
            data-change={c.change}
            data-start={c.scenarioStart}
            data-end={c.scenarioEnd ?? 'open'}
            role="img"
            aria-label={label}
          >
            <title>{label}</title>
            <rect
              x={x0}
              y={y - 2}
              width={Math.max(x1 - x0, 2)}
              height={BAR_HEIGHT + 4}
              fill={GHOST}
              fillOpacity={0.12}
              stroke={GHOST}
              strokeWidth={3}
              strokeDasharray="7 4"
              rx={4}
              pointerEvents="none"
            />
          </g>
        );
      })}
    </g>
  );
}

/** Findings the scenario adds, drawn as dashed marks in their strip. */
export function AppearingFindings({
  model,
  comparison,
  x,
}: {
  model: TimelineModel;
  comparison: Comparison;
  x: XScale;
}) {
  const { t } = useTranslation();
  return (
    <g className="appearing-findings">
      {comparison.appeared.map((f) => {
        // A milestone that moves or appears is a tick on its bar and a sentence in the comparison.
        if (f.kind === 'milestone') return null;
        const y = model.stripY(f.kind, 0);
        if (f.kind === 'cliff') {
          const ex = x(dayNumber(f.end!) + 1);
          return (
            <g
              key={`${f.kind}:${f.key}`}
              data-finding-change="appears"
              data-kind={f.kind}
              role="img"
              aria-label={t('scenarios.appears')}
            >
              <path
                d={`M${ex},${y + 3} l-8,16 l16,0 z`}
                fill="#ffffff"
                stroke="#a4161a"
                strokeWidth={2}
                strokeDasharray="3 2"
              />
            </g>
          );
        }
        if (!f.start || !f.end) return null;
        const x0 = x(dayNumber(f.start));
        const x1 = x(dayNumber(f.end) + 1);
        return (
          <g
            key={`${f.kind}:${f.key}`}
            data-finding-change="appears"
            data-kind={f.kind}
            data-start={f.start}
            data-days={f.days}
            role="img"
            aria-label={`${t('scenarios.appears')}: ${f.days}`}
          >
            <rect
              x={x0}
              y={y + 2}
              width={Math.max(x1 - x0, 2)}
              height={STRIP_ROW - 4}
              fill="none"
              stroke={GHOST}
              strokeWidth={2.5}
              strokeDasharray="5 3"
            />
          </g>
        );
      })}
    </g>
  );
}
