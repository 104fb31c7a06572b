/**
 * A small page-object layer: what a person does with Resan, in words the specs read.
 * Every page is also watched for requests to other origins (the app must make none).
 */
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
export const repoRoot = resolve(here, '..');
/** The project's copy of the example journeys (tests/examplesCopy.test.ts keeps it true to the contract's). */
export const examplesDir = resolve(repoRoot, 'examples');

export class ResanPage {
  readonly foreignRequests: string[] = [];
  constructor(readonly page: Page) {}

  async open() {
    const origin = new URL(
      this.page.url() === 'about:blank' ? `http://127.0.0.1:${process.env.RESAN_PORT ?? 4173}` : this.page.url(),
    ).origin;
    this.page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
        this.foreignRequests.push(url);
    });
    await this.page.goto('/');
    await expect(this.page.getByTestId('journey-heading')).toBeVisible();
    // The journey library is read just after the first paint: a test starts once it has been.
    await expect(this.page.getByTestId('save-indicator')).not.toHaveAttribute('data-library', 'loading');
    // The totals, findings and tables follow the chart in a deferred render (the page is aria-busy until then).
    await expect(this.page.locator('main [aria-busy="true"]')).toHaveCount(0);
  }

  /** Opens a file through the visible "Öppna fil…" button, as a person would. */
  async openFile(path: string) {
    await this.opening(async () => {
      const chooser = this.page.waitForEvent('filechooser');
      await this.page.getByRole('button', { name: 'Öppna fil…' }).click();
      await (await chooser).setFiles(path);
    });
  }

  async openFileContent(name: string, content: string) {
    await this.opening(async () => {
      const chooser = this.page.waitForEvent('filechooser');
      await this.page.getByRole('button', { name: 'Öppna fil…' }).click();
      await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    });
  }

  /**
   * Opening a file is asynchronous (the importer loads on first use, the library is written):
   * done when the toolbar has counted it, or when the app asks first (leaving an edited demo).
   */
  private async opening(choose: () => Promise<void>) {
    const toolbar = this.page.getByTestId('toolbar');
    const before = Number((await toolbar.getAttribute('data-imports')) ?? 0);
    await choose();
    await expect
      .poll(
        async () =>
          Number(await toolbar.getAttribute('data-imports')) > before ||
          (await this.page.getByTestId('leave-demo').isVisible()),
        // Every file a spec opens waits here: read every 50 ms (see EVERY_50_MS).
        { timeout: 30_000, ...EVERY_50_MS },
      )
      .toBe(true);
  }

  /** Opens a toolbar menu ("Lägg till", "Exportera") so that its buttons can be pressed. */
  async openMenu(name: string) {
    const button = this.page.getByRole('button', { name: `${name} ▾` });
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  /**
   * The journey page's text once it has caught up: the chart's slices drawn and the deferred
   * totals, findings and tables rendered (no `aria-busy` left in main), then the same on three
   * reads in a row (a lazily loaded part, such as the details panel, may still arrive).
   */
  async settledText(): Promise<string> {
    await expect(this.page.locator('main [aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    const reads: string[] = [];
    await expect
      .poll(
        async () => {
          reads.push(await this.page.locator('main').innerText());
          const last = reads.slice(-3);
          return last.length === 3 && last.every((r) => r === last[0]);
        },
        { timeout: 30_000, intervals: [150] },
      )
      .toBe(true);
    return reads[reads.length - 1];
  }

  total(key: string) {
    return this.page.getByTestId(`total-${key}`).locator('dd');
  }

  section(testId: 'gaps' | 'waits' | 'greyzones' | 'cliffs') {
    return this.page.getByTestId(testId);
  }

  importReport() {
    return this.page.getByTestId('import-report');
  }
}

export const test = base.extend<{ resan: ResanPage }>({
  resan: async ({ page }, use) => {
    const resan = new ResanPage(page);
    await use(resan);
    expect(resan.foreignRequests, 'requests to other origins').toEqual([]);
  },
});

export { expect };

/**
 * For expect.poll: read every 50 ms. The default steps (100, 250, 500, then each second) wait up to a
 * second past the moment the awaited state is there (a zoom that has eased in, a file read).
 */
export const EVERY_50_MS = { intervals: [50] };

export function readExample(name: string): string {
  return readFileSync(join(examplesDir, name), 'utf8');
}

/**
 * The id of the first bar drawn in full whose body lies between `from` and `to` (screen x, px),
 * wider than `minWidth` if one is given; undefined when none does.
 */
export function barBetween(
  page: Page,
  from: number,
  to: number,
  minWidth: number | null = null,
): Promise<string | undefined> {
  return page
    .locator('[data-bar]:not([data-culled])')
    .evaluateAll(
      (els, [a, b, w]) =>
        els
          .map((e) => ({ id: e.getAttribute('data-bar'), r: e.querySelector('.bar-body')!.getBoundingClientRect() }))
          .find(({ r }) => r.left > a && r.right < b && (w === null || r.width > w))?.id ?? undefined,
      [from, to, minWidth] as const,
    );
}
