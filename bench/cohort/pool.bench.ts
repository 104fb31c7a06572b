/**
 * Sammanställ in the built app (issue 27, point 5): 75 figures files, one per samordningsförbund
 * of 200 synthetic journeys each (15,000 in all, as `npm run bench:cli` makes them), chosen at
 * once in the Kohort view's Sammanställ. Measures, each run in a fresh page:
 * - **merge**: from choosing the files to the merged figures on screen (every file read and
 *   checked, the states added up, the small-cell rule applied, every chart drawn);
 * - **side by side**: from clicking "Sida vid sida" to the 76 columns (the total and each source)
 *   on screen;
 * and the longest main-thread task of each (PerformanceObserver 'longtask', or a frame's
 * rendering from 'long-animation-frame', whichever is longer). Prints medians,
 * writes bench/results/pool.json. Not part of `npm test`: `npm run bench:cohort`.
 */
import { type Page, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { figuresFromJourneys, generateCohort, serializeFigures } from '../../src/domain';

const here = dirname(fileURLToPath(import.meta.url));
const asOf = '2026-11-28';
const FILES = 75;
const PER_FILE = 200;
const RUNS = Number(process.env.RESAN_BENCH_RUNS ?? 3);

function figuresFiles(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'resan-bench-pool-'));
  return Array.from({ length: FILES }, (_, i) => {
    const file = figuresFromJourneys(
      generateCohort(PER_FILE, 1_000 + i, asOf),
      { asOf },
      { label: `Förbund ${i + 1}`, madeAt: '2026-11-28T12:00:00Z', resanVersion: 'bench', filters: null },
    );
    const path = join(dir, `forbund-${String(i + 1).padStart(2, '0')}.json`);
    writeFileSync(path, serializeFigures(file));
    return path;
  });
}

/** Starts the long-task watch over again; returns the page's clock. */
const restartWatch = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { longest: number }).longest = 0;
    return performance.now();
  });
const longest = (page: Page) => page.evaluate(() => Math.round((window as unknown as { longest: number }).longest));

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

test('Sammanställ of 75 figures files in Chromium', async ({ browser }) => {
  const paths = figuresFiles();
  const runs: { mergeMs: number; mergeTaskMs: number; sideMs: number; sideTaskMs: number }[] = [];
  for (let r = 0; r < RUNS; r++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask', buffered: true });
      // A frame's rendering (style, layout, paint), which the Long Tasks API does not count.
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { renderStart: number })[])
          if (e.renderStart > 0) w.longest = Math.max(w.longest, e.startTime + e.duration - e.renderStart);
      }).observe({ type: 'long-animation-frame', buffered: true });
    });
    await page.goto('/');
    await page.getByTestId('nav-cohort').click();
    await page.locator('.cohort-body[aria-busy="false"]').waitFor(); // the demo cohort first
    await page.getByTestId('open-pool').click();
    const pool = page.getByTestId('pool-page');
    const chooser = page.waitForEvent('filechooser');
    await pool.getByTestId('pool-choose').click();
    await restartWatch(page);
    const t0 = Date.now();
    await (await chooser).setFiles(paths);
    await pool
      .getByTestId('pool-journeys')
      .filter({ hasText: /^15\s?000$/ })
      .waitFor({ timeout: 10 * 60_000 });
    await pool.getByTestId('overview-table').waitFor();
    await pool.locator('[data-testid="align-table"] tr[data-offset]').first().waitFor(); // the last chart

    const mergeMs = Date.now() - t0;
    const mergeTaskMs = await longest(page);

    await restartWatch(page);
    const t1 = Date.now();
    await pool.getByRole('radio', { name: 'Sida vid sida' }).click();
    await pool
      .getByTestId('pool-side-source')
      .nth(FILES)
      .waitFor({ timeout: 10 * 60_000 });
    const sideMs = Date.now() - t1;
    const sideTaskMs = await longest(page);
    console.log(
      `#${r + 1}: merge ${mergeMs} ms (longest task ${mergeTaskMs} ms), side by side ${sideMs} ms (${sideTaskMs} ms)`,
    );
    runs.push({ mergeMs, mergeTaskMs, sideMs, sideTaskMs });
    await context.close();
  }
  const rows = [
    { what: `Sammanställ: ${FILES} figures files chosen → merged figures on screen`, key: 'merge' },
    { what: `Sida vid sida: ${FILES + 1} columns on screen`, key: 'side' },
  ].map(({ what, key }) => {
    const ms = runs.map((x) => (key === 'merge' ? x.mergeMs : x.sideMs));
    const tasks = runs.map((x) => (key === 'merge' ? x.mergeTaskMs : x.sideTaskMs));
    return {
      what,
      medianMs: median(ms),
      minMs: Math.min(...ms),
      maxMs: Math.max(...ms),
      longestTaskMs: Math.max(...tasks),
    };
  });
  console.log(
    [
      '| run | median (min–max) | longest main-thread task |',
      '|---|---:|---:|',
      ...rows.map((r) => `| ${r.what} | ${r.medianMs} ms (${r.minMs}–${r.maxMs}) | ${r.longestTaskMs} ms |`),
    ].join('\n'),
  );
  mkdirSync(join(here, '../results'), { recursive: true });
  writeFileSync(
    join(here, '../results/pool.json'),
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, files: FILES, journeysPerFile: PER_FILE, rows, raw: runs }, null, 2)}\n`,
  );
});
