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

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
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
