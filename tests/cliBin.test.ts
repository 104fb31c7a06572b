/**
 * The installed `resan` (bin/resan.mjs, as `npx resan` runs it) in its own process: it builds
 * its bundle when needed, computes in worker threads, writes progress as plain lines when
 * standard error is not a terminal, and gives the same figures file as the computation in
 * one thread.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { csvOf, put, resan, tempDir } from './cliHarness';
import { repoRoot } from './shared';

const run = promisify(execFile);
const ASOF = '2026-12-01';

describe('bin/resan.mjs', () => {
  it('runs in worker threads and gives the figures of one thread; exit codes reach the shell', async () => {
    const dir = tempDir();
    const rows = [['deltagare', 'insats', 'start', 'slut']];
    for (let i = 0; i < 5000; i++) {
      const m = String(1 + (i % 9)).padStart(2, '0');
      rows.push([`P${i}`, 'forsteg', `2025-${m}-01`, `2025-${m}-20`]);
      if (i % 3 !== 0) rows.push([`P${i}`, 'introduktionsjobb', `2025-${m}-${String(21 + (i % 7))}`, '']);
    }
    const csv = put(dir, 'in.csv', csvOf(rows));
    const bin = join(repoRoot, 'bin/resan.mjs');
    const threads = join(dir, 'threads.json');
    const r = await run(process.execPath, [bin, 'figures', '--as-of', ASOF, '--workers', '2', '-o', threads, csv], {
      env: { ...process.env, LANG: 'en_GB.UTF-8' },
    });
    expect(r.stderr).not.toContain('\r');
    expect(r.stderr).toMatch(/^Done: 5\u202f000 journeys from 1 files/m);
    const one = join(dir, 'one.json');
    expect((await resan(['figures', '--as-of', ASOF, '-o', one, csv])).code).toBe(0);
    const withoutTime = (path: string) => {
      const f = JSON.parse(readFileSync(path, 'utf8'));
      delete f.provenance.madeAt;
      return f;
    };
    expect(withoutTime(threads)).toEqual(withoutTime(one));
    await expect(run(process.execPath, [bin, 'merge', csv, '-o', join(dir, 'x.json')])).rejects.toMatchObject({
      code: 1,
    });
    await expect(run(process.execPath, [bin, 'figures'])).rejects.toMatchObject({ code: 2 });
  });
});
