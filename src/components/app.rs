//! The root component: app-wide state (language, view), the shell and the views.

use super::{AnalysisView, CompareView, DataView, Header, LabView, LinkNotice, UpdateNotice};
use crate::i18n::comparator::Cm;
use crate::scenario_url::{self, LinkOutcome};
use crate::i18n::{Lang, Msg, html_lang, other};
use crate::lab_state::LabState;
use crate::platform::{BrowserStorage, query_param, replace_query_param, set_html_lang};
const _: Option<LinkOutcome> = None;
use crate::preferences::{load_lang, save_lang};
use laegedaekning_core::data::Dataset;
use laegedaekning_core::model::Baseline;
use leptos::prelude::*;

/// The app's views; the address carries it as `?view=data` (the lab has no parameter).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Lab,
    Compare,
    Analysis,
    Data,
}

impl View {
    fn from_query(value: Option<String>) -> View {
        match value.as_deref() {
            Some("data") => View::Data,
            Some("compare") => View::Compare,
            Some("analysis") => View::Analysis,
            _ if query_param(laegedaekning_core::share::comparison::COMPARISON_PARAMETER).is_some() => View::Compare,
            _ => View::Lab,
        }
    }

    fn query(self) -> Option<&'static str> {
        match self {
            View::Lab => None,
            View::Data => Some("data"),
            View::Compare => Some("compare"),
            View::Analysis => Some("analysis"),
        }
    }
}

/// App-wide state shared through context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub lang: RwSignal<Lang>,
    /// Set when a choice could not be remembered on this device.
    pub storage_failed: RwSignal<bool>,
    pub view: RwSignal<View>,
}

impl AppState {
    /// App state with the language signal `lang`, showing the view the address names.
    pub fn new(lang: RwSignal<Lang>) -> Self {
        AppState {
            lang,
            storage_failed: RwSignal::new(false),
            view: RwSignal::new(View::from_query(query_param("view"))),
        }
    }

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

    /// Shows `view` and records it in the address.
    pub fn show(&self, view: View) {
        self.view.set(view);
        replace_query_param("view", view.query());
    }
}

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(RwSignal::new(load_lang(&BrowserStorage)));
    provide_context(state);
    Effect::new(move |_| set_html_lang(html_lang(state.lang.get())));
    let data = Dataset::embedded();
    let baseline = Baseline::embedded();
    let lab_error = baseline.as_ref().err().map(|e| e.to_string());
    let embed = crate::embed::EmbedOptions::from_address();
    provide_context(embed.clone());
    let (scenario, outcome) = scenario_url::read();
    let link_outcome = RwSignal::new(outcome);
    if let Ok(b) = baseline {
        let lab = LabState::new(b, scenario);
        scenario_url::sync(lab.scenario);
        if embed.enabled {
            crate::embed::connect(lab, &embed);
        }
        if crate::presenter::requested() {
            crate::presenter::start(lab);
            crate::platform::set_root_class("presenting", true);
            crate::platform::set_root_class("audience", crate::presenter::audience());
        }
        provide_context(lab);
        provide_context(crate::band_state::BandState::start(lab));
        provide_context(crate::library_state::LibraryState::open());
        if !embed.enabled {
            provide_context(crate::compare_state::CompareState::open(lab));
        }
    }
    let tab = move |view: View, text: fn(Lang) -> &'static str, id: &'static str| {
        view! {
            <button type="button" role="tab" id=id class="tab"
                aria-selected=move || (state.view.get() == view).to_string()
                on:click=move |_| state.show(view)>
                {move || text(state.lang.get())}
            </button>
        }
    };

    if embed.enabled {
        // Chromeless: no site header, tabs or footer; the host page gives the context.
        return view! {
            <LinkNotice outcome=link_outcome />
            <main id="main" class="embedded">
                {match &lab_error {
                    None => view! { <LabView /> }.into_any(),
                    Some(e) => view! { <p class="notice notice-error" role="alert">{e.clone()}</p> }.into_any(),
                }}
            </main>
        }
        .into_any();
    }

    view! {
        <a class="skip-link" href="#main">{move || state.t(Msg::SkipToContent)}</a>
        <Header />
        <UpdateNotice />
        <LinkNotice outcome=link_outcome />
        <nav class="tabs" role="tablist" aria-label=move || state.t(Msg::MainNavigation)>
            {tab(View::Lab, |l| Msg::ViewLab.text(l), "tab-lab")}
            {tab(View::Compare, |l| Cm::ViewCompare.text(l), "tab-compare")}
            {tab(View::Analysis, |l| Cm::ViewAnalysis.text(l), "tab-analysis")}
            {tab(View::Data, |l| Msg::ViewData.text(l), "tab-data")}
        </nav>
        <main id="main" tabindex="-1">
            {move || match state.view.get() {
                View::Lab => match &lab_error {
                    None => view! { <LabView /> }.into_any(),
                    Some(e) => view! { <p class="notice notice-error" role="alert">{e.clone()}</p> }.into_any(),
                },
                View::Compare => match &lab_error {
                    None => view! { <CompareView /> }.into_any(),
                    Some(e) => view! { <p class="notice notice-error" role="alert">{e.clone()}</p> }.into_any(),
                },
                View::Analysis => match &lab_error {
                    None => view! { <AnalysisView /> }.into_any(),
                    Some(e) => view! { <p class="notice notice-error" role="alert">{e.clone()}</p> }.into_any(),
                },
                View::Data => match &data {
                    Ok(d) => view! { <DataView data=d.clone() /> }.into_any(),
                    Err(e) => view! {
                        <p class="notice notice-error" role="alert">
                            {move || state.t(Msg::DataLoadFailed)} ": " {e.to_string()}
                        </p>
                    }.into_any(),
                },
            }}
        </main>
        <footer class="site-footer">
            <p>{move || state.t(Msg::Footer)}</p>
        </footer>
    }
    .into_any()
}
