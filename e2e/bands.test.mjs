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

// One worker, and the page alone: both slow enough on any machine to be caught mid-band (two
// workers can finish a band before the test has looked).
for (const [workers, where] of [[1, 'in a Web Worker'], [0, 'in the page']]) test(`the band appears on the charts and a slider stays responsive while it computes ${where}`, async () => {
  const { context, page, problems } = await watchedPage(browser, origin, { width: 1024, height: 768 });
  await page.goto(`${origin}/?bandworkers=${workers}`);
  await appReady(page);
  // Charts far off screen do not redraw: the first chart is brought into view, and the lever is
  // moved without scrolling. From then on every change is watched in the page itself, so a band
  // that fills in fast is still caught mid-way.
  await page.locator('.chart-cell').first().scrollIntoViewIfNeeded();
  const waited = await page.evaluate(async () => {
    const status = document.querySelector('#band-draws');
    const chart = document.querySelector('.chart-cell');
    const count = () => Number(status.dataset.draws);
    let bandWhileFilling = 0;
    const watch = () => {
      if (count() > 0 && count() < 1000 && chart.querySelector('path.chart-band')) bandWhileFilling = count();
    };
    new MutationObserver(watch).observe(document.body, { subtree: true, childList: true, attributes: true });
    const plus = [...document.querySelectorAll('[data-lever="P9"] .lever-input button')].pop();
    plus.click();
    while (count() === 0 || count() >= 1000) await new Promise((r) => requestAnimationFrame(() => r()));
    // A slider moved now, mid-band: its value and the KPI follow within a frame or two.
    const during = count();
    const input = document.querySelector('#lever-P11b');
    const t0 = performance.now();
    input.value = String(Number(input.max) / 2);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r()));
    const shown = document.querySelector('[data-lever="P11b"] .lever-value').textContent;
    const ms = performance.now() - t0;
    // The new scenario's band: wait until it is on the chart while still filling in.
    for (let i = 0; i < 600 && !bandWhileFilling; i++) await new Promise((r) => setTimeout(r, 5));
    return { ms, shown, during, bandWhileFilling };
  });
  assert.ok(waited.during > 0 && waited.during < 1000, `the slider moved mid-band (${waited.during} draws)`);
  assert.ok(waited.bandWhileFilling > 0, 'the band was on the chart while it filled in');
  console.log(`input answered after ${waited.ms.toFixed(1)} ms while the band computed`);
  assert.doesNotMatch(waited.shown, /^0 /, 'the slider moved');
  assert.ok(waited.ms < 1000, `the input waited ${waited.ms} ms: it must not wait for the whole band`);
  await page.waitForFunction(() => document.querySelector('#band-draws').dataset.draws === '1000', null, { timeout: 180000 });
  const ms = await page.locator('#band-draws').getAttribute('data-compute-ms');
  console.log(`1,000-draw band: ${ms} ms of compute ${where}`);
  assert.equal(Number(await page.locator('#band-draws').getAttribute('data-workers')), workers);
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
  const byDefault = await finishedBand(page, '');
  assert.equal(inPage.workers, 0);
  assert.equal(pooled.workers, 3);
  assert.ok(byDefault.workers >= 1, 'by default the band is computed in Web Workers');
  assert.deepEqual(byDefault.paths, inPage.paths);
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
