// End-to-end: the on-device library keeps scenarios and survives every storage fault — disabled
// storage, a full store, a corrupt entry, and two tabs editing at once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, watchedPage, appReady } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await serveDist()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const PREFIX = 'ld2040.library.';

async function openLibrary(page) {
  const lib = page.locator('#library');
  if (!(await lib.evaluate((d) => d.open))) await lib.locator('summary').click();
}

async function saveAs(page, name) {
  await openLibrary(page);
  await page.locator('#library-name').fill(name);
  await page.locator('#library-save').click();
  await page.locator('.library-entry-name', { hasText: name }).waitFor();
}

const names = (page) => page.locator('.library-entry-name').allTextContents();

test('save, reload, rename, duplicate, open, delete and undo the delete', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.locator('[data-lever="P9"] .lever-input button').last().click();
  await page.waitForFunction(() => location.search.includes('s='));
  await saveAs(page, 'Nordjylland-pakken');
  await page.reload();
  await appReady(page);
  await openLibrary(page);
  assert.deepEqual(await names(page), ['Nordjylland-pakken'], 'kept across a reload');

  const entry = page.locator('.library-entry').first();
  await entry.getByRole('button', { name: 'Omdøb' }).click();
  await entry.locator('.library-rename input').fill('Pakke A');
  await entry.locator('.library-rename button').click();
  await page.locator('.library-entry-name', { hasText: 'Pakke A' }).waitFor();
  await page.locator('.library-entry').first().getByRole('button', { name: 'Kopiér' }).click();
  await page.locator('.library-entry-name', { hasText: 'Pakke A (kopi)' }).waitFor();

  await page.locator('#reset-all').click();
  assert.match(await page.locator('.active-count').textContent(), /^0/);
  await page.locator('.library-entry').first().getByRole('button', { name: 'Åbn' }).click();
  assert.match(await page.locator('.active-count').textContent(), /^1/, 'opening restores the scenario');

  await page.locator('.library-entry', { hasText: 'Pakke A (kopi)' }).getByRole('button', { name: 'Slet' }).click();
  assert.deepEqual(await names(page), ['Pakke A']);
  await page.locator('#library-undo-delete').click();
  assert.equal((await names(page)).length, 2, 'undo brings the deleted scenario back');
  assert.deepEqual(problems.page, []);
  await context.close();
});

test('storage disabled: the app works, says so and offers the share link', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });
  });
  await page.goto(`${origin}/`);
  await appReady(page);
  await page.locator('[data-lever="P9"] .lever-input button').last().click();
  assert.match(await page.locator('.active-count').textContent(), /^1/, 'the lab works');
  await openLibrary(page);
  assert.match(await page.locator('.library-notice').textContent(), /kan ikke gemmes på denne enhed/);
  await page.waitForFunction(() => location.search.includes('s='));
  assert.match(await page.locator('.share-fallback input').inputValue(), /\?s=/);
  // The language toggle cannot be remembered either: a notice, no crash.
  await page.locator('#lang-toggle').click();
  assert.equal(await page.locator('h1').textContent(), 'Physician coverage 2040');
  assert.deepEqual(problems.page, [], 'no panic');
  await context.close();
});

test('a full store: a clear message, and nothing already stored is lost', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await saveAs(page, 'Gemt før');
  const before = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).map((k) => [k, localStorage.getItem(k)]), PREFIX);
  // Fill the origin's storage to the brim.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    for (let i = 0; ; i++) {
      try { localStorage.setItem(`filler.${i}`, chunk); } catch { break; }
    }
    for (let size = 16 * 1024; size >= 16; size = Math.floor(size / 2)) {
      for (let i = 0; ; i++) {
        try { localStorage.setItem(`filler.small.${size}.${i}`, 'y'.repeat(size)); } catch { break; }
      }
    }
  });
  await page.locator('#library-name').fill('Ny pakke med et langt navn der ikke kan være der');
  await page.locator('#library-save').click();
  const notice = page.locator('.library-notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /ikke plads.*Intet gemt er gået tabt/);
  const afterKeys = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).map((k) => [k, localStorage.getItem(k)]), PREFIX);
  assert.deepEqual(afterKeys.sort(), before.sort(), 'library entries and index unchanged');
  assert.deepEqual(await names(page), ['Gemt før']);
  assert.deepEqual(problems.page, []);
  await context.close();
});

test('a corrupt entry is set aside, the rest loads, and the reader is told', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  await saveAs(page, 'God');
  await saveAs(page, 'Ødelagt');
  const garbage = '{"format":1,"id":"kaput", nonsense';
  await page.evaluate(({ p, garbage }) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith(`${p}entry.`) && localStorage.getItem(k).includes('Ødelagt'));
    localStorage.setItem(key, garbage);
  }, { p: PREFIX, garbage });
  await page.reload();
  await appReady(page);
  await openLibrary(page);
  assert.deepEqual(await names(page), ['God'], 'the rest of the library loads');
  assert.match(await page.locator('.library-notice').textContent(), /lagt til side \(ikke slettet\)/);
  const kept = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(`${p}quarantine.`)).map((k) => localStorage.getItem(k)), PREFIX);
  assert.deepEqual(kept, [garbage], 'the unreadable text is kept under a quarantine key');
  assert.deepEqual(problems.page, []);
  await context.close();
});

test('two tabs: a save in one appears in the other, and concurrent saves lose nothing', async () => {
  const { context, page: a, problems } = await watchedPage(browser, origin);
  await a.goto(`${origin}/`);
  await appReady(a);
  const b = await context.newPage();
  await b.goto(`${origin}/`);
  await appReady(b);
  await saveAs(a, 'Fra fane A');
  await openLibrary(b);
  await b.locator('.library-entry-name', { hasText: 'Fra fane A' }).waitFor({ timeout: 5000 });
  await Promise.all([saveAs(a, 'A igen'), saveAs(b, 'Fra fane B')]);
  await a.reload();
  await appReady(a);
  await openLibrary(a);
  assert.deepEqual((await names(a)).sort(), ['A igen', 'Fra fane A', 'Fra fane B']);
  assert.deepEqual(problems.page, []);
  await context.close();
});
