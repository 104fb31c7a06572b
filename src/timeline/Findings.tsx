import { useTranslation } from 'react-i18next';
import { type Analysis, dayNumber } from '../domain';
import { sameSelection, type Selection } from '../store/viewSlice';
import type { Labels } from '../kit/useLabels';
import { itemProps, useInteraction } from './useInteraction';
import { PATTERN } from './defs';
import { STRIP_ROW, type XScale } from './geometry';
import { FINDING_COLORS } from './palette';
import { BOLD, fitText, placeRowLabels, textWidth } from './text';
import { FitText } from './FitText';
import type { StripKind, TimelineModel } from './useTimelineModel';
import { findingId } from '../domain/findingId';

export { findingId };

type Props = {
  model: TimelineModel;
  analysis: Analysis;
  x: XScale;
  width: number;
  labels: Labels;
  disappearing?: ReadonlySet<string>;
};

function span(x: XScale, start: string, end: string) {
  const x0 = x(dayNumber(start));
  return { x0, x1: x(dayNumber(end) + 1) };
}

/** Gap and grey-zone bands across every lane, behind the bars. */
export function FindingBands({ model, analysis, x }: Props) {
  const { selection } = useInteraction();
  const top = model.lanesTop;
  const height = model.height - top;
  return (
    <g className="finding-bands" aria-hidden="true">
      {analysis.gaps.map((g) => {
        const { x0, x1 } = span(x, g.start, g.end);
        const sel = sameSelection(selection, { kind: 'gap', id: findingId.gap(g) });
        return (
          <rect
            key={`gap-${g.start}`}
            className="band band-gap"
            data-band="gap"
            x={x0}
            y={top}
            width={Math.max(x1 - x0, 1)}
            height={height}
            fill={`url(#${PATTERN.gap})`}
            fillOpacity={0.8}
            stroke={sel ? FINDING_COLORS.selection : 'none'}
            strokeWidth={sel ? 3 : 0}
          />
        );
      })}
      {analysis.greyZones.map((z) => {
        const { x0, x1 } = span(x, z.start, z.end);
        const sel = sameSelection(selection, { kind: 'greyzone', id: findingId.greyzone(z) });
        return (
          <rect
            key={`gz-${z.start}-${z.manual}`}
            className="band band-greyzone"
            data-band={z.manual ? 'greyzone-manual' : 'greyzone'}
            x={x0}
            y={top}
            width={Math.max(x1 - x0, 1)}
            height={height}
            fill={`url(#${z.manual ? PATTERN.manual : PATTERN.greyzone})`}
            fillOpacity={0.55}
            stroke={sel ? FINDING_COLORS.selection : FINDING_COLORS.greyzone}
            strokeWidth={sel ? 3 : 1}
            strokeDasharray={z.manual ? '2 3' : '6 3'}
          />
        );
      })}
    </g>
  );
}

