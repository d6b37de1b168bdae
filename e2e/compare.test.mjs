// End-to-end: the compare view — three scenarios side by side (the lab's, a saved one, a pasted
// link), its link reopened in a fresh browser context gives the identical table, downloads of the
// table (CSV) and of a chart (SVG, PNG), and a mangled comparison link gives a notice, not a crash.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, watchedPage, appReady } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await serveDist()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const tableText = (page) => page.locator('#compare-table').innerText();

async function bump(page, lever, times = 1) {
  for (let i = 0; i < times; i++) await page.locator(`[data-lever="${lever}"] .lever-input button`).last().click();
}

test('three scenarios compared; the comparison link opens the identical table elsewhere', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  // 1: the lab's scenario (P9 up two steps).
  await bump(page, 'P9', 2);
  await page.locator('#tab-compare').click();
  await page.locator('#compare-add-current').click();
  // 2: a saved scenario (P1a up one step), saved from the lab.
  await page.locator('#tab-lab').click();
  await page.locator('#reset-all').click();
  await bump(page, 'P1a');
  const lib = page.locator('#library');
  if (!(await lib.evaluate((d) => d.open))) await lib.locator('summary').click();
  await page.locator('#library-name').fill('Flere forløb');
  await page.locator('#library-save').click();
  await page.locator('.library-entry-name', { hasText: 'Flere forløb' }).waitFor();
  // 3: a pasted share link (H4 up one step).
  await page.locator('#reset-all').click();
  await bump(page, 'H4');
  const shared = await page.locator('#share-link').inputValue();
  assert.match(shared, /\?s=/);
  await page.locator('#tab-compare').click();
  await page.locator('#compare-saved').selectOption({ label: 'Flere forløb' });
  await page.locator('#compare-add-saved').click();
  await page.locator('#compare-paste').fill(shared);
  await page.locator('#compare-add-link').click();
  await page.locator('#compare-area-select').selectOption('r4');
  assert.equal(await page.locator('.compare-entry').count(), 3);
  assert.equal(await page.locator('#compare-table thead th').count(), 5, 'KPI, baseline and three scenarios');
  const table = await tableText(page);
  assert.match(table, /Nordjylland 2035/);
  assert.match(table, /Hele landet 2035/);
  assert.equal(await page.locator('.compare-row').count(), 6, 'one row of small multiples per headline KPI');
  assert.equal(await page.locator('.compare-row').first().locator('figure').count(), 3);
  // Shared scale: every chart of a row has the same y labels.
  const yLabels = await page.locator('.compare-row').first().locator('.chart-y-labels').evaluateAll((gs) => gs.map((g) => g.textContent));
  assert.equal(new Set(yLabels).size, 1, `one y axis per row: ${yLabels}`);
  // Uncertainty bands fill in on the small multiples too, scenario by scenario.
  await page.locator('.compare-row').first().scrollIntoViewIfNeeded();
  const firstSvg = await page.locator('.compare-row').first().locator('svg.chart-svg').first().elementHandle();
  await page.locator('.compare-row').first().locator('path.chart-band').first().waitFor({ timeout: 60000 });
  await page.waitForTimeout(400);
  assert.ok(await firstSvg.evaluate((e) => e.isConnected), 'charts are updated in place while bands fill in, not rebuilt');
  const link = await page.locator('#compare-link').inputValue();
  assert.match(link, /\?view=compare&c=[A-Za-z0-9_-]+$/);

  // CSV download: header lines with the token, then the table.
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#compare-csv').click()]);
  const csvText = await readFile(await csv.path(), 'utf8');
  assert.match(csvText, /^# Lægedækning 2040/);
  assert.match(csvText, new RegExp(`# comparison token: ${link.split('c=')[1]}`));
  assert.match(csvText, /Nordjylland 2035 – Patienter/);
  // A chart as SVG and PNG.
  const chart = page.locator('.compare-row').first().locator('figure').first();
  const [svg] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-download="svg"]').click()]);
  const svgText = await readFile(await svg.path(), 'utf8');
  assert.match(svgText, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  assert.match(svgText, /series-scenario/);
  assert.match(svg.suggestedFilename(), /\.svg$/);
  const [png] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-download="png"]').click()]);
  const pngBytes = await readFile(await png.path());
  assert.deepEqual([...pngBytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG file');
  assert.ok(pngBytes.length > 5000, `PNG of ${pngBytes.length} bytes`);
  const [chartCsv] = await Promise.all([page.waitForEvent('download'), chart.locator('[data-download="csv"]').click()]);
  const chartCsvText = await readFile(await chartCsv.path(), 'utf8');
  assert.match(chartCsvText, /^# scenario token: [A-Za-z0-9_-]+$/m);
  assert.match(chartCsvText, /^2040,\d/m, 'plain numbers per year');
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.csp, []);
  await context.close();

  // A fresh context (another device): the same table, names included.
  const other = await watchedPage(browser, origin, { width: 390, height: 844 });
  await other.page.goto(link);
  await other.page.locator('#compare-table').waitFor();
  assert.equal(await tableText(other.page), table);
  assert.deepEqual(await other.page.locator('.compare-entry input').evaluateAll((xs) => xs.map((x) => x.value)),
    ['Labbets scenarie 1', 'Flere forløb', 'Delingslink 1']);
  const overflow = await other.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll on a phone (${overflow}px)`);
  await other.page.screenshot({ path: 'target/screenshots/compare-390x844.png', fullPage: false });
  assert.deepEqual(other.problems.page, []);
  await other.context.close();
});

test('a mangled comparison link: a notice, an empty comparison, the app keeps working', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/?view=compare&c=AQJyNAFBAQ-mangled`);
  await page.locator('#compare-notice').waitFor();
  assert.match(await page.locator('#compare-notice').textContent(), /kunne ikke læses/);
  assert.equal(await page.locator('.compare-entry').count(), 0);
  await page.locator('#compare-add-current').click();
  assert.equal(await page.locator('.compare-entry').count(), 1, 'still usable');
  await page.locator('#compare-paste').fill('not a link at all %%');
  await page.locator('#compare-add-link').click();
  assert.match(await page.locator('#compare-notice').textContent(), /kunne ikke læses/);
  assert.equal(await page.locator('.compare-entry').count(), 1, 'nothing lost');
  assert.deepEqual(problems.page, []);
  await context.close();
});
