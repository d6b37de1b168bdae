//! Browser tests of the chart and map building blocks (wasm-bindgen-test in headless Chromium):
//! mount each component alone with fixed data, interact, assert on the DOM.
//! Run with `cargo test -p laegedaekning --target wasm32-unknown-unknown --test charts_web`.
#![cfg(target_arch = "wasm32")]

use laegedaekning::charts::{LineChartData, ReferenceLine, Series, ZeroBaseline};
use laegedaekning::components::{AppState, LineChart, RegionMap};
use laegedaekning::i18n::Lang;
use laegedaekning_core::data::Region;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element, HtmlElement, KeyboardEvent, KeyboardEventInit, MouseEvent, MouseEventInit};

wasm_bindgen_test_configure!(run_in_browser);

type Mounted = leptos::mount::UnmountHandle<leptos::tachys::view::any_view::AnyViewState>;

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

fn one(selector: &str) -> Element {
    document().query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}"))
}

fn all(selector: &str) -> Vec<Element> {
    let list = document().query_selector_all(selector).unwrap();
    (0..list.length()).map(|i| list.item(i).unwrap().unchecked_into()).collect()
}

fn texts(selector: &str) -> Vec<String> {
    all(selector).iter().map(|e| e.text_content().unwrap_or_default()).collect()
}

/// Mounts `view` into a fresh `section.test-root` with the app's context (Danish); never clears
/// `<body>`, where the test runner writes its output.
async fn mount(lang: RwSignal<Lang>, view: impl FnOnce() -> AnyView + 'static) -> Mounted {
    for old in all("section.test-root") {
        old.remove();
    }
    let section: HtmlElement = document().create_element("section").unwrap().unchecked_into();
    section.set_class_name("test-root");
    document().body().unwrap().append_child(&section).unwrap();
    let handle = leptos::mount::mount_to(section, move || {
        provide_context(AppState::new(lang));
        view()
    });
    leptos::task::tick().await;
    handle
}

fn gp_chart() -> LineChartData {
    let years = 2025..=2040;
    LineChartData {
        title: "Patienter pr. praktiserende læge".into(),
        baseline: Series::new("Basis", years.clone().map(|y| (y, 1660.0 + 12.6 * (y - 2025) as f64)).collect()),
        scenario: Series::new("Scenarie", years.map(|y| (y, 1660.0 + 4.0 * (y - 2025) as f64)).collect()),
        reference: Some(ReferenceLine { label: "Norm".into(), value: 1600.0 }),
        bands: vec![],
        shared_scale: None,
        decimals: 0,
        zero: ZeroBaseline::Auto,
    }
}

#[wasm_bindgen_test]
async fn line_chart_draws_both_lines_the_norm_axes_and_a_table() {
    let lang = RwSignal::new(Lang::Da);
    let _chart = mount(lang, || view! { <LineChart data=gp_chart() /> }.into_any()).await;

    let svg = one("section.test-root svg.chart-svg");
    assert_eq!(svg.get_attribute("role").as_deref(), Some("img"));
    let labelled_by = svg.get_attribute("aria-labelledby").unwrap();
    let names: Vec<String> = labelled_by.split(' ').map(|id| one(&format!("#{id}")).text_content().unwrap()).collect();
    assert_eq!(names, ["Patienter pr. praktiserende læge", "2025–2040. 2040: Scenarie 1.720, Basis 1.849; Norm 1.600."]);

    for class in ["series-baseline", "series-scenario"] {
        let d = one(&format!("path.{class}")).get_attribute("d").unwrap();
        assert!(d.starts_with('M') && !d.contains("NaN"), "{class}: {d}");
        assert_eq!(d.matches('L').count(), 15, "{class} joins 16 years");
    }
    assert!(texts(".chart-y-labels text").contains(&"1.600".to_string()));
    let years = texts(".chart-x-labels text");
    assert!(years.contains(&"2040".to_string()) && years.len() <= 16, "{years:?}");
    assert_eq!(texts(".chart-reference-label"), ["Norm 1.600"]);
    assert!(texts(".end-label-scenario")[0].starts_with("Scenarie"));
    assert!(texts(".end-label-baseline")[0].starts_with("Basis"));
    assert_eq!(texts(".chart-legend li"), ["Scenarie", "Basis", "Norm 1.600"], "the legend gives the norm's value");

    assert!(all(".chart-table tbody tr").is_empty(), "the closed table is not built");
    open_table().await;
    let rows = all(".chart-table tbody tr");
    assert_eq!(rows.len(), 16);
    let last: Vec<String> = (0..4).map(|i| rows[15].children().item(i).unwrap().text_content().unwrap()).collect();
    assert_eq!(last, ["2040", "1.849", "1.720", "−129"]);
    assert!(all("section.test-root [style]").is_empty(), "no inline styles under the CSP");
}

