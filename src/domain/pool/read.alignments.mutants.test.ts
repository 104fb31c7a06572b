/**
 * A figures file's alignments (docs/pooling.md; `addUpProblems`): one per anchor of the options,
 * in their order, each counting every journey as included or excluded, and each day of its window
 * counting every included journey once, in no state below 0, back to 0 after the window. Found
 * untested by the mutation run of `read.ts` (issue #29); each test was seen to fail with its
 * mutant planted.
 */
import { describe, expect, it } from 'vitest';
import type { FiguresFile } from './file';
import { readFigures } from './read';
import { figuresText } from '../testing/figuresFile';

type Alignment = FiguresFile['alignments'][number];
const problems = (change: (f: FiguresFile) => void) => {
  const r = readFigures(figuresText(change));
  return r.ok ? [] : r.errors;
};
const sum = (path: string, message: string) => ({ path, code: 'doesNotAddUp', message });
const second = (f: FiguresFile, anchor: string): Alignment => ({ ...structuredClone(f.alignments[0]), anchor });
const diff = (change: (a: Alignment) => void) => problems((f) => change(f.alignments[0]));

describe("a figures file's alignments", () => {
  it('are those of options.anchors, in their order', () => {
    const wrong = [sum('alignments', 'are not those of options.anchors')];
    expect(problems((f) => (f.alignments[0].anchor = 'end'))).toEqual(wrong);
    // One missing: the anchors are longer than the alignments.
    expect(problems((f) => (f.options.anchors = ['start', 'end']))).toEqual(wrong);
    // The first right, the second not.
    expect(
      problems((f) => {
        f.options.anchors = ['start', 'end'];
        f.alignments.push(second(f, 'other'));
      }),
    ).toEqual(wrong);
    expect(
      problems((f) => {
        f.options.anchors = ['start', 'end'];
        f.alignments.push(second(f, 'end'));
      }),
    ).toEqual([]);
  });

  it('count every journey as included or excluded', () => {
    expect(
      problems((f) => {
        f.options.anchors = ['start', 'end'];
        f.alignments.push({ ...second(f, 'end'), excluded: 7 });
      }),
    ).toEqual([sum('alignments[1]', 'included and excluded are not the journeys')]);
  });

  it('have a diff of to − from + 2 entries for every state', () => {
    expect(diff((a) => a.diff.gap.pop())).toEqual([sum('alignments[0].diff', 'is not 7 entries long')]);
    expect(diff((a) => a.diff.unobserved.push(0))).toEqual([sum('alignments[0].diff', 'is not 7 entries long')]);
    expect(
      problems((f) => {
        f.options.to = 4;
        f.alignments[0].diff.employment.push(0);
      }),
    ).toEqual([sum('alignments[0].diff', 'is not 8 entries long')]);
  });

  it('count every included journey once on each day, in no state below 0', () => {
    // Day 0 (offset 2) counts one journey too few.
    expect(diff((a) => (a.diff.employment = [2, 0, -1, 1, 0, 0, -2]))).toEqual([
      sum('alignments[0].diff', 'day 0 does not count every included journey once'),
    ]);
    // The right total on day -2, but one state below 0.
    expect(
      diff((a) => {
        a.diff.employment = [3, 0, 0, 0, 0, 0, -3];
        a.diff.gap = [-1, 0, 0, 0, 0, 0, 1];
      }),
    ).toEqual([sum('alignments[0].diff', 'day -2 does not count every included journey once')]);
  });

  it('return to 0 after the window', () => {
    expect(diff((a) => (a.diff.employment = [2, 0, 0, 0, 0, 0, -1]))).toEqual([
      sum('alignments[0].diff', 'does not return to 0'),
    ]);
  });
});
