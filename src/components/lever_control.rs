//! One lever: name, slider with − / + steps, its value in its own unit, the baseline mark, reset,
//! where it acts, its split by track where it has one (D0), and its info sheet.

use super::{AppState, LeverInfo, StepSlider, TrackSplit};
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::view_model::{lever_panel, scenario_edit, targets, track_split};
use laegedaekning_core::levers::{Catalogue, Lever};
use leptos::prelude::*;

#[component]
pub fn LeverControl(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let lever: &'static Lever = &Catalogue::embedded().levers[index];
    let id = lever.id.as_str();
    let value = Memo::new(move |_| lab.scenario.with(|s| scenario_edit::intensity(s, id)));
    let target_key = Memo::new(move |_| targets::key_for_targets(&lab.scenario.with(|s| scenario_edit::targets(s, id))));
    let changed = move || value.get() != 0.0;
    let slider_id = format!("lever-{id}");
    let label_id = format!("lever-{id}-name");
    let value_id = format!("lever-{id}-value");
    let split = Memo::new(move |_| lab.scenario.with(|s| track_split::tracks(s, id)));
    let is_estimate = lever_panel::strength_label(lever.strength, laegedaekning_core::data::Lang::Da).1;

    view! {
        <li class="lever" class:lever-changed=changed data-lever=id>
            <div class="lever-head">
                <label id=label_id.clone() for=slider_id.clone() class="lever-name">
                    <span class="lever-id">{id}</span> " " {move || lever.name.get(state.lang.get()).to_string()}
                </label>
                {is_estimate.then(|| view! {
                    <span class="conf conf-estimate" title=move || state.t(Msg::EstimateEffectReason)>{move || state.t(Msg::EstimateBadge)}</span>
                })}
            </div>
            <p class="lever-summary">{move || lever.summary.get(state.lang.get()).to_string()}</p>
            <div hidden=move || split.get().is_some()>
                <StepSlider lever=lever slider_id=slider_id labelled_by=label_id described_by=value_id.clone()
                    name=Signal::derive(move || lever.name.get(state.lang.get()).to_string()) value=value
                    on_drag=Callback::new(move |v| lab.drag(id, v)) on_end=Callback::new(move |_| lab.end_drag())
                    on_step=Callback::new(move |v| lab.apply(scenario_edit::with_intensity(&lab.scenario.get_untracked(), id, v))) />
            </div>
            {track_split::supports_tracks(id).then(|| view! { <TrackSplit index=index /> })}
            <div class="lever-value-row">
                <output id=value_id class="lever-value" for=format!("lever-{id}")>
                    {move || match split.get() {
                        Some(t) => track_split::format_tracks(lever, t, state.lang.get()),
                        None => lever_panel::format_intensity(lever, value.get(), state.lang.get()),
                    }}
                </output>
                <span class="lever-baseline">{move || format!("{}: {}", state.t(Msg::BaselineMark), lever_panel::format_value(lever, 0.0, state.lang.get()))}</span>
                <button type="button" class="link-button" disabled=move || !changed()
                    aria-label=move || format!("{}: {}", state.t(Msg::ResetLever), lever.name.get(state.lang.get()))
                    on:click=move |_| lab.apply(scenario_edit::without(&lab.scenario.get_untracked(), id))>
                    {move || state.t(Msg::ResetLever)}
                </button>
            </div>
            <label class="lever-target">
                <span>{move || state.t(Msg::TargetLabel)}</span>
                // Options are rebuilt only when the language changes; a slider tick touches nothing here.
                <select prop:value=move || target_key.get() on:change=move |ev| {
                    let key = event_target_value(&ev);
                    lab.apply(scenario_edit::with_targets(&lab.scenario.get_untracked(), id, targets::targets_for_key(&key)));
                }>
                    {move || targets::choices(state.lang.get()).into_iter().map(|c| {
                        let selected = c.key == target_key.get_untracked();
                        view! { <option value=c.key selected=selected>{c.label}</option> }
                    }).collect_view()}
                </select>
            </label>
            <LeverInfo index=index />
        </li>
    }
}
