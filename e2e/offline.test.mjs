// End-to-end: after the first visit the app works offline, and a new deployment is announced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveDir } from '../scripts/static-server.mjs';
import { launch, watchedPage, appReady } from './harness.mjs';

let browser, server, origin, copy;

before(async () => {
  // A private copy of dist/, so the update test can "deploy" a new version into it.
  copy = await mkdtemp(path.join(tmpdir(), 'laeg-dist-'));
  await cp('dist', copy, { recursive: true });
  ({ server, origin } = await serveDir(copy));
  browser = await launch();
});
after(async () => { await browser?.close(); server?.close(); await rm(copy, { recursive: true, force: true }); });

async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
    }
  });
}

test('after the first visit the app loads offline, deep links included', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await controlled(page);
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  // The bands' Web Workers start offline too: their script and the app's glue come from the cache.
  await page.locator('[data-lever="P9"] .lever-input button').last().click();
  await page.waitForFunction(() => document.querySelector('#band-draws')?.dataset.draws === '1000', null, { timeout: 180000 });
  assert.ok(Number(await page.locator('#band-draws').getAttribute('data-workers')) >= 1, 'the band was computed in workers');
  await page.goto(`${origin}/?s=offline-link&view=data`);
  await appReady(page);
  assert.equal(await page.locator('h1').textContent(), 'Lægedækning 2040');
  await page.screenshot({ path: 'target/screenshots/offline-1024x768.png' });
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.foreign, []);
  await context.close();
});

test('without the service worker the same offline reload fails (control)', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(`${origin}/`);
  await appReady(page);
  await context.setOffline(true);
  await assert.rejects(page.reload(), /ERR_INTERNET_DISCONNECTED/);
  await context.close();
});

test('a new deployment takes over and the reader is offered a reload', async () => {
  const { context, page } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await controlled(page);
  assert.equal(await page.locator('.update-notice').count(), 0);
  // "Deploy" a new version: same files, a new service worker with a new cache name.
  const sw = path.join(copy, 'sw.js');
  const text = await readFile(sw, 'utf8');
  await writeFile(sw, text.replace(/const CACHE = "laegedaekning-([0-9a-f]+)"/, 'const CACHE = "laegedaekning-$1next"'));
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.locator('.update-notice').waitFor({ timeout: 15000 });
  // The new worker's activation deletes the old cache (it may finish just after the notice shows).
  let caches = [];
  for (let i = 0; i < 50; i++) {
    caches = await page.evaluate(() => caches.keys());
    if (caches.length === 1) break;
    await page.waitForTimeout(200);
  }
  assert.equal(caches.length, 1, `old cache deleted: ${caches}`);
  assert.match(caches[0], /next$/);
  await context.close();
});
