/**
 * Issue 25, forced colours (advisory, Windows contrast themes): the findings rows' names and the
 * legend's "Beslut" symbol take the theme's system colour for text, not their own greys.
 */
import { expect, test } from './fixtures';

test('under forced colours the findings rows are named and the legend marks "Beslut" in the system text colour', async ({
  resan,
  page,
}) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await resan.open();
  expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
  // CanvasText as this browser resolves it, read from an element that is given it.
  const canvasText = await page.evaluate(() => {
    const probe = document.createElement('span');
    probe.style.color = 'CanvasText';
    document.body.append(probe);
    const c = getComputedStyle(probe).color;
    probe.remove();
    return c;
  });
  const rows = page.locator('.timeline-svg .strip-label');
  expect(await rows.count()).toBeGreaterThanOrEqual(4);
  for (const fill of await rows.evaluateAll((els) => els.map((e) => getComputedStyle(e).fill)))
    expect(fill).toBe(canvasText);

  const decision = page.getByTestId('legend').locator('li', { hasText: 'Beslut' }).locator('path');
  await expect(decision).toHaveCount(1);
  expect(await decision.evaluate((e) => getComputedStyle(e).fill)).toBe(canvasText);
});
