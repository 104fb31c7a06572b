/**
 * Issue 25, WCAG 1.4.13: the Kohort charts' hover tip goes with Escape wherever focus is, with
 * the wheel and when the pointer moves away, and there is never more than one on the page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const NOW = new Date('2026-03-02T10:00:00+01:00');

async function openCohort(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  await expect(page.getByTestId('journey-heading')).toBeVisible();
  await page.getByTestId('nav-cohort').click();
  await expect(page.getByTestId('overview-table')).toBeVisible({ timeout: 60_000 });
}

/** Points at the middle of `el` with the mouse, as a person would. */
async function pointAt(page: Page, el: ReturnType<Page['locator']>) {
  await el.scrollIntoViewIfNeeded();
  const b = (await el.boundingBox())!;
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
}

test.describe('Kohort chart tips (WCAG 1.4.13)', () => {
  test.setTimeout(120_000);

  test('Escape closes a hover tip while focus is outside the chart', async ({ page, resan }) => {
    void resan;
    await openCohort(page);
    const tips = page.getByTestId('chart-tip');
    // Focus is outside every chart (where the Kohort button left it).
    expect(await page.evaluate(() => document.activeElement?.closest('.cohort-chart') ?? null)).toBeNull();
    const cell = page.getByTestId('chart-matrix').locator('.chart-button').first();
    await pointAt(page, cell);
    await expect(tips).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(tips).toHaveCount(0);

    const bar = page.getByTestId('chart-histogram').locator('.chart-button[tabindex="0"]').first();
    await pointAt(page, bar);
    await expect(tips).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(tips).toHaveCount(0);
  });

  test('the wheel closes the tip, also when it scrolls the tip under the pointer, and moving away does too', async ({
    page,
    resan,
  }) => {
    void resan;
    await openCohort(page);
    const tips = page.getByTestId('chart-tip');
    const bar = page.getByTestId('chart-histogram').locator('.chart-button[tabindex="0"]').first();
    await pointAt(page, bar);
    await expect(tips).toHaveCount(1);
    // Scroll up just so far that the tip (above the bar, over the chart's instructions) comes under the pointer.
    const [b, t] = [(await bar.boundingBox())!, (await tips.boundingBox())!];
    const up = Math.round(b.y + b.height / 2 - (t.y + t.height / 2));
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(up);
    await page.mouse.wheel(0, -up);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeLessThan((await page.evaluate(() => scrollY)) + 1);
    await expect(tips).toHaveCount(0);
    // The pointer moves on over the heading and the instructions: no tip comes back over them.
    await pointAt(page, page.getByTestId('chart-histogram').locator('figcaption p'));
    await expect(tips).toHaveCount(0);

    const cell = page.getByTestId('chart-matrix').locator('.chart-button').first();
    await pointAt(page, cell);
    await expect(tips).toHaveCount(1);
    await page.mouse.wheel(0, 120);
    await expect(tips).toHaveCount(0);
    // Away and back: the tip comes back when the pointer comes to the cell again.
    await pointAt(page, page.getByTestId('chart-matrix').locator('figcaption'));
    await pointAt(page, cell);
    await expect(tips).toHaveCount(1);
    await pointAt(page, page.getByTestId('chart-matrix').locator('figcaption'));
    await expect(tips).toHaveCount(0);
  });

  test('one tip at a time: a focused bar and a hovered cell never show two', async ({ page, resan }) => {
    void resan;
    await openCohort(page);
    const tips = page.getByTestId('chart-tip');
    const bar = page.getByTestId('chart-histogram').locator('.chart-button[tabindex="0"]').first();
    await bar.focus();
    await expect(tips).toContainText((await bar.getAttribute('aria-label'))!);
    // The pointer goes straight to a matrix cell while focus stays on the bar.
    const cell = page.getByTestId('chart-matrix').locator('.chart-button').first();
    await pointAt(page, cell);
    await expect(tips).toHaveCount(1);
    await expect(tips).toContainText((await cell.getAttribute('aria-label'))!);
    await expect(bar).toBeFocused();
  });
});
