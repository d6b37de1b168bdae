//! KPI cards: scenario value, baseline value and difference for the chosen area and year, with
//! what each means and where it comes from one tap away.

use super::AppState;
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::view_model::kpi_cards::cards;
use leptos::prelude::*;

#[component]
pub fn KpiCards() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let list = move || {
        let lang = state.lang.get();
        let (t, area) = (lab.year_index.get(), lab.area.get().area());
        lab.results.with(|res| lab.base_results.with_value(|base| cards(res, base, t, area, lang)))
    };
    view! {
        <ul class="kpi-cards">
            {move || {
                let lang = state.lang.get();
                list().into_iter().map(|card| {
                    let tone = match card.improves {
                        Some(true) => "kpi-delta better",
                        Some(false) => "kpi-delta worse",
                        None => "kpi-delta",
                    };
                    let verdict = match card.improves {
                        Some(true) => Msg::Improves.text(lang),
                        Some(false) => Msg::Worsens.text(lang),
                        None => "",
                    };
                    view! {
                        <li class="kpi-card" data-kpi=format!("{:?}", card.kpi)>
                            <h4>{card.title}</h4>
                            <p class="kpi-value">
                                <span class="visually-hidden">{Msg::ScenarioLabel.text(lang)} ": "</span>
                                <span class="kpi-scenario">{card.scenario}</span>
                            </p>
                            <p class="kpi-compare">
                                {Msg::BaselineLabel.text(lang)} ": " <span class="kpi-baseline">{card.baseline}</span>
                                {(!card.delta.is_empty()).then(|| view! {
                                    " · " <span class=tone>{card.delta.clone()} " " {verdict}</span>
                                })}
                            </p>
                            <details class="kpi-source">
                                <summary>
                                    <span class="conf conf-estimate">{Msg::EstimateBadge.text(lang)}</span>
                                    " " {Msg::ShowSource.text(lang)}
                                </summary>
                                <p>{card.kpi.explanation().text(lang)}</p>
                                <p>{Msg::KpiProvenance.text(lang)}</p>
                            </details>
                        </li>
                    }
                }).collect_view()
            }}
        </ul>
    }
}
