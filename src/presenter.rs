//! Presenter mode (`?present=1`): every window opened with it — the audience view on the projector
//! and the presenter's controls on a tablet or laptop — shows the same scenario, kept in step over a
//! BroadcastChannel. A change in one window is applied in the others as one undoable edit; a window
//! never re-sends what it just received, so two windows cannot echo each other. A window that joins
//! says `hello` (it does not impose its own scenario) and the others answer with theirs.
//!
//! Messages: `hello`, or `scenario:TOKEN`.

use crate::lab_state::LabState;
use crate::platform::{Channel, query_param};
use laegedaekning_core::share::{decode, encode};
use leptos::prelude::*;

/// The channel's name (versioned: a later message format gets a new channel).
const CHANNEL: &str = "laegedaekning-present-v1";

/// Whether the address asks for presenter mode.
pub fn requested() -> bool {
    query_param("present").is_some_and(|v| v == "1" || v == "true")
}

/// Joins the presenter channel and keeps `lab`'s scenario in step with the other windows.
pub fn connect(lab: LabState) {
    let Some(channel) = Channel::open(CHANNEL) else { return };
    let channel = StoredValue::new_local(channel);
    // The token last received from another window: not sent back.
    let received = StoredValue::new(None::<String>);
    let send = move |token: &str| channel.with_value(|c| c.post(&format!("scenario:{token}")));
    channel.with_value(|c| {
        c.on_message(move |text| {
            if text == "hello" {
                send(&lab.scenario.with_untracked(encode));
            } else if let Some(token) = text.strip_prefix("scenario:") {
                let current = lab.scenario.with_untracked(encode);
                if let (Ok(decoded), true) = (decode(token), token != current) {
                    received.set_value(Some(token.to_string()));
                    lab.apply(decoded.scenario);
                }
            }
        })
    });
    channel.with_value(|c| c.post("hello"));
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        let token = lab.scenario.with(encode);
        if std::mem::replace(&mut *first.write_value(), false) {
            return;
        }
        if received.with_value(|r| r.as_deref() == Some(token.as_str())) {
            return;
        }
        send(&token);
    });
}
