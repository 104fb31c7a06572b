/**
 * The chart's SVG text (issue 13): contrast measured from the screenshot's pixels (axe cannot
 * judge text over patterns and group opacity), and text spacing (WCAG 1.4.12) that leaves no
 * label overlapping another or outside its bar, band or box.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, repoRoot, test } from './fixtures';

type Rgb = [number, number, number];

const luminance = ([r, g, b]: Rgb) => {
  const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const contrast = (a: Rgb, b: Rgb) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};

/**
 * The contrast of one label from two screenshots of its box, with and without the text: the
 * pixels that change are the text's; its colour is the changed pixel that stands out most from
 * the background under it; the result is that colour against the background under the text,
 * taken at its 5th percentile (the worst of a pattern, not a stray pixel).
 */
export function measure(withText: Buffer, without: Buffer): number | null {
  const a = PNG.sync.read(withText);
  const b = PNG.sync.read(without);
  const pairs: [Rgb, Rgb][] = [];
  for (let i = 0; i < a.data.length; i += 4) {
    const p: Rgb = [a.data[i], a.data[i + 1], a.data[i + 2]];
    const q: Rgb = [b.data[i], b.data[i + 1], b.data[i + 2]];
    if (Math.abs(p[0] - q[0]) + Math.abs(p[1] - q[1]) + Math.abs(p[2] - q[2]) > 12) pairs.push([p, q]);
  }
  if (pairs.length < 4) return null;
  let text = pairs[0][0];
  let best = 0;
  for (const [p, q] of pairs) {
    const c = contrast(p, q);
    if (c > best) [best, text] = [c, p];
  }
  const ratios = pairs.map(([, q]) => contrast(text, q)).sort((x, y) => x - y);
  return ratios[Math.floor(ratios.length * 0.05)];
}

/** Every visible label of the timeline, measured; those under 4.5:1 are returned with their ratio. */
async function lowContrastLabels(page: Page): Promise<string[]> {
  const chart = page.getByTestId('timeline');
  const texts = chart.locator('svg text');
  const n = await texts.count();
  const low: string[] = [];
  let measured = 0;
  for (let i = 0; i < n; i++) {
    const t = texts.nth(i);
    const box = await t.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (!el.textContent?.trim() || cs.visibility === 'hidden' || cs.display === 'none') return null;
      return { x: r.x - 2, y: r.y - 2, width: r.width + 4, height: r.height + 4 };
    });
    const vp = page.viewportSize()!;
    if (
      !box ||
      box.width < 4 ||
      box.x < 0 ||
      box.y < 0 ||
      box.x + box.width > vp.width ||
      box.y + box.height > vp.height
    )
      continue;
    const withText = await page.screenshot({ clip: box, animations: 'disabled' });
    await t.evaluate((el) => ((el as SVGElement).style.visibility = 'hidden'));
    const without = await page.screenshot({ clip: box, animations: 'disabled' });
    await t.evaluate((el) => ((el as SVGElement).style.visibility = ''));
    const ratio = measure(withText, without);
    if (ratio === null) continue;
    measured++;
    // Reading of the spec: the "!" inside the cliff's warning triangle is part of a graphical symbol (1.4.11, 3:1).
    const needed = (await t.getAttribute('class'))?.includes('cliff-mark-text') ? 3 : 4.5;
    if (ratio < needed) {
      const what = await t.evaluate((el) => {
        const bar = el.closest('[data-bar]');
        const where = bar
          ? ` (bar ${bar.getAttribute('data-bar')}, cancelled=${bar.getAttribute('data-cancelled')}, exceeds=${bar.getAttribute('data-exceeds')})`
          : '';
        return `${el.getAttribute('class') ?? el.tagName} "${el.textContent}"${where}`;
      });
      low.push(`${what}: ${ratio.toFixed(2)}:1`);
    }
  }
  expect(measured, 'labels measured').toBeGreaterThan(5);
  return low;
}

