/** The aligned state distribution (chronogram) and its counts on chosen days as a table. */
import { useMemo } from 'react';
import { type Alignment, DAY_STATES, chronogramIds, suppressChronogram } from '../domain';
import { ChartFigure } from './ChartFigure';
import { chronogramLayout, countsAt, tableOffsets } from './chronogramLayout';
import type { ExportMeta } from './describe';
import { frame } from './frame';
import { type Words, showValue } from './say';
import { StateLegend, hiddenFill, StatePatterns, stateFill } from './StatePatterns';

const F = frame(1200, 380, { left: 72, bottom: 56, right: 24, top: 24 });
const INK = '#111111';

type Props = { alignment: Alignment; anchorName: string; suppress: boolean; meta: ExportMeta; w: Words };

export function Chronogram({ alignment, anchorName, suppress, meta, w }: Props) {
  const title = w.say('align.title', { anchor: anchorName.toLowerCase() });
  const stateName = (s: string) => w.say(`align.states.${s}`);
  const first = alignment.days[0]?.offset ?? 0;
  const last = alignment.days[alignment.days.length - 1]?.offset ?? 0;
  const offsets = tableOffsets(first, last);
  // Counts rest on the included journeys: below 5, the chart and the counts are not shown.
  const hidden = suppress && alignment.included < 5;
  // Every day drawn and `included` as one view: a day's states add up to `included` (section 7).
  // The chart and the table read it, so a count the table hides is not drawn as an exact area.
  const shown = useMemo(
    () =>
      suppressChronogram(
        alignment,
        alignment.days.map((d) => d.offset),
        suppress,
      ),
    [alignment, suppress],
  );
  // The counts of journeys in and out as the view publishes them ("<5" under the rule), as the table and CSV do.
  const baseDesc = `${w.say('align.desc', {
    included: showValue(shown.get(chronogramIds.included) ?? null, w.language),
    excluded: showValue(shown.get(chronogramIds.excluded) ?? null, w.language),
  })} ${w.say(alignment.anchor === 'forstegEnd' ? 'align.day0Forsteg' : 'align.day0')}`;
  const cell = (o: number, s: string) => shown.get(chronogramIds.state(o, s)) ?? '–';
  const m = useMemo(
    () => chronogramLayout(alignment, F, (o, s) => typeof shown.get(chronogramIds.state(o, s)) === 'string'),
    [alignment, shown],
  );
  const desc =
    baseDesc + (m.hiddenDays > 0 ? ` ${w.say('align.hiddenDesc', { days: showValue(m.hiddenDays, w.language) })}` : '');
  return (
    <ChartFigure id="chronogram" title={title} desc={desc} meta={meta} w={w}>
      {hidden ? (
        <p className="hint">{w.say('waits.survivalHidden')}</p>
      ) : (
        <svg
          data-chart
          viewBox={`0 0 ${F.width} ${F.height}`}
          role="img"
          aria-label={`${title}. ${desc}`}
          className="chart-svg"
        >
          <StatePatterns prefix="chrono" />
          {m.areas.map((a) => (
            <path
              key={a.state}
              d={a.path}
              fill={a.state === 'hidden' ? hiddenFill('chrono') : stateFill('chrono', a.state)}
              stroke="#ffffff"
              strokeWidth={0.5}
              data-state={a.state}
            />
          ))}
          <g fontSize={17} fill={INK}>
            {m.yTicks.map((t) => (
              <g key={t.value}>
                <line x1={F.left - 5} x2={F.left} y1={t.at} y2={t.at} stroke={INK} />
                <text x={F.left - 8} y={t.at} dy="0.32em" textAnchor="end">
                  {showValue(t.value, w.language)}
                </text>
              </g>
            ))}
            {m.xTicks.map((t) => (
              <g key={t.value}>
                <line x1={t.at} x2={t.at} y1={F.height - F.bottom} y2={F.height - F.bottom + 5} stroke={INK} />
                <text x={t.at} y={F.height - F.bottom + 22} textAnchor="middle">
                  {t.value > 0 ? `+${t.value}` : t.value}
                </text>
              </g>
            ))}
            <text x={(F.left + F.width - F.right) / 2} y={F.height - 8} textAnchor="middle">
              {w.say('align.dayAxis')}
            </text>
            <text transform={`translate(18, ${(F.top + F.height - F.bottom) / 2}) rotate(-90)`} textAnchor="middle">
              {w.say('align.journeysAxis')}
            </text>
          </g>
          <line
            x1={m.anchorX}
            x2={m.anchorX}
            y1={F.top - 8}
            y2={F.height - F.bottom}
            stroke={INK}
            strokeWidth={2.5}
            strokeDasharray="6 4"
          />
          <text x={m.anchorX + 6} y={F.top + 6} fontSize={17} fontWeight={600} fill={INK}>
            0
          </text>
        </svg>
      )}
      <StateLegend
        prefix="chrono"
        name={stateName}
        hidden={!hidden && m.hiddenDays > 0 ? w.say('align.hiddenLegend') : null}
      />
      {!hidden && (
        <table className="align-table" data-testid="align-table">
          <caption>{w.say('align.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{w.say('align.day')}</th>
              {DAY_STATES.map((s) => (
                <th key={s} scope="col">
                  {stateName(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {offsets.map((o) => {
              const d = countsAt(alignment, o);
              if (!d) return null;
              return (
                <tr key={o} data-offset={o}>
                  <th scope="row">{o > 0 ? `+${o}` : o}</th>
                  {DAY_STATES.map((s) => (
                    <td key={s} data-state={s} data-count={String(cell(o, s))}>
                      {showValue(cell(o, s), w.language)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </ChartFigure>
  );
}
