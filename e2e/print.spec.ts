/**
 * Printing (issue 12 item 3): "Skriv ut…" asks for the paper and the range, lays the page
 * out for it and prints; Chromium's PDF of the demo journey and of forty interventions is
 * read back: paper size, page count, and in print media every bar label and the legend
 * inside the page, and no button.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';
import { pdfPageTexts } from './pdfText';

const MM = 96 / 25.4;
/** The printable box of each paper (landscape, 10 mm margins) and its size in PDF points. */
const PAPER = {
  a4: { label: 'A4 liggande', width: 277 * MM, height: 190 * MM, points: [842, 595] },
  a3: { label: 'A3 liggande', width: 400 * MM, height: 277 * MM, points: [1191, 842] },
} as const;

/** window.print is counted instead of opening the browser's print window. */
async function stubPrint(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { print: () => void; printed: number };
    w.printed = 0;
    w.print = () => {
      w.printed += 1;
    };
  });
}

/** Prints from the dialog; `times` is how many prints the page will then have made. */
async function printFromDialog(page: Page, paper: keyof typeof PAPER, range: 'all' | 'visible', times = 1) {
  await page.getByRole('button', { name: 'Skriv ut…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Skriv ut resan' });
  await dialog.getByLabel(PAPER[paper].label).check();
  await dialog.getByLabel(range === 'all' ? 'Hela resan' : 'Det som syns i tidslinjen nu').check();
  await dialog.getByRole('button', { name: 'Skriv ut', exact: true }).click();
  await expect(dialog).toBeHidden();
  await page.waitForFunction((n) => (window as unknown as { printed: number }).printed === n, times, {
    timeout: 30_000,
  });
}

/** A small PDF reader: the pages (objects of /Type /Page) and the first page's size in points. */
function readPdf(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  if (!box) throw new Error('no MediaBox');
  return { pages, width: Number(box[3]) - Number(box[1]), height: Number(box[4]) - Number(box[2]) };
}

/** Measured in print media: what sticks out of the page's width, and what a printed page would hold. */
async function printLayout(page: Page, pageWidth: number) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate((width) => {
    const outside = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.left < -0.5 || r.right > width + 0.5;
    };
    const labels = [...document.querySelectorAll('[data-testid=timeline] .bar-label')];
    const legend = document.querySelector('[data-testid=legend]')!;
    const chart = document.querySelector('.timeline.panel')!.getBoundingClientRect();
    return {
      labels: labels.length,
      labelsOutside: labels.filter(outside).map((l) => l.textContent),
      legendOutside: outside(legend),
      legendHeight: legend.getBoundingClientRect().height,
      chartOutside: outside(document.querySelector('.timeline.panel')!),
      chartBottom: chart.bottom,
      visibleButtons: [...document.querySelectorAll('button, input, select')].filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && r.height > 0 && getComputedStyle(b).visibility !== 'hidden';
      }).length,
      contentHeight: document.querySelector('.app')!.getBoundingClientRect().height,
    };
  }, pageWidth);
}

const CASES = [
  { name: 'the demo journey', file: null },
  { name: 'forty interventions', file: join(repoRoot, 'fixtures', 'forty-interventions.json') },
] as const;

// Each journey printed on A4 and then on A3 in one page, back on screen in between, one step each.
for (const { name, file } of CASES) {
  test(`${name} printed on A4 and A3 landscape: pages, labels and legend inside, no buttons`, async ({
    resan,
    page,
  }) => {
    test.setTimeout(120_000);
    await stubPrint(page);
    await resan.open();
    if (file) {
      await resan.openFile(file);
      await expect(page.getByTestId('journey-heading')).toContainText('P-FX-0040');
    }
    for (const [i, paper] of (['a4', 'a3'] as const).entries())
      await test.step(paper.toUpperCase(), async () => {
        await page.emulateMedia({ media: 'screen' });
        await printFromDialog(page, paper, 'all', i + 1);
        await expect(page.getByTestId('print-note')).toContainText('Tidslinjen visar hela resan.');
        await expect(page.locator('.timeline-svg')).toHaveAttribute('data-zoom-k', '1.000');

        const { width, height, points } = PAPER[paper];
        const layout = await printLayout(page, width);
        expect(layout.labels).toBeGreaterThan(0);
        expect(layout.labelsOutside).toEqual([]);
        expect(layout.legendOutside).toBe(false);
        expect(layout.legendHeight).toBeGreaterThan(0);
        expect(layout.chartOutside).toBe(false);
        expect(layout.visibleButtons).toBe(0);
        // The heading, the chart and its legend on the first page.
        expect(layout.chartBottom).toBeLessThanOrEqual(height);

        const pdf = readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        expect(Math.round(pdf.width)).toBe(points[0]);
        expect(Math.round(pdf.height)).toBe(points[1]);
        // As many pages as the content needs, and at most one more for what is kept whole.
        const needed = Math.ceil(layout.contentHeight / height);
        expect(pdf.pages).toBeGreaterThanOrEqual(needed);
        expect(pdf.pages).toBeLessThanOrEqual(needed + 1);
      });
  });
}

