//! Lægedækning 2040, the browser app (Leptos, client-side rendering).
//!
//! Thin components over pure view models: `view_model` computes what a screen shows from
//! `laegedaekning-core`; `components` only render it; `platform` is the one place that talks to
//! browser APIs. `main.rs` only calls [`start`].

pub mod analysis_state;
pub mod band_pool;
pub mod band_state;
pub mod band_worker;
pub mod charts;
pub mod compare_state;
pub mod components;
pub mod embed;
pub mod embed_protocol;
pub mod format;
pub mod i18n;
pub mod lab_state;
pub mod library_state;
pub mod platform;
pub mod preferences;
pub mod presenter;
pub mod scenario_url;
pub mod view_model;

/// Mounts the app on `<body>`; in a Web Worker (the band's workers load this same module to call
/// [`band_worker::band_worker_draws`]) there is no page, and nothing is mounted.
pub fn start() {
    if web_sys::window().is_some() {
        leptos::mount::mount_to_body(components::App);
    }
}

#[cfg(test)]
mod stylesheet_tests {
    /// A lost `}` once swallowed every rule after a media query (charts were styled only on
    /// projectors); the stylesheet's blocks must balance and every block must close before the next
    /// top-level section comment.
    #[test]
    fn stylesheet_braces_balance() {
        let css = include_str!("../style/main.css");
        let mut depth = 0i32;
        for (n, line) in css.lines().enumerate() {
            if line.starts_with("/*") {
                assert_eq!(depth, 0, "line {}: a section starts inside an open block", n + 1);
            }
            depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
            assert!(depth >= 0, "line {}: more }} than {{", n + 1);
        }
        assert_eq!(depth, 0, "an unclosed block");
    }
}
