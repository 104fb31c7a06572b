// Takes screenshots of the built app (run `npm run build` first) for looking at and for docs/.
// Usage: node scripts/screenshots.mjs [outDir] [file.json ...]
// RESAN_DIST (default dist) and RESAN_SHOTS_PORT (default 4199) let several checkouts run it side by side.
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { openPreview } from './preview.mjs';

const outDir = resolve(process.argv[2] ?? 'test-results/screens');
const files = process.argv.slice(3);
mkdirSync(outDir, { recursive: true });
const port = process.env.RESAN_SHOTS_PORT ?? '4199';
// The build served and Chromium launched by one helper (scripts/preview.mjs), which also stops the server's whole group.
const { origin, browser, close } = await openPreview(port);
try {
  for (const [w, h] of [
    [1280, 720],
    [1366, 768],
    [1920, 1080],
    [390, 844],
  ]) {
    const page = await browser.newPage({ viewport: { width: w, height: h }, locale: 'sv-SE' });
    await page.goto(origin);
    await page.waitForSelector('[data-testid=journey-heading]');
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/demo-${w}x${h}.png`, fullPage: process.env.FULL === '1' });
    if (!files.length && w === 1280) {
      // The projector: a chosen bar with its details and quick actions beside it, then Mötesläge.
      await page.locator('[data-testid=timeline] [data-bar][aria-label^="Introduktionsjobb"]').first().click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${outDir}/chosen-bar-${w}x${h}.png` });
      await page.getByRole('button', { name: 'Stäng detaljer' }).click();
      await page.getByRole('button', { name: 'Mötesläge' }).click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${outDir}/meeting-mode-${w}x${h}.png` });
      await page.getByRole('button', { name: 'Mötesläge' }).click();
      await page.evaluate('window.scrollTo(0, 0)');
    }
    if (!files.length && w >= 1280) {
      // The comparison view: a cliff's quick action switched on.
      // Up to 1366 px the list is under the chart: the picture is of the chart, from the top.
      await page.getByRole('button', { name: 'Förläng 6 mån' }).click();
      await page.evaluate('window.scrollTo(0, 0)');
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${outDir}/scenario-${w}x${h}.png`, fullPage: process.env.FULL === '1' });
      await page.getByRole('button', { name: 'Jämför sida vid sida' }).click();
      await page.evaluate('window.scrollTo(0, 0)');
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
} finally {
  await close();
}
console.log(`screenshots in ${outDir}`);
