// End-to-end: the lab's "moves between the regions" table (MODEL.md §2.12 mobility matrix by stage).
// Closed, it renders nothing; opened, it shows five origin rows with totals; the stage picker and a
// lever both change what it shows; English leaves no Danish heading in it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, watchedPage, appReady } from './harness.mjs';

let server, origin, browser;
before(async () => { ({ server, origin } = await serveDist()); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const tableText = (page) => page.locator('#mobility-table tbody').textContent();

test('the mobility table opens, follows the stage picker and a lever, and translates', async () => {
  const { context, page, problems } = await watchedPage(browser, origin);
  await page.goto(`${origin}/`);
  await appReady(page);
  const details = page.locator('details.mobility');
  assert.equal(await page.locator('#mobility-table').count(), 0, 'nothing is computed while closed');
  await details.locator('summary').click();
  await page.locator('#mobility-table').waitFor();
  assert.equal(await page.locator('#mobility-table tbody tr').count(), 5, 'one row per region of origin');
  assert.equal(await page.locator('#mobility-table tfoot tr').count(), 2, 'arrived and net inflow');
  const hu = await tableText(page);
  assert.match(hu, /\d/, 'the HU stage has numbers');

  // Another stage shows other flows.
  const stages = await page.locator('#mobility-stage option').evaluateAll((o) => o.map((x) => x.value));
  assert.ok(stages.length >= 5, `stages: ${stages}`);
  const other = stages.find((s) => s !== 'hu');
  await page.selectOption('#mobility-stage', other);
  await page.waitForFunction((before) => document.querySelector('#mobility-table tbody').textContent !== before, hu);

  // A lever that moves specialists (H4: out-mobility from T falls) changes the re-draw's flows.
  await page.selectOption('#mobility-stage', 'specialists');
  const stage = await page.locator('#mobility-stage').inputValue();
  const before_ = await tableText(page);
  const slider = page.locator('#lever-H4');
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((b) => document.querySelector('#mobility-table tbody').textContent !== b, before_, { timeout: 5000 })
    .catch(() => assert.fail(`stage ${stage}: the table did not follow H4`));

  // English: the table's headings are English.
  await page.locator('#lang-toggle').click();
  await page.waitForFunction(() => document.querySelector('details.mobility summary').textContent === 'Moves between the regions');
  const caption = await page.locator('#mobility-table caption').textContent();
  assert.doesNotMatch(caption, /[æøå]/i, `caption: ${caption}`);
  assert.deepEqual(problems.page, []);
  assert.deepEqual(problems.console, []);
  await context.close();
});
