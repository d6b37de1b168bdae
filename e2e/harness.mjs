// Shared harness for the end-to-end tests: a static server for dist/ on 127.0.0.1 and a Chromium
// page that records console errors, page errors, CSP violations and every request it makes.
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serveDir } from '../scripts/static-server.mjs';

/** Serves the release dist/ on 127.0.0.1 (random port). Resolves to { server, origin }. */
export function serveDist() {
  return serveDir(path.resolve(process.env.DIST_DIR ?? 'dist'));
}

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

/** Headless Chromium from Debian; `extraArgs` are added to the standard flags (e.g. `--js-flags=…`). */
export function launch(extraArgs = []) {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/**
 * A new page that records problems: `problems.console` (console errors), `problems.page` (uncaught
 * errors), `problems.csp` (CSP violations), `problems.foreign` (requests to any other origin).
 */
export async function watchedPage(browser, origin, viewport = { width: 1024, height: 768 }) {
  const context = await browser.newContext({ viewport, locale: 'da-DK' });
  const page = await context.newPage();
  const problems = { console: [], page: [], csp: [], foreign: [], requests: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.console.push(m.text()); });
  page.on('pageerror', (e) => problems.page.push(String(e)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  context.on('request', (r) => {
    const url = r.url();
    problems.requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) problems.foreign.push(url);
  });
  return { context, page, problems };
}

/** Waits until the app has mounted (the lab's levers, the Data view's table, or the compare or analysis heading). */
export async function appReady(page) {
  await page.waitForSelector('[data-lever], tr[data-figure], #compare-heading, #analysis-heading', { timeout: 20000 });
}

/**
 * The scenario token in the address once it has settled: the app writes it 300 ms after the last
 * change (src/scenario_url.rs), so a read right after a click may see no token or an older one.
 * Waits until a token is present and unchanged for 600 ms.
 */
export async function settledToken(page, timeout = 10000) {
  const read = () => page.evaluate(() => new URLSearchParams(location.search).get('s'));
  const deadline = Date.now() + timeout;
  let last = await read();
  let since = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(100);
    const now = await read();
    if (now !== last) { last = now; since = Date.now(); }
    else if (now && Date.now() - since >= 600) return now;
  }
  throw new Error(`the scenario token did not settle within ${timeout} ms (last: ${last})`);
}
