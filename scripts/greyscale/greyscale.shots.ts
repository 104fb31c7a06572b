/**
 * Greyscale screenshots of every view (issue 13, WCAG 1.4.1), written to docs/greyscale-*.png by
 * `npm run screenshots:greyscale`, to be looked at by a person: is every difference still told
 * without colour? Not a test (it asserts only that each view is there), so not in `npm test`.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { expect, repoRoot, test } from '../../e2e/fixtures';

test.describe.configure({ timeout: 180_000 });

async function shoot(page: Page, name: string) {
  // CSSOM, not a style element: the app's CSP allows no inline style sheet.
  await page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'));
  await page.screenshot({ path: join(repoRoot, 'docs', `greyscale-${name}.png`) });
  await page.evaluate(() => (document.documentElement.style.filter = ''));
}

test('greyscale: journey, scenario, side by side, rules, statement, Kohort', async ({ resan, page }) => {
  await resan.open();
  await expect(page.getByTestId('timeline').locator('[data-bar]').first()).toBeVisible();
  await shoot(page, 'journey');
  await resan.section('cliffs').getByRole('button', { name: 'Förläng 6 mån' }).first().click();
  await expect(page.getByTestId('scenario-summary')).toBeVisible();
  await shoot(page, 'scenario');
  await page.getByRole('button', { name: 'Jämför sida vid sida' }).click();
  await expect(page.getByTestId('side-by-side')).toBeVisible();
  await page.getByTestId('side-by-side').scrollIntoViewIfNeeded();
  await shoot(page, 'side-by-side');
  await page.getByRole('contentinfo').getByRole('button', { name: 'Regler och källor' }).click();
  await expect(page.getByTestId('rules-page')).toBeVisible();
  await shoot(page, 'rules');
  await page.getByRole('contentinfo').getByRole('button', { name: 'Tillgänglighetsredogörelse' }).click();
  await expect(page.getByTestId('a11y-page')).toBeVisible();
  await shoot(page, 'statement');
  await page.getByTestId('nav-cohort').click();
  await expect(page.getByTestId('overview-table')).toBeVisible({ timeout: 90_000 });
  await shoot(page, 'cohort');
});
