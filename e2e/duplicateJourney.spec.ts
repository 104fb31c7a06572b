/**
 * Issue 25, item 14: opening a journey whose participant is already in the library, with other
 * content, asks (as the cohort loader does): keep both, replace the saved one, or open it as a
 * new participant; cancel opens nothing. An identical file is not asked about (nothing to choose).
 */
import type { Page } from '@playwright/test';
import { expect, readExample, test } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const original = JSON.parse(readExample('01-introduktionsjobb-cliff.json')) as {
  interventions: { id: string; title?: string }[];
};
/** The same participant (P-EX-01, id ex-01), another journey: the försteg renamed. */
const changed = JSON.stringify({
  ...original,
  interventions: original.interventions.map((i) => (i.id === 'fs' ? { ...i, title: 'Ny uppstart' } : i)),
});

const library = (page: Page) => page.getByTestId('library-button');
const heading = (page: Page) => page.getByTestId('journey-heading');
const dialog = (page: Page) => page.getByRole('dialog', { name: 'Deltagaren finns redan' });

async function openChanged(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Öppna fil…' }).click();
  await (await chooser).setFiles({ name: 'andra.json', mimeType: 'application/json', buffer: Buffer.from(changed) });
  await expect(dialog(page)).toBeVisible({ timeout: 30_000 });
  await expect(dialog(page)).toContainText('Biblioteket har redan en resa för P-EX-01');
}

async function start(page: Page, resan: { open(): Promise<void>; openFile(p: string): Promise<void> }) {
  await resan.open();
  await resan.openFile('examples/01-introduktionsjobb-cliff.json');
  await expect(library(page)).toHaveText('Resor (1)');
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Sparad \d\d:\d\d$/);
}

test('keep both: two journeys of the same participant, and the question has the safe answer focused', async ({
  resan,
  page,
}) => {
  await start(page, resan);
  await openChanged(page);
  await expect(dialog(page).getByRole('button', { name: 'Behåll båda (två resor för samma deltagare)' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(library(page)).toHaveText('Resor (2)');
});

test('replace: the saved journey is the file’s, one journey, after a reload too', async ({ resan, page }) => {
  await start(page, resan);
  await openChanged(page);
  await dialog(page).getByRole('button', { name: 'Ersätt den sparade med filens' }).click();
  await expect(page.getByTestId('save-indicator')).toHaveText(/^Sparad \d\d:\d\d$/);
  await expect(library(page)).toHaveText('Resor (1)');
  await page.reload();
  await expect(library(page)).toHaveText('Resor (1)');
  await expect(page.locator('[data-bar="fs"]')).toHaveAccessibleName(/Ny uppstart/);
});

test('open as new: a new participant reference, both kept; cancel opens nothing', async ({ resan, page }) => {
  await start(page, resan);
  await openChanged(page);
  await dialog(page).getByRole('button', { name: 'Öppna som ny deltagare (ny referens)' }).click();
  await expect(heading(page)).toContainText('P-EX-01-2');
  await expect(library(page)).toHaveText('Resor (2)');

  await openChanged(page);
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toHaveCount(0);
  await expect(heading(page)).toContainText('P-EX-01-2');
  await expect(library(page)).toHaveText('Resor (2)');
});
