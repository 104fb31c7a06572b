/**
 * Hostile input (issue 14, items 8-14), through the built app as a person would give it:
 * files opened with "Öppna fil…", exports downloaded and read back.
 */
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { readFile } from 'node:fs/promises';
import { expect, readExample, test } from './fixtures';

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  return { name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') };
}

async function exportAs(page: Page, button: string) {
  return download(page, async () => {
    const menu = page.getByRole('button', { name: 'Exportera ▾' });
    if ((await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
    await page.getByRole('button', { name: button }).click();
  });
}

async function openBytes(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Öppna fil…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

const journey = (extra: Record<string, unknown> = {}) => ({
  format: 'journey',
  version: 1,
  id: 'hostile',
  participant: { ref: 'P-HOSTILE' },
  interventions: [{ id: 'a', kind: 'sfi', start: '2025-01-01', end: '2025-03-31' }],
  ...extra,
});

test.describe('hostile input', () => {
  // Five hostile files opened one after another in one page, one step each (each names its own journey or
  // report). Each journey has an id of its own: a file with a saved journey's id is asked about first.
  test('CSV cells, personnummer spellings, a Windows-1252 file, year 0042 and past 9999, and 10,000-character texts', async ({
    resan,
    page,
  }) => {
    test.slow();
    await resan.open();
    await test.step('CSV: no cell read with , or with ; starts a formula, line breaks and ; in names included', async () => {
      const hostile = JSON.parse(readExample('03-closed-rules.json'));
      hostile.actors[0].label = 'Kommun\n=cmd|" /C calc"!A1';
      hostile.kinds[0].label = 'Insats;=1+1;@SUM(A1)';
      hostile.interventions[0].title = 'a, -2+3\r\n+HYPERLINK("x")';
      await resan.openFileContent('hostile.json', JSON.stringify(hostile));
      await expect(page.getByTestId('journey-heading')).toContainText('P-EX-03');
      const { text } = await exportAs(page, 'Exportera fynd (CSV)');
      expect(text).toContain('calc');
      const body = text.replace(/^\uFEFF/, '');
      for (const delimiter of [',', ';']) {
        const { data } = Papa.parse<string[]>(body, { delimiter, newline: '\r\n' });
        const unsafe = data.flat().filter((cell) => /^[=+\-@]/.test(cell.trim()) && !/^-?\d+$/.test(cell.trim()));
        expect(unsafe, `read with ${delimiter}`).toEqual([]);
      }
    });
    await test.step('personnummer written with a space, fullwidth digits or a zero-width space, or as a property name, is warned about', async () => {
      const file = journey({
        'x-a': 'Pnr 811218 9876',
        'x-b': '８１１２１８－９８７６',
        'x-c': '81\u200b1218-9876',
        'x-d': { '811218.9876': 1 },
      });
      await resan.openFileContent('pnr.json', JSON.stringify(file));
      const report = resan.importReport();
      await expect(report.getByText('ser ut som ett personnummer')).toHaveCount(4);
    });
    await test.step('a Windows-1252 file reads with its letters right and says it was not UTF-8', async () => {
      const json = JSON.stringify(journey({ id: 'latin1', participant: { ref: 'P-LATIN1-åäö' } }));
      await openBytes(page, 'latin1.json', Buffer.from(json, 'latin1'));
      await expect(page.getByTestId('journey-heading')).toContainText('P-LATIN1-åäö');
      await expect(resan.importReport()).toContainText('filen var inte UTF-8; den lästes som Windows-1252');
    });
    await test.step('year 0042 is shown as 0042, and an end past 9999-12-31 is refused with its place', async () => {
      const early = journey({
        id: 'early',
        participant: { ref: 'P-EARLY' },
        interventions: [{ id: 'a', kind: 'sfi', start: '0042-03-05', end: '0042-06-30' }],
      });
      await resan.openFileContent('early.json', JSON.stringify(early));
      await expect(page.getByTestId('journey-heading')).toContainText('P-EARLY');
      await expect(page.locator('.journey-header')).toContainText('5 mars 0042');
      await expect(page.locator('.journey-header')).not.toContainText('1942');

      const late = journey({
        id: 'late',
        participant: { ref: 'P-LATE' },
        interventions: [
          { id: 'a', kind: 'komvux', start: '9999-01-01', plannedEnd: '9999-06-30', extensions: [{ months: 12 }] },
        ],
      });
      await resan.openFileContent('late.json', JSON.stringify(late));
      const report = resan.importReport();
      await expect(report).toContainText('interventions[0].extensions');
      await expect(report).toContainText('beräknat slut efter 9999-12-31');
      await expect(page.getByTestId('journey-heading')).toContainText('P-EARLY');
    });
    await test.step('a 10,000-character title, 200-character labels, right-to-left overrides and emoji keep the page in shape', async () => {
      const long = journey({
        id: 'long',
        participant: { ref: 'P-LONG', name: `\u202eNAMN${'x'.repeat(9_990)}` },
        actors: [{ id: 'lang', label: 'A'.repeat(200) }],
        kinds: [
          { id: 'k', label: `${'B'.repeat(30)}👩‍👩‍👧‍👦${'C'.repeat(150)}`, category: 'utbildning', defaultActor: 'lang' },
        ],
        interventions: [
          { id: 'a', kind: 'k', start: '2025-01-01', end: '2025-01-20', title: `😀${'T'.repeat(9_990)}` },
          { id: 'b', kind: 'sfi', start: '2025-02-01', end: '2025-12-31', title: 'ok\u202e tnemmoc' },
        ],
      });
      await resan.openFileContent('long.json', JSON.stringify(long));
      await expect(page.getByTestId('journey-heading')).toContainText('P-LONG');
      // The page is not wider than the window.
      const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: innerWidth }));
      expect(widths.page).toBeLessThanOrEqual(widths.window);
      // The lane label is drawn in the label column only: just right of it, the chart is hit, not the label.
      const lane = page.locator('[data-lane-label="lang"]');
      const laneBox = (await lane.boundingBox())!;
      const bar = (await page.locator('[data-bar="a"] rect').first().boundingBox())!;
      expect(laneBox.x).toBeLessThan(bar.x);
      const hit = await page.evaluate(
        ([x, y]) => document.elementsFromPoint(x, y).some((e) => !!e.closest('[data-lane-label]')),
        [bar.x + 2, laneBox.y + 8],
      );
      expect(hit).toBe(false);
      await expect(lane.locator('title')).toHaveText('A'.repeat(200));
      // The overriding name cannot reorder the app's own text: it is isolated (FSI … PDI).
      await expect(page.getByTestId('journey-heading')).toHaveText(/^\u2068\u202eNAMNx+\u2069 \(P-LONG\)$/);
      // No bar label holds half an emoji.
      const labels = await page.locator('[data-bar] text').allTextContents();
      for (const l of labels)
        expect(l).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    });
  });

  test('big numbers and __proto__ keys come back out exactly; a key written twice is refused with its place', async ({
    resan,
    page,
  }) => {
    await resan.open();
    const text = JSON.stringify(journey({ id: 'big', participant: { ref: 'P-BIG' } }))
      .replace('"id":"big"', '"id":"big","x-big":1e400,"x-int":9007199254740993,"__proto__":{"polluted":1}')
      .replace('"kind":"sfi"', '"kind":"sfi","constructor":"c","prototype":0.10000000000000000001');
    await resan.openFileContent('big.json', text);
    await expect(page.getByTestId('journey-heading')).toContainText('P-BIG');
    // Saved in the browser (IndexedDB) and opened from the library after a reload, then exported.
    await expect(page.getByTestId('save-indicator')).toHaveText(/^Sparad/);
    await page.reload();
    await page.getByTestId('library-button').click();
    await page.getByTestId('library').getByRole('button', { name: 'Öppna P-BIG' }).click();
    await expect(page.getByTestId('journey-heading')).toContainText('P-BIG');
    const { text: exported } = await exportAs(page, 'Exportera resa (JSON)');
    expect(exported).toContain('"x-big": 1e400');
    expect(exported).toContain('"x-int": 9007199254740993');
    expect(exported).toContain('"__proto__": {\n    "polluted": 1\n  }');
    expect(exported).toContain('"constructor": "c"');
    expect(exported).toContain('"prototype": 0.10000000000000000001');
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');

    const twice = JSON.stringify(journey({ participant: { ref: 'P-TWICE' } })).replace(
      '"start":"2025-01-01"',
      '"start":"2025-13-01","start":"2025-01-01"',
    );
    await resan.openFileContent('twice.json', twice);
    const report = resan.importReport();
    await expect(report).toContainText('interventions[0].start');
    await expect(report).toContainText('egenskapen "start" står flera gånger i samma objekt');
    await expect(page.getByTestId('journey-heading')).toContainText('P-BIG');
  });

  test('a file with 15,000 problems lists the first 100, counts the rest and downloads them all', async ({
    resan,
    page,
  }) => {
    test.setTimeout(120_000);
    await resan.open();
    const interventions = Array.from({ length: 15_000 }, (_, i) => ({ id: `i${i}`, kind: 'sfi', start: '2025-13-01' }));
    await resan.openFileContent('many.json', JSON.stringify(journey({ interventions })));
    const report = resan.importReport();
    await expect(report.getByText(/och 14\s900 problem till/)).toBeVisible({ timeout: 60_000 });
    await expect(report.locator('.issue-list li')).toHaveCount(100);
    const { name, text } = await download(page, () =>
      report.getByRole('button', { name: /Ladda ned hela listan \(15\s000 problem\) som text/ }).click(),
    );
    expect(name).toBe('many.json-problem.txt');
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(15_000);
    expect(lines[14_999]).toBe('interventions[14999].start: "2025-13-01" är inget datum (ÅÅÅÅ-MM-DD)');
  });
});
