/** `npm run screenshots:greyscale`: the greyscale screenshots of every view into docs/ (not part of `npm test`). */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/chromium';

// Set for the workers too: the e2e fixtures watch for requests to any other origin than this one.
const PORT = Number((process.env.RESAN_PORT ??= '4298'));

export default defineConfig({
  testDir: '.',
  testMatch: 'greyscale.shots.ts',
  outputDir: '../../test-results-greyscale',
  workers: 1,
  retries: 0,
  timeout: 180_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    cwd: '../..',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
