/**
 * Issue 25, item 8: the accessibility statement says its dates, who answers for Resan (or that the
 * organisation has not filled it in, as the built file ships), links to DIGG's form, says what is
 * outside the Act and lists the known shortcomings of src/a11y/statementFacts.ts.
 */
import { SHORTCOMINGS } from '../src/a11y/statementFacts';
import { expect, test } from './fixtures';

test('the accessibility statement: dates, the organisation not filled in, DIGG’s form, scope and shortcomings', async ({
  resan,
  page,
}) => {
  await resan.open();
  await page.locator('footer.app-footer').getByRole('button', { name: 'Tillgänglighetsredogörelse' }).click();
  const statement = page.getByTestId('a11y-page');
  await expect(statement.getByTestId('statement-dates')).toHaveText(
    'Tillgängligheten bedömdes senast den 28 nov. 2026. Redogörelsen uppdaterades senast den 6 dec. 2026.',
  );
  await expect(statement.getByTestId('statement-contact')).toHaveText(
    'Organisationen som tillhandahåller Resan har inte fyllt i sitt namn och sina kontaktuppgifter. Fråga den som gav dig tillgång till Resan.',
  );
  const form = statement.getByRole('link', { name: /Anmäl bristande tillgänglighet till DIGG/ });
  await expect(form).toHaveAttribute('href', 'https://www.digg.se/tdosanmalan');
  await expect(statement.getByRole('heading', { level: 2, name: 'Innehåll som inte omfattas av lagen' })).toBeVisible();
  await expect(statement.getByTestId('statement-shortcomings').getByRole('listitem')).toHaveCount(SHORTCOMINGS.length);

  await page.locator('header.app-header').getByRole('button', { name: 'English', exact: true }).click();
  await expect(statement.getByTestId('statement-dates')).toHaveText(
    'Accessibility was last assessed on 28 Nov 2026. This statement was last updated on 6 Dec 2026.',
  );
  await expect(
    statement.getByRole('heading', { level: 2, name: 'Content outside the scope of the Act' }),
  ).toBeVisible();
});
