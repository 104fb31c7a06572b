/**
 * Issue 28, items 2 and 5, in the built app: labels made of the characters XML does not allow,
 * bidi controls and Markdown/HTML, in a journey and a cohort. The timeline and every cohort chart
 * saved as SVG parse as XML (the browser's own parser), every PNG is made or the chart says why,
 * and the Lex Heller draft's Markdown renders (marked, GFM) to the draft's own elements only.
 */
import type { Download, Locator, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { marked } from 'marked';
import { generateCohort, serializeCohort } from '../src/domain';
import { expect, test } from './fixtures';

/** XML 1.0's forbidden characters (C0 controls, U+FFFE, U+FFFF, a lone surrogate) and the bidi controls. */
const XML_INVALID = '\u0001\u0002\u0007\u0008\u000b\u000c\u000e\u001b\u001f\ufffe\uffff\ud800';
const BIDI = '\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069';
const label = (name: string) =>
  `${name}${XML_INVALID}${BIDI} <b>fet</b> [länk](javascript:alert(1)) https://evil.example`;
const ACTORS = ['af', 'kommun', 'fk', 'region', 'samordningsforbund'].map((id) => ({
  id,
  label: label(id.toUpperCase()),
}));

/**
 * Clicks and gives the file it saves, or null when, instead, `problem` says why there is none.
 * Either must come; nothing else is waited for.
 */
async function saved(page: Page, click: () => Promise<void>, problem?: Locator) {
  const files: Download[] = [];
  const note = (d: Download) => void files.push(d);
  page.on('download', note);
  try {
    await click();
    await expect
      .poll(async () => files.length > 0 || (!!problem && !!(await problem.textContent())), { timeout: 20_000 })
      .toBe(true);
  } finally {
    page.off('download', note);
  }
  const d = files[0];
  return d ? { name: d.suggestedFilename(), data: await readFile((await d.path())!) } : null;
}

/** The browser's XML parser's complaint about a text, or '' when it is well-formed. */
const xmlError = (page: Page, text: string) =>
  page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
    return doc.getElementsByTagName('parsererror')[0]?.textContent ?? '';
  }, text);

test('hostile labels: every chart saved as SVG is well-formed, every PNG made or explained; the draft renders as text', async ({
  resan,
  page,
}) => {
  test.setTimeout(120_000);
  await resan.open();
  const journeys = generateCohort(40, 28, '2026-11-28').map((j) => ({ ...j, actors: ACTORS }));
  // The timeline of one of them (its PNG is drawn from the same SVG).
  await resan.openFileContent('en.json', JSON.stringify({ ...journeys[0], format: 'journey', version: 1 }));
  await expect(page.getByTestId('journey-heading')).toContainText(journeys[0].participant.ref);
  const timeline = await saved(page, async () => {
    await resan.openMenu('Exportera');
    await page.getByRole('button', { name: 'Tidslinje som SVG' }).click();
  });
  expect.soft(await xmlError(page, timeline!.data.toString('utf8')), 'timeline SVG').toBe('');

  // The cohort.
  await page.getByTestId('nav-cohort').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('cohort-load').getByRole('button', { name: 'Läs in filer…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'kohort.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeCohort({ format: 'cohort', version: 1, journeys })),
  });
  await expect(page.getByTestId('cohort-load-status')).toContainText('40 resor lästes in');
  const figures = page.locator('figure.cohort-chart');
  await expect(figures.first()).toBeVisible();
  const ids = await figures.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
  expect(ids).toEqual(expect.arrayContaining(['chart-matrix', 'chart-chronogram', 'chart-sequence']));
  for (const id of ids) {
    const figure = page.getByTestId(id);
    const problem = figure.getByTestId('chart-export-problem');
    const svg = await saved(page, () => figure.locator('button[data-export="svg"]').click(), problem);
    if (svg) expect.soft(await xmlError(page, svg.data.toString('utf8')), `${id} SVG`).toBe('');
    else await expect.soft(problem, `${id} SVG`).toContainText('Diagrammet visas inte här');
    // PNG: the two the attack run saw fail (the matrix threw, the chronogram made nothing); the others are drawn alike.
    if (!['chart-matrix', 'chart-chronogram'].includes(id)) continue;
    const png = await saved(page, () => figure.locator('button[data-export="png"]').click(), problem).catch(() => null);
    if (png) expect.soft(png.data.subarray(1, 4).toString(), `${id} PNG`).toBe('PNG');
    else
      await expect
        .soft(problem, `${id} PNG: a file, or why not`)
        .toContainText(/PNG-bilden kunde inte göras|Diagrammet visas inte här/, { timeout: 1_000 });
  }

  // The draft about a hand-over (the actors' names in its title and text), with a proposal typed in.
  const report = page.getByTestId('report');
  await report.getByTestId('report-finding').selectOption('handover');
  await report
    .getByTestId('report-proposal')
    .fill('<script>alert(1)</script> ![x](https://evil.example/x.png)\n# rubrik');
  const md = (await saved(page, () => report.getByTestId('report-md').click()))!.data.toString('utf8');
  expect(md).toContain('AF');
  const html = marked.parse(md, { async: false });
  const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)([^>]*)>/g)];
  expect(tags.length).toBeGreaterThan(10);
  const foreign = tags.filter(
    ([, tag, attrs]) => !['h1', 'h2', 'p', 'ul', 'li', 'strong', 'em'].includes(tag) || attrs,
  );
  expect(foreign.map((t) => t[0])).toEqual([]);
  expect(tags.filter((t) => t[1] === 'h1')).toHaveLength(1);
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
});
