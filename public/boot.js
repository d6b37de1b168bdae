// Boots the wasm app without an inline script, so the page's CSP can forbid inline scripts.
const s = document.querySelector('script[data-wasm]');
const { default: init } = await import(s.dataset.js);
await init({ module_or_path: s.dataset.wasm });
