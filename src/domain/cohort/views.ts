/**
 * Each view's published numbers and the exact relations among them, declared once (section 7,
 * "No hidden count can be worked out"): the screen, every export and the audit read the same
 * declaration, and `suppressView` hides the same members everywhere. Lines are in the
 * declared order: rows top to bottom, then columns left to right, then totals.
 */
import type { Line } from './disclosure';
import { type SurvivalBand, survivalBands } from './survival';
import { HIDDEN, SMALL_CELL, type Shown, type View, type ViewCell, suppressView } from './suppress';
import type { Alignment, CohortFigures, Handover, HistogramBin, WaitFigures } from './types';
import { DAY_STATES } from './types';

export type Bases = { percentiles: number; survival: number };

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const distinct = (list: readonly { journey: string }[]) => new Set(list.map((x) => x.journey)).size;

/**
 * The overview: its figures, and the one whole it states with its parts (the waits' count). A
 * share of an empty whole is 0 (it shows as "–": its basis is 0, or the screen hides it).
 */
export function overviewView(f: CohortFigures, bases: Bases): View {
  const w = f.waits;
  const milestone = (day: number) => distinct(f.upcomingMilestones.filter((m) => m.day === day));
  const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));
  const cells: ViewCell[] = [
    { id: 'journeys', value: f.journeys },
    { id: 'closed', value: f.closed },
    { id: 'withForsteg', value: w.journeysWithForsteg },
    { id: 'withWait', value: w.journeysWithWait },
    {
      id: 'shareWithWait',
      value: pct(w.journeysWithWait, w.journeysWithForsteg),
      basis: w.journeysWithForsteg,
      from: [
        'withWait',
        // Stryker disable next-line StringLiteral: withForsteg is in no line, so only "<5" hides it, and then the share's basis (itself) does
        'withForsteg',
      ],
    },
    { id: 'waits', value: w.count },
    { id: 'observed', value: w.observed },
    { id: 'notAtRisk', value: w.notAtRisk },
    { id: 'noNextStep', value: w.noNextStep },
    { id: 'stillWaiting', value: w.stillWaiting },
    {
      id: 'shareStillWaiting',
      value: pct(w.stillWaiting, w.observed),
      basis: bases.survival,
      from: ['stillWaiting', 'observed'],
    },
    { id: 'median', value: w.median ?? 0, basis: w.median === null ? 0 : bases.percentiles },
    { id: 'p75', value: w.p75 ?? 0, basis: w.p75 === null ? 0 : bases.percentiles },
    { id: 'p90', value: w.p90 ?? 0, basis: w.p90 === null ? 0 : bases.percentiles },
    { id: 'survivalMedian', value: w.survivalMedian ?? 0, basis: w.survivalMedian === null ? 0 : bases.survival },
    { id: 'greyZoneJourneys', value: f.greyZones.journeysWithGreyZone },
    { id: 'greyZoneDays', value: f.greyZones.days, basis: f.greyZones.journeysWithGreyZone },
    { id: 'gapJourneys', value: f.gaps.journeysWithGap },
    { id: 'gapDays', value: f.gaps.days, basis: f.gaps.journeysWithGap },
    { id: 'cliffJourneys', value: distinct(f.cliffs) },
    { id: 'milestone90', value: milestone(90) },
    { id: 'milestone180', value: milestone(180) },
    { id: 'milestone365', value: milestone(365) },
  ];
  // count = observed + notAtRisk + noNextStep (section 7).
  const lines: Line[] = [{ total: 'waits', parts: ['observed', 'notAtRisk', 'noNextStep'] }];
  return { cells, lines };
}

/**
 * Ids of the histogram's members: each bin's ended, open and count, and the column totals. Methods and
 * getters, not values made when the module loads, so that a mutation run can change them test by test.
 */
export const histogramIds = {
  ended(i: number) {
    return `bin${i}.ended`;
  },
  open(i: number) {
    return `bin${i}.open`;
  },
  count(i: number) {
    return `bin${i}.count`;
  },
  get totalEnded() {
    return 'ended';
  },
  get totalOpen() {
    return 'open';
  },
  get total() {
    return 'observations';
  },
};

