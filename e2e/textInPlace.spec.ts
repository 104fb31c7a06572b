/**
 * Issue 28, item 12: text from a file stays in its place. A lane name and a bar name made of
 * letters with hundreds of combining marks ("zalgo") are drawn inside their own lane, and a
 * 9,000-character name leaves the journey library's other columns and buttons readable.
 */
import { expect, test } from './fixtures';

/** Each letter under and over 90 combining marks (a label may hold 200 characters). */
const zalgo = (word: string) => [...word].map((ch) => ch + '\u0301\u0316\u0352'.repeat(30)).join('');

test('marks stacked without end stay in their lane; a 9,000-character name leaves the library readable', async ({
  resan,
  page,
}) => {
  await resan.open();
  const journey = {
    format: 'journey',
    version: 1,
    id: 'zalgo',
    participant: { ref: 'P-ZALGO', name: `${'N'.repeat(9_000)}` },
    actors: [{ id: 'z', label: zalgo('Ak') }],
    interventions: [
      { id: 'a', kind: 'sfi', actor: 'z', start: '2025-01-01', end: '2025-12-31', title: zalgo('Ti') },
      { id: 'b', kind: 'komvux', start: '2025-02-01', end: '2025-12-31' },
    ],
  };
  await resan.openFileContent('zalgo.json', JSON.stringify(journey));
  await expect(page.getByTestId('journey-heading')).toContainText('P-ZALGO');

  // Each text is clipped to one lane's band (a clip path's rectangle, in the text's own units), and
  // the text stands in that band.
  const lanes = await page
    .locator('.lane-backgrounds [data-lane] rect')
    .evaluateAll((rects) => rects.map((r) => [Number(r.getAttribute('y')), Number(r.getAttribute('height'))]));
  const clips = await page.evaluate(() =>
    [...document.querySelectorAll('[data-lane-label], .bar-label')].map((el) => {
      const id = /url\(["']?#([^"')]+)/.exec(el.getAttribute('clip-path') ?? '')?.[1];
      const rect = id ? document.getElementById(id)?.querySelector('rect') : null;
      return {
        text: (el.textContent ?? '').slice(0, 12),
        y: Number(el.getAttribute('y')),
        clip: rect ? [Number(rect.getAttribute('y')), Number(rect.getAttribute('height'))] : null,
      };
    }),
  );
  expect(lanes.length).toBeGreaterThanOrEqual(2);
  expect(clips.length).toBeGreaterThanOrEqual(3);
  for (const c of clips) {
    expect.soft(lanes, c.text).toContainEqual(c.clip);
    if (c.clip) expect.soft(c.y, c.text).toBeGreaterThan(c.clip[0]);
    if (c.clip) expect.soft(c.y, c.text).toBeLessThan(c.clip[0] + c.clip[1]);
  }

  // The library: the name is cut at any letter and kept to a few lines; the date and every button on one line.
  await page.getByTestId('library-button').click();
  const row = page.getByTestId('library').locator('tr', { hasText: 'P-ZALGO' });
  const lines = await row.evaluate((tr) => {
    const lineCount = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    };
    return {
      date: lineCount(tr.querySelector('td')!),
      buttons: [...tr.querySelectorAll('button')].map(lineCount),
      nameHeight: tr.querySelector('th')!.getBoundingClientRect().height,
      fontSize: parseFloat(getComputedStyle(tr).fontSize),
    };
  });
  expect(lines.buttons.length).toBe(4);
  for (const n of lines.buttons) expect(n).toBe(1);
  expect(lines.date).toBeLessThanOrEqual(2);
  expect(lines.nameHeight).toBeLessThan(lines.fontSize * 10);
});
