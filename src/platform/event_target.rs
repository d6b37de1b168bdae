//! What an event's target is, for components that must not touch web-sys types themselves: whether a
//! `<details>` is now open, whether a key press came from a text field, and selecting an input's text.

use wasm_bindgen::JsCast;

fn target<T: JsCast>(ev: &web_sys::Event) -> Option<T> {
    ev.target().and_then(|t| t.dyn_into::<T>().ok())
}

/// After a `toggle` event: whether the `<details>` it came from is open.
pub fn details_open(ev: &web_sys::Event) -> bool {
    target::<web_sys::HtmlDetailsElement>(ev).is_some_and(|d| d.open())
}

/// Whether the event came from a text field (whose own undo must keep working).
pub fn from_text_field(ev: &web_sys::Event) -> bool {
    target::<web_sys::HtmlElement>(ev).is_some_and(|el| {
        let tag = el.tag_name();
        tag == "TEXTAREA" || (tag == "INPUT" && el.get_attribute("type").as_deref().unwrap_or("text") == "text")
    })
}

/// Selects the whole text of the input the event came from (for copying a link by hand).
pub fn select_input_text(ev: &web_sys::Event) {
    if let Some(input) = target::<web_sys::HtmlInputElement>(ev) {
        input.select();
    }
}
