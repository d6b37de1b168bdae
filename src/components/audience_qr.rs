//! Presenter mode's overlay: a large QR code of the current scenario's link, so the audience can
//! scan it and try the scenario on their phones. Closed with its button or Escape.

use super::AppState;
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::scenario_url::share_link;
use crate::view_model::qr::qr_svg;
use leptos::ev;
use leptos::prelude::*;

#[component]
pub fn AudienceQr() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let shown = RwSignal::new(false);
    let escape = window_event_listener(ev::keydown, move |e| {
        if e.key() == "Escape" {
            shown.set(false);
        }
    });
    on_cleanup(move || escape.remove());
    view! {
        <button type="button" class="button" id="audience-qr-open" on:click=move |_| shown.set(true)>
            {move || state.t(Msg::ShowAudienceQr)}
        </button>
        <Show when=move || shown.get()>
            <div class="audience-qr" role="dialog" aria-modal="true" aria-labelledby="audience-qr-heading">
                <h2 id="audience-qr-heading">{move || state.t(Msg::AudienceQrHeading)}</h2>
                <div class="audience-qr-code" role="img" aria-label=move || state.t(Msg::QrLabel)
                    inner_html=move || lab.scenario.with(|s| qr_svg(&share_link(s)).unwrap_or_default())></div>
                <p class="audience-qr-link">{move || lab.scenario.with(share_link)}</p>
                <button type="button" class="button" id="audience-qr-close" on:click=move |_| shown.set(false)>
                    {move || state.t(Msg::Close)}
                </button>
            </div>
        </Show>
    }
}
