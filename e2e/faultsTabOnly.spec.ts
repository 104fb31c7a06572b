/**
 * Issue 25, item 9: both storages full. With IndexedDB and localStorage both refusing, an edit
 * exists only in the tab: the notice says so ("finns bara i den här fliken – exportera") and
 * leaving the page asks (beforeunload). With localStorage still writing, the copy aside is
 * there and a reload brings the edit back without a question.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { reloadAsked } from './reloadAsked';

test.describe.configure({ timeout: 90_000 });

/** Every IndexedDB put and delete, and (when `alsoLocal`) every localStorage write, fails as a full disk does. */
async function fill(page: Page, alsoLocal: boolean) {
  await page.evaluate((local) => {
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = quota;
    IDBObjectStore.prototype.delete = quota;
    if (local) Storage.prototype.setItem = quota;
  }, alsoLocal);
}

async function nudgePrak(page: Page, expected: string) {
  const toggle = page.getByRole('button', { name: 'Redigera i tidslinjen' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await page.locator('[data-bar="prak"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', expected);
  const keep = page.getByTestId('save-demo-as-new');
  if ((await keep.count()) > 0) await keep.click();
}

test('both storages full: the notice says the edit is only in this tab, and a reload asks first', async ({
  resan,
  page,
}) => {
  await resan.open();
  await nudgePrak(page, '2025-03-04');
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Sparad \d\d:\d\d$/);
  await fill(page, true);
  await nudgePrak(page, '2025-03-05');
  const notice = page.getByTestId('save-error');
  await expect(notice).toContainText('Lagringsutrymmet i webbläsaren är fullt');
  await expect(notice.getByTestId('only-here')).toContainText('finns bara i den här fliken – exportera');
  await expect(notice.getByRole('button', { name: 'Exportera resa (JSON)' })).toBeVisible();
  expect(await reloadAsked(page)).toBe(true);
  // Going on loses the edit, as the question warned: the saved version is what comes back.
  await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-04');
  expect(await reloadAsked(page)).toBe(false);
});

test('only IndexedDB full: the copy aside keeps the edit, so a reload does not ask and brings it back', async ({
  resan,
  page,
}) => {
  await resan.open();
  await nudgePrak(page, '2025-03-04');
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Sparad \d\d:\d\d$/);
  await fill(page, false);
  await nudgePrak(page, '2025-03-05');
  const notice = page.getByTestId('save-error');
  await expect(notice).toContainText('Lagringsutrymmet i webbläsaren är fullt');
  await expect(notice.getByTestId('only-here')).toHaveCount(0);
  expect(await reloadAsked(page)).toBe(false);
  await expect(page.locator('[data-bar="prak"]')).toHaveAttribute('data-start', '2025-03-05');
});
