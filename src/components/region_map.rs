//! The map of Denmark's five regions, each coloured by a value on a sequential scale and labelled
//! with its name and value, Bornholm in its inset box. Every region is a button: tap, click, or
//! Tab to it and press Enter or Space to select it; the selected one is outlined and
//! `aria-pressed`. Draws `view_model::region_map`; the caller owns the selection.
//!
//! ```ignore
//! let selected = RwSignal::new(None);
//! view! {
//!     <RegionMap title="Patienter pr. læge, 2040" values=per_region decimals=0
//!         selected=selected on_select=Callback::new(move |r| selected.set(Some(r))) />
//! }
//! ```

use super::AppState;
use super::dom_id::unique_id;
use crate::charts::{NO_DATA, RegionShapes};
use crate::i18n::Msg;
use crate::view_model::region_map::RegionMapView;
use laegedaekning_core::data::Region;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// Font size of region labels in map units (the map is 800 units wide: ≈ 13 px on a phone).
const LABEL_FONT_SIZE: f64 = 30.0;

#[component]
pub fn RegionMap(
    #[prop(into)] title: Signal<String>,
    /// One value per region; a region without one is drawn grey.
    #[prop(into)]
    values: Signal<Vec<(Region, f64)>>,
    /// Decimals of the values on the map.
    #[prop(optional)]
    decimals: usize,
    #[prop(into)] selected: Signal<Option<Region>>,
    on_select: Callback<Region>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Ok(shapes) = RegionShapes::embedded() else {
        return view! { <p class="notice notice-error" role="alert">{move || state.t(Msg::DataLoadFailed)}</p> }.into_any();
    };
    let title_id = unique_id("map-title");
    let inset = shapes.inset.clone();
    let view_box = shapes.view_box.clone();
    let outlines: Vec<(Region, String)> = shapes.regions.iter().filter_map(|s| Some((s.region()?, s.path.clone()))).collect();
    let map = Memo::new(move |_| values.with(|v| RegionMapView::new(&shapes, v, decimals, state.lang.get())));
    let item = move |region: Region, read: fn(&crate::view_model::region_map::RegionItem) -> String| {
        move || map.with(|m| m.item(region).map(read).unwrap_or_default())
    };
    let selected_outline = {
        let outlines = outlines.clone();
        move || {
            let region = selected.get()?;
            outlines.iter().find(|(r, _)| *r == region).map(|(_, d)| view! { <path class="map-selected-outline" d=d.clone() /> })
        }
    };

    view! {
        <figure class="region-map">
            <figcaption>
                <h3 class="chart-title" id=title_id.clone()>{move || title.get()}</h3>
                <p class="map-hint">{move || state.t(Msg::MapHint)}</p>
            </figcaption>
            <svg class="map-svg" viewBox=view_box role="group" aria-labelledby=title_id font-size=LABEL_FONT_SIZE>
                <rect class="map-inset" x=inset.frame.x y=inset.frame.y width=inset.frame.width height=inset.frame.height />
                <text class="map-inset-caption" x=inset.caption_x y=inset.caption_y text-anchor="middle">{inset.name.clone()}</text>
                {outlines.into_iter().map(|(region, d)| {
                    let fill = item(region, |i| i.fill.to_string());
                    let ink = item(region, |i| i.ink.to_string());
                    let (x, y) = map.with_untracked(|m| m.item(region).map_or((0.0, 0.0), |i| (i.label_x, i.label_y)));
                    let pressed = move || selected.get() == Some(region);
                    let on_key = move |ev: KeyboardEvent| {
                        if ev.key() == "Enter" || ev.key() == " " {
                            ev.prevent_default();
                            on_select.run(region);
                        }
                    };
                    view! {
                        <g class=move || if pressed() { "map-region is-selected" } else { "map-region" }
                            role="button" tabindex="0" data-region=region.name()
                            aria-pressed=move || pressed().to_string()
                            aria-label=item(region, |i| i.accessible_name.clone())
                            on:click=move |_| on_select.run(region) on:keydown=on_key>
                            <path d=d fill=fill.clone() />
                            <text class="map-label" x=x y=y text-anchor="middle" fill=ink stroke=fill paint-order="stroke">
                                <tspan x=x>{region.name()}</tspan>
                                <tspan x=x dy="1.15em">{item(region, |i| i.value_text.clone())}</tspan>
                            </text>
                        </g>
                    }
                }).collect_view()}
                {selected_outline}
            </svg>
            <MapLegend map=map />
            <p class="map-credit">{move || state.t(Msg::MapCredit)}</p>
        </figure>
    }
    .into_any()
}

/// The colour scale as a list: each step's colour beside its bounds, and grey for "no figure".
#[component]
fn MapLegend(map: Memo<RegionMapView>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let swatch = |colour: &'static str| view! {
        <svg class="legend-swatch" viewBox="0 0 24 16" aria-hidden="true"><rect x="0" y="0" width="24" height="16" fill=colour /></svg>
    };
    view! {
        <ul class="map-legend" aria-label=move || state.t(Msg::MapLegend)>
            {move || map.with(|m| {
                let steps = m.legend.iter().map(|s| view! { <li>{swatch(s.colour)}{s.label.clone()}</li> }).collect_view();
                let missing = m.has_missing.then(|| view! { <li>{swatch(NO_DATA)}{move || state.t(Msg::MapNoData)}</li> });
                (steps, missing)
            })}
        </ul>
    }
}
