//! The budget pool (lever H5, MODEL.md §4.4): the reader sets mio. kr. a year and a region; the
//! greedy portfolio computes in the background and shows as an efficient frontier (cost against
//! shortage closed, single measures as circles), the steps, the chosen package and why it stopped,
//! with one tap to open the package in the lab.

use super::attribution_panel::JobProgress;
use super::{AppState, Downloads, View};
use crate::view_model::csv;
use crate::analysis_state::JobSlot;
use crate::format;
use crate::i18n::comparator::Cm;
use crate::lab_state::LabState;
use crate::view_model::analysis_text::lever_label;
use crate::view_model::frontier_chart::FrontierGeometry;
use laegedaekning_core::analysis::{Portfolio, PortfolioJob, PortfolioOptions, StopReason};
use laegedaekning_core::data::Region;
use laegedaekning_core::share::target_mask::REGION_KEYS;
use leptos::prelude::*;
use std::time::Duration;

/// The pool offered first (the example: "the best use of 100 mio. kr. a year").
const DEFAULT_BUDGET: f64 = 100.0;
/// The largest pool accepted (mio. kr. a year); larger input is capped.
const MAX_BUDGET: f64 = 5000.0;

#[component]
pub fn BudgetPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let t = move |m: Cm| m.text(state.lang.get());
    let budget = RwSignal::new(DEFAULT_BUDGET);
    let region = RwSignal::new(String::new());
    let slot = JobSlot::<Portfolio>::new();
    let pending = StoredValue::new_local(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let (b, r) = (budget.get(), region.get());
        if let Some(h) = pending.try_update_value(|p| p.take()).flatten() {
            h.clear();
        }
        let run = move || {
            let mut opts = PortfolioOptions::national(b);
            opts.region = (!r.is_empty()).then(|| r.clone());
            slot.start(lab, move |base| PortfolioJob::new(base, opts));
        };
        if let Ok(h) = set_timeout_with_handle(run, Duration::from_millis(300)) {
            pending.set_value(Some(h));
        }
    });
    on_cleanup(move || slot.cancel());
    view! {
        <section class="analysis-block" aria-labelledby="budget-heading" id="budget">
            <h3 id="budget-heading">{move || t(Cm::BudgetHeading)}</h3>
            <p>{move || t(Cm::BudgetIntro)}</p>
            <div class="picker">
                <label>
                    <span>{move || t(Cm::BudgetLabel)}</span>
                    <input type="number" id="budget-input" min="0" max=MAX_BUDGET step="10" inputmode="decimal"
                        prop:value=move || budget.get().to_string()
                        on:change=move |ev| {
                            let v = event_target_value(&ev).replace(',', ".").trim().parse::<f64>().unwrap_or(DEFAULT_BUDGET);
                            budget.set(if v.is_finite() { v.clamp(0.0, MAX_BUDGET) } else { DEFAULT_BUDGET });
                        } />
                </label>
                <label>
                    <span>{move || t(Cm::BudgetRegion)}</span>
                    <select id="budget-region" on:change=move |ev| region.set(event_target_value(&ev))>
                        <option value="">{move || t(Cm::CompareNationwide)}</option>
                        {Region::ALL.iter().zip(REGION_KEYS).map(|(r, key)| view! { <option value=key>{r.name()}</option> }).collect_view()}
                    </select>
                </label>
            </div>
            <JobProgress progress=slot.progress compute_ms=slot.compute_ms done=Signal::derive(move || slot.result.with(|r| r.is_some())) id="budget-progress" />
            {move || slot.error.get().map(|e| view! { <p class="notice notice-error" role="alert">{e}</p> })}
            {move || slot.result.get().map(|p| view! { <PortfolioResult p=p /> })}
        </section>
    }
}

