/**
 * The law as of 2026 in the app: a sickness period crossing day 180 within the next 90 days
 * shows its tick, the rule in the details and the finding; the rules page lists every
 * built-in kind with its source in both languages and passes axe.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { BUILT_IN_KINDS } from '../src/domain';
import { expectNoViolations } from './axe';
import { EVERY_50_MS, expect, examplesDir, test } from './fixtures';

// 06: asOf 2025-12-15; the open-ended sp3 from 2025-08-29 reaches day 180 on 2026-02-24, 71 days on.
const SICKNESS = join(examplesDir, '06-sickness-milestones.json');

// The sickness example's three checks in one page, one step each.
test('a sickness period crossing day 180 soon: the tick, the rule in the details and the finding; the findings CSV keeps the milestones; a rule sentence opens the rules page at its kind', async ({
  resan,
  page,
}) => {
  await resan.open();
  await resan.openFile(SICKNESS);
  await expect(page.getByTestId('journey-heading')).toContainText('P-EX-06');
  await test.step('the tick, the rule in the details and the finding', async () => {
    const bar = page.locator('[data-bar="sp3"]');
    // The ticks are drawn beside the bar's button, in its tags (the name says them in words).
    const tick = page.locator('[data-tags="sp3"] [data-milestone="180"]');
    await expect(tick).toHaveAttribute('data-date', '2026-02-24');
    await expect(tick).toHaveAttribute('data-upcoming', 'true');
    await expect(tick.locator('text')).toHaveText('dag 180');
    await expect(bar).toHaveAttribute('aria-label', /Dag 180 i sjukperioden: 24 feb\. 2026/);
    // The first period's milestones sit on the spell they fall in: day 90 on sp2's first day.
    await expect(page.locator('[data-tags="sp2"] [data-milestone="90"]')).toHaveAttribute('data-date', '2025-01-29');

    await bar.click();
    const details = page.getByTestId('details');
    await expect(details.getByTestId('sickness-chain')).toContainText('Dag 180: 24 feb. 2026 (om 71 dagar)');
    await expect(details).toContainText(
      'Från dag 181 bedöms arbetsförmågan mot arbeten som normalt förekommer på arbetsmarknaden, utom när det är sannolikt att personen kan gå tillbaka till arbete hos arbetsgivaren inom ett år',
    );

    const finding = resan.section('cliffs').getByTestId('upcoming-milestones').locator('li');
    await expect(finding).toHaveCount(1);
    await expect(finding).toContainText('Dag 180 i sjukperioden om 71 dagar');
    // The chosen spell shows as chosen in the list; choosing the finding again lets go, and once more chooses it.
    const button = finding.getByRole('button').first();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await button.click();
    await expect(bar).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(bar).toHaveAttribute('aria-pressed', 'true');
  });
  await test.step('the findings CSV keeps the sickness milestones', async () => {
    await resan.openMenu('Exportera');
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportera fynd (CSV)' }).click();
    const text = (await readFile((await (await pending).path())!, 'utf8')).replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(text.trim()).data.filter((r) => r[0].startsWith('Sjukperiod'));
    expect(rows.map((r) => [r[0], r[2], r[3], r[6]])).toEqual([
      ['Sjukperiod, dag 90', '2025-01-29', '90', ''],
      ['Sjukperiod, dag 180', '2025-04-29', '180', ''],
      ['Sjukperiod, dag 90', '2025-11-26', '90', ''],
      ['Sjukperiod, dag 180', '2026-02-24', '180', 'inom kort'],
      ['Sjukperiod, dag 365', '2026-08-28', '365', 'senare'],
    ]);
  });
  await test.step('a rule sentence in the details opens the rules page at its kind', async () => {
    await page.locator('[data-bar="nsj"]').click();
    await page.getByTestId('details-rule').getByRole('button', { name: 'Regler och källor för Nystartsjobb' }).click();
    const row = page.locator('#rule-nystartsjobb');
    await expect(row).toBeFocused();
    await expect(row).toContainText('Förordningen (2018:43) om stöd för nystartsjobb');
  });
});

// The file format (in Swedish) and then the rules page in both languages, in one page, one step each.
test('the rules page links to the file format (docs/format.md), shown in the app, and back; it lists every built-in kind with its source, in Swedish and English, and back', async ({
  resan,
  page,
}, testInfo) => {
  test.slow(); // two axe audits of long pages: room on a busy machine, not a speed test
  await resan.open();
  await test.step('the file format, shown in the app, and back', async () => {
    await page.getByTestId('nav-rules').click();
    const link = page.getByTestId('rules-page').getByRole('button', { name: /Filformatet och definitionerna/ });
    await link.click();
    const doc = page.getByTestId('format-page');
    const title = doc.getByRole('heading', { level: 1 });
    await expect(title).toHaveText('The journey file and what Resan computes from it');
    await expect(title).toBeFocused();
    await expect(doc.locator('article')).toHaveAttribute('lang', 'en');
    // The document as written: its sections, the generated table of kinds, the worked examples.
    await expect(doc.getByRole('heading', { level: 2, name: 'Built-in kinds and actors' })).toBeVisible();
    await expect(doc.getByRole('cell', { name: 'introduktionsjobb', exact: true })).toBeVisible();
    await expect(doc.locator('pre code').first()).toContainText('deltagare;insats;startdatum');
    // A contents entry leads to its section.
    await doc.getByRole('link', { name: 'Small cells' }).click();
    await expect(doc.locator('#format-small-cells')).toBeInViewport();
    await expectNoViolations(page, testInfo, 'the file format page');

    await doc.getByRole('button', { name: /Tillbaka till Regler och källor/ }).click();
    await expect(page.getByTestId('rules-page')).toBeVisible();
    await expect(page.getByTestId('rules-format-link')).toBeFocused();
  });
  await test.step('every built-in kind with its source, in Swedish and English, and back', async () => {
    const opener = page.getByTestId('nav-rules');
    await opener.click();
    const rules = page.getByTestId('rules-page');
    await expect(rules.getByRole('heading', { level: 1 })).toHaveText('Regler och källor');
    const rows = rules.getByTestId('rules-kinds').locator('tbody tr');
    await expect(rows).toHaveCount(BUILT_IN_KINDS.length);
    // Every row read at once (one call, not two per kind): kind, its name cell and its source.
    const read = () =>
      rows.evaluateAll((trs) =>
        trs.map((tr) => [
          tr.getAttribute('data-kind'),
          tr.querySelector('th')?.textContent ?? '',
          tr.querySelector('.rules-source')?.textContent ?? '',
        ]),
      );
    const expected = (language: 'sv' | 'en') =>
      BUILT_IN_KINDS.map((k) => [k.id, `${k.label[language]} ${k.id}`, k.source![language]]);
    expect(await read()).toEqual(expected('sv'));
    // The holidays as they stood: annandag pingst in 2004, nationaldagen from 2005.
    const pingst = rules.locator('tr[data-holiday="annandagPingst"] td');
    await expect(pingst.first()).toHaveText('31 maj 2004');
    await expect(pingst.nth(1)).toHaveText('ingen helgdag');
    // The page in Swedish is audited (with best practice) in axeBestPractice.spec.ts; here the English, once in the suite.

    await page.getByRole('button', { name: 'English' }).click();
    await expect(rules.getByRole('heading', { level: 1 })).toHaveText('Rules and sources');
    await expect.poll(read, EVERY_50_MS).toEqual(expected('en'));
    await expectNoViolations(page, testInfo, 'the rules page (English)', { bestPractice: true });

    await rules.getByRole('button', { name: /Back to the journey/ }).click();
    await expect(page.getByTestId('timeline')).toBeVisible();
    await expect(page.getByTestId('nav-rules')).toBeFocused();
  });
});
