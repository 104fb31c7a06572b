/**
 * The chart as a picture (issue 12 item 4): SVG built through DOM APIs and made safe to
 * pass on, PNG at twice the chart's size; the timeline, and the comparison when it is open.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

async function save(page: Page, name: string): Promise<{ file: string; bytes: Buffer }> {
  const menu = page.getByRole('button', { name: 'Exportera ▾' });
  if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name }).click();
  const d = await pending;
  return { file: d.suggestedFilename(), bytes: await readFile((await d.path())!) };
}

/** The PNG's own size, from its IHDR chunk (bytes 16–23, big-endian). */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The SVG read back by the browser's XML parser; what could run or reach outside is listed. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const all = [root, ...root.querySelectorAll('*')];
    const problems: string[] = [];
    if (doc.querySelector('parsererror')) problems.push('not well-formed XML');
    for (const el of all) {
      const tag = el.localName.toLowerCase();
      if (['script', 'foreignobject', 'iframe', 'object', 'embed'].includes(tag)) problems.push(`<${tag}>`);
      for (const a of el.attributes) {
        if (a.name.toLowerCase().startsWith('on')) problems.push(`${tag} ${a.name}`);
        if (/(^|:)href$/i.test(a.name) && !a.value.startsWith('#')) problems.push(`${tag} ${a.name}=${a.value}`);
        if (/url\(\s*['"]?(?!#)/i.test(a.value)) problems.push(`${tag} ${a.name}=${a.value}`);
      }
    }
    // A text's own words (a <title> inside it is its tooltip).
    const own = (t: Element) =>
      [...t.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE || n.nodeName === 'tspan')
        .map((n) => n.textContent)
        .join('');
    const texts = [...root.querySelectorAll('text')].map(own).filter((s) => s.trim());
    const laneLabel = [...root.querySelectorAll('text')].find((t) => own(t) === 'Kommunen');
    return {
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      fontFamily: root.getAttribute('font-family') ?? '',
      title: root.querySelector(':scope > title')?.textContent ?? '',
      problems,
      texts,
      // The style sheet's look written onto the file: lane labels are bold there.
      laneLabelWeight: laneLabel?.getAttribute('font-weight') ?? null,
      patterns: root.querySelectorAll('pattern').length,
    };
  }, text);
}

test('the timeline picture stands on its own: the chart at its CSS size with its title, reference day and scenarios written above it and its key and legend below (#24 point 7); SVG safe, text kept, fonts with fallbacks, PNG at 2×', async ({
  resan,
  page,
}) => {
  await resan.open();
  const box = await page.locator('[data-testid=timeline] svg.timeline-svg').boundingBox();
  if (!box) throw new Error('no chart');

  const svg = await save(page, 'Tidslinje som SVG');
  expect(svg.file).toMatch(/^resan-tidslinje-P-DEMO-01-\d{4}-\d\d-\d\d\.svg$/);
  const read = await readSvg(page, svg.bytes.toString('utf8'));
  expect(read.namespace).toBe('http://www.w3.org/2000/svg');
  expect(read.problems).toEqual([]);
  expect(read.width).toBe(Math.round(box.width));
  // The chart, with a title above and the key and legend below.
  expect(read.height).toBeGreaterThan(Math.round(box.height) + 100);
  expect(read.texts).toEqual(
    expect.arrayContaining([
      'Tidslinje – P-DEMO-01',
      'Per 16 nov. 2026. Inga scenarier är på',
      'Numrerade staplar',
      'Försteg',
      'Anställning',
      'Referensdag',
    ]),
  );
  expect(read.texts.some((t) => /^\d+\. Arbetspraktik/.test(t))).toBe(true);
  expect(read.fontFamily).toContain('system-ui');
  expect(read.fontFamily).toContain('sans-serif');
  expect(read.fontFamily.split(',').length).toBeGreaterThan(3);
  expect(read.title).toBe('Tidslinje – P-DEMO-01');
  expect(read.texts).toEqual(expect.arrayContaining(['Kommunen', 'Arbetsförmedlingen']));
  expect(read.laneLabelWeight).toBe('700');
  expect(read.patterns).toBeGreaterThan(0);

  const png = await save(page, 'Tidslinje som PNG');
  expect(png.file).toMatch(/\.png$/);
  expect(pngSize(png.bytes)).toEqual({ width: 2 * read.width, height: 2 * read.height });
});

test('with a scenario on, the picture names it above the chart', async ({ resan, page }) => {
  await resan.open();
  await resan.section('cliffs').getByRole('button', { name: 'Förläng 6 mån' }).first().click();
  const read = await readSvg(page, (await save(page, 'Tidslinje som SVG')).bytes.toString('utf8'));
  expect(read.texts.some((t) => t.startsWith('Per 16 nov. 2026. Scenarier som är på: Förläng'))).toBe(true);
});

test('the side-by-side comparison as SVG and PNG', async ({ resan, page }) => {
  await resan.open();
  await resan.section('cliffs').getByRole('button', { name: 'Förläng 6 mån' }).first().click();
  await page.getByRole('button', { name: 'Jämför sida vid sida' }).click();
  const view = page.getByTestId('side-by-side');
  await expect(view.locator('svg.sbs-chart').nth(1)).toBeVisible();
  const heights = await view
    .locator('svg.sbs-axis, svg.sbs-chart')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));

  const svg = await save(page, 'Jämförelsen som SVG');
  expect(svg.file).toMatch(/^resan-jamforelse-P-DEMO-01-.*\.svg$/);
  const read = await readSvg(page, svg.bytes.toString('utf8'));
  expect(read.problems).toEqual([]);
  expect(read.title).toBe('Jämförelse sida vid sida – P-DEMO-01');
  expect(read.texts).toEqual(expect.arrayContaining(['Nuläge']));
  expect(read.texts.some((t) => t.startsWith('Scenario 1'))).toBe(true);
  // The axis and both charts, one under the other, with a heading above each chart.
  const drawn = heights.reduce((a, b) => a + b, 0);
  expect(read.height).toBeGreaterThan(drawn);

  const png = await save(page, 'Jämförelsen som PNG');
  expect(pngSize(png.bytes)).toEqual({ width: 2 * read.width, height: 2 * read.height });
});
