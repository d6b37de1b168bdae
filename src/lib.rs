//! Lægedækning 2040, the browser app (Leptos, client-side rendering).
//!
//! Thin components over pure view models: `view_model` computes what a screen shows from
//! `laegedaekning-core`; `components` only render it; `platform` is the one place that talks to
//! browser APIs. `main.rs` only calls [`start`].

pub mod charts;
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

/// Mounts the app on `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(components::App);
}
