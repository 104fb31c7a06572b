/**
 * The coordinator's exports that leave the page some other way than a CSV (issue 10): the
 * Lex Heller draft copied to the clipboard and printed (only the draft on the page), a chart
 * as PNG at twice its size, and the sequence plot (a canvas for 500 journeys) as an SVG that
 * carries the same axis and patterns as the screen.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';

const NOW = new Date('2026-03-02T10:00:00+01:00');

async function openCohort(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  await expect(page.getByTestId('journey-heading')).toBeVisible();
  await page.getByTestId('nav-cohort').click();
  await expect(page.getByTestId('overview-table')).toBeVisible({ timeout: 60_000 });
}

async function download(page: Page, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  return { name: d.suggestedFilename(), data: await readFile((await d.path())!) };
}

test.describe('Kohort exports', () => {
  test.setTimeout(120_000);

  // In one Kohort page, one step each: the draft copied, a chart as PNG, the sequence plot as SVG, the tips.
  test('"Kopiera" puts the draft on the clipboard; a chart saved as PNG is twice its size; the sequence plot saved as SVG has its axis and patterns; a cell and a bar say their figures in a tip', async ({
    page,
    context,
    resan,
  }) => {
    void resan;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openCohort(page);
    await test.step('"Kopiera" puts the draft on the clipboard and says so; an edit clears the "Kopierat."', async () => {
      const report = page.getByTestId('report');
      await report.getByTestId('report-proposal').fill('Gemensam överlämning vid varje försteg');
      await report.getByRole('button', { name: 'Kopiera' }).click();
      await expect(report.getByTestId('report-copy-status')).toHaveText('Kopierat.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('Gemensam överlämning vid varje försteg');
      expect(copied).toContain(await report.getByTestId('report-challenge').inputValue());
      await report.getByTestId('report-proposal').fill('Något annat');
      await expect(report.getByTestId('report-copy-status')).toHaveText('');
    });
    await test.step('a chart saved as PNG is twice its drawn size', async () => {
      const figure = page.getByTestId('chart-matrix');
      // Reading: a cohort chart is drawn in its own units (its viewBox) and scales with the page;
      // the PNG is those units at 2×, whatever the window's width.
      const viewBox = (await figure.locator('svg[data-chart]').getAttribute('viewBox'))!.split(/[\s,]+/).map(Number);
      const png = await download(page, () => figure.getByRole('button', { name: /som PNG/ }).click());
      expect(png.name).toMatch(/\.png$/);
      const image = PNG.sync.read(png.data);
      expect(image.width).toBe(2 * viewBox[2]);
      // Taller than the drawing at 2×: the title, filter and reference day are written on it.
      expect(image.height).toBeGreaterThan(2 * viewBox[3]);
      let dark = 0;
      for (let i = 0; i < image.data.length; i += 4)
        if (image.data[i] + image.data[i + 1] + image.data[i + 2] < 200) dark++;
      expect(dark, 'the PNG has a drawing, not a blank').toBeGreaterThan(500);
    });
    await test.step('the sequence plot (a canvas) saved as SVG has its axis and its patterns', async () => {
      const figure = page.getByTestId('chart-sequence');
      await expect(figure.locator('canvas')).toBeVisible();
      const svg = (await download(page, () => figure.getByRole('button', { name: /som SVG/ }).click())).data.toString(
        'utf8',
      );
      // The offsets written under the axis on screen are in the file too.
      const axis = await figure.locator('.sequence-overlay text').allTextContents();
      expect(axis.length).toBeGreaterThanOrEqual(3);
      for (const t of axis) expect(svg).toContain(`>${t}</text>`);
      // Grey zones and gaps hatched and dotted, as on screen, with the patterns inside the file.
      expect(svg).toMatch(/<pattern[^>]+id="seq-legend-greyZone"/);
      expect(svg).toContain('fill="url(#seq-legend-greyZone)"');
      expect(svg).not.toMatch(/<script/i);
      expect(svg).not.toMatch(/\son[a-z]+\s*=/i);
    });
    await test.step('a matrix cell and a histogram bar say their figures in a tip on hover and on focus; Escape and leaving close it', async () => {
      const cell = page.getByTestId('chart-matrix').locator('.chart-button').first();
      const tip = page.getByTestId('chart-tip');
      await cell.scrollIntoViewIfNeeded();
      await cell.hover();
      await expect(tip).toBeVisible();
      await expect(tip).toContainText((await cell.getAttribute('aria-label'))!);
      await expect(tip).toContainText('Enter för att se resorna');
      // The tip is beside the cell, not over it (WCAG 1.4.13: nothing hidden under it).
      const [c, b] = [(await cell.boundingBox())!, (await tip.boundingBox())!];
      expect(b.y + b.height <= c.y + 1 || b.y >= c.y + c.height - 1).toBe(true);
      // Hoverable: the pointer can move onto the tip and it stays.
      await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 });
      await expect(tip).toBeVisible();
      await page.mouse.move(2, 2);
      await expect(tip).toBeHidden();

      const bar = page.getByTestId('chart-histogram').locator('.chart-button[tabindex="0"]').first();
      await bar.focus();
      await expect(tip).toContainText((await bar.getAttribute('aria-label'))!);
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
      await expect(bar).toBeFocused();
    });
  });

  // In one Kohort page where the browser refuses the clipboard and printing is counted, one step each.
  test('where the browser refuses the clipboard, "Kopiera" says so; "Skriv ut" prints the draft and nothing else of the page', async ({
    page,
    resan,
  }) => {
    void resan;
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.addInitScript(() => {
      const w = window as unknown as { print: () => void; printed: number };
      w.printed = 0;
      w.print = () => {
        w.printed += 1;
      };
    });
    await openCohort(page);
    await test.step('where the browser refuses the clipboard, "Kopiera" says so instead of nothing', async () => {
      await page.getByTestId('report').getByRole('button', { name: 'Kopiera' }).click();
      await expect(page.getByTestId('report-copy-status')).toContainText('Kunde inte kopiera');
    });
    await test.step('"Skriv ut" prints the draft and nothing else of the page', async () => {
      const report = page.getByTestId('report');
      await report.getByTestId('report-proposal').fill('Förslag för utskrift');
      await report.getByRole('button', { name: 'Skriv ut' }).click();
      await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (el: Element) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        };
        return {
          draft: [...document.querySelectorAll('.report-print')].filter(visible).map((e) => e.textContent ?? ''),
          buttons: [...document.querySelectorAll('button')].filter(visible).length,
          charts: [...document.querySelectorAll('figure.cohort-chart')].filter(visible).length,
          header: [...document.querySelectorAll('.app-header')].filter(visible).length,
        };
      });
      expect(shown.draft).toHaveLength(1);
      expect(shown.draft[0]).toContain('Förslag för utskrift');
      expect(shown.buttons).toBe(0);
      expect(shown.charts).toBe(0);
      expect(shown.header).toBe(0);
      // The browser's own print: the PDF holds the draft on its pages.
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect((pdf.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length).toBeGreaterThanOrEqual(1);
      // After printing the page is as it was.
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('body')).not.toHaveClass(/printing-report/);
    });
  });
});
