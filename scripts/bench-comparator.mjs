// Comparator benchmark (not a test; prints figures): in the release app in headless Chromium, the
// compute time of a 1,000-draw Monte Carlo band (sum of the background slices' `advance` calls, and
// the wall time until the band is complete), of the exact Shapley attribution of the 10-lever
// example (1,024 coalitions), the value-for-money ranking and the 100 mio. kr./year budget portfolio.
// The same figures natively: `cargo bench -p laegedaekning-core --bench band` and `--bench analysis`.
//
// Usage: trunk build --release --offline && node scripts/bench-comparator.mjs [throttle=1]
// (DIST=dir measures another build, e.g. one made with different compiler flags.)
import { serveDir } from './static-server.mjs';
import { launch } from '../e2e/harness.mjs';

const THROTTLE = Number(process.argv[2] ?? 1);
// core/examples/ten-levers.json as a share token (see core/tests/golden/band-*.json).
const TEN_LEVERS = 'AQEwAgJAAgNAAgVACgZAAglACgpQBA5AAg9KAoQCGjQCAow';

const { server, origin } = await serveDir(process.env.DIST ?? 'dist');
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
if (THROTTLE > 1) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}
const attr = (sel, name) => page.locator(sel).getAttribute(name);

await page.goto(`${origin}/?s=${TEN_LEVERS}`);
await page.locator('[data-lever]').first().waitFor();
const t0 = Date.now();
await page.waitForFunction(() => document.querySelector('#band-draws')?.dataset.draws === '1000', null, { timeout: 600000 });
const bandWall = Date.now() - t0;
const bandCompute = Number(await attr('#band-draws', 'data-compute-ms'));
// The same band again with the baseline's draws cached (as after the app's first band): one step
// up and back down on P9 returns to the ten-lever scenario.
await page.locator('[data-lever="P9"] .lever-input button').last().click();
await page.locator('[data-lever="P9"] .lever-input button').first().click();
await page.waitForFunction(() => document.querySelector('#band-draws')?.dataset.draws !== '1000', null, { timeout: 10000 }).catch(() => {});
const t1 = Date.now();
await page.waitForFunction(() => document.querySelector('#band-draws')?.dataset.draws === '1000', null, { timeout: 600000 });
const warmWall = Date.now() - t1;
const warmCompute = Number(await attr('#band-draws', 'data-compute-ms'));

await page.locator('#tab-analysis').click();
const done = (id) => page.waitForFunction((id) => document.querySelector(`#${id}`)?.dataset.done === 'true', id, { timeout: 600000 });
await done('attribution-progress');
await done('ranking-progress');
await done('budget-progress');
const row = async (id) => [Number(await attr(`#${id}`, 'data-runs')), Number(await attr(`#${id}`, 'data-compute-ms'))];
const [shapRuns, shapMs] = await row('attribution-progress');
const [rankRuns, rankMs] = await row('ranking-progress');
const [budRuns, budMs] = await row('budget-progress');
const f = (x) => x.toFixed(0).padStart(7);
console.log(`CPU throttling ${THROTTLE}×, release bundle, ${new Date().toISOString()}`);
console.log(`1,000-draw band (10 levers, nation), baseline draws not cached: compute ${f(bandCompute)} ms; wall ${f(bandWall)} ms`);
console.log(`1,000-draw band (10 levers, nation), baseline draws cached:     compute ${f(warmCompute)} ms; wall ${f(warmWall)} ms (target ≤ 150 ms compute)`);
console.log(`exact Shapley, 10 levers:  ${shapRuns} runs, compute ${f(shapMs)} ms (${(shapMs / shapRuns).toFixed(3)} ms/run)`);
console.log(`value-for-money ranking:   ${rankRuns} runs, compute ${f(rankMs)} ms`);
console.log(`budget pool, 100 mio. kr.: ${budRuns} runs, compute ${f(budMs)} ms`);
await browser.close();
server.close();
