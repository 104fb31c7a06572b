/**
 * No cycle between the folders of src/ (issue #22). The layer rule (eslint-rules/layers.js)
 * lets the features in its allow list import each other; this test reads every import in src/
 * (as TypeScript itself reads them: static, dynamic, `export … from`), draws the graph of top
 * folders and asserts that it has no cycle, so that an allowed pair can never be met by its
 * reverse. Tests and benchmarks are left out, as the layer rule leaves them out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.(test|bench)\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** The top folder of src/ a path is in; a file directly in src/ (main.tsx) is the folder '.'. */
function folderOf(absolute: string, isFile: boolean): string | null {
  const rel = path.relative(SRC, absolute);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null;
  const parts = rel.split(path.sep);
  return isFile && parts.length === 1 ? '.' : parts[0];
}

/** folder → folder → the files that make the edge. */
export function folderGraph(): Map<string, Map<string, string[]>> {
  const graph = new Map<string, Map<string, string[]>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file, true)!;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = folderOf(path.resolve(path.dirname(file), fileName), false);
      if (to === null || to === from) continue;
      const edges = graph.get(from) ?? new Map<string, string[]>();
      graph.set(from, edges);
      edges.set(to, [...(edges.get(to) ?? []), path.relative(SRC, file)]);
    }
  }
  return graph;
}

/** Every cycle's folders, found by a depth-first search (one cycle per back edge). */
export function cycles(graph: Map<string, Map<string, unknown>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node)?.keys() ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

const graphOf = (edges: [string, string][]) => {
  const g = new Map<string, Map<string, unknown>>();
  for (const [a, b] of edges) g.set(a, (g.get(a) ?? new Map()).set(b, true));
  return g;
};

describe('the folders of src/', () => {
  it('the cycle finder finds a cycle, and none where there is none', () => {
    expect(
      cycles(
        graphOf([
          ['timeline', 'scenarios'],
          ['scenarios', 'timeline'],
        ]),
      ),
    ).toEqual([['scenarios', 'timeline', 'scenarios']]);
    expect(
      cycles(
        graphOf([
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'a'],
          ['c', 'd'],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      cycles(
        graphOf([
          ['app', 'timeline'],
          ['app', 'kit'],
          ['timeline', 'kit'],
          ['kit', 'store'],
        ]),
      ),
    ).toEqual([]);
  });

  it('the graph is read from the source (the shell imports the timeline, the kit the store)', () => {
    const graph = folderGraph();
    expect(graph.get('app')?.has('timeline')).toBe(true);
    expect(graph.get('kit')?.has('store')).toBe(true);
    expect(graph.get('.')?.has('app')).toBe(true);
  });

  it('import each other in no cycle', () => {
    const graph = folderGraph();
    const described = cycles(graph).map((cycle) =>
      cycle
        .slice(1)
        .map((to, i) => `${cycle[i]} → ${to} (${graph.get(cycle[i])!.get(to)!.join(', ')})`)
        .join('; '),
    );
    expect(described).toEqual([]);
  });
});
