//! "Download SVG / PNG / CSV" under a chart or table: the SVG drawn inside `container` as a
//! standalone file with its title and a source line (and as PNG at twice its size), and, where the
//! caller gives one, the numbers behind it as CSV with provenance header lines.

use super::AppState;
use crate::charts::{file_name, standalone_svg};
use crate::i18n::comparator::Cm;
use crate::platform::{download_png, download_text, svg_inside};
use leptos::html::Div;
use leptos::prelude::*;

#[component]
pub fn Downloads(
    /// The element holding the chart's `<svg>` (none: CSV only).
    #[prop(optional)]
    container: Option<NodeRef<Div>>,
    #[prop(into)] title: Signal<String>,
    /// Builds the CSV when asked (none: no CSV button).
    #[prop(optional)]
    csv: Option<Callback<(), String>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let t = move |m: Cm| m.text(state.lang.get());
    let save = move |png: bool| {
        let Some(el) = container.and_then(|c| c.get_untracked()) else { return };
        let Some((inner, width, height, font)) = svg_inside(&el) else { return };
        let title = title.get_untracked();
        let (svg, total) = standalone_svg(&inner, width, height, font, &title, Cm::ExportSource.text(state.lang.get_untracked()));
        let result = if png {
            download_png(&svg, width, total, &file_name(&title, "png"))
        } else {
            download_text(&file_name(&title, "svg"), "image/svg+xml", &svg)
        };
        if let Err(e) = result {
            leptos::logging::warn!("download failed: {e}");
        }
    };
    let save_csv = move |_| {
        if let Some(make) = csv {
            if let Err(e) = download_text(&file_name(&title.get_untracked(), "csv"), "text/csv", &make.run(())) {
                leptos::logging::warn!("download failed: {e}");
            }
        }
    };
    view! {
        <p class="chart-downloads">
            {container.is_some().then(|| view! {
                <button type="button" class="link-button" data-download="svg" on:click=move |_| save(false)>{move || t(Cm::DownloadSvg)}</button>
                <button type="button" class="link-button" data-download="png" on:click=move |_| save(true)>{move || t(Cm::DownloadPng)}</button>
            })}
            {csv.is_some().then(|| view! {
                <button type="button" class="link-button" data-download="csv" on:click=save_csv>{move || t(Cm::DownloadCsvShort)}</button>
            })}
        </p>
    }
}