test.describe('1.4.3 contrast of the chart text, measured from pixels', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the demo journey', async ({ resan, page }) => {
    await resan.open();
    expect(await lowContrastLabels(page)).toEqual([]);
  });

  test('the demo in English (the "+4 mo" extension on the projected part)', async ({ resan, page }) => {
    await resan.open();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('.bar-extension-label').first()).toHaveText(/mo/);
    expect(await lowContrastLabels(page)).toEqual([]);
  });

  test('cancelled bars and markings', async ({ resan, page }) => {
    await resan.open();
    await resan.openFile(join(repoRoot, 'fixtures', 'cancelled-annotations-exceeded.json'));
    await expect(page.getByTestId('timeline').locator('[data-bar]').first()).toBeVisible();
    expect(await lowContrastLabels(page)).toEqual([]);
  });

  test('a scenario on: a cliff that disappears', async ({ resan, page }) => {
    await resan.open();
    await resan.section('cliffs').getByRole('button', { name: 'Förläng 6 mån' }).first().click();
    await expect(page.getByTestId('scenario-summary')).toBeVisible();
    // Up to 1366 px the list with the quick action is under the chart: back up to the chart to measure it.
    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await lowContrastLabels(page)).toEqual([]);
  });
});

const TEXT_SPACING = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;

/** Chart labels that overlap one another, or leave the box they label, with the overrides in place. */
async function spacingProblems(page: Page): Promise<string[]> {
  return page.getByTestId('timeline').evaluate((chart) => {
    const svg = chart.querySelector('svg')!.getBoundingClientRect();
    const problems: string[] = [];
    const name = (el: Element) => `${el.getAttribute('class') ?? 'text'} "${el.textContent}"`;
    const labels = [...chart.querySelectorAll('svg text')].filter((t) => {
      const r = t.getBoundingClientRect();
      return t.textContent?.trim() && r.width > 0 && r.right > svg.left && r.left < svg.right;
    });
    const inside = (r: DOMRect, box: DOMRect) =>
      r.left >= box.left - 1 && r.right <= box.right + 1 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1;
    for (const t of labels) {
      const r = t.getBoundingClientRect();
      // Its box: a bar's body for a bar label, else the shape drawn right before it in its group (band, flag, tag).
      const bar = t.closest('[data-bar]')?.querySelector('.bar-body');
      let box: Element | null = t.classList.contains('bar-label') ? (bar ?? null) : null;
      // A finding's or a mandate's label names a place beside a mark (a gap a few days wide, a thin line): it is
      // drawn next to it by design, so its box is the chart; overlaps are checked below.
      const beside = t.classList.contains('finding-label') || t.classList.contains('mandate-label');
      if (!box && !beside) {
        for (let s = t.previousElementSibling; s; s = s.previousElementSibling)
          if (s.tagName === 'rect') {
            box = s;
            break;
          }
      }
      const within = box ? box.getBoundingClientRect() : svg;
      // Text that starts off the chart's left edge (a bar scrolled in from the left) is clipped there by design.
      if (r.left < svg.left - 1) problems.push(`${name(t)} starts before the chart`);
      else if (!inside(r, within))
        problems.push(`${name(t)} leaves its ${box ? (box.getAttribute('class') ?? 'box') : 'chart'}`);
    }
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) {
        const a = labels[i].getBoundingClientRect();
        const b = labels[j].getBoundingClientRect();
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) problems.push(`${name(labels[i])} overlaps ${name(labels[j])}`);
      }
    return problems;
  });
}

test.describe('1.4.12 text spacing', () => {
  // The app's CSP allows no inline style; the overrides are the user's own style sheet, so the test lets them in.
  test.use({ bypassCSP: true });

  test('1.4.12 text spacing: with the overrides, no chart label overlaps another or leaves its box', async ({
    resan,
    page,
  }) => {
    await resan.open();
    await page.addStyleTag({ content: TEXT_SPACING });
    // The chart measures its text again after the styles change.
    await page.setViewportSize({ width: 1279, height: 720 });
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect.poll(() => spacingProblems(page), { timeout: 10_000 }).toEqual([]);
  });
});
