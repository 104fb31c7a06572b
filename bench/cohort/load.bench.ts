/**
 * The whole load of a cohort in the built app (read files in a worker, find duplicates, save,
 * compute every figure and the alignment): 10,000 and 100,000 synthetic journeys, each run in
 * a fresh page. Measures the time from choosing the files to the figures on screen, the
 * longest main-thread task (PerformanceObserver 'longtask', or a frame's rendering from
 * 'long-animation-frame', whichever is longer), and the peak main-thread JS heap
 * (CDP Runtime.getHeapUsage, sampled). Prints medians and the issue's targets; writes JSON to
 * bench/results/cohort-load.json. Workers' own heaps are not in the main-thread figure.
 */
import { test } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCohort, serializeCohort } from '../../src/domain';

const here = dirname(fileURLToPath(import.meta.url));
const asOf = '2026-11-28';
const SIZES = (process.env.RESAN_BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const RUNS = Number(process.env.RESAN_BENCH_RUNS ?? 3);
const PER_FILE = 10_000; // a file stays well under the 100 MB limit
const TARGET_MS: Record<number, number> = { 10_000: 1_500, 100_000: 15_000 };

type Run = {
  ms: number;
  longestTaskMs: number;
  peakHeapMb: number;
  /** The three longest main-thread tasks: how long, and when after the files were chosen. */
  longTasks: { afterChoiceMs: number; ms: number }[];
};

function files(size: number): string[] {
  const dir = mkdtempSync(join(tmpdir(), `resan-bench-${size}-`));
  const out: string[] = [];
  for (let i = 0; i * PER_FILE < size; i++) {
    const journeys = generateCohort(Math.min(PER_FILE, size - i * PER_FILE), 1_000 + i, asOf).map((j) => ({
      ...j,
      // Distinct across files: the seed repeats ids from J-0001 in every file.
      id: `${j.id}-${i}`,
      participant: { ...j.participant, ref: `${j.participant.ref}-${i}` },
    }));
    const path = join(dir, `kohort-${i}.json`);
    writeFileSync(path, serializeCohort({ format: 'cohort', version: 1, journeys }));
    out.push(path);
  }
  return out;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

test('cohort load in Chromium', async ({ browser }) => {
  const results: Record<number, Run[]> = {};
  for (const size of SIZES) {
    const paths = files(size);
    results[size] = [];
    for (let r = 0; r < RUNS; r++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { longest: number; tasks: { at: number; ms: number; what: string }[] };
        w.longest = 0;
        w.tasks = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            w.longest = Math.max(w.longest, e.duration);
            w.tasks.push({ at: e.startTime, ms: e.duration, what: 'script' });
          }
        }).observe({ type: 'longtask', buffered: true });
        // A frame's rendering (its animation-frame callbacks, style, layout, paint), which the Long
        // Tasks API does not count; named by the longest script in it, if any.
        type Frame = PerformanceEntry & {
          renderStart: number;
          scripts: { startTime: number; duration: number; invoker: string; sourceFunctionName: string }[];
        };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as Frame[]) {
            const ms = e.renderStart > 0 ? e.startTime + e.duration - e.renderStart : 0;
            w.longest = Math.max(w.longest, ms);
            if (ms <= 50) continue;
            const script = e.scripts
              .filter((s) => s.startTime >= e.renderStart)
              .sort((a, b) => b.duration - a.duration)[0];
            const what = script
              ? `rendering, ${script.invoker} ${script.sourceFunctionName || ''} ${Math.round(script.duration)} ms`
              : 'rendering';
            w.tasks.push({ at: e.renderStart, ms, what });
          }
        }).observe({ type: 'long-animation-frame', buffered: true });
      });
      await page.goto('/');
      await page.getByTestId('nav-cohort').click();
      await page.getByTestId('cohort-load').waitFor();
      await page.locator('.cohort-body[aria-busy="false"]').waitFor(); // the demo cohort first
      const chosenAt = await page.evaluate(() => {
        const w = window as unknown as { longest: number; tasks: unknown[] };
        w.longest = 0;
        w.tasks = [];
        return performance.now();
      });
      const cdp = await context.newCDPSession(page);
      let peak = 0;
      let sampling = true;
      const sample = (async () => {
        while (sampling) {
          const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
          peak = Math.max(peak, usedSize);
          await new Promise((res) => setTimeout(res, 200));
        }
      })();
      // RESAN_BENCH_PROFILE=1: a CPU profile of the main thread during the load, for finding long tasks.
      const profiling = process.env.RESAN_BENCH_PROFILE === '1' && r === 0;
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
        // A trace beside the profile: its RunTask events say which samples made each long task.
        await browser.startTracing(page, {
          categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'],
        });
      }
      const chooser = page.waitForEvent('filechooser');
      const t0 = Date.now();
      await page.getByTestId('cohort-load').getByRole('button', { name: 'Läs in filer…' }).click();
      await (await chooser).setFiles(paths);
      await page
        .getByTestId('cohort-load-status')
        .getByText(/resor lästes in/)
        .waitFor({ timeout: 20 * 60_000 });
      await page.locator('.cohort-body[aria-busy="false"]').waitFor({ timeout: 20 * 60_000 });
      const ms = Date.now() - t0;
      if (profiling) {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
        const trace = await browser.stopTracing();
        mkdirSync(join(here, '../results'), { recursive: true });
        writeFileSync(join(here, `../results/cohort-load-${size}.cpuprofile`), JSON.stringify(profile));
        writeFileSync(join(here, `../results/cohort-load-${size}.trace.json`), trace);
      }
      sampling = false;
      await sample;
      const { longestTaskMs, tasks } = await page.evaluate(() => {
        const w = window as unknown as { longest: number; tasks: { at: number; ms: number; what: string }[] };
        return { longestTaskMs: w.longest, tasks: w.tasks };
      });
      // The three longest tasks, each with its start after the files were chosen (to find them in a profile).
      const top = tasks
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((t) => ({ afterChoiceMs: Math.round(t.at - chosenAt), ms: Math.round(t.ms), what: t.what.trim() }));
      console.log(
        `${size} #${r + 1}: ${ms} ms, longest tasks ${top.map((t) => `${t.ms} ms at +${t.afterChoiceMs} ms (${t.what})`).join(', ') || 'none'}`,
      );
      results[size].push({ ms, longestTaskMs, peakHeapMb: peak / 2 ** 20, longTasks: top });
      await context.close();
    }
  }
  const rows = SIZES.map((size) => {
    const runs = results[size];
    const ms = median(runs.map((r) => r.ms));
    const task = Math.max(...runs.map((r) => r.longestTaskMs));
    const heap = Math.max(...runs.map((r) => r.peakHeapMb));
    return {
      size,
      medianMs: ms,
      minMs: Math.min(...runs.map((r) => r.ms)),
      maxMs: Math.max(...runs.map((r) => r.ms)),
      longestTaskMs: Math.round(task),
      peakHeapMb: Math.round(heap),
      targetMs: TARGET_MS[size] ?? null,
      meets: {
        time: TARGET_MS[size] === undefined ? null : ms <= TARGET_MS[size],
        longTask: task <= 50,
        heap: heap <= 1536,
      },
    };
  });
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  console.log(
    [
      line(['journeys', 'load median (min–max)', 'target', 'longest main-thread task', 'peak main heap']),
      line(['---', '---', '---', '---', '---']),
      ...rows.map((r) =>
        line([
          r.size.toLocaleString('sv-SE'),
          `${r.medianMs} ms (${r.minMs}–${r.maxMs})`,
          r.targetMs === null ? '–' : `≤ ${r.targetMs} ms ${r.meets.time ? '✓' : '✗'}`,
          `${r.longestTaskMs} ms ${r.meets.longTask ? '✓' : '✗ (target ≤ 50)'}`,
          `${r.peakHeapMb} MB ${r.meets.heap ? '✓' : '✗'}`,
        ]),
      ),
    ].join('\n'),
  );
  mkdirSync(join(here, '../results'), { recursive: true });
  writeFileSync(
    join(here, '../results/cohort-load.json'),
    `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, rows, raw: results }, null, 2)}\n`,
  );
});
