//! A slider with − / + steps beside it (≥ 44 px touch targets) for one intensity in a lever's unit,
//! with the baseline mark: the lever's own slider and the per-track sliders of a lever split by
//! track ([`super::TrackSplit`]) are both this.

use super::AppState;
use crate::i18n::Msg;
use crate::view_model::lever_panel;
use laegedaekning_core::levers::Lever;
use leptos::prelude::*;

#[component]
pub fn StepSlider(
    lever: &'static Lever,
    /// The `id` of the range input.
    slider_id: String,
    /// The `id` of the element that names the slider.
    labelled_by: String,
    /// The `id` of the element that shows its value.
    described_by: String,
    /// What the − / + buttons' labels name (the lever, or one track of it).
    #[prop(into)]
    name: Signal<String>,
    #[prop(into)]
    value: Signal<f64>,
    /// While dragging: the value, snapped to the lever's step.
    on_drag: Callback<f64>,
    /// The drag ended (slider released or a keyboard step committed).
    on_end: Callback<()>,
    /// A − / + press: the new value, snapped.
    on_step: Callback<f64>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (min, max) = (lever.intensity.min, lever.intensity.max);
    let step = lever_panel::step(lever);
    let nudge = move |direction: f64| on_step.run(lever_panel::snap(lever, value.get_untracked() + direction * step));
    view! {
        <div class="lever-input">
            <button type="button" class="step" aria-label=move || format!("{}: {}", state.t(Msg::Decrease), name.get())
                disabled=move || { value.get() <= min } on:click=move |_| nudge(-1.0)>"−"</button>
            <div class="slider-wrap">
                <input type="range" id=slider_id min=min max=max step=step
                    prop:value=move || value.get().to_string()
                    aria-labelledby=labelled_by
                    aria-describedby=described_by
                    aria-valuetext=move || lever_panel::format_intensity(lever, value.get(), state.lang.get())
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
                            on_drag.run(lever_panel::snap(lever, v));
                        }
                    }
                    on:change=move |_| on_end.run(())
                />
                <span class="baseline-mark" aria-hidden="true" title=move || state.t(Msg::BaselineMark)></span>
            </div>
            <button type="button" class="step" aria-label=move || format!("{}: {}", state.t(Msg::Increase), name.get())
                disabled=move || { value.get() >= max } on:click=move |_| nudge(1.0)>"+"</button>
        </div>
    }
}
