// Comparator benchmark (not a test; prints figures): in the release app in headless Chromium, the
// compute time of a 1,000-draw Monte Carlo band — in the page (sum of the background slices'
// `advance` calls) and in the Web Worker pool (from handing out the draws to the last arrival) — and
// the wall time until the band is complete, of the exact Shapley attribution of the 10-lever
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
const drawsAre1000 = () => page.waitForFunction(() => document.querySelector('#band-draws')?.dataset.draws === '1000', null, { timeout: 600000 });
const figures = async (wall) => ({
  wall,
  compute: Number(await attr('#band-draws', 'data-compute-ms')),
  cpu: Number(await attr('#band-draws', 'data-cpu-ms')),
  workers: Number(await attr('#band-draws', 'data-workers')),
});

// The band of the ten-lever scenario, first with the baseline's draws not cached, then again with
// them cached (as after the app's first band): one step up and back down on P9 returns to it.
async function bands(query) {
  await page.goto(`${origin}/?s=${TEN_LEVERS}${query}`);
  await page.locator('[data-lever]').first().waitFor();
  const t0 = Date.now();
  await drawsAre1000();
  const cold = await figures(Date.now() - t0);
  await page.locator('[data-lever="P9"] .lever-input button').last().click();
  await page.locator('[data-lever="P9"] .lever-input button').first().click();
  await page.waitForFunction(() => document.querySelector('#band-draws')?.dataset.draws !== '1000', null, { timeout: 10000 }).catch(() => {});
  const t1 = Date.now();
  await drawsAre1000();
  return { cold, warm: await figures(Date.now() - t1) };
}
// The page computing the band itself (the reference, and what a sandboxed frame does), then the
// default: Web Workers, one per core (at most 4).
const inPage = await bands('&bandworkers=0');
const pooled = await bands(process.env.WORKERS ? `&bandworkers=${process.env.WORKERS}` : '');

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
const band = (name, b) => {
  const where = b.workers ? `${b.workers} workers` : 'in the page';
  const cpu = b.workers ? `; worker CPU summed ${f(b.cpu)} ms` : '';
  console.log(`1,000-draw band (10 levers, nation), ${name}, ${where}: compute ${f(b.compute)} ms${cpu}; wall incl. settle ${f(b.wall)} ms`);
};
console.log('compute = in the page: time inside the slices\' advance calls; with workers: from handing out the draws to the last draw\'s arrival');
band('baseline draws not cached', inPage.cold);
band('baseline draws cached    ', inPage.warm);
band('baseline draws not cached', pooled.cold);
band('baseline draws cached    ', pooled.warm);
console.log('target: ≤ 150 ms compute (baseline draws cached)');
console.log(`exact Shapley, 10 levers:  ${shapRuns} runs, compute ${f(shapMs)} ms (${(shapMs / shapRuns).toFixed(3)} ms/run)`);
console.log(`value-for-money ranking:   ${rankRuns} runs, compute ${f(rankMs)} ms`);
console.log(`budget pool, 100 mio. kr.: ${budRuns} runs, compute ${f(budMs)} ms`);
await browser.close();
server.close();
