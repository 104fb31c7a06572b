/**
 * Zoom and pan gestures move the drawn chart by one transform per step (a zoom stretches it, and
 * its text is drawn crisp again when the steps pause) and draw it again when the gesture ends (issue #11, src/timeline/liveView.ts): what the transform shows is where the
 * new drawing puts everything, nothing is left transformed afterwards, and a gesture that reaches
 * past what was drawn is drawn again before it shows a hole.
 */
import type { Page } from '@playwright/test';
import { join } from 'node:path';
import { type ResanPage, barBetween, expect, repoRoot, test } from './fixtures';

type Rect = { left: number; right: number };
const layer = '[data-testid=timeline-live]';
const mover = '[data-testid=timeline-mover]';

/** Screen rects of the bars drawn in full, by id. */
function barRects(page: Page): Promise<Record<string, Rect & { x: string }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll('[data-bar]:not([data-culled])')].map((b) => {
        const body = b.querySelector('.bar-body')!;
        const r = body.getBoundingClientRect();
        return [b.getAttribute('data-bar'), { left: r.left, right: r.right, x: body.getAttribute('x')! }];
      }),
    ),
  );
}

async function chartBox(page: Page) {
  const b = await page.locator('[data-testid=timeline-viewport] > rect').boundingBox();
  if (!b) throw new Error('no chart');
  return b;
}

/** The gesture is over and drawn: no transform on the layer, the store's zoom is the live one. */
async function settled(page: Page) {
  await expect(page.locator(layer)).not.toHaveAttribute('transform', /./);
  await expect(page.locator(mover)).not.toHaveAttribute('style', /transform|will-change/);
  const svg = page.locator('svg.timeline-svg');
  await expect
    .poll(async () => [await svg.getAttribute('data-zoom-k'), await svg.getAttribute('data-zoom-x')])
    .toEqual([await svg.getAttribute('data-live-k'), await svg.getAttribute('data-live-x')]);
}

/** A fixture opened and zoomed in twice by the button (bars out of view on both sides), drawn and settled. */
async function openZoomedIn(resan: ResanPage, page: Page, fixture: string) {
  await resan.open();
  await resan.openFile(join(repoRoot, 'fixtures', fixture));
  await page.getByRole('button', { name: 'Zooma in' }).click();
  await page.getByRole('button', { name: 'Zooma in' }).click();
  await settled(page);
  return chartBox(page);
}

/** Bars drawn both times, not open-ended, well inside the chart: at the same place on screen. */
function expectSamePlaces(
  during: Record<string, Rect>,
  after: Record<string, Rect>,
  chart: { x: number; width: number },
) {
  const ids = Object.keys(during).filter(
    (id) => after[id] && during[id].left > chart.x + 2 && during[id].right < chart.x + chart.width - 2,
  );
  expect(ids.length).toBeGreaterThan(3);
  for (const id of ids) {
    expect(Math.abs(after[id].left - during[id].left), `${id} left`).toBeLessThan(1);
    expect(Math.abs(after[id].right - during[id].right), `${id} right`).toBeLessThan(1);
  }
}

