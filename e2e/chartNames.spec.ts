/** What the chart says in words (WCAG 1.4.1, 1.1.1): the over-maximum bar names it; the legend says what it shows. */
import { join } from 'node:path';
import { expect, repoRoot, test } from './fixtures';

test('a bar past its longest time says so in its name; the legend describes the projected end as drawn', async ({
  resan,
  page,
}) => {
  await resan.open();
  await resan.openFile(join(repoRoot, 'fixtures', 'cancelled-annotations-exceeded.json'));
  const over = page.locator('[data-bar][data-exceeds="true"]');
  await expect(over.first()).toBeVisible();
  const names = await over.evaluateAll((bars) => bars.map((b) => b.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name).toContain('efter längsta tiden');
  // The projected part is a lighter fill with a dashed edge: the legend says that, not "striped".
  await expect(page.locator('.legend')).toContainText('Beräknat slut (ljusare, streckad kant)');
  await expect(page.locator('.legend')).not.toContainText('randigt');
});
