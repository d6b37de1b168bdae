//! The analysis view: the lab's package taken apart (attribution), every measure's value for money,
//! and the best use of a budget pool. Each part computes in the background while it is on screen.

use super::{AppState, AttributionPanel, BudgetPanel, RankingPanel};
use crate::i18n::comparator::Cm;
use leptos::prelude::*;

#[component]
pub fn AnalysisView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |m: Cm| m.text(state.lang.get());
    view! {
        <section class="analysis" aria-labelledby="analysis-heading">
            <h2 id="analysis-heading">{move || t(Cm::AnalysisHeading)}</h2>
            <p>{move || t(Cm::AnalysisIntro)}</p>
            <AttributionPanel />
            <RankingPanel />
            <BudgetPanel />
        </section>
    }
}
