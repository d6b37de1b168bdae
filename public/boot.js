// Boots the wasm app without an inline script (the page's CSP forbids inline scripts), then
// registers the offline service worker. When a new version takes over, the app is told through a
// `laegedaekning:update` event and offers a reload (the scenario lives in the URL, so nothing is lost).
const s = document.querySelector('script[data-wasm]');
const { default: init } = await import(s.dataset.js);
await init({ module_or_path: s.dataset.wasm });

// A sandboxed frame without allow-same-origin throws on merely reading navigator.serviceWorker.
let workers = null;
try { workers = navigator.serviceWorker ?? null; } catch { /* no worker here; the app works online */ }
if (workers) {
  // The first controller of a first visit is not an update; every later change of controller is.
  let controlled = !!workers.controller;
  workers.addEventListener('controllerchange', () => {
    if (controlled) window.dispatchEvent(new Event('laegedaekning:update'));
    controlled = true;
  });
  workers.register(new URL('sw.js', import.meta.url)).catch(() => {
    // Storage-less sandboxes and file:// cannot register a worker; the app works online there.
  });
}
