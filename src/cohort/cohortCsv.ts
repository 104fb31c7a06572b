/**
 * The cohort's figures as CSV for a Swedish spreadsheet: `;` between cells, a byte-order
 * mark so that Excel reads UTF-8, the header rows of every export (`exportHeader`) first, every cell formula-escaped by `safeCsv`, small cells as on screen.
 */
import { type CohortFigures, suppressCount, suppressFigure } from '../domain';
import { type CsvCell, safeCsv } from '../io/csv';
import { type ExportMeta, exportHeader } from './describe';
import { cliffKinds } from './lexHeller';
import { OVERVIEW_KEYS, type Overview } from './overview';
import type { Words } from './say';

export function cohortCsv(figures: CohortFigures, shown: Overview, meta: ExportMeta, w: Words): string {
  const s = meta.suppress;
  const rows: CsvCell[][] = [
    // The cohort's name is in the title row; then the reference day, selection, small cells, version.
    ...exportHeader(meta, w).slice(1),
    [],
    [w.say('overview.figure'), w.say('overview.value')],
    ...OVERVIEW_KEYS.map((k): CsvCell[] => [w.say(`overview.rows.${k}`), shown[k]]),
    [],
    [w.say('export.histogram'), w.say('waits.ended'), w.say('waits.open')],
    ...figures.waits.histogram.map((b): CsvCell[] => [
      b.to === null ? `${b.from}+` : `${b.from}–${b.to}`,
      suppressCount(b.ended, s),
      suppressCount(b.open, s),
    ]),
    [],
    [w.say('matrix.from'), w.say('matrix.to'), w.say('export.zones'), w.say('export.days'), w.say('export.journeys')],
    ...figures.greyZones.handovers.map((h): CsvCell[] => [
      h.from === '' ? w.say('matrix.nobody') : w.actor(h.from),
      h.to === '' ? w.say('matrix.nobody') : w.actor(h.to),
      suppressFigure(h.zones, h.journeys, s),
      suppressFigure(h.days, h.journeys, s),
      suppressCount(h.journeys, s),
    ]),
    [],
    [w.say('export.cliffsByKind'), w.say('export.journeys')],
    ...cliffKinds(figures).map((c): CsvCell[] => [w.kind(c.kind), suppressCount(c.journeys, s)]),
  ];
  // papaparse writes as many cells per row as there are headers: the title row is padded.
  const width = Math.max(...rows.map((r) => r.length));
  const head = [w.say('export.csvTitle'), meta.name, ...Array<string>(width - 2).fill('')];
  const padded = rows.map((r) => [...r, ...Array<CsvCell>(width - r.length).fill('')]);
  return `\uFEFF${safeCsv(padded, head, { delimiter: ';' })}\r\n`;
}
