// End-to-end: live uncertainty bands. After a change the band fills in on the lab's charts in the
// background (in Web Workers where the browser allows, else in the page), saying how many draws it
// rests on; a slider moved while it computes answers at once (the band restarts rather than
// blocking); a finished band rests on 1,000 draws, the same band whoever computed it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, watchedPage, appReady } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await serveDist()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const draws = (page) => page.locator('#band-draws').getAttribute('data-draws').then(Number);

test('the band appears on the charts and a slider stays responsive while it computes', async () => {
  const { context, page, problems } = await watchedPage(browser, origin, { width: 1024, height: 768 });
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.locator('[data-lever="P9"] .lever-input button').last().click();
  await page.waitForFunction(() => Number(document.querySelector('#band-draws').dataset.draws) > 0, null, { timeout: 30000 });
  // Charts far off screen do not redraw; in view, the band is there while it fills in.
  await page.locator('.chart-cell').first().scrollIntoViewIfNeeded();
  await page.locator('.chart-cell').first().locator('path.chart-band').first().waitFor({ timeout: 10000 });
  const during = await draws(page);
  assert.ok(during < 1000, `still computing (${during} draws)`);
  // A slider moved now: its value and the KPI follow within a frame or two, not after the band.
  const waited = await page.evaluate(async () => {
    const input = document.querySelector('#lever-P11b');
    const t0 = performance.now();
    input.value = String(Number(input.max) / 2);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r()));
    const shown = document.querySelector('[data-lever="P11b"] .lever-value').textContent;
    return { ms: performance.now() - t0, shown };
  });
  console.log(`input answered after ${waited.ms.toFixed(1)} ms while the band computed`);
  assert.doesNotMatch(waited.shown, /^0 /, 'the slider moved');
  assert.ok(waited.ms < 1000, `the input waited ${waited.ms} ms: it must not wait for the whole band`);
  await page.waitForFunction(() => document.querySelector('#band-draws').dataset.draws === '1000', null, { timeout: 180000 });
  const ms = await page.locator('#band-draws').getAttribute('data-compute-ms');
  const workers = Number(await page.locator('#band-draws').getAttribute('data-workers'));
  console.log(`1,000-draw band: ${ms} ms of compute, ${workers} Web Workers`);
  assert.ok(workers >= 1, 'by default the band is computed in Web Workers');
  assert.match(await page.locator('#band-draws').textContent(), /1\.000 af 1\.000 trækninger/);
  await page.locator('.chart-cell').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('.chart-cell').querySelectorAll('path.chart-band').length === 2);
  assert.match(await page.locator('.chart-cell').first().locator('.chart-legend').textContent(), /1\.000 trækninger/);
  await page.locator('#band-toggle').click();
  await page.locator('.chart-cell').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('.chart-cell').querySelector('path.chart-band'));
  assert.deepEqual(problems.page, []);
  await context.close();
});

test('a chart off screen catches up with the scenario when it scrolls into view', async () => {
  const { context, page, problems } = await watchedPage(browser, origin, { width: 1024, height: 768 });
  await page.goto(`${origin}/`);
  await page.locator('[data-lever]').first().waitFor();
  const chart = page.locator('.chart-cell').first();
  await chart.scrollIntoViewIfNeeded();
  const before = await chart.locator('.end-label-scenario').textContent();
  await page.locator('[data-lever="P9"]').scrollIntoViewIfNeeded();
  for (let i = 0; i < 4; i++) await page.locator('[data-lever="P9"] .lever-input button').last().click();
  await chart.scrollIntoViewIfNeeded();
  await page.waitForFunction((b) => document.querySelector('.chart-cell .end-label-scenario').textContent !== b, before, { timeout: 5000 });
  const kpi = await page.locator('.kpi-card').first().locator('.kpi-value').textContent();
  assert.ok((await chart.locator('.end-label-scenario').textContent()).length > 0);
  assert.notEqual(kpi, '', 'the KPI card shows the same scenario');
  assert.deepEqual(problems.page, []);
  await context.close();
});

// core/examples/ten-levers.json as a share token (as in scripts/bench-comparator.mjs).
const TEN_LEVERS = 'AQEwAgJAAgNAAgVACgZAAglACgpQBA5AAg9KAoQCGjQCAow';

/** The finished band paths of the first chart, and how many workers computed them. */
async function finishedBand(page, query) {
  await page.goto(`${origin}/?s=${TEN_LEVERS}${query}`);
  await appReady(page);
  await page.waitForFunction(() => document.querySelector('#band-draws').dataset.draws === '1000', null, { timeout: 180000 });
  const chart = page.locator('.chart-cell').first();
  await chart.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => /1\.000 trækninger/.test(document.querySelector('.chart-cell .chart-legend')?.textContent ?? ''));
  const paths = await chart.locator('path.chart-band').evaluateAll((ps) => ps.map((p) => p.getAttribute('d')));
  return { paths, workers: Number(await page.locator('#band-draws').getAttribute('data-workers')) };
}

test('bands computed by three Web Workers equal the bands computed in the page', async () => {
  const { context, page, problems } = await watchedPage(browser, origin, { width: 1024, height: 768 });
  const inPage = await finishedBand(page, '&bandworkers=0');
  const pooled = await finishedBand(page, '&bandworkers=3');
  assert.equal(inPage.workers, 0);
  assert.equal(pooled.workers, 3);
  assert.equal(pooled.paths.length, 2);
  assert.deepEqual(pooled.paths, inPage.paths, 'the same P5–P95 and P25–P75 paths');
  assert.deepEqual(problems.page, []);
  assert.deepEqual(await page.evaluate(() => window.__csp ?? []), [], 'workers load under the page CSP');
  await context.close();
});

test('when the band worker cannot load, the page computes the band itself', async () => {
  const { context, page, problems } = await watchedPage(browser, origin, { width: 1024, height: 768 });
  await context.route('**/band-worker.js', (route) => route.fulfill({ status: 404, body: 'gone' }));
  const fallback = await finishedBand(page, '');
  assert.equal(fallback.workers, 0, 'the page took over');
  assert.equal(fallback.paths.length, 2);
  assert.deepEqual(problems.page, []);
  await context.close();
});
