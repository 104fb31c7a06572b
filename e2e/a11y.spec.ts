/**
 * Accessibility: an automated WCAG 2.1 AA audit (axe-core) of every screen a person
 * reaches, and a keyboard-only walk through the first screen with a visible focus at
 * every stop.
 */
import type { ElementHandle } from '@playwright/test';
import { expectNoViolations } from './axe';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, repoRoot, examplesDir, test } from './fixtures';

const FIXTURES = ['fk-af-greyzone.json', 'open-programme-mandates.json', 'cancelled-annotations-exceeded.json'];

// The demo's first screen, a scenario on with side by side, the dialogs and the app in English are
// audited in axeBestPractice.spec.ts with WCAG 2.1 AA and best practice, a superset of the rules here:
// auditing them twice cost the suite half a minute. The forty-intervention journey is audited the same way
// (opened, with best practice) in labelInName.spec.ts.
test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  // The three journeys, then a broken file's report, one after another in one page, one step each.
  test('the journeys of the fixtures, then the report after a broken file', async ({ resan, page }, testInfo) => {
    test.slow();
    await resan.open();
    for (const name of FIXTURES)
      await test.step(`the journey ${name}`, async () => {
        const path = join(repoRoot, 'fixtures', name);
        const ref = (JSON.parse(readFileSync(path, 'utf8')) as { participant: { ref: string } }).participant.ref;
        await resan.openFile(path);
        await expect(page.getByTestId('journey-heading')).toContainText(ref);
        await expect(page.getByTestId('timeline').locator('[data-bar]').first()).toBeVisible();
        await expectNoViolations(page, testInfo, name, { bestPractice: true });
      });
    await test.step('the report after a broken file', async () => {
      await resan.openFile(join(examplesDir, '04-invalid.json'));
      await expect(resan.importReport()).toBeVisible();
      await expect(resan.importReport().getByRole('heading')).toContainText('04-invalid.json');
      await expectNoViolations(page, testInfo, 'the import report of 04-invalid.json');
    });
  });

  // In one page: the demo with a bar focused, then the same page with two planted faults.
  test('a bar focused and its details shown; then the audit itself finds two planted faults in the app', async ({
    resan,
    page,
  }, testInfo) => {
    await resan.open();
    await page.locator('[data-bar="ij"]').focus();
    await expect(page.locator('[data-bar="ij"]')).toBeFocused();
    await expect(page.getByTestId('details').locator('h3')).toBeVisible();
    await expect(page.getByTestId('details').locator('dl')).toBeVisible();
    await expectNoViolations(page, testInfo, 'the demo with bar "ij" focused and the details panel filled');

    // The audits pass only if axe runs on the app's own page: two planted faults must be found.
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.append(document.createElement('button'), document.createElement('input'));
    });
    const failure = await expectNoViolations(page, testInfo, 'two planted faults').then(
      () => '',
      (e: Error) => e.message,
    );
    expect(failure).toContain('button-name');
    expect(failure).toContain('label');
  });
});

/** What is focused, in words, and how it shows its focus. */
type FocusStop = {
  id: string;
  svg: boolean;
  bar: string | null;
  outlineStyle: string;
  boxShadow: string;
  barBodyStrokeWidth: number | null;
  /** For SVG items: stroke and stroke-width of each shape inside, to compare focused and unfocused. */
  shapes: string[];
};

