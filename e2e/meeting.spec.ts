/**
 * The meeting room on a 1280×720 projector (issue 12, items 1 and 2 in part): the chart gets
 * most of the screen, the details of a chosen bar open beside it, the summary can be hidden,
 * Mötesläge hides editing and enlarges the chart's text, and the chart's labels stay with
 * their item, cut with "…" and never at the chart's edge.
 */
import type { Locator, Page } from '@playwright/test';
import { expectNoViolations } from './axe';
import { EVERY_50_MS, expect, test } from './fixtures';

type Box = { x: number; y: number; width: number; height: number };
const VIEW = { width: 1280, height: 720 };

async function box(locator: Locator): Promise<Box> {
  const b = await locator.boundingBox();
  expect(b, 'the element is drawn').not.toBeNull();
  return b!;
}

function expectInside(inner: Box, outer: Box, what: string) {
  expect(inner.x, `${what}: left`).toBeGreaterThanOrEqual(outer.x - 0.5);
  expect(inner.y, `${what}: top`).toBeGreaterThanOrEqual(outer.y - 0.5);
  expect(inner.x + inner.width, `${what}: right`).toBeLessThanOrEqual(outer.x + outer.width + 0.5);
  expect(inner.y + inner.height, `${what}: bottom`).toBeLessThanOrEqual(outer.y + outer.height + 0.5);
}

const viewport = { x: 0, y: 0, ...VIEW };
const chart = (page: Page) => page.getByTestId('timeline');
/** The lane names' column: 180 px, wider in Mötesläge (the SVG says, `data-label-width`). */
async function column(page: Page): Promise<number> {
  return Number(await chart(page).locator('svg.timeline-svg').getAttribute('data-label-width'));
}
/** The plotting area: the chart's box right of the lane names. */
async function plotArea(page: Page): Promise<Box> {
  const c = await box(chart(page));
  const w = await column(page);
  return { x: c.x + w, y: c.y, width: c.width - w, height: c.height };
}
const introduktionsjobb = (page: Page) =>
  page.locator('[data-testid=timeline] [data-bar][aria-label^="Introduktionsjobb"]').first();

test.use({ viewport: VIEW });

test('reading of the spec: the header is the app header, the toolbar and the journey heading; below it the chart box takes at least 75% of the width and of the height, with every lane of the demo inside it', async ({
  resan,
  page,
}) => {
  await resan.open();
  const header = await box(page.locator('.journey-header'));
  const below = VIEW.height - (header.y + header.height);
  const c = await box(chart(page));
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(c.width, 'the chart is at least 75% of the width').toBeGreaterThanOrEqual(0.75 * VIEW.width);
  expect(c.height, 'the chart is at least 75% of the height below the header').toBeGreaterThanOrEqual(0.75 * below);
  expectInside(c, viewport, 'the chart box, without scrolling');
  const lanes = page.locator('[data-testid=timeline] .lane-backgrounds [data-lane]');
  await expect(lanes).toHaveCount(4);
  for (const lane of await lanes.all()) {
    const name = await lane.getAttribute('data-lane');
    expectInside(await box(lane.locator('rect')), c, `lane ${name}`);
  }
});

test('a mouse click on a bar opens its details and a quick action beside it, inside the window, without scrolling; Escape closes them and focus goes back to the bar', async ({
  resan,
  page,
}) => {
  await resan.open();
  const bar = introduktionsjobb(page);
  await bar.click();
  const details = page.getByTestId('details');
  await expect(details.locator('h3')).toContainText('Introduktionsjobb');
  const extend = details.getByRole('button', { name: 'Förläng 6 mån' });
  await expect(extend).toBeVisible();
  expect(await page.evaluate(() => window.scrollY), 'the page did not scroll').toBe(0);
  expectInside(await box(details.locator('h3')), viewport, 'the details heading');
  expectInside(await box(extend), viewport, '"Förläng 6 mån"');
  expectInside(await box(details.getByRole('button', { name: 'Stäng detaljer' })), viewport, '"Stäng detaljer"');
  // Beside the bar, not over it.
  const b = await box(bar.locator('.bar-body').first());
  const d = await box(details);
  const overlaps = d.x < b.x + b.width && b.x < d.x + d.width && d.y < b.y + b.height && b.y < d.y + d.height;
  expect(overlaps, 'the card does not hide the chosen bar').toBe(false);

  await extend.focus();
  await page.keyboard.press('Escape');
  await expect(details.getByRole('button', { name: 'Förläng 6 mån' })).toHaveCount(0);
  await expect(bar).toBeFocused();
});

