//! Attribution of the lab's package: the metric to measure (shortage closed, FTE, flagged
//! person-years, cost, or a headline KPI in the lab's area and year), progress while the 2ⁿ runs compute in
//! the background, the waterfall from baseline to package (Shapley values), the table with
//! one-at-a-time and leave-one-out effects, and the pairwise interaction matrix.

use super::{AppState, Downloads};
use crate::view_model::csv;
use crate::analysis_state::JobSlot;
use crate::format;
use crate::i18n::comparator::Cm;
use crate::lab_state::LabState;
use crate::view_model::analysis_text::lever_label;
use crate::view_model::waterfall::{WaterfallGeometry, waterfall_bars};
use laegedaekning_core::analysis::{Attribution, AttributionJob, Metric, ShapleyMethod};
use crate::view_model::kpi_cards::Kpi;
use laegedaekning_core::model::dims::FIRST_YEAR;
use laegedaekning_core::model::{Area, Headline};
use leptos::prelude::*;

const METRICS: [(&str, Cm); 4] =
    [("gap", Cm::MetricGapClosed), ("fte", Cm::MetricFte), ("flagged", Cm::MetricFlagged), ("cost", Cm::MetricCost)];

/// The metric a select key names; `h:<headline key>` is that headline KPI in the lab's area and year.
fn metric_of(key: &str, lab: &LabState) -> Metric {
    if let Some(kpi) = key.strip_prefix("h:").and_then(Headline::from_key) {
        let year = FIRST_YEAR + lab.year_index.get() as i32;
        return Metric::Headline { kpi, year, area: lab.area.get().area() };
    }
    match key {
        "fte" => Metric::Fte(Area::Threatened),
        "flagged" => Metric::FlaggedPopulationYears,
        "cost" => Metric::PvCost,
        _ => Metric::GapClosed(Area::Threatened),
    }
}

