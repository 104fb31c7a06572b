/**
 * Issue 25, item 12: CSV bombs given to the Kohort loader. Each is read in the worker and
 * refused with its place, once (not 200,000 "okänd kolumn" lines). The main thread's longest
 * task while it runs (from choosing the file, the Kohort view already drawn) is measured
 * (PerformanceObserver, longtask) and logged, never asserted: it depends on the machine.
 */
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { longestText, watchLongestTask } from './longTasks';

test.describe.configure({ timeout: 180_000 });

const BOMBS = [
  {
    name: 'unclosed.csv',
    text: () => 'deltagare;insats;startdatum\r\nP-1;Komvux;"' + 'x'.repeat(20 * 1024 * 1024),
    line: 'unclosed.csv, rad 2, kolumn #3: filen läses inte: cellen har fler än 10000 tecken',
  },
  {
    name: 'wide.csv',
    text: () => Array.from({ length: 200_000 }, (_, i) => `k${i}`).join(';') + '\r\nP-1;Komvux;2026-01-12\r\n',
    line: 'wide.csv, rad 1, kolumn #101: filen läses inte: raden har fler än 100 kolumner',
  },
];

for (const bomb of BOMBS) {
  test(`${bomb.name} is refused once, with its place`, async ({ resan, page }, testInfo) => {
    await resan.open();
    await page.getByTestId('nav-cohort').click();
    await expect(page.getByTestId('cohort-load')).toBeVisible();
    // Watched from when the Kohort view has drawn its demo cohort: the bound is for the load.
    await expect(page.locator('.cohort-body')).toHaveAttribute('aria-busy', 'false');
    const longestTask = await watchLongestTask(page);
    const chooser = page.waitForEvent('filechooser');
    await page.getByTestId('cohort-load').getByRole('button', { name: 'Läs in filer…' }).click();
    // Chosen from the disk by its path: Chromium reads it there, not tens of MB sent over the
    // DevTools protocol as a buffer would be.
    const path = testInfo.outputPath(bomb.name);
    writeFileSync(path, bomb.text());
    await (await chooser).setFiles(path);
    const problems = page.getByTestId('cohort-load-problems');
    await expect(problems).toContainText(bomb.line, { timeout: 120_000 });
    await expect(problems.locator('li')).toHaveCount(1); // the one limit it breaks
    await expect(problems).not.toContainText('okänd kolumn');
    const longest = await longestTask();
    console.log(`${bomb.name}: longest main-thread task while loading: ${longestText(longest)}`);
  });
}
