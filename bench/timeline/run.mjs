/* global process, console, URL, window, document, performance, MutationObserver, setTimeout */
/**
 * The timeline bench in Chromium (`npm run bench:timeline`; not part of `npm test`): Resan's
 * built app beside vis-timeline 8 (from node_modules), on the same generated journeys, in the
 * same browser, interleaved, after a warm-up. See bench/README.md for the method.
 *
 * Environment: RESAN_BENCH_DIST (default dist-bench), RESAN_BENCH_PORT (4298),
 * RESAN_BENCH_SIZES (40,1000,10000), RESAN_BENCH_RUNS (7), RESAN_BENCH_VIS_MAX (10000: the
 * largest size vis-timeline is asked to draw).
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { generateJourney } from './generate.mjs';
import { serve } from './serve.mjs';
import { firstScreenThrottled } from './first-screen.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const DIST = resolve(root, process.env.RESAN_BENCH_DIST ?? 'dist-bench');
const PORT = Number(process.env.RESAN_BENCH_PORT ?? 4298);
const SIZES = (process.env.RESAN_BENCH_SIZES ?? '40,1000,10000').split(',').map(Number);
const RUNS = Number(process.env.RESAN_BENCH_RUNS ?? 7);
const VIS_MAX = Number(process.env.RESAN_BENCH_VIS_MAX ?? 10_000);
/** RESAN_BENCH_FIRST_SCREEN=0: the render rows only, without the first-screen rows (a quicker run). */
const FIRST_SCREEN = process.env.RESAN_BENCH_FIRST_SCREEN !== '0';
const SINGLE = resolve(root, process.env.RESAN_BENCH_SINGLE ?? 'dist-single', 'resan.html');
const VIS_DIR = join(root, 'node_modules', 'vis-timeline', 'standalone', 'umd');
const ORIGIN = `http://127.0.0.1:${PORT}`;

const APPS = {
  resan: {
    url: '/',
    bar: '[data-bar]',
    // A journey of more than 300 bars is drawn in slices: the chart is aria-busy until the last is in.
    busy: '[data-testid=timeline][aria-busy=true]',
    chart: '[data-testid=timeline-viewport] > rect',
    signature: () => {
      const s = document.querySelector('.timeline-svg');
      return `${s.dataset.liveK}|${s.dataset.liveX}`;
    },
  },
  vis: {
    url: '/bench/vis.html',
    bar: '.vis-item',
    busy: null,
    chart: '.vis-panel.vis-center',
    signature: () => window.visChanged,
  },
};

const median = (xs) => {
  const s = xs.filter((x) => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)] : null;
};

async function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/**
 * One app, one journey, in a fresh browser context (no HTTP cache, no code cache).
 * - warm: the page has drawn a small timeline before (Resan: its demo journey, with the
 *   library read, which loads after the first paint; vis-timeline: a 10-item journey opened
 *   through the same file input, drawn, and destroyed when the measured one is opened);
 * - cold: the file is chosen as soon as the page has its file input (Resan: the demo's first
 *   commit is all that ran; the library, the importer and zod load inside the measured time;
 *   vis-timeline: the measured timeline is the page's first `new vis.Timeline`).
 * Warm runs go on to 30 zoom steps and a 30-step drag; cold runs measure the render only. At
 * `clickProbe`, the heading is clicked every 100 ms while the render is under way.
 */
