//! The lever panel: every lever of the catalogue, grouped as the seed documents group them.

use super::{AppState, LeverControl};
use crate::embed::EmbedOptions;
use crate::view_model::lever_panel::groups;
use laegedaekning_core::levers::Catalogue;
use leptos::prelude::*;

#[component]
pub fn LeverPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let embed = use_context::<EmbedOptions>().unwrap_or_default();
    let cat = Catalogue::embedded();
    groups(cat)
        .into_iter()
        .map(|mut group| {
            group.levers.retain(|&i| embed.shows_lever(&cat.levers[i].id));
            group
        })
        .filter(|group| !group.levers.is_empty())
        .map(|group| {
            view! {
                <details class="lever-group" open=group.open_by_default data-group=group.key>
                    <summary><h3>{move || state.t(group.heading)}</h3></summary>
                    <p class="group-intro">{move || state.t(group.intro)}</p>
                    <ul class="levers">
                        {group.levers.iter().map(|&i| view! { <LeverControl index=i /> }).collect_view()}
                    </ul>
                </details>
            }
        })
        .collect_view()
}