test('a Ctrl+wheel zoom stretches the drawing by a transform, sharpens its text when the steps pause, and drawing it again puts every bar where it showed it', async ({
  resan,
  page,
}) => {
  test.slow();
  await resan.open();
  await resan.openFile(join(repoRoot, 'fixtures', 'forty-interventions.json'));
  await settled(page);
  const chart = await chartBox(page);
  const before = await barRects(page);

  // Three wheel steps, read back in the same task; then the pause that sharpens (50 ms), read back at once:
  // its timer was set at the last step with d3-zoom's end (150 ms), and comes first.
  const { during, paused } = await page.evaluate(
    async ({ cx, cy }) => {
      const target = document.querySelector('[data-testid=timeline-viewport] > rect')!;
      const g = document.querySelector('[data-testid=timeline-live]')!;
      const box = document.querySelector<HTMLElement>('[data-testid=timeline-mover]')!;
      const label = () => {
        const t = [...g.querySelectorAll('text')].find((e) => e.getBoundingClientRect().width > 20)!;
        return { text: t.textContent, width: t.getBoundingClientRect().width };
      };
      const read = () => ({
        layer: g.getAttribute('transform'),
        scaled: g.hasAttribute('data-scaled'),
        box: box.style.transform,
        label: label(),
        bars: Object.fromEntries(
          [...document.querySelectorAll('[data-bar]:not([data-culled])')].map((b) => {
            const body = b.querySelector('.bar-body')!;
            const r = body.getBoundingClientRect();
            return [b.getAttribute('data-bar'), { left: r.left, right: r.right, x: body.getAttribute('x')! }];
          }),
        ),
      });
      const labelBefore = label();
      for (let i = 0; i < 3; i++)
        target.dispatchEvent(
          new WheelEvent('wheel', {
            deltaY: -100,
            ctrlKey: true,
            bubbles: true,
            cancelable: true,
            clientX: cx,
            clientY: cy,
          }),
        );
      const during = { ...read(), labelBefore };
      await new Promise<void>((resolve) => {
        const seen = new MutationObserver(() => {
          if (!g.hasAttribute('data-scaled')) return;
          seen.disconnect();
          resolve();
        });
        seen.observe(g, { attributes: true });
      });
      return { during, paused: read() };
    },
    { cx: chart.x + chart.width / 2, cy: chart.y + 150 },
  );
  // Each step stretches the box the drawing sits in (the browser stretches its pixels, text too);
  // the SVG is not touched and nothing is drawn again: every bar keeps its x.
  expect(during.box).toMatch(/^translate\(-?[\d.]+px, 0px\) scale\([\d.]+, 1\)$/);
  expect(during.layer).toBeNull();
  expect(during.scaled).toBe(false);
  for (const [id, r] of Object.entries(before)) expect(during.bars[id]?.x, id).toBe(r.x);
  const ids = Object.keys(before);
  const spanBefore = before[ids[ids.length - 1]].right - before[ids[0]].left;
  const spanDuring = during.bars[ids[ids.length - 1]].right - during.bars[ids[0]].left;
  expect(spanDuring).toBeGreaterThan(spanBefore * 1.3);
  expect(during.label.text).toBe(during.labelBefore.text);
  expect(during.label.width).toBeGreaterThan(during.labelBefore.width * 1.3);

  // The pause: the SVG layer takes the zoom with its text scaled back (its own width again), the box no
  // stretch, and every bar exactly where the stretch showed it.
  expect(paused.layer).toMatch(/^translate\(-?[\d.]+,0\) scale\([\d.]+,1\)$/);
  expect(paused.scaled).toBe(true);
  expect(paused.box).toBe('');
  expect(paused.label.text).toBe(during.labelBefore.text);
  expect(Math.abs(paused.label.width - during.labelBefore.width)).toBeLessThan(1);
  for (const id of ids) {
    expect(Math.abs(paused.bars[id].left - during.bars[id].left), `${id} left`).toBeLessThan(0.5);
    expect(Math.abs(paused.bars[id].right - during.bars[id].right), `${id} right`).toBeLessThan(0.5);
  }

  // The gesture ends: drawn again at the live zoom, no transform left, every bar where the transform had it.
  await settled(page);
  expect(Number(await page.locator('svg.timeline-svg').getAttribute('data-zoom-k'))).toBeGreaterThan(1.3);
  const after = await barRects(page);
  expectSamePlaces(during.bars, after, chart);
  expect(Object.keys(after).some((id) => after[id].x !== before[id]?.x)).toBe(true);
});

test('a drag pans by a transform while the mouse moves and is drawn again when it is let go, everything where it was shown', async ({
  resan,
  page,
}) => {
  test.slow();
  const chart = await openZoomedIn(resan, page, 'forty-interventions.json');
  const before = await barRects(page);
  const x0 = await page.locator('svg.timeline-svg').getAttribute('data-zoom-x');

  // The lane names beside the chart, as pixels: the drawing moved past them must stay clipped to the chart.
  const names = { x: chart.x - 150, y: chart.y, width: 140, height: chart.height };
  const namesBefore = await page.screenshot({ clip: names });
  await page.mouse.move(chart.x + chart.width / 2, chart.y + 150);
  await page.mouse.down();
  await page.mouse.move(chart.x + chart.width / 2 + 120, chart.y + 150, { steps: 6 });
  // Mid-drag: the HTML box the drawing sits in is moved by the drag (the browser moves its pixels);
  // the SVG itself has no transform, nothing is scaled, nothing drawn again.
  await expect(page.locator(mover)).toHaveAttribute('style', /transform: translate\(120px(, 0px)?\)/);
  await expect(page.locator(layer)).not.toHaveAttribute('transform', /.*/);
  await expect(page.locator(layer)).not.toHaveAttribute('data-scaled', /.*/);
  expect(await page.screenshot({ clip: names })).toEqual(namesBefore);
  expect(await page.locator('svg.timeline-svg').getAttribute('data-zoom-x')).toBe(x0);
  const during = await barRects(page);
  for (const [id, r] of Object.entries(before)) {
    expect(during[id].x, id).toBe(r.x);
    expect(during[id].left - r.left, id).toBeCloseTo(120, 0);
  }
  await page.mouse.up();

  await settled(page);
  expect(Number(await page.locator('svg.timeline-svg').getAttribute('data-zoom-x'))).toBeCloseTo(Number(x0) + 120, 0);
  expectSamePlaces(during, await barRects(page), chart);
});

