// Takes screenshots of the built app (run `npm run build` first) for looking at and for docs/.
// Usage: node scripts/screenshots.mjs [outDir] [file.json ...]
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';

const outDir = resolve(process.argv[2] ?? 'test-results/screens');
const files = process.argv.slice(3);
mkdirSync(outDir, { recursive: true });
const executablePath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', '4199', '--strictPort'], {
  stdio: 'ignore',
});
try {
  for (let i = 0; i < 60; i++) {
    try {
      await fetch('http://127.0.0.1:4199/');
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
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
  for (const [w, h] of [
    [1280, 720],
    [1920, 1080],
  ]) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, locale: 'sv-SE' });
    await page.goto('http://127.0.0.1:4199/');
    await page.waitForSelector('[data-testid=journey-heading]');
    await page.screenshot({ path: `${outDir}/demo-${w}x${h}.png`, fullPage: process.env.FULL === '1' });
    if (!files.length) {
      // The comparison view: a cliff's quick action switched on.
      await page.getByRole('button', { name: 'Förläng 6 mån' }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${outDir}/scenario-${w}x${h}.png`, fullPage: process.env.FULL === '1' });
      await page.getByRole('button', { name: 'Jämför sida vid sida' }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${outDir}/side-by-side-${w}x${h}.png`, fullPage: process.env.FULL === '1' });
    }
    for (const f of files) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Öppna fil…' }).click();
      await (await chooser).setFiles(f);
      await page.waitForTimeout(300);
      await page.screenshot({
        path: `${outDir}/${basename(f, '.json')}-${w}x${h}.png`,
        fullPage: process.env.FULL === '1',
      });
    }
    await page.close();
  }
  await browser.close();
} finally {
  server.kill();
}
console.log(`screenshots in ${outDir}`);
