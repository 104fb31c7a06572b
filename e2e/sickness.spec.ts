/**
 * Sickness and the rules page (issue 21), as a person builds it with the mouse: a new journey,
 * an introduktionsjobb, a sjukpenning whose first day of sickness lies in that job (its
 * employer's sick-pay days count, SFB 27 kap. 51 §) and a later one without an employment
 * (46 §). The first period's days 90 and 180 are steps of the chain and day 180 is upcoming;
 * the second's are plain day marks, never upcoming. Then the rules page in both languages.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** "Lägg till ▾", "+ Ny insats", a kind chosen by a click on the first match. */
async function newIntervention(page: Page, search: string) {
  await page.getByRole('button', { name: 'Lägg till ▾' }).click();
  await page.getByRole('button', { name: '+ Ny insats' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ny insats' });
  await dialog.getByRole('combobox', { name: 'Sök insatstyp' }).fill(search);
  await dialog.getByRole('listbox', { name: 'Insatstyp' }).getByRole('option').first().click();
  return dialog;
}

const field = (dialog: ReturnType<Page['getByRole']>, name: string) =>
  dialog.getByRole('textbox', { name, exact: true });

const FIRST_SICK_DAY = 'Första sjukdag, om före sjukpenningen';

test('a sickness period in an introduktionsjobb and one without: ticks, details, findings and the rules page', async ({
  resan,
  page,
}, testInfo) => {
  test.slow(); // many form steps on a shared machine
  await resan.open();

  // A new journey: born 1996 (for aktivitetsersättning's warning), reference day 15 January 2026.
  await page.getByTestId('toolbar').getByRole('button', { name: 'Ny resa', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Ny resa' });
  await form.getByRole('textbox', { name: 'Referens' }).fill('P-SJUK');
  await form.getByRole('textbox', { name: 'Födelseår' }).fill('1996');
  await form.getByRole('radio', { name: 'Ett bestämt datum' }).click();
  await form.getByRole('textbox', { name: 'Referensdag (datum)' }).fill('2026-01-15');
  await form.getByRole('button', { name: 'Skapa resan' }).click();
  await expect(form).toBeHidden();

  // Aktivitetsersättning with only the birth year: the form warns as the importer does; cancelling keeps nothing.
  let dialog = await newIntervention(page, 'aktivitetsers');
  await expect(field(dialog, FIRST_SICK_DAY)).toHaveCount(0);
  await field(dialog, 'Start').fill('2024-07-01');
  await expect(dialog).toContainText(
    'deltagaren fyller 30 år 2026 och bara födelseåret är känt: aktivitetsersättningen kan upphöra redan efter 2025-12-31',
  );
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('empty-journey')).toBeVisible();

  // The introduktionsjobb.
  dialog = await newIntervention(page, 'introduktionsjobb');
  await field(dialog, 'Start').fill('2025-03-03');
  await field(dialog, 'Planerat slut (beslut)').fill('2026-03-02');
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The first sjukpenning: a first day after the start is refused in the importer's words, one before it is kept.
  dialog = await newIntervention(page, 'sjukpenning');
  const sickFrom = field(dialog, FIRST_SICK_DAY);
  await expect(sickFrom).toHaveAccessibleDescription(/sjuklönedagar 1–14 räknas in.*27 kap\. 51 §/);
  await field(dialog, 'Start').fill('2025-09-15');
  await field(dialog, 'Planerat slut (beslut)').fill('2026-04-30');
  await sickFrom.fill('2025-09-20');
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(dialog).toBeVisible();
  await expect(sickFrom).toBeFocused();
  await expect(sickFrom).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toContainText('första sjukdagen 2025-09-20 är efter sjukpenningens start 2025-09-15');
  await sickFrom.fill('2025-09-01');
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The later sjukpenning, after the job has ended: no employment when its period began.
  dialog = await newIntervention(page, 'sjukpenning');
  await field(dialog, 'Start').fill('2026-08-03');
  await field(dialog, 'Planerat slut (beslut)').fill('2027-03-31');
  await dialog.getByRole('button', { name: 'Spara', exact: true }).click();
  await expect(dialog).toBeHidden();

  // The ticks: counted from 1 September 2025, day 90 is 29 November, day 180 is 27 February (in 43 days).
  const first = page.locator('[data-bar][data-start="2025-09-15"]');
  const second = page.locator('[data-bar][data-start="2026-08-03"]');
  // The ticks are drawn beside each bar's button, in its tags (the name says them in words).
  const marks = async (bar: typeof first) => page.locator(`[data-tags="${await bar.getAttribute('data-bar')}"]`);
  const day90 = (await marks(first)).locator('[data-milestone="90"]');
  const day180 = (await marks(first)).locator('[data-milestone="180"]');
  await expect(day90).toHaveAttribute('data-date', '2025-11-29');
  await expect(day180).toHaveAttribute('data-date', '2026-02-27');
  for (const tick of [day90, day180]) {
    await expect(tick).toHaveClass(/milestone-step/);
    await expect(tick).toHaveAttribute('data-employed', 'true');
  }
  await expect(day180).toHaveAttribute('data-upcoming', 'true');
  await expect(day90).toHaveAttribute('data-upcoming', 'false');
  const plain = (await marks(second)).locator('[data-milestone]');
  await expect(plain).toHaveCount(2);
  for (const [i, date] of ['2026-10-31', '2027-01-29'].entries()) {
    await expect(plain.nth(i)).toHaveClass(/milestone-plain/);
    await expect(plain.nth(i)).not.toHaveClass(/milestone-step/);
    await expect(plain.nth(i)).toHaveAttribute('data-upcoming', 'false');
    await expect(plain.nth(i)).toHaveAttribute('data-date', date);
  }
  // Not only drawn: the bar's name says it is a day mark.
  await expect(second).toHaveAttribute(
    'aria-label',
    /Dag 90 i sjukperioden: 31 okt\. 2026 \(dagmärke: ingen anställning/,
  );
  await expect(page.getByTestId('legend')).toContainText('Dag 90, 180 och 365 i en sjukperiod utan anställning');

  // The details of the first: counted from the first day of sickness, the steps with 48 §'s exceptions.
  await first.click();
  const details = page.getByTestId('details');
  await expect(details.getByTestId('details-notes')).toContainText(
    'Dagarna räknas från första sjukdagen 1 sep. 2025 (sjuklönedagarna medräknade, SFB 27 kap. 51 §).',
  );
  const chain = details.getByTestId('sickness-chain');
  await expect(chain).toContainText('Dag 180: 27 feb. 2026 (om 43 dagar)');
  await expect(chain).toContainText('sjukperioder med färre än 90 dagar emellan läggs samman (SFB 27 kap. 51 §)');
  await expect(chain).toContainText(
    'utom när det är sannolikt att personen kan gå tillbaka till arbete hos arbetsgivaren inom ett år, eller när det finns särskilda skäl, bland annat allvarlig sjukdom, att anta att personen kan gå tillbaka dit före dag 550',
  );
  await chain.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('details-employed.png') });
  await page.keyboard.press('Escape');

  // The second: from its start, day marks only, and why.
  await second.click();
  await expect(details.getByTestId('details-notes')).toContainText(
    'Dagarna räknas från sjukpenningens start 3 aug. 2026',
  );
  await expect(chain).toContainText(
    'Ingen anställning när sjukperioden började: arbetsförmågan prövas mot arbeten som normalt förekommer på arbetsmarknaden från första dagen (SFB 27 kap. 46 §). Dag 90 och 180 är här bara dagmärken.',
  );
  await expect(chain).toContainText('Dag 90: 31 okt. 2026, dagmärke');
  await expect(chain).not.toContainText('Från dag 91');
  await chain.scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('details-unemployed.png') });
  await page.keyboard.press('Escape');

  // The findings: one upcoming day, the first period's day 180; the job's end with its headroom.
  const upcoming = resan.section('cliffs').getByTestId('upcoming-milestones').locator('li');
  await expect(upcoming).toHaveCount(1);
  await expect(upcoming).toContainText('Dag 180 i sjukperioden om 43 dagar');
  await expect(resan.section('cliffs')).toContainText('Möjlig förlängning: 12 hela månader kvar till längsta tiden.');

  // The rules page, in Swedish.
  await page.getByTestId('nav-rules').click();
  const rules = page.getByTestId('rules-page');
  await expect(rules.getByRole('heading', { level: 1 })).toHaveText('Regler och källor');
  const table = rules.getByTestId('rules-kinds');
  const row = (kind: string) => table.locator(`tr[data-kind="${kind}"]`);
  const definition = (d: string) => rules.locator(`[data-definition="${d}"]`);
  await expect(table.locator('thead')).toContainText('Per beslut/anvisning');
  await expect(row('lonebidrag')).toContainText('96 mån');
  await expect(row('lonebidrag').getByTestId('total-unconfirmed')).toHaveText('totalt: ej bekräftat');
  await expect(row('arbetstraning').locator('td').nth(3)).toHaveText('–');
  await expect(row('aktivitetsersattning')).toContainText('till och med månaden innan 30 års ålder');
  await expect(row('introduktionsjobb')).toContainText('tidigare tid med stödet räknas in');
  await expect(row('rusta-och-matcha')).toContainText('Leverantör (på uppdrag av AF)');
  await expect(row('sfi')).toContainText('sfi – svenska för invandrare');
  await expect(definition('milestone')).toContainText('kalenderdagar i sjukperioden från första sjukdagen');
  await expect(definition('employed')).toContainText('bland annat allvarlig sjukdom');
  await expect(definition('unemployed')).toContainText('från första dagen (socialförsäkringsbalken 27 kap. 46 §)');
  await expect(definition('forsteg')).toContainText('ett lokalt ord, inte ett begrepp i lag');
  await expect(definition('ruleLimit')).toContainText('(förordningen (2018:42) om särskilt anställningsstöd, 11 §)');
  await expect(rules).toContainText('jämställs med söndag (semesterlagen 3 a §)');
  await expect(rules).not.toContainText('i praktiken)');
  await expect(rules.getByTestId('rules-sources')).toContainText(
    'Förordningen (2000:634) om arbetsmarknadspolitiska program, 7 §',
  );
  await page.screenshot({ path: testInfo.outputPath('rules-sv.png') });
  await definition('employed').scrollIntoViewIfNeeded();
  await page.screenshot({ path: testInfo.outputPath('rules-sv-definitions.png') });
  // The rules page (the same page whatever journey is open, but for the year in its holiday table) is audited by axe in
  // Swedish in axeBestPractice.spec.ts and in English in law.spec.ts.

  // In English, switched as a person would.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(rules.getByRole('heading', { level: 1 })).toHaveText('Rules and sources');
  await expect(table.locator('thead')).toContainText('Per decision/referral');
  await expect(row('lonebidrag').getByTestId('total-unconfirmed')).toHaveText('total: not confirmed');
  await expect(row('aktivitetsersattning')).toContainText('up to and including the month before the age of 30');
  await expect(row('rusta-och-matcha')).toContainText('Provider (commissioned by AF)');
  await expect(definition('employed')).toContainText('among them serious illness');
  await expect(definition('unemployed')).toContainText('from the first day (socialförsäkringsbalken ch. 27 § 46)');
  await expect(definition('forsteg')).toContainText('a local word, not a statutory term');
  await expect(rules).toContainText('treated as Sundays (semesterlagen 3 a §)');
  await expect(rules.getByTestId('rules-sources')).toContainText(
    'Förordningen (2000:634) on labour-market programmes, 7 §',
  );
});
