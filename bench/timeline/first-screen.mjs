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
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`${r.url()}: ${r.failure()?.errorText}`));
  try {
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__drawnAt !== undefined, null, { timeout: 60_000, polling: 50 });
    return { ms: await page.evaluate(() => window.__drawnAt) };
  } catch (e) {
    // Not drawn in a minute (seen once in a clean clone's run): what the page had, for the log.
    const seen = await page
      .evaluate(() => ({
        readyState: document.readyState,
        bars: document.querySelectorAll('[data-bar]').length,
        heading: document.querySelector('[data-testid=journey-heading]')?.textContent ?? null,
        body: document.body?.innerText.slice(0, 120) ?? null,
      }))
      .catch(() => null);
    return { failed: `${e.name}: ${JSON.stringify(seen)}${errors.length ? `; ${errors.join('; ')}` : ''}` };
  } finally {
    await context.close();
  }
}

/** One load into `into`, taken again once if it was not drawn in a minute; each failure is logged and kept. */
async function take(into, failures, what, browser, url, network) {
  for (let attempt = 1; attempt <= 2; attempt++) {
    const r = await drawnOnce(browser, url, network);
    if (r.ms !== undefined) return into.push(r.ms);
    failures.push(`${what}: ${r.failed}`);
    process.stdout.write(`first screen, ${what}: not drawn within 60 s (attempt ${attempt}): ${r.failed}\n`);
  }
}

/**
 * `runs` fresh loads of each, taken in turn: the served build compressed (`origin`) and
 * uncompressed (`plainOrigin`), both over the throttled network, and the single file.
 */
export async function firstScreenThrottled(browser, { origin, plainOrigin, single, runs }) {
  const served = [];
  const plain = [];
  const file = [];
  const failures = [];
  const last = (xs) => (xs.length ? `${xs.at(-1).toFixed(0)} ms` : '–');
  for (let i = 0; i < runs; i++) {
    await take(served, failures, `served gzip #${i + 1}`, browser, origin + '/', true);
    await take(plain, failures, `served uncompressed #${i + 1}`, browser, plainOrigin + '/', true);
    if (existsSync(single))
      await take(file, failures, `single file #${i + 1}`, browser, pathToFileURL(single).href, false);
    process.stdout.write(
      `first screen, CPU × ${CPU_RATE} #${i + 1}: served (10 Mbit/s, 40 ms) gzip ${last(served)}, uncompressed ${last(plain)}${existsSync(single) ? `, single file ${last(file)}` : ''}\n`,
    );
  }
  return {
    cpuRate: CPU_RATE,
    network: NETWORK,
    served,
    plain,
    file,
    failures,
    single: existsSync(single) ? single : null,
  };
}
