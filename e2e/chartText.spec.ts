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

/** A screenshot's pixels, to cut each label's box out of. */
type Pixels = { width: number; data: Buffer };
/** A label's box on screen, in whole pixels. */
type Box = { x: number; y: number; width: number; height: number };

/**
 * The contrast of one label from two screenshots of its box, with and without the text: the
 * pixels that change are the text's; its colour is the changed pixel that stands out most from
 * the background under it; the result is that colour against the background under the text,
 * taken at its 5th percentile (the worst of a pattern, not a stray pixel).
 */
export function measure(withText: Pixels, without: Pixels, box: Box): number | null {
  const pairs: [Rgb, Rgb][] = [];
  for (let y = box.y; y < box.y + box.height; y++)
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * withText.width + x) * 4;
      const a = withText.data;
      const b = without.data;
      const p: Rgb = [a[i], a[i + 1], a[i + 2]];
      const q: Rgb = [b[i], b[i + 1], b[i + 2]];
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

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Every visible label of the timeline, measured; those under 4.5:1 are returned with their ratio.
 * Each label is measured from the page as it is and the page with that label hidden, in its box
 * (2 px around its text). Labels whose boxes do not touch are hidden together: in one label's box
 * only its own pixels change, as when it is hidden alone, with one screenshot for many labels.
 */
async function lowContrastLabels(page: Page): Promise<string[]> {
  const vp = page.viewportSize()!;
  // Every label read in one call: its box in whole pixels (null if it is not measured), what it is, the ratio it needs.
  const labels = await page.getByTestId('timeline').evaluate(
    (chart, vp) =>
      [...chart.querySelectorAll('svg text')].map((el) => {
        const r = el.getBoundingClientRect();
        const cs = getComputedStyle(el);
        const bar = el.closest('[data-bar]');
        const where = bar
          ? ` (bar ${bar.getAttribute('data-bar')}, cancelled=${bar.getAttribute('data-cancelled')}, exceeds=${bar.getAttribute('data-exceeds')})`
          : '';
        const what = `${el.getAttribute('class') ?? el.tagName} "${el.textContent}"${where}`;
        // Reading of the spec: the "!" inside the cliff's warning triangle is part of a graphical symbol (1.4.11, 3:1).
        const needed = el.getAttribute('class')?.includes('cliff-mark-text') ? 3 : 4.5;
        const [x, y] = [r.x - 2, r.y - 2];
        const [width, height] = [r.width + 4, r.height + 4];
        const shown = el.textContent?.trim() && cs.visibility !== 'hidden' && cs.display !== 'none';
        const inView = width >= 4 && x >= 0 && y >= 0 && x + width <= vp.width && y + height <= vp.height;
        if (!shown || !inView) return { box: null, what, needed };
        const [left, top] = [Math.floor(x), Math.floor(y)];
        const box = {
          x: left,
          y: top,
          width: Math.min(vp.width, Math.ceil(x + width)) - left,
          height: Math.min(vp.height, Math.ceil(y + height)) - top,
        };
        return { box, what, needed };
      }),
    vp,
  );
  // Labels in groups whose boxes do not touch one another.
  const groups: number[][] = [];
  labels.forEach(({ box }, i) => {
    if (!box) return;
    const free = groups.find((g) => g.every((j) => !overlap(box, labels[j].box!)));
    if (free) free.push(i);
    else groups.push([i]);
  });
  const shot = async () => {
    const png = PNG.sync.read(await page.screenshot({ animations: 'disabled' }));
    // The boxes are in CSS pixels: one screenshot pixel each.
    expect([png.width, png.height]).toEqual([vp.width, vp.height]);
    return { width: png.width, data: png.data };
  };
  const hide = (group: number[], visibility: string) =>
    page.getByTestId('timeline').evaluate(
      (chart, [group, visibility]) => {
        const texts = chart.querySelectorAll('svg text');
        for (const i of group) (texts[i] as SVGElement).style.visibility = visibility;
      },
      [group, visibility] as const,
    );
  const withText = await shot();
  const low: string[] = [];
  let measured = 0;
  for (const group of groups) {
    await hide(group, 'hidden');
    const without = await shot();
    await hide(group, '');
    for (const i of group) {
      const ratio = measure(withText, without, labels[i].box!);
      if (ratio === null) continue;
      measured++;
      if (ratio < labels[i].needed) low.push(`${labels[i].what}: ${ratio.toFixed(2)}:1`);
    }
  }
  expect(measured, 'labels measured').toBeGreaterThan(5);
  return low;
}

test.describe('1.4.3 contrast of the chart text, measured from pixels', () => {
  test.describe.configure({ timeout: 180_000 });

  // The four states one after another in one page, one step each: the demo, in English, with a
  // scenario on (back in Swedish), then the cancelled bars' file.
  test('the demo journey, in English, with a scenario on, and cancelled bars and markings', async ({ resan, page }) => {
    await resan.open();
    await test.step('the demo journey', async () => {
      expect(await lowContrastLabels(page)).toEqual([]);
    });
    await test.step('the demo in English (the "+4 mo" extension on the projected part)', async () => {
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.locator('.bar-extension-label').first()).toHaveText(/mo/);
      expect(await lowContrastLabels(page)).toEqual([]);
      await page.getByRole('button', { name: 'Svenska', exact: true }).click();
    });
    await test.step('a scenario on: a cliff that disappears', async () => {
      await resan.section('cliffs').getByRole('button', { name: 'Förläng 6 mån' }).first().click();
      await expect(page.getByTestId('scenario-summary')).toBeVisible();
      // Up to 1366 px the list with the quick action is under the chart: back up to the chart to measure it.
      await page.evaluate(() => window.scrollTo(0, 0));
      expect(await lowContrastLabels(page)).toEqual([]);
    });
    await test.step('cancelled bars and markings', async () => {
      // The demo has a scenario now, so opening a file asks first: its edits are dropped.
      await resan.openFile(join(repoRoot, 'fixtures', 'cancelled-annotations-exceeded.json'));
      await page.getByTestId('leave-demo').getByRole('button', { name: 'Gå vidare utan att spara' }).click();
      await expect(page.getByTestId('journey-heading')).toContainText('P-FX-0588');
      await expect(page.getByTestId('timeline').locator('[data-bar]').first()).toBeVisible();
      expect(await lowContrastLabels(page)).toEqual([]);
    });
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