#[component]
pub fn AttributionPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let t = move |m: Cm| m.text(state.lang.get());
    let metric = RwSignal::new("gap".to_string());
    let slot = JobSlot::<Attribution>::new();
    Effect::new(move |_| {
        let scenario = lab.scenario.get();
        let m = metric_of(&metric.get(), &lab);
        slot.start(lab, move |b| AttributionJob::new(b, &scenario, m));
    });
    on_cleanup(move || slot.cancel());
    view! {
        <section class="analysis-block" aria-labelledby="attribution-heading" id="attribution">
            <h3 id="attribution-heading">{move || t(Cm::AttributionHeading)}</h3>
            <p>{move || t(Cm::AttributionIntro)}</p>
            <label class="picker-inline">
                <span>{move || t(Cm::MetricLabel)}</span>
                <select id="attribution-metric" on:change=move |ev| metric.set(event_target_value(&ev))>
                    {METRICS.iter().map(|&(key, label)| view! { <option value=key selected=move || metric.get() == key>{move || t(label)}</option> }).collect_view()}
                    {Kpi::ALL.into_iter().filter(|k| *k != Kpi::GapClosed).map(|kpi| {
                        let key = format!("h:{}", kpi.headline().key());
                        let k2 = key.clone();
                        view! {
                            <option value=key selected=move || metric.get() == k2>
                                {move || {
                                    let lang = state.lang.get();
                                    format!("{} – {} {}", kpi.title().text(lang), lab.area.get().label(lang), FIRST_YEAR + lab.year_index.get() as i32)
                                }}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <JobProgress progress=slot.progress compute_ms=slot.compute_ms done=Signal::derive(move || slot.result.with(|r| r.is_some())) id="attribution-progress" />
            {move || slot.error.get().map(|e| view! { <p class="notice notice-error" role="alert">{e}</p> })}
            {move || slot.result.get().map(|a| view! { <AttributionResult a=a /> })}
        </section>
    }
}

/// "Computing … 340 of 1,025 model runs", with the compute time as a data attribute.
#[component]
pub fn JobProgress(progress: RwSignal<laegedaekning_core::analysis::Progress>, compute_ms: RwSignal<f64>, done: Signal<bool>, id: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <p class="job-progress" id=id role="status" data-done=move || done.get().to_string()
            data-runs=move || progress.get().done.to_string()
            data-compute-ms=move || format!("{:.1}", compute_ms.get())>
            {move || {
                let lang = state.lang.get();
                let p = progress.get();
                let runs = format!("{} {} {} {}", format::number(p.done as f64, 0, lang), Cm::BandOf.text(lang), format::number(p.total as f64, 0, lang), Cm::Runs.text(lang));
                if done.get() { runs } else { format!("{} … {runs}", Cm::Computing.text(lang)) }
            }}
        </p>
    }
}

#[component]
fn AttributionResult(a: Attribution) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |m: Cm| m.text(state.lang.get());
    if a.players.is_empty() {
        return view! { <p class="hint" id="attribution-empty">{move || t(Cm::NoActiveLevers)}</p> }.into_any();
    }
    let decimals = if matches!(a.metric, Metric::PvCost) { 0 } else { 1 };
    let holder = NodeRef::<leptos::html::Div>::new();
    let width = super::tracked_width::tracked_width(holder, 640.0);
    let a2 = a.clone();
    let geometry = move || {
        let lang = state.lang.get();
        let contributions: Vec<(String, f64)> = a2.players.iter().zip(&a2.shapley).map(|(p, &v)| (p.label.clone(), v)).collect();
        WaterfallGeometry::new(&waterfall_bars(&contributions, Cm::PackageTotal.text(lang)), width.get(), decimals, lang)
    };
    let sampled = matches!(a.method, ShapleyMethod::Sampled { .. });
    let n = a.players.len();
    let lab = expect_context::<LabState>();
    let a3 = a.clone();
    let csv = Callback::new(move |_| {
        let lang = state.lang.get_untracked();
        let token = lab.scenario.with_untracked(laegedaekning_core::share::encode);
        let mut header = csv::provenance(Cm::AttributionHeading.text(lang), Some(("scenario token", &token)), lang);
        header.insert(1, format!("metric: {} ({})", a3.metric.key(), a3.unit));
        let columns = [Cm::ColLever, Cm::ColShapley, Cm::ColAlone, Cm::ColLastIn].map(|c| c.text(lang).to_string());
        let mut columns = columns.to_vec();
        columns.insert(2, "± SE".into());
        let rows: Vec<Vec<String>> = (0..a3.players.len())
            .map(|i| vec![
                a3.players[i].label.clone(),
                csv::number(a3.shapley[i]),
                csv::number(a3.shapley_standard_error[i]),
                csv::number(a3.one_at_a_time[i]),
                csv::number(a3.leave_one_out[i]),
            ])
            .chain(std::iter::once(vec![Cm::PackageTotal.text(lang).to_string(), csv::number(a3.package_value), String::new(), String::new(), String::new()]))
            .collect();
        csv::table(&header, &columns, &rows)
    });
    view! {
        <figure class="waterfall">
            <div node_ref=holder>
            {move || {
                let g = geometry();
                view! {
                    <svg class="waterfall-svg" viewBox=format!("0 0 {} {}", g.width, g.height) font-size=g.font_size role="img"
                        aria-label=move || t(Cm::AttributionHeading)>
                        <g class="chart-grid">{g.ticks.iter().map(|tk| view! { <line x1=tk.position x2=tk.position y1=g.plot_top y2=g.plot_bottom /> }).collect_view()}</g>
                        <line class="chart-axis" x1=g.zero_x x2=g.zero_x y1=g.plot_top y2=g.plot_bottom />
                        {g.bars.iter().map(|b| view! {
                            <text class="waterfall-label" x=g.label_x y={b.y + b.height / 2.0} dy="0.35em" text-anchor="end">{b.label.clone()}</text>
                            <rect class=if b.total { "bar bar-total" } else if b.positive { "bar bar-up" } else { "bar bar-down" }
                                x=b.x y=b.y width=b.width height=b.height />
                            <text class="waterfall-value" x=b.value_x y={b.y + b.height / 2.0} dy="0.35em" text-anchor=b.value_anchor>{b.value.clone()}</text>
                        }).collect_view()}
                        <g class="chart-x-labels" text-anchor="middle">
                            {g.ticks.iter().map(|tk| view! { <text x=tk.position y={g.plot_bottom + g.font_size * 1.4}>{tk.label.clone()}</text> }).collect_view()}
                        </g>
                    </svg>
                }
            }}
            </div>
            <figcaption class="hint">{move || t(if sampled { Cm::SampledNote } else { Cm::ExactNote })} " " {a.unit}</figcaption>
            <Downloads container=holder title=Signal::derive(move || t(Cm::AttributionHeading).to_string()) csv=csv />
        </figure>
        <div class="table-scroll">
            <table class="analysis-table" id="attribution-table">
                <thead><tr>
                    <th scope="col">{move || t(Cm::ColLever)}</th>
                    <th scope="col">{move || t(Cm::ColShapley)}</th>
                    <th scope="col">{move || t(Cm::ColAlone)}</th>
                    <th scope="col">{move || t(Cm::ColLastIn)}</th>
                </tr></thead>
                <tbody>
                    {(0..n).map(|i| {
                        let (p, phi, se, oat, loo) = (a.players[i].label.clone(), a.shapley[i], a.shapley_standard_error[i], a.one_at_a_time[i], a.leave_one_out[i]);
                        view! { <tr>
                            <th scope="row">{move || lever_label(&p, state.lang.get())}</th>
                            <td class="value">{move || {
                                let lang = state.lang.get();
                                let v = format::signed(phi, decimals, lang);
                                if se > 0.0 { format!("{v} ± {}", format::number(se, decimals, lang)) } else { v }
                            }}</td>
                            <td class="value">{move || format::signed(oat, decimals, state.lang.get())}</td>
                            <td class="value">{move || format::signed(loo, decimals, state.lang.get())}</td>
                        </tr> }
                    }).collect_view()}
                    <tr class="total-row">
                        <th scope="row">{move || t(Cm::PackageTotal)}</th>
                        <td class="value" id="attribution-total">{move || format::signed(a.package_value, decimals, state.lang.get())}</td>
                        <td></td><td></td>
                    </tr>
                </tbody>
            </table>
        </div>
        {(n >= 2).then(|| view! { <Interactions a=a.clone() decimals=decimals /> })}
    }
    .into_any()
}

/// The pairwise interactions I_ij (upper triangle), signed so colour is not the only cue.
#[component]
fn Interactions(a: Attribution, decimals: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |m: Cm| m.text(state.lang.get());
    let ids: Vec<String> = a.players.iter().map(|p| p.id.clone()).collect();
    let n = ids.len();
    view! {
        <h4>{move || t(Cm::InteractionsHeading)}</h4>
        <p class="hint">{move || t(Cm::InteractionsIntro)}</p>
        <div class="table-scroll">
            <table class="analysis-table interaction-matrix" id="interaction-matrix">
                <thead><tr><th scope="col"></th>{ids.iter().map(|id| view! { <th scope="col">{id.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {(0..n).map(|i| {
                        let row = a.interactions[i].clone();
                        view! { <tr>
                            <th scope="row">{ids[i].clone()}</th>
                            {(0..n).map(|j| {
                                let v = row[j];
                                let class = if j <= i { "cell-empty" } else if v > 1e-9 { "synergy" } else if v < -1e-9 { "redundancy" } else { "neutral" };
                                view! { <td class=format!("value {class}")>{move || if j <= i { String::new() } else { format::signed(v, decimals, state.lang.get()) }}</td> }
                            }).collect_view()}
                        </tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}
