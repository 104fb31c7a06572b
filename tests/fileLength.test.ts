/**
 * No source file in src/ over 400 lines (issue #22): a file past a few hundred lines is usually
 * two concerns. Split it by concern, not by size. The unit tests and benchmarks that sit beside
 * the source (`*.test.ts`, `*.bench.ts`) count too: a long spec is split by topic
 * (`analyze.gaps.test.ts`, `analyze.waits.test.ts`, ...), its shared builders in a module of their own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');
const MAX_LINES = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|js|mjs)$/.test(e.name) ? [p] : [];
  });
}

/** Lines as `wc -l` counts them (a last line without its newline counts too). */
const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

it(`no file in src/, tests included, has more than ${MAX_LINES} lines`, () => {
  const files = sourceFiles(SRC);
  expect(files.length).toBeGreaterThan(100);
  const long = files
    .map((f) => ({ file: path.relative(SRC, f), lines: lineCount(readFileSync(f, 'utf8')) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ file, lines }) => `${file}: ${lines} lines`);
  expect(long).toEqual([]);
});
