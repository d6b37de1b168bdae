//! The compare view: up to four scenarios beside the baseline — adding them (the lab's scenario, a
//! saved one, a pasted link), naming, removing and opening them in the lab; the key-figure table for
//! the chosen area and the nation with differences; the headline charts as small multiples on a
//! shared scale; the comparison's own link; and the table as CSV.

use super::{AppState, AreaYearPicker, LineChart, View};
use crate::band_state::{BandRunner, BandState};
use crate::compare_state::{CompareNotice, CompareState};
use crate::i18n::comparator::Cm;
use crate::lab_state::LabState;
use crate::library_state::LibraryState;
use crate::platform::{copy_text, download_text, select_input_text};
use crate::view_model::compare_charts::{empty_chart, small_multiples};
use crate::view_model::kpi_cards::Kpi;
use crate::view_model::compare_table::{csv, sections};
use crate::view_model::link_notice::reason;
use leptos::prelude::*;

#[component]
pub fn CompareView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let cmp = expect_context::<CompareState>();
    let t = move |m: Cm| m.text(state.lang.get());
    let table = Memo::new(move |_| {
        let lang = state.lang.get();
        let area = cmp.area.get();
        cmp.runs.with(|runs| {
            lab.base_results.with_value(|base| {
                let discount = lab.baseline.with_value(|b| b.discount_rate);
                sections(base, runs, area.area(), &area.label(lang), cmp.year_index.get(), discount, lang)
            })
        })
    });
    let names = move || cmp.entries.with(|e| e.iter().map(|x| x.name.clone()).collect::<Vec<_>>());
    let link = Memo::new(move |_| crate::scenario_url::comparison_link(&cmp.token()));
    let copied = RwSignal::new(false);
    // Bands for every compared scenario, one after another, while the view is open.
    let runner = BandRunner::new();
    let enabled = use_context::<BandState>().map(|b| b.enabled);
    Effect::new(move |_| {
        let scenarios: Vec<_> = cmp.entries.with(|e| e.iter().map(|x| x.scenario.resolve_lenient()).collect());
        let area = cmp.area.get().area();
        if enabled.is_none_or(|e| e.get()) {
            runner.start_after_settling(lab, scenarios, area);
        } else {
            runner.clear();
        }
    });
    on_cleanup(move || runner.clear());
    let multiples = Memo::new(move |_| {
        let lang = state.lang.get();
        let area = cmp.area.get();
        runner.snapshots.with(|bands| {
            cmp.runs.with(|runs| lab.base_results.with_value(|base| small_multiples(base, runs, &names(), bands, area.area(), &area.label(lang), lang)))
        })
    });
    let download_csv = move |_| {
        let lang = state.lang.get_untracked();
        let header = vec![
            format!("Lægedækning 2040 – {}", Cm::CompareHeading.text(lang)),
            format!("comparison token: {}", cmp.token()),
            format!("model: MODEL.md v0.2, laegedaekning-core {}", env!("CARGO_PKG_VERSION")),
            Cm::ExportSource.text(lang).to_string(),
        ];
        let text = table.with_untracked(|s| csv(&header, &names(), s, lang));
        if let Err(e) = download_text("laegedaekning-2040-sammenligning.csv", "text/csv", &text) {
            leptos::logging::warn!("CSV download failed: {e}");
        }
    };
    view! {
        <section class="compare" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{move || t(Cm::CompareHeading)}</h2>
            <p>{move || t(Cm::CompareIntro)}</p>
            <CompareAdd />
            {move || cmp.notice.get().map(|n| {
                let lang = state.lang.get();
                let text = match n {
                    CompareNotice::Full => Cm::CompareFull.text(lang).to_string(),
                    CompareNotice::Unreadable(e) => format!("{}: {}", Cm::CompareLinkUnreadable.text(lang), reason(&e, lang)),
                };
                view! { <p class="notice notice-error" role="alert" id="compare-notice">{text}</p> }
            })}
            <CompareList />
            <AreaYearPicker area=cmp.area year_index=cmp.year_index id_prefix="compare-" />
            <h3>{move || t(Cm::CompareTableHeading)}</h3>
            <div class="table-scroll">
                <table class="compare-table" id="compare-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || t(Cm::CompareKpi)}</th>
                            <th scope="col">{move || t(Cm::CompareBaseline)}</th>
                            {move || names().into_iter().map(|n| view! { <th scope="col">{n}</th> }).collect_view()}
                        </tr>
                    </thead>
                    {move || table.get().into_iter().map(|s| view! {
                        <tbody>
                            <tr class="compare-section"><th scope="rowgroup" colspan="6">{s.title}</th></tr>
                            {s.rows.into_iter().map(|r| view! {
                                <tr>
                                    <th scope="row">{r.label}</th>
                                    <td class="value">{r.baseline}</td>
                                    {r.scenarios.into_iter().map(|c| view! {
                                        <td class="value">{c.value}{c.difference.map(|d| view! { <span class="compare-diff">" ("{d}")"</span> })}</td>
                                    }).collect_view()}
                                </tr>
                            }).collect_view()}
                        </tbody>
                    }).collect_view()}
                </table>
            </div>
            <p class="hint">{move || t(Cm::DeltasNote)}</p>
            <p><button type="button" class="button" id="compare-csv" on:click=download_csv>{move || t(Cm::DownloadCsv)}</button></p>
            <div class="share-row">
                <input type="text" id="compare-link" readonly aria-label=move || t(Cm::CompareShareLink)
                    prop:value=move || link.get() on:focus=move |ev| select_input_text(&ev) />
                <button type="button" class="button" id="compare-copy" on:click=move |_| copied.set(copy_text(&link.get_untracked()))>
                    {move || if copied.get() { t(Cm::CompareCopied) } else { t(Cm::CompareCopyLink) }}
                </button>
            </div>
            <h3>{move || t(Cm::CompareChartsHeading)}</h3>
            // The grid is rebuilt only when the number of scenarios changes; new numbers and bands
            // (every ~120 ms while they fill in) reach each chart through its data signal.
            {move || {
                let columns = cmp.entries.with(|e| e.len());
                (0..Kpi::ALL.len()).map(|row| view! {
                    <div class="chart-grid compare-row">
                        {(0..columns).map(|col| {
                            let data = Signal::derive(move || multiples.with(|m| m.get(row).and_then(|r| r.get(col)).cloned().unwrap_or_else(empty_chart)));
                            let token = Signal::derive(move || cmp.entries.with(|e| e.get(col).map(|x| laegedaekning_core::share::encode(&x.scenario)).unwrap_or_default()));
                            view! { <div class="chart-cell"><LineChart data=data token=token /></div> }
                        }).collect_view()}
                    </div>
                }).collect_view()
            }}
        </section>
    }
}

