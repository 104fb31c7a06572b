/**
 * Issue 23's two hand-built cohorts, loaded as a coordinator loads hers (a cohort file through
 * "Läs in filer…" in the Kohort view), with small cells hidden:
 * - one row of the hand-over matrix has exactly one pair under 5 journeys: a second cell of that
 *   row is hidden too (secondary suppression) on screen, in the CSV and in the draft, as
 *   `suppressView(matrixView(...))` says, and the audit finds no hidden cell a reader can work out;
 * - ten waits after försteg of 0, 10, …, 90 days: no step of the Kaplan-Meier curve (screen,
 *   table, SVG) rests on fewer than 5 journeys, both medians are named with whom and which
 *   reference day, and the draft has its fields and no bare "median", in Swedish and English.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  type Journey,
  analyzeCohort,
  matrixIds,
  matrixView,
  serializeCohort,
  suppressView,
  survivalBands,
} from '../src/domain';
import { endedWait, journey, oneSmallCellInARow } from '../src/domain/cohort/fixtures';
import { actorRank } from '../src/cohort/matrixLayout';
import { auditView, primaryOnly } from '../tests/cohortAudit';
import { expect, test } from './fixtures';

const NOW = new Date('2026-03-02T10:00:00+01:00');
const ASOF = '2026-03-02';

/** FK's row of the matrix has exactly one pair under 5 journeys (FK → kommun); see the fixture. */
const MATRIX_COHORT: Journey[] = oneSmallCellInARow();

/** Ten journeys: a försteg (January 2025) and a next step 0, 10, …, 90 days after it, all begun by ASOF. */
const WAITS_COHORT: Journey[] = Array.from({ length: 10 }, (_, i) => endedWait(`w${i}`, 10 * i));

async function loadCohort(page: Page, name: string, journeys: Journey[]) {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  await expect(page.getByTestId('journey-heading')).toBeVisible();
  await page.getByTestId('nav-cohort').click();
  await expect(page.getByTestId('cohort-load')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('cohort-load').getByRole('button', { name: 'Läs in filer…' }).click();
  await (
    await chooser
  ).setFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(serializeCohort({ format: 'cohort', version: 1, journeys })),
  });
  const root = page.getByTestId('cohort-page');
  await expect(root.getByRole('heading', { level: 1 })).toHaveText(`Kohort: ${name}`, {
    timeout: 60_000,
  });
  await expect(root).toHaveAttribute('data-as-of', ASOF);
  await expect(root.getByTestId('overview-table')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('figure-journeys')).toHaveAttribute('data-value', String(journeys.length));
  await expect(page.getByTestId('small-cells')).toBeChecked();
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  return { name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') };
}

const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .map((r) => r.split(';'));

/** The y of every point of an SVG path (d3's step curve: M and L with x,y pairs). */
function pathLevels(d: string): number[] {
  const ys = [...d.matchAll(/[ML]\s*(-?[\d.]+)[ ,](-?[\d.]+)/g)].map((m) => Number(m[2]));
  return [...new Set(ys.map((y) => y.toFixed(3)))].map(Number);
}

