//! Chooses the area (Denmark, a region, Region Østdanmark, threatened areas) and the year the
//! results are shown for.

use super::AppState;
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::view_model::area_choice::AreaChoice;
use laegedaekning_core::model::dims::FIRST_YEAR;
use leptos::prelude::*;

/// The picker over the lab's area and year, or over `area` and `year_index` when given (the compare
/// view); `id_prefix` keeps element ids unique per view.
#[component]
pub fn AreaYearPicker(
    #[prop(optional)] area: Option<RwSignal<AreaChoice>>,
    #[prop(optional)] year_index: Option<RwSignal<usize>>,
    #[prop(optional)] id_prefix: &'static str,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (area, year_index) = match (area, year_index) {
        (Some(a), Some(y)) => (a, y),
        _ => {
            let lab = expect_context::<LabState>();
            (lab.area, lab.year_index)
        }
    };
    view! {
        <div class="picker">
            <label>
                <span>{move || state.t(Msg::AreaLabel)}</span>
                <select id=format!("{id_prefix}area-select") on:change=move |ev| area.set(AreaChoice::from_key(&event_target_value(&ev)))>
                    {move || {
                        let lang = state.lang.get();
                        AreaChoice::all().into_iter().map(|a| view! {
                            <option value=a.key() selected=move || area.get() == a>{a.label(lang)}</option>
                        }).collect_view()
                    }}
                </select>
            </label>
            <label class="year-picker">
                <span>{move || state.t(Msg::YearLabel)} ": " <strong>{move || FIRST_YEAR + year_index.get() as i32}</strong></span>
                <input type="range" id=format!("{id_prefix}year-select") min=0 max=15 step=1
                    prop:value=move || year_index.get().to_string()
                    aria-valuetext=move || (FIRST_YEAR + year_index.get() as i32).to_string()
                    on:input=move |ev| {
                        if let Ok(t) = event_target_value(&ev).parse::<usize>() {
                            year_index.set(t.min(15));
                        }
                    }
                />
            </label>
        </div>
    }
}
