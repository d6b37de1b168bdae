//! Tells the reader that a newly deployed version is ready and offers a reload.

use super::AppState;
use crate::i18n::Msg;
use crate::platform::{on_update_ready, reload};
use leptos::prelude::*;

#[component]
pub fn UpdateNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ready = RwSignal::new(false);
    on_update_ready(move || ready.set(true));
    view! {
        <Show when=move || ready.get()>
            <div class="notice update-notice" role="status">
                <span>{move || state.t(Msg::UpdateReady)}</span>
                " "
                <button type="button" class="button" on:click=move |_| reload()>{move || state.t(Msg::Reload)}</button>
            </div>
        </Show>
    }
}
