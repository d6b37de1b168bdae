//! Presenter mode (`?present=1`): every window opened with it — the audience view on the projector
//! and the presenter's controls on a tablet or laptop — shows the same scenario, kept in step over a
//! BroadcastChannel. A change in one window is applied in the others as one undoable edit; a window
//! never re-sends what it just received, so two windows cannot echo each other. A window that joins
//! says `hello` (it does not impose its own scenario) and the others answer with theirs.
//!
//! Messages: `hello`, or `scenario:TOKEN`.
//!
//! While presenting the screen is kept on (wake lock). `&audience=1` gives the projector's layout:
//! results only, no lever panel. `&idle=N` (minutes, e.g. `0.5`) makes a kiosk: after N minutes
//! without input the window returns to the scenario it was opened with (and, through the channel,
//! so do the others).

use crate::lab_state::LabState;
use crate::platform::{Activity, Channel, keep_screen_on, query_param};
use std::time::Duration;
use laegedaekning_core::share::{decode, encode};
use leptos::prelude::*;

/// The channel's name (versioned: a later message format gets a new channel).
const CHANNEL: &str = "laegedaekning-present-v1";

/// Whether the address asks for presenter mode.
pub fn requested() -> bool {
    query_param("present").is_some_and(|v| v == "1" || v == "true")
}

/// Whether this window is the audience view (results only).
pub fn audience() -> bool {
    query_param("audience").is_some_and(|v| v == "1" || v == "true")
}

/// The kiosk's idle time before a reset, from `idle=` minutes (absent, unreadable or ≤ 0: none;
/// at most a day).
pub fn idle_limit() -> Option<Duration> {
    let minutes: f64 = query_param("idle")?.trim().parse().ok()?;
    (minutes.is_finite() && minutes > 0.0).then(|| Duration::from_secs_f64(minutes.min(24.0 * 60.0) * 60.0))
}

/// Starts presenting: the channel, the wake lock and, if asked for, the idle reset.
pub fn start(lab: LabState) {
    connect(lab);
    keep_screen_on();
    if let Some(limit) = idle_limit() {
        reset_when_idle(lab, limit);
    }
}

/// Returns to the scenario the window was opened with after `limit` without input.
fn reset_when_idle(lab: LabState, limit: Duration) {
    let home = lab.scenario.get_untracked();
    let activity = Activity::watch();
    let check = (limit / 4).clamp(Duration::from_millis(250), Duration::from_secs(15));
    let _ = leptos::prelude::set_interval_with_handle(
        move || {
            if activity.idle_ms() >= limit.as_secs_f64() * 1000.0 && lab.scenario.with_untracked(|s| *s != home) {
                lab.apply(home.clone());
                activity.touch();
            }
        },
        check,
    );
}

/// Joins the presenter channel and keeps `lab`'s scenario in step with the other windows.
fn connect(lab: LabState) {
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
