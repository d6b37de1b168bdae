//! The map of Denmark's five regions, each coloured by a value on a sequential scale and labelled
//! with its name and value, Bornholm in its inset box. Every region is a button: tap, click, or
//! Tab to it and press Enter or Space to select it; the selected one is outlined and
//! `aria-pressed`. Draws `view_model::region_map`; the caller owns the selection. The title is an
//! `<h3>`: place the map under an `<h2>` section heading.
//!
//! ```ignore
//! let selected = RwSignal::new(None);
//! view! {
//!     <RegionMap title="Patienter pr. læge, 2040" values=per_region decimals=0
//!         selected=selected on_select=Callback::new(move |r| selected.set(Some(r))) />
//! }
//! ```

use super::{AppState, Downloads};
use crate::view_model::csv;
use super::dom_id::unique_id;
use crate::charts::{NO_DATA, RegionShapes};
use crate::i18n::Msg;
use crate::view_model::region_map::{RegionItem, RegionMapView};
use laegedaekning_core::data::Region;
use leptos::ev::KeyboardEvent;
use leptos::prelude::*;

/// Font size of region labels in map units (the map is 800 units wide: ≈ 14 px on a phone).
const LABEL_FONT_SIZE: f64 = 34.0;

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
    let outlines: Vec<Outline> = shapes
        .regions
        .iter()
        .filter_map(|s| Some(Outline { region: s.region()?, path: s.path.clone(), label_at: (s.label_x, s.label_y) }))
        .collect();
    let map = Memo::new(move |_| values.with(|v| RegionMapView::new(&shapes, v, decimals, state.lang.get())));
    let selected_outline = {
        let outlines = outlines.clone();
        move || {
            let region = selected.get()?;
            let outline = outlines.iter().find(|o| o.region == region)?;
            Some(view! { <path class="map-selected-outline" d=outline.path.clone() /> })
        }
    };

    let holder = NodeRef::<leptos::html::Div>::new();
    view! {
        <figure class="region-map">
            <figcaption>
                <h3 class="chart-title" id=title_id.clone()>{move || title.get()}</h3>
                <p class="map-hint">{move || state.t(Msg::MapHint)}</p>
            </figcaption>
            <div node_ref=holder>
            <svg class="map-svg" viewBox=view_box role="group" aria-labelledby=title_id font-size=LABEL_FONT_SIZE>
                <rect class="map-inset" x=inset.frame.x y=inset.frame.y width=inset.frame.width height=inset.frame.height />
                <text class="map-inset-caption" x=inset.caption_x y=inset.caption_y dy="0.4em" text-anchor="middle">{inset.name.clone()}</text>
                {outlines.iter().map(|o| region_button(o, map, selected, on_select)).collect_view()}
                {selected_outline}
                // Labels above every outline, so a neighbour never covers one; the buttons carry
                // the same words as their accessible names.
                <g class="map-labels" aria-hidden="true">
                    {outlines.iter().map(|o| region_label(o, map)).collect_view()}
                </g>
            </svg>
            </div>
            <MapLegend map=map />
            <p class="map-credit">{move || state.t(Msg::MapCredit)}</p>
            <Downloads container=holder title=title csv=Callback::new(move |_| {
                let lang = state.lang.get_untracked();
                let rows: Vec<Vec<String>> = values.get_untracked().iter().map(|(r, v)| vec![r.name().to_string(), csv::number(*v)]).collect();
                csv::table(&csv::provenance(&title.get_untracked(), None, lang), &["region".to_string(), "value".to_string()], &rows)
            }) />
        </figure>
    }
    .into_any()
}

/// A region's outline from the map file.
#[derive(Clone)]
struct Outline {
    region: Region,
    path: String,
    label_at: (f64, f64),
}

/// Reads one text of `region`'s view-model item, reactively.
fn item_text(map: Memo<RegionMapView>, region: Region, read: fn(&RegionItem) -> String) -> impl Fn() -> String + Copy {
    move || map.with(|m| m.item(region).map(read).unwrap_or_default())
}

/// The region as a toggle button: its filled outline, selected by click, Enter or Space.
fn region_button(o: &Outline, map: Memo<RegionMapView>, selected: Signal<Option<Region>>, on_select: Callback<Region>) -> impl IntoView + use<> {
    let region = o.region;
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
            aria-label=item_text(map, region, |i| i.accessible_name.clone())
            on:click=move |_| on_select.run(region) on:keydown=on_key>
            <path d=o.path.clone() fill=item_text(map, region, |i| i.fill.to_string()) />
        </g>
    }
}

/// The region's name and value, dark or light to suit its fill, with a halo of that fill.
fn region_label(o: &Outline, map: Memo<RegionMapView>) -> impl IntoView + use<> {
    let (region, (x, y)) = (o.region, o.label_at);
    view! {
        <text class="map-label" data-region=region.name() x=x y=y text-anchor="middle" paint-order="stroke"
            fill=item_text(map, region, |i| i.ink.to_string()) stroke=item_text(map, region, |i| i.fill.to_string())>
            <tspan x=x>{region.name()}</tspan>
            <tspan x=x dy="1.15em">{item_text(map, region, |i| i.value_text.clone())}</tspan>
        </text>
    }
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
