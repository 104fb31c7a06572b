/**
 * Issue 25, item 10: the database deleted by another tab during an import. Whatever "Spara resan
 * på skärmen igen" then reports as saved must be what a reload shows: the edit made on the
 * imported journey, and every journey of the file. The deletion comes at three moments: before
 * the import is written (the page's frames held back, which the import's save waits for), just
 * as it is written, and after it is written with the edit not yet saved.
 */
import type { Page } from '@playwright/test';
import { expect, readExample, test } from './fixtures';

const COUNT = 30;

function copiesOf02(n: number) {
  const base = JSON.parse(readExample('02-fk-af-greyzone.json'));
  return Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `lost-${i}`,
    participant: { ref: `P-LOST-${String(i).padStart(4, '0')}` },
  }));
}

/**
 * The database is deleted the moment a record matching `moment` is put: inside that write's
 * transaction, which the browser lets finish before it deletes. (Whichever tab asks, the app's
 * connection is told the same way; e2e/faults.spec.ts item 7 asks from another tab.)
 */
async function deleteWhenPut(page: Page, moment: 'import' | 'edit') {
  await page.evaluate((m) => {
    const put = IDBObjectStore.prototype.put;
    let done = false;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const j = (
        value as { journey?: { participant?: { ref?: string }; interventions?: { id: string; start: string }[] } }
      )?.journey;
      const hit =
        m === 'import'
          ? j?.participant?.ref === 'P-LOST-0005'
          : j?.interventions?.find((i) => i.id === 'sp')?.start === '2024-01-09';
      if (hit && !done) {
        done = true;
        indexedDB.deleteDatabase('resan');
      }
      return put.call(this, value, key);
    };
  }, moment);
}

async function deleteNow(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase('resan');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
      }),
  );
}

for (const moment of [
  'before the import is written',
  'while the import is written',
  'while the edit is saved',
] as const) {
  test(`item 10: the database deleted ${moment}: "saved again" is what a reload shows`, async ({ resan, page }) => {
    await resan.open();
    await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-library', 'ready');
    await page.evaluate(() => {
      // Frames held back: the import's save waits for the first one; released by the test.
      const real = window.requestAnimationFrame.bind(window);
      const held: FrameRequestCallback[] = [];
      window.requestAnimationFrame = (cb) => held.push(cb);
      (window as unknown as { __releaseFrames: () => void }).__releaseFrames = () => {
        window.requestAnimationFrame = real;
        for (const cb of held.splice(0)) real(cb);
      };
    });
    if (moment === 'while the import is written') await deleteWhenPut(page, 'import');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Öppna fil…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'forsvinner.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'cohort', version: 1, journeys: copiesOf02(COUNT) })),
    });
    await expect(page.getByTestId('journey-heading')).toContainText('P-LOST-0000');
    const release = () => page.evaluate(() => (window as unknown as { __releaseFrames: () => void }).__releaseFrames());
    if (moment === 'while the edit is saved') {
      await release();
      await expect(page.getByTestId('library-button')).toHaveText(`Resor (${COUNT})`);
      await expect(page.getByTestId('save-indicator')).toHaveText(/^Sparad \d\d:\d\d$/);
      await deleteWhenPut(page, 'edit');
    }
    await page.getByRole('button', { name: 'Redigera i tidslinjen' }).click();
    await page.locator('[data-bar="sp"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('[data-bar="sp"]')).toHaveAttribute('data-start', '2024-01-09');
    if (moment === 'before the import is written') await deleteNow(page);
    if (moment !== 'while the edit is saved') await release();
    const lost = page.getByTestId('storage-lost');
    await expect(lost).toContainText('Den sparade datan har tagits bort');
    await expect(page.getByTestId('import-progress')).toHaveCount(0);
    await lost.getByRole('button', { name: 'Spara resan på skärmen igen' }).click();
    await expect(lost).toHaveCount(0);
    await expect(page.getByTestId('save-indicator')).toHaveText(/^Sparad \d\d:\d\d$/);
    // The import was not stored when the database went: all it brought is saved again. Deleted
    // after it was stored, only the journey on screen is (the button says so).
    const count = moment === 'while the edit is saved' ? 1 : COUNT;
    await expect(page.getByTestId('library-button')).toHaveText(`Resor (${count})`);
    await page.reload();
    await expect(page.getByTestId('journey-heading')).toContainText('P-LOST-0000');
    await expect(page.locator('[data-bar="sp"]')).toHaveAttribute('data-start', '2024-01-09');
    await expect(page.getByTestId('library-button')).toHaveText(`Resor (${count})`);
  });
}
