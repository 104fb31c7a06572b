/* global window, document, performance, requestAnimationFrame, MutationObserver, process */
/**
 * The first screen on a slow laptop (issue #26): a fresh browser context (nothing cached)
 * navigates to the app and the demo journey is drawn, under Chromium's CPU throttling × 4 and
 * a 10 Mbit/s network with 40 ms latency (CDP emulation). Measured from the navigation's start
 * (the page's time origin) to the second animation frame after the first bar and the journey
 * heading are in the DOM, the same clock as the render rows. Served gzip-compressed, as a web
 * server sends text files (serve.mjs); beside it the same files served uncompressed, and the
 * single file (dist-single/resan.html) opened from file://, under the same CPU throttling (the
 * network emulation does not apply to a file read from disk).
 */
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CPU_RATE = 4;
const NETWORK = {
  offline: false,
  latency: 40,
  downloadThroughput: (10 * 1_000_000) / 8,
  uploadThroughput: (10 * 1_000_000) / 8,
};

async function drawnOnce(browser, url, network) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', NETWORK);
  }
  await page.addInitScript(() => {
    const drawn = () => document.querySelector('[data-bar]') && document.querySelector('[data-testid=journey-heading]');
    new MutationObserver((_, observer) => {
      if (!drawn()) return;
      observer.disconnect();
      requestAnimationFrame(() => requestAnimationFrame(() => (window.__drawnAt = performance.now())));
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__drawnAt !== undefined, null, { timeout: 60_000, polling: 50 });
  const ms = await page.evaluate(() => window.__drawnAt);
  await context.close();
  return ms;
}

/**
 * `runs` fresh loads of each, taken in turn: the served build compressed (`origin`) and
 * uncompressed (`plainOrigin`), both over the throttled network, and the single file.
 */
export async function firstScreenThrottled(browser, { origin, plainOrigin, single, runs }) {
  const served = [];
  const plain = [];
  const file = [];
  for (let i = 0; i < runs; i++) {
    served.push(await drawnOnce(browser, origin + '/', true));
    plain.push(await drawnOnce(browser, plainOrigin + '/', true));
    if (existsSync(single)) file.push(await drawnOnce(browser, pathToFileURL(single).href, false));
    process.stdout.write(
      `first screen, CPU × ${CPU_RATE} #${i + 1}: served (10 Mbit/s, 40 ms) gzip ${served.at(-1).toFixed(0)} ms, uncompressed ${plain.at(-1).toFixed(0)} ms${file.length ? `, single file ${file.at(-1).toFixed(0)} ms` : ''}\n`,
    );
  }
  return { cpuRate: CPU_RATE, network: NETWORK, served, plain, file, single: existsSync(single) ? single : null };
}
