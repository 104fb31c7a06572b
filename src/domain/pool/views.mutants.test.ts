/**
 * The pooled figures' own views (issue 27): the cross tables of cliffs and upcoming milestones
 * and the gaps by preceding kind, as the small-cell rule (`suppressView`) reads them. Each row
 * adds up to its total, each column to its, and both to the whole; rows and columns are the
 * distinct keys in order; a cell no count names is 0.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { CohortFigures } from '../cohort/types';
import { suppressView } from '../cohort/suppress';
import { cliffTable, crossIds, crossView, gapIds, gapsView, milestoneTable } from './views';

describe('crossIds and gapIds', () => {
  it('name each member of a table', () => {
    expect(crossIds.cell('a', 'b')).toBe('cell:a\u0000b');
    expect(crossIds.row('a')).toBe('row:a');
    expect(crossIds.col('b')).toBe('col:b');
    expect(crossIds.total).toBe('all');
    expect(gapIds.gaps('k')).toBe('gaps:k');
    expect(gapIds.days('k')).toBe('days:k');
  });
});

describe('crossView', () => {
  const table = {
    rows: ['r1', 'r2'],
    cols: ['c1', 'c2', 'c3'],
    count: (r: string, c: string) => (r === 'r1' ? 1 : 10) * Number(c.slice(1)),
  };

  it('has each cell, each row and column total and the whole', () => {
    const view = crossView(table);
    expect(view.cells).toEqual([
      { id: 'cell:r1\u0000c1', value: 1 },
      { id: 'cell:r1\u0000c2', value: 2 },
      { id: 'cell:r1\u0000c3', value: 3 },
      { id: 'cell:r2\u0000c1', value: 10 },
      { id: 'cell:r2\u0000c2', value: 20 },
      { id: 'cell:r2\u0000c3', value: 30 },
      { id: 'row:r1', value: 6 },
      { id: 'row:r2', value: 60 },
      { id: 'col:c1', value: 11 },
      { id: 'col:c2', value: 22 },
      { id: 'col:c3', value: 33 },
      { id: 'all', value: 66 },
    ]);
  });

  it('says which members add up to which total', () => {
    expect(crossView(table).lines).toEqual([
      { total: 'row:r1', parts: ['cell:r1\u0000c1', 'cell:r1\u0000c2', 'cell:r1\u0000c3'] },
      { total: 'row:r2', parts: ['cell:r2\u0000c1', 'cell:r2\u0000c2', 'cell:r2\u0000c3'] },
      { total: 'col:c1', parts: ['cell:r1\u0000c1', 'cell:r2\u0000c1'] },
      { total: 'col:c2', parts: ['cell:r1\u0000c2', 'cell:r2\u0000c2'] },
      { total: 'col:c3', parts: ['cell:r1\u0000c3', 'cell:r2\u0000c3'] },
      { total: 'all', parts: ['row:r1', 'row:r2'] },
      { total: 'all', parts: ['col:c1', 'col:c2', 'col:c3'] },
    ]);
  });

  it('an empty table is the whole, 0', () => {
    expect(crossView({ rows: [], cols: [], count: () => 1 })).toEqual({
      cells: [{ id: 'all', value: 0 }],
      lines: [
        { total: 'all', parts: [] },
        { total: 'all', parts: [] },
      ],
    });
  });

  it('hides a small cell and one more in its row and column (secondary suppression)', () => {
    const shown = suppressView(
      crossView({ rows: ['a', 'b'], cols: ['x', 'y'], count: (r, c) => (r === 'a' && c === 'x' ? 2 : 20) }),
    );
    expect(shown.get('cell:a\u0000x')).not.toBe(2);
    expect(shown.get('all')).toBe(62);
  });
});

describe('cliffTable', () => {
  // Made before each test, not while the file is collected (a mutant reached there is static to Stryker).
  let t: ReturnType<typeof cliffTable>;
  beforeEach(() => {
    t = cliffTable({
      cliffs: [
        { kind: 'b', month: '2026-02', count: 3 },
        { kind: 'a', month: '2026-03', count: 4 },
        { kind: 'B', month: '2026-01', count: 5 },
        { kind: 'a', month: '2026-02', count: 6 },
      ],
      upcomingMilestones: [{ day: 90, month: '2025-01', count: 9 }],
    });
  });

  it('has the distinct kinds (rows) and months (columns) in code-unit order', () => {
    expect(t.rows).toEqual(['B', 'a', 'b']);
    expect(t.cols).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('counts each kind and month, 0 where none', () => {
    expect(t.count('a', '2026-03')).toBe(4);
    expect(t.count('a', '2026-02')).toBe(6);
    expect(t.count('b', '2026-02')).toBe(3);
    expect(t.count('B', '2026-01')).toBe(5);
    expect(t.count('b', '2026-03')).toBe(0);
    expect(t.count('a', '2026-01')).toBe(0);
  });

  it('is empty without cliffs', () => {
    const e = cliffTable({ cliffs: [], upcomingMilestones: [] });
    expect([e.rows, e.cols, e.count('a', '2026-01')]).toEqual([[], [], 0]);
  });
});

describe('milestoneTable', () => {
  // Made before each test, not while the file is collected (a mutant reached there is static to Stryker).
  let t: ReturnType<typeof milestoneTable>;
  beforeEach(() => {
    t = milestoneTable({
      cliffs: [{ kind: 'x', month: '2025-01', count: 9 }],
      upcomingMilestones: [
        { day: 365, month: '2026-04', count: 1 },
        { day: 90, month: '2026-05', count: 2 },
        { day: 180, month: '2026-04', count: 3 },
        { day: 90, month: '2026-04', count: 4 },
      ],
    });
  });

  it('has the days in numeric order (rows, as text) and the months in order (columns)', () => {
    expect(t.rows).toEqual(['90', '180', '365']);
    expect(t.cols).toEqual(['2026-04', '2026-05']);
  });

  it('counts each day and month, 0 where none', () => {
    expect(t.count('90', '2026-04')).toBe(4);
    expect(t.count('90', '2026-05')).toBe(2);
    expect(t.count('180', '2026-04')).toBe(3);
    expect(t.count('365', '2026-04')).toBe(1);
    expect(t.count('365', '2026-05')).toBe(0);
  });

  it('is empty without milestones', () => {
    const e = milestoneTable({ cliffs: [], upcomingMilestones: [] });
    expect([e.rows, e.cols, e.count('90', '2026-01')]).toEqual([[], [], 0]);
  });
});

describe('gapsView', () => {
  it('has each kind’s gaps and days, the days resting on the gaps, and no total', () => {
    const gaps = {
      byPrecedingKind: [
        { kind: 'k1', gaps: 7, days: 40 },
        { kind: 'k2', gaps: 2, days: 9 },
      ],
    };
    expect(gapsView({ gaps } as unknown as CohortFigures)).toEqual({
      cells: [
        { id: 'gaps:k1', value: 7 },
        { id: 'days:k1', value: 40, basis: 7 },
        { id: 'gaps:k2', value: 2 },
        { id: 'days:k2', value: 9, basis: 2 },
      ],
      lines: [],
    });
  });
});
