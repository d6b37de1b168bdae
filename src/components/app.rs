//! The root component: app-wide state (language), the shell and the views.

use super::{DataView, Header};
use crate::i18n::{Lang, Msg, html_lang, other};
use super::UpdateNotice;
use crate::platform::{BrowserStorage, set_html_lang};
use crate::preferences::{load_lang, save_lang};
use laegedaekning_core::data::Dataset;
use leptos::prelude::*;

/// App-wide state shared through context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    /// Set when a choice could not be remembered on this device.
    pub storage_failed: RwSignal<bool>,
}

impl AppState {
    /// Switches to the other language and remembers the choice where the device allows it.
    pub fn toggle_lang(&self) {
        let next = other(self.lang.get_untracked());
        self.lang.set(next);
        if save_lang(&BrowserStorage, next).is_err() {
            self.storage_failed.set(true);
        }
    }

    /// The message in the current language (reactive).
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.text(self.lang.get())
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState {
        lang: RwSignal::new(load_lang(&BrowserStorage)),
        storage_failed: RwSignal::new(false),
    };
    provide_context(state);
    Effect::new(move |_| set_html_lang(html_lang(state.lang.get())));
    let data = Dataset::embedded();

    view! {
        <a class="skip-link" href="#main">{move || state.t(Msg::SkipToContent)}</a>
        <Header />
        <UpdateNotice />
        <main id="main" tabindex="-1">
            {match data {
                Ok(data) => view! { <DataView data=data /> }.into_any(),
                Err(e) => view! {
                    <p class="notice notice-error" role="alert">
                        {move || state.t(Msg::DataLoadFailed)} ": " {e.to_string()}
                    </p>
                }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>{move || state.t(Msg::Footer)}</p>
        </footer>
    }
}
