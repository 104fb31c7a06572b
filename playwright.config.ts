import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';

// RESAN_PORT and RESAN_DIST let several checkouts or helpers run e2e side by side.
const PORT = Number(process.env.RESAN_PORT ?? 4173);
const DIST = process.env.RESAN_DIST ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  outputDir: process.env.RESAN_TEST_RESULTS ?? './test-results',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: process.env.RESAN_E2E_REPORT ?? 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // A trace snapshots the page at every action, which costs the whole suite minutes on a 2-core machine, and CI
    // prints only the console: record one when asked (RESAN_TRACE=1 npx playwright test …).
    trace: process.env.RESAN_TRACE ? 'retain-on-failure' : 'off',
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 720 },
        launchOptions: {
          executablePath: chromiumPath(),
          args: CHROMIUM_ARGS,
        },
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
