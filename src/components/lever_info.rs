//! A lever's info sheet, one tap away: mechanism, the seed passage (quoted), the effect range,
//! cost, evidence and its strength, and when it first acts.

use super::AppState;
use crate::format;
use crate::i18n::Msg;
use crate::view_model::lever_panel;
use laegedaekning_core::levers::{texts, Catalogue, Lever};
use leptos::prelude::*;

#[component]
pub fn LeverInfo(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let lever: &'static Lever = &Catalogue::embedded().levers[index];
    view! {
        <details class="lever-info">
            <summary>{move || state.t(Msg::InfoSheet)}</summary>
            <dl>
                <dt>{move || state.t(Msg::Mechanism)}</dt>
                <dd>{move || texts::mechanism(lever, state.lang.get())}</dd>
                <dt>{move || state.t(Msg::SeedPassage)}</dt>
                <dd><blockquote lang="da">{format!("»{}«", lever.seed.passage)}</blockquote></dd>
                <dt>{move || state.t(Msg::EffectRange)}</dt>
                <dd>
                    {move || {
                        let lang = state.lang.get();
                        let reference = lever_panel::format_intensity(lever, lever.intensity.reference, lang);
                        let effects = lever.effects.iter().map(|e| format!(
                            "{}: {} {} / {} {} / {} {}",
                            e.symbol,
                            format::figure_value(e.low, lang), Msg::EffectLow.text(lang),
                            format::figure_value(e.central, lang), Msg::EffectCentral.text(lang),
                            format::figure_value(e.high, lang), Msg::EffectHigh.text(lang),
                        )).collect::<Vec<_>>();
                        let effects = if effects.is_empty() { Msg::StrengthMechanical.text(lang).to_string() } else { effects.join("; ") };
                        format!("{reference}: {effects}")
                    }}
                </dd>
                <dt>{move || state.t(Msg::CostLabel)}</dt>
                <dd>{move || texts::cost_formula(lever, state.lang.get())}</dd>
                {lever.cost.missing.then(|| view! { <dd class="conf-note">{move || state.t(Msg::CostMissing)}</dd> })}
                <dt>{move || state.t(Msg::Evidence)}</dt>
                <dd>{move || texts::evidence(lever, state.lang.get())}</dd>
                <dt>{move || state.t(Msg::EvidenceStrengthLabel)}</dt>
                <dd>{move || lever_panel::strength_label(lever.strength, state.lang.get()).0}</dd>
                <dt>{move || state.t(Msg::FirstEffect)}</dt>
                <dd>{lever_panel::first_effect_year(lever, 2025)}</dd>
            </dl>
        </details>
    }
}
