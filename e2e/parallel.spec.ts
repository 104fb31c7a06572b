/**
 * Issue 21: an sfi beside the main line. Built through the forms with the mouse, as a person
 * would: the sfi marked "Vid sidan av" shows the wait after the försteg, the gaps and the
 * introduktionsjobb's cliff; switched to "Huvudaktivitet" it hides them, and the hint offers
 * to switch it back, one undoable click. (law2026-12.test.ts computes the same numbers.)
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function newIntervention(page: Page, kind: RegExp, search: string, fields: Record<string, string>) {
  await page.getByRole('button', { name: 'Lägg till ▾' }).click();
  await page.getByRole('button', { name: '+ Ny insats' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny insats' });
  await dialog.getByRole('combobox', { name: 'Sök insatstyp' }).fill(search);
  await dialog.getByRole('listbox', { name: 'Insatstyp' }).getByRole('option', { name: kind }).click();
  for (const [label, value] of Object.entries(fields))
    await dialog.getByRole('textbox', { name: label, exact: true }).fill(value);
  return dialog;
}

async function save(dialog: ReturnType<Page['getByRole']>) {
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(dialog).toBeHidden();
}

const WAIT = '[data-finding=wait][data-start="2024-11-22"]';
const GAP = '[data-finding=gap][data-start="2024-11-22"]';
const CLIFF = '[data-finding=cliff]';

test('an sfi beside the main line shows the wait, the gap and the cliff it would hide; the hint switches it back, undoably', async ({
  resan,
  page,
}) => {
  test.slow();
  await resan.open();
  await page.getByTestId('toolbar').getByRole('button', { name: 'Ny resa', exact: true }).click();
  const participant = page.getByRole('dialog', { name: 'Ny resa' });
  await participant.getByRole('textbox', { name: 'Referens' }).fill('P-21');
  await participant.getByRole('radio', { name: 'Ett bestämt datum' }).click();
  await participant.getByRole('textbox', { name: 'Referensdag (datum)' }).fill('2025-12-01');
  await participant.getByRole('button', { name: 'Skapa resan' }).click();
  await expect(participant).toBeHidden();

  // The sfi: the question is asked, with the default; "Vid sidan av" clicked.
  let dialog = await newIntervention(page, /svenska för invandrare/, 'sfi', { Start: '2024-01-08' });
  const main = dialog.getByRole('radio', { name: 'Huvudaktivitet' });
  const beside = dialog.getByRole('radio', { name: 'Vid sidan av – räknas inte som nästa steg' });
  await expect(dialog.getByRole('group', { name: /Huvudaktivitet eller vid sidan av\?/ })).toContainText(
    '(förval: huvudaktivitet)',
  );
  await expect(main).toBeChecked();
  await beside.click();
  await expect(beside).toBeChecked();
  await save(dialog);

  dialog = await newIntervention(page, /^Försteg/, 'försteg', { Start: '2024-09-02', 'Faktiskt slut': '2024-11-21' });
  await expect(dialog.getByRole('radio', { name: 'Huvudaktivitet' })).toHaveCount(0); // not an education
  await save(dialog);
  await save(
    await newIntervention(page, /^Arbetspraktik/, 'arbetspraktik', {
      Start: '2025-02-02',
      'Faktiskt slut': '2025-06-01',
    }),
  );
  await save(
    await newIntervention(page, /^Introduktionsjobb/, 'introduktionsjobb', {
      Start: '2025-06-02',
      'Planerat slut (beslut)': '2026-01-15',
    }),
  );
  await expect(page.locator('[data-bar]')).toHaveCount(4);
  const forsteg = page.locator('[data-bar][data-start="2024-09-02"]');
  await expect(forsteg).toHaveAttribute('data-lane', 'samordningsforbund');

  // Drawn beside the main line: thinner, and said so in its name.
  const sfi = page.locator('[data-bar][data-start="2024-01-08"]');
  await expect(sfi).toHaveAttribute('data-parallel', 'true');
  await expect(sfi).toHaveAttribute('aria-label', /vid sidan av/);
  const sfiHeight = (await sfi.locator('.bar-body').boundingBox())!.height;
  const forstegHeight = (await forsteg.locator('.bar-body').boundingBox())!.height;
  expect(sfiHeight).toBeLessThan(forstegHeight);
  await expect(page.getByTestId('legend')).toContainText('Vid sidan av (räknas inte som nästa steg)');

  // The 72-day wait (2024-11-22..2025-02-01), the gap and the cliff.
  await expect(page.locator(WAIT)).toHaveAttribute('data-days', '72');
  await expect(resan.section('waits')).toContainText('Väntan efter försteg: 72 dagar');
  await expect(page.locator(GAP)).toHaveCount(1);
  await expect(page.locator(CLIFF)).toHaveCount(1);
  await expect(resan.section('cliffs')).toContainText('Introduktionsjobb slutar');
  const ij = page.locator('[data-bar][data-start="2025-06-02"]');
  await ij.locator('.bar-body').click();
  const details = page.getByTestId('details');
  await expect(details.getByRole('button', { name: 'Förläng 6 mån' })).toBeVisible();
  await details.getByRole('button', { name: 'Stäng detaljer' }).click();
  await expect(page.getByTestId('parallel-hints')).toHaveCount(0);

  // The sfi's details say why it is not counted.
  await sfi.locator('.bar-body').click();
  await expect(details.getByTestId('details-parallel')).toContainText(
    'Löper vid sidan av huvudlinjen: räknas inte som nästa steg, fyller inga glapp och ger inget ansvar i gråzoner, men har sina egna maxtider.',
  );
  await expect(details.getByRole('button', { name: 'Räkna som huvudaktivitet' })).toBeVisible();

  // Switched to the main activity through the form: the wait, the gap and the cliff go.
  await details.getByRole('button', { name: 'Ändra' }).click();
  dialog = page.getByRole('dialog', { name: 'Ändra insats' });
  await expect(dialog.getByRole('radio', { name: 'Vid sidan av – räknas inte som nästa steg' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Huvudaktivitet' }).click();
  await save(dialog);
  await expect(sfi).not.toHaveAttribute('data-parallel', 'true');
  await expect(page.locator(WAIT)).toHaveCount(0);
  await expect(page.locator('[data-finding=gap]')).toHaveCount(0);
  await expect(page.locator(CLIFF)).toHaveCount(0);
  await expect(resan.section('waits')).toContainText('ingen väntan');

  // The hint offers to switch it back.
  const hints = page.getByTestId('parallel-hints');
  await expect(hints).toContainText('räknas som huvudaktivitet och döljer en väntan efter försteg på 72 dagar');
  await expect(hints).toContainText('2 glapp och ett slut utan fortsättning. Löper den vid sidan av?');
  await hints.getByRole('button', { name: 'Räkna som vid sidan av' }).click();
  await expect(sfi).toHaveAttribute('data-parallel', 'true');
  await expect(page.locator(WAIT)).toHaveAttribute('data-days', '72');
  await expect(page.locator(GAP)).toHaveCount(1);
  await expect(page.locator(CLIFF)).toHaveCount(1);
  await expect(hints).toHaveCount(0);

  // Ctrl+Z undoes the click: the main activity again, the hint back.
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(sfi).not.toHaveAttribute('data-parallel', 'true');
  await expect(page.locator(WAIT)).toHaveCount(0);
  await expect(page.locator(CLIFF)).toHaveCount(0);
  await expect(hints.getByRole('button', { name: 'Räkna som vid sidan av' })).toBeVisible();
});
