/**
 * The timeline, checked against the domain's own analysis: what is drawn is what
 * analyzeJourney finds, in the right lanes and order, at both screen sizes.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_JOURNEY } from '../src/demo/demoJourney';
import { type Journey, actorOf, analyzeJourney, parseJourney, resolveCatalogue } from '../src/domain';
import { formatDay } from '../src/i18n/format';
import { ACTOR_ORDER } from '../src/timeline/palette';
import { EVERY_50_MS, barBetween, expect, repoRoot, test } from './fixtures';

const day = (iso: string) => formatDay(iso, 'sv');

function fixture(name: string): Journey {
  const r = parseJourney(readFileSync(join(repoRoot, 'fixtures', name), 'utf8'));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r.journey;
}

const JOURNEYS: { name: string; file?: string; journey: Journey }[] = [
  { name: 'demo', journey: DEMO_JOURNEY },
  { name: 'FK–AF grey zone', file: 'fk-af-greyzone.json', journey: fixture('fk-af-greyzone.json') },
  {
    name: 'open programme and mandates',
    file: 'open-programme-mandates.json',
    journey: fixture('open-programme-mandates.json'),
  },
  {
    name: 'cancelled, annotations, exceeded',
    file: 'cancelled-annotations-exceeded.json',
    journey: fixture('cancelled-annotations-exceeded.json'),
  },
  { name: 'forty interventions', file: 'forty-interventions.json', journey: fixture('forty-interventions.json') },
];

async function box(page: Page, selector: string) {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`no box for ${selector}`);
  return b;
}

async function zoomK(page: Page) {
  return Number(await page.locator('.timeline-svg').getAttribute('data-zoom-k'));
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`timeline at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    // The journeys one after another in one page (each opened as a person opens a file), one step each.
    test('each journey: the drawing matches analyzeJourney', async ({ resan, page }) => {
      // Heavy on a busy 2-core machine: room enough that speed never decides the outcome.
      test.slow();
      await resan.open();
      for (const { name, file, journey } of JOURNEYS)
        await test.step(name, async () => {
          if (file) await resan.openFile(join(repoRoot, 'fixtures', file));
          await expect(page.getByTestId('journey-heading')).toContainText(journey.participant.ref);
          const analysis = analyzeJourney(journey);
          const catalogue = resolveCatalogue(journey);
          const chart = page.getByTestId('timeline');

          // One gap mark and one band per gap, with its length.
          const gapMarks = chart.locator('[data-finding=gap]');
          await expect(gapMarks).toHaveCount(analysis.gaps.length);
          await expect(chart.locator('[data-band=gap]')).toHaveCount(analysis.gaps.length);
          for (const [i, g] of analysis.gaps.entries()) {
            const mark = gapMarks.nth(i);
            await expect(mark).toHaveAttribute('data-start', g.start);
            await expect(mark).toHaveAttribute('data-end', g.end);
            await expect(mark).toHaveAttribute('data-days', String(g.days));
            // Item 10 of the WCAG audit: the name says when, not only how long.
            const when = g.open ? `från ${day(g.start)}, pågår` : `${day(g.start)} – ${day(g.end)}`;
            await expect(mark).toHaveAttribute(
              'aria-label',
              `Glapp ${g.days} dagar, ${g.workingDays} arbetsdagar, ${when}`,
            );
          }

          // Waits after försteg with a length are labelled as such.
          const waits = analysis.forstegWaits.filter((w) => w.days > 0);
          await expect(chart.locator('[data-finding=wait]')).toHaveCount(waits.length);
          for (const w of waits) {
            await expect(chart.locator(`[data-finding=wait][data-forsteg="${w.forsteg}"]`)).toHaveAttribute(
              'aria-label',
              `Väntan efter försteg: ${w.days} dagar, ${day(w.start!)} – ${day(w.end!)}`,
            );
          }

          // One grey-zone mark and band per grey zone.
          await expect(chart.locator('[data-finding=greyzone]')).toHaveCount(analysis.greyZones.length);
          await expect(chart.locator('[data-band^=greyzone]')).toHaveCount(analysis.greyZones.length);
          for (const z of analysis.greyZones) {
            const mark = chart.locator(`[data-finding=greyzone][data-start="${z.start}"][data-manual="${z.manual}"]`);
            await expect(mark).toHaveAttribute('data-days', String(z.days));
            await expect(mark).toHaveAttribute('aria-label', new RegExp(`, ${day(z.start)} – ${day(z.end)}$`));
          }

          // One cliff warning per cliff, at its intervention.
          await expect(chart.locator('[data-finding=cliff]')).toHaveCount(analysis.cliffs.length);
          for (const c of analysis.cliffs) {
            const mark = chart.locator(`[data-finding=cliff][data-intervention="${c.intervention}"]`);
            await expect(mark).toHaveAttribute('data-days-left', String(c.daysLeft));
            await expect(mark).toContainText(`Slutar om ${c.daysLeft} dagar – inget planerat efter.`);
            await expect(mark).toHaveAttribute('aria-label', new RegExp(`Slutdatum ${day(c.end)}\\.$`));
          }

          // Lanes in the stable order, each bar in its actor's lane, in order of start.
          const laneIds = await chart
            .locator('[data-lane-index]')
            .evaluateAll((els) => els.map((e) => e.getAttribute('data-lane')));
          const expectedLanes = [
            ...new Set([
              ...journey.interventions.map((iv) => actorOf(iv, catalogue)!),
              ...(journey.mandates ?? []).map((m) => m.actor),
              ...(journey.events ?? []).flatMap((e) => (e.actor ? [e.actor] : [])),
            ]),
          ];
          expect([...laneIds].filter((l) => l !== '__events').sort()).toEqual([...expectedLanes].sort());
          const builtInRank = laneIds
            .filter((l): l is string => !!l && ACTOR_ORDER.includes(l))
            .map((l) => ACTOR_ORDER.indexOf(l));
          expect(builtInRank).toEqual([...builtInRank].sort((a, b) => a - b));

          // Every bar, read in one pass (attributes and boxes), then checked here.
          type Drawn = { lane: string; row: string; end: string; cancelled: string; exceeds: string } & Record<
            'x0' | 'x1' | 'y' | 'h',
            number
          >;
          const drawn = await chart.evaluate((root) => {
            const bars: Record<string, Drawn> = {};
            for (const e of root.querySelectorAll('[data-bar]')) {
              const r = e.querySelector('.bar-body')!.getBoundingClientRect();
              const a = (n: string) => e.getAttribute(n) ?? '';
              bars[a('data-bar')] = {
                lane: a('data-lane'),
                row: a('data-row'),
                end: a('data-end'),
                cancelled: a('data-cancelled'),
                exceeds: a('data-exceeds'),
                x0: r.left,
                x1: r.right,
                y: r.top,
                h: r.height,
              };
            }
            const lanes: Record<string, { y: number; h: number }> = {};
            for (const e of root.querySelectorAll('[data-lane-index]')) {
              const r = e.querySelector('rect')!.getBoundingClientRect();
              lanes[e.getAttribute('data-lane')!] = { y: r.top, h: r.height };
            }
            const today = root.querySelector('[data-testid=today-line] line')!.getBoundingClientRect().left;
            return { bars, lanes, today };
          });
          for (const [i, iv] of journey.interventions.entries()) {
            const bar = drawn.bars[iv.id];
            const a = analysis.interventions[i];
            expect(bar, iv.id).toBeDefined();
            expect(bar.lane).toBe(actorOf(iv, catalogue)!);
            expect(bar.end).toBe(a.effectiveEnd ?? 'open');
            expect(bar.cancelled).toBe(String(a.status === 'cancelled'));
            expect(bar.exceeds).toBe(String(a.exceedsMaximum));
            const lane = drawn.lanes[bar.lane];
            expect(bar.y).toBeGreaterThanOrEqual(lane.y);
            expect(bar.y + bar.h).toBeLessThanOrEqual(lane.y + lane.h + 0.5);
          }
          // Order within the time axis: a later start is further right.
          const starts = [...journey.interventions]
            .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0))
            .map((iv) => ({ start: iv.start, x: drawn.bars[iv.id].x0 }));
          for (let k = 1; k < starts.length; k++) {
            if (starts[k].start > starts[k - 1].start) expect(starts[k].x).toBeGreaterThan(starts[k - 1].x);
          }
          // Bars of one lane and row never overlap.
          const rects = Object.values(drawn.bars);
          for (const a of rects)
            for (const b of rects) {
              if (a !== b && a.lane === b.lane && a.row === b.row)
                expect(a.x1 <= b.x0 + 0.5 || b.x1 <= a.x0 + 0.5).toBe(true);
            }

          // The reference day as a line, between the ends of what is ongoing on it.
          const asOf = journey.asOf!;
          await expect(chart.getByTestId('today-line')).toHaveAttribute('data-date', asOf);
          const ongoing = journey.interventions.filter(
            (_, i) => analysis.interventions[i].status === 'ongoing' && analysis.interventions[i].effectiveEnd,
          );
          for (const iv of ongoing) {
            const b = drawn.bars[iv.id];
            expect(drawn.today).toBeGreaterThanOrEqual(b.x0 - 1);
            expect(drawn.today).toBeLessThanOrEqual(b.x1 + 1);
          }

          // The legend is on screen.
          await expect(page.getByTestId('legend')).toBeVisible();
        });
    });
  });
}

test.describe('zoom and pan', () => {
  test('wheel, drag, buttons and keyboard move the view; "Visa allt" brings every bar back', async ({
    resan,
    page,
  }) => {
    test.slow(); // forty interventions, many steps: room enough on a busy machine
    await resan.open();
    await resan.openFile(join(repoRoot, 'fixtures', 'forty-interventions.json'));
    await expect(page.getByTestId('timeline-viewport')).toHaveAttribute('data-gestures', 'ready');
    const viewport = await box(page, '[data-testid=timeline-viewport] > rect');
    expect(await zoomK(page)).toBe(1);

    // A plain wheel over the chart does not zoom: the chart says how to, and the page is free to scroll.
    await page.mouse.move(viewport.x + viewport.width / 2, viewport.y + 150);
    await page.mouse.wheel(0, -600);
    await expect(page.getByTestId('wheel-hint')).toHaveText('Håll ned Ctrl och rulla för att zooma');
    expect(await zoomK(page)).toBe(1);
    // Ctrl + wheel zooms in (a trackpad pinch arrives the same way).
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -600);
    await page.keyboard.up('Control');
    await expect.poll(() => zoomK(page), EVERY_50_MS).toBeGreaterThan(1.5);

    // Bars out of view keep only their focusable, named element (no shapes).
    const culled = page.locator('[data-bar][data-culled]');
    await expect.poll(() => culled.count(), EVERY_50_MS).toBeGreaterThan(0);
    await expect(culled.first()).toHaveAttribute('aria-label', /.+/);
    await expect(culled.first().locator('.bar-body')).toHaveCount(0);

    // Dragging pans: a bar in view moves with the pointer.
    const inView = await barBetween(page, viewport.x + 10, viewport.x + viewport.width / 2);
    expect(inView).toBeTruthy();
    const barSel = `[data-bar="${inView}"] .bar-body`;
    const before = (await box(page, barSel)).x;
    await page.mouse.move(viewport.x + viewport.width / 2, viewport.y + 150);
    await page.mouse.down();
    await page.mouse.move(viewport.x + viewport.width / 2 + 150, viewport.y + 150, { steps: 8 });
    await page.mouse.up();
    await expect.poll(async () => (await box(page, barSel)).x - before, EVERY_50_MS).toBeGreaterThan(100);

    // Buttons.
    const k0 = await zoomK(page);
    await page.getByRole('button', { name: 'Zooma in' }).click();
    await expect.poll(() => zoomK(page), EVERY_50_MS).toBeGreaterThan(k0);
    const k1 = await zoomK(page);
    await page.getByRole('button', { name: 'Zooma ut' }).click();
    await expect.poll(() => zoomK(page), EVERY_50_MS).toBeLessThan(k1);

    await page.getByRole('button', { name: 'Kommande 6 månader' }).click();
    await expect(page.getByTestId('axis')).toHaveAttribute('data-level', /week|month/);
    const today = await box(page, '[data-testid=today-line] line');
    expect(today.x).toBeGreaterThan(viewport.x);
    expect(today.x).toBeLessThan(viewport.x + viewport.width * 0.2);

    await page.getByRole('button', { name: 'Visa allt' }).click();
    await expect.poll(() => zoomK(page), EVERY_50_MS).toBe(1);
    await expect(page.locator('[data-bar][data-culled]')).toHaveCount(0);
    const bars = await page.locator('[data-bar]').evaluateAll((els) =>
      els.map((e) => ({
        open: e.getAttribute('data-end') === 'open',
        r: e.querySelector('.bar-body')!.getBoundingClientRect(),
      })),
    );
    expect(bars.length).toBe(40);
    for (const { open, r } of bars) {
      expect(r.left).toBeGreaterThanOrEqual(viewport.x - 0.5);
      if (!open) expect(r.right).toBeLessThanOrEqual(viewport.x + viewport.width + 0.5);
    }

    // Keyboard on the focused chart.
    await page.getByTestId('timeline').focus();
    await page.keyboard.press('+');
    await expect.poll(() => zoomK(page), EVERY_50_MS).toBeGreaterThan(1);
    const xBefore = (await box(page, barSel)).x;
    await page.keyboard.press('ArrowLeft');
    await expect.poll(async () => (await box(page, barSel)).x, EVERY_50_MS).toBeGreaterThan(xBefore);
    await page.keyboard.press('0');
    await expect.poll(() => zoomK(page), EVERY_50_MS).toBe(1);
  });
});

test.describe('items out of view', () => {
  test('a bar out of view stays in the tab order, and focusing it brings it into view', async ({ resan, page }) => {
    test.slow();
    await resan.open();
    await resan.openFile(join(repoRoot, 'fixtures', 'forty-interventions.json'));
    // The file opens once the library has been read: the demo's bars must not be the ones measured.
    await expect(page.getByTestId('journey-heading')).toContainText('P-FX-0040');
    await page.getByTestId('timeline').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('+');
    const culled = page.locator('[data-bar][data-culled]');
    await expect.poll(() => culled.count(), EVERY_50_MS).toBeGreaterThan(0);
    const id = await culled.first().getAttribute('data-bar');
    const bar = page.locator(`[data-bar="${id}"]`);
    await bar.focus();
    await expect(bar).toBeFocused();
    await expect(bar).not.toHaveAttribute('data-culled', /.*/);
    const viewport = await box(page, '[data-testid=timeline-viewport] > rect');
    const body = await box(page, `[data-bar="${id}"] .bar-body`);
    expect(body.x + body.width).toBeGreaterThan(viewport.x);
    expect(body.x).toBeLessThan(viewport.x + viewport.width);
    await expect(page.getByTestId('details')).toBeVisible();
  });
});

