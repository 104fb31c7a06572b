/**
 * `resan report --csv DIR`: the merged figures as tables, with the small-cell rule applied
 * after merging, through the same views (and so the same hidden cells) as the app's screen.
 * One file per table, `;` between cells and a byte-order mark, as the app's CSV. Headers and
 * the overview's names in the language asked for (`--lang`, Swedish by default), from the
 * catalogue; kinds, actors, months and anchors keep their ids, as in the figures file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DAY_STATES,
  type PooledFigures,
  type Shown,
  chronogramIds,
  histogramIds,
  histogramView,
  matrixIds,
  matrixView,
  overviewView,
  suppressChronogram,
  suppressCount,
  suppressFigure,
  suppressView,
  survivalIds,
  survivalView,
} from '../src/domain';
import { cliReportEn } from '../src/i18n/cliReport.en';
import { cliReportSv } from '../src/i18n/cliReport.sv';
import { cohortEn } from '../src/i18n/cohort.en';
import { cohortSv } from '../src/i18n/cohort.sv';
import type { Lang } from './say';

type Cell = string | number | null;

/** A cell as the app writes it: text that a spreadsheet would run as a formula gets a leading apostrophe. */
const cell = (v: Cell) => {
  const s = v === null ? '' : String(v);
  const safe = /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
  return /[;"\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const csv = (rows: readonly (readonly Cell[])[]) => `\uFEFF${rows.map((r) => r.map(cell).join(';')).join('\r\n')}\r\n`;

// The overview's counts of distinct journeys with a cliff or milestone need the lists a figures file does not carry.
const LIST_ROWS = new Set(['cliffJourneys', 'milestone90', 'milestone180', 'milestone365']);

export function reportTables(
  p: PooledFigures,
  sources: readonly { label: string; journeys: number; from?: readonly { label: string; journeys: number }[] }[],
  lang: Lang = 'sv',
) {
  const h = lang === 'sv' ? cliReportSv : cliReportEn;
  const cohort = lang === 'sv' ? cohortSv : cohortEn;
  const rowName = (id: string) => (cohort.overview.rows as Record<string, string>)[id] ?? id;
  const f = p.figures;
  const tables: Record<string, Cell[][]> = {};
  // A merged file names the files it was made from (its provenance.sources), each count under the same rule.
  const from = (s: (typeof sources)[number]) =>
    (s.from ?? []).map((x) => `${x.label} (${String(suppressCount(x.journeys))})`).join('; ');
  tables['sources.csv'] = [
    [h.source, h.journeys, h.mergedFrom],
    ...sources.map((s) => [s.label, suppressCount(s.journeys), from(s)]),
  ];
  const overview = overviewView(f, p.bases);
  const shown = suppressView(overview);
  tables['overview.csv'] = [
    [h.figure, h.value],
    ...overview.cells.filter((c) => !LIST_ROWS.has(c.id)).map((c) => [rowName(c.id), shown.get(c.id) ?? null]),
  ];
  const hist = suppressView(histogramView(f.waits.histogram));
  tables['histogram.csv'] = [
    [h.days, h.ended, h.open, h.count],
    ...f.waits.histogram.map((b, i) => [
      b.to === null ? `${b.from}+` : `${b.from}–${b.to}`,
      hist.get(histogramIds.ended(i)) ?? null,
      hist.get(histogramIds.open(i)) ?? null,
      hist.get(histogramIds.count(i)) ?? null,
    ]),
  ];
  const km = survivalView(f.waits, true);
  const kmShown = suppressView(km.view);
  tables['survival.csv'] = [
    [h.from, h.to, h.atRisk, h.events, h.censored, h.survival],
    ...km.bands.map((b, i) => {
      const s = kmShown.get(survivalIds.survival(i));
      return [
        b.from,
        b.day,
        kmShown.get(survivalIds.atRisk(i)) ?? null,
        kmShown.get(survivalIds.events(i)) ?? null,
        kmShown.get(survivalIds.censored(i)) ?? null,
        typeof s === 'number' ? (s / 1000).toFixed(3) : (s ?? null),
      ];
    }),
  ];
  const handovers = f.greyZones.handovers;
  const rows = [...new Set(handovers.map((h) => h.from))].sort();
  const cols = [...new Set(handovers.map((h) => h.to))].sort();
  const matrix = suppressView(matrixView(handovers, rows, cols));
  tables['handovers.csv'] = [
    [h.fromActor, h.toActor, h.zones, h.journeys, h.days],
    ...handovers.map((h) => [
      h.from,
      h.to,
      suppressCount(h.zones),
      suppressCount(h.journeys),
      matrix.get(matrixIds.cell(h.from, h.to)) ?? null,
    ]),
  ];
  tables['gaps.csv'] = [
    [h.precedingKind, h.gaps, h.days],
    ...f.gaps.byPrecedingKind.map((g) => [g.kind, suppressCount(g.gaps), suppressFigure(g.days, g.gaps)]),
  ];
  tables['cliffs.csv'] = [
    [h.kind, h.month, h.cliffs],
    ...p.counts.cliffs.map((c) => [c.kind, c.month, suppressCount(c.count)]),
  ];
  tables['milestones.csv'] = [
    [h.day, h.month, h.milestones],
    ...p.counts.upcomingMilestones.map((m) => [m.day, m.month, suppressCount(m.count)]),
  ];
  for (const a of p.alignments) {
    const offsets = a.days.map((d) => d.offset);
    const shownDays: Map<string, Shown> = suppressChronogram(a, offsets, true);
    tables[`alignment-${a.anchor.replace(/[^A-Za-z0-9_-]+/g, '-')}.csv`] = [
      [h.offset, ...DAY_STATES.map((st) => cohort.align.states[st]), h.included],
      ...offsets.map((o) => [
        o,
        ...DAY_STATES.map((st) => shownDays.get(chronogramIds.state(o, st)) ?? null),
        shownDays.get(chronogramIds.included) ?? null,
      ]),
    ];
  }
  return tables;
}

export async function writeReport(dir: string, tables: Record<string, Cell[][]>): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const names = Object.keys(tables);
  for (const name of names) await writeFile(join(dir, name), csv(tables[name]));
  return names;
}
