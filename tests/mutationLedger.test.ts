/**
 * The mutation results kept in git (docs/mutation-results.json): a report's counts and survivors are
 * recorded per file, a newer run replaces an older one and never the reverse, and a file whose source
 * changed since its run is marked so, not counted as measured as it is.
 */
import { describe, expect, it } from 'vitest';
import { entryFromReport, partsOf, record, score, sha256, summarise, zero } from '../scripts/mutationLedger.mjs';
import type { ReportFile } from '../scripts/mutationLedger.mjs';

const at = (line: number) => ({ start: { line, column: 1 } });
const report = (source: string, statuses: string[]): ReportFile => ({
  source,
  mutants: statuses.map((status, i) => ({
    status,
    mutatorName: i % 2 ? 'EqualityOperator' : 'ConditionalExpression',
    replacement: `m${i}\n  x`,
    location: at(10 - i),
  })),
});

describe('the kept mutation results', () => {
  it('count each status in its column and list the survivors and uncovered mutants by line', () => {
    const entry = entryFromReport(
      report('a', ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored', 'CompileError', 'RuntimeError']),
      '2026-12-07T09:00:00',
    );
    expect(entry.counts).toEqual({
      mutants: 7,
      killed: 1,
      timeout: 1,
      survived: 1,
      'no coverage': 1,
      ignored: 1,
      errors: 2,
    });
    expect(entry.sourceSha256).toBe(sha256('a'));
    expect(entry.survivors).toEqual([
      { line: 7, status: 'NoCoverage', mutator: 'EqualityOperator', replacement: 'm3 x' },
      { line: 8, status: 'Survived', mutator: 'ConditionalExpression', replacement: 'm2 x' },
    ]);
  });

  it('score detected over detected, survived and uncovered; ignored and errors do not count', () => {
    const c = { ...zero(), killed: 8, timeout: 1, survived: 2, 'no coverage': 1, ignored: 50, errors: 3 };
    expect(score(c)).toBe('75.0 %');
    expect(score(zero())).toBe('–');
  });

  it('take a newer run of a file and keep a newer kept result over an older report', () => {
    const old = record({ files: {} }, [{ ranAt: '2026-12-06T10:00:00', files: { 'a.ts': report('a', ['Survived']) } }]);
    const newer = record(old, [{ ranAt: '2026-12-07T10:00:00', files: { 'a.ts': report('a2', ['Killed']) } }]);
    expect(newer.files['a.ts'].counts.killed).toBe(1);
    expect(newer.files['a.ts'].ranAt).toBe('2026-12-07T10:00:00');
    const stale = record(newer, [{ ranAt: '2026-12-06T12:00:00', files: { 'a.ts': report('a', ['Survived']) } }]);
    expect(stale.files['a.ts']).toEqual(newer.files['a.ts']);
  });

  it('mark a file changed since its run, leave out a file that is gone, and total the rest', () => {
    const ledger = record({ files: {} }, [
      {
        ranAt: '2026-12-07T10:00:00',
        files: {
          'b.ts': report('b', ['Killed', 'Survived']),
          'a.ts': report('a', ['Killed']),
          'c.ts': report('c', []),
        },
      },
    ]);
    expect(Object.keys(ledger.files)).toEqual(['a.ts', 'b.ts', 'c.ts']);
    const sources: Record<string, string> = { 'a.ts': 'a', 'b.ts': 'b changed' };
    const { rows, total, changed } = summarise(ledger, (f) => sources[f] ?? null);
    expect(rows.map((r) => [r.file, r.state, r.score, r.ranOn])).toEqual([
      ['a.ts', 'as run', '100.0 %', '2026-12-07'],
      ['b.ts', 'changed since', '50.0 %', '2026-12-07'],
    ]);
    expect(changed).toBe(1);
    expect(total.counts.mutants).toBe(3);
    expect(total.score).toBe('66.7 %');
  });
});

describe('the parts of a run', () => {
  it('a file is a part of its own, named by its path; the catalogue and the pool are a part per folder', () => {
    const files = [
      'src/domain/analyze.ts',
      'src/domain/catalogue/actors.ts',
      'src/domain/catalogue/index.ts',
      'src/domain/cohort/waits.ts',
      'src/domain/pool/read.ts',
      'src/domain/pool/views.ts',
      'src/io/csv.ts',
    ];
    expect([...partsOf(files)]).toEqual([
      ['analyze', ['src/domain/analyze.ts']],
      ['catalogue', ['src/domain/catalogue/actors.ts', 'src/domain/catalogue/index.ts']],
      ['cohort-waits', ['src/domain/cohort/waits.ts']],
      ['pool', ['src/domain/pool/read.ts', 'src/domain/pool/views.ts']],
      ['io-csv', ['src/io/csv.ts']],
    ]);
  });

  it('a file with no mutant at all is measured, with nothing to score', () => {
    expect(entryFromReport({ mutants: [], source: 'export type T = 1;' }, '2026-12-07T12:00:00').counts).toEqual(
      zero(),
    );
    expect(score(zero())).toBe('–');
  });
});