/** The strips above the lanes: one labelled mark per finding, each selectable. */
export function FindingStrips({ model, analysis, x, width, labels, disappearing }: Props) {
  const { t } = useTranslation();
  const interaction = useInteraction();
  const actors = (ids: string[]) => (ids.length ? ids.map(labels.actor).join(', ') : t('findings.greyZoneUnknown'));
  // The label on screen says how long; the name says when too (the dates are not on the chart as text).
  const labelled = (text: string, start: string, end: string, open = false) => ({
    text,
    name: open
      ? t('a11y.findingNameOpen', { text, from: labels.day(start) })
      : t('a11y.findingName', { text, from: labels.day(start), to: labels.day(end) }),
  });

  type Item = {
    sel: Selection;
    sub: number;
    x0: number;
    x1: number;
    text: string;
    name: string;
    data: Record<string, string | number | boolean>;
    color: string;
    fill: string;
    gone?: boolean;
  };
  const rows: { row: StripKind; items: Item[] }[] = [
    {
      row: 'gap',
      items: analysis.gaps.map((g) => ({
        sel: { kind: 'gap', id: findingId.gap(g) },
        sub: 0,
        gone: disappearing?.has(`gap:${g.start}/${g.end}`),
        ...span(x, g.start, g.end),
        ...labelled(t('timeline.gapLabel', { days: g.days, working: g.workingDays }), g.start, g.end, g.open),
        data: { start: g.start, end: g.end, days: g.days, open: g.open },
        color: FINDING_COLORS.gap,
        fill: `url(#${PATTERN.gap})`,
      })),
    },
    {
      row: 'wait',
      items: analysis.forstegWaits
        .filter((w) => w.days > 0 && w.start && w.end)
        .map((w) => ({
          sel: { kind: 'wait', id: findingId.wait(w) },
          sub: 0,
          gone: disappearing?.has(`wait:${w.forsteg}/${w.start}/${w.end}/${w.noNextStep}`),
          ...span(x, w.start!, w.end!),
          ...labelled(t('timeline.waitLabel', { days: w.days }), w.start!, w.end!),
          data: { start: w.start!, end: w.end!, days: w.days, forsteg: w.forsteg },
          color: FINDING_COLORS.wait,
          fill: '#efe6f7',
        })),
    },
    {
      row: 'greyzone',
      items: analysis.greyZones.map((z, i) => ({
        sel: { kind: 'greyzone', id: findingId.greyzone(z) },
        sub: model.greyRows[i],
        gone: disappearing?.has(`greyzone:${z.start}/${z.end}/${z.manual}`),
        ...span(x, z.start, z.end),
        ...labelled(
          z.manual
            ? t('timeline.greyzoneManualLabel', { days: z.days })
            : t('timeline.greyzoneLabel', { from: actors(z.fromActors), to: actors(z.toActors), days: z.days }),
          z.start,
          z.end,
        ),
        data: { start: z.start, end: z.end, days: z.days, manual: z.manual },
        color: FINDING_COLORS.greyzone,
        fill: `url(#${z.manual ? PATTERN.manual : PATTERN.greyzone})`,
      })),
    },
  ];

  return (
    <g className="finding-strips">
      {rows
        .flatMap((r) =>
          model.strips
            .filter((s) => s.kind === r.row)
            .map((s) => ({ row: r.row, sub: s.sub, y: s.top, items: r.items.filter((i) => i.sub === s.sub) })),
        )
        .map((r) => {
          const y = r.y;
          // Finding labels are bold: placed by the width of bold text.
          const placed = placeRowLabels(r.items, width, 12 * BOLD);
          return (
            <g key={`${r.row}-${r.sub}`} data-strip={r.row}>
              {placed.map((item) => {
                const selected = sameSelection(interaction.selection, item.sel);
                return (
                  <g
                    key={item.sel.id}
                    className={`finding-mark${selected ? ' is-selected' : ''}${item.gone ? ' is-gone' : ''}`}
                    data-finding={r.row}
                    data-finding-change={item.gone ? 'disappears' : undefined}
                    {...Object.fromEntries(Object.entries(item.data).map(([k, v]) => [`data-${k}`, String(v)]))}
                    {...itemProps(item.sel, item.name, interaction, selected)}
                  >
                    <title>{item.name}</title>
                    <rect
                      x={item.x0}
                      y={y + 3}
                      width={Math.max(item.x1 - item.x0, 2)}
                      height={STRIP_ROW - 6}
                      fill={item.fill}
                      stroke={selected ? FINDING_COLORS.selection : item.color}
                      strokeWidth={selected ? 3 : 1.5}
                    />
                    <FitText
                      shown={item.shown}
                      text={item.text}
                      room={item.room}
                      x={item.x}
                      y={y + STRIP_ROW / 2 + 1}
                      dominantBaseline="middle"
                      textAnchor={item.anchor}
                      className="finding-label"
                    />
                  </g>
                );
              })}
            </g>
          );
        })}
      {analysis.cliffs.length > 0 && (
        <g data-strip="cliff">
          {analysis.cliffs.map((c, i) => {
            const sel: Selection = { kind: 'cliff', id: findingId.cliff(c) };
            const selected = sameSelection(interaction.selection, sel);
            const ex = x(dayNumber(c.end) + 1);
            const y = model.stripY('cliff', i);
            const headroom =
              c.headroomMonths === null
                ? ''
                : ` ${c.headroomMonths > 0 ? t('timeline.cliffHeadroom', { count: c.headroomMonths }) : t('timeline.cliffNoHeadroom')}`;
            const text = `${t('timeline.cliffLabel', { days: c.daysLeft })}${headroom}`;
            const full = t('a11y.cliffName', {
              text: `${labels.intervention(c.intervention)}: ${text}`,
              date: labels.day(c.end),
            });
            const right = ex + 14 + textWidth(text, 12) * BOLD <= width;
            // Where it fits neither side whole (a narrow chart, a reader's wider text spacing), it is cut with
            // "…"; a mark out of view has no label (it would stand over days that are not its own).
            const inView = ex >= 0 && ex <= width;
            const room = right ? width - ex - 14 : ex - 12 - 4;
            const shown = !inView ? '' : right ? text : fitText(text, room / BOLD, 12);
            return (
              <g
                key={c.intervention}
                className={`finding-mark cliff${selected ? ' is-selected' : ''}${disappearing?.has(`cliff:${c.intervention}/${c.end}`) ? ' is-gone' : ''}`}
                data-finding="cliff"
                data-finding-change={disappearing?.has(`cliff:${c.intervention}/${c.end}`) ? 'disappears' : undefined}
                data-intervention={c.intervention}
                data-end={c.end}
                data-days-left={c.daysLeft}
                {...itemProps(sel, full, interaction, selected)}
              >
                <title>{full}</title>
                <path
                  d={`M${ex},${y + 3} l-8,16 l16,0 z`}
                  fill={FINDING_COLORS.cliff}
                  stroke={selected ? FINDING_COLORS.selection : '#ffffff'}
                  strokeWidth={selected ? 3 : 1}
                />
                <text x={ex} y={y + 16} textAnchor="middle" className="cliff-mark-text" fill="#ffffff">
                  !
                </text>
                <FitText
                  shown={shown}
                  text={text}
                  room={room}
                  x={right ? ex + 12 : ex - 12}
                  y={y + STRIP_ROW / 2 + 1}
                  dominantBaseline="middle"
                  textAnchor={right ? 'start' : 'end'}
                  className="finding-label cliff-label"
                />
              </g>
            );
          })}
        </g>
      )}
    </g>
  );
}
