/**
 * Issue 25, WCAG 2.5.3 Label in name: a chart element's accessible name starts with the text it
 * shows. The introduktionsjobb bar's "+4 mån" is in its name, a bar whose label is cut with "…"
 * is named from the same words, and a histogram bar's "89 + 6" starts its name; axe's
 * label-content-name-mismatch (run with best practice) finds nothing on the forty-intervention
 * journey here, and on the demo journey and in the Kohort view in axeBestPractice.spec.ts (each state is audited once).
 */
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expectNoViolations } from './axe';
import { expect, repoRoot, test } from './fixtures';

const BP = { bestPractice: true };
test.describe.configure({ timeout: 180_000 });

/** The text an element shows, its pieces joined by spaces, as a person reads it. */
const shown = (el: Locator) =>
  el.evaluate((e) =>
    [...e.querySelectorAll('text')]
      .map((t) => t.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' '),
  );

/** A text with what axe leaves out of a comparison (punctuation, symbols, "…") taken away and spaces collapsed. */
const plain = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

test.describe('label in name (WCAG 2.5.3)', () => {
  test('the demo journey: the introduktionsjobb bar names its extension; every bar name starts with its label', async ({
    resan,
    page,
  }) => {
    await resan.open();
    const ij = page.locator('[data-bar="ij"]');
    await expect(page.locator('[data-tags="ij"] .bar-extension-label')).toHaveText('+4 mån');
    const name = (await ij.getAttribute('aria-label'))!;
    expect(plain(name).startsWith(plain(await shown(ij))), `"${name}" starts with "${await shown(ij)}"`).toBe(true);
    expect(name).toMatch(/förläng/i);
    for (const bar of await page.locator('[data-bar]:not([data-culled])').all()) {
      const text = await shown(bar);
      const label = (await bar.getAttribute('aria-label'))!;
      expect(plain(label).startsWith(plain(text)), `"${label}" starts with "${text}"`).toBe(true);
    }
  });

  test('the forty-intervention journey, its labels cut with "…"', async ({ resan, page }, testInfo) => {
    await resan.open();
    await resan.openFile(join(repoRoot, 'fixtures', 'forty-interventions.json'));
    await expect(page.getByTestId('journey-heading')).toContainText('P-FX-0040');
    await expect(page.getByTestId('timeline').locator('[data-bar]').first()).toBeVisible();
    const cut = page.locator('[data-bar] .bar-label', { hasText: '…' });
    expect(await cut.count()).toBeGreaterThan(0);
    await expectNoViolations(page, testInfo, 'the forty-intervention journey', BP);
  });

  test('the Kohort histogram: a bar\'s name starts with the "89 + 6" it shows', async ({ page, resan }) => {
    void resan;
    await page.clock.setFixedTime(new Date('2026-03-02T10:00:00+01:00'));
    await page.goto('/');
    await page.getByTestId('nav-cohort').click();
    await expect(page.getByTestId('overview-table')).toBeVisible({ timeout: 60_000 });
    const bars = page.getByTestId('chart-histogram').locator('.chart-button');
    const both = bars.filter({ hasText: '+' }).first();
    await expect(both).toBeVisible();
    for (const bar of await bars.all()) {
      const text = await shown(bar);
      const label = (await bar.getAttribute('aria-label'))!;
      expect(plain(label).startsWith(plain(text)), `"${label}" starts with "${text}"`).toBe(true);
    }
  });
});
