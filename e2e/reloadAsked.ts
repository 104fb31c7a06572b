import type { Page } from '@playwright/test';

/** Reloads, answering the browser's "leave page?" question if it comes; says whether it came. */
export async function reloadAsked(page: Page): Promise<boolean> {
  let asked = false;
  const onDialog = (d: { type(): string; accept(): Promise<void> }) => {
    if (d.type() === 'beforeunload') asked = true;
    void d.accept();
  };
  page.on('dialog', onDialog);
  await page.reload();
  page.off('dialog', onDialog);
  return asked;
}
