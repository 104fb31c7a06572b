/**
 * Issue 25, item 6 (WCAG 1.4.1): on the timeline the kind of an intervention is not told by
 * fill colour alone. The demo journey's bars of different kinds carry different textures
 * (their pattern, read from the page), the legend shows each kind's texture with its name, and
 * in a greyscale screenshot each kind's texture measures differently: how often the grey
 * changes from one pixel to the next across (H) and down (V), which a flat fill of any grey
 * does not do at all.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

type Region = { cue: string; x: number; y: number; width: number; height: number };

test('the kinds differ by texture, in the chart, the legend and a greyscale screenshot', async ({ resan, page }) => {
  await resan.open();
  const chart = page.getByTestId('timeline');
  await expect(chart.locator('[data-bar]').first()).toBeVisible();

  // Per kind (its swatch colour in the legend), the fill and the texture of its bars' drawn parts.
  const regions: Region[] = await chart.locator('[data-bar]').evaluateAll((bars) => {
    const out: Region[] = [];
    for (const bar of bars) {
      const body = bar.querySelector('.bar-body');
      if (!body) continue;
      // The widest textured part of the bar; a bar without one, its body's inside.
      const parts = [...bar.querySelectorAll('.bar-cue')].map((e) => e.getBoundingClientRect());
      const r = parts.sort((a, b) => b.width - a.width)[0] ?? body.getBoundingClientRect();
      const inset = parts.length > 0 ? 1 : 3;
      out.push({
        cue: `${body.getAttribute('fill')}|${parts.length > 0 ? (bar.querySelector('.bar-cue')!.getAttribute('fill') ?? '') : 'none'}`,
        x: r.x + inset,
        y: r.y + inset,
        width: Math.min(r.width - 2 * inset, 60),
        height: r.height - 2 * inset,
      });
    }
    return out;
  });
  const byFill = new Map<string, Set<string>>();
  for (const r of regions) {
    const [fill, cue] = r.cue.split('|');
    byFill.set(fill, (byFill.get(fill) ?? new Set()).add(cue));
  }
  // The demo has five kinds; each has one texture (or none, for one kind), and no two share one.
  expect(byFill.size).toBeGreaterThanOrEqual(5);
  const cues = [...byFill.values()].map((s) => [...s]);
  for (const c of cues) expect(c).toHaveLength(1);
  expect(new Set(cues.map((c) => c[0])).size).toBe(byFill.size);

  // The legend: each kind named with a swatch that draws its texture, the same pattern as its bars.
  const legend = page.getByTestId('legend');
  for (const [name, cue] of [
    ['Försteg', 'dots'],
    ['Utbildning', 'slant'],
    ['Praktik', 'vlines'],
    ['Anställning', 'plain'],
    ['Program (ansvar)', 'hlines'],
  ]) {
    const item = legend.locator('li', { hasText: name }).first();
    await expect(item).toHaveAttribute('data-cue', cue);
    const swatchCue = item.locator('.bar-cue');
    if (cue === 'plain') await expect(swatchCue).toHaveCount(0);
    else {
      const fill = await swatchCue.getAttribute('fill');
      expect(await page.locator(`pattern${fill!.slice(4, -1)}`).getAttribute('data-cue')).toBe(cue);
    }
  }

  // The picture (Exportera → SVG) keeps the textures: each one the bars use is defined in the file,
  // drawn on bars and on the legend's swatches under the chart.
  await page.getByRole('button', { name: 'Exportera ▾' }).click();
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tidslinje som SVG' }).click();
  const svg = await readFile((await (await pending).path())!, 'utf8');
  const used = [...new Set(cues.map((c) => c[0]).filter((c) => c !== 'none'))];
  const inFile = await page.evaluate(
    ({ svg, used }) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return used.map((fill) => ({
        fill,
        marks: doc.querySelector(`pattern${fill.slice(4, -1)}`)?.childElementCount ?? 0,
        drawn: doc.querySelectorAll(`rect[fill="${fill}"]`).length,
      }));
    },
    { svg, used },
  );
  expect(inFile.length).toBeGreaterThanOrEqual(4);
  for (const f of inFile) {
    expect(f.marks, f.fill).toBeGreaterThan(0);
    expect(f.drawn, f.fill).toBeGreaterThanOrEqual(2); // on a bar and on its legend swatch
  }

  // Greyscale: each textured kind's drawn texture measured in a screenshot (names and numbers hidden).
  await page.evaluate(() => (document.documentElement.style.filter = 'grayscale(1)'));
  const shot = await page.screenshot({ style: '.bar-label, .bar-key, .bar-tags { visibility: hidden; }' });
  await page.evaluate(() => (document.documentElement.style.filter = ''));
  const wide = regions.filter((r) => r.width >= 6 && r.height >= 4 && !r.cue.endsWith('|none'));
  const measured = await page.evaluate(
    async ({ png, wide }) => {
      const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))]));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return wide.map((r) => {
        const img = ctx.getImageData(Math.round(r.x), Math.round(r.y), Math.floor(r.width), Math.floor(r.height));
        const grey = (i: number) => img.data[4 * i];
        let h = 0;
        let v = 0;
        for (let y = 0; y < img.height; y++)
          for (let x = 0; x < img.width; x++) {
            const i = y * img.width + x;
            if (x + 1 < img.width && Math.abs(grey(i) - grey(i + 1)) > 40) h++;
            if (y + 1 < img.height && Math.abs(grey(i) - grey(i + img.width)) > 40) v++;
          }
        return {
          cue: r.cue.split('|')[1],
          h: h / ((img.width - 1) * img.height),
          v: v / (img.width * (img.height - 1)),
        };
      });
    },
    { png: shot.toString('base64'), wide },
  );
  console.log(measured.map((m) => `${m.cue}: H ${m.h.toFixed(2)} V ${m.v.toFixed(2)}`).join('; '));
  const kinds = new Map(measured.map((m) => [m.cue, m]));
  expect(kinds.size).toBeGreaterThanOrEqual(4);
  for (const a of kinds.values()) {
    // A texture, not a flat grey.
    expect(a.h + a.v, a.cue).toBeGreaterThan(0.1);
    for (const b of kinds.values())
      if (a.cue !== b.cue)
        expect(Math.abs(a.h - b.h) + Math.abs(a.v - b.v), `${a.cue} / ${b.cue}`).toBeGreaterThan(0.06);
  }
});
