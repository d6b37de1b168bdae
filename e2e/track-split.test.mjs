// End-to-end: D0 split by track (MODEL.md §2.1). The switch reveals one slider per track; the
// split reaches the address (a v2 share token) and survives a reload; switching it off goes back to v1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, watchedPage, appReady } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await serveDist()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const d0 = '[data-lever="D0"]';
const plus = (page, track) => page.locator(`${d0} [data-track="${track}"] .lever-input button`).last();

test('a per-track split of D0 is kept in the link and found again after a reload', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  const toggle = page.locator(`${d0} .track-toggle input`);
  assert.equal(await toggle.isChecked(), false);
  assert.equal(await page.locator(`${d0} .track-rows`).isVisible(), false, 'track sliders hidden until split');
  await toggle.check();
  assert.equal(await page.locator('#lever-D0').isVisible(), false, 'the single slider gives way to the tracks');
  for (let i = 0; i < 5; i++) await plus(page, 'am').click();
  for (let i = 0; i < 2; i++) await plus(page, 'hs').click();
  // Touch targets: the − / + buttons and the switch are at least 44 px.
  for (const box of [await plus(page, 'hs').boundingBox(), await page.locator(`${d0} .track-toggle`).boundingBox()]) {
    assert.ok(box.height >= 44, `touch target ${JSON.stringify(box)}`);
  }
  assert.match(await plus(page, 'am').getAttribute('aria-label'), /Almen medicin/);
  assert.equal(await page.locator(`${d0} .lever-value`).textContent(), 'AM 5 % · HS 2 %');
  await page.waitForFunction(() => (new URLSearchParams(location.search).get('s') ?? '').startsWith('Ag'), null, { timeout: 5000 });

  await page.reload();
  await appReady(page);
  assert.equal(await page.locator(`${d0} .track-toggle input`).isChecked(), true, 'the split is back');
  assert.equal(await page.locator(`${d0} .lever-value`).textContent(), 'AM 5 % · HS 2 %');
  assert.equal(await page.locator('#lever-D0-am').inputValue(), '0.05');
  assert.equal(await page.locator('#lever-D0-hs').inputValue(), '0.02');

  // Switching the split off keeps the larger track as the lever's intensity.
  await page.locator(`${d0} .track-toggle input`).uncheck();
  assert.equal(await page.locator('#lever-D0').inputValue(), '0.05');
  await page.waitForFunction(() => (new URLSearchParams(location.search).get('s') ?? '').startsWith('AQ'), null, { timeout: 5000 });
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});