async function describeFocus(el: ElementHandle<Element>): Promise<FocusStop> {
  return el.evaluate((e) => {
    const cs = getComputedStyle(e);
    const svg = e instanceof SVGElement;
    const bar = e.getAttribute('data-bar');
    const label = e.getAttribute('aria-label') ?? '';
    let id: string;
    if (bar !== null) id = `bar:${bar}`;
    else if (e.getAttribute('role') === 'region') id = `region:${e.getAttribute('data-testid') ?? label}`;
    else if (e instanceof HTMLInputElement) id = `input[${e.type}]:${e.labels?.[0]?.textContent?.trim() ?? label}`;
    else if (svg) {
      const kind = ['data-finding', 'data-mandate', 'data-event']
        .map((a) => (e.hasAttribute(a) ? `${a.slice(5)}=${e.getAttribute(a)}` : null))
        .find(Boolean);
      id = `svg:${kind ?? e.tagName}:${label}`;
    } else id = `${e.tagName.toLowerCase()}:${label || (e.textContent ?? '').trim()}`;
    const body = bar !== null ? e.querySelector('.bar-body') : null;
    const shapes = svg
      ? [...e.querySelectorAll('rect, path, line, circle, ellipse, polygon, polyline')].map((s) => {
          const sc = getComputedStyle(s);
          return `${sc.stroke} ${sc.strokeWidth}`;
        })
      : [];
    return {
      id,
      svg,
      bar,
      outlineStyle: cs.outlineStyle,
      boxShadow: cs.boxShadow,
      barBodyStrokeWidth: body ? parseFloat(getComputedStyle(body).strokeWidth) : null,
      shapes,
    };
  });
}

test.describe('keyboard only', () => {
  test('Tab reaches every control in order, each with a visible focus', async ({ resan, page }) => {
    await resan.open();
    const stops: FocusStop[] = [];
    const problems: string[] = [];
    let previous: { handle: ElementHandle<Element>; stop: FocusStop } | null = null;

    for (let i = 0; i < 120; i++) {
      await page.keyboard.press('Tab');
      const handle = (await page.evaluateHandle(() => document.activeElement)).asElement();
      if (!handle) throw new Error(`Tab ${i + 1}: nothing is focused`);
      const stop = await describeFocus(handle);
      // An SVG item shows focus if some shape inside it draws differently than when not focused.
      if (previous?.stop.svg && previous.stop.bar === null) {
        const after = await describeFocus(previous.handle);
        const changed = previous.stop.shapes.some((s, k) => s !== after.shapes[k]);
        if (!changed) problems.push(`${previous.stop.id}: no visible change when focused (SVG shapes unchanged)`);
      }
      stops.push(stop);
      if (stop.bar !== null) {
        if ((stop.barBodyStrokeWidth ?? 0) < 3)
          problems.push(`${stop.id}: .bar-body stroke-width is ${stop.barBodyStrokeWidth}, expected >= 3`);
      } else if (!stop.svg && stop.outlineStyle === 'none' && stop.boxShadow === 'none') {
        problems.push(`${stop.id}: no outline and no box-shadow when focused`);
      }
      previous = { handle, stop };
      if (stop.bar !== null) break;
    }

    const ids = stops.map((s) => s.id);
    const order = `focus order:\n  ${ids.join('\n  ')}`;
    const expected: [string, (id: string) => boolean][] = [
      ['language button Svenska', (id) => id === 'button:Svenska'],
      ['language button English', (id) => id === 'button:English'],
      ['Ny resa', (id) => id === 'button:Ny resa'],
      ['Öppna fil…', (id) => id === 'button:Öppna fil…'],
      ['Lägg till menu', (id) => id === 'button:Lägg till ▾'],
      ['Redigera i tidslinjen', (id) => id === 'button:Redigera i tidslinjen'],
      ['Exportera menu', (id) => id === 'button:Exportera ▾'],
      ['Zooma in', (id) => id === 'button:Zooma in'],
      ['Zooma ut', (id) => id === 'button:Zooma ut'],
      ['Visa allt', (id) => id === 'button:Visa allt'],
      ['Kommande 6 månader', (id) => id === 'button:Kommande 6 månader'],
      ['timeline region', (id) => id === 'region:timeline'],
      ['a [data-bar] item', (id) => id.startsWith('bar:')],
    ];
    let from = 0;
    for (const [what, matches] of expected) {
      const at = ids.findIndex((id, k) => k >= from && matches(id));
      expect(at, `${what} is reached by Tab after the stop before it\n${order}`).toBeGreaterThanOrEqual(0);
      from = at + 1;
    }
    expect(problems, `every focused element shows its focus\n${order}`).toEqual([]);
  });
});