test('#24 point 8: with a scenario on, the note ends its sentence and the first page holds the chart, not half a page of white', async ({
  resan,
  page,
}) => {
  await stubPrint(page);
  await resan.open();
  await resan.section('cliffs').getByRole('button', { name: 'Förläng 6 mån' }).first().click();
  await printFromDialog(page, 'a4', 'all');
  // Two sentences: the scenarios on, then the range ("… 6 mån Tidslinjen …" ran them together).
  await expect(page.getByTestId('print-note')).toHaveText(
    /^Scenarier som är på: Förläng Introduktionsjobb: .+ 6 mån\. Tidslinjen visar hela resan\.$/,
  );
  const { width, height } = PAPER.a4;
  const layout = await printLayout(page, width);
  // The chart and its legend under the heading and the note on page one; no page break before it.
  expect(layout.chartBottom).toBeLessThanOrEqual(height);
  expect(layout.chartOutside).toBe(false);
  const pages = pdfPageTexts(await page.pdf({ preferCSSPageSize: true, printBackground: true })).map((p) =>
    p.replace(/\s+/g, ' '),
  );
  expect(pages.length).toBeGreaterThan(1);
  // Page one: the note, then the chart itself (its lanes, its axis from the first year to the last) and its legend.
  expect(pages[0]).toMatch(/Scenarier som är på: Förläng .+ 6 mån\. Tidslinjen visar hela resan\./);
  for (const drawn of ['Kommunen', 'Arbetsförmedlingen', '2022', '2027', 'Glapp utan aktivitet'])
    expect(pages[0]).toContain(drawn);
});

test('the visible range prints as zoomed on screen, and the screen comes back after printing', async ({
  resan,
  page,
}) => {
  await stubPrint(page);
  await resan.open();
  const svg = page.locator('.timeline-svg');
  await page.getByRole('button', { name: 'Zooma in' }).click();
  await page.getByRole('button', { name: 'Zooma in' }).click();
  // Two steps of 1.5 each: wait until both are drawn before reading the zoom (a read in between saw 1.5).
  await expect(svg).toHaveAttribute('data-zoom-k', '2.250');
  const k = await svg.getAttribute('data-zoom-k');
  const screenWidth = await svg.getAttribute('width');

  await printFromDialog(page, 'a4', 'visible');
  await expect(page.getByTestId('print-note')).toContainText('det utsnitt som syntes på skärmen');
  await expect(svg).toHaveAttribute('data-zoom-k', k!);
  // Drawn again at the paper's width (at 1280 px the screen's chart, with the summary under it, is the wider one).
  await expect(svg).not.toHaveAttribute('width', screenWidth!);

  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveClass(/printing/);
  await expect(page.getByTestId('print-note')).toHaveCount(0);
  await expect(svg).toHaveAttribute('width', screenWidth!);
  await expect(svg).toHaveAttribute('data-zoom-k', k!);
});

