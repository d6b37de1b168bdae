// UI responsiveness benchmark (not a test; prints figures). Serves the release dist/, throttles
// Chromium's CPU 4× (CDP Emulation.setCPUThrottlingRate) and measures, inside the page, the work
// one slider input event causes: dispatch → handlers, model run, reactive effects, a few microtask
// turns and a forced layout. The same measure runs in the same browser on a bare page with one
// native range input as the reference. Also prints load → interactive at 4× and the bundle size.
//
// Usage: trunk build --release --offline && node scripts/bench-ui.mjs [events=200] [throttle=4]
// BENCH_QUERY='?embed=1&levers=P9&charts=none' isolates parts of the page (embed parameters).
// BENCH_VIEWPORT=1920x1080 measures another window size (default 1024x768, a tablet; charts far
// off screen do not redraw under a slider, so a bigger window with more charts in view costs more).
import { execFileSync } from 'node:child_process';
import { serveDir } from './static-server.mjs';
import { launch } from '../e2e/harness.mjs';

const EVENTS = Number(process.argv[2] ?? 200);
const THROTTLE = Number(process.argv[3] ?? 4);

// Runs in the page: drives `selector`'s range input through EVENTS values and returns the
// per-event durations in ms.
async function measure(page, selector) {
  return page.evaluate(async ({ selector, events }) => {
    const el = document.querySelector(selector);
    const min = Number(el.min || 0), max = Number(el.max || 100);
    const out = [];
    for (let i = 0; i < events; i++) {
      const v = min + ((i * 7) % 20 + 1) * (max - min) / 21;
      const t0 = performance.now();
      el.value = String(v);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      for (let k = 0; k < 5; k++) await Promise.resolve();
      document.body.getBoundingClientRect();
      void document.body.offsetHeight;
      out.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => r()));
    }
    return out;
  }, { selector, events: EVENTS });
}

const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p / 100 * s.length))]; };
const fmt = (x) => x.toFixed(2).padStart(7);

const { server, origin } = await serveDir(process.env.DIST ?? 'dist');
const browser = await launch();
try {
  const [vw, vh] = (process.env.BENCH_VIEWPORT ?? '1024x768').split('x').map(Number);
  const context = await browser.newContext({ viewport: { width: vw, height: vh } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

  // Load → interactive: navigation start until the first lever is rendered.
  await page.goto(`${origin}/${process.env.BENCH_QUERY ?? ''}`, { waitUntil: 'commit' });
  await page.waitForSelector('[data-lever]', { timeout: 60000 });
  const interactive = await page.evaluate(() => performance.now());

  const app = await measure(page, '#lever-P9');

  await page.setContent('<!doctype html><html><body><input type="range" id="bare" min="0" max="30" step="1"></body></html>');
  const bare = await measure(page, '#bare');

  console.log(`slider input → work, ${EVENTS} events, CPU throttled ${THROTTLE}× (ms)`);
  console.log(`               p50      p95      max`);
  console.log(`app       ${fmt(pct(app, 50))}  ${fmt(pct(app, 95))}  ${fmt(Math.max(...app))}`);
  console.log(`bare page ${fmt(pct(bare, 50))}  ${fmt(pct(bare, 95))}  ${fmt(Math.max(...bare))}`);
  const over = pct(app, 95) - pct(bare, 95);
  console.log(`app p95 − bare p95 = ${over.toFixed(2)} ms (target ≤ 16 ms): ${over <= 16 ? 'met' : 'NOT met'}`);
  console.log(`load → interactive at ${THROTTLE}×: ${interactive.toFixed(0)} ms (target ≤ 1500 ms): ${interactive <= 1500 ? 'met' : 'NOT met'}`);
} finally {
  await browser.close();
  server.close();
}
console.log(execFileSync('bash', ['scripts/size.sh']).toString().trim().split('\n').slice(-2).join('\n'));
