/** Where the shared contract files live: `../shared/` beside the repository root. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const sharedDir = process.env.RESAN_SHARED_DIR ?? resolve(repoRoot, '../shared');
export const examplesDir = join(sharedDir, 'examples');

if (!existsSync(examplesDir)) {
  throw new Error(`The shared examples are missing: expected them at ${examplesDir} (set RESAN_SHARED_DIR)`);
}

export function readExample(name: string): string {
  return readFileSync(join(examplesDir, name), 'utf8');
}

export function exampleNames(): string[] {
  return readdirSync(examplesDir).filter((f) => f.endsWith('.json'));
}
