//! The scenario lab: results for the chosen area and year next to every lever, with undo / redo
//! (buttons and Ctrl/Cmd-Z, Ctrl/Cmd-Shift-Z or Ctrl-Y) and reset all.

use super::{AppState, AudienceQr, AreaYearPicker, KpiCards, LabCharts, LeverPanel, LibraryPanel, MobilityTable, SharePanel, WhatChanged};
use crate::format;
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::view_model::scenario_edit::active_count;
use leptos::ev;
use leptos::prelude::*;
use crate::platform::from_text_field;

#[component]
pub fn LabView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let shortcuts = window_event_listener(ev::keydown, move |ev| {
        if !(ev.ctrl_key() || ev.meta_key()) || from_text_field(&ev) {
            return;
        }
        let key = ev.key().to_lowercase();
        if key == "z" && !ev.shift_key() {
            ev.prevent_default();
            lab.undo();
        } else if (key == "z" && ev.shift_key()) || key == "y" {
            ev.prevent_default();
            lab.redo();
        }
    });
    on_cleanup(move || shortcuts.remove());

    view! {
        <section class="lab" aria-labelledby="lab-heading">
            <h2 id="lab-heading">{move || state.t(Msg::LabHeading)}</h2>
            <div class="toolbar" role="toolbar" aria-label=move || state.t(Msg::LeversHeading)>
                <button type="button" class="button" id="undo" disabled=move || !lab.can_undo() on:click=move |_| lab.undo()>
                    "↶ " {move || state.t(Msg::Undo)}
                </button>
                <button type="button" class="button" id="redo" disabled=move || !lab.can_redo() on:click=move |_| lab.redo()>
                    "↷ " {move || state.t(Msg::Redo)}
                </button>
                <button type="button" class="button button-quiet" id="reset-all"
                    disabled=move || lab.scenario.with(|s| s.levers.is_empty()) on:click=move |_| lab.reset_all()>
                    {move || state.t(Msg::ResetAll)}
                </button>
                {crate::presenter::requested().then(|| view! { <AudienceQr /> })}
                <span class="active-count" role="status">
                    {move || format::number(lab.scenario.with(active_count) as f64, 0, state.lang.get())}
                    " " {move || state.t(Msg::ActiveLevers)}
                </span>
            </div>
            <div class="panels">
                <SharePanel />
                <LibraryPanel />
            </div>
            <div class="lab-grid">
                <section class="results" aria-labelledby="results-heading">
                    <h3 id="results-heading" class="visually-hidden">{move || state.t(Msg::ResultsHeading)}</h3>
                    <AreaYearPicker />
                    <WhatChanged />
                    <KpiCards />
                    <LabCharts />
                    <MobilityTable />
                </section>
                <section class="lever-panel" aria-labelledby="levers-heading">
                    <h3 id="levers-heading" class="visually-hidden">{move || state.t(Msg::LeversHeading)}</h3>
                    <LeverPanel />
                </section>
            </div>
        </section>
    }
}
