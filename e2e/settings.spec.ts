/**
 * Settings that survive a reload (issue 12, item 6): the language and "ignore gaps up to N days";
 * per journey, the scenarios switched on and the zoom.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { EVERY_50_MS, expect, examplesDir, test } from './fixtures';

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

/** The chart's zoom factor as drawn. */
const zoomK = async (page: Page) => Number(await page.locator('svg.timeline-svg').getAttribute('data-zoom-k'));
/** Close to `k` (a view is kept as whole days, so it comes back within a day's width). */
async function expectZoom(page: Page, k: number) {
  await expect
    .poll(async () => Math.abs((await zoomK(page)) / k - 1), { timeout: 15_000, ...EVERY_50_MS })
    .toBeLessThan(0.03);
}
const scenario = (page: Page, name: string) => page.getByTestId('scenarios').getByRole('checkbox', { name });

async function openFromLibrary(page: Page, ref: string) {
  await page.getByTestId('library-button').click();
  await page
    .getByTestId('library')
    .getByRole('button', { name: `Öppna ${ref}` })
    .click();
  await expect(page.getByTestId('journey-heading')).toHaveText(`Resa ${ref}`);
}

test('the scenarios switched on and the zoom survive a reload, each journey its own', async ({ resan, page }) => {
  test.slow();
  await resan.open();
  await resan.openFile(join(examplesDir, '01-introduktionsjobb-cliff.json'));
  await expect(page.getByTestId('journey-heading')).toHaveText('Resa P-EX-01');
  await scenario(page, 'Förläng 6 mån').check();
  await page.getByRole('button', { name: 'Zooma in' }).click();
  await page.getByRole('button', { name: 'Zooma in' }).click();
  await expectZoom(page, 2.25);
  const first = await zoomK(page);

  await resan.openFile(join(examplesDir, '02-fk-af-greyzone.json'));
  await expect(page.getByTestId('journey-heading')).toHaveText('Resa P-EX-02');
  await expectZoom(page, 1);
  await page.getByRole('button', { name: 'Kommande 6 månader' }).click();
  await expect.poll(() => zoomK(page), EVERY_50_MS).toBeGreaterThan(1.2);
  const second = await zoomK(page);

  // P-EX-02 was open: it comes back with its own view.
  await page.reload();
  await expect(page.getByTestId('journey-heading')).toHaveText('Resa P-EX-02');
  await expectZoom(page, second);

  // P-EX-01 has its own scenario and zoom, after a reload too.
  await openFromLibrary(page, 'P-EX-01');
  await expect(scenario(page, 'Förläng 6 mån')).toBeChecked();
  await expect(scenario(page, 'Praktik direkt efter försteg')).not.toBeChecked();
  await expectZoom(page, first);
  await page.reload();
  await expect(page.getByTestId('journey-heading')).toHaveText('Resa P-EX-01');
  await expect(scenario(page, 'Förläng 6 mån')).toBeChecked();
  await expectZoom(page, first);

  // Switched off and "Visa allt": remembered too.
  await scenario(page, 'Förläng 6 mån').uncheck();
  await page.getByRole('button', { name: 'Visa allt' }).click();
  await openFromLibrary(page, 'P-EX-02');
  await expectZoom(page, second);
  await openFromLibrary(page, 'P-EX-01');
  await expect(scenario(page, 'Förläng 6 mån')).not.toBeChecked();
  await expectZoom(page, 1);
});

test('remembered settings that are wrong, old or hostile are ignored without an error', async ({ resan, page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The first load finds settings that are partly wrong; the reload finds text that is not JSON.
  await page.addInitScript(() => {
    const n = Number(sessionStorage.getItem('loads') ?? 0);
    sessionStorage.setItem('loads', String(n + 1));
    // The demo's scenario is on; one that no longer exists, a number and a backwards zoom are left out.
    const partly =
      '{"demo":{"scenarios":["gone","forlang-ij",42],"zoom":{"from":"2030-01-01","to":"2020-01-01"}},' +
      '"__proto__":{"scenarios":["forlang-ij"]},"other":"garbage"}';
    if (n === 0) localStorage.setItem('resan:journey-settings', partly);
    if (n === 1) localStorage.setItem('resan:journey-settings', '{not json');
  });
  await resan.open();
  await expect(scenario(page, 'Förläng introduktionsjobbet 6 månader')).toBeChecked();
  await expectZoom(page, 1);

  // Not even JSON: the defaults, and the app works on.
  await page.reload();
  await expect(scenario(page, 'Förläng introduktionsjobbet 6 månader')).not.toBeChecked();
  await page.getByRole('button', { name: 'Zooma in' }).click();
  await expectZoom(page, 1.5);
  expect(errors).toEqual([]);
});

test("a journey opened before d3-zoom has arrived gets its own remembered zoom, not the demo's", async ({
  resan,
  page,
}) => {
  test.slow();
  await resan.open();
  await resan.openFile(join(examplesDir, '01-introduktionsjobb-cliff.json'));
  await expect(page.getByTestId('journey-heading')).toHaveText('Resa P-EX-01');
  await page.getByRole('button', { name: 'Zooma in' }).click();
  await page.getByRole('button', { name: 'Zooma in' }).click();
  await expectZoom(page, 2.25);
  const zoomed = await zoomK(page);
  // On a busy machine the library (and with it P-EX-01) can be read before d3-zoom has loaded.
  await page.route('**/assets/d3-zoom-*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 2_000));
    await route.continue();
  });
  await page.reload();
  await expect(page.getByTestId('journey-heading')).toHaveText('Resa P-EX-01');
  await expectZoom(page, zoomed);
});
