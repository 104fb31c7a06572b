/**
 * `npm run bench:cli`: the `resan` command line on generated coordinator CSV of 100,000 and
 * 1,000,000 participants (time and peak resident memory of the whole process, every worker
 * thread included), and the merge of 75 figures files. The CSVs are made once in the system's
 * temporary folder and kept for the next run. RESAN_BENCH_SIZES=100000 runs one size only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import console from 'node:console';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { makeCsv } from './makeCsv.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bin = join(root, 'bin', 'resan.mjs');
const work = join(tmpdir(), 'resan-bench-cli');
mkdirSync(work, { recursive: true });
const ASOF = '2026-12-01';

/** Runs resan; its wall time in seconds and its peak RSS in MB. */
function resan(args) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args, '--quiet'], {
    env: { ...process.env, RESAN_PEAK_RSS: '1' },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`resan ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const kb = Number(/peakRssKb (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { seconds: Math.round(seconds * 10) / 10, peakRssMb: Math.round(kb / 1024) };
}

spawnSync(process.execPath, [bin, '--help'], { stdio: 'ignore' }); // builds the bundle, not timed
const rows = [];
const sizes = (process.env.RESAN_BENCH_SIZES ?? '100000,1000000').split(',').map(Number);
for (const n of sizes) {
  const csv = join(work, `coordinator-${n}.csv`);
  if (!existsSync(csv)) await makeCsv(n, csv, 1);
  rows.push({
    what: `figures, ${n.toLocaleString('en')} participants (CSV)`,
    ...resan(['figures', '--as-of', ASOF, '-o', join(work, `figures-${n}.json`), csv]),
  });
}
const files = [];
for (let i = 0; i < 75; i++) {
  const out = join(work, `forbund-${i}.json`);
  if (!existsSync(out)) {
    const csv = join(work, `forbund-${i}.csv`);
    if (!existsSync(csv)) await makeCsv(200, csv, 1000 + i);
    resan(['figures', '--as-of', ASOF, '--label', `Förbund ${i + 1}`, '--workers', '1', '-o', out, csv]);
  }
  files.push(out);
}
rows.push({ what: 'merge of 75 figures files', ...resan(['merge', ...files, '-o', join(work, 'total.json')]) });
rows.push({
  what: 'report --csv of the 75 merged',
  ...resan(['report', join(work, 'total.json'), '--csv', join(work, 'tables')]),
});

console.log('| run | time (s) | peak RSS (MB) |\n|---|---:|---:|');
for (const r of rows) console.log(`| ${r.what} | ${r.seconds} | ${r.peakRssMb} |`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'results', 'cli.json'),
  `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`,
);
