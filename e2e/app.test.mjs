// End-to-end: the release dist/ served on 127.0.0.1 and driven in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { serveDist, launch, watchedPage, appReady } from './harness.mjs';

const SHOTS = 'target/screenshots';
let server, origin, browser;

before(async () => {
  ({ server, origin } = await serveDist());
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});
after(async () => { await browser?.close(); server?.close(); });

test('loads with no console error, no CSP violation and no request off the page origin', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.locator('[data-lever="P9"] .lever-input button').last().click();
  await page.waitForFunction(() => Number(document.querySelector('#band-draws')?.dataset.draws) > 0, null, { timeout: 30000 });
  await page.locator('#tab-compare').click();
  await page.locator('#compare-add-current').click();
  await page.locator('.compare-row').first().waitFor();
  await page.locator('#tab-analysis').click();
  await page.locator('#attribution-progress[data-done="true"]').waitFor({ timeout: 60000 });
  await page.locator('#tab-data').click();
  await page.locator('#filter-area').selectOption('r4');
  await page.waitForTimeout(200);
  const csp = await page.evaluate(() => window.__csp ?? []);
  assert.deepEqual(problems.page, [], 'uncaught errors');
  assert.deepEqual(problems.console, [], 'console errors');
  assert.deepEqual(csp, [], 'CSP violations');
  assert.deepEqual(problems.foreign, [], 'requests to other hosts');
  assert.ok(problems.requests.some((u) => u.endsWith('.wasm')), 'the wasm was fetched from the origin');
  await context.close();
});

test('shows the Data view in Danish with Danish number formats, and English on the toggle', async () => {
  const { context, page } = await watchedPage(browser, origin);
  await page.goto(`${origin}/?view=data`);
  await appReady(page);
  assert.equal(await page.locator('html').getAttribute('lang'), 'da');
  assert.equal(await page.locator('h1').textContent(), 'Lægedækning 2040');
  const pop = page.locator('tr[data-figure="population.nordjylland"] .value');
  assert.match(await pop.textContent(), /^593\.135 /);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  assert.match(await pop.textContent(), /^593,135 /);
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  // The choice is remembered across a reload.
  await page.reload();
  await appReady(page);
  assert.equal(await page.locator('h1').textContent(), 'Physician coverage 2040');
  await context.close();
});

test('source and confidence of a figure are one tap away', async () => {
  const { context, page } = await watchedPage(browser, origin);
  await page.goto(`${origin}/?view=data`);
  await appReady(page);
  const row = page.locator('tr[data-figure="population.nordjylland"]');
  assert.match(await row.locator('.conf').textContent(), /citeret|afledt|skøn/);
  await row.locator('summary').click();
  assert.match(await row.locator('details').textContent(), /Danmarks Statistik/);
  await context.close();
});

for (const view of ['lab', 'compare', 'analysis', 'data']) {
  test(`axe finds no serious or critical accessibility violation in the ${view} view (Danish and English)`, async () => {
    const { context, page } = await watchedPage(browser, origin);
    await page.goto(`${origin}/?view=${view}`);
    await appReady(page);
    if (view === 'compare') await page.locator('#compare-add-current').click();
    if (view === 'analysis') await page.locator('#budget-progress[data-done="true"]').waitFor({ timeout: 60000 });
    for (const lang of ['da', 'en']) {
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target}`), [], `axe (${lang})`);
      if (lang === 'da') await page.locator('#lang-toggle').click();
    }
    await context.close();
  });
}

for (const [name, width, height] of [['tablet-landscape', 1024, 768], ['tablet-portrait', 768, 1024], ['phone', 390, 844], ['projector', 1920, 1080]]) {
  test(`at ${width}×${height} there is no horizontal scroll; screenshot written`, async () => {
    const { context, page } = await watchedPage(browser, origin, { width, height });
    await page.goto(`${origin}/`);
    await appReady(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
    const toggle = await page.locator('#lang-toggle').boundingBox();
    assert.ok(toggle.height >= 44 && toggle.width >= 44, 'touch target ≥ 44 px');
    await page.screenshot({ path: `${SHOTS}/${name}-${width}x${height}.png` });
    await context.close();
  });
}

test('in English no Danish text is left in the lever panel (seed quotes excepted, marked lang="da")', async () => {
  const { context, page } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  // Open every group and info sheet so their text is rendered and checked too.
  await page.evaluate(() => document.querySelectorAll('.lever-panel details').forEach((d) => { d.open = true; }));
  // Proper names and Danish job titles used as terms keep their Danish letters.
  const names = /Sjælland|Østdanmark|Aarhus Kommune|Veje til bedre lægedækning|Kommunernes bidrag|Danske Regioner|Nykøbing|Køge|afdelingslæge/;
  // Every text node of the panel (and every option label), except inside elements marked lang="da".
  const danishLines = () => page.locator('.lever-panel').evaluate((panel) => {
    const texts = [];
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const quoted = n.parentElement.closest('[lang="da"]');
      if (!(quoted && panel.contains(quoted)) && n.textContent.trim()) texts.push(n.textContent.trim());
    }
    return texts.filter((t) => /æ|ø|å|Æ|Ø|Å|\b(og|til|ikke|eller|pr\.)\b/.test(t));
  }).then((lines) => lines.filter((line) => !names.test(line)));
  // Control: the detector finds the Danish panel Danish.
  const control = await danishLines();
  assert.ok(control.length > 30, `the check recognises Danish text (${control.length})`);
  await page.locator('#lang-toggle').click();
  const leftovers = await danishLines();
  assert.deepEqual(leftovers.slice(0, 10), [], `${leftovers.length} Danish lines in the English lever panel`);
  await context.close();
});
