//! The band's Web Workers, page side (the worker is `public/band-worker.js`): a pool of module
//! workers that each load the app's own wasm module — the page posts the compiled module and the URL
//! of its JS glue, so nothing is fetched or compiled again — and run the draws the page assigns them.
//! Where workers cannot run (a sandboxed frame without its own origin, an old browser) the pool is
//! `None` and the page computes bands itself, in slices between frames.

use js_sys::{Float64Array, Object, Reflect, Uint32Array};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// Most workers a pool starts (a band of 1,000 draws gains little beyond this; phones throttle).
pub const MAX_WORKERS: usize = 4;

/// What a worker sent back.
pub enum WorkerReply {
    /// Rows of draws of band job `job` (see `laegedaekning_core::uncertainty::DrawSet`), and the
    /// milliseconds the worker computed them in.
    Rows { job: u32, rows: Vec<f64>, ms: f64 },
    /// The worker could not start or could not run a job.
    Failed(String),
}

/// Running workers; dropping the pool terminates them.
pub struct WorkerPool {
    workers: Vec<web_sys::Worker>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// Workers to start: the `bandworkers` query parameter if given (0 = none: the page computes), else
/// one per logical core, at most [`MAX_WORKERS`].
pub fn worker_count() -> usize {
    if let Some(n) = super::query_param("bandworkers").and_then(|v| v.parse::<usize>().ok()) {
        return n.min(MAX_WORKERS);
    }
    let cores = web_sys::window().map_or(1.0, |w| w.navigator().hardware_concurrency());
    (cores as usize).clamp(1, MAX_WORKERS)
}

impl WorkerPool {
    /// Starts `size` workers that report to `on_reply`; `None` if none can run here.
    pub fn spawn(size: usize, on_reply: impl FnMut(WorkerReply) + 'static) -> Option<WorkerPool> {
        if size == 0 {
            return None;
        }
        let glue = glue_url()?;
        let on_reply = Rc::new(RefCell::new(on_reply));
        let reply = on_reply.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Ok(mut f) = reply.try_borrow_mut() {
                f(read_reply(&ev.data()));
            }
        });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            let text = ev.dyn_ref::<web_sys::ErrorEvent>().map_or_else(|| "the band worker failed to load".to_string(), |e| e.message());
            if let Ok(mut f) = on_reply.try_borrow_mut() {
                f(WorkerReply::Failed(text));
            }
        });
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let init = object(&[("glue", JsValue::from_str(&glue)), ("module", wasm_bindgen::module())]);
        let mut workers = Vec::with_capacity(size);
        for _ in 0..size {
            // Throws in a sandboxed frame without its own origin: then the page computes instead.
            let worker = web_sys::Worker::new_with_options("band-worker.js", &options).ok()?;
            worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
            worker.post_message(&object(&[("init", init.clone().into())])).ok()?;
            workers.push(worker);
        }
        Some(WorkerPool { workers, _on_message: on_message, _on_error: on_error })
    }

    pub fn len(&self) -> usize {
        self.workers.len()
    }

    pub fn is_empty(&self) -> bool {
        self.workers.is_empty()
    }

    /// Gives worker `k` the draws `indices` of band job `job` (it drops whatever it was doing).
    pub fn submit(&self, k: usize, job: u32, request: &[f64], indices: &[u32]) {
        if let Some(w) = self.workers.get(k) {
            let message = object(&[
                ("job", JsValue::from(job)),
                ("request", Float64Array::from(request).into()),
                ("indices", Uint32Array::from(indices).into()),
            ]);
            let _ = w.post_message(&message);
        }
    }

    /// Every worker drops its job.
    pub fn stop(&self) {
        let message = object(&[("stop", JsValue::TRUE)]);
        for w in &self.workers {
            let _ = w.post_message(&message);
        }
    }

    /// Ends the workers now (the pool stays, inert, until dropped).
    pub fn terminate(&self) {
        self.workers.iter().for_each(web_sys::Worker::terminate);
    }
}

impl Drop for WorkerPool {
    /// Ends the workers and detaches the handlers first, so that no late message can reach a
    /// handler whose closure is about to be freed.
    fn drop(&mut self) {
        self.terminate();
        for w in &self.workers {
            w.set_onmessage(None);
            w.set_onerror(None);
        }
    }
}

/// The app's JS glue as an absolute URL (the boot script's `data-js`, see `public/boot.js`).
fn glue_url() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let js = document.query_selector("script[data-wasm]").ok()??.get_attribute("data-js")?;
    let base = document.base_uri().ok()??;
    web_sys::Url::new_with_base(&js, &base).ok().map(|u| u.href())
}

fn object(entries: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in entries {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn read_reply(data: &JsValue) -> WorkerReply {
    let get = |k: &str| Reflect::get(data, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    if let Some(e) = get("error").as_string() {
        return WorkerReply::Failed(e);
    }
    match (get("job").as_f64(), get("rows").dyn_into::<Float64Array>(), get("ms").as_f64()) {
        (Some(job), Ok(rows), Some(ms)) => WorkerReply::Rows { job: job as u32, rows: rows.to_vec(), ms },
        _ => WorkerReply::Failed("a band worker sent an unreadable message".to_string()),
    }
}
