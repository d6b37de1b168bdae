//! The plain-language "what changed" card, generated from the results.

use super::AppState;
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::view_model::what_changed::sentences;
use leptos::prelude::*;

#[component]
pub fn WhatChanged() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let text = move || {
        let lang = state.lang.get();
        let choice = lab.area.get();
        let t = lab.year_index.get();
        lab.results.with(|res| {
            lab.base_results.with_value(|base| sentences(res, base, t, choice.area(), &choice.in_sentence(lang), lang))
        })
    };
    view! {
        <section class="what-changed" aria-labelledby="what-changed-heading" aria-live="polite">
            <h3 id="what-changed-heading">{move || state.t(Msg::WhatChangedHeading)}</h3>
            {move || text().into_iter().map(|s| view! { <p>{s}</p> }).collect_view()}
        </section>
    }
}
