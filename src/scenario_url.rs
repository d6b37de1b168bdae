//! The current scenario lives in the address as `?s=TOKEN`: read once at start (a mangled link opens
//! the baseline with a notice saying what was wrong), written back with `history.replaceState`
//! 300 ms after the last change (no history entry per slider tick, no scroll jump).

use crate::platform::{query_param, replace_query_param};
use laegedaekning_core::Scenario;
use laegedaekning_core::share::{DecodeWarning, TokenError, decode, encode};
use leptos::prelude::*;
use std::time::Duration;

/// The query parameter that carries the scenario.
pub const PARAM: &str = "s";
/// Quiet time before the address is updated.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// What opening the link found, for the notice.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkOutcome {
    /// No link, or a clean one.
    Clean,
    /// Opened, with values adjusted or unknown levers left out.
    Adjusted(Vec<DecodeWarning>),
    /// Unreadable: the baseline opened instead.
    Unreadable(TokenError),
}

/// The scenario in the address, and what opening it found.
pub fn read() -> (Scenario, LinkOutcome) {
    match query_param(PARAM) {
        None => (Scenario::default(), LinkOutcome::Clean),
        Some(token) => match decode(&token) {
            Ok(d) if d.warnings.is_empty() => (d.scenario, LinkOutcome::Clean),
            Ok(d) => (d.scenario, LinkOutcome::Adjusted(d.warnings)),
            Err(e) => (Scenario::default(), LinkOutcome::Unreadable(e)),
        },
    }
}

/// The share link of `scenario`: this page's address without its query (no view, embed or presenter
/// parameters travel to the receiver) and with `?s=` set to the token. Computed, not read back from
/// the address, so it is right even inside the debounce window.
pub fn share_link(scenario: &Scenario) -> String {
    let base = web_sys::window()
        .map(|w| w.location())
        .and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?)))
        .unwrap_or_default();
    laegedaekning_core::share::link::with_token(&base, &encode(scenario))
}

/// The link of a comparison: this page's address with `?view=compare&c=TOKEN` only.
pub fn comparison_link(token: &str) -> String {
    let base = share_link(&Scenario::default());
    format!("{base}?view=compare&c={token}")
}

/// The iframe snippet that embeds this scenario chromeless (`?embed=1`, no view parameter). The host
/// sizes the frame from the app's `height` messages (see `embed_protocol` and the README).
pub fn embed_snippet(scenario: &Scenario) -> String {
    let link = share_link(scenario);
    let base = link.split_once('?').map_or(link.as_str(), |(b, _)| b);
    let token = encode(scenario);
    let src = if token.is_empty() { format!("{base}?embed=1") } else { format!("{base}?embed=1&s={token}") };
    format!("<iframe src=\"{src}\" title=\"Lægedækning 2040\" width=\"100%\" height=\"900\" loading=\"lazy\"></iframe>")
}

/// Keeps the address in step with `scenario` (debounced). An unreadable link stays in the address
/// until the reader changes something, so it can still be copied and reported.
pub fn sync(scenario: RwSignal<Scenario>) {
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let token = scenario.with(encode);
        if first.get_value() {
            first.set_value(false);
            return;
        }
        if let Some(handle) = pending.try_update_value(|p| p.take()).flatten() {
            handle.clear();
        }
        let write = move || replace_query_param(PARAM, (!token.is_empty()).then_some(token.as_str()));
        if let Ok(handle) = set_timeout_with_handle(write, DEBOUNCE) {
            pending.set_value(Some(handle));
        }
    });
}
