//! The Data view: every baseline figure with unit, year, source and confidence, filterable by area
//! and confidence. Renders `view_model::data_table`.

use super::AppState;
use crate::format;
use crate::i18n::Msg;
use crate::view_model::data_table::{AreaFilter, confidence_class, confidence_texts, grouped_rows};
use laegedaekning_core::data::{Confidence, Dataset};
use leptos::prelude::*;

fn confidence_key(c: Option<Confidence>) -> &'static str {
    match c {
        None => "all",
        Some(Confidence::Quoted) => "quoted",
        Some(Confidence::Derived) => "derived",
        Some(Confidence::Estimate) => "estimate",
    }
}

fn confidence_from_key(key: &str) -> Option<Confidence> {
    Confidence::ALL.into_iter().find(|c| confidence_key(Some(*c)) == key)
}

#[component]
pub fn DataView(data: Dataset) -> impl IntoView {
    let state = expect_context::<AppState>();
    let area = RwSignal::new(AreaFilter::All);
    let confidence = RwSignal::new(None::<Confidence>);
    let caveat = data.caveat.clone();
    let [quoted, derived, estimate] = data.confidence_counts();
    let data = StoredValue::new(data);
    let groups = Memo::new(move |_| {
        data.with_value(|d| grouped_rows(d, area.get(), confidence.get(), state.lang.get()))
    });
    let shown = move || groups.with(|g| g.iter().map(|g| g.rows.len()).sum::<usize>());

    view! {
        <section class="data-view" aria-labelledby="data-heading">
            <h2 id="data-heading">{move || state.t(Msg::DataHeading)}</h2>
            <p>{move || state.t(Msg::DataIntro)}</p>
            <aside class="caveat">
                <strong>{move || state.t(Msg::Caveat)} ": "</strong>
                {move || caveat.get(state.lang.get()).to_string()}
            </aside>
            <ul class="legend">
                {Confidence::ALL.into_iter().zip([quoted, derived, estimate]).map(|(c, n)| view! {
                    <li>
                        <span class=confidence_class(c)>{move || confidence_texts(c, state.lang.get()).0}</span>
                        " " {move || format::number(n as f64, 0, state.lang.get())} " – "
                        {move || confidence_texts(c, state.lang.get()).1}
                    </li>
                }).collect_view()}
            </ul>
            <div class="filters">
                <label>
                    <span>{move || state.t(Msg::FilterRegion)}</span>
                    <select id="filter-area" on:change=move |ev| area.set(AreaFilter::from_key(&event_target_value(&ev)))>
                        {move || AreaFilter::choices().into_iter().map(|f| {
                            let lang = state.lang.get();
                            view! { <option value=f.key() selected=area.get_untracked() == f>{f.label(lang)}</option> }
                        }).collect_view()}
                    </select>
                </label>
                <label>
                    <span>{move || state.t(Msg::FilterConfidence)}</span>
                    <select id="filter-confidence" on:change=move |ev| confidence.set(confidence_from_key(&event_target_value(&ev)))>
                        {move || {
                            let lang = state.lang.get();
                            std::iter::once(None).chain(Confidence::ALL.map(Some)).map(|c| {
                                let label = c.map_or(Msg::AllConfidences.text(lang), |c| confidence_texts(c, lang).0);
                                view! { <option value=confidence_key(c) selected=confidence.get_untracked() == c>{label}</option> }
                            }).collect_view()
                        }}
                    </select>
                </label>
                <p class="count" role="status" id="figure-count">
                    {move || format::number(shown() as f64, 0, state.lang.get())} " " {move || state.t(Msg::FiguresShown)}
                </p>
            </div>
            <Show when=move || shown() == 0>
                <p class="notice">{move || state.t(Msg::NoMatches)}</p>
            </Show>
            {move || {
                let lang = state.lang.get();
                groups.get().into_iter().map(|group| view! {
                    <section class="topic">
                        <h3>{group.heading}</h3>
                        <table class="figures">
                            <thead>
                                <tr>
                                    <th scope="col">{Msg::ColFigure.text(lang)}</th>
                                    <th scope="col">{Msg::ColRegion.text(lang)}</th>
                                    <th scope="col">{Msg::ColValue.text(lang)}</th>
                                    <th scope="col">{Msg::ColYear.text(lang)}</th>
                                    <th scope="col">{Msg::ColConfidence.text(lang)}</th>
                                    <th scope="col">{Msg::ColSource.text(lang)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {group.rows.into_iter().map(|row| {
                                    let (conf_label, conf_help) = confidence_texts(row.confidence, lang);
                                    view! {
                                        <tr data-figure=row.id.clone()>
                                            <th scope="row" data-col=Msg::ColFigure.text(lang)>{row.label}</th>
                                            <td data-col=Msg::ColRegion.text(lang)>{row.area}</td>
                                            <td class="value" data-col=Msg::ColValue.text(lang)>{row.value}</td>
                                            <td data-col=Msg::ColYear.text(lang)>{row.year}</td>
                                            <td data-col=Msg::ColConfidence.text(lang)>
                                                <span class=confidence_class(row.confidence) title=conf_help>{conf_label}</span>
                                            </td>
                                            <td data-col=Msg::ColSource.text(lang)>
                                                <details>
                                                    <summary>{Msg::ShowSource.text(lang)}</summary>
                                                    <p><strong>{Msg::Source.text(lang)} ": "</strong>{row.source}</p>
                                                    {row.note.map(|n| view! { <p><strong>{Msg::Note.text(lang)} ": "</strong>{n}</p> })}
                                                </details>
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </section>
                }).collect_view()
            }}
        </section>
    }
}
