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