#[wasm_bindgen_test]
async fn line_chart_follows_its_data_and_the_language() {
    let lang = RwSignal::new(Lang::Da);
    let data = RwSignal::new(gp_chart());
    let _chart = mount(lang, move || view! { <LineChart data=data /> }.into_any()).await;

    open_table().await;
    data.update(|d| d.scenario.values.last_mut().unwrap().1 = f64::NAN);
    lang.set(Lang::En);
    leptos::task::tick().await;

    assert_eq!(texts(".chart-summary")[0], "2025–2040. 2040: Scenarie –, Basis 1,849; Norm 1,600.");
    let d = one("path.series-scenario").get_attribute("d").unwrap();
    assert_eq!(d.matches('L').count(), 14, "the missing last year is a gap, not a drop");
    assert_eq!(texts(".chart-table thead th")[3], "Difference");
    assert!(texts(".chart-y-labels text").contains(&"1,600".to_string()));
}

/// Opens the chart's data-table `<details>` (the table is built only while open).
async fn open_table() {
    for details in all(".chart-table") {
        let details: web_sys::HtmlDetailsElement = details.unchecked_into();
        details.set_open(true);
        details.dispatch_event(&web_sys::Event::new("toggle").unwrap()).unwrap();
    }
    leptos::task::tick().await;
}

fn region_button(region: Region) -> Element {
    one(&format!("g.map-region[data-region='{}']", region.name()))
}

fn pressed(region: Region) -> String {
    region_button(region).get_attribute("aria-pressed").unwrap_or_default()
}

fn press_key(target: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    target.dispatch_event(&KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap()).unwrap();
}

fn click(target: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    target.dispatch_event(&MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn region_map_selects_by_click_and_by_keyboard() {
    let lang = RwSignal::new(Lang::Da);
    let selected = RwSignal::new(None::<Region>);
    let chosen = RwSignal::new(Vec::<Region>::new());
    let on_select = Callback::new(move |region: Region| {
        chosen.update(|c| c.push(region));
        selected.set(Some(region));
    });
    let values = vec![
        (Region::Hovedstaden, 1520.0),
        (Region::Sjaelland, 1850.0),
        (Region::Syddanmark, 1700.0),
        (Region::Midtjylland, 1610.0),
        (Region::Nordjylland, 1790.0),
    ];
    let _map = mount(lang, move || {
        view! { <RegionMap title="Patienter pr. læge, 2040" values=values selected=selected on_select=on_select /> }.into_any()
    })
    .await;

    let buttons = all("g.map-region[role='button']");
    assert_eq!(buttons.len(), 5);
    assert!(buttons.iter().all(|b| b.get_attribute("tabindex").as_deref() == Some("0")));
    assert!(Region::ALL.iter().all(|&r| pressed(r) == "false"));
    assert_eq!(region_button(Region::Sjaelland).get_attribute("aria-label").as_deref(), Some("Region Sjælland: 1.850"));
    assert_eq!(one("text.map-label[data-region='Sjælland']").text_content().unwrap(), "Sjælland1.850");
    assert!(all(".map-selected-outline").is_empty());

    click(&region_button(Region::Sjaelland));
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), [Region::Sjaelland]);
    assert_eq!(pressed(Region::Sjaelland), "true");
    assert_eq!(all(".map-selected-outline").len(), 1);

    let midt = region_button(Region::Midtjylland);
    midt.unchecked_ref::<web_sys::SvgElement>().focus().unwrap();
    press_key(&midt, "Enter");
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked(), [Region::Sjaelland, Region::Midtjylland]);
    assert_eq!((pressed(Region::Sjaelland).as_str(), pressed(Region::Midtjylland).as_str()), ("false", "true"));
    assert_eq!(document().active_element().and_then(|e| e.get_attribute("data-region")).as_deref(), Some("Midtjylland"), "focus stays");

    press_key(&region_button(Region::Nordjylland), " ");
    press_key(&region_button(Region::Nordjylland), "a");
    leptos::task::tick().await;
    assert_eq!(chosen.get_untracked().last(), Some(&Region::Nordjylland));
    assert_eq!(chosen.get_untracked().len(), 3, "only Enter and Space select");

    assert!(texts(".map-legend li").iter().any(|l| l == "1.500–1.600"));
    assert!(texts(".map-credit")[0].contains("Natural Earth (public domain)"));
    assert_eq!(texts(".map-inset-caption"), ["Bornholm"]);
}
