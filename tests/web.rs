//! Browser tests (wasm-bindgen-test in headless Chromium): mount the real app, interact, assert on
//! the DOM. Run by `scripts/test.sh` via `cargo test --target wasm32-unknown-unknown`.
#![cfg(target_arch = "wasm32")]

use laegedaekning::components::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Event, HtmlElement, HtmlSelectElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

fn text_of(selector: &str) -> String {
    document().query_selector(selector).unwrap().unwrap().text_content().unwrap_or_default()
}

fn count_rows() -> u32 {
    document().query_selector_all("tr[data-figure]").unwrap().length()
}

async fn mount() -> leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState> {
    // A clean slate: no remembered language from an earlier test.
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    // ... and no view or scenario left in the address by an earlier test.
    let path = web_sys::window().unwrap().location().pathname().unwrap();
    web_sys::window().unwrap().history().unwrap().replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path)).unwrap();
    // Remove an earlier test's app, but never the runner's own output elements in <body>.
    let old = document().query_selector_all("section.test-root").unwrap();
    for i in 0..old.length() {
        let node = old.item(i).unwrap();
        node.parent_node().unwrap().remove_child(&node).unwrap();
    }
    let body = document().body().unwrap();
    let section: HtmlElement = document().create_element("section").unwrap().unchecked_into();
    section.set_class_name("test-root");
    body.append_child(&section).unwrap();
    let handle = leptos::mount::mount_to(section, || leptos::prelude::IntoAny::into_any(App()));
    leptos::task::tick().await;
    handle
}

#[wasm_bindgen_test]
async fn language_toggle_switches_every_visible_string_and_is_remembered() {
    let _app = mount().await;
    assert_eq!(text_of("h1"), "Lægedækning 2040");
    assert_eq!(text_of("#lang-toggle"), "English");
    assert!(text_of(".lever-panel").contains("Plejehjemslægeordningen"));

    let toggle: HtmlElement = document().query_selector("#lang-toggle").unwrap().unwrap().unchecked_into();
    toggle.click();
    leptos::task::tick().await;

    assert_eq!(text_of("h1"), "Physician coverage 2040");
    assert_eq!(text_of("#lang-toggle"), "Dansk");
    assert_eq!(document().document_element().unwrap().get_attribute("lang").as_deref(), Some("en"));
    let stored = web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("laegedaekning.v1.lang").unwrap();
    assert_eq!(stored.as_deref(), Some("en"));
}

fn click(selector: &str) {
    let el: HtmlElement = document().query_selector(selector).unwrap().unwrap().unchecked_into();
    el.click();
}

#[wasm_bindgen_test]
async fn region_filter_narrows_the_table_to_that_region() {
    let _app = mount().await;
    click("#tab-data");
    leptos::task::tick().await;
    let all = count_rows();
    assert!(all > 0, "the data view lists figures");

    let select: HtmlSelectElement = document().query_selector("#filter-area").unwrap().unwrap().unchecked_into();
    select.set_value("r4"); // Nordjylland
    select.dispatch_event(&Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;

    let filtered = count_rows();
    assert!(filtered > 0 && filtered < all, "filtered {filtered} of {all}");
    let areas = document().query_selector_all("td[data-col='Område']").unwrap();
    for i in 0..areas.length() {
        assert_eq!(areas.item(i).unwrap().text_content().unwrap(), "Nordjylland");
    }
    assert!(text_of("#figure-count").starts_with(&filtered.to_string()));
}

#[wasm_bindgen_test]
async fn moving_a_lever_changes_a_kpi_and_undo_restores_it() {
    let _app = mount().await;
    let before = text_of("[data-kpi='PatientsPerGp'] .kpi-scenario");
    click("[data-lever='P9'] .lever-input button:last-child");
    leptos::task::tick().await;
    click("[data-lever='P9'] .lever-input button:last-child");
    leptos::task::tick().await;
    assert!(text_of("[data-lever='P9'] .lever-value").starts_with("2 "), "two steps of one position");
    // A GP lever in threatened areas: the national patients-per-GP figure moves, the card shows a delta.
    let area: HtmlSelectElement = document().query_selector("#area-select").unwrap().unwrap().unchecked_into();
    area.set_value("t");
    area.dispatch_event(&Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;
    let delta = text_of("[data-kpi='PatientsPerGp'] .kpi-compare");
    assert!(delta.contains('−'), "a fall in patients per GP is shown: {delta}");
    assert!(text_of(".active-count").starts_with('1'));
    click("#undo");
    leptos::task::tick().await;
    click("#undo");
    leptos::task::tick().await;
    assert!(text_of(".active-count").starts_with('0'));
    area.set_value("dk");
    area.dispatch_event(&Event::new("change").unwrap()).unwrap();
    leptos::task::tick().await;
    assert_eq!(text_of("[data-kpi='PatientsPerGp'] .kpi-scenario"), before);
    click("#redo");
    leptos::task::tick().await;
    assert!(text_of(".active-count").starts_with('1'));
}
