/**
 * The cohort's figures as CSV for a Swedish spreadsheet: `;` between cells, a byte-order
 * mark so that Excel reads UTF-8, the header rows of every export (`exportHeader`) first, every cell formula-escaped by `safeCsv`, small cells as on screen.
 */
import {
  type CohortFigures,
  histogramIds,
  histogramView,
  matrixIds,
  suppressCount,
  suppressFigure,
  suppressView,
  survivalIds,
  survivalView,
} from '../domain';
import { type CsvCell, safeCsv } from '../io/csv';
import { type ExportMeta, exportHeader } from './describe';
import { cliffKinds } from './lexHeller';
import { matrixLayout } from './matrixLayout';
import { OVERVIEW_KEYS, POOLED_KEYS, type Overview } from './overview';
import type { Words } from './say';

/**
 * `pooled`: the figures are pooled (Sammanställ): the figures of the per-person lists are left
 * out of the overview, and the pooled tables (gaps, cliffs and milestones by kind) replace the
 * cliffs by kind, which count distinct journeys.
 */
export function cohortCsv(
  figures: CohortFigures,
  shown: Overview,
  meta: ExportMeta,
  w: Words,
  pooled?: { tables: CsvCell[][]; overview: CsvCell[][] },
): string {
  const s = meta.suppress;
  // The same views, lines and rule as the screen: the same members are hidden here.
  const hist = suppressView(histogramView(figures.waits.histogram), s);
  const h = (id: string): CsvCell => hist.get(id) ?? '–';
  const matrix = matrixLayout(figures.greyZones.handovers, s);
  const pair = (from: string, to: string): CsvCell => matrix.totals.get(matrixIds.cell(from, to)) ?? '–';
  const total = (id: string): CsvCell => matrix.totals.get(id) ?? '–';
  const km = survivalView(figures.waits, s);
  const kmShown = suppressView(km.view, s);
  const k = (id: string): CsvCell => kmShown.get(id) ?? '–';
  const actorName = (id: string) => (id === '' ? w.say('matrix.nobody') : w.actor(id));
  const rows: CsvCell[][] = [
    // The cohort's name is in the title row; then the reference day, selection, small cells, version.
    ...exportHeader(meta, w).slice(1),
    [],
    [w.say('overview.figure'), w.say('overview.value')],
    ...(pooled ? POOLED_KEYS : OVERVIEW_KEYS).map((k): CsvCell[] => [w.say(`overview.rows.${k}`), shown[k]]),
    ...(pooled?.overview ?? []),
    [],
    [w.say('export.histogram'), w.say('waits.ended'), w.say('waits.open'), w.say('waits.count')],
    ...figures.waits.histogram.map((b, i): CsvCell[] => [
      b.to === null ? `${b.from}+` : `${b.from}–${b.to}`,
      h(histogramIds.ended(i)),
      h(histogramIds.open(i)),
      h(histogramIds.count(i)),
    ]),
    [w.say('export.total'), h(histogramIds.totalEnded), h(histogramIds.totalOpen), h(histogramIds.total)],
    [],
    [
      w.say('waits.tableDays'),
      w.say('waits.tableAtRisk'),
      w.say('waits.tableEvents'),
      w.say('waits.tableCensored'),
      w.say('waits.share'),
    ],
    ...km.bands.map((b, i): CsvCell[] => [
      b.from === b.day ? String(b.day) : `${b.from}–${b.day}`,
      k(survivalIds.atRisk(i)),
      k(survivalIds.events(i)),
      k(survivalIds.censored(i)),
      ((x) => (typeof x === 'number' ? x / 1000 : x))(k(survivalIds.survival(i))),
    ]),
    [],
    [w.say('matrix.from'), w.say('matrix.to'), w.say('export.zones'), w.say('export.days'), w.say('export.journeys')],
    ...figures.greyZones.handovers.map((x): CsvCell[] => [
      actorName(x.from),
      actorName(x.to),
      suppressFigure(x.zones, x.journeys, s),
      pair(x.from, x.to),
      suppressCount(x.journeys, s),
    ]),
    ...matrix.rows.map((r): CsvCell[] => [actorName(r), w.say('export.total'), '', total(matrixIds.row(r)), '']),
    ...matrix.cols.map((c): CsvCell[] => [w.say('export.total'), actorName(c), '', total(matrixIds.col(c)), '']),
    ...(matrix.rows.length > 0
      ? [[w.say('export.total'), w.say('export.total'), '', total(matrixIds.total), ''] as CsvCell[]]
      : []),
    [],
    ...(pooled
      ? pooled.tables
      : [
          [w.say('export.cliffsByKind'), w.say('export.journeys')],
          ...cliffKinds(figures).map((c): CsvCell[] => [w.kind(c.kind), suppressCount(c.journeys, s)]),
        ]),
  ];
  // papaparse writes as many cells per row as there are headers: the title row is padded.
  const width = Math.max(...rows.map((r) => r.length));
  const head = [w.say('export.csvTitle'), meta.name, ...Array<string>(width - 2).fill('')];
  const padded = rows.map((r) => [...r, ...Array<CsvCell>(width - r.length).fill('')]);
  return `\uFEFF${safeCsv(padded, head, { delimiter: ';' })}\r\n`;
}
