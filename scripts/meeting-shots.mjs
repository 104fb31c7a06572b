// Pictures of the planning meeting for docs/ (issue #24): Mötesläge at 1280×720 and the first
// page of the A4 print, for the demo journey and the forty-intervention journey.
// Usage: npm run build && node scripts/meeting-shots.mjs [outDir]   (default docs/)
// The PDF page is turned into a PNG with pdftoppm (Debian's poppler-utils) when it is installed;
// without it the PDFs are left in outDir.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { openPreview } from './preview.mjs';

const outDir = resolve(process.argv[2] ?? 'docs');
mkdirSync(outDir, { recursive: true });
const port = process.env.RESAN_SHOTS_PORT ?? '4196';
const { origin, browser, close } = await openPreview(port);
const hasPdftoppm = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

try {
  for (const [name, file] of [
    ['demo', null],
    ['forty', 'fixtures/forty-interventions.json'],
  ]) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'sv-SE' });
    await page.addInitScript(() => {
      globalThis.print = () => {
        globalThis.printed = 1;
      };
    });
    await page.goto(origin);
    await page.waitForSelector('[data-testid=journey-heading]');
    if (file) {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Öppna fil…' }).click();
      await (await chooser).setFiles(file);
      await page.getByTestId('journey-heading').getByText('P-FX-0040').waitFor();
    }
    await page.getByRole('button', { name: 'Mötesläge' }).click();
    await page.getByTestId('figure-strip').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${outDir}/meeting-${name}-1280x720.png` });
    await page.getByRole('button', { name: 'Mötesläge' }).click();

    await page.getByRole('button', { name: 'Skriv ut…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skriv ut resan' });
    await dialog.getByLabel('A4 liggande').click();
    await dialog.getByLabel('Hela resan').click();
    await dialog.getByRole('button', { name: 'Skriv ut', exact: true }).click();
    await page.waitForFunction(() => globalThis.printed === 1);
    await page.emulateMedia({ media: 'print' });
    const pdf = `${outDir}/print-${name}-a4.pdf`;
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    if (hasPdftoppm) {
      execFileSync('pdftoppm', [
        '-r',
        '80',
        '-png',
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        pdf,
        `${outDir}/print-${name}-a4-page1`,
      ]);
      rmSync(pdf);
    }
    await page.close();
  }
} finally {
  await close();
}
