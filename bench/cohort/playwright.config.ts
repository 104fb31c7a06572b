/**
 * The cohort-loading benchmark in Chromium (not part of `npm test`): `npm run bench:cohort`.
 * Serves the built app like the e2e tests, on its own port, one worker, no retries.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';

const PORT = Number(process.env.RESAN_BENCH_PORT ?? 4299);

export default defineConfig({
  testDir: '.',
  testMatch: 'load.bench.ts',
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
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    cwd: '../..',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
