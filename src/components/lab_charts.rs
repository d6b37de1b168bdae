//! The lab's charts (baseline against scenario for every headline KPI, 2025–2040) and the map of
//! the five regions, which also selects the area.

use super::{AppState, LineChart, RegionMap};
use crate::embed::EmbedOptions;
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::view_model::area_choice::AreaChoice;
use crate::view_model::kpi_cards::Kpi;
use crate::view_model::lab_charts::{add_band, chart, map_values};
use crate::band_state::{BandState, TARGET_DRAWS};
use crate::format;
use crate::i18n::comparator::Cm;
use laegedaekning_core::data::Region;
use laegedaekning_core::model::dims::FIRST_YEAR;
use leptos::prelude::*;

#[component]
pub fn LabCharts() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let embed = use_context::<EmbedOptions>().unwrap_or_default();
    let bands = use_context::<BandState>();
    let one = move |kpi: Kpi| {
        let data = Memo::new(move |_| {
            let lang = state.lang.get();
            let choice = lab.area.get();
            let mut data = lab.results.with(|res| {
                lab.base_results.with_value(|base| chart(kpi, res, base, choice.area(), &choice.label(lang), lang))
            });
            if let Some(bands) = bands {
                bands.runner.snapshots.with(|s| {
                    if let Some(b) = s.first().and_then(|s| s.as_ref()).and_then(|s| s.of(kpi.headline())) {
                        add_band(&mut data, b, lang);
                    }
                });
            }
            data
        });
        let token = Signal::derive(move || lab.scenario.with(laegedaekning_core::share::encode));
        view! { <div class="chart-cell"><LineChart data=data token=token /></div> }
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
            {bands.map(|b| view! { <BandStatus bands=b /> })}
            <div class="chart-grid">
                {Kpi::ALL.into_iter().filter(|k| embed.shows_chart(*k)).map(one).collect_view()}
            </div>
            <div class="map-cell">
                <RegionMap title=map_title values=values decimals=0 selected=selected on_select=on_select />
            </div>
        </section>
    }
}

/// The band switch and how many draws the bands rest on (`data-` attributes for the benchmark).
#[component]
fn BandStatus(bands: BandState) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |m: Cm| m.text(state.lang.get());
    let draws = move || bands.runner.snapshots.with(|s| s.first().and_then(|s| s.as_ref()).map_or(0, |s| s.draws));
    view! {
        <div class="band-status">
            <label class="band-toggle">
                <input type="checkbox" id="band-toggle" prop:checked=move || bands.enabled.get()
                    on:change=move |_| bands.enabled.update(|e| *e = !*e) />
                {move || t(Cm::BandToggle)}
            </label>
            <p id="band-draws" role="status" data-draws=move || draws().to_string()
                data-compute-ms=move || format!("{:.1}", bands.runner.compute_ms.get())
                data-cpu-ms=move || format!("{:.1}", bands.runner.cpu_ms.get())
                data-workers=move || bands.runner.workers.get().to_string()
                hidden=move || !bands.enabled.get()>
                {move || {
                    let lang = state.lang.get();
                    let n = draws();
                    let lead = if n >= TARGET_DRAWS { Cm::BandDone } else { Cm::BandFilling };
                    format!("{}: {} {} {} {}.", lead.text(lang), format::number(n as f64, 0, lang), Cm::BandOf.text(lang),
                        format::number(TARGET_DRAWS as f64, 0, lang), Cm::BandDraws.text(lang))
                }}
                " " <span class="hint">{move || t(Cm::BandNote)}</span>
            </p>
        </div>
    }
}
