//! The split by training track of a lever that has one (D0, MODEL.md §2.1): a switch, and while it
//! is on one slider with − / + per track (general practice, hospital specialties) in the lever's
//! unit, in place of the lever's own slider. State logic lives in [`crate::view_model::track_split`].

use super::{AppState, StepSlider};
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::view_model::track_split;
use laegedaekning_core::levers::{Catalogue, Lever};
use laegedaekning_core::model::dims::{AM, HS};
use leptos::prelude::*;

#[component]
pub fn TrackSplit(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let lever: &'static Lever = &Catalogue::embedded().levers[index];
    let id = lever.id.as_str();
    let on = Memo::new(move |_| lab.scenario.with(|s| track_split::tracks(s, id).is_some()));
    let track_row = move |k: usize| {
        let key = if k == AM { "am" } else { "hs" };
        let (slider_id, label_id, value_id) = (format!("lever-{id}-{key}"), format!("lever-{id}-{key}-name"), format!("lever-{id}-{key}-value"));
        let value = Memo::new(move |_| lab.scenario.with(|s| track_split::track_value(s, id, k)));
        let name = move || format!("{} – {}", lever.name.get(state.lang.get()), state.t(track_split::track_name(k)));
        view! {
            <div class="track-row" data-track=key>
                <label id=label_id.clone() for=slider_id.clone() class="track-name">{move || state.t(track_split::track_name(k))}</label>
                <StepSlider lever=lever slider_id=slider_id labelled_by=label_id described_by=value_id.clone()
                    name=Signal::derive(name) value=value
                    on_drag=Callback::new(move |v| lab.drag_track(id, k, v)) on_end=Callback::new(move |_| lab.end_drag())
                    on_step=Callback::new(move |v| lab.apply(track_split::with_track(&lab.scenario.get_untracked(), id, k, v))) />
                <output id=value_id class="track-value">{move || crate::view_model::lever_panel::format_intensity(lever, value.get(), state.lang.get())}</output>
            </div>
        }
    };
    view! {
        <div class="track-split">
            <label class="track-toggle">
                <input type="checkbox" prop:checked=move || on.get()
                    on:change=move |ev| lab.apply(track_split::with_split(&lab.scenario.get_untracked(), id, event_target_checked(&ev))) />
                <span>{move || state.t(Msg::SplitByTrack)}</span>
            </label>
            <div class="track-rows" hidden=move || !on.get()>
                <p class="track-help">{move || state.t(Msg::SplitByTrackHelp)}</p>
                {track_row(AM)}
                {track_row(HS)}
            </div>
        </div>
    }
}
