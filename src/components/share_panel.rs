//! The share panel: this scenario's link (computed from the scenario, so it is right at once) and a
//! copy button. The link is selectable text too, for browsers that refuse the clipboard.

use super::AppState;
use crate::i18n::Msg;
use crate::lab_state::LabState;
use crate::platform::{copy_text, details_open, select_input_text};
use crate::scenario_url::{embed_snippet, share_link};
use crate::view_model::qr::qr_svg;
use leptos::prelude::*;

#[component]
pub fn SharePanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let lab = expect_context::<LabState>();
    let link = Memo::new(move |_| lab.scenario.with(share_link));
    let copied = RwSignal::new(false);
    // The QR code and snippet are built only while the panel is open: not on every slider tick.
    let open = RwSignal::new(false);
    Effect::new(move |_| {
        link.track();
        copied.set(false);
    });
    view! {
        <details class="share" id="share" on:toggle=move |ev| open.set(details_open(&ev))>
            <summary>{move || state.t(Msg::Share)}</summary>
            <h3>{move || state.t(Msg::ShareHeading)}</h3>
            <p>{move || state.t(Msg::ShareIntro)}</p>
            <div class="share-row">
                <input type="text" id="share-link" readonly aria-label=move || state.t(Msg::ShareLinkLabel)
                    prop:value=move || link.get()
                    on:focus=move |ev| select_input_text(&ev) />
                <button type="button" class="button" id="share-copy" on:click=move |_| copied.set(copy_text(&link.get_untracked()))>
                    {move || if copied.get() { state.t(Msg::Copied) } else { state.t(Msg::CopyLink) }}
                </button>
            </div>
            <div class="qr" id="share-qr" role="img" aria-label=move || state.t(Msg::QrLabel)
                inner_html=move || if open.get() { link.with(|l| qr_svg(l).unwrap_or_default()) } else { String::new() }></div>
            <label class="share-embed">
                <span>{move || state.t(Msg::EmbedSnippet)}</span>
                <textarea id="share-embed" readonly rows="3" prop:value=move || if open.get() { lab.scenario.with(embed_snippet) } else { String::new() }></textarea>
            </label>
        </details>
    }
}