async function runOnce(browser, app, size, file, ref, { cold = false, warm = null, clickProbe = false } = {}) {
  const a = APPS[app];
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const page = await context.newPage();
  await page.addInitScript({ path: join(here, 'measure-page.js') });
  await page.goto(ORIGIN + a.url);
  await page.locator('[data-testid=file-input]').waitFor({ state: 'attached' });
  if (!cold && app === 'resan') {
    // The demo journey first, and the app warm: its library read (it loads after the first paint).
    await page.getByTestId('journey-heading').waitFor();
    await page.locator('[data-library]:not([data-library="loading"])').waitFor({ state: 'attached' });
  }
  if (!cold && app === 'vis') {
    // As Resan is warmed: a small timeline drawn in the same page first (destroyed by the next file).
    await page.evaluate(([r, bar, busy]) => window.__bench.watchRender(r, bar, busy), [warm.ref, a.bar, a.busy]);
    await page.locator('[data-testid=file-input]').setInputFiles(warm.file);
    await page.evaluate(() => window.__bench.render);
  }
  await page.evaluate(([r, bar, busy]) => window.__bench.watchRender(r, bar, busy), [ref, a.bar, a.busy]);
  await page.evaluate(() => window.__bench.resetLongest());
  // Where to click, found before the file is chosen (a page busy for longer than Playwright's wait would fail it).
  const box = clickProbe ? await page.getByTestId('journey-heading').boundingBox() : null;
  await page.locator('[data-testid=file-input]').setInputFiles(file);
  const rendered = page.evaluate(() => window.__bench.render);
  if (clickProbe) {
    let done = false;
    void rendered.finally(() => (done = true));
    while (!done) {
      await page.mouse.click(box.x + 5, box.y + box.height / 2);
      await Promise.race([rendered, new Promise((r) => setTimeout(r, 100))]);
    }
  }
  const { render, drawn } = await rendered;
  const clicks = await page.evaluate(() => window.__bench.clicks);
  // The last frames' entries reach the observers after the frame: a moment for them.
  await page.waitForTimeout(100);
  const renderLongest = await page.evaluate(() => window.__bench.longest);
  const renderRendering = await page.evaluate(() => window.__bench.longestRendering);
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  if (cold) {
    await context.close();
    return { render, drawn, renderLongest, renderRendering, domNodes };
  }
  await page.evaluate(() => window.__bench.resetLongest());
  const zoom = await page.evaluate(
    ([t, sig]) => window.__bench.zoom(t, new Function(`return (${sig})()`)),
    [a.chart, a.signature.toString()],
  );
  const pan = await page.evaluate(
    ([t, sig]) => window.__bench.pan(t, new Function(`return (${sig})()`)),
    [a.chart, a.signature.toString()],
  );
  await page.waitForTimeout(100);
  const afterLongest = await page.evaluate(() => window.__bench.longest);
  const afterRendering = await page.evaluate(() => window.__bench.longestRendering);
  await context.close();
  return {
    render,
    drawn,
    renderLongest,
    renderRendering,
    afterLongest,
    afterRendering,
    domNodes,
    clicks: clickProbe ? clicks.length : null,
    clickWait: clickProbe && clicks.length ? Math.max(...clicks) : null,
    zoomP95: quantile(zoom, 0.95),
    zoomMedian: median(zoom),
    panP95: quantile(pan, 0.95),
    panMedian: median(pan),
    missedFrames: zoom.concat(pan).filter((t) => t === null).length,
  };
}

/**
 * The JS the browser fetched to show the first journey, gzipped (level 9) from the files
 * served: the files whose request started before the first bar was in the DOM. Files the
 * app asks for after that (code it loads after the first paint, such as the zoom behaviour
 * and the journey library) are listed apart, as `later`.
 */
async function firstScreenJs(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('[data-bar]')) return;
      window.__firstBarAt = performance.now();
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(ORIGIN + '/');
  await page.getByTestId('journey-heading').waitFor();
  await page.locator('[data-bar]').first().waitFor();
  // A moment for what loads after the first paint, so that it is listed too.
  await page.waitForTimeout(1_000);
  const entries = await page.evaluate(() => ({
    firstBarAt: window.__firstBarAt,
    js: performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js'))
      .map((e) => ({ url: e.name, startTime: e.startTime })),
  }));
  await context.close();
  const sized = (list) =>
    list.map((e) => {
      const file = new URL(e.url).pathname.replace(/^\//, '');
      return { file, gzip: gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length };
    });
  const files = sized(entries.js.filter((e) => e.startTime <= entries.firstBarAt));
  const later = sized(entries.js.filter((e) => e.startTime > entries.firstBarAt));
  const vis = gzipSync(readFileSync(join(VIS_DIR, 'vis-timeline-graph2d.min.js')), { level: 9 }).length;
  return { resan: files.reduce((s, x) => s + x.gzip, 0), files, later, vis };
}