test('the summary can be hidden and shown again, and stays as it was left after a reload', async ({ resan, page }) => {
  await resan.open();
  const summary = page.getByRole('heading', { name: 'Sammanfattning' });
  await expect(summary).toBeVisible();
  const hide = page.getByRole('button', { name: 'Dölj sammanfattning' });
  await expect(hide).toHaveAttribute('aria-expanded', 'true');
  await hide.click();
  await expect(summary).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Scenarier' })).toBeHidden();
  const show = page.getByRole('button', { name: 'Visa sammanfattning' });
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await expect(show).toBeFocused();

  await page.reload();
  await expect(page.getByTestId('journey-heading')).toBeVisible();
  await expect(summary).toBeHidden();
  await page.getByRole('button', { name: 'Visa sammanfattning' }).click();
  await expect(summary).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sammanfattning' })).toBeVisible();
});

test('Mötesläge hides editing, makes the bar labels larger, is remembered, and Escape leaves it', async ({
  resan,
  page,
}) => {
  await resan.open();
  const label = page.locator('[data-testid=timeline] .bar-label').first();
  const size = () => label.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const width = () => label.evaluate((el) => (el as SVGTextElement).getBBox().height);
  const before = { size: await size(), height: await width() };
  const editing = [
    page.getByRole('button', { name: 'Lägg till ▾' }),
    page.getByRole('button', { name: 'Redigera i tidslinjen' }),
    page.getByRole('button', { name: /Ångra/ }),
    page.getByRole('button', { name: /Gör om/ }),
    page
      .locator('table.interventions')
      .getByRole('button', { name: /^Ändra/ })
      .first(),
  ];
  for (const control of editing) await expect(control).toBeVisible();

  const toggle = page.getByRole('button', { name: 'Mötesläge' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  for (const control of editing) await expect(control).toBeHidden();
  await expect(page.getByRole('button', { name: 'Ta bort', exact: true })).toHaveCount(0);
  expect(await size(), 'the bar label is drawn larger').toBeGreaterThanOrEqual(before.size * 1.2);
  expect(await width(), 'the bar label takes more room').toBeGreaterThan(before.height * 1.15);
  // A chosen bar keeps its quick actions, not its editing.
  await introduktionsjobb(page).click();
  const details = page.getByTestId('details');
  await expect(details.getByRole('button', { name: 'Förläng 6 mån' })).toBeVisible();
  await expect(details.getByRole('button', { name: 'Ändra' })).toBeHidden();
  await details.getByRole('button', { name: 'Stäng detaljer' }).click();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Mötesläge' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Redigera i tidslinjen' })).toBeHidden();
  await chart(page).focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Mötesläge' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Redigera i tidslinjen' })).toBeVisible();
  expect(await size()).toBeCloseTo(before.size, 1);
});

/** Each finding in the strips with its mark's box and its label's box (if it has one). */
const STRIP_MARKS = '[data-testid=timeline] [data-finding]:not([data-finding=cliff])';
async function findingLabels(page: Page) {
  return page.locator(STRIP_MARKS).evaluateAll((marks) =>
    marks.map((m, index) => {
      const rect = m.querySelector('rect')!.getBoundingClientRect();
      const text = m.querySelector('.finding-label') as SVGTextElement | null;
      const t = text?.getBoundingClientRect();
      return {
        index,
        title: m.querySelector('title')?.textContent ?? '',
        name: m.getAttribute('aria-label') ?? '',
        mark: { x: rect.x, width: rect.width },
        label: t && text!.textContent ? { x: t.x, width: t.width, text: text!.textContent } : null,
      };
    }),
  );
}

test('zoomed in, every finding label stands on its own finding (or its visible part), and a finding out of view has none', async ({
  resan,
  page,
}) => {
  await resan.open();
  const zoomIn = page.getByRole('button', { name: 'Zooma in' });
  for (let i = 0; i < 3; i++) await zoomIn.click();
  await expect(chart(page).locator('svg.timeline-svg')).not.toHaveAttribute('data-zoom-k', '1.000');
  const plot = await plotArea(page);
  await expect
    .poll(async () => (await findingLabels(page)).some((f) => f.mark.x + f.mark.width < plot.x), EVERY_50_MS)
    .toBe(true);
  const findings = await findingLabels(page);
  let labelled = 0;
  for (const f of findings) {
    const from = Math.max(f.mark.x, plot.x);
    const to = Math.min(f.mark.x + f.mark.width, plot.x + plot.width);
    if (to < from) {
      expect(f.label, `"${f.title}" is out of view and has no label`).toBeNull();
      continue;
    }
    if (!f.label) continue;
    labelled++;
    expect(f.label.x, `"${f.label.text}" starts on its finding`).toBeGreaterThanOrEqual(from - 1);
    expect(f.label.x, `"${f.label.text}" starts on its finding`).toBeLessThanOrEqual(to + 1);
    expect(f.label.x + f.label.width, `"${f.label.text}" ends inside the chart`).toBeLessThanOrEqual(
      plot.x + plot.width + 1,
    );
  }
  expect(labelled, 'some findings in view are labelled').toBeGreaterThan(0);
});

