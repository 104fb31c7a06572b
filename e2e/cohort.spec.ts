/**
 * The Kohort view on the demo cohort: every figure equals analyzeCohort's after the
 * small-cell rule, drill-down to a journey and back, the chronogram's counts, filters,
 * the Lex Heller draft, CSV and SVG exports, and axe in both languages. The expectations
 * are computed here from the same seeded cohort and the reference day the page shows.
 */
import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import {
  type CohortFigures,
  type Journey,
  alignCohort,
  BUILT_IN_KINDS,
  analyzeJourney,
  cohortAccumulator,
  figureBases,
  generateCohort,
  chronogramIds,
  chronogramView,
  overviewView,
  suppressView,
} from '../src/domain';
import type { Bases } from '../src/domain/cohort/views';
import { tableOffsets } from '../src/cohort/chronogramLayout';
import { EVERY_50_MS, expect, test } from './fixtures';

// A fixed clock: the demo cohort is generated as of "today".
const NOW = new Date('2026-03-02T10:00:00+01:00');

async function openCohort(page: Page): Promise<{ asOf: string; seed: number; journeys: Journey[] }> {
  await page.clock.setFixedTime(NOW);
  await page.goto('/');
  await expect(page.getByTestId('journey-heading')).toBeVisible();
  await page.getByTestId('nav-cohort').click();
  const root = page.getByTestId('cohort-page');
  await expect(root.getByTestId('overview-table')).toBeVisible({ timeout: 60_000 });
  const asOf = (await root.getAttribute('data-as-of'))!;
  const seed = Number(await root.getAttribute('data-seed'));
  expect(asOf).toBe('2026-03-02');
  return { asOf, seed, journeys: generateCohort(500, seed, asOf) };
}

/** The figures as the small-cell rule shows them, written out here on their own. */
/**
 * What the overview should show: analyzeCohort's exact figures through the overview's declared
 * lines and the one small-cell rule, primary and secondary (suppressView, audited in
 * tests/cohortAudit.test.ts); a figure with nothing to compute (no median reached) is "–".
 */
function expectedShown(f: CohortFigures, bases: Bases): Record<string, string> {
  const shown = suppressView(overviewView(f, bases), true);
  const none: Record<string, boolean> = {
    median: f.waits.median === null,
    p75: f.waits.p75 === null,
    p90: f.waits.p90 === null,
    survivalMedian: f.waits.survivalMedian === null,
    shareWithWait: f.waits.journeysWithForsteg === 0,
    shareStillWaiting: f.waits.observed === 0,
  };
  const out: Record<string, string> = {};
  for (const cell of overviewView(f, bases).cells) out[cell.id] = none[cell.id] ? '–' : String(shown.get(cell.id));
  return out;
}

function figuresOf(journeys: Journey[], asOf: string) {
  const acc = cohortAccumulator({ asOf });
  const state = acc.empty();
  journeys.forEach((j, i) => acc.addJourney(state, j, i));
  return { figures: acc.finish(state), bases: figureBases(state) };
}

