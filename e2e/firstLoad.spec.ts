/**
 * What the first screen loads (issue #11): its JavaScript within 150 KB gzipped, without the
 * English messages or the importer's zod; and a remembered English shows English from the
 * first text drawn. Nothing here times anything: sizes and texts only.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

/** Records, from the page's first moment, the time the first bar is in the DOM. */
function watchFirstBar() {
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-bar]')) return;
    (window as unknown as { firstBarAt: number }).firstBarAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/** Records every text the app header's tagline and the chart's heading have shown. */
function watchTexts() {
  const seen = new Set<string>();
  (window as unknown as { seenTexts: Set<string> }).seenTexts = seen;
  const note = () => {
    for (const el of document.querySelectorAll('.tagline, h2')) if (el.textContent) seen.add(el.textContent);
  };
  new MutationObserver(note).observe(document, { childList: true, subtree: true, characterData: true });
}

test('the first screen loads at most 150 KB of JavaScript (gzipped), without English or zod', async ({
  resan,
  page,
}) => {
  await page.addInitScript(watchFirstBar);
  await resan.open();
  await expect(page.locator('[data-bar]').first()).toBeAttached();
  const urls = await page.evaluate(() => {
    const at = (window as unknown as { firstBarAt: number }).firstBarAt;
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime <= at && new URL(e.name).pathname.endsWith('.js'))
      .map((e) => e.name);
  });
  expect(urls.length).toBeGreaterThan(0);
  let total = 0;
  for (const url of urls) {
    const body = await (await page.request.get(url)).body();
    total += gzipSync(body, { level: 9 }).length;
    const text = body.toString('utf8');
    // The English messages (the app's tagline in English) and zod (its error class) come later.
    expect(text.includes("A participant's path through interventions"), `English messages in ${url}`).toBe(false);
    expect(text.includes('ZodError'), `zod in ${url}`).toBe(false);
  }
  console.log(`first screen: ${urls.length} files, ${(total / 1024).toFixed(1)} KB gzipped`);
  // 150 KB (issue #11). Raised to 153 KB on 2026-12-06 (issues #24, #25), back to 150 with issue #26: the Swedish words of
  // opening files and their problems, the side-by-side view, the details panel, the print dialog and the way back to a
  // cohort load with what shows them (149.9 KB then).
  // Merged the same day with files only (issue #25 item 13: the mode's label, "Spara i fil" and the leave-page
  // question), the kinds' textures (#25 item 6) and the sliced drawing (#26): 152.9 KB. Raised to 153.5 KB in the
  // open, then back to 150: applying and comparing scenarios, with the chart's overlay and the summary, load the
  // first time a scenario is on (146.9 KB).
  expect(total).toBeLessThanOrEqual(150 * 1024);
});

test('a remembered English shows English from the first text drawn, never Swedish first', async ({ resan, page }) => {
  await resan.open();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await page.addInitScript(watchTexts);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const seen = await page.evaluate(() => [...(window as unknown as { seenTexts: Set<string> }).seenTexts]);
  expect(seen).toContain('Timeline');
  expect(seen).toContain("A participant's path through interventions, gaps and grey zones");
  expect(seen).not.toContain('Tidslinje');
  expect(seen).not.toContain('En deltagares väg genom insatser, glapp och gråzoner');
  // And back to Swedish: the Swedish texts are there at once (they are on the first screen).
  await page.getByRole('button', { name: 'Svenska', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Tidslinje' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
});
