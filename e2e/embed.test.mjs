// End-to-end: a host page on another origin embeds the app in an iframe, receives its height and
// scenario token, and drives it with a scenario of its own; messages from other origins or of the
// wrong shape are ignored without harm.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, rm, mkdir, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serveDir } from '../scripts/static-server.mjs';
import { serveDist, launch, watchedPage, appReady, settledToken } from './harness.mjs';

let app, host, hostDir, browser;
before(async () => {
  app = await serveDist();
  hostDir = await mkdtemp(path.join(tmpdir(), 'laeg-host-'));
  await writeFile(path.join(hostDir, 'host.js'), `
    window.__msgs = [];
    window.addEventListener('message', (e) => window.__msgs.push({ origin: e.origin, data: JSON.parse(e.data) }));
    const params = new URLSearchParams(location.search);
    const frame = document.createElement('iframe');
    frame.id = 'app'; frame.title = 'Lægedækning 2040'; frame.src = params.get('src');
    if (params.has('sandbox')) frame.setAttribute('sandbox', params.get('sandbox'));
    frame.style.width = '100%'; frame.style.height = '900px'; frame.style.border = '0';
    document.body.append(frame);
  `);
  await writeFile(path.join(hostDir, 'host.html'),
    '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Intranet</title></head>' +
    '<body><h1>Regionens intranet</h1><script src="host.js"></script></body></html>');
  host = await serveDir(hostDir);
  browser = await launch();
});
after(async () => { await browser?.close(); app?.server.close(); host?.server.close(); await rm(hostDir, { recursive: true, force: true }); });

async function tokenFor(leverId, clicks) {
  const { context, page } = await watchedPage(browser, app.origin);
  await page.goto(`${app.origin}/`);
  await appReady(page);
  for (let i = 0; i < clicks; i++) await page.locator(`[data-lever="${leverId}"] .lever-input button`).last().click();
  const token = await settledToken(page);
  await context.close();
  return token;
}

