/**
 * Issue 25, item 11: the personnummer spellings the attack run got through, in the built app:
 * a journey file (values, titles, deep property names and deep values), the participant form,
 * and the Kohort CSV, which names each row and column. A wrong check digit is never flagged.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The attack run's spellings of 811228-9874 (valid check digit). */
const SPELLINGS = [
  'P-811228-9874',
  '811228 - 9874',
  '1981-12-28-9874',
  '811228  9874',
  '811228/9874',
  '\u0668\u0661\u0661\u0662\u0662\u0668-\u0669\u0668\u0667\u0664',
];
const wrong = (s: string) => s.replace(/4$/, '5').replace(/\u0664$/, '\u0665');

const journey = (texts: string[]) => ({
  format: 'journey',
  version: 1,
  id: 'pnr-spellings',
  participant: { ref: 'P-PNR' },
  interventions: [
    { id: 'a', kind: 'sfi', start: '2025-01-01', end: '2025-03-31', title: texts[0], notes: texts[1] },
    { id: 'b', kind: 'komvux', start: '2025-04-01', 'x-deep': { list: [{ note: texts[2] }] } },
  ],
  'x-index': { [texts[3]]: 'P-PNR', nested: { [texts[4]]: { v: texts[5] } } },
});

test('every spelling, in every place of an opened file, is warned about; wrong check digits are not', async ({
  resan,
}) => {
  await resan.open();
  await resan.openFileContent('pnr.json', JSON.stringify(journey(SPELLINGS)));
  const report = resan.importReport();
  await expect(report.getByText('ser ut som ett personnummer')).toHaveCount(SPELLINGS.length);
  for (const path of ['interventions[0].title', 'interventions[0].notes', '.note', '["x-index"]', 'nested', '.v'])
    await expect(report).toContainText(path);

  await resan.openFileContent(
    'not-pnr.json',
    JSON.stringify({ ...journey(SPELLINGS.map(wrong)), id: 'wrong', participant: { ref: 'P-WRONG' } }),
  );
  await expect(resan.importReport().getByText('ser ut som ett personnummer')).toHaveCount(0);
});

test('the participant form warns about every spelling, not about a wrong check digit', async ({ resan, page }) => {
  await resan.open();
  await page.getByTestId('toolbar').getByRole('button', { name: 'Ny resa', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Ny resa' });
  await form.getByRole('textbox', { name: 'Referens' }).fill('P-1');
  await form.getByRole('button', { name: 'Skapa resan' }).click();
  await page.getByRole('button', { name: 'Ändra deltagaruppgifter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deltagaruppgifter' });
  const ref = dialog.getByRole('textbox', { name: 'Referens' });
  for (const s of SPELLINGS) {
    await ref.fill(s);
    await expect(dialog.getByTestId('participant-personnummer'), s).toContainText('ser ut som ett personnummer');
    await ref.fill(wrong(s));
    await expect(dialog.getByTestId('participant-personnummer'), wrong(s)).toHaveCount(0);
  }
});

async function loadCsv(page: Page, name: string, text: string) {
  await page.getByTestId('nav-cohort').click();
  await expect(page.getByTestId('cohort-load')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('cohort-load').getByRole('button', { name: 'Läs in filer…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test('the Kohort CSV names the row and column of every personnummer', async ({ resan, page }) => {
  await resan.open();
  const rows = SPELLINGS.map((s, i) =>
    i % 2 === 0 ? `${s};Komvux;2026-01-12;Kurs ${wrong(s)}` : `P-${i};Komvux;2026-01-12;Kurs ${s}`,
  );
  await loadCsv(page, 'pnr.csv', ['deltagare;insats;startdatum;titel', ...rows].join('\r\n') + '\r\n');
  const problems = page.getByTestId('cohort-load-problems');
  await expect(problems).toBeVisible({ timeout: 30_000 });
  await expect(problems.getByText('ser ut som ett personnummer')).toHaveCount(SPELLINGS.length);
  for (const i of SPELLINGS.keys())
    await expect(problems).toContainText(
      `pnr.csv, rad ${i + 2}, kolumn ${i % 2 === 0 ? 'deltagare' : 'titel'}: ser ut som ett personnummer`,
    );
  await expect(problems).not.toContainText('värden ser ut som personnummer');
});

test('a personnummer as the reference never reaches a download name, and the confirmation says so', async ({
  resan,
  page,
}) => {
  await resan.open();
  await resan.openFileContent(
    'pnr-ref.json',
    JSON.stringify({ ...journey(['x', 'x', 'x', 'x', 'x', 'x']), participant: { ref: '811228-9874' } }),
  );
  await expect(page.getByTestId('journey-heading')).toContainText('811228-9874');
  const asked: string[] = [];
  page.on('dialog', (d) => {
    asked.push(d.message());
    void d.accept();
  });
  const names: string[] = [];
  for (const button of ['Exportera resa (JSON)', 'Exportera fynd (CSV)', /Tidslinje som SVG/]) {
    await resan.openMenu('Exportera');
    const pending = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    names.push((await pending).suggestedFilename());
  }
  expect(names).toEqual([
    expect.stringMatching(/^deltagare-\d{4}-\d\d-\d\d\.json$/),
    expect.stringMatching(/^deltagare-fynd-\d{4}-\d\d-\d\d\.csv$/),
    expect.stringMatching(/^resan-tidslinje-deltagare-\d{4}-\d\d-\d\d\.svg$/),
  ]);
  expect(asked).toHaveLength(3);
  for (const message of asked) expect(message).toContain('Filens namn får inget personnummer (där står ”deltagare”)');
});
