/**
 * Issue 28, items 10 and 11: the saved cohorts with two tabs (two pages of one browser
 * context). The cohort database deleted by another tab is said, the cohort on screen stays and
 * can be saved again; a cohort removed in one tab leaves the other tab's list, and a button
 * whose cohort is gone says so. The messages between tabs are unit-tested (src/io/cohortTabs.test.ts).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { generateCohort, serializeCohort } from '../src/domain';
import { expect, test } from './fixtures';

const asOf = '2026-11-28';

async function openCohortPage(page: Page) {
  await page.getByTestId('nav-cohort').click();
  await expect(page.getByTestId('cohort-load')).toBeVisible();
}

async function loadCohort(page: Page, name: string, count: number) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('cohort-load').getByRole('button', { name: 'Läs in filer…' }).click();
  const text = serializeCohort({ format: 'cohort', version: 1, journeys: generateCohort(count, 3, asOf) });
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByTestId('cohort-load-status')).toContainText(`${count} resor lästes in från ${name}.`);
}

const saved = (page: Page) => page.getByTestId('saved-cohorts').locator('li[data-cohort-key]');

/** A page of the same origin that does not run the app: the other tab that deletes. */
async function bareTab(context: BrowserContext) {
  const other = await context.newPage();
  await other.route('**/bare', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title>' }),
  );
  await other.goto('/bare');
  return other;
}

test('item 10: the cohort database deleted in another tab is said; the cohort stays on screen and is saved again', async ({
  resan,
  page,
  context,
}) => {
  await resan.open();
  await openCohortPage(page);
  await loadCohort(page, 'insats.json', 6);
  await expect(saved(page)).toHaveCount(1);

  const other = await bareTab(context);
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase('resan-cohorts');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
      }),
  );
  await other.close();

  // The list says what is saved (nothing) and why; the cohort on screen is still there.
  await expect(saved(page)).toHaveCount(0);
  const gone = page.getByTestId('cohorts-gone');
  await expect(gone).toContainText('De sparade kohorterna har tagits bort');
  await expect(gone).toContainText('Kohorten insats.json visas fortfarande här men är inte längre sparad.');
  await expect(page.locator('#cohort-heading')).toHaveText('Kohort: insats.json');
  await gone.getByRole('button', { name: 'Spara kohorten på skärmen igen' }).click();
  await expect(page.getByTestId('saved-cohorts-said')).toHaveText('Kohorten insats.json är sparad igen.');
  await expect(gone).toHaveCount(0);
  await expect(saved(page)).toHaveCount(1);
  await expect(saved(page)).toContainText(/insats\.json\s*6 resor/);
});

test('item 11: a cohort removed in one tab leaves the other tab’s list; a button whose cohort is gone says so', async ({
  resan,
  page,
  context,
}) => {
  await resan.open();
  await openCohortPage(page);
  await loadCohort(page, 'insats.json', 6);

  const second = await context.newPage();
  await second.goto('/');
  await openCohortPage(second);
  // The cohort open last (in the first tab) opens here too.
  await expect(second.locator('#cohort-heading')).toHaveText('Kohort: insats.json');

  // Removed in the first tab: gone from the second tab's list too, kept on its screen with the choice to save it again.
  await saved(page).getByRole('button', { name: 'Ta bort kohorten insats.json' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Ta bort', exact: true }).click();
  await expect(saved(page)).toHaveCount(0);
  await expect(saved(second)).toHaveCount(0);
  const gone = second.getByTestId('cohorts-gone');
  await expect(gone).toContainText('Kohorten insats.json togs bort i en annan flik.');
  await expect(second.locator('#cohort-heading')).toHaveText('Kohort: insats.json');
  await gone.getByRole('button', { name: 'Spara kohorten på skärmen igen' }).click();
  await expect(saved(second)).toHaveCount(1);
  // Saved again in the second tab: listed in the first.
  await expect(saved(page)).toHaveCount(1);

  // Removed behind the list's back (no tab told of it): "Exportera" says so instead of doing nothing.
  await second.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('resan-cohorts');
        open.onsuccess = () => {
          const tx = open.result.transaction(['cohorts', 'chunks'], 'readwrite');
          tx.objectStore('cohorts').clear();
          tx.objectStore('chunks').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await saved(second).getByRole('button', { name: 'Exportera kohorten insats.json som fil' }).click();
  await expect(second.getByTestId('saved-cohorts-said')).toContainText(
    'Kohorten insats.json finns inte längre sparad i webbläsaren',
  );
  await expect(saved(second)).toHaveCount(0);
});
