// The built app served for a script (screenshots, pictures for docs/) and Chromium to look at it.
// RESAN_DIST (default dist) picks the build; CHROMIUM_PATH the browser.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Serves RESAN_DIST on 127.0.0.1:port, waits until it answers, and launches Chromium. */
export async function openPreview(port) {
  const origin = `http://127.0.0.1:${port}/`;
  const server = spawn(
    'npx',
    [
      'vite',
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      port,
      '--strictPort',
      '--outDir',
      process.env.RESAN_DIST ?? 'dist',
    ],
    // A group of its own: npx starts vite as a child, and killing npx alone left vite serving the port
    // (a later run then looked at the old build).
    { stdio: 'ignore', detached: true },
  );
  for (let i = 0; i < 60; i++) {
    try {
      await fetch(origin);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  const executablePath =
    process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    origin,
    browser,
    close: async () => {
      await browser.close();
      try {
        process.kill(-server.pid);
      } catch {
        // Already gone (it could not take the port, say).
      }
    },
  };
}
