//! The lab's charts (baseline against scenario for every headline KPI, 2025–2040) and the map of
//! the five regions, which also selects the area.

use super::{AppState, LineChart, RegionMap};
use crate::embed::EmbedOptions;
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::view_model::area_choice::AreaChoice;
use crate::view_model::kpi_cards::Kpi;
use crate::view_model::lab_charts::{chart, map_values};
use laegedaekning_core::data::Region;
use laegedaekning_core::model::dims::FIRST_YEAR;
use leptos::prelude::*;

#[component]
pub fn LabCharts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let embed = use_context::<EmbedOptions>().unwrap_or_default();
    let one = move |kpi: Kpi| {
        let data = Memo::new(move |_| {
            let lang = state.lang.get();
            let choice = lab.area.get();
            lab.results.with(|res| {
                lab.base_results.with_value(|base| chart(kpi, res, base, choice.area(), &choice.label(lang), lang))
            })
        });
        view! { <div class="chart-cell"><LineChart data=data /></div> }
    };
    let map_title = Signal::derive(move || {
        format!("{} {}", state.t(Msg::MapTitle), FIRST_YEAR + lab.year_index.get() as i32)
    });
    let values = Signal::derive(move || lab.results.with(|res| map_values(res, lab.year_index.get())));
    let selected = Signal::derive(move || match lab.area.get() {
        AreaChoice::Region(r) => Some(r),
        _ => None,
    });
    let on_select = Callback::new(move |r: Region| lab.area.set(AreaChoice::Region(r)));
    view! {
        <section class="lab-charts" aria-labelledby="charts-heading">
            <h3 id="charts-heading">{move || state.t(Msg::ChartsHeading)}</h3>
            <div class="chart-grid">
                {Kpi::ALL.into_iter().filter(|k| embed.shows_chart(*k)).map(one).collect_view()}
            </div>
            <div class="map-cell">
                <RegionMap title=map_title values=values decimals=0 selected=selected on_select=on_select />
            </div>
        </section>
    }
}
