//! KPI cards: scenario value, baseline value and difference for the chosen area and year, with
//! what each means and where it comes from one tap away. The cards are built once; a slider tick
//! only updates their text.

use super::{AppState, View};
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::view_model::kpi_cards::{Kpi, cards};
use leptos::prelude::*;

#[component]
pub fn KpiCards() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let list = Memo::new(move |_| {
        let lang = state.lang.get();
        let (t, area) = (lab.year_index.get(), lab.area.get().area());
        lab.results.with(|res| lab.base_results.with_value(|base| cards(res, base, t, area, lang)))
    });
    let card = move |i: usize| {
        let kpi = Kpi::ALL[i];
        let field = move |f: fn(&crate::view_model::kpi_cards::KpiCard) -> String| move || list.with(|c| f(&c[i]));
        let tone = move || match list.with(|c| c[i].improves) {
            Some(true) => "kpi-delta better",
            Some(false) => "kpi-delta worse",
            None => "kpi-delta",
        };
        let verdict = move || match list.with(|c| c[i].improves) {
            Some(true) => state.t(Msg::Improves),
            Some(false) => state.t(Msg::Worsens),
            None => "",
        };
        view! {
            <li class="kpi-card" data-kpi=format!("{kpi:?}")>
                <h4>{move || state.t(kpi.title())}</h4>
                <p class="kpi-value">
                    <span class="visually-hidden">{move || state.t(Msg::ScenarioLabel)} ": "</span>
                    <span class="kpi-scenario">{field(|c| c.scenario.clone())}</span>
                </p>
                <p class="kpi-compare">
                    {move || state.t(Msg::BaselineLabel)} ": " <span class="kpi-baseline">{field(|c| c.baseline.clone())}</span>
                    <Show when=move || list.with(|c| !c[i].delta.is_empty())>
                        " · " <span class=tone>{field(|c| c.delta.clone())} " " {verdict}</span>
                    </Show>
                </p>
                <details class="kpi-source">
                    <summary>
                        <span class="conf conf-estimate">{move || state.t(Msg::EstimateBadge)}</span>
                        " " {move || state.t(Msg::ShowSource)}
                    </summary>
                    <p>{move || state.t(kpi.explanation())}</p>
                    <p>{move || state.t(Msg::KpiProvenance)}</p>
                    <button type="button" class="link-button" on:click=move |_| state.show(View::Data)>
                        {move || state.t(Msg::SeeDataView)}
                    </button>
                </details>
            </li>
        }
    };
    view! { <ul class="kpi-cards">{(0..Kpi::ALL.len()).map(card).collect_view()}</ul> }
}
