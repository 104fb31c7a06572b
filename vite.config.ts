import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';

const ALL = ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts'];
/** Unit tests whose modules or globals hold state between tests (see `projects` below). */
const STATEFUL = ['src/io/**/*.test.ts', 'src/store/**/*.test.ts', 'src/workers/**/*.test.ts'];

/**
 * The built app may talk to nobody: a Content-Security-Policy that allows only its own
 * files. (Added at build time; the dev server needs inline scripts for hot reload.)
 */
const CSP = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'resan-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
      ),
  };
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
  base: './',
  // One bundle of about 700 kB (215 kB gzipped), loaded once from the same origin; no CDN.
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    // src/domain is pure (a lint rule holds it): a module of it that nothing uses is left out,
    // so the first screen does not carry the importer and zod through the domain's index.
    rolldownOptions: { treeshake: { moduleSideEffects: [{ test: /\/src\/domain\//, sideEffects: false }] } },
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    // Two groups. Most test files share their modules (`isolate: false`): importing the domain,
    // d3 and zod afresh for each of 120 files took 80 of the unit run's 125 s. The tests of the
    // storage, the store and the workers hold state in modules and globals (IndexedDB, the
    // library's cache), so each of their files still starts afresh.
    projects: [
      {
        extends: true,
        test: { name: 'shared', include: ALL, exclude: [...configDefaults.exclude, ...STATEFUL], isolate: false },
      },
      { extends: true, test: { name: 'isolated', include: STATEFUL } },
    ],
    // The domain's benchmarks; bench/cohort/load.bench.ts is a Playwright test (npm run bench:cohort).
    benchmark: { include: ['src/**/*.bench.ts'] },
    environment: 'node',
    // CI shares two cores: a seeded property or fuzz run that takes 1-2 s alone may take
    // many times that on a busy machine. No unit test asserts a time; none should fail for one.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
