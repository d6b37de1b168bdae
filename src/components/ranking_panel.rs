//! Value for money: each measure alone, ranked by DKK per FTE-year of shortage closed in threatened
//! areas (MODEL.md §4.2), with cost and effect, the ranks at low / central / high effect ("ranking
//! not robust" where they differ, §4.5), and the measures with no gain or a harmful effect listed
//! apart.

use super::{AppState, Downloads};
use crate::view_model::csv;
use super::attribution_panel::JobProgress;
use crate::analysis_state::JobSlot;
use crate::format;
use crate::i18n::comparator::Cm;
use crate::lab_state::LabState;
use crate::view_model::analysis_text::{lever_label, rank_triple, ratio_mio};
use laegedaekning_core::analysis::{GainClass, RankedLever, Ranking, RankingJob};
use leptos::prelude::*;

#[component]
pub fn RankingPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let t = move |m: Cm| m.text(state.lang.get());
    let slot = JobSlot::<Ranking>::new();
    Effect::new(move |_| {
        let scenario = lab.scenario.get();
        slot.start(lab, move |b| RankingJob::new(b, &scenario));
    });
    on_cleanup(move || slot.cancel());
    view! {
        <section class="analysis-block" aria-labelledby="ranking-heading" id="ranking">
            <h3 id="ranking-heading">{move || t(Cm::RankingHeading)}</h3>
            <p>{move || t(Cm::RankingIntro)}</p>
            <JobProgress progress=slot.progress compute_ms=slot.compute_ms done=Signal::derive(move || slot.result.with(|r| r.is_some())) id="ranking-progress" />
            {move || slot.error.get().map(|e| view! { <p class="notice notice-error" role="alert">{e}</p> })}
            {move || slot.result.get().map(|r| view! {
                <Downloads title=Signal::derive(move || t(Cm::RankingHeading).to_string()) csv=ranking_csv(r.clone(), lab, state) />
                <RankingTable levers=r.in_class(GainClass::Gain).cloned().collect() id="ranking-table" />
                <h4>{move || t(Cm::NoGainList)}</h4>
                <RankingTable levers=r.in_class(GainClass::NoGain).cloned().collect() id="ranking-no-gain" />
                <h4>{move || t(Cm::HarmfulList)}</h4>
                <RankingTable levers=r.in_class(GainClass::Harmful).cloned().collect() id="ranking-harmful" />
            })}
        </section>
    }
}

#[component]
fn RankingTable(levers: Vec<RankedLever>, id: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |m: Cm| m.text(state.lang.get());
    view! {
        <div class="table-scroll">
            <table class="analysis-table" id=id>
                <thead><tr>
                    <th scope="col">{move || t(Cm::ColRank)}</th>
                    <th scope="col">{move || t(Cm::ColLever)}</th>
                    <th scope="col">{move || t(Cm::CostPv)}</th>
                    <th scope="col">{move || t(Cm::ColGapPv)}</th>
                    <th scope="col">{move || t(Cm::CeGap)}</th>
                    <th scope="col">{move || t(Cm::CeThreatened)}</th>
                    <th scope="col">{move || t(Cm::CeNet)}</th>
                    <th scope="col">{move || t(Cm::ColRanks)}</th>
                </tr></thead>
                <tbody>
                    {levers.into_iter().map(|l| {
                        let c = l.central();
                        let (rank, cost, gap, ce_gap, ce_t, ce_net) = (c.rank, c.pv_cost, c.pv_gap_closed_threatened, c.ce_gap, c.ce_threatened, c.ce_net);
                        let (id, ranks, robust, missing) = (l.id.clone(), rank_triple(&l.by_setting), l.robust, l.cost_missing);
                        view! { <tr data-lever-rank=l.id.clone()>
                            <td class="value">{rank.map_or("–".to_string(), |r| r.to_string())}</td>
                            <th scope="row">
                                {move || lever_label(&id, state.lang.get())}
                                {missing.then(|| view! { <span class="conf conf-estimate">{move || t(Cm::CostMissing)}</span> })}
                            </th>
                            <td class="value">{move || format::number(cost / 1e6, 0, state.lang.get())}</td>
                            <td class="value">{move || format::signed(gap, 1, state.lang.get())}</td>
                            <td class="value">{move || ratio_mio(ce_gap, state.lang.get())}</td>
                            <td class="value">{move || ratio_mio(ce_t, state.lang.get())}</td>
                            <td class="value">{move || ratio_mio(ce_net, state.lang.get())}</td>
                            <td class="value">{ranks}{(!robust).then(|| view! { <span class="not-robust">" · "{move || t(Cm::NotRobust)}</span> })}</td>
                        </tr> }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// The whole ranking as CSV: every measure at low, central and high effect.
fn ranking_csv(r: Ranking, lab: LabState, state: AppState) -> Callback<(), String> {
    Callback::new(move |_| {
        let lang = state.lang.get_untracked();
        let token = lab.scenario.with_untracked(laegedaekning_core::share::encode);
        let header = csv::provenance(Cm::RankingHeading.text(lang), Some(("scenario token", &token)), lang);
        let columns: Vec<String> = ["lever", "setting", "class", "rank", "pv_cost_dkk", "pv_gap_closed_t", "pv_fte_t", "ce_gap_dkk", "ce_t_dkk", "ce_net_dkk", "robust", "cost_missing"]
            .iter().map(|c| c.to_string()).collect();
        let opt = |v: Option<f64>| v.map_or(String::new(), csv::number);
        let rows: Vec<Vec<String>> = r.levers.iter().flat_map(|l| {
            ["low", "central", "high"].iter().zip(&l.by_setting).map(move |(setting, v)| vec![
                l.id.clone(), setting.to_string(), format!("{:?}", v.class).to_lowercase(), v.rank.map_or(String::new(), |x| x.to_string()),
                csv::number(v.pv_cost), csv::number(v.pv_gap_closed_threatened), csv::number(v.pv_fte_threatened),
                opt(v.ce_gap), opt(v.ce_threatened), opt(v.ce_net), l.robust.to_string(), l.cost_missing.to_string(),
            ])
        }).collect();
        csv::table(&header, &columns, &rows)
    })
}
