//! A line chart of yearly values: baseline (grey, dashed) against scenario (accent, solid), with an
//! optional reference line (the 1.600 norm) and uncertainty bands, as inline SVG laid out for the
//! width it gets. It only draws [`LineChartGeometry`]; words come from `view_model::line_chart_text`.
//!
//! Accessible as an image named by its title and a generated one-sentence summary, with the numbers
//! as a real table in a `<details>` beneath. Colour never carries meaning alone: dash patterns,
//! the legend and the end labels name each line. The title is an `<h3>`: place the chart under
//! an `<h2>` section heading.
//!
//! ```ignore
//! view! { <LineChart data=Signal::derive(move || chart_data(results.get())) /> }
//! ```

use super::AppState;
use super::dom_id::unique_id;
use super::Downloads;
use crate::charts::{EndLabel, LineChartData, LineChartGeometry};
use crate::i18n::Msg;
use super::tracked_visibility::tracked_visibility;
use super::tracked_width::tracked_width;
use crate::platform::details_open;
use crate::view_model::line_chart_text::{chart_csv, chart_rows, chart_summary};
use leptos::html::Div;
use leptos::prelude::*;

/// Width laid out before the container has been measured.
const DEFAULT_WIDTH: f64 = 640.0;

#[component]
pub fn LineChart(
    #[prop(into)] data: Signal<LineChartData>,
    /// The share token of the scenario drawn, written into the CSV download's header.
    #[prop(optional, into)]
    token: Option<Signal<String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (title_id, summary_id) = (unique_id("chart-title"), unique_id("chart-summary"));
    let labelled_by = format!("{title_id} {summary_id}");
    let canvas = NodeRef::<Div>::new();
    let width = tracked_width(canvas, DEFAULT_WIDTH);
    // A chart far off screen keeps what it drew and stops following its data (so a slider does not
    // redraw charts nobody sees); it catches up as soon as it comes near the viewport.
    let on_screen = tracked_visibility(canvas);
    let fresh = data;
    let data: Signal<LineChartData> = Memo::new(move |prev: Option<&LineChartData>| match prev {
        Some(p) if !on_screen.get() => p.clone(),
        _ => fresh.get(),
    })
    .into();
    let geometry = Memo::new(move |_| data.with(|d| LineChartGeometry::new(d, width.get(), state.lang.get())));

    view! {
        <figure class="line-chart">
            <figcaption>
                <h3 class="chart-title" id=title_id>{move || data.with(|d| d.title.clone())}</h3>
                <p class="chart-summary" id=summary_id>{move || data.with(|d| chart_summary(d, state.lang.get()))}</p>
            </figcaption>
            <ChartLegend data=data />
            <div class="chart-canvas" node_ref=canvas>
                <ChartSvg geometry=geometry labelled_by=labelled_by />
            </div>
            <ChartTable data=data />
            <Downloads container=canvas title=Signal::derive(move || data.with(|d| d.title.clone()))
                csv=Callback::new(move |_| fresh.with_untracked(|d| chart_csv(d, token.map(|t| t.get_untracked()).as_deref(), state.lang.get_untracked()))) />
        </figure>
    }
}

