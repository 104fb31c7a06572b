#!/usr/bin/env node
/**
 * `resan` on the command line (`npx resan --help`). The code is the repository's TypeScript
 * (cli/ and src/domain/), bundled by Vite into dist-cli/ the first time and again whenever a
 * source is newer than the bundle, so it runs on a fresh clone after `npm install` with the
 * tools the repository already has (Node 20 runs no TypeScript by itself). The bundle is built
 * beside the old one and moved into place, so two runs at once do not trip over each other.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist-cli', 'resan.mjs');

function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return readdirSync(path).reduce((m, name) => Math.max(m, newest(join(path, name))), s.mtimeMs);
}

const sources = ['cli', 'src/domain', 'src/i18n', 'package.json', 'vite.cli.config.ts'].map((p) => join(root, p));
if (!existsSync(bundle) || Math.max(...sources.map(newest)) > statSync(bundle).mtimeMs) {
  const tmp = join(root, `dist-cli.tmp-${process.pid}`);
  try {
    const { build } = await import('vite');
    await build({ root, configFile: join(root, 'vite.cli.config.ts'), build: { outDir: tmp } });
    rmSync(join(root, 'dist-cli'), { recursive: true, force: true });
    renameSync(tmp, join(root, 'dist-cli'));
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(bundle)) {
      process.stderr.write(
        `resan: could not build the command line (${e instanceof Error ? e.message : e}); run npm install\n`,
      );
      process.exit(1);
    }
  }
}
await import(pathToFileURL(bundle).href);
