//! The document itself: the `<html lang>` attribute that screen readers and hyphenation follow.

/// Sets `<html lang>`; silently does nothing outside a browser document.
pub fn set_html_lang(tag: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
    }
}

/// Adds or removes a class on `<html>` (e.g. `presenting`, which scales the page for a projector).
pub fn set_root_class(class: &str, on: bool) {
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let list = root.class_list();
        let _ = if on { list.add_1(class) } else { list.remove_1(class) };
    }
}