test('after a drag, a bar cut by the left edge starts its name at the edge, and the bars wholly inside are not drawn again', async ({
  resan,
  page,
}) => {
  test.slow();
  const chart = await openZoomedIn(resan, page, 'forty-interventions.json');
  const bars = page.locator('[data-testid=timeline-live] g.bars');
  const transformBefore = await bars.getAttribute('transform');
  const before = await barRects(page);
  await page.mouse.move(chart.x + chart.width / 2, chart.y + 150);
  await page.mouse.down();
  await page.mouse.move(chart.x + chart.width / 2 - 150, chart.y + 150, { steps: 6 });
  await page.mouse.up();
  await settled(page);
  // The bars' group is moved by the pan; their own coordinates are the pan's own no more.
  expect(await bars.getAttribute('transform')).not.toBe(transformBefore);
  const after = await barRects(page);
  const inside = (r: Rect) => r.left > chart.x + 1 && r.right < chart.x + chart.width - 1;
  const kept = Object.keys(after).filter((id) => before[id] && inside(before[id]) && inside(after[id]));
  expect(kept.length).toBeGreaterThan(3);
  for (const id of kept) {
    expect(after[id].x, id).toBe(before[id].x);
    expect(before[id].left - after[id].left, id).toBeCloseTo(150, 0);
  }
  // A bar the left edge cuts, wide enough for a name: its name starts 6 px inside the chart.
  const cut = await page.evaluate((left) => {
    for (const b of document.querySelectorAll('[data-bar]:not([data-culled])')) {
      const body = b.querySelector('.bar-body')!.getBoundingClientRect();
      const label = b.querySelector('.bar-label');
      if (body.left < left - 2 && body.right > left + 150 && label?.textContent)
        return { id: b.getAttribute('data-bar'), label: label.getBoundingClientRect().left };
    }
    return null;
  }, chart.x);
  expect(cut, 'a bar cut by the left edge').not.toBeNull();
  expect(cut!.label - chart.x, cut!.id!).toBeCloseTo(6, 0);
});

test('a drag that reaches past what was drawn is drawn again before it lets a hole show: an ongoing bar still reaches the edge', async ({
  resan,
  page,
}) => {
  test.slow();
  const chart = await openZoomedIn(resan, page, 'open-programme-mandates.json');
  const open = page.locator('[data-bar][data-end="open"]:not([data-culled]) .bar-body').first();
  await expect(open).toBeVisible();

  // Dragged 200 px to the left in steps: the ongoing bar, drawn to 40 px past the edge, would end inside the chart.
  const x0 = await page.locator('svg.timeline-svg').getAttribute('data-zoom-x');
  await page.mouse.move(chart.x + chart.width / 2, chart.y + 150);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    await page.mouse.move(chart.x + chart.width / 2 - 20 * i, chart.y + 150);
    await expect
      .poll(async () => {
        const r = await open.boundingBox();
        return r!.x + r!.width;
      }, `step ${i}`)
      .toBeGreaterThanOrEqual(chart.x + chart.width);
  }
  // It was drawn again during the drag, not only at its end.
  expect(await page.locator('svg.timeline-svg').getAttribute('data-zoom-x')).not.toBe(x0);
  await page.mouse.up();
  await settled(page);
});

test.describe('on a wide screen', () => {
  // At 1280 px a card as tall as a parallel bar's (its extra button and notes) stands against the window's right
  // edge, clear of the other bars, with no room to follow a drag to the right; on a wide screen it stands beside.
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('the details card of a chosen bar moves with it during a drag, and is placed beside it again after', async ({
    resan,
    page,
  }) => {
    test.slow();
    const chart = await openZoomedIn(resan, page, 'forty-interventions.json');
    // A bar in the left half of the chart, with room for the card to follow it 120 px to the right.
    const id = await barBetween(page, chart.x + 40, chart.x + chart.width / 3, 12);
    expect(id).toBeTruthy();
    const body = page.locator(`[data-bar="${id}"] .bar-body`);
    await body.click();
    const card = page.getByTestId('details');
    await expect(card).toBeVisible();
    const bar0 = (await body.boundingBox())!;
    const card0 = (await card.boundingBox())!;

    // The drag starts on the chart where the card is not.
    const start = await page.evaluate((c) => {
      for (const fy of [0.2, 0.5, 0.8, 0.95])
        for (const fx of [0.5, 0.3, 0.7]) {
          const at = { x: c.x + c.width * fx, y: c.y + c.height * fy };
          if (document.elementFromPoint(at.x, at.y)?.closest('[data-testid=timeline-viewport]')) return at;
        }
      return null;
    }, chart);
    expect(start).not.toBeNull();
    await page.mouse.move(start!.x, start!.y);
    await page.mouse.down();
    await page.mouse.move(start!.x + 120, start!.y, { steps: 6 });
    await expect(page.locator(mover)).toHaveAttribute('style', /translate\(120px/);
    // Mid-drag: the bar has moved 120 px, and its card with it.
    expect((await body.boundingBox())!.x - bar0.x).toBeCloseTo(120, 0);
    expect((await card.boundingBox())!.x - card0.x).toBeCloseTo(120, 0);
    await page.mouse.up();
    await settled(page);
    // Drawn again: the card is placed again (no transform left), still clear of its bar.
    await expect(card).not.toHaveAttribute('style', /translateX/);
    const bar1 = (await body.boundingBox())!;
    const card1 = (await card.boundingBox())!;
    const apart =
      card1.x >= bar1.x + bar1.width ||
      card1.x + card1.width <= bar1.x ||
      card1.y >= bar1.y + bar1.height ||
      card1.y + card1.height <= bar1.y;
    expect(apart, 'the card is not over its bar').toBe(true);
  });
});
