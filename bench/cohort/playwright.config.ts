/**
 * The cohort-loading benchmark in Chromium (not part of `npm test`): `npm run bench:cohort`.
 * Serves the built app like the e2e tests, on its own port, one worker, no retries.
 * Environment: RESAN_BENCH_PORT (4299), RESAN_BENCH_DIST (dist), RESAN_BENCH_SIZES, RESAN_BENCH_RUNS.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';

const PORT = Number(process.env.RESAN_BENCH_PORT ?? 4299);
/** The build served (default dist): RESAN_BENCH_DIST=/tmp/dist-main measures another build beside this one. */
const DIST = process.env.RESAN_BENCH_DIST ?? 'dist';

export default defineConfig({
  testDir: '.',
  testMatch: ['load.bench.ts', 'pool.bench.ts'],
  outputDir: '../../test-results-bench',
  workers: 1,
  retries: 0,
  timeout: 30 * 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 720 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    cwd: '../..',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