test('a finding label that does not fit is cut between words with "…" inside the chart, and its name and tooltip have the whole text', async ({
  resan,
  page,
}) => {
  await resan.open();
  const plot = await plotArea(page);
  const findings = await findingLabels(page);
  for (const f of findings) {
    if (!f.label) continue;
    expect(f.label.x + f.label.width, `"${f.label.text}" is not cut by the chart's edge`).toBeLessThanOrEqual(
      plot.x + plot.width + 1,
    );
  }
  // The name (and tooltip) is the label's whole text followed by the finding's dates (WCAG item 10).
  const cut = findings.filter((f) => f.label && !f.title.startsWith(`${f.label.text}, `));
  expect(cut.length, 'the demo at 1280 px has a finding label that does not fit').toBeGreaterThan(0);
  for (const f of cut) {
    expect(f.label!.text, 'a cut label ends with "…"').toMatch(/…\u2069*$/);
    const kept = f.label!.text.replace(/…\u2069*$/, '');
    expect(f.title.startsWith(kept), 'the cut is the start of the text').toBe(true);
    expect(f.title.slice(kept.length), `"${f.label!.text}" is cut between words, not inside one`).toMatch(
      /^[\s,.:;–-]/,
    );
    await expect(page.locator(STRIP_MARKS).nth(f.index)).toHaveAccessibleName(f.title);
  }
});