test.describe('details and selection', () => {
  test('hovering a bar shows its fields, status and rule; keyboard focus does too', async ({ resan, page }) => {
    await resan.open();
    await page.locator('[data-bar="ij"] .bar-body').hover();
    const details = page.getByTestId('details');
    await expect(details).toContainText('Undersköterskeassistent, Solgläntan');
    await expect(details).toContainText('30 jan. 2027 (beräknat)');
    await expect(details).toContainText('+4 mån, beslut 10 sep. 2026 – Efter individuell bedömning');
    await expect(details.getByTestId('details-rule')).toContainText(
      'Introduktionsjobb: 12 månader per beslut/anvisning, högst 24 totalt',
    );
    await expect(details.getByTestId('details-rule')).toContainText(
      'längre än 12 mån kräver individuell bedömning av behovet av mer tid i anställningen (förordningen (2018:42) om särskilt anställningsstöd, 10 §). Källa: Förordningen (2018:42)',
    );

    await page.mouse.move(0, 0);
    await page.locator('[data-bar="prak"]').focus();
    await expect(details).toContainText('Praktik på Solgläntans vård- och omsorgsboende');
    await expect(details).toContainText('avslutad');
  });

  test('choosing a finding in the list highlights it on the chart, and the reverse', async ({ resan, page }) => {
    await resan.open();
    const listItem = page.locator('[data-finding-item="greyzone:computed:2024-11-30"] > button.finding-button');
    await listItem.click();
    await expect(listItem).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-finding=greyzone][data-start="2024-11-30"]')).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    const chartMark = page.locator('[data-finding=gap][data-start="2025-08-30"]');
    await chartMark.click();
    await expect(chartMark).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('[data-finding-item="gap:gap:2025-08-30"] > button.finding-button')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(listItem).toHaveAttribute('aria-pressed', 'false');

    // Keyboard: Enter on a focused chart item chooses it.
    await page.locator('[data-finding=cliff][data-intervention="ij"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-finding-item="cliff:ij"] > button.finding-button')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  test('"Bortse från glapp" redraws the chart and the totals at once', async ({ resan, page }) => {
    await resan.open();
    const expected = analyzeJourney(DEMO_JOURNEY, { ignoreGapsUpToDays: 40 });
    await page.getByLabel('Bortse från glapp på högst (dagar)').fill('40');
    await expect(page.locator('[data-finding=gap]')).toHaveCount(expected.gaps.length);
    await expect(page.locator('[data-finding=greyzone]')).toHaveCount(expected.greyZones.length);
    await expect(resan.total('gapDays')).toHaveText(
      `${expected.totals.gapDays} dagar (${expected.gaps.reduce((s, g) => s + g.workingDays, 0)} arbetsdagar)`,
    );
  });
});

test.describe('touch', () => {
  test.use({ hasTouch: true });

  test('a two-finger pinch on the chart zooms in', async ({ resan, page }) => {
    await resan.open();
    // d3-zoom arrives just after the first paint: a pinch before it is not heard (nor drawn as one).
    await expect(page.getByTestId('timeline-viewport')).toHaveAttribute('data-gestures', 'ready');
    const area = await box(page, '[data-testid=timeline-viewport] > rect');
    const cx = area.x + area.width / 2;
    const cy = area.y + 150;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', spread: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints:
          type === 'touchEnd'
            ? []
            : [
                { x: cx - spread, y: cy, id: 1 },
                { x: cx + spread, y: cy, id: 2 },
              ],
      });
    await touch('touchStart', 20);
    for (let spread = 30; spread <= 160; spread += 10) await touch('touchMove', spread);
    await touch('touchEnd', 0);
    await expect.poll(() => zoomK(page), EVERY_50_MS).toBeGreaterThan(2);
  });
});