async function embedded(allowedOrigin) {
  const src = `${app.origin}/?embed=1&levers=P9,P11b&charts=PatientsPerGp&origin=${encodeURIComponent(allowedOrigin)}`;
  const { context, page, problems } = await watchedPage(browser, host.origin, { width: 1024, height: 1200 });
  await page.goto(`${host.origin}/host.html?src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('#app');
  await frame.locator('[data-lever]').first().waitFor({ timeout: 20000 });
  return { context, page, frame, problems };
}

const messages = (page, type) => page.evaluate((t) => window.__msgs.filter((m) => m.data.type === t), type);

test('the host receives height and token, and its scenario is shown', async () => {
  const token = await tokenFor('P9', 3);
  const { context, page, frame, problems } = await embedded(host.origin);
  assert.equal(await frame.locator('.site-header').count(), 0, 'chromeless');
  assert.deepEqual(await frame.locator('[data-lever]').evaluateAll((els) => els.map((e) => e.dataset.lever)), ['P9', 'P11b']);
  assert.equal(await frame.locator('.chart-cell').count(), 1);
  await page.waitForFunction(() => window.__msgs.some((m) => m.data.type === 'height'));
  const heights = await messages(page, 'height');
  assert.ok(heights.every((m) => m.origin === app.origin && m.data.protocol === 'laegedaekning' && m.data.version === 1));
  assert.ok(heights.at(-1).data.height > 300, `height ${heights.at(-1).data.height}`);
  assert.deepEqual((await messages(page, 'scenario')).at(-1).data.token, '');

  await page.evaluate(({ token, target }) => document.getElementById('app').contentWindow.postMessage(
    JSON.stringify({ protocol: 'laegedaekning', version: 1, type: 'load-scenario', token }), target), { token, target: app.origin });
  await frame.locator('[data-lever="P9"] .lever-value', { hasText: /^3 / }).waitFor();
  await page.waitForFunction((t) => window.__msgs.some((m) => m.data.type === 'scenario' && m.data.token === t), token);
  await page.screenshot({ path: 'target/screenshots/embed-in-host-1024x1200.png' });

  // Hostile or malformed messages change nothing and break nothing.
  for (const bad of ['not json', '{"protocol":"laegedaekning","version":1,"type":"load-scenario","token":"!!"}',
    '{"protocol":"laegedaekning","version":9,"type":"load-scenario","token":""}', '{"protocol":"laegedaekning","version":1,"type":"load-scenario","token":"","x":1}']) {
    await page.evaluate(({ bad, target }) => document.getElementById('app').contentWindow.postMessage(bad, target), { bad, target: app.origin });
  }
  await page.waitForTimeout(300);
  assert.match(await frame.locator('[data-lever="P9"] .lever-value').textContent(), /^3 /);
  assert.deepEqual(problems.page, []);
  await context.close();
});

test('a host that is not among the allowed origins cannot drive the app', async () => {
  const token = await tokenFor('P11b', 1);
  const { context, page, frame } = await embedded('https://intranet.example');
  await page.evaluate(({ token, target }) => document.getElementById('app').contentWindow.postMessage(
    JSON.stringify({ protocol: 'laegedaekning', version: 1, type: 'load-scenario', token }), target), { token, target: app.origin });
  await page.waitForTimeout(500);
  assert.match(await frame.locator('[data-lever="P11b"] .lever-value').textContent(), /^0 /);
  await context.close();
});

test('in a sandboxed iframe without storage (opaque origin) the app loads, works and posts its height', async () => {
  const src = `${app.origin}/?embed=1&levers=P9&charts=PatientsPerGp`;
  const { context, page, problems } = await watchedPage(browser, host.origin, { width: 1024, height: 1200 });
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(`${host.origin}/host.html?sandbox=allow-scripts&src=${encodeURIComponent(src)}`);
  const frame = page.frameLocator('#app');
  await frame.locator('[data-lever="P9"]').waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => { try { return document.getElementById('app').contentWindow.localStorage, 'reachable'; } catch { return 'blocked'; } }), 'blocked');
  assert.equal(await frame.locator('#undo').evaluate((el) => getComputedStyle(el).minHeight), '44px', 'the stylesheet applies (SRI over CORS)');
  await frame.locator('[data-lever="P9"] .lever-input button').last().click();
  await frame.locator('[data-lever="P9"] .lever-value', { hasText: /^1 / }).waitFor();
  await page.waitForFunction(() => window.__msgs.some((m) => m.data.type === 'height' && m.origin === 'null'));
  await page.waitForFunction(() => window.__msgs.some((m) => m.data.type === 'scenario' && m.data.token !== ''));
  assert.deepEqual(problems.page, []);
  assert.deepEqual(errors.filter((e) => !/serviceWorker|service worker/i.test(e)), [], 'no errors besides the refused service worker');
  await page.screenshot({ path: 'target/screenshots/embed-sandboxed-1024x1200.png' });
  await context.close();
});

test('served under a sub-path the app loads every asset relative to it', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'laeg-subpath-'));
  await mkdir(path.join(root, 'intranet', 'tools'), { recursive: true });
  await symlink(path.resolve(process.env.DIST_DIR ?? 'dist'), path.join(root, 'intranet', 'tools', 'laegedaekning'));
  const sub = await serveDir(root);
  const { context, page, problems } = await watchedPage(browser, sub.origin);
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  await page.goto(`${sub.origin}/intranet/tools/laegedaekning/?view=compare`);
  await appReady(page);
  await page.locator('#compare-add-current').click();
  assert.match(await page.locator('#compare-link').inputValue(), /\/intranet\/tools\/laegedaekning\/\?view=compare&c=/);
  assert.deepEqual(failed, [], 'no asset missing under the sub-path');
  assert.ok(problems.requests.every((u) => u.startsWith(`${sub.origin}/intranet/tools/laegedaekning/`)), 'every request stays under the sub-path');
  assert.deepEqual(problems.page, []);
  await context.close();
  sub.server.close();
  await rm(root, { recursive: true, force: true });
});
