/**
 * Issue 28, items 6 and 7: the write-ahead copies in localStorage are text anything on this
 * origin could have damaged or forged. A damaged copy is moved aside as a backup with a true
 * message (never shown, never a "could not write" failure); a copy under the demo's key never
 * replaces the built-in demo. The judging itself is unit-tested (src/io/recoveryPlan.test.ts).
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, readExample, test } from './fixtures';

/** Puts `copies` into localStorage before the app's first start (and only then, not at a reload). */
async function seedCopies(page: Page, copies: Record<string, string>) {
  await page.addInitScript((c) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [k, v] of Object.entries(c)) localStorage.setItem(k, v);
  }, copies);
}

const copiesLeft = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('resan-wal:')));

test('item 6: damaged write-ahead copies are moved aside as backups, said truly, and the demo starts', async ({
  resan,
  page,
}) => {
  const broken = { format: 'journey', version: 1, id: 'x', interventions: 'broken' };
  await seedCopies(page, {
    'resan-wal:tab-x:j-broken': JSON.stringify({ tab: 'tab-x', key: 'j-broken', base: 0, journey: broken }),
    'resan-wal:tab-x:j-cut': '{"tab": "tab-x", "key": "j-cut", "ba',
  });
  await resan.open();
  // No failure to write is claimed, and nothing says a journey on screen is kept: the demo is shown.
  await expect(page.getByTestId('journey-heading')).toContainText('P-DEMO-01');
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-library', 'ready');
  await expect(page.getByTestId('save-error')).toHaveCount(0);
  await expect(page.getByTestId('library-button')).toHaveText('Resor (0)');
  const notice = page.getByTestId('backups-notice');
  await expect(notice.getByRole('heading')).toHaveText('Reservkopior som inte kunde återställas har flyttats undan');
  await expect(notice).toContainText(
    'Reservkopia av en osparad ändring (j-broken): innehållet går inte att läsa som en resa. Den har inte sparats eller öppnats',
  );
  await expect(notice).toContainText('Reservkopia av en osparad ändring (resan-wal:tab-x:j-cut): posten är skadad.');
  expect(await copiesLeft(page)).toEqual([]);
  // The backup holds the copy exactly as it was found.
  const download = page.waitForEvent('download');
  await notice.getByRole('listitem').filter({ hasText: 'j-broken' }).getByRole('button').click();
  const saved = JSON.parse(await readFile((await (await download).path())!, 'utf8')) as unknown;
  expect(saved).toEqual({ tab: 'tab-x', key: 'j-broken', base: 0, journey: broken });
});

test('item 7: a copy forged under the demo’s key never replaces the demo', async ({ resan, page }) => {
  const forged = {
    ...JSON.parse(readExample('02-fk-af-greyzone.json')),
    id: 'forged',
    participant: { ref: 'FÖRFALSKAD-1' },
  };
  await seedCopies(page, {
    'resan-wal:tab-y:demo': JSON.stringify({ tab: 'tab-y', key: 'demo', base: 0, journey: forged }),
  });
  await resan.open();
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-library', 'ready');
  await expect(page.getByTestId('journey-heading')).toContainText('P-DEMO-01');
  await expect(page.getByTestId('library-button')).toHaveText('Resor (0)');
  await expect(page.getByTestId('backups-notice')).toContainText(
    'Reservkopia av en osparad ändring (FÖRFALSKAD-1): den ligger under demoresans nyckel, som Resan aldrig sparar under',
  );
  expect(await copiesLeft(page)).toEqual([]);
  await page.reload();
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-library', 'ready');
  await expect(page.getByTestId('journey-heading')).toContainText('P-DEMO-01');
  await expect(page.getByTestId('library-button')).toHaveText('Resor (0)');
});
