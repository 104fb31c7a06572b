/**
 * Issue 25, WCAG 4.1.3: in "Redigera i tidslinjen", a bar moved with the arrow keys says its new
 * dates through the page's live region, in Swedish and in English (dates as date-fns writes them).
 */
import { format } from 'date-fns';
import { enGB, sv } from 'date-fns/locale';
import { expect, test } from './fixtures';

/** "29 sep. 2025" / "29 Sep 2025": date-fns's "d MMM yyyy" of a calendar day. */
const day = (iso: string, locale: typeof sv) => format(new Date(`${iso}T12:00:00`), 'd MMM yyyy', { locale });

test('an arrow key moves a bar and the live region says its new dates; Alt+arrow its new end; in English too', async ({
  resan,
  page,
}) => {
  const name = 'Arbetspraktik: Praktik på Solgläntans vård- och omsorgsboende';
  await resan.open();
  const live = page.getByTestId('announcer');
  await expect(live).toHaveAttribute('aria-live', 'polite');
  await page.getByRole('button', { name: 'Redigera i tidslinjen' }).click();
  const bar = page.locator('[data-bar="prak"]');
  const start = (await bar.getAttribute('data-start'))!;
  await bar.focus();
  await page.keyboard.press('ArrowRight');
  await expect(bar).not.toHaveAttribute('data-start', start);
  const [from, to] = [(await bar.getAttribute('data-start'))!, (await bar.getAttribute('data-end'))!];
  await expect(live).toHaveText(`Flyttad: ${name}, ${day(from, sv)} – ${day(to, sv)}.`);

  // A week back with Shift: said again, with the dates of now.
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(bar).not.toHaveAttribute('data-start', from);
  const [from2, to2] = [(await bar.getAttribute('data-start'))!, (await bar.getAttribute('data-end'))!];
  await expect(live).toHaveText(`Flyttad: ${name}, ${day(from2, sv)} – ${day(to2, sv)}.`);

  // Alt + arrow moves the end only.
  await page.keyboard.press('Alt+ArrowRight');
  await expect(bar).not.toHaveAttribute('data-end', to2);
  await expect(live).toHaveText(`Nytt slut: ${name}, ${day((await bar.getAttribute('data-end'))!, sv)}.`);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(bar).toHaveAttribute('aria-label', /^Work experience placement: /);
  await bar.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(bar).not.toHaveAttribute('data-start', from2);
  const [from3, to3] = [(await bar.getAttribute('data-start'))!, (await bar.getAttribute('data-end'))!];
  await expect(live).toHaveText(
    `Moved: Work experience placement: Praktik på Solgläntans vård- och omsorgsboende, ${day(from3, enGB)} – ${day(to3, enGB)}.`,
  );
});