test('the reference-day tag near the chart’s right edge turns to the left of its line instead of being cut', async ({
  resan,
  page,
}) => {
  await resan.open();
  await page.getByRole('button', { name: 'Zooma in' }).click();
  const plot = await plotArea(page);
  const line = page.getByTestId('today-line');
  // Drag the chart so that the reference day is 30 px from its right edge.
  const lineX = (await box(line.locator('line'))).x;
  const target = plot.x + plot.width - 30;
  const y = plot.y + plot.height - 20;
  await page.mouse.move(plot.x + plot.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(plot.x + plot.width / 2 + (target - lineX) / 2, y, { steps: 4 });
  await page.mouse.move(plot.x + plot.width / 2 + (target - lineX), y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(async () => Math.abs((await box(line.locator('line'))).x - target), EVERY_50_MS).toBeLessThan(12);
  expectInside(await box(line.locator('rect')), plot, 'the tag');
  expectInside(await box(line.locator('text')), plot, 'the tag’s text');
  await expect(line.locator('text')).toHaveText('Per 16 nov. 2026');
});

test('lane names stay in their column: two words on two lines, one long word hyphenated at its joint, whole in the tooltip', async ({
  resan,
  page,
}) => {
  await resan.open();
  const c = await box(chart(page));
  // The names end 10 px before the chart, as the strips' names do (the column, 180 px, − 10).
  expect(await column(page)).toBe(180);
  const names = { x: c.x, y: c.y, width: 170, height: c.height };
  const label = page.locator('[data-testid=timeline] [data-lane-label=samordningsforbund]');
  const shown = async () => (await label.locator('tspan').allTextContents()).join(' ');

  // One long word: hyphenated where the compound joins, on two lines, nothing cut (issue #24 point 3).
  await expect(label.locator('title')).toHaveText('Samordningsförbundet');
  await expect(label.locator('tspan')).toHaveText(['Samordnings-', 'förbundet']);
  expectInside(await box(label), names, `the lane name "${await shown()}"`);

  // Two words: on two lines, whole.
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await expect(label.locator('title')).toHaveText('Coordination association');
  await expect(label.locator('tspan')).toHaveText(['Coordination', 'association']);
  expectInside(await box(label), names, 'the lane name "Coordination association"');
});

test('Mötesläge turns on in one step: from the click on, every frame has the figure strip and the chart where it ends', async ({
  resan,
  page,
}) => {
  await resan.open();
  type Place = { top: number; height: number; strip: boolean };
  await page.evaluate(() => {
    const w = window as unknown as { frames: Place[]; laidOut: Place[] };
    w.frames = [];
    w.laidOut = [];
    const place = (): Place | null => {
      const c = document.querySelector('[data-testid=timeline]')?.getBoundingClientRect();
      if (!c || !document.querySelector('.app.meeting-mode')) return null;
      const strip = document.querySelector('[data-testid=figure-strip]') !== null;
      return { top: Math.round(c.top), height: Math.round(c.height), strip };
    };
    // Each frame's start, with Mötesläge on: what the click drew.
    const sample = () => {
      const p = place();
      if (p) w.frames.push(p);
      if (w.frames.length < 40) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    // After layout, before paint, after the app's own observers (made before this one): what is painted.
    const observer = new ResizeObserver(() => {
      const p = place();
      if (p) w.laidOut.push(p);
    });
    observer.observe(document.querySelector('.app')!);
    observer.observe(document.querySelector('[data-testid=timeline]')!);
  });
  await page.getByRole('button', { name: 'Mötesläge' }).click();
  const seen = () =>
    page.evaluate(() => {
      const w = window as unknown as { frames: Place[]; laidOut: Place[] };
      return { frames: w.frames, laidOut: w.laidOut };
    });
  await expect.poll(async () => (await seen()).frames.length).toBe(40);
  const { frames, laidOut } = await seen();
  // Until 2026-12-07 the strip was loaded on first use: for 0.4-0.6 s the chart stood 70 px higher and
  // 40 px taller, then jumped; and the chart's new height came a frame after the strip.
  expect(
    frames.filter((f) => !f.strip),
    'frames in Mötesläge without the figure strip',
  ).toEqual([]);
  const last = frames[frames.length - 1];
  expect(
    frames.filter((f) => f.top !== last.top),
    `frames where the chart's top is not at ${last.top} px`,
  ).toEqual([]);
  expect(laidOut.length, 'the page was laid out again in Mötesläge').toBeGreaterThan(0);
  expect(
    laidOut.filter((f) => f.top !== last.top || f.height !== last.height || !f.strip),
    `layouts where the chart is not at its final place (${last.top} px, ${last.height} px tall)`,
  ).toEqual([]);
});

test('in Mötesläge the lane names grow with the chart’s other text, in a column that grows with them: no name is cut that was whole', async ({
  resan,
  page,
}) => {
  await resan.open();
  const lanes = page.locator('[data-testid=timeline] [data-lane-label]');
  const shownNames = () =>
    lanes.evaluateAll((els) => els.map((e) => [...e.querySelectorAll('tspan')].map((t) => t.textContent).join(' ')));
  const before = await shownNames();
  const size = (sel: string) =>
    page
      .locator(`[data-testid=timeline] ${sel}`)
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(await size('.lane-label')).toBe(13);

  await page.getByRole('button', { name: 'Mötesläge' }).click();
  await expect(chart(page).locator('svg.timeline-svg')).toHaveAttribute('data-label-width', '225');
  await expect(page.getByTestId('figure-strip')).toBeVisible();
  // The names are as large as the strips' names beside them (12 px × 1.25 = 15) and larger than before.
  expect(await size('.lane-label')).toBeCloseTo(16.25, 1);
  expect(await size('.lane-label')).toBeGreaterThan(await size('.strip-label'));
  // Every name shown whole before is whole now; every name stays in its column, clear of the chart.
  const after = await shownNames();
  before.forEach((name, i) => {
    if (!name.includes('…')) expect(after[i], `"${name}"`).toBe(name);
  });
  expect(after).toContain('Arbetsförmedlingen');
  const c = await box(chart(page));
  for (const label of await lanes.all())
    expectInside(await box(label), { x: c.x, y: c.y, width: 225 - 10, height: c.height }, 'a lane name');
  // The chart starts after the column: its first bar area begins at 225 px.
  expect((await plotArea(page)).x).toBeCloseTo(c.x + 225, 0);
  expect((await box(chart(page).locator('[data-testid=timeline-viewport] > rect'))).x).toBeCloseTo(c.x + 225 + 1, 0);
});

test('axe: Mötesläge with a bar’s details open and the summary hidden, in Swedish and English', async ({
  resan,
  page,
}, testInfo) => {
  test.slow();
  await resan.open();
  await page.getByRole('button', { name: 'Dölj sammanfattning' }).click();
  await page.getByRole('button', { name: 'Mötesläge' }).click();
  await introduktionsjobb(page).click();
  await expect(page.getByTestId('details').getByRole('button', { name: 'Förläng 6 mån' })).toBeVisible();
  await expectNoViolations(page, testInfo, 'Mötesläge, details open, summary hidden (sv)', { bestPractice: true });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Meeting mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Show summary' })).toBeVisible();
  await expectNoViolations(page, testInfo, 'meeting mode, details open, summary hidden (en)', { bestPractice: true });
});