async function shownFigures(page: Page): Promise<Record<string, string>> {
  const cells = page.locator('[data-testid^="figure-"]');
  const out: Record<string, string> = {};
  for (const cell of await cells.all()) {
    const key = (await cell.getAttribute('data-testid'))!.slice('figure-'.length);
    out[key] = (await cell.getAttribute('data-value'))!;
  }
  return out;
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await click();
  const d = await pending;
  return { name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') };
}

test.describe('Kohort view', () => {
  test.setTimeout(120_000);

  // In one Kohort page, one step each, in an order where each leaves what the next reads: the draft
  // and exports, the chronogram (another anchor), the overview (then filtered), small cells shown.
  test('the Lex Heller draft and exports, the chronogram, every figure on screen (whole and filtered) equal the domain; small cells shown warn and mark the exports', async ({
    page,
    resan,
  }) => {
    void resan;
    test.setTimeout(180_000);
    const { asOf, journeys } = await openCohort(page);
    const { figures, bases } = figuresOf(journeys, asOf);
    await test.step('the Lex Heller draft carries the chosen finding’s figures; CSV has "<5"; SVG has nothing that runs or reaches out', async () => {
      const pairIndex = figures.greyZones.handovers.findIndex((h) => h.journeys >= 5);
      const pair = figures.greyZones.handovers[pairIndex];
      await page.getByTestId('report-finding').selectOption('handover');
      await page.getByTestId('report-pair').selectOption(String(pairIndex));
      const days = new Intl.NumberFormat('sv-SE').format(pair.days);
      await expect(page.getByTestId('report-challenge')).toHaveValue(
        new RegExp(
          `gällde det ${pair.journeys} deltagare med sammanlagt ${pair.zones} sådana perioder och ${days} dagar`,
        ),
      );
      await page.getByTestId('report-proposal').fill('Gemensam överlämning');
      const md = await download(page, () => page.getByTestId('report-md').click());
      expect(md.text).toContain('## Förslag till lösning\n\nGemensam överlämning');
      expect(md.text).toContain(`${pair.journeys} deltagare`);

      const csv = await download(page, () => page.getByTestId('export-csv').click());
      const rows = csv.text
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .map((r) => r.split(';'));
      expect(rows[1].slice(0, 2)).toEqual(['Referensdag', asOf]);
      expect(rows[2].slice(0, 2)).toEqual(['Urval', 'Hela kohorten']);
      const small = figures.greyZones.handovers.find((h) => h.journeys < 5)!;
      expect(rows.some((r) => r.includes('<5'))).toBe(true);
      expect(small).toBeTruthy();

      const svg = await download(page, () =>
        page
          .getByTestId('chart-matrix')
          .getByRole('button', { name: /som SVG/ })
          .click(),
      );
      expect(svg.name).toMatch(/\.svg$/);
      expect(svg.text).toContain('<svg');
      expect(svg.text).not.toMatch(/<script/i);
      expect(svg.text).not.toMatch(/\son[a-z]+\s*=/i);
      expect(svg.text).not.toMatch(/(href|src)\s*=\s*"(?!#)/i);
      expect(svg.text).not.toMatch(/url\(\s*['"]?(?!#)/i);
      expect(svg.text).toContain('Hela kohorten'); // the selection is written on it
      expect(svg.text).toContain(asOf);
      expect(svg.text).toMatch(/Gjord med: Resan \d+\.\d+\.\d+/); // the version that made it
      expect(svg.text).toContain('Små tal: Små tal dolda');
    });
    await test.step('the chronogram counts at three offsets equal alignCohort, for another anchor too', async () => {
      for (const [choice, anchor] of [
        ['forstegEnd', 'forstegEnd'],
        ['introduktionsjobb', 'start:introduktionsjobb'],
      ] as const) {
        await page.getByTestId('anchor').selectOption(choice);
        const expected = alignCohort(journeys, { asOf, anchor, from: -180, to: 365 });
        // The table's days as one view: each day's states add up to `included` (primary and secondary rule).
        const shown = suppressView(chronogramView(expected, tableOffsets(-180, 365)), true);
        for (const offset of [-90, 0, 180]) {
          const row = page.locator(`[data-testid="align-table"] tr[data-offset="${offset}"]`);
          for (const state of ['employment', 'activity', 'greyZone', 'gap', 'unobserved'] as const) {
            await expect(row.locator(`td[data-state="${state}"]`)).toHaveAttribute(
              'data-count',
              String(shown.get(chronogramIds.state(offset, state))),
              { timeout: 30_000 },
            );
          }
        }
      }
    });
    await test.step('every figure on screen equals analyzeCohort after the small-cell rule; a filter changes them to the filtered cohort', async () => {
      const expected = expectedShown(figures, bases);
      await expect.poll(() => shownFigures(page), EVERY_50_MS).toEqual(expected);
      // The sentences carry the same figures.
      await expect(page.getByTestId('overview-sentences')).toContainText(`${expected.journeys} resor ingår`);

      // Only journeys without a försteg: the figures of that cohort.
      await page.getByTestId('filter-forsteg').selectOption('without');
      const forsteg = new Set(BUILT_IN_KINDS.filter((k) => k.category === 'forsteg').map((k) => k.id));
      const without = journeys.filter(
        (j) => !j.interventions.some((iv) => !iv.cancelled && (iv.preparatory ?? forsteg.has(iv.kind))),
      );
      const filtered = figuresOf(without, asOf);
      await expect(page.getByTestId('filter-count')).toContainText(`${without.length} av 500`);
      await expect
        .poll(() => shownFigures(page), { timeout: 30_000 })
        .toEqual(expectedShown(filtered.figures, filtered.bases));
      expect(filtered.figures.waits.journeysWithForsteg).toBe(0);
    });
    await test.step('turning small cells off warns and marks the exports', async () => {
      await page.getByTestId('small-cells').uncheck();
      await expect(page.getByRole('alert').filter({ hasText: 'Små tal visas' })).toBeVisible();
      const csv = await download(page, () => page.getByTestId('export-csv').click());
      expect(csv.text).toContain('SMÅ TAL VISAS');
      expect(csv.text).not.toContain('<5');
    });
  });

  test('a matrix cell lists exactly the journeys with that hand-over, opens one with the grey zone chosen, and comes back', async ({
    page,
    resan,
  }) => {
    void resan;
    const { asOf, journeys } = await openCohort(page);
    const { figures } = figuresOf(journeys, asOf);
    const pair = figures.greyZones.handovers.find((h) => h.journeys >= 5)!;
    const side = (xs: string[]) => (xs.length === 0 ? [''] : xs);
    const refs = journeys
      .filter((j) =>
        analyzeJourney(j, { asOf }).greyZones.some(
          (z) => !z.manual && side(z.fromActors).includes(pair.from) && side(z.toActors).includes(pair.to),
        ),
      )
      .map((j) => j.participant.ref);
    expect(refs.length).toBe(pair.journeys);

    const cell = page.locator(`[data-from="${pair.from}"][data-to="${pair.to}"]`);
    await expect(cell).toHaveAttribute('data-days', String(pair.days));
    await cell.focus();
    await page.keyboard.press('Enter');
    const list = page.getByTestId('drill-list');
    await expect(list.locator('li')).toHaveCount(refs.length);
    expect(await list.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-ref')))).toEqual(refs);

    const first = list.getByRole('button').filter({ hasText: refs[0] });
    await first.click();
    await expect(page.getByTestId('journey-heading')).toBeVisible();
    await expect(page.getByTestId('journey-heading')).toContainText(refs[0]);
    await expect(page.getByTestId('cohort-page')).toBeHidden();
    // The grey zone of that hand-over is the chosen finding, in the list and on the chart.
    await expect(
      page.locator('[data-finding-item^="greyzone:computed:"] .finding-button[aria-pressed="true"]'),
    ).toHaveCount(1);
    await expect(page.locator('rect[data-band="greyzone"][stroke-width="3"]')).toHaveCount(1);

    // Issue 28: one arrow-key edit asks before anything is saved; "Ändra bara här" saves nothing.
    await page.getByRole('button', { name: 'Redigera i tidslinjen' }).click();
    await page.locator('[data-bar]').first().focus();
    await page.keyboard.press('ArrowRight');
    const question = page.getByRole('dialog', { name: 'Spara en kopia under Resor?' });
    await expect(question).toBeVisible();
    await question.getByRole('button', { name: 'Ändra bara här' }).click();
    await expect(page.getByTestId('cohort-not-saved')).toBeVisible();

    await page.getByRole('button', { name: /Tillbaka till kohorten/ }).click();
    await expect(page.getByTestId('cohort-page')).toBeVisible();
    await expect(list.locator('li')).toHaveCount(refs.length); // the list is as it was
    await expect(first).toBeFocused();
    // The journey opened from the cohort is not in the library, nor in a write-ahead copy.
    await expect(page.getByTestId('library-button')).toHaveText(/\(0\)/);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(refs[0]);
    // Asked for, a copy is saved.
    await page.getByTestId('nav-journey').click();
    await page.getByTestId('back-to-cohort-bar').getByRole('button', { name: 'Spara en kopia under Resor' }).click();
    await expect(page.getByTestId('library-button')).toHaveText(/\(1\)/);
  });
});
