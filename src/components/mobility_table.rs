//! The lab's mobility table (collapsed by default; computed only while open, so slider moves cost
//! nothing while it is closed). Renders `view_model::mobility_table` for the lab's year.

use super::AppState;
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::platform::details_open;
use crate::view_model::mobility_table::{mobility_table, stage_choices};
use laegedaekning_core::model::Stage;
use leptos::prelude::*;

#[component]
pub fn MobilityTable() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let open = RwSignal::new(false);
    let stage = RwSignal::new(Stage::Hu);
    view! {
        <details class="chart-table mobility" on:toggle=move |ev| open.set(details_open(&ev))>
            <summary>{move || state.t(Msg::MobilityHeading)}</summary>
            {move || open.get().then(|| view! {
                <p>{move || state.t(Msg::MobilityHelp)}</p>
                <label>
                    <span>{move || state.t(Msg::MobilityStage)}</span>
                    <select id="mobility-stage" on:change=move |ev| {
                        if let Some(s) = Stage::from_key(&event_target_value(&ev)) {
                            stage.set(s);
                        }
                    }>
                        {move || stage_choices(state.lang.get()).into_iter().map(|(s, label)| view! {
                            <option value=s.key() selected=move || stage.get() == s>{label}</option>
                        }).collect_view()}
                    </select>
                </label>
                {move || {
                    let lang = state.lang.get();
                    let table = lab.results.with(|r| mobility_table(r, lab.year_index.get(), stage.get(), lang));
                    view! {
                        <div class="table-scroll">
                            <table class="compare-table" id="mobility-table">
                                <caption>{table.caption}</caption>
                                <thead>
                                    <tr>
                                        <th scope="col">{Msg::MobilityFrom.text(lang)}</th>
                                        {table.columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view()}
                                        <th scope="col">{Msg::MobilityPlacedFrom.text(lang)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {table.rows.into_iter().map(|row| view! {
                                        <tr>
                                            <th scope="row">{row.from}</th>
                                            {row.cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                                            <td>{row.placed_from}</td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                                <tfoot>
                                    <tr>
                                        <th scope="row">{Msg::MobilityArrived.text(lang)}</th>
                                        {table.arrived.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                                        <td></td>
                                    </tr>
                                    <tr>
                                        <th scope="row">{Msg::MobilityNetInflow.text(lang)}</th>
                                        {table.net_inflow.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}
                                        <td></td>
                                    </tr>
                                </tfoot>
                            </table>
                        </div>
                    }
                }}
            })}
        </details>
    }
}
