/**
 * The Lex Heller draft driven as a coordinator would (issue 23): the demo cohort, the
 * report's details filled in by mouse and keyboard, consequences chosen, then copied,
 * downloaded and printed to PDF; with small cells shown the mark is in every one of them.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { pdfText } from './pdfText';
import { generateCohort, journeySpan } from '../src/domain';

const NOW = new Date('2026-03-02T10:00:00+01:00');
const MARK = 'SMÅ TAL VISAS – endast för eget arbete';

async function openCohort(page: Page) {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  await expect(page.getByTestId('journey-heading')).toBeVisible();
  await page.getByTestId('nav-cohort').click();
  await expect(page.getByTestId('overview-table')).toBeVisible({ timeout: 60_000 });
  return page.getByTestId('report');
}

async function download(page: Page, click: () => Promise<void>) {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  return { name: d.suggestedFilename(), text: (await readFile((await d.path())!)).toString('utf8') };
}

/** Prints the draft (the browser's dialog stubbed) and returns the PDF's text, one line per text run. */
async function printToPdf(page: Page): Promise<{ text: string; pages: number }> {
  await page.getByTestId('report').getByRole('button', { name: 'Skriv ut' }).click();
  await page.waitForFunction(() => (window as unknown as { printed: number }).printed >= 1);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  return { text: pdfText(pdf), pages };
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');

test.describe('the Lex Heller draft', () => {
  test.setTimeout(120_000);
  test.beforeEach(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.addInitScript(() => {
      const w = window as unknown as { print: () => void; printed: number };
      w.printed = 0;
      w.print = () => {
        w.printed += 1;
      };
    });
  });

  test('filled in by mouse and keyboard, then copied, downloaded and printed as a document', async ({
    page,
    resan,
  }) => {
    void resan;
    const report = await openCohort(page);
    // Written from the demo cohort: the förbund's words, and that the data are synthetic.
    await expect(report.getByTestId('report-title')).toHaveValue('Avvikelse (Lex Heller): väntan efter försteg');
    await expect(report.getByText('(syntetiska data, inga verkliga personer)', { exact: true })).toBeVisible();
    await expect(report.getByTestId('report-basis')).toHaveText(
      'Underlaget är en sammanställning av 500 deltagares syntetiska resor (demodata, inga verkliga personer) i Resan med referensdag 2 mars 2026, inte en enskild händelse. Det innehåller inga personuppgifter; tal under 5 visas inte.',
    );
    await expect(report.getByTestId('report-challenge')).toHaveValue(
      /Medianväntan bland de väntetider som hade tagit slut på referensdagen var \d+ dagar; en fjärdedel av dem väntade \d+ dagar eller längre/,
    );
    // The period is filled in from the cohort: the demo's 500 journeys (seed 2026) on the clock's day,
    // found by the workers chunk by chunk, the same as the whole cohort's span.
    const span = journeySpan(generateCohort(500, 2026, '2026-03-02'), '2026-03-02');
    await expect(report.getByTestId('report-field-periodFrom')).toHaveValue(span!.from);
    await expect(report.getByTestId('report-field-periodTo')).toHaveValue(span!.to);
    await expect(report.getByTestId('report-field-date')).toHaveValue('2026-03-02');

    // By mouse: the förbund. By keyboard: Tab to the role, then on to the date.
    await report.getByLabel('Samordningsförbund', { exact: true }).click();
    await page.keyboard.type('Samordningsförbundet Centrala Östergötland');
    await page.keyboard.press('Tab');
    await expect(report.getByLabel('Rapportörens roll', { exact: true })).toBeFocused();
    await page.keyboard.type('Verksamhetsutvecklare');
    await page.keyboard.press('Tab');
    await expect(report.getByLabel('Datum', { exact: true })).toBeFocused();
    await report.getByLabel('Datum', { exact: true }).fill('2026-03-05');
    await report.getByLabel('Mottagare', { exact: true }).fill('Förbundets styrelse');
    await report.getByLabel('Berörda parter', { exact: true }).fill('Samordningsförbundet, Arbetsförmedlingen');
    // A consequence chosen with the keyboard (Space), one taken away with the mouse.
    const bistand = report.getByRole('checkbox', { name: /ekonomiskt bistånd/ });
    await bistand.focus();
    await page.keyboard.press('Space');
    await expect(bistand).toBeChecked();
    await report.getByRole('checkbox', { name: /beslut eller en anvisning/ }).uncheck();
    const consequences = report.getByTestId('report-consequences');
    await expect(consequences).toHaveValue(/ekonomiskt bistånd från kommunen/);
    await expect(consequences).not.toHaveValue(/anvisning/);
    await report.getByTestId('report-proposal').fill('Gemensam överlämning vid varje försteg');

    // Copy: the whole draft, as on screen.
    await report.getByRole('button', { name: 'Kopiera' }).click();
    await expect(report.getByTestId('report-copy-status')).toHaveText('Kopierat.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^Avvikelse \(Lex Heller\): väntan efter försteg \(syntetiska data, inga verkliga personer\)\n=+\n/,
    );
    for (const line of [
      'Samordningsförbund: Samordningsförbundet Centrala Östergötland',
      'Datum: 5 mars 2026',
      'Rapportör (roll): Verksamhetsutvecklare',
      'Mottagare: Förbundets styrelse',
      'Berörda parter: Samordningsförbundet, Arbetsförmedlingen',
      'Referensdag: 2026-03-02',
      'Urval: Hela kohorten',
      'Små tal: Små tal dolda (<5, –)',
      'Gjord med: Resan ',
      'Definition. Väntan efter försteg:',
      'Förslag till lösning\n--------------------\nGemensam överlämning vid varje försteg',
    ])
      expect(copied).toContain(line);
    expect(copied).toContain(await report.getByTestId('report-challenge').inputValue());
    expect(copied).not.toContain(MARK);
    expect(copied).not.toMatch(/utan ansvarig aktör|när ansvaret går från|Avvikelserapport/);

    // Download: the same document, named from the finding and the cohort.
    const md = await download(page, () => report.getByTestId('report-md').click());
    expect(md.name).toMatch(/^lex-heller-waits-.*2026-03-02\.md$/);
    expect(md.text).toContain('# Avvikelse (Lex Heller): väntan efter försteg (syntetiska data');
    expect(md.text).toContain('- **Rapportör (roll):** Verksamhetsutvecklare');
    expect(md.text).toContain('## Förslag till lösning\n\nGemensam överlämning vid varje försteg');

    // Print: a document with the förbund's name, headings and page numbers, not a text dump.
    await expect(page.getByTestId('report-print')).toBeHidden();
    const { text, pages } = await printToPdf(page);
    const flat = oneLine(text);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (const words of [
      'Samordningsförbundet Centrala Östergötland',
      'Avvikelse (Lex Heller): väntan efter försteg',
      'Samverkansutmaning',
      'Konsekvenser',
      'Förslag till lösning',
      'Gemensam överlämning vid varje försteg',
      'Verksamhetsutvecklare',
      'Om underlaget',
    ])
      expect(flat).toContain(words);
    // Page numbers in the page's margin (@page): "1 / 2", "2 / 2".
    for (let n = 1; n <= pages; n++) expect(flat).toContain(`${n} / ${pages}`);
  });

  test('with small cells shown, the mark is in the title, the clipboard, the download and the print', async ({
    page,
    resan,
  }) => {
    void resan;
    const report = await openCohort(page);
    await page.getByTestId('small-cells').uncheck();
    await expect(report.getByTestId('report-mark')).toContainText(MARK);
    await expect(report.getByText(`[${MARK}]`, { exact: true })).toBeVisible();
    await expect(report.getByTestId('report-basis')).toContainText(`tal under 5 visas: ${MARK}`);

    // The coordinator empties the title: the mark stays, it is not part of what can be edited.
    await report.getByTestId('report-title').fill('');
    await report.getByRole('button', { name: 'Kopiera' }).click();
    await expect(report.getByTestId('report-copy-status')).toHaveText('Kopierat.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toContain(MARK);
    expect(copied.trimEnd().split('\n').at(-1)).toBe(MARK);

    // Even a selection copied out of a field carries it.
    const challenge = report.getByTestId('report-challenge');
    await challenge.focus();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('ControlOrMeta+c');
    const selection = await page.evaluate(() => navigator.clipboard.readText());
    expect(selection.startsWith(`[${MARK}]\n`)).toBe(true);
    expect(selection).toContain(await challenge.inputValue());

    for (const id of ['report-txt', 'report-md']) {
      const file = await download(page, () => report.getByTestId(id).click());
      expect(file.text.split('\n')[0]).toContain(MARK);
      expect(file.text.trimEnd().split('\n').at(-1)).toContain(MARK);
    }
    const { text } = await printToPdf(page);
    expect(oneLine(text)).toContain(MARK);
  });

  test('the draft at 1280×720 (a screenshot to look at), and in English', async ({ page, resan }, testInfo) => {
    void resan;
    const report = await openCohort(page);
    await report.getByTestId('report-finding').selectOption('handover');
    await report.getByLabel('Samordningsförbund', { exact: true }).fill('Samordningsförbundet Centrala Östergötland');
    await report.getByLabel('Rapportörens roll', { exact: true }).fill('Verksamhetsutvecklare');
    await expect(report.getByTestId('report-title')).toHaveValue(/^Avvikelse \(Lex Heller\): gråzon vid /);
    await expect(report.getByTestId('report-challenge')).toHaveValue(
      /utan någon registrerad insats eller något registrerat uppdrag \(gråzon enligt underlaget\)/,
    );
    await report.getByRole('heading', { name: /Lex Heller/ }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('report-draft-1280.png') });
    await report.getByTestId('report-fields').scrollIntoViewIfNeeded();
    await page.screenshot({ path: testInfo.outputPath('report-draft-fields-1280.png') });
    await report.getByTestId('report-basis').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 250);
    await page.screenshot({ path: testInfo.outputPath('report-draft-text-1280.png') });

    // The printed document, as print media lays it out (looked at, not compared).
    await report.getByRole('button', { name: 'Skriv ut' }).click();
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: testInfo.outputPath('report-draft-print.png'), fullPage: true });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: 'English' }).click();
    await expect(report.getByTestId('report-basis')).toHaveText(
      /^The basis is a summary of the synthetic journeys \(demo data, no real people\) of 500 participants in Resan with reference day 2 Mar 2026, not a single event\./,
    );
    await expect(report.getByTestId('report-title')).toHaveValue(/^Deviation \(Lex Heller\): grey zone at /);
    await expect(report.getByLabel('Reporter’s role', { exact: true })).toHaveValue('Verksamhetsutvecklare');
  });

  test('at 320 px the report’s fields stay inside the report, with no sideways scrolling', async ({ page, resan }) => {
    void resan;
    await page.setViewportSize({ width: 320, height: 640 });
    const report = await openCohort(page);
    const fields = report.getByTestId('report-fields');
    await fields.scrollIntoViewIfNeeded();
    const [f, r] = [await fields.boundingBox(), await report.boundingBox()];
    // A fieldset is as wide as its content by default: its 16rem grid column once pushed it 20 px past the report.
    expect(f!.x + f!.width).toBeLessThanOrEqual(r!.x + r!.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });
});
