/**
 * Narrow screens (issue 12 item 7, WCAG 1.4.10 reflow): from 320 px up the page is one
 * column that never scrolls sideways; the chart and wide tables scroll in their own boxes,
 * and every control can be reached.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** What sticks out: the page's own width, and controls outside the page that no inner box scrolls to. */
async function reflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    const scroller = (el: Element): Element | null => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const o = getComputedStyle(a).overflowX;
        if (o === 'auto' || o === 'scroll') return a;
      }
      return null;
    };
    const unreachable: string[] = [];
    for (const el of document.querySelectorAll('button, select, input:not([type=file]), a[href]')) {
      const r = el.getBoundingClientRect();
      // The skip link waits off-screen until it is focused.
      if (r.width === 0 || r.height === 0 || el.closest('[hidden]') || el.matches('.skip-link')) continue;
      const box = scroller(el);
      const edge = box ? box.getBoundingClientRect() : { left: 0, right: window.innerWidth };
      // Inside a scrolling box a control may lie beyond its edge (it scrolls into view); the box may not.
      const ok = box
        ? edge.left >= -1 && edge.right <= window.innerWidth + 1
        : r.left >= -1 && r.right <= window.innerWidth + 1;
      if (!ok)
        unreachable.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.left)}–${Math.round(r.right)}`,
        );
    }
    return { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth, innerWidth: window.innerWidth, unreachable };
  });
}

/** Words drawn on two lines (a word cut mid-way, "Slu/tar/sn/art"): a word whose text range has more than one box. */
async function brokenWords(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((els) =>
    els.flatMap((el) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          // A word ending in a hyphen may wrap after it; a word split inside its letters may not.
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          if (lines.size > 1 && !/[-‐]/.test(m[0])) broken.push(m[0]);
        }
      }
      return broken;
    }),
  );
}

async function expectReflows(page: Page) {
  const r = await reflow(page);
  expect(r.scrollWidth, 'the page is no wider than the window').toBeLessThanOrEqual(r.innerWidth);
  expect(r.scrollWidth, 'nothing (not even a visually hidden text) widens the page').toBe(r.clientWidth);
  expect(r.unreachable, 'controls outside the page').toEqual([]);
}

for (const viewport of [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
]) {
  test.describe(`narrow screen ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('the journey page reflows; the chart and the interventions table scroll in their own boxes', async ({
      resan,
      page,
    }) => {
      await resan.open();
      await expectReflows(page);

      const chart = page.getByTestId('timeline');
      const inner = await chart.evaluate((el) => {
        let box: Element | null = el;
        while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
        const b = box?.getBoundingClientRect();
        return {
          chartWidth: el.getBoundingClientRect().width,
          boxWidth: b?.width ?? 0,
          boxRight: b?.right ?? Infinity,
          scrolls: box ? box.scrollWidth > box.clientWidth : false,
        };
      });
      expect(inner.chartWidth).toBeGreaterThan(0);
      expect(inner.boxWidth).toBeGreaterThan(0);
      expect(inner.boxRight).toBeLessThanOrEqual(viewport.width);
      expect(inner.scrolls, 'the chart keeps a readable width and scrolls in its box').toBe(true);

      const table = page.locator('table.interventions');
      const tableBox = await table.evaluate((el) => {
        const box = el.parentElement!;
        return { overflow: getComputedStyle(box).overflowX, right: box.getBoundingClientRect().right };
      });
      expect(tableBox.overflow).toBe('auto');
      expect(tableBox.right).toBeLessThanOrEqual(viewport.width);

      // A menu opened from the toolbar stays on the page.
      await resan.openMenu('Exportera');
      await expectReflows(page);
      await resan.openMenu('Lägg till');
      await expectReflows(page);
    });

    test('a scenario switched on, and the side-by-side view, reflow', async ({ resan, page }) => {
      await resan.open();
      // Mötesläge's figure strip, before and with a scenario: whole words, on the page.
      const strip = page.getByTestId('figure-strip');
      const words = '[data-testid=figure-strip] dt, [data-testid=figure-strip] h2';
      await page.getByRole('button', { name: 'Mötesläge' }).click();
      await expect(strip).toContainText('Slutar snart');
      await expectReflows(page);
      expect(await brokenWords(page, words)).toEqual([]);
      await page.getByRole('button', { name: 'Mötesläge' }).click();
      await page.getByRole('button', { name: 'Förläng 6 mån' }).first().click();
      await expect(page.getByRole('button', { name: 'Jämför sida vid sida' })).toBeVisible();
      await expectReflows(page);
      await page.getByRole('button', { name: 'Jämför sida vid sida' }).click();
      await expect(page.getByTestId('side-by-side')).toBeVisible();
      await expectReflows(page);
      await page.getByRole('button', { name: 'Mötesläge' }).click();
      await expect(strip).toContainText('med scenarierna som är på');
      await expectReflows(page);
      expect(await brokenWords(page, words)).toEqual([]);
    });

    // The other pages one after another in one page, as a person goes through them, one step each.
    test('the rules page, the accessibility statement and the Kohort page reflow, its charts drawn', async ({
      resan,
      page,
    }) => {
      test.setTimeout(120_000);
      await resan.open();
      await test.step('the rules page', async () => {
        await page.getByTestId('nav-rules').click();
        await expect(page.getByTestId('rules-page')).toBeVisible();
        await expectReflows(page);
      });
      await test.step('the accessibility statement', async () => {
        await page.getByRole('button', { name: 'Tillgänglighetsredogörelse' }).click();
        await expect(page.getByTestId('a11y-page')).toBeVisible();
        await expectReflows(page);
      });
      await test.step('the Kohort page', async () => {
        await page.getByTestId('nav-cohort').click();
        await expect(page.getByTestId('overview-table')).toBeVisible({ timeout: 90_000 });
        const widths = await page
          .locator('.cohort-view svg.chart-svg')
          .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
        expect(widths.length).toBeGreaterThan(0);
        for (const w of widths) expect(w).toBeGreaterThan(0);
        await expectReflows(page);
      });
    });
  });
}
