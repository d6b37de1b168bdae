// Profiler (not a test): where the 1,000-draw band's compute goes in the browser, by wasm function.
// Samples Chrome's CPU profiler while the band is recomputed (baseline draws cached) and prints the
// self time of the top 40 functions. Function names need a names-kept build, e.g.
//   add `--debuginfo` to data-wasm-opt-params and `data-keep-debug` to the rust link in index.html,
//   `trunk build --release --offline --dist /tmp/dist-prof`, then revert index.html;
//   DIST=/tmp/dist-prof node scripts/profile-band.mjs   (EXTRA="--js-flags=..." adds Chromium flags)
import { serveDir } from './static-server.mjs';
import { launch } from '../e2e/harness.mjs';
const TEN_LEVERS = 'AQEwAgJAAgNAAgVACgZAAglACgpQBA5AAg9KAoQCGjQCAow';
const { server, origin } = await serveDir(process.env.DIST);
const browser = await launch((process.env.EXTRA ?? '').split(' ').filter(Boolean));
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
const cdp = await page.context().newCDPSession(page);
// In the page (bandworkers=0): the profiler samples the page's main thread.
await page.goto(`${origin}/?s=${TEN_LEVERS}&bandworkers=0`);
await page.locator('[data-lever]').first().waitFor();
await page.waitForFunction(() => document.querySelector('#band-draws')?.dataset.draws === '1000', null, { timeout: 600000 });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.locator('[data-lever="P9"] .lever-input button').last().click();
await page.locator('[data-lever="P9"] .lever-input button').first().click();
await page.waitForFunction(() => document.querySelector('#band-draws')?.dataset.draws !== '1000', null, { timeout: 10000 }).catch(() => {});
await page.waitForFunction(() => document.querySelector('#band-draws')?.dataset.draws === '1000', null, { timeout: 600000 });
const { profile } = await cdp.send('Profiler.stop');
const self = new Map();
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
let total = 0;
for (const n of profile.nodes) {
  const t = (dt.get(n.id) ?? 0) / 1000;
  const name = n.callFrame.functionName || '(anon)';
  self.set(name, (self.get(name) ?? 0) + t); total += t;
}
console.log('total ms', total.toFixed(0), 'compute', await page.locator('#band-draws').getAttribute('data-compute-ms'));
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(1).padStart(8), k.slice(0, 150));
await browser.close(); server.close();