/// The SVG itself: grid and y labels, bands, reference line, both lines, end labels, year labels.
/// Each part follows only the geometry it draws: under a slider the axes usually stay as they are
/// and only the lines' `d` attributes and the end labels change, instead of a whole new SVG.
#[component]
fn ChartSvg(geometry: Memo<LineChartGeometry>, labelled_by: String) -> impl IntoView {
    let layout = Memo::new(move |_| geometry.with(|g| g.layout));
    let y_ticks = Memo::new(move |_| geometry.with(|g| g.y_ticks.clone()));
    let x_ticks = Memo::new(move |_| geometry.with(|g| g.x_ticks.clone()));
    let bands = Memo::new(move |_| geometry.with(|g| g.bands.clone()));
    let reference = Memo::new(move |_| geometry.with(|g| g.reference.clone()));
    let end_label = move |pick: fn(&LineChartGeometry) -> Option<EndLabel>, class: &'static str| {
        move || {
            let (plot, font) = layout.with(|l| (l.plot, l.font_size));
            geometry.with(pick).map(|l| view! { <text class=class x={plot.right() + font * 0.4} y=l.y dy="0.35em">{l.text}</text> })
        }
    };
    view! {
        <svg class="chart-svg" role="img" aria-labelledby=labelled_by
            viewBox=move || layout.with(|l| format!("0 0 {} {}", l.width, l.height))
            font-size=move || layout.with(|l| l.font_size)>
            {move || {
                let (plot, font) = layout.with(|l| (l.plot, l.font_size));
                y_ticks.with(|ticks| view! {
                    <g class="chart-grid">
                        {ticks.iter().map(|t| view! { <line x1=plot.x x2={plot.right()} y1=t.position y2=t.position /> }).collect_view()}
                    </g>
                    <g class="chart-y-labels" text-anchor="end">
                        {ticks.iter().map(|t| view! {
                            <text x={plot.x - font * 0.4} y=t.position dy="0.35em">{t.label.clone()}</text>
                        }).collect_view()}
                    </g>
                })
            }}
            {move || bands.with(|bands| bands.iter().enumerate().map(|(i, d)| view! {
                <path class=format!("chart-band chart-band-{}", i.min(1)) d=d.clone() />
            }).collect_view())}
            {move || {
                let (plot, font) = layout.with(|l| (l.plot, l.font_size));
                reference.get().map(|r| view! {
                    <line class="chart-reference" x1=plot.x x2={plot.right()} y1=r.y y2=r.y />
                    <text class="chart-reference-label" x={plot.x + font * 0.4} y=r.label_y>{r.label}</text>
                })
            }}
            {move || layout.with(|l| {
                let plot = l.plot;
                view! { <line class="chart-axis" x1=plot.x x2={plot.right()} y1={plot.bottom()} y2={plot.bottom()} /> }
            })}
            <path class="series series-baseline" d=move || geometry.with(|g| g.baseline.clone()) />
            <path class="series series-scenario" d=move || geometry.with(|g| g.scenario.clone()) />
            {end_label(|g| g.baseline_end.clone(), "end-label end-label-baseline")}
            {end_label(|g| g.scenario_end.clone(), "end-label end-label-scenario")}
            {move || {
                let (plot, font) = layout.with(|l| (l.plot, l.font_size));
                x_ticks.with(|ticks| view! {
                    <g class="chart-x-labels" text-anchor="middle">
                        {ticks.iter().map(|t| view! {
                            <text x=t.position y={plot.bottom() + font * 1.4}>{t.label.clone()}</text>
                        }).collect_view()}
                    </g>
                })
            }}
        </svg>
    }
}

/// The legend: each line's dash pattern beside its label, then the reference line and bands.
#[component]
fn ChartLegend(data: Signal<LineChartData>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let swatch = |class: &'static str| view! {
        <svg class="legend-swatch" viewBox="0 0 36 12" aria-hidden="true"><line class=class x1="2" y1="6" x2="34" y2="6" /></svg>
    };
    // The legend depends on the labels only: values changing under a slider do not rebuild it.
    let labels = Memo::new(move |_| {
        let lang = state.lang.get();
        data.with(|d| (d.scenario.label.clone(), d.baseline.label.clone(),
            d.reference.as_ref().map(|r| format!("{} {}", r.label, crate::format::number(r.value, d.decimals, lang))),
            d.bands.iter().map(|b| b.label.clone()).collect::<Vec<_>>()))
    });
    view! {
        <ul class="chart-legend" aria-label=move || state.t(Msg::ChartLegend)>
            {move || labels.with(|(scenario, baseline, reference, bands)| view! {
                <li>{swatch("series series-scenario")}{scenario.clone()}</li>
                <li>{swatch("series series-baseline")}{baseline.clone()}</li>
                {reference.as_ref().map(|r| view! { <li>{swatch("chart-reference")}{r.clone()}</li> })}
                {bands.iter().enumerate().map(|(i, b)| view! {
                    <li>
                        <svg class="legend-swatch" viewBox="0 0 36 12" aria-hidden="true">
                            <rect class=format!("chart-band chart-band-{}", i.min(1)) x="2" y="0" width="32" height="12" />
                        </svg>
                        {b.clone()}
                    </li>
                }).collect_view()}
            })}
        </ul>
    }
}

/// The data-table alternative: year, baseline, scenario and their difference. Built only while
/// open, so a slider tick does not rebuild six hidden tables.
#[component]
fn ChartTable(data: Signal<LineChartData>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(false);
    view! {
        <details class="chart-table" on:toggle=move |ev| open.set(details_open(&ev))>
            <summary>{move || state.t(Msg::ChartShowTable)}</summary>
            {move || open.get().then(|| data.with(|d| {
                let lang = state.lang.get();
                view! {
                    <table class="chart-data">
                        <caption>{d.title.clone()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{Msg::ColYear.text(lang)}</th>
                                <th scope="col">{d.baseline.label.clone()}</th>
                                <th scope="col">{d.scenario.label.clone()}</th>
                                <th scope="col">{Msg::ChartDifference.text(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {chart_rows(d, lang).into_iter().map(|row| view! {
                                <tr>
                                    <th scope="row">{row.year}</th>
                                    <td class="value">{row.baseline}</td>
                                    <td class="value">{row.scenario}</td>
                                    <td class="value">{row.difference}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }
            }))}
        </details>
    }
}
