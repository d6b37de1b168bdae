// End-to-end: the scenario lives in the address; a link reopens it anywhere; a mangled link opens
// the baseline with a notice that says what was wrong.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, watchedPage, appReady, settledToken } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await serveDist()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const kpi = (page, name) => page.locator(`[data-kpi="${name}"] .kpi-scenario`).textContent();

const waitForToken = settledToken;

test('a lever change reaches the address without new history entries, and the link reopens it', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.locator('#area-select').selectOption('t');
  const before = await kpi(page, 'PatientsPerGp');
  const historyBefore = await page.evaluate(() => history.length);
  const plus = page.locator('[data-lever="P9"] .lever-input button').last();
  for (let i = 0; i < 5; i++) await plus.click();
  const slider = page.locator('#lever-P8');
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  // Read the KPI once the scenario has settled (a loaded machine may still be drawing the last key).
  const token = await waitForToken(page);
  const after = await kpi(page, 'PatientsPerGp');
  assert.notEqual(after, before, 'the KPI moved');
  assert.ok(token.length > 0 && token.length <= 120, `token ${token}`);
  assert.equal(await page.evaluate(() => history.length), historyBefore, 'no history entry per change');

  await page.reload();
  await appReady(page);
  await page.locator('#area-select').selectOption('t');
  assert.equal(await kpi(page, 'PatientsPerGp'), after, 'reload keeps the scenario');

  // The same link in a fresh browser context (another device) shows the same numbers.
  const other = await watchedPage(browser, origin);
  await other.page.goto(`${origin}/?s=${token}`);
  await appReady(other.page);
  await other.page.locator('#area-select').selectOption('t');
  assert.equal(await kpi(other.page, 'PatientsPerGp'), after);
  assert.equal(await other.page.locator('[data-lever="P9"] .lever-value').textContent().then((t) => t.split(' ')[0]), '5');
  assert.equal(await other.page.locator('.link-notice').count(), 0);
  assert.deepEqual(problems.page, []);
  await other.context.close();
  await context.close();
});

test('a mangled link opens the baseline with a notice that says what was wrong', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  const baseline = await kpi(page, 'PatientsPerGp');
  for (const [bad, why] of [['AQ%21%21', /tegn, der ikke hører til/], ['AQIDBAUG', /beskadiget|afkortet/]]) {
    await page.goto(`${origin}/?s=${bad}`);
    await appReady(page);
    const notice = page.locator('.link-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), why);
    assert.match(await notice.textContent(), /Udgangspunktet vises i stedet/);
    assert.equal(await kpi(page, 'PatientsPerGp'), baseline);
    assert.equal(await page.locator('.active-count').textContent().then((t) => t.trim()[0]), '0');
  }
  assert.deepEqual(problems.page, [], 'no panic');
  assert.deepEqual(problems.console, [], 'no console error');
  await context.close();
});

test('keyboard only: change a lever and undo it with Ctrl+Z', async () => {
  const { context, page } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.locator('#lever-P7').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.match(await page.locator('[data-lever="P7"] .lever-value').textContent(), /^2 /);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  assert.match(await page.locator('[data-lever="P7"] .lever-value').textContent(), /^0 /);
  await page.keyboard.press('Control+Shift+z');
  assert.match(await page.locator('[data-lever="P7"] .lever-value').textContent(), /^1 /);
  await context.close();
});

test('the command line reproduces the numbers on screen from the share URL', async () => {
  const { execFileSync } = await import('node:child_process');
  const { context, page } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.locator('#area-select').selectOption('t');
  for (const id of ['P9', 'P8', 'H4']) {
    await page.locator(`[data-lever="${id}"] .lever-input button`).last().click();
  }
  await waitForToken(page);
  const url = page.url();
  const onScreen = await kpi(page, 'PatientsPerGp');
  const out = execFileSync('cargo', ['run', '-q', '--locked', '-p', 'laegedaekning-core', '--bin', 'laegedaekning-cli', '--',
    'run', '--url', url, '--format', 'json'], { encoding: 'utf8' });
  const row = JSON.parse(out).headline.find((r) => r.area === 'Threatened areas' && r.year === 2035);
  const cli = Math.round(row.patients_per_gp_fte).toLocaleString('da-DK');
  assert.equal(cli, onScreen, `CLI ${row.patients_per_gp_fte} vs screen ${onScreen}`);
  await context.close();
});

test('the share panel gives the link at once; it opens the same numbers elsewhere', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.locator('#area-select').selectOption('r4');
  await page.locator('[data-lever="P11b"] .lever-input button').last().click();
  await page.locator('#share summary').click();
  const link = await page.locator('#share-link').inputValue();
  assert.match(link, /\?s=[A-Za-z0-9_-]+$/);
  await page.locator('#share-copy').click();
  const onScreen = await kpi(page, 'SpecialistDensity');
  const other = await watchedPage(browser, origin);
  await other.page.goto(link);
  await appReady(other.page);
  await other.page.locator('#area-select').selectOption('r4');
  assert.equal(await kpi(other.page, 'SpecialistDensity'), onScreen);
  assert.deepEqual(problems.page, []);
  await other.context.close();
  await context.close();
});

test('the QR code in the share panel encodes exactly the share link', async () => {
  const { default: jsQR } = await import('jsqr');
  const { PNG } = await import('pngjs');
  const { context, page } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.locator('[data-lever="P7"] .lever-input button').last().click();
  await page.locator('#share summary').click();
  const link = await page.locator('#share-link').inputValue();
  const png = PNG.sync.read(await page.locator('#share-qr svg').screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(decoded, 'the QR code is readable');
  assert.equal(decoded.data, link);
  await context.close();
});
