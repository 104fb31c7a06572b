/** The Kaplan-Meier curve of the waits after försteg, drawn from `survivalLayout`. */
import { type WaitFigures, suppressCount, suppressView, survivalView } from '../domain';
import { SurvivalTable } from './SurvivalTable';
import { ChartFigure } from './ChartFigure';
import type { ExportMeta } from './describe';
import { frame } from './frame';
import { type Words, showValue } from './say';
import { survivalLayout } from './survivalLayout';

const F = frame(640, 340, { left: 64, bottom: 56, right: 24, top: 20 });
const INK = '#111111';
const CURVE = '#6a3d9a';

type Props = { waits: WaitFigures; basis: number; suppress: boolean; meta: ExportMeta; w: Words };

export function SurvivalChart({ waits, basis, suppress, meta, w }: Props) {
  const title = w.say('waits.survivalTitle');
  const hidden = suppress && basis < 5;
  const observations = waits.survival.reduce((s, r) => s + r.events + r.censored, 0);
  if (hidden || observations === 0)
    return (
      <section className="cohort-chart" aria-labelledby="cohort-survival-title" data-testid="chart-survival">
        <h3 id="cohort-survival-title">{title}</h3>
        <p className="hint">{w.say(hidden ? 'waits.survivalHidden' : 'waits.survivalNone')}</p>
      </section>
    );
  const { bands, view } = survivalView(waits, suppress);
  const shownCells = suppressView(view, suppress);
  if (bands.length === 0)
    return (
      <section className="cohort-chart" aria-labelledby="cohort-survival-title" data-testid="chart-survival">
        <h3 id="cohort-survival-title">{title}</h3>
        <p className="hint">{w.say('waits.survivalHidden')}</p>
      </section>
    );
  const m = survivalLayout(bands, waits.survivalMedian, F, 365, suppress);
  const pct = (v: number) => `${Math.round(v * 100)} %`;
  const desc =
    w.say('waits.survivalDesc', {
      count: showValue(suppressCount(observations, suppress), w.language),
      date: w.day(meta.asOf),
      median: showValue(waits.survivalMedian ?? '–', w.language),
    }) + (suppress ? ` ${w.say('waits.survivalBanded')}` : '');
  return (
    <ChartFigure id="survival" title={title} desc={desc} meta={meta} w={w}>
      <svg
        data-chart
        viewBox={`0 0 ${F.width} ${F.height}`}
        role="img"
        aria-label={`${title}. ${desc}`}
        className="chart-svg"
      >
        <g fontSize={15} fill={INK}>
          {m.yTicks.map((t) => (
            <g key={t.value}>
              <line x1={F.left} x2={F.width - F.right} y1={t.at} y2={t.at} stroke="#d0d0d0" />
              <text x={F.left - 8} y={t.at} dy="0.32em" textAnchor="end">
                {pct(t.value)}
              </text>
            </g>
          ))}
          {m.xTicks.map((t) => (
            <text key={t.value} x={t.at} y={F.height - F.bottom + 22} textAnchor="middle">
              {showValue(t.value, w.language)}
            </text>
          ))}
          <text x={(F.left + F.width - F.right) / 2} y={F.height - 8} textAnchor="middle">
            {w.say('waits.days')}
          </text>
        </g>
        <line x1={F.left} x2={F.width - F.right} y1={F.height - F.bottom} y2={F.height - F.bottom} stroke={INK} />
        {m.censored.map((c) => (
          <line
            key={c.day}
            x1={c.x}
            x2={c.x}
            y1={c.y - 5}
            y2={c.y + 5}
            stroke="#555555"
            strokeWidth={1.25}
            data-censored={c.day}
          />
        ))}
        <path d={m.path} fill="none" stroke={CURVE} strokeWidth={3} />
        {m.median && (
          <g data-median={m.median.day}>
            <line x1={F.left} x2={m.median.x} y1={m.median.y} y2={m.median.y} stroke={INK} strokeDasharray="5 4" />
            <line
              x1={m.median.x}
              x2={m.median.x}
              y1={m.median.y}
              y2={F.height - F.bottom}
              stroke={INK}
              strokeDasharray="5 4"
            />
            <circle cx={m.median.x} cy={m.median.y} r={6} fill="#ffffff" stroke={INK} strokeWidth={2} />
            <text x={m.median.x + 10} y={m.median.y - 10} fontSize={16} fontWeight={600} fill={INK}>
              {w.say('waits.median', { days: m.median.day })}
            </text>
          </g>
        )}
      </svg>
      <SurvivalTable bands={bands} shown={shownCells} w={w} />
    </ChartFigure>
  );
}
