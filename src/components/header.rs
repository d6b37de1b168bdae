//! The top bar: the product's name, what it is, and the language toggle.

use super::AppState;
use crate::i18n::{Lang, Msg};
use leptos::prelude::*;

#[component]
pub fn Header() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <header class="site-header">
            <div class="brand">
                <h1>{move || state.t(Msg::AppTitle)}</h1>
                <p class="tagline">{move || state.t(Msg::AppTagline)}</p>
            </div>
            <button
                type="button"
                class="lang-toggle"
                id="lang-toggle"
                lang=move || if state.lang.get() == Lang::Da { "en" } else { "da" }
                aria-label=move || state.t(Msg::SwitchLanguageLabel)
                on:click=move |_| state.toggle_lang()
            >
                {move || state.t(Msg::SwitchLanguage)}
            </button>
        </header>
        <Show when=move || state.storage_failed.get()>
            <p class="notice" role="status">{move || state.t(Msg::StorageUnavailable)}</p>
        </Show>
    }
}
