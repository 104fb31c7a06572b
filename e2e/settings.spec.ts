/** Settings that survive a reload: the language and "ignore gaps up to N days" (issue 12, item 6 in part). */
import { expect, test } from './fixtures';

test('the language and the ignore-gaps value survive a reload', async ({ resan, page }) => {
  await resan.open();
  const days = page.getByRole('spinbutton', { name: 'Bortse från glapp på högst (dagar)' });
  await days.fill('10');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('#main input[inputmode="numeric"]').first()).toHaveValue('10');
});