/** The histogram: a bin's ended and open with the bin, the bins with the column totals, and those with the whole. */
export function histogramView(bins: readonly HistogramBin[]): View {
  const id = histogramIds;
  const cells: ViewCell[] = bins.flatMap((b, i) => [
    { id: id.ended(i), value: b.ended },
    { id: id.open(i), value: b.open },
    { id: id.count(i), value: b.ended + b.open },
  ]);
  const ended = sum(bins.map((b) => b.ended));
  const open = sum(bins.map((b) => b.open));
  cells.push(
    { id: id.totalEnded, value: ended },
    { id: id.totalOpen, value: open },
    { id: id.total, value: ended + open },
  );
  const rows = bins.map((_, i): Line => ({ total: id.count(i), parts: [id.ended(i), id.open(i)] }));
  const columns: Line[] = [
    { total: id.totalEnded, parts: bins.map((_, i) => id.ended(i)) },
    { total: id.totalOpen, parts: bins.map((_, i) => id.open(i)) },
    { total: id.total, parts: bins.map((_, i) => id.count(i)) },
  ];
  return { cells, lines: [...rows, ...columns, { total: id.total, parts: [id.totalEnded, id.totalOpen] }] };
}

export const matrixIds = {
  cell: (from: string, to: string) => `pair:${from}\u0000${to}`,
  row: (from: string) => `row:${from}`,
  col: (to: string) => `col:${to}`,
  // Stryker disable next-line StringLiteral: any id no other member has would do ('' is no "pair:", "row:" or "col:" id); callers read it as matrixIds.total
  total: 'all',
};

/**
 * The hand-over matrix of grey-zone days: each pair's days (a figure on its journeys), each
 * row's and column's sum and the sum of all, with the rows and columns in the order given.
 * Reading: a sum's days rest on the journeys of its pairs added up (a journey in two pairs
 * counts twice: the figures do not carry the distinct count of a row).
 */
export function matrixView(handovers: readonly Handover[], rows: readonly string[], cols: readonly string[]): View {
  const id = matrixIds;
  if (handovers.length === 0) return { cells: [], lines: [] }; // no matrix is drawn
  const byPair = new Map(handovers.map((h) => [id.cell(h.from, h.to), h]));
  const cells: ViewCell[] = [];
  const lines: Line[] = [];
  const lineOf = (total: string, list: readonly Handover[]) => {
    cells.push({ id: total, value: sum(list.map((h) => h.days)), basis: sum(list.map((h) => h.journeys)) });
    return { total, parts: list.map((h) => id.cell(h.from, h.to)) };
  };
  for (const h of handovers) cells.push({ id: id.cell(h.from, h.to), value: h.days, basis: h.journeys });
  const present = (ids: string[]) => ids.map((k) => byPair.get(k)).filter((h): h is Handover => h !== undefined);
  for (const r of rows) lines.push(lineOf(id.row(r), present(cols.map((c) => id.cell(r, c)))));
  for (const c of cols) lines.push(lineOf(id.col(c), present(rows.map((r) => id.cell(r, c)))));
  cells.push({ id: id.total, value: sum(handovers.map((h) => h.days)), basis: sum(handovers.map((h) => h.journeys)) });
  lines.push({ total: id.total, parts: rows.map(id.row) }, { total: id.total, parts: cols.map(id.col) });
  return { cells, lines };
}

export const chronogramIds = {
  state: (offset: number, state: string) => `${offset}:${state}`,
  // Stryker disable next-line StringLiteral: any id no other member has would do ('' is no day's state and not 'excluded'); callers read it as chronogramIds.included
  included: 'included',
  // Stryker disable next-line StringLiteral: as `included`: '' is no day's state and not 'included'; callers read it as chronogramIds.excluded
  excluded: 'excluded',
};

/**
 * The chronogram with the small-cell rule, day by day. Each day's states add up to `included`,
 * which is shown (below 5 the whole chronogram is hidden), so no hidden count of one day can be
 * worked out from another day: each day is its own view. One search over every day at once links
 * them all through `included` and grows past any bound on a small cohort (12 journeys: minutes).
 */