const fmt = (v, unit) => {
  if (v === null || v === undefined) return '–';
  if (unit === 'KB') return `${(v / 1024).toFixed(1)} KB`;
  if (unit === 'n') return Math.round(v).toLocaleString('en');
  return v >= 1000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`;
};

function summarize(runs, key) {
  const xs = runs.map((r) => r[key]).filter((x) => x !== null && x !== undefined);
  if (xs.length === 0) return null;
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs };
}

const METHOD = [
  'Warm: the page drew a small timeline before the measured one (Resan its demo journey, with the library read;',
  'vis-timeline a 10-item journey through the same file input, destroyed when the measured file opens).',
  "Cold: a fresh context, the file chosen as soon as the page has its file input (Resan: only the demo's first",
  'commit ran, the library, importer and zod load inside the time; vis-timeline: its first `new vis.Timeline`).',
  'Every run in a fresh browser context; render = file input `change` to the 2nd frame after the first bar;',
  'drawn in full = to the 2nd frame after the chart is no longer busy (Resan draws a big journey in slices);',
  'the longest task and the clicks are counted until then. The longest task is the longest script task',
  "('longtask') or the longest rendering of a frame (style, layout, paint: 'long-animation-frame' from its",
  'renderStart), whichever is longer: the Long Tasks API alone does not count the rendering.',
].join('\n');

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'resan-timeline-bench-'));
  const roots = {
    '/bench/': here,
    '/vis-css/': join(root, 'node_modules', 'vis-timeline', 'styles'),
    '/vis/': VIS_DIR,
    '/': DIST,
  };
  const server = await serve(roots, PORT);
  // The same files uncompressed, for the first screen's second row.
  const plainServer = await serve(roots, PORT + 1, { compress: false });
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Frames as fast as the work allows, not at the display's 60 Hz: a frame's time is its work.
      '--disable-gpu-vsync',
      '--disable-frame-rate-limit',
    ],
  });
  const load = { before: loadavg(), cores: cpus().length };
  const results = {};
  const cold = {};
  const small = generateJourney(10);
  const warm = { file: join(dir, 'bench-warm-10.json'), ref: small.participant.ref };
  writeFileSync(warm.file, JSON.stringify(small));
  try {
    for (const size of SIZES) {
      const journey = generateJourney(size);
      const file = join(dir, `bench-${size}.json`);
      writeFileSync(file, JSON.stringify(journey));
      const apps = size <= VIS_MAX ? ['resan', 'vis'] : ['resan'];
      const big = size >= 10_000;
      const ref = journey.participant.ref;
      results[size] = Object.fromEntries(apps.map((a) => [a, []]));
      if (!big) cold[size] = Object.fromEntries(apps.map((a) => [a, []]));
      // Warm-up (not counted), then RUNS rounds, the order alternating each round.
      for (const app of apps) await runOnce(browser, app, size, file, ref, { warm });
      for (let r = 0; r < RUNS; r++) {
        const order = r % 2 ? [...apps].reverse() : apps;
        for (const app of order) {
          const one = await runOnce(browser, app, size, file, ref, { warm, clickProbe: big });
          results[size][app].push(one);
          const clicks = big
            ? `, drawn in full ${fmt(one.drawn)}, ${one.clicks} clicks during it, the slowest waited ${fmt(one.clickWait)}, longest task ${fmt(one.renderLongest)} (longest rendering ${fmt(one.renderRendering)})`
            : '';
          process.stdout.write(
            `${size} ${app} warm #${r + 1}: render ${fmt(one.render)}${clicks}, zoom p95 ${fmt(one.zoomP95)}, pan p95 ${fmt(one.panP95)}, longest after ${fmt(one.afterLongest)} (rendering ${fmt(one.afterRendering)}), ${one.domNodes} nodes\n`,
          );
          if (big) continue;
          const c = await runOnce(browser, app, size, file, ref, { cold: true });
          cold[size][app].push(c);
          process.stdout.write(`${size} ${app} cold #${r + 1}: render ${fmt(c.render)}\n`);
        }
      }
    }
    const js = FIRST_SCREEN ? await firstScreenJs(browser) : null;
    const slow = FIRST_SCREEN
      ? await firstScreenThrottled(browser, {
          origin: ORIGIN,
          plainOrigin: `http://127.0.0.1:${PORT + 1}`,
          single: SINGLE,
          runs: Math.min(RUNS, 5),
        })
      : null;
    load.after = loadavg();
    await report(results, cold, js, slow, load);
  } finally {
    await browser.close();
    server.close();
    plainServer.close();
  }
}

