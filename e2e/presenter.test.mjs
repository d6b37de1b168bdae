// End-to-end: presenter mode keeps two windows (audience view and controls) in step over a
// BroadcastChannel, a joining window takes over the running scenario, and the audience QR overlay
// shows at projector size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, watchedPage, appReady } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await serveDist()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const value = (page, id) => page.locator(`[data-lever="${id}"] .lever-value`).textContent().then((t) => t.split(' ')[0]);

test('two presenter windows stay in sync; a late window joins the running scenario', async () => {
  const { context, page: controls, problems } = await watchedPage(browser, origin, { width: 1024, height: 768 });
  await controls.goto(`${origin}/?present=1`);
  await appReady(controls);
  const audience = await context.newPage();
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await audience.goto(`${origin}/?present=1`);
  await appReady(audience);

  for (let i = 0; i < 4; i++) await controls.locator('[data-lever="P9"] .lever-input button').last().click();
  await audience.locator('[data-lever="P9"] .lever-value', { hasText: /^4 / }).waitFor({ timeout: 5000 });
  // And back the other way.
  await audience.locator('#lever-P8').focus();
  await audience.keyboard.press('ArrowRight');
  await controls.locator('[data-lever="P8"] .lever-value', { hasText: /^1 / }).waitFor({ timeout: 5000 });
  assert.equal(await value(controls, 'P9'), '4');

  const late = await context.newPage();
  await late.goto(`${origin}/?present=1`);
  await appReady(late);
  await late.locator('[data-lever="P9"] .lever-value', { hasText: /^4 / }).waitFor({ timeout: 5000 });
  assert.equal(await value(controls, 'P9'), '4', 'the late window did not reset the others');

  assert.equal(await audience.evaluate(() => document.documentElement.classList.contains('presenting')), true);
  await audience.locator('#audience-qr-open').click();
  await audience.locator('.audience-qr svg').waitFor();
  await audience.screenshot({ path: 'target/screenshots/presenter-qr-1920x1080.png' });
  await audience.keyboard.press('Escape');
  assert.equal(await audience.locator('.audience-qr').count(), 0);
  await audience.screenshot({ path: 'target/screenshots/presenter-1920x1080.png' });
  assert.deepEqual(problems.page, []);
  await context.close();
});

test('without presenter mode, windows stay independent', async () => {
  const { context, page: a } = await watchedPage(browser, origin);
  await a.goto(`${origin}/`);
  await appReady(a);
  const b = await context.newPage();
  await b.goto(`${origin}/`);
  await appReady(b);
  await a.locator('[data-lever="P9"] .lever-input button').last().click();
  await a.waitForTimeout(400);
  assert.equal(await value(b, 'P9'), '0');
  await context.close();
});

test('presenting keeps the screen on; the audience view shows results only; a kiosk returns to its scenario when idle', async () => {
  const { context, page: kiosk, problems } = await watchedPage(browser, origin, { width: 1024, height: 768 });
  await context.addInitScript(() => {
    window.__wake = [];
    Object.defineProperty(Navigator.prototype, 'wakeLock', {
      configurable: true,
      get() { return { request: (kind) => { window.__wake.push(kind); return Promise.resolve({ release: () => Promise.resolve() }); } }; },
    });
  });
  await kiosk.goto(`${origin}/?present=1&idle=0.05`);
  await appReady(kiosk);
  assert.deepEqual(await kiosk.evaluate(() => window.__wake), ['screen'], 'the wake lock is requested');

  const audience = await context.newPage();
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await audience.goto(`${origin}/?present=1&audience=1`);
  await audience.locator('.kpi-card').first().waitFor();
  assert.equal(await audience.locator('.lever-panel').isVisible(), false, 'no lever panel on the projector');
  assert.equal(await audience.locator('.chart-cell').first().isVisible(), true);
  const before = await audience.locator('.kpi-card').nth(4).locator('.kpi-value').textContent();

  for (let i = 0; i < 3; i++) await kiosk.locator('[data-lever="P9"] .lever-input button').last().click();
  await audience.waitForFunction((b) => document.querySelectorAll('.kpi-card')[4].querySelector('.kpi-value').textContent !== b, before);
  await audience.screenshot({ path: 'target/screenshots/audience-1920x1080.png' });

  // 0.05 minutes = 3 s without input: the kiosk goes back to the scenario it was opened with, and
  // the audience view follows.
  await kiosk.locator('[data-lever="P9"] .lever-value', { hasText: /^0 / }).waitFor({ timeout: 10000 });
  await audience.waitForFunction((b) => document.querySelectorAll('.kpi-card')[4].querySelector('.kpi-value').textContent === b, before, { timeout: 10000 });
  assert.deepEqual(problems.page, []);
  await context.close();
});

test('without idle= the presenter window never resets itself', async () => {
  const { context, page } = await watchedPage(browser, origin);
  await page.goto(`${origin}/?present=1`);
  await appReady(page);
  await page.locator('[data-lever="P9"] .lever-input button').last().click();
  await page.waitForTimeout(3500);
  assert.equal(await value(page, 'P9'), '1');
  await context.close();
});