/// The three ways to add a scenario.
#[component]
fn CompareAdd() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let cmp = expect_context::<CompareState>();
    let library = expect_context::<LibraryState>();
    let t = move |m: Cm| m.text(state.lang.get());
    let chosen = RwSignal::new(String::new());
    let pasted = RwSignal::new(String::new());
    view! {
        <div class="compare-add">
            <button type="button" class="button" id="compare-add-current"
                on:click=move |_| cmp.add(cmp.next_name(Cm::CompareCurrentName.text(state.lang.get_untracked())), lab.scenario.get_untracked())>
                {move || t(Cm::CompareAddCurrent)}
            </button>
            <label>
                <span class="visually-hidden">{move || t(Cm::CompareChooseSaved)}</span>
                <select id="compare-saved" on:change=move |ev| chosen.set(event_target_value(&ev))>
                    <option value="">{move || t(Cm::CompareChooseSaved)}</option>
                    {move || library.entries.get().into_iter().map(|e| view! { <option value=e.id.clone()>{e.name.clone()}</option> }).collect_view()}
                </select>
            </label>
            <button type="button" class="button" id="compare-add-saved" disabled={move || chosen.with(|c| c.is_empty())}
                on:click=move |_| {
                    let id = chosen.get_untracked();
                    if let Some(e) = library.entries.with_untracked(|l| l.iter().find(|e| e.id == id).cloned()) {
                        cmp.add(e.name, e.scenario);
                    }
                }>
                {move || t(Cm::CompareAddSaved)}
            </button>
            <label>
                <span class="visually-hidden">{move || t(Cm::ComparePasteLink)}</span>
                <input type="text" id="compare-paste" placeholder=move || t(Cm::ComparePastePlaceholder)
                    prop:value=move || pasted.get() on:input=move |ev| pasted.set(event_target_value(&ev)) />
            </label>
            <button type="button" class="button" id="compare-add-link" disabled={move || pasted.with(|p| p.trim().is_empty())}
                on:click=move |_| {
                    let name = cmp.next_name(Cm::ComparePasteLink.text(state.lang.get_untracked()));
                    cmp.add_link(&pasted.get_untracked(), name);
                    if cmp.notice.with_untracked(|n| n.is_none()) {
                        pasted.set(String::new());
                    }
                }>
                {move || t(Cm::CompareAddLink)}
            </button>
        </div>
    }
}

/// The compared scenarios: name (editable), open in the lab, remove.
#[component]
fn CompareList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let cmp = expect_context::<CompareState>();
    let t = move |m: Cm| m.text(state.lang.get());
    view! {
        {move || cmp.entries.with(|e| e.is_empty()).then(|| view! { <p class="hint" id="compare-empty">{move || t(Cm::CompareEmpty)}</p> })}
        <ol class="compare-list" id="compare-list">
            {move || cmp.entries.get().into_iter().enumerate().map(|(i, e)| {
                let scenario = e.scenario.clone();
                view! {
                    <li class="compare-entry" data-compare-entry=i>
                        <label>
                            <span class="visually-hidden">{move || t(Cm::CompareName)}</span>
                            <input type="text" maxlength="60" prop:value=e.name.clone()
                                on:change=move |ev| cmp.rename(i, event_target_value(&ev)) />
                        </label>
                        <button type="button" class="link-button" on:click=move |_| {
                            lab.apply(scenario.clone());
                            state.show(View::Lab);
                        }>{move || t(Cm::CompareOpenInLab)}</button>
                        <button type="button" class="link-button" on:click=move |_| cmp.remove(i)>{move || t(Cm::CompareRemove)}</button>
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}
