// A Web Worker of the uncertainty bands. It loads the app's own wasm module (the page posts the
// compiled module and the URL of its JS glue, so nothing is downloaded or compiled twice) and runs
// the share of a band's draws the page gives it, in chunks, posting each chunk's rows back. Between
// chunks it yields (a MessageChannel message, which browsers do not clamp like setTimeout), so a
// newer band or a stop replaces the current one at once. Messages:
//   in:  { init: { glue, module } }   { job: id, request: Float64Array, indices: Uint32Array }   { stop: true }
//   out: { job: id, rows: Float64Array, ms }   { error: text }
const CHUNK = 16;
let app = null;
let job = null;
let scheduled = false;
const tick = new MessageChannel();
tick.port1.onmessage = () => { scheduled = false; pump(); };
const schedule = () => {
  if (!scheduled && app && job) { scheduled = true; tick.port2.postMessage(null); }
};

self.onmessage = async ({ data }) => {
  if (data?.init) {
    try {
      const glue = await import(new URL(data.init.glue, self.location.href).href);
      await glue.default({ module_or_path: data.init.module });
      app = glue;
      schedule();
    } catch (e) {
      self.postMessage({ error: `the band worker could not start: ${e}` });
    }
  } else if (data?.job !== undefined) {
    job = { id: data.job, request: data.request, indices: data.indices, next: 0 };
    schedule();
  } else if (data?.stop) {
    job = null;
  }
};

function pump() {
  if (!app || !job) return;
  const current = job;
  const slice = current.indices.subarray(current.next, current.next + CHUNK);
  current.next += slice.length;
  const t0 = performance.now();
  try {
    const rows = app.band_worker_draws(current.request, slice);
    self.postMessage({ job: current.id, rows, ms: performance.now() - t0 }, [rows.buffer]);
  } catch (e) {
    self.postMessage({ job: current.id, error: String(e?.message ?? e) });
    job = null;
    return;
  }
  if (current.next >= current.indices.length && job === current) job = null;
  schedule();
}
