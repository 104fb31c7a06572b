/**
 * Issue 25, item 13: "bara filer". From file:// every local HTML file shares one storage, so the
 * single file keeps journeys only in files by default and says why on its first screen: after a
 * journey is opened and edited nothing of it is in IndexedDB or localStorage, "Spara i fil"
 * downloads it, "Ej sparad" and the leave-page question stand until then. In the served build
 * the mode is chosen with the mouse under Resor and survives a reload.
 * (Built by `npm run build`; RESAN_SINGLE_DIST names another folder for the single file.)
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, repoRoot, test } from './fixtures';
import { reloadAsked } from './reloadAsked';
import { expectNoViolations } from './axe';

const single = resolve(repoRoot, process.env.RESAN_SINGLE_DIST ?? 'dist-single', 'resan.html');
const journeyFile = join(repoRoot, 'fixtures', 'fk-af-greyzone.json');
const REF = 'P-FX-0117';

/** Every IndexedDB database and localStorage entry the page can see, by name, with the text of the latter. */
function browserStorage(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    local: Object.entries(localStorage),
  }));
}

test('the single file from file:// says why and keeps journeys only in files: nothing in the browser, a save downloads', async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000);
  await page.goto(pathToFileURL(single).href);
  await expect(page.getByTestId('disk-notice')).toContainText(
    'delar webbläsaren sin lagring med alla andra HTML-filer som öppnas från disken',
  );
  await expect(page.getByTestId('disk-notice')).toContainText('sparar Resan här resor bara i filer');
  const label = page.getByTestId('toolbar').getByRole('button', { name: 'Bara filer' });
  await expect(label).toBeVisible();
  // The notice and the mode's label, in the state nothing else in the suite visits (issue 25: axe in every state).
  await expectNoViolations(page, testInfo, 'the single file from file://, its notice', { bestPractice: true });

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Öppna fil…' }).click();
  await (await chooser).setFiles(journeyFile);
  await expect(page.getByTestId('journey-heading')).toContainText(REF);
  const indicator = page.getByTestId('save-indicator');
  await expect(indicator).toHaveText('');

  // An edit with the keyboard: "Ej sparad" until it is in a file.
  await page.getByRole('button', { name: 'Redigera i tidslinjen' }).click();
  await page.locator('[data-bar="kart"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-bar="kart"]')).toHaveAttribute('data-start', '2025-06-03');
  await expect(indicator).toHaveText('Ej sparad');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Spara i fil' }).click();
  const saved = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    participant: { ref: string };
    interventions: { id: string; start: string }[];
  };
  expect(saved.participant.ref).toBe(REF);
  expect(saved.interventions.find((i) => i.id === 'kart')?.start).toBe('2025-06-03');
  await expect(indicator).toHaveText(/^Sparad i fil \d\d:\d\d$/);

  await page.locator('[data-bar="kart"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(indicator).toHaveText('Ej sparad');

  // Leaving files only from the disk says what it means before anything happens.
  await label.click();
  const dialog = page.getByTestId('storage-mode-dialog');
  await dialog.getByText('I webbläsaren: sparas automatiskt under Resor').click();
  await expect(dialog.getByTestId('storage-mode-consequences')).toContainText(
    'kan då läsas av alla andra HTML-filer som öppnas från disken',
  );
  await expect(dialog.getByRole('button', { name: 'Spara i webbläsaren ändå' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();

  // Nothing of the journey in the browser's storage, before a reload (which asks) or after it.
  const before = await browserStorage(page);
  expect(before.databases).toEqual([]);
  expect(JSON.stringify(before.local)).not.toContain(REF);
  expect(before.local.map(([k]) => k).filter((k) => k !== 'resan:settings')).toEqual([]);
  expect(await reloadAsked(page)).toBe(true);
  await expect(page.getByTestId('journey-heading')).toBeVisible();
  const after = await browserStorage(page);
  expect(after.databases).toEqual([]);
  expect(JSON.stringify(after.local)).not.toContain(REF);
  expect(after.local.map(([k]) => k).filter((k) => k !== 'resan:settings')).toEqual([]);
});

test('served: files only is chosen under Resor with the mouse and survives a reload', async ({
  resan,
  page,
}, testInfo) => {
  await resan.open();
  await expect(page.getByTestId('disk-notice')).toHaveCount(0);
  await page.getByTestId('library-button').click();
  await page.getByTestId('library').getByRole('button', { name: 'Var resor sparas…' }).click();
  const dialog = page.getByTestId('storage-mode-dialog');
  await dialog.getByText('Bara i filer: du öppnar och sparar filerna själv').click();
  await expect(dialog.getByTestId('storage-mode-consequences')).toContainText('ligger kvar där tills du tar bort dem');
  await expectNoViolations(page, testInfo, 'where journeys are kept, files only chosen', { bestPractice: true });
  // The page starts again (a reload) and reads the mode from the settings, as every start does.
  await dialog.getByRole('button', { name: 'Byt och starta om' }).click();
  await expect(page.getByTestId('toolbar').getByRole('button', { name: 'Bara filer' })).toBeVisible();
  await expect(page.getByTestId('library-button')).toHaveCount(0);
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-library', 'filesOnly');
  expect(await page.evaluate(() => localStorage.getItem('resan:settings'))).toContain('"storage":"files"');

  // The demo, edited, then saved with the notice's own button: the notice says what is true each time.
  const notice = page.getByTestId('demo-notice');
  await page.getByRole('button', { name: 'Redigera i tidslinjen' }).click();
  const bar = page.locator('[data-bar]').first();
  await bar.focus();
  await page.keyboard.press('ArrowRight');
  await expect(notice).toContainText('Ändringarna i demoresan finns bara på skärmen tills du sparar dem i en fil.');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Spara i fil' }).click();
  await download;
  await expect(notice).toContainText('Demoresan med dina ändringar är sparad i en fil.');
  await expect(notice).not.toContainText('finns bara på skärmen');
  await bar.focus();
  await page.keyboard.press('ArrowRight');
  await expect(notice).toContainText('finns bara på skärmen tills du sparar dem i en fil.');

  // Two files chosen at once: one journey opens, and the other is named as not opened, not dropped unsaid.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Öppna fil…' }).first().click();
  await (await chooser).setFiles([journeyFile, join(repoRoot, 'fixtures', 'end-not-recorded.json')]);
  await page.getByRole('button', { name: 'Gå vidare utan att spara' }).click();
  await expect(page.getByTestId('journey-heading')).toContainText(REF);
  await expect(page.getByTestId('import-not-opened')).toContainText(
    'en resa öppnas i taget: den från fk-af-greyzone.json är öppen. 1 resa till öppnades inte (end-not-recorded.json).',
  );
  await expectNoViolations(page, testInfo, 'files only, two files chosen: the one not opened named', {
    bestPractice: true,
  });
});
