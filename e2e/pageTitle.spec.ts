/**
 * Issue 25: each view has a title of its own (WCAG 2.4.2, item 2), and "Tillbaka" from the rules
 * or the accessibility statement puts focus back on the control that opened the page, in the
 * header or the footer, by mouse or keyboard (WCAG 2.4.3, item 4).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const footer = (page: Page) => page.locator('footer.app-footer');
const language = (page: Page, name: 'Svenska' | 'English') =>
  page.locator('header.app-header').getByRole('button', { name, exact: true }).click();

test('every view has its own title, in Swedish and English, and it follows the view and the language', async ({
  resan,
  page,
}) => {
  test.slow(); // the demo cohort is computed on first opening: room on a busy machine, not a speed test
  await resan.open();
  await expect(page).toHaveTitle('Resa P-DEMO-01 – Resan');
  await language(page, 'English');
  await expect(page).toHaveTitle('Journey P-DEMO-01 – Resan');

  await page.getByTestId('nav-cohort').click();
  await expect(page).toHaveTitle('Cohort: Demo cohort (500 synthetic journeys) – Resan', { timeout: 60_000 });
  await language(page, 'Svenska');
  await expect(page).toHaveTitle('Kohort: Demokohort (500 syntetiska resor) – Resan');

  await page.getByTestId('nav-rules').click();
  await expect(page).toHaveTitle('Regler och källor – Resan');
  await page.getByTestId('rules-format-link').click();
  await expect(page).toHaveTitle('Filformatet och definitionerna – Resan');
  await language(page, 'English');
  await expect(page).toHaveTitle('The file format and the definitions – Resan');
  await page.getByRole('button', { name: /Back to Rules and sources/ }).click();
  await expect(page).toHaveTitle('Rules and sources – Resan');
  // Opened from the cohort, the rules go back to the cohort.
  await page.getByRole('button', { name: /Back to the cohort/ }).click();
  await expect(page).toHaveTitle('Cohort: Demo cohort (500 synthetic journeys) – Resan');
  await expect(page.getByTestId('nav-rules')).toBeFocused();

  await page.getByTestId('nav-journey').click();
  await expect(page).toHaveTitle('Journey P-DEMO-01 – Resan');
  await footer(page).getByRole('button', { name: 'Accessibility statement' }).click();
  await expect(page).toHaveTitle('Accessibility statement – Resan');
  await language(page, 'Svenska');
  await expect(page).toHaveTitle('Tillgänglighetsredogörelse – Resan');
  await page
    .getByTestId('a11y-page')
    .getByRole('button', { name: /Tillbaka/ })
    .click();
  await expect(page).toHaveTitle('Resa P-DEMO-01 – Resan');

  // A new journey with nothing in it yet: the title says so, as the page does.
  await page.getByTestId('toolbar').getByRole('button', { name: 'Ny resa', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Ny resa' });
  await form.getByRole('textbox', { name: 'Referens' }).fill('P-0107');
  await form.getByRole('button', { name: 'Skapa resan' }).click();
  await expect(page.getByTestId('empty-journey')).toBeVisible();
  await expect(page).toHaveTitle('Resa P-0107, inga insatser än – Resan');
  await language(page, 'English');
  await expect(page).toHaveTitle('Journey P-0107, no interventions yet – Resan');
});

// Both pages in one page, one step each.
test('"Regler och källor" and "Tillgänglighetsredogörelse" opened from the footer: "Tillbaka" puts focus back on the footer\'s button, by mouse and keyboard', async ({
  resan,
  page,
}) => {
  await resan.open();
  for (const { name, pageId, back } of [
    { name: 'Regler och källor', pageId: 'rules-page', back: /Tillbaka till resan/ },
    { name: 'Tillgänglighetsredogörelse', pageId: 'a11y-page', back: /Tillbaka/ },
  ])
    await test.step(name, async () => {
      const opener = footer(page).getByRole('button', { name, exact: true });

      await opener.click();
      const shown = page.getByTestId(pageId);
      await expect(shown).toBeVisible();
      await shown.getByRole('button', { name: back }).click();
      await expect(page.getByTestId('journey-heading')).toBeVisible();
      await expect(opener).toBeFocused();

      // The keyboard: Enter on the footer's button; the page's heading takes focus, Tab reaches "Tillbaka", Enter.
      await page.keyboard.press('Enter');
      await expect(shown).toBeVisible();
      await expect(shown.getByRole('heading', { level: 1 })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(shown.getByRole('button', { name: back })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId('journey-heading')).toBeVisible();
      await expect(opener).toBeFocused();
    });
});
