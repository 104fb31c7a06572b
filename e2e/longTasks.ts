import type { Page } from '@playwright/test';

/**
 * Watches the page's main-thread long tasks from now on; the returned function reads the longest so
 * far in ms. Logged by the specs, never asserted as a time (speed is measured in the bench).
 */
export async function watchLongestTask(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number };
    w.__longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longest = Math.max(w.__longest, e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest);
}

/** For the log: the browser reports tasks of 50 ms or more only, so 0 means none that long. */
export const longestText = (ms: number) => (ms === 0 ? 'no task of 50 ms or more' : `${Math.round(ms)} ms`);
