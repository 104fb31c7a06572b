/* global console, process */
/**
 * The targets of issue #26 in one table: `npm run bench` prints it at its end; it also runs on
 * its own (`node bench/summary.mjs`) over whatever the bench parts last wrote under
 * bench/results/: timeline.json (and timeline-10000.json, where a 10,000-item run is written
 * apart) from bench/timeline/run.mjs, and cohort-load.json from bench/cohort/. Each row: the
 * target, the measured value, met or not; a row whose part has not run says so. It reads only
 * the fields that are there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const results = join(dirname(fileURLToPath(import.meta.url)), 'results');
const read = (name) => {
  const path = join(results, name);
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
};

const timeline = read('timeline.json');
const apart = read('timeline-10000.json');
const cohort = read('cohort-load.json');

const ms = (v) =>
  v === null || v === undefined ? '–' : v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(0)} ms`;
/** A row of the timeline bench, by measure and size, from the file that has it (the newest first). */
function timelineRow(measure, size) {
  const files = [timeline, apart].filter(Boolean).sort((a, b) => (a.date < b.date ? 1 : -1));
  for (const f of files) {
    const row = (f.rows ?? []).find((r) => r.measure === measure && String(r.size) === String(size));
    if (row) return { row, date: f.date };
  }
  return null;
}

const rows = [];
const notRun = (measure, target, part) => rows.push({ measure, target, value: `not measured (${part})`, met: null });

for (const size of [40, 1000]) {
  for (const kind of ['warm', 'cold']) {
    const measure = `render ${size.toLocaleString('en')} items, ${kind}, vs ${kind} vis-timeline`;
    const t = timelineRow(`render, ${kind}`, size);
    if (!t?.row.ratio) notRun(measure, '≤ 1.0 ×', 'npm run bench:timeline');
    else
      rows.push({
        measure,
        target: kind === 'warm' ? '≤ 1.0 × (stretch ≤ 0.5 ×)' : '≤ 1.0 ×',
        value: `${t.row.ratio.toFixed(2)} × (${ms(t.row.resan?.median)} / ${ms(t.row.vis?.median)})`,
        met: t.row.ratio <= 1,
      });
  }
}
for (const what of ['zoom', 'pan'])
  for (const size of [40, 1000]) {
    const measure = `${what} frame p95, ${size.toLocaleString('en')} items, vs vis-timeline`;
    const t = timelineRow(`${what} frame p95`, size);
    if (!t?.row.ratio) notRun(measure, '≤ 0.5 ×', 'npm run bench:timeline');
    else
      rows.push({
        measure,
        target: '≤ 0.5 ×',
        value: `${t.row.ratio.toFixed(2)} × (${ms(t.row.resan?.median)} / ${ms(t.row.vis?.median)})`,
        met: t.row.ratio <= 0.5,
      });
  }
const worst = (measure, label, limit) => {
  const t = timelineRow(measure, 10000);
  const max = t?.row.resan?.max;
  if (max === undefined || max === null) notRun(label, `≤ ${limit} ms`, 'npm run bench:timeline, 10,000 items');
  else
    rows.push({
      measure: label,
      target: `≤ ${limit} ms in every run`,
      value: `${ms(max)} (worst run)`,
      met: max <= limit,
    });
};
worst('longest task, render', '10,000 items: longest main-thread task, change event to first render', 200);
worst('clicks during the render: slowest wait', '10,000 items: a click answered during the render', 100);

const big = cohort?.rows?.find((r) => r.size === 100_000);
if (!big) notRun('cohort 100,000 journeys: longest main-thread task', '≤ 50 ms', 'npm run bench:cohort');
else
  rows.push({
    measure: 'cohort 100,000 journeys: longest main-thread task',
    target: '≤ 50 ms',
    value: `${ms(big.longestTaskMs)} (longest of ${cohort.runs} runs)`,
    met: big.longestTaskMs <= 50,
  });

// Served compressed (gzip, as a web server sends it); results from before the bench compressed say "(served)".
const slow = timeline?.rows?.find(
  (r) =>
    r.measure.startsWith('first screen: demo drawn') &&
    r.measure.includes('served') &&
    !r.measure.includes('uncompressed'),
);
const gzip = slow?.measure.includes('gzip') ? ', served gzip-compressed' : ', served uncompressed';
if (!slow?.resan) notRun('first screen, CPU × 4, 10 Mbit/s, 40 ms: demo drawn', '≤ 1.5 s', 'npm run bench:timeline');
else
  rows.push({
    measure: `first screen, CPU × 4, 10 Mbit/s, 40 ms: demo drawn${gzip}`,
    target: '≤ 1.5 s',
    value: `${ms(slow.resan.median)} (median)`,
    met: slow.resan.median <= 1500,
  });
/** A first-screen row beside the target's, shown without a target of its own. */
const beside = (measure, found) => {
  if (found?.resan) rows.push({ measure, target: '–', value: `${ms(found.resan.median)} (median)`, met: null });
};
beside(
  'the same, served uncompressed',
  timeline?.rows?.find((r) => r.measure.includes('(served uncompressed)')),
);
beside(
  'the same, single file from file:// (CPU × 4)',
  timeline?.rows?.find((r) => r.measure.startsWith('first screen: demo drawn') && r.measure.includes('file://')),
);
const js = timeline?.rows?.find((r) => r.measure === 'first-screen JS, gzip');
if (js?.resan)
  rows.push({
    measure: 'first-screen JS, gzipped',
    target: '≤ 150 KB',
    value: `${(js.resan.median / 1024).toFixed(1)} KB`,
    met: js.resan.median <= 150 * 1024,
  });

const when = (f, name) =>
  f ? `${name} ${f.date}${f.load?.before ? `, load ${f.load.before[0]} → ${f.load.after?.[0] ?? '?'}` : ''}` : null;
console.log('\nIssue #26: every target, from the last run of each bench part (bench/results/).');
console.log(
  [when(timeline, 'timeline.json'), when(apart, 'timeline-10000.json'), when(cohort, 'cohort-load.json')]
    .filter(Boolean)
    .join('; '),
);
if (timeline?.method) console.log(`\n${timeline.method}\n`);
console.log('| measure | target | measured | met |');
console.log('|---|---|---|---|');
for (const r of rows)
  console.log(`| ${r.measure} | ${r.target} | ${r.value} | ${r.met === null ? '–' : r.met ? 'yes' : 'no'} |`);
const counted = rows.filter((r) => r.met !== null);
console.log(`\n${counted.filter((r) => r.met).length} of ${counted.length} measured targets met.`);
process.exitCode = 0;

// Issue #27: the command line (cli.json) and the app's Sammanställ of 75 files (pool.json), as measured.
const cli = read('cli.json');
const pool = read('pool.json');
if (cli || pool) {
  console.log('\nIssue #27: pooled figures, from the last run (bench/results/cli.json, pool.json).');
  console.log('| run | measured | |\n|---|---|---|');
  for (const r of cli?.rows ?? []) console.log(`| resan ${r.what} | ${r.seconds} s | peak RSS ${r.peakRssMb} MB |`);
  for (const r of pool?.rows ?? [])
    console.log(`| app: ${r.what} | ${ms(r.medianMs)} median | longest main-thread task ${ms(r.longestTaskMs)} |`);
}
