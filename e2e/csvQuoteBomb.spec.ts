/**
 * Issue 25, item 12, the third bomb: rows whose kind cell is 1,000 escaped quotes (so no row
 * can be read). It is read in the worker, within its limits, and the one problem every row has
 * is reported once with its rows, not as a line per row. The page answers a click while the
 * worker reads, and the main thread's longest task from choosing the file to the report is
 * logged (it depends on the machine; not asserted).
 *
 * 2,000 rows by default: papaparse in the worker takes about 1-3 µs per escaped quote, so the
 * issue's 20,000 rows (20 million quotes) take a minute on a shared 2-core machine, too long for
 * `npm test`; RESAN_QUOTE_ROWS=20000 runs the file (src/workers/quoteBomb.bench.ts times
 * the worker's part of it).
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { longestText, watchLongestTask } from './longTasks';

const ROWS = Number(process.env.RESAN_QUOTE_ROWS ?? 2_000);
test.describe.configure({ timeout: ROWS > 2_000 ? 300_000 : 60_000 });

test('rows of 1,000 escaped quotes: one line with its rows, the page answering meanwhile', async ({
  resan,
  page,
}, testInfo) => {
  await resan.open();
  await page.getByTestId('nav-cohort').click();
  const panel = page.getByTestId('cohort-load');
  await expect(panel).toBeVisible();
  await expect(page.locator('.cohort-body')).toHaveAttribute('aria-busy', 'false'); // the demo cohort drawn
  const cell = `"${'""'.repeat(1000)}"`;
  const lines = ['deltagare;insats;startdatum'];
  for (let i = 1; i <= ROWS; i++) lines.push(`P-${i};${cell};2026-01-12`);
  const path = testInfo.outputPath('quotes.csv');
  writeFileSync(path, lines.join('\r\n') + '\r\n');
  const longestTask = await watchLongestTask(page);
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Läs in filer…' }).click();
  await (await chooser).setFiles(path);
  // While the worker reads, a click is answered: the CSV template downloads (a generous bound:
  // a main thread that is free answers in milliseconds).
  const download = page.waitForEvent('download', { timeout: 15_000 });
  await panel.getByRole('button', { name: 'Ladda ner CSV-mall' }).click();
  expect((await download).suggestedFilename()).toBe('resan-kohort-mall.csv');
  const problems = page.getByTestId('cohort-load-problems');
  const count = ROWS.toLocaleString('sv-SE').replace(/\s/g, '\\s');
  await expect(problems).toContainText(
    new RegExp(`quotes\\.csv, ${count} rader \\(2–${ROWS + 1}\\), kolumn insats: okänd insatstyp \\("{60}…\\)`),
    { timeout: ROWS > 2_000 ? 240_000 : 45_000 },
  );
  await expect(problems.locator('li')).toHaveCount(1);
  const longest = await longestTask();
  console.log(`quotes.csv (${ROWS} rows): longest main-thread task while loading: ${longestText(longest)}`);
});
