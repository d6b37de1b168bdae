//! A same-origin channel between this site's windows (BroadcastChannel), used by presenter mode to
//! keep the audience window and the presenter's controls showing the same scenario.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// An open channel; messages are plain strings.
pub struct Channel {
    channel: web_sys::BroadcastChannel,
}

impl Channel {
    /// Joins channel `name`; `None` where the browser has no BroadcastChannel.
    pub fn open(name: &str) -> Option<Channel> {
        web_sys::BroadcastChannel::new(name).ok().map(|channel| Channel { channel })
    }

    /// Sends `text` to every other window on the channel.
    pub fn post(&self, text: &str) {
        let _ = self.channel.post_message(&wasm_bindgen::JsValue::from_str(text));
    }

    /// Calls `on_text` for every string another window sends.
    pub fn on_message(&self, on_text: impl Fn(String) + 'static) {
        let callback = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            if let Some(text) = ev.data().as_string() {
                on_text(text);
            }
        });
        self.channel.set_onmessage(Some(callback.as_ref().unchecked_ref()));
        callback.forget();
    }
}
