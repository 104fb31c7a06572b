/**
 * WCAG 2.4.7 (focus visible), item 5 of the audit: in the chart, the item the keyboard is on
 * and the item that is pinned (chosen, its details shown) must not look the same, and a
 * focused "Bedömning" event must not get a ring of its own fill colour. Judged from pixels:
 * the focus look is the page's yellow halo (#ffbf47) with a dark edge.
 */
import type { Locator, Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';

const FOCUS = [0xff, 0xbf, 0x47];

/** How many pixels around the element are the focus colour. */
async function focusPixels(page: Page, el: Locator) {
  const b = (await el.boundingBox())!;
  const pad = 8;
  const shot = await page.screenshot({
    clip: {
      x: Math.max(b.x - pad, 0),
      y: Math.max(b.y - pad, 0),
      width: b.width + 2 * pad,
      height: b.height + 2 * pad,
    },
  });
  const png = PNG.sync.read(shot);
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d =
      Math.abs(png.data[i] - FOCUS[0]) + Math.abs(png.data[i + 1] - FOCUS[1]) + Math.abs(png.data[i + 2] - FOCUS[2]);
    if (d < 40) n++;
  }
  return n;
}

const body = (bar: Locator) => bar.locator('.bar-body');

test('a pinned bar and a focused bar look different', async ({ resan, page }) => {
  await resan.open();
  const bars = page.locator('[data-bar]');
  const pinned = bars.nth(1);
  const pinnedId = await pinned.getAttribute('data-bar');
  const beforePinned = await focusPixels(page, body(pinned));

  await pinned.click();
  await expect(pinned).toHaveClass(/is-selected/);
  // The keyboard moves on; the details stay pinned to the clicked bar.
  await page.keyboard.press('Tab');
  const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-bar'));
  expect(focusedId, 'Tab from a bar goes to another bar').toBeTruthy();
  expect(focusedId).not.toBe(pinnedId);
  const focused = page.locator(`[data-bar="${focusedId}"]`);
  await expect(pinned).toHaveClass(/is-selected/);
  await expect(focused).not.toHaveClass(/is-selected/);

  const pinnedStroke = await body(pinned).evaluate((el) => getComputedStyle(el).stroke);
  const focusedStroke = await body(focused).evaluate((el) => getComputedStyle(el).stroke);
  expect(pinnedStroke, 'the two edges differ').not.toBe(focusedStroke);

  // The focused bar has the focus halo; the pinned one does not.
  expect(await focusPixels(page, body(focused))).toBeGreaterThan(60);
  expect(await focusPixels(page, body(pinned))).toBeLessThanOrEqual(beforePinned + 5);
});

test('a focused "Bedömning" event gets the focus halo, not a ring of its own colour', async ({ resan, page }) => {
  await resan.open();
  const event = page.locator('.event[data-type=assessment]').first();
  const before = await focusPixels(page, event);
  // Walk with the keyboard to the event (Tab stops on every chart item).
  let onIt = false;
  for (let i = 0; i < 80 && !onIt; i++) {
    await page.keyboard.press('Tab');
    onIt = await event.evaluate((el) => el === document.activeElement);
  }
  expect(onIt, 'the event is reached with Tab').toBe(true);
  const stroke = await event.locator('path').evaluate((el) => getComputedStyle(el).stroke);
  const fill = await event.locator('path').evaluate((el) => getComputedStyle(el).fill);
  expect(stroke).not.toBe(fill);
  expect(await focusPixels(page, event)).toBeGreaterThan(before + 40);
});