#[component]
fn PortfolioResult(p: Portfolio) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let t = move |m: Cm| m.text(state.lang.get());
    let stop = match &p.stop {
        StopReason::BudgetBinds { .. } => Cm::BudgetStopBudget,
        StopReason::NoGain => Cm::BudgetStopNoGain,
        StopReason::AllAtMax => Cm::BudgetStopAll,
        StopReason::StepCap => Cm::BudgetStopCap,
    };
    let package = p.package.clone();
    let p2 = p.clone();
    let (leftover, pv_cost, pv_gap) = (p.leftover_per_year, p.pv_cost, p.pv_gap_closed);
    let holder = NodeRef::<leptos::html::Div>::new();
    let width = super::tracked_width::tracked_width(holder, 640.0);
    let p3 = p.clone();
    let csv = Callback::new(move |_| {
        let lang = state.lang.get_untracked();
        let token = laegedaekning_core::share::encode(&p3.package);
        let mut header = csv::provenance(Cm::BudgetHeading.text(lang), Some(("package token", &token)), lang);
        header.insert(1, format!("budget: {} DKK per year, region: {}", csv::number(p3.budget_dkk_per_year), p3.region.clone().unwrap_or_else(|| "nation".into())));
        let columns: Vec<String> = ["step", "lever", "intensity", "max_yearly_spend_dkk", "pv_cost_dkk", "pv_gap_closed", "incremental_ce_dkk"].iter().map(|c| c.to_string()).collect();
        let rows: Vec<Vec<String>> = p3.frontier.iter().map(|f| vec![
            f.step.to_string(), f.lever.clone(), csv::number(f.intensity), csv::number(f.max_yearly_spend),
            csv::number(f.pv_cost), csv::number(f.pv_gap_closed), csv::number(f.incremental_ce),
        ]).collect();
        csv::table(&header, &columns, &rows)
    });
    view! {
        <figure class="frontier">
            <div node_ref=holder>
            {move || {
                let g = FrontierGeometry::new(&p2, width.get(), state.lang.get());
                view! {
                    <svg class="frontier-svg" viewBox=format!("0 0 {} {}", g.width, g.height) font-size=g.font_size role="img" aria-label=move || t(Cm::FrontierTitle)>
                        <g class="chart-grid">{g.y_ticks.iter().map(|tk| view! { <line x1=g.plot_left x2=g.plot_right y1=tk.position y2=tk.position /> }).collect_view()}</g>
                        <g class="chart-y-labels" text-anchor="end">{g.y_ticks.iter().map(|tk| view! { <text x={g.plot_left - g.font_size * 0.4} y=tk.position dy="0.35em">{tk.label.clone()}</text> }).collect_view()}</g>
                        <g class="chart-x-labels" text-anchor="middle">{g.x_ticks.iter().map(|tk| view! { <text x=tk.position y={g.plot_bottom + g.font_size * 1.4}>{tk.label.clone()}</text> }).collect_view()}</g>
                        <line class="chart-axis" x1=g.plot_left x2=g.plot_right y1=g.plot_bottom y2=g.plot_bottom />
                        {g.singles.iter().map(|m| view! { <circle class="frontier-single" cx=m.x cy=m.y r={g.font_size * 0.35}><title>{m.label.clone()}</title></circle> }).collect_view()}
                        <path class="series series-scenario" d=g.path.clone() />
                        {g.steps.iter().map(|m| view! { <circle class="frontier-step" cx=m.x cy=m.y r={g.font_size * 0.3}><title>{m.label.clone()}</title></circle> }).collect_view()}
                    </svg>
                }
            }}
            </div>
            <figcaption class="hint">{move || format!("{} · x: {} · y: {} · {}", t(Cm::FrontierTitle), t(Cm::FrontierX), t(Cm::FrontierY), t(Cm::FrontierSingles))}</figcaption>
            <Downloads container=holder title=Signal::derive(move || t(Cm::FrontierTitle).to_string()) csv=csv />
        </figure>
        <h4>{move || t(Cm::BudgetPackage)}</h4>
        <p id="budget-summary">
            {move || {
                let lang = state.lang.get();
                format!("{}. {}: {} · {}: {} · {}: {}", t(stop), t(Cm::CostPv), format::number(pv_cost / 1e6, 0, lang),
                    t(Cm::FrontierY), format::number(pv_gap, 1, lang), t(Cm::BudgetLeftover), format::number(leftover / 1e6, 1, lang))
            }}
        </p>
        <ul class="budget-package" id="budget-package">
            {p.package.levers.iter().map(|l| {
                let (id, v) = (l.id.clone(), l.intensity);
                view! { <li>{move || format!("{} – {}", lever_label(&id, state.lang.get()), format::number(v, 2, state.lang.get()))}</li> }
            }).collect_view()}
        </ul>
        <p>
            <button type="button" class="button" id="budget-open" disabled={p.package.levers.is_empty()}
                on:click=move |_| {
                    lab.apply(package.clone());
                    state.show(View::Lab);
                }>
                {move || t(Cm::BudgetOpenInLab)}
            </button>
        </p>
        <details class="chart-table">
            <summary>{move || t(Cm::ColStep)}</summary>
            <div class="table-scroll"><table class="analysis-table" id="budget-steps">
                <thead><tr>
                    <th scope="col">{move || t(Cm::ColStep)}</th><th scope="col">{move || t(Cm::ColLever)}</th>
                    <th scope="col">{move || t(Cm::ColIntensity)}</th><th scope="col">{move || t(Cm::ColSpend)}</th>
                    <th scope="col">{move || t(Cm::FrontierX)}</th><th scope="col">{move || t(Cm::FrontierY)}</th>
                </tr></thead>
                <tbody>
                    {p.frontier.iter().map(|f| {
                        let f = f.clone();
                        view! { <tr>
                            <td class="value">{f.step}</td><th scope="row">{f.lever.clone()}</th>
                            <td class="value">{move || format::number(f.intensity, 2, state.lang.get())}</td>
                            <td class="value">{move || format::number(f.max_yearly_spend / 1e6, 1, state.lang.get())}</td>
                            <td class="value">{move || format::number(f.pv_cost / 1e6, 0, state.lang.get())}</td>
                            <td class="value">{move || format::number(f.pv_gap_closed, 1, state.lang.get())}</td>
                        </tr> }
                    }).collect_view()}
                </tbody>
            </table></div>
        </details>
    }
}