test.describe('cohorts built to test the small-cell rule', () => {
  test.setTimeout(120_000);

  test('one small cell in a matrix row: a second cell of that row is hidden on screen, in the CSV and in the draft', async ({
    page,
    resan,
  }) => {
    void resan;
    await loadCohort(page, 'matris.json', MATRIX_COHORT);

    // The expectation: the exact figures through the matrix's declared lines and the one rule.
    const handovers = analyzeCohort(MATRIX_COHORT, { asOf: ASOF }).greyZones.handovers;
    const rows = [...new Set(handovers.map((h) => h.from))].sort(actorRank);
    const cols = [...new Set(handovers.map((h) => h.to))].sort(actorRank);
    const view = matrixView(handovers, rows, cols);
    const expected = suppressView(view, true);
    const fkRow = handovers.filter((h) => h.from === 'fk');
    // The cohort is as built: in FK's row exactly one pair rests on fewer than 5 journeys.
    expect(fkRow.filter((h) => h.journeys < 5).map((h) => h.to)).toEqual(['kommun']);
    expect(fkRow.map((h) => [h.to, expected.get(matrixIds.cell(h.from, h.to))])).toEqual(
      expect.arrayContaining([
        ['kommun', '–'],
        ['af', '–'], // secondary: the smallest shown cell of the row (18 days)
        ['region', 70],
      ]),
    );
    // The audit agrees: with these cells hidden no hidden cell can be worked out; with the
    // primary rule alone FK → kommun (40 days) is the row's sum minus the cells shown.
    expect(auditView(view, expected)).toEqual([]);
    expect(auditView(view, primaryOnly(view)).map((f) => [f.id, f.value])).toEqual([
      [matrixIds.cell('fk', 'kommun'), 40],
    ]);

    // On screen: every cell as the rule says, FK's row with two hidden.
    const matrix = page.getByTestId('chart-matrix');
    for (const h of handovers)
      await expect(matrix.locator(`[data-from="${h.from}"][data-to="${h.to}"]`)).toHaveAttribute(
        'data-days',
        String(expected.get(matrixIds.cell(h.from, h.to))),
      );
    await expect(matrix.locator('[data-from="fk"][data-days="–"]')).toHaveCount(2);
    await expect(matrix.locator('[data-from="fk"][data-to="af"]')).toHaveAccessibleName(
      '– gråzonsdagar från Försäkringskassan till Arbetsförmedlingen, 6 gråzoner, 6 resor.',
    );

    // The CSV: the same cells hidden, the same sums shown.
    const csv = csvRows((await download(page, () => page.getByTestId('export-csv').click())).text);
    const pair = (from: string, to: string) => csv.find((r) => r[0] === from && r[1] === to);
    expect(pair('Försäkringskassan', 'Kommunen')?.slice(0, 5)).toEqual([
      'Försäkringskassan',
      'Kommunen',
      '–',
      '–',
      '<5',
    ]);
    expect(pair('Försäkringskassan', 'Arbetsförmedlingen')?.slice(0, 5)).toEqual([
      'Försäkringskassan',
      'Arbetsförmedlingen',
      '6',
      '–',
      '6',
    ]);
    expect(pair('Försäkringskassan', 'Summa')?.[3]).toBe(String(expected.get(matrixIds.row('fk'))));
    for (const r of csv.filter((r) => r[0] === 'Försäkringskassan' && r[1] !== 'Summa'))
      expect(['Kommunen', 'Arbetsförmedlingen'].includes(r[1]) === (r[3] === '–'), r.join(';')).toBe(true);

    // The draft of the hidden pair says no more than the matrix: its days (and their mean) are hidden.
    const report = page.getByTestId('report');
    await report.getByTestId('report-finding').selectOption('handover');
    await report.getByTestId('report-pair').selectOption({ label: 'Försäkringskassan → Arbetsförmedlingen' });
    const challenge = report.getByTestId('report-challenge');
    await expect(challenge).toHaveValue(/^Vid övergången från Försäkringskassan till Arbetsförmedlingen/);
    await expect(challenge).toHaveValue(/6 deltagare med sammanlagt 6 sådana perioder och – dagar/);
    await expect(challenge).toHaveValue(/i genomsnitt – dagar/);
    await expect(challenge).not.toHaveValue(/\b18\b/);
  });

  test('ten waits of 0, 10, …, 90 days: no step of the curve rests on fewer than 5 journeys; both medians named; the draft has its fields and no bare median', async ({
    page,
    resan,
  }) => {
    void resan;
    await loadCohort(page, 'tio-vantetider.json', WAITS_COHORT);
    const waits = analyzeCohort(WAITS_COHORT, { asOf: ASOF }).waits;
    // The arithmetic: ten events at 0, 10, …, 90; S(40) = 0.5, so the Kaplan-Meier median is 40;
    // the waits that ended after at least one day are 10..90, nearest-rank median v[ceil(4.5)] = 50.
    expect([waits.observed, waits.survivalMedian, waits.median]).toEqual([10, 40, 50]);
    const bands = survivalBands(waits.survival, 5);
    expect(bands.map((b) => [b.from, b.day, b.atRisk, b.events])).toEqual([
      [0, 40, 10, 5],
      [50, 90, 5, 5],
    ]);

    // On screen: as many steps as bands of at least 5 events among at least 5 at risk, not ten.
    const chart = page.getByTestId('chart-survival');
    const curve = chart.locator('svg[data-chart] path[stroke="#6a3d9a"]');
    const levels = pathLevels((await curve.getAttribute('d'))!);
    expect(levels).toHaveLength(bands.length + 1);
    await expect(chart.locator('[data-censored]')).toHaveCount(0);
    await expect(chart.locator('[data-median]')).toHaveAttribute('data-median', '40');
    await expect(chart.locator('[data-median]')).toContainText('Kaplan–Meier-median 40 d');

    // Its table: one row per band, each resting on 5 or more journeys at risk and 5 or more events.
    await chart.getByText('Kurvan som tabell').click();
    const table = chart.getByTestId('survival-table');
    await expect(table.locator('tbody tr')).toHaveCount(bands.length);
    const cells = await table
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('th')!.textContent,
          ...['atRisk', 'events'].map((c) => tr.querySelector(`[data-cell="${c}"]`)!.textContent),
        ]),
      );
    expect(cells).toEqual([
      ['0–40', '10', '5'],
      ['50–90', '5', '5'],
    ]);

    // The SVG saved from the chart: the same two steps, no censoring tick, the small-cell state written on it.
    const svg = await download(page, () => chart.getByRole('button', { name: /som SVG/ }).click());
    const saved = svg.text.match(/<path[^>]*stroke="#6a3d9a"[^>]*>/)![0];
    expect(pathLevels(saved.match(/\sd="([^"]+)"/)![1])).toEqual(levels);
    expect(svg.text).not.toContain('data-censored');
    expect(svg.text).toContain('Små tal: Små tal dolda');

    // Both medians named: which median, of whom, on which reference day, side by side.
    const sentences = page.getByTestId('overview-sentences');
    await expect(sentences).toContainText(
      'Medianväntan bland dem som väntat och fått nästa steg per 2 mars 2026: 50 dagar',
    );
    await expect(sentences).toContainText('Kaplan–Meier-median för alla med försteg per 2 mars 2026: 40 dagar');
    await expect(page.getByTestId('figure-median')).toHaveAttribute('data-value', '50');
    await expect(page.getByTestId('figure-survivalMedian')).toHaveAttribute('data-value', '40');

    // The draft: its fields filled from the cohort, and every "median" says which.
    const report = page.getByTestId('report');
    await expect(report.getByTestId('report-field-date')).toHaveValue(ASOF);
    await expect(report.getByTestId('report-field-periodFrom')).toHaveValue('2025-01-01');
    await expect(report.getByTestId('report-field-periodTo')).toHaveValue('2025-05-31'); // the last next step's end: 2025-02-01 + 90 + 29
    await report.getByLabel('Samordningsförbund', { exact: true }).fill('Samordningsförbundet Test');
    await report.getByLabel('Rapportörens roll', { exact: true }).fill('Samordnare');
    const named = {
      sv: /medianväntan bland de väntetider som hade tagit slut på referensdagen|medianlängden per period|Kaplan–Meier-median(en)? för alla med försteg/gi,
      en: /median wait among the waits that had ended on the reference day|median length per period|Kaplan–Meier median of everyone with a pre-step/gi,
    };
    for (const language of ['sv', 'en'] as const) {
      if (language === 'en') {
        await page.getByRole('button', { name: 'English' }).click();
        // The English messages load on first use: the draft is downloaded once they are there.
        await expect(page.locator('html')).toHaveAttribute('lang', 'en');
        await expect(report.getByLabel('Coordination association', { exact: true })).toHaveValue(
          'Samordningsförbundet Test',
        );
      }
      const text = (await download(page, () => report.getByTestId('report-txt').click())).text;
      const head =
        language === 'sv'
          ? [
              'Samordningsförbund: Samordningsförbundet Test',
              'Datum: 2 mars 2026',
              'Rapportör (roll): Samordnare',
              'Mottagare: Förbundets styrelse',
              'Berörda parter: Samordningsförbundet, Arbetsförmedlingen, Kommunen',
              'Period: 1 jan. 2025 – 31 maj 2025; 10 deltagare i kohorten, 10 i urvalet',
              'Referensdag: 2026-03-02',
            ]
          : [
              'Coordination association: Samordningsförbundet Test',
              'Date: 2 Mar 2026',
              'Reporter (role): Samordnare',
              'Recipients: ',
              'Parties concerned: ',
              'Period: 1 Jan 2025 – 31 May 2025; 10 participants in the cohort, 10 in the selection',
              'Reference day: 2026-03-02',
            ];
      for (const line of head) expect(text, `${language}: ${line}`).toContain(line);
      expect(text).not.toMatch(/: (ej ifyllt|not filled in)$/m); // every field has its value
      const medians = text.match(/median/gi) ?? [];
      expect(medians.length, `${language}: the draft names a median`).toBeGreaterThan(0);
      expect((text.match(named[language]) ?? []).length, `${language}: a bare median in\n${text}`).toBe(medians.length);
    }
  });

  test('the chronogram’s chart draws no hidden count as an exact area: the hidden states are one band, said in the legend', async ({
    page,
    resan,
  }) => {
    void resan;
    await loadCohort(page, 'tio-vantetider.json', WAITS_COHORT);
    const chart = page.getByTestId('chart-chronogram');
    // Ten journeys aligned on the end of their försteg: on most days some state has 1-4 of them.
    const table = chart.getByTestId('align-table');
    await expect(table.locator('td[data-count="<5"]').first()).toBeVisible();
    await expect(chart.locator('svg[data-chart] path[data-state="hidden"]')).toHaveCount(1);
    await expect(chart.getByTestId('legend-hidden')).toHaveText(
      'Dolda små tal: tillstånd med färre än 5 resor den dagen, och det som döljs för att de inte ska kunna räknas ut, tillsammans',
    );
    await expect(chart.locator('figcaption')).toContainText('Små tal dolda: på ');
    // The SVG saved from it carries the band and its pattern (data attributes are not saved).
    const svg = await download(page, () => chart.getByRole('button', { name: /som SVG/ }).click());
    expect(svg.text).toContain('fill="url(#chrono-hidden)"');
    expect(svg.text).toContain('id="chrono-hidden"');
    // With small cells shown (own work only) every state is drawn as it is, and no band.
    await page.getByTestId('small-cells').uncheck();
    await expect(chart.locator('svg[data-chart] path[data-state="hidden"]')).toHaveCount(0);
    await expect(chart.getByTestId('legend-hidden')).toHaveCount(0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByTestId('small-cells').check();
    await expect(chart.getByTestId('legend-hidden')).toContainText('Hidden small numbers: states with fewer than 5');
  });

  test('the chronogram’s description says how many journeys lack the anchor as the rule publishes it: 2 of them are "<5"', async ({
    page,
    resan,
  }) => {
    void resan;
    // The ten waits, and two journeys with no försteg: aligned on the försteg's end, they are left out.
    const noForsteg = ['x1', 'x2'].map((id) =>
      journey(id, [{ kind: 'komvux', start: '2025-02-03', end: '2025-06-13' }]),
    );
    await loadCohort(page, 'tio-och-tva.json', [...WAITS_COHORT, ...noForsteg]);
    const caption = page.getByTestId('chart-chronogram').locator('figcaption');
    await expect(caption).toContainText('10 resor ingår; <5 saknar händelsen och är inte med.');
    await expect(caption).not.toContainText('2 saknar');
    // With small cells shown (own work only) the count is exact.
    await page.getByTestId('small-cells').uncheck();
    await expect(caption).toContainText('10 resor ingår; 2 saknar händelsen och är inte med.');
  });
});
