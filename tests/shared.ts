/**
 * The example journeys with their exact expected results: the project's own copy in
 * `examples/` at the repository root, so that a fresh clone passes its tests alone.
 * `examplesCopy.test.ts` compares it with `../shared/examples` when that folder is there.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const examplesDir = join(repoRoot, 'examples');

/** Where the contract's own examples live, when they are beside the repository (CI, the team). */
export const sharedExamplesDir = process.env.RESAN_SHARED_DIR
  ? join(process.env.RESAN_SHARED_DIR, 'examples')
  : resolve(repoRoot, '../shared/examples');

export function readExample(name: string): string {
  return readFileSync(join(examplesDir, name), 'utf8');
}

export function exampleNames(): string[] {
  return readdirSync(examplesDir).filter((f) => f.endsWith('.json'));
}
