/** Running `resan` in this process for the CLI's tests: output captured, the clock fixed, no worker threads. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Env, main } from '../cli/main';

export const MADE_AT = new Date('2026-12-02T08:00:00Z');

export type Run = { code: number; out: string; err: string };

export async function resan(args: string[], opts: { tty?: boolean; lang?: string } = {}): Promise<Run> {
  let out = '';
  let err = '';
  const env: Env = {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s), isTTY: opts.tty ?? false },
    env: { LANG: opts.lang ?? 'sv_SE.UTF-8' },
    workerUrl: null,
    now: () => MADE_AT,
  };
  const code = await main(args, env);
  return { code, out, err };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'resan-cli-'));
}

export function put(dir: string, name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A CSV of the rows given, `;` between cells. */
export const csvOf = (rows: readonly (readonly string[])[]) => rows.map((r) => r.join(';')).join('\n') + '\n';
