/**
 * A journey with a thousand interventions (issue #11): the interventions table shows 100 rows a
 * page, a real table; the pages turn by mouse and keyboard; a bar chosen in the chart brings its
 * row's page, and the row says it is the chosen one.
 */
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

const ACTORS = ['kommun', 'af', 'fk', 'region', 'samordningsforbund', 'arbetsgivare', 'leverantor'];

function thousand(length = 1000) {
  const day = (n: number) => new Date(Date.UTC(2000, 0, 3) + n * 86_400_000).toISOString().slice(0, 10);
  return {
    format: 'journey',
    version: 1,
    id: 'tusen',
    participant: { ref: 'P-TUSEN' },
    asOf: '2010-01-01',
    actors: [],
    kinds: [],
    interventions: Array.from({ length }, (_, i) => ({
      id: `i${i}`,
      kind: 'kommunal-insats',
      actor: ACTORS[i % ACTORS.length],
      title: `Insats nummer ${i + 1}`,
      start: day(i * 3),
      end: day(i * 3 + 9),
    })),
  };
}

test('a thousand interventions: the table shows 100 rows a page, turned by click and keyboard, and follows the chosen bar', async ({
  resan,
  page,
}) => {
  test.slow(); // a thousand bars to draw on a busy machine
  await resan.open();
  await resan.openFileContent('tusen.json', JSON.stringify(thousand()));
  await expect(page.getByTestId('journey-heading')).toContainText('P-TUSEN');
  const section = page.getByRole('region', { name: 'Insatser' });
  const table = section.getByRole('table');
  const rows = table.locator('tbody tr');
  const pages = section.getByRole('navigation', { name: 'Sidor i tabellen Insatser' });
  const status = pages.getByRole('status');

  await expect(rows).toHaveCount(100);
  await expect(status).toHaveText('Rad 1–100 av 1 000, sida 1 av 10');
  await expect(rows.first().getByRole('rowheader')).toContainText('Insats nummer 1');
  const previous = pages.getByRole('button', { name: /Föregående 100/ });
  const next = pages.getByRole('button', { name: /Nästa 100/ });
  await expect(previous).toBeDisabled();

  // By mouse.
  await next.click();
  await expect(status).toHaveText('Rad 101–200 av 1 000, sida 2 av 10');
  await expect(rows).toHaveCount(100);
  await expect(rows.first().getByRole('rowheader')).toContainText('Insats nummer 101');

  // By keyboard: Enter and Space on the buttons, reached with Tab.
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Rad 201–300 av 1 000, sida 3 av 10');
  await page.keyboard.press(' ');
  await expect(status).toHaveText('Rad 301–400 av 1 000, sida 4 av 10');
  await page.keyboard.press('Shift+Tab');
  await expect(previous).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Rad 201–300 av 1 000, sida 3 av 10');
  await expect(rows.first().getByRole('rowheader')).toContainText('Insats nummer 201');

  // A bar chosen in the chart (by keyboard, as it is far outside the view) shows its row.
  const bar = page.locator('[data-bar="i999"]');
  await bar.focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Rad 901–1 000 av 1 000, sida 10 av 10');
  await expect(rows).toHaveCount(100);
  const chosen = table.locator('tbody tr[aria-current="true"]');
  await expect(chosen).toHaveCount(1);
  await expect(chosen.getByRole('rowheader')).toContainText('Insats nummer 1000');
  await expect(next).toBeDisabled();
});

test('a journey of up to 100 interventions has no pages: every row, as before', async ({ resan, page }) => {
  await resan.open();
  const section = page.getByRole('region', { name: 'Insatser' });
  await expect(section.getByRole('table').locator('tbody tr').first()).toBeVisible();
  await expect(section.getByRole('navigation')).toHaveCount(0);
});

test('the pages and the chosen row are axe-clean in both languages', async ({ resan, page }, testInfo) => {
  test.slow(); // axe over a chart of 150 bars, twice
  await resan.open();
  await resan.openFileContent('hundrafemtio.json', JSON.stringify(thousand(150)));
  await page.locator('[data-bar="i120"]').focus();
  await page.keyboard.press('Enter');
  const pages = page.getByRole('navigation', { name: 'Sidor i tabellen Insatser' });
  await expect(pages.getByRole('status')).toHaveText('Rad 101–150 av 150, sida 2 av 2');
  await expectNoViolations(page, testInfo, 'the interventions table, page 2 of 2, a row chosen', {
    bestPractice: true,
  });
  await page.getByRole('button', { name: 'English' }).click();
  const english = page.getByRole('navigation', { name: 'Pages of the table Interventions' });
  await expect(english.getByRole('status')).toHaveText('Rows 101–150 of 150, page 2 of 2');
  await expectNoViolations(page, testInfo, 'the same in English', { bestPractice: true });
});