async function report(results, cold, js, slow, load) {
  const rows = [];
  const row = (measure, size, key, unit, target, from = results) => {
    const r = summarize(from[size]?.resan ?? [], key);
    const v = summarize(from[size]?.vis ?? [], key);
    const ratio = r && v && v.median ? r.median / v.median : null;
    const met = target ? target(r, v, ratio) : null;
    rows.push({ measure, size, unit, resan: r, vis: v, ratio, target: target?.text ?? '', met });
  };
  const times = (k, text) => Object.assign((r, v, ratio) => (ratio === null ? null : ratio <= k), { text });
  const under = (ms, text) => Object.assign((r) => (r === null ? null : r.median <= ms), { text });
  const worst = (ms, text) => Object.assign((r) => (r === null ? null : r.max <= ms), { text });
  for (const size of Object.keys(results).map(Number)) {
    const big = size >= 10_000;
    row('render, warm', size, 'render', 'ms', big ? null : times(1, '≤ 1.0 × vis (stretch ≤ 0.5 ×)'));
    if (!big) row('render, cold', size, 'render', 'ms', times(1, '≤ 1.0 × vis'), cold);
    row(
      'zoom frame p95',
      size,
      'zoomP95',
      'ms',
      big
        ? null
        : size <= 40
          ? Object.assign((r, v, ratio) => (ratio === null ? null : ratio <= 0.5 && r.median < 16.7), {
              text: '≤ 0.5 × vis and < 16.7 ms',
            })
          : times(0.5, '≤ 0.5 × vis'),
    );
    row('zoom frame median', size, 'zoomMedian', 'ms', null);
    row('pan frame p95', size, 'panP95', 'ms', big ? null : times(0.5, '≤ 0.5 × vis'));
    if (big) row('render, warm, until drawn in full', size, 'drawn', 'ms', null);
    row('longest task, render', size, 'renderLongest', 'ms', big ? worst(200, '≤ 200 ms in every run') : null);
    row('of which: longest rendering of a frame, render', size, 'renderRendering', 'ms', null);
    if (big) {
      row('clicks during the render: slowest wait', size, 'clickWait', 'ms', worst(100, '≤ 100 ms in every run'));
    }
    row('longest task, zoom + pan', size, 'afterLongest', 'ms', big ? under(200, '≤ 200 ms') : null);
    row('of which: longest rendering of a frame, zoom + pan', size, 'afterRendering', 'ms', null);
    row('DOM nodes', size, 'domNodes', 'n', null);
  }
  if (slow) {
    const one = (xs) =>
      xs.length ? { median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs } : null;
    const served = one(slow.served);
    rows.push({
      measure: `first screen: demo drawn, CPU × ${slow.cpuRate}, 10 Mbit/s, 40 ms (served, gzip)`,
      size: '',
      unit: 'ms',
      resan: served,
      vis: null,
      ratio: null,
      target: '≤ 1.5 s',
      // A load not drawn within a minute (after one more try) is a load that missed the target.
      met: served ? served.median <= 1500 && !slow.failures.some((f) => f.startsWith('served gzip')) : false,
    });
    rows.push({
      measure: `first screen: demo drawn, CPU × ${slow.cpuRate}, 10 Mbit/s, 40 ms (served uncompressed)`,
      size: '',
      unit: 'ms',
      resan: one(slow.plain),
      vis: null,
      ratio: null,
      target: '',
      met: null,
    });
    rows.push({
      measure: `first screen: demo drawn, CPU × ${slow.cpuRate}, single file from file://`,
      size: '',
      unit: 'ms',
      resan: one(slow.file),
      vis: null,
      ratio: null,
      target: '',
      met: null,
    });
    rows.push({
      measure: 'first-screen JS, gzip',
      size: '',
      unit: 'KB',
      resan: { median: js.resan, min: js.resan, max: js.resan },
      vis: { median: js.vis, min: js.vis, max: js.vis },
      ratio: js.resan / js.vis,
      target: '≤ 150 KB',
      met: js.resan <= 150 * 1024,
    });
  }
  const cell = (s, unit) => (s ? `${fmt(s.median, unit)} (${fmt(s.min, unit)}–${fmt(s.max, unit)})` : '–');
  const lines = [
    '| measure | items | Resan, median (min–max) | vis-timeline, median (min–max) | Resan / vis | target | met |',
    '|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.measure} | ${r.size === '' ? '' : Number(r.size).toLocaleString('en')} | ${cell(r.resan, r.unit)} | ${cell(r.vis, r.unit)} | ${r.ratio === null ? '–' : r.ratio.toFixed(2)} | ${r.target || '–'} | ${r.met === null ? '–' : r.met ? 'yes' : 'no'} |`,
    ),
  ];
  console.log(
    `\nLoad average before ${load.before.map((x) => x.toFixed(2)).join(' ')}, after ${load.after.map((x) => x.toFixed(2)).join(' ')} (${load.cores} cores); ${RUNS} runs each.\n`,
  );
  console.log(`${METHOD}\n`);
  console.log(lines.join('\n'));
  if (slow?.failures.length)
    console.log(`\nFirst-screen loads not drawn within 60 s (each taken once more): ${slow.failures.join(' | ')}`);
  if (js) console.log(`\nFirst-screen files: ${js.files.map((f) => `${f.file} ${fmt(f.gzip, 'KB')}`).join(', ')}`);
  if (js)
    console.log(`Loaded after the first paint: ${js.later.map((f) => `${f.file} ${fmt(f.gzip, 'KB')}`).join(', ')}`);
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  // A run without the first-screen rows does not replace the whole run's results.
  const out = join(root, 'bench', 'results', FIRST_SCREEN ? 'timeline.json' : 'timeline-render.json');
  // Written as the repository's formatter writes it, so that `npm run format:check` stays clean.
  const { format } = await import('prettier');
  const json = JSON.stringify({
    date: new Date().toISOString(),
    runs: RUNS,
    method: METHOD,
    load,
    rows,
    firstScreen: js,
    slowFirstScreen: slow,
    results,
    cold,
  });
  writeFileSync(out, await format(json, { parser: 'json', printWidth: 120 }));
  console.log(`\nWritten to ${out}`);
}

await main();
