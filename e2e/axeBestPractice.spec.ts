/**
 * axe with WCAG 2.1 A/AA and best practice (issue 13) on every view and state a person
 * reaches: the journey, a finding chosen, a bar pinned, a scenario on, side by side, each
 * dialog, the rules, the Kohort view, the accessibility statement, and English. Each state is
 * audited once in the suite: a spec whose state is audited here does not audit it again.
 */
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

const BP = { bestPractice: true };

// axe with best practice takes a while on a full journey page on a busy machine.
test.describe.configure({ timeout: 180_000 });

test.describe('axe: WCAG 2.1 AA and best practice', () => {
  test('the journey: first screen, a finding chosen, a bar pinned', async ({ resan, page }, testInfo) => {
    await resan.open();
    await expect(page.getByTestId('timeline').locator('[data-bar]').first()).toBeVisible();
    await expectNoViolations(page, testInfo, 'the demo journey', BP);
    const finding = page.locator('.finding-gap > button.finding-button').first();
    await finding.click();
    await expect(finding).toHaveAttribute('aria-pressed', 'true');
    await expectNoViolations(page, testInfo, 'a finding chosen', BP);
    await page.locator('[data-bar="ij"]').click();
    await expect(page.getByTestId('details').getByRole('button', { name: 'Stäng detaljer' })).toBeVisible();
    await expectNoViolations(page, testInfo, 'a bar pinned with its details', BP);
  });

  test('a scenario on, and side by side', async ({ resan, page }, testInfo) => {
    await resan.open();
    await resan.section('cliffs').getByRole('button', { name: 'Förläng 6 mån' }).first().click();
    await expect(page.getByTestId('scenario-summary')).toBeVisible();
    await expectNoViolations(page, testInfo, 'a scenario on', BP);
    await page.getByRole('button', { name: 'Jämför sida vid sida' }).click();
    await expect(page.getByTestId('side-by-side')).toBeVisible();
    await expectNoViolations(page, testInfo, 'side by side', BP);
  });

  test('the dialogs: a form with errors, the scenario editor, the library, a confirmation', async ({
    resan,
    page,
  }, testInfo) => {
    await resan.open();
    await resan.openMenu('Lägg till');
    await page.getByRole('button', { name: '+ Ny insats' }).click();
    const form = page.getByRole('dialog', { name: 'Ny insats' });
    await form.getByRole('button', { name: 'Spara', exact: true }).click();
    await expect(form.getByRole('textbox', { name: /^Start/ })).toHaveAttribute('aria-invalid', 'true');
    await expectNoViolations(page, testInfo, 'the intervention form with errors', BP);
    await form.getByRole('button', { name: 'Avbryt' }).click();

    await page.getByRole('button', { name: 'Ändra scenariot Förläng introduktionsjobbet 6 månader' }).click();
    await expect(page.getByRole('dialog', { name: /Ändra scenario/ })).toBeVisible();
    await expectNoViolations(page, testInfo, 'the scenario editor', BP);
    await page.keyboard.press('Escape');

    await page.getByTestId('library-button').click();
    await expect(page.getByTestId('library')).toBeVisible();
    await expectNoViolations(page, testInfo, 'the library', BP);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: /^Ta bort: Introduktionsjobb/ }).click();
    await expect(page.getByRole('dialog', { name: 'Insatsen används i scenarier' })).toBeVisible();
    await expectNoViolations(page, testInfo, 'a removal to confirm', BP);
  });

  test('the rules page and the accessibility statement, in Swedish and English', async ({ resan, page }, testInfo) => {
    await resan.open();
    await page.getByRole('contentinfo').getByRole('button', { name: 'Regler och källor' }).click();
    await expect(page.getByTestId('rules-page')).toBeVisible();
    await expectNoViolations(page, testInfo, 'the rules page', BP);
    await page.getByRole('contentinfo').getByRole('button', { name: 'Tillgänglighetsredogörelse' }).click();
    await expect(page.getByTestId('a11y-page')).toBeVisible();
    await expectNoViolations(page, testInfo, 'the accessibility statement', BP);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByTestId('a11y-page').getByRole('heading', { level: 1 })).toHaveText(
      'Accessibility statement',
    );
    await expectNoViolations(page, testInfo, 'the accessibility statement in English', BP);
  });

  test('the journey in English, with a scenario on', async ({ resan, page }, testInfo) => {
    await resan.open();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.locator('[data-scenario="forlang-ij"] input[type="checkbox"]').check();
    await expect(page.getByTestId('scenario-summary')).toBeVisible();
    await expectNoViolations(page, testInfo, 'the demo in English with a scenario on', BP);
  });

  test('the Kohort view, in Swedish and English', async ({ resan, page }, testInfo) => {
    test.setTimeout(180_000);
    await resan.open();
    await page.getByTestId('nav-cohort').click();
    await expect(page.getByTestId('overview-table')).toBeVisible({ timeout: 90_000 });
    // With a histogram bar's list of journeys open (opened by keyboard): the view and the list in one audit.
    await page.getByTestId('chart-histogram').locator('[role="button"]').first().press('Enter');
    await expect(page.getByTestId('drill-list')).toBeVisible();
    await expectNoViolations(page, testInfo, 'the Kohort view with a list of journeys open', BP);
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: /Cohort:/ })).toBeVisible();
    await expect(page.getByTestId('drill-list')).toBeVisible();
    await expectNoViolations(page, testInfo, 'the Kohort view in English with a list of journeys open', BP);
  });
});
