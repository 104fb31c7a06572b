/**
 * The pooled tables the cohort view has no chart for, as shown: gaps by the kind before them,
 * cliffs by kind and month, upcoming milestones by day and month, each through its view and
 * the one small-cell rule (`suppressView`), for the screen and the CSV alike.
 */
import { type Shown, suppressView } from '../../domain';
import {
  type CrossTable,
  type PooledFigures,
  cliffTable,
  crossIds,
  crossView,
  gapIds,
  gapsView,
  milestoneTable,
} from '../../domain/pool';
import type { CsvCell } from '../../io/csv';
import type { PooledFindings } from '../lexHeller';
import type { Words } from '../say';

export type ShownCross = { table: CrossTable; shown: (id: string) => Shown };
export type PoolTables = {
  gaps: { kinds: string[]; shown: (id: string) => Shown };
  cliffs: ShownCross;
  milestones: ShownCross;
};

const reader = (m: Map<string, Shown>) => (id: string) => m.get(id) ?? '–';

export function poolTables(p: PooledFigures, suppress: boolean): PoolTables {
  const cross = (table: CrossTable): ShownCross => ({ table, shown: reader(suppressView(crossView(table), suppress)) });
  return {
    gaps: {
      kinds: p.figures.gaps.byPrecedingKind.map((g) => g.kind),
      shown: reader(suppressView(gapsView(p.figures), suppress)),
    },
    cliffs: cross(cliffTable(p.counts)),
    milestones: cross(milestoneTable(p.counts)),
  };
}

/** The cliffs as a Lex Heller draft of pooled figures states them: in all, and by kind (most first). */
export function pooledFindings(t: PoolTables, p: PooledFigures): PooledFindings {
  const { table, shown } = t.cliffs;
  const total = (kind: string) => p.counts.cliffs.filter((c) => c.kind === kind).reduce((s, c) => s + c.count, 0);
  const kinds = [...table.rows].sort((a, b) => total(b) - total(a) || (a < b ? -1 : a > b ? 1 : 0));
  return {
    cliffs: shown(crossIds.total),
    cliffsByKind: kinds.map((kind) => ({ kind, shown: shown(crossIds.row(kind)) })),
  };
}

/** A cross table as rows of cells: a header row, each row with its total, then the columns' totals. */
function crossRows(t: ShownCross, corner: string, rowName: (r: string) => string, w: Words): CsvCell[][] {
  const { table, shown } = t;
  const total = w.say('pool.counts.total');
  return [
    [corner, ...table.cols, total],
    ...table.rows.map((r): CsvCell[] => [
      rowName(r),
      ...table.cols.map((c) => shown(crossIds.cell(r, c))),
      shown(crossIds.row(r)),
    ]),
    [total, ...table.cols.map((c) => shown(crossIds.col(c))), shown(crossIds.total)],
  ];
}

export const cliffRows = (t: PoolTables, w: Words) => crossRows(t.cliffs, w.say('pool.counts.kind'), w.kind, w);
export const milestoneRows = (t: PoolTables, w: Words) =>
  crossRows(t.milestones, w.say('pool.counts.day'), (d) => w.say('pool.counts.dayValue', { day: d }), w);
export const gapRows = (t: PoolTables, w: Words): CsvCell[][] => [
  [w.say('pool.counts.gapsKind'), w.say('pool.counts.gaps'), w.say('pool.counts.days')],
  ...t.gaps.kinds.map((k): CsvCell[] => [
    k === '' ? w.say('pool.counts.noKind') : w.kind(k),
    t.gaps.shown(gapIds.gaps(k)),
    t.gaps.shown(gapIds.days(k)),
  ]),
];

/** The pooled tables for the CSV, each under its title. */
export function poolCsvTables(t: PoolTables, horizon: number, w: Words): CsvCell[][] {
  return [
    [w.say('pool.counts.gapsTitle')],
    ...gapRows(t, w),
    [w.say('pool.counts.gapsNote')],
    [],
    [w.say('pool.counts.cliffsTitle', { days: horizon })],
    ...cliffRows(t, w),
    [w.say('pool.counts.cliffsNote')],
    [],
    [w.say('pool.counts.milestonesTitle')],
    ...milestoneRows(t, w),
  ];
}

export const LIST_FIGURES = ['cliffs', 'milestone90', 'milestone180', 'milestone365'] as const;
export type ListFigure = (typeof LIST_FIGURES)[number];

/**
 * What the overview of pooled figures says of the per-person lists: the cliffs in all and the
 * upcoming milestones of each day, counted (not journeys), each the total of its table by kind
 * and month as shown there, so that the overview hides what the tables hide and no more.
 */
export function listFigures(t: PoolTables): Record<ListFigure, Shown> {
  const day = (d: number): Shown =>
    t.milestones.table.rows.includes(String(d)) ? t.milestones.shown(crossIds.row(String(d))) : 0;
  return {
    cliffs: t.cliffs.table.rows.length > 0 ? t.cliffs.shown(crossIds.total) : 0,
    milestone90: day(90),
    milestone180: day(180),
    milestone365: day(365),
  };
}

/** The overview's rows of the list figures, named for what they count, as label and shown value. */
export const listRows = (
  t: PoolTables,
  horizon: number,
  w: Words,
): { key: ListFigure; label: string; shown: Shown }[] => {
  const shown = listFigures(t);
  return LIST_FIGURES.map((key) => ({
    key,
    label: w.say(`poolMore.overview.${key}`, { days: horizon }),
    shown: shown[key],
  }));
};
