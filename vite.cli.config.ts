/**
 * The `resan` command line as a Node bundle in dist-cli/ (built by bin/resan.mjs when the
 * sources are newer): the entry and the worker, sharing one chunk of domain code. Packages
 * (papaparse, zod) stay in node_modules.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    rolldownOptions: {
      input: { resan: 'cli/entry.ts', worker: 'cli/worker.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name].mjs' },
    },
  },
});
