// End-to-end: the analysis view takes the lab's package apart (Shapley waterfall that adds up to
// the package, interaction matrix), ranks every measure by value for money, and spends a budget
// pool whose package opens in the lab with one tap.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, watchedPage, appReady, settledToken } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await serveDist()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function download(page, locator) {
  const [d] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

const number = (text) => Number(text.trim().replace(/\./g, '').replace(',', '.').replace('−', '-').replace('+', ''));

async function bump(page, lever, times = 1) {
  for (let i = 0; i < times; i++) await page.locator(`[data-lever="${lever}"] .lever-input button`).last().click();
}

test('attribution adds up to the package; ranking; budget pool opens in the lab', async () => {
  const { context, page, problems } = await watchedPage(browser, origin, { width: 1024, height: 768 });
  await page.goto(`${origin}/`);
  await appReady(page);
  await bump(page, 'P9', 2);
  await bump(page, 'P11b');
  await bump(page, 'H4');
  await page.locator('#tab-analysis').click();
  await page.locator('#attribution-progress[data-done="true"]').waitFor({ timeout: 60000 });
  assert.equal(await page.locator('.waterfall-svg rect.bar').count(), 4, 'three measures and the total');
  const rows = page.locator('#attribution-table tbody tr');
  assert.equal(await rows.count(), 4);
  const shapley = await rows.evaluateAll((trs) => trs.slice(0, 3).map((tr) => tr.querySelectorAll('td')[0].textContent));
  const total = number(await page.locator('#attribution-total').textContent());
  const sum = shapley.map(number).reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - total) <= 0.15 + 1e-9, `Σφ ${sum} = package ${total} (rounded to one decimal each)`);
  assert.equal(await page.locator('#interaction-matrix tbody tr').count(), 3);
  // Downloads: the waterfall as SVG and PNG, its numbers as CSV with the scenario token.
  const svg = await download(page, page.locator('#attribution [data-download="svg"]'));
  assert.match(svg.bytes.toString(), /^<svg xmlns=.*class="bar bar-/s);
  const png = await download(page, page.locator('#attribution [data-download="png"]'));
  assert.deepEqual([...png.bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  const csv = (await download(page, page.locator('#attribution [data-download="csv"]'))).bytes.toString();
  const token = await settledToken(page);
  assert.match(csv, new RegExp(`# scenario token: ${token}`));
  assert.match(csv, /# metric: gap_closed/);
  assert.equal(csv.trim().split('\n').filter((l) => !l.startsWith('#')).length, 1 + 3 + 1, 'header, three measures, total');

  await page.locator('#ranking-progress[data-done="true"]').waitFor({ timeout: 60000 });
  assert.ok(await page.locator('#ranking-table tbody tr').count() > 3, 'measures with a gain are ranked');
  assert.equal(await page.locator('#ranking-table tbody tr').first().locator('td').first().textContent(), '1');
  // Another KPI: patients per GP in the lab's area and year; the waterfall is redrawn for it.
  await page.locator('#attribution-metric').selectOption('h:patients_per_gp');
  await page.locator('#attribution-progress[data-done="true"]').waitFor({ timeout: 60000 });
  assert.match(await page.locator('#attribution figcaption').textContent(), /.+/);
  assert.equal(await page.locator('.waterfall-svg rect.bar').count(), 4);
  const ranking = (await download(page, page.locator('#ranking [data-download="csv"]'))).bytes.toString();
  assert.match(ranking, /^lever,setting,class,rank,pv_cost_dkk/m);

  await page.locator('#budget-progress[data-done="true"]').waitFor({ timeout: 120000 });
  const pkg = await page.locator('#budget-package li').count();
  assert.ok(pkg > 0, 'the 100 mio. kr. pool buys something');
  assert.ok(await page.locator('.frontier-svg circle.frontier-step').count() > 0);
  const steps = (await download(page, page.locator('#budget [data-download="csv"]'))).bytes.toString();
  assert.match(steps, /# budget: 100000000 DKK per year, region: nation/);
  assert.match(steps, /# package token: [A-Za-z0-9_-]+/);
  await page.screenshot({ path: 'target/screenshots/analysis-1024x768.png', fullPage: true });
  await page.locator('#budget-open').click();
  await page.locator('#tab-lab[aria-selected="true"]').waitFor();
  assert.match(await page.locator('.active-count').textContent(), new RegExp(`^${pkg}`), 'the package is in the lab');
  await page.waitForFunction(() => location.search.includes('s='));
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.csp, []);
  await context.close();
});

test('an empty package says what to do; a mangled budget is corrected, not a crash', async () => {
  const { context, page, problems } = await watchedPage(browser, origin, { width: 390, height: 844 });
  await page.goto(`${origin}/?view=analysis`);
  await page.locator('#attribution-empty').waitFor({ timeout: 30000 });
  await page.locator('#budget-input').fill('-5e999');
  await page.locator('#budget-input').dispatchEvent('change');
  await page.locator('#budget-progress[data-done="true"]').waitFor({ timeout: 60000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `no horizontal scroll on a phone (${overflow}px)`);
  assert.deepEqual(problems.page, []);
  await context.close();
});
