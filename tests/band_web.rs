//! The Monte Carlo band computed in the browser (wasm32) equals the band the native CLI and core
//! tests compute, bit for bit: core routes every transcendental function through `libm`, so the
//! percentiles a reader sees can be reproduced exactly from the share token and the seed
//! (`laegedaekning-cli band --token … --seed 42 --draws 250 --area threatened --json`).

use laegedaekning_core::model::{Area, Baseline};
use laegedaekning_core::share::decode_link;
use laegedaekning_core::uncertainty::BandJob;
use laegedaekning_core::uncertainty::export::bands_bits_json;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_band_in_the_browser_matches_the_native_golden_file_bit_for_bit() {
    let golden: serde_json::Value =
        serde_json::from_str(include_str!("../core/tests/golden/band-ten-levers-seed42-n250-threatened.json")).unwrap();
    let token = golden["token"].as_str().unwrap();
    let (resolved, _) = decode_link(token).unwrap().scenario.resolve().unwrap();
    let b = Baseline::embedded().unwrap();
    let mut job = BandJob::new(&b, &resolved, golden["seed"].as_u64().unwrap(), Area::Threatened).unwrap();
    assert_eq!(job.advance(250), 250);
    let here = bands_bits_json(&job.bands());
    for (headline, band) in golden["bands"].as_object().unwrap() {
        for q in ["p5", "p25", "p50", "p75", "p95"] {
            assert_eq!(here[headline][q], band[q], "{headline} {q}");
        }
    }
    assert_eq!(here, golden["bands"]);
}