test('reading of the spec: "no button printed" — a finding (a toggle on screen) prints as its words, not as a button', async ({
  resan,
  page,
}) => {
  await stubPrint(page);
  await resan.open();
  await printFromDialog(page, 'a4', 'all');
  await page.emulateMedia({ media: 'print' });
  const gaps = page.getByTestId('gaps');
  await expect(gaps.getByText('Glapp 35 dagar, 25 arbetsdagar')).toBeVisible();
  await expect(gaps.locator('button')).toHaveCount(3);
  // No box of their own: no border, background or button shape on paper, only their words.
  const boxes = await gaps
    .locator('button')
    .evaluateAll((bs) => bs.map((b) => [b.getBoundingClientRect().width, b.getBoundingClientRect().height]));
  expect(boxes).toEqual([
    [0, 0],
    [0, 0],
    [0, 0],
  ]);
});

test('the details do not print for a bar the pointer rests on', async ({ resan, page }) => {
  await stubPrint(page);
  await resan.open();
  const details = page.getByTestId('details');
  await page.locator('[data-bar="sfi"] .bar-body').hover();
  await expect(details).toContainText('Insatstyp');
  await printFromDialog(page, 'a4', 'all');
  await page.locator('[data-bar="sfi"] .bar-body').hover();
  await expect(details).toContainText('Insatstyp');
  await page.emulateMedia({ media: 'print' });
  await expect(details).toBeHidden();
});

test('the details of a chosen bar print, each term beside its value', async ({ resan, page }) => {
  await stubPrint(page);
  await resan.open();
  const details = page.getByTestId('details');
  await page.locator('[data-bar="sfi"] .bar-body').click();
  await expect(details).toHaveAttribute('data-pinned', 'true');
  await page.mouse.move(1, 1);
  await printFromDialog(page, 'a4', 'all');
  await page.emulateMedia({ media: 'print' });
  await expect(details).toBeVisible();
  await expect(details).toContainText('Insatstyp');
  const [term, value] = await details
    .locator('.details-list div')
    .first()
    .locator('dt, dd')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
  expect(value.left, 'the value beside its term').toBeGreaterThan(term.right);
});

test('Ctrl+P opens "Skriv ut…"; printed from the browser’s menu instead, the chart is scaled to the page, nothing cut', async ({
  resan,
  page,
}) => {
  await stubPrint(page);
  await resan.open();
  await test.step('Ctrl+P on the journey page asks for the paper, as "Skriv ut…" does, and prints with it', async () => {
    await page.getByTestId('journey-heading').click();
    await page.keyboard.press('Control+P');
    const dialog = page.getByRole('dialog', { name: 'Skriv ut resan' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel(PAPER.a4.label).check();
    await dialog.getByRole('button', { name: 'Skriv ut', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('html')).not.toHaveClass(/printing/);
  });
  await test.step('the browser’s own print (its menu): at `beforeprint` the chart drawn for the screen is scaled to A4', async () => {
    await page.emulateMedia({ media: 'print' });
    const drawn = Number(await page.locator('[data-testid=timeline] svg.timeline-svg').getAttribute('width'));
    expect(drawn, 'the chart is drawn wider than the page on a 1280 px screen').toBeGreaterThan(PAPER.a4.width);
    // The print layout has the page's width; scripts do not run between `beforeprint` and it, so the
    // chart is not drawn again: the page is laid out at that width and measured before any redraw.
    const printed = await page.evaluate((width) => {
      window.dispatchEvent(new Event('beforeprint'));
      const app = document.querySelector<HTMLElement>('.app')!;
      app.style.width = `${width}px`;
      const right = (sel: string) => document.querySelector(sel)!.getBoundingClientRect().right;
      const out = {
        svg: right('[data-testid=timeline] svg.timeline-svg'),
        legend: right('[data-testid=legend]'),
        labels: [...document.querySelectorAll('[data-testid=timeline] .bar-label')].filter(
          (l) => l.getBoundingClientRect().right > width + 0.5,
        ).length,
      };
      app.style.width = '';
      return out;
    }, PAPER.a4.width);
    // Before 2026-12-07 the chart ran 180 px past the page's edge, and the reference day with it.
    expect(printed.svg).toBeLessThanOrEqual(PAPER.a4.width + 0.5);
    expect(printed.legend).toBeLessThanOrEqual(PAPER.a4.width + 0.5);
    expect(printed.labels).toBe(0);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('html')).not.toHaveClass(/print-unprepared/);
    await page.emulateMedia({ media: 'screen' });
  });
});