export function suppressChronogram(
  alignment: Alignment,
  offsets: readonly number[],
  enabled: boolean,
): Map<string, Shown> {
  const id = chronogramIds;
  // `included` and `excluded` under the primary rule alone, as every day reads them (a count: never
  // "–" here, "<5" at most).
  // Stryker disable next-line ArrayDeclaration: an offset that is not a number finds no day (a NaN index), so the view has no day either way
  const shown = suppressView(chronogramView(alignment, []), enabled);
  for (const o of offsets) {
    const day = suppressView(chronogramView(alignment, [o]), enabled);
    // A day whose search would hide the total (shown on every other day) hides its parts instead:
    // all of its non-zero states as "–", "<5" ones too. The search hides the total only when no
    // state above 0 is left shown and two or more are hidden (one alone would equal the total),
    // and "<5" states beside a shown total can be pinned: 4 and 4 of 8 are both 4.
    const total = day.get(id.included) === HIDDEN;
    for (const st of DAY_STATES) {
      const key = id.state(o, st);
      if (!day.has(key)) continue;
      const v = day.get(key)!;
      shown.set(key, total && v !== 0 ? HIDDEN : v);
    }
  }
  return shown;
}

/** The chronogram's table: on each shown day the states add up to `included`. */
export function chronogramView(alignment: Alignment, offsets: readonly number[]): View {
  const id = chronogramIds;
  const first = alignment.days[0]?.offset ?? 0;
  const days = offsets.map((o) => alignment.days[o - first]).filter((d) => d !== undefined);
  const cells: ViewCell[] = [
    { id: id.included, value: alignment.included },
    { id: id.excluded, value: alignment.excluded },
  ];
  const lines: Line[] = [];
  for (const d of days) {
    for (const s of DAY_STATES) cells.push({ id: id.state(d.offset, s), value: d[s] });
    lines.push({ total: id.included, parts: DAY_STATES.map((s) => id.state(d.offset, s)) });
  }
  return { cells, lines };
}

/** Ids of the survival table's members, band by band (methods, as histogramIds). */
export const survivalIds = {
  atRisk(i: number) {
    return `band${i}.atRisk`;
  },
  events(i: number) {
    return `band${i}.events`;
  },
  censored(i: number) {
    return `band${i}.censored`;
  },
  survival(i: number) {
    return `band${i}.survival`;
  },
};

/**
 * The Kaplan-Meier table as shown: with small cells hidden, the bands of `survivalBands`
 * (at least 5 events each), else every row. Each band's `atRisk` is the next band's plus its
 * events and censorings (the exact relation of section 7); survival values are figures on
 * who was at risk, in thousandths. The last band's next is the first row not shown (the rows
 * after the last full band, or none): its `atRisk` is a member of the view that no table or
 * export shows, so that the last band's relation is declared too. Without it a "<5" censored
 * count of the last band could be worked out when its `atRisk` less its events is 1 (no one can
 * be at risk after it less than none).
 */
export function survivalView(waits: WaitFigures, suppress: boolean): { bands: SurvivalBand[]; view: View } {
  const bands = suppress
    ? survivalBands(waits.survival, SMALL_CELL)
    : waits.survival.map((r) => ({ ...r, from: r.day }));
  const id = survivalIds;
  const cells: ViewCell[] = bands.flatMap((b, i) => [
    { id: id.atRisk(i), value: b.atRisk },
    { id: id.events(i), value: b.events },
    { id: id.censored(i), value: b.censored },
    { id: id.survival(i), value: Math.round(b.survival * 1000), basis: b.atRisk },
  ]);
  const last = bands.at(-1);
  if (last) cells.push({ id: id.atRisk(bands.length), value: last.atRisk - last.events - last.censored });
  const lines: Line[] = bands.map((_, i) => ({
    total: id.atRisk(i),
    parts: [id.atRisk(i + 1), id.events(i), id.censored(i)],
  }));
  return { bands, view: { cells, lines } };
}
