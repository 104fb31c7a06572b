/**
 * One file to hand out (issue 12 item 8): dist-single/resan.html opened from disk, with no
 * server and no network, imports a journey and draws it, and asks nothing of any other place.
 * (Built by `npm run build`; RESAN_SINGLE_DIST names another folder.)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseJourney } from '../src/domain';
import { expect, repoRoot, test } from './fixtures';

const file = join(repoRoot, process.env.RESAN_SINGLE_DIST ?? 'dist-single', 'resan.html');
const journeyFile = join(repoRoot, 'fixtures', 'fk-af-greyzone.json');

test('the single file works from file:// with no server, imports a journey and draws it, and requests nothing', async ({
  page,
}) => {
  test.setTimeout(90_000);
  expect(existsSync(file), `${file} (npm run build makes it)`).toBe(true);
  const html = readFileSync(file, 'utf8');
  // All of it inline: no file beside it is loaded, and the policy allows nothing else.
  expect(html).not.toMatch(/<script[^>]*\ssrc=/);
  expect(html).not.toMatch(/<link[^>]*rel="stylesheet"/);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/script-src 'sha256-[^']+'/);
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');

  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });

  await page.goto(pathToFileURL(file).href);
  await expect(page.getByTestId('journey-heading')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('[data-testid=timeline] [data-bar]').first()).toBeVisible();

  const parsed = parseJourney(readFileSync(journeyFile, 'utf8'));
  if (!parsed.ok) throw new Error('fixture does not parse');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Öppna fil…' }).click();
  await (await chooser).setFiles(journeyFile);
  await expect(page.getByTestId('journey-heading')).toContainText(parsed.journey.participant.ref);
  for (const iv of parsed.journey.interventions)
    await expect(page.locator(`[data-testid=timeline] [data-bar="${iv.id}"]`)).toHaveCount(1);

  // The script and style carried inline ran under the policy: the page is styled and drawn.
  const toolbarBackground = await page.locator('.toolbar').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(toolbarBackground).not.toBe('rgba(0, 0, 0, 0)');

  // The file format travels inside the file: the rules page shows it with no file beside it.
  await page.getByRole('button', { name: 'Regler och källor' }).first().click();
  await page.getByTestId('rules-format-link').click();
  await expect(page.getByTestId('format-page').getByRole('heading', { level: 1 })).toHaveText(
    'The journey file and what Resan computes from it',
  );

  // The Kohort view's figures: workers cannot start from file://, so they are computed in the page.
  await page.getByTestId('nav-cohort').click();
  await expect(page.getByTestId('overview-table')).toBeVisible({ timeout: 60_000 });

  const elsewhere = requests.filter((u) => !/^(file|data|blob):/.test(u));
  expect(elsewhere).toEqual([]);
  expect(blocked).toEqual([]);
});
