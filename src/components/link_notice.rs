//! The notice shown when a scenario link could not be opened as it was.

use super::AppState;
use crate::i18n::Msg;
use crate::scenario_url::LinkOutcome;
use crate::view_model::link_notice::{adjusted, unreadable};
use leptos::prelude::*;

#[component]
pub fn LinkNotice(outcome: RwSignal<LinkOutcome>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lines = move || {
        let lang = state.lang.get();
        outcome.with(|o| match o {
            LinkOutcome::Clean => Vec::new(),
            LinkOutcome::Adjusted(w) => adjusted(w, lang),
            LinkOutcome::Unreadable(e) => vec![unreadable(e, lang)],
        })
    };
    view! {
        <Show when=move || !lines().is_empty()>
            <div class="notice link-notice" role="alert">
                {move || lines().into_iter().map(|l| view! { <p>{l}</p> }).collect_view()}
                <button type="button" class="button" on:click=move |_| outcome.set(LinkOutcome::Clean)>
                    {move || state.t(Msg::Close)}
                </button>
            </div>
        </Show>
    }
}
