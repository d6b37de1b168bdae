//! Golden Monte Carlo band for the cross-platform check: the 10-lever example (as a share token),
//! seed 42, 250 draws (one Latin-hypercube batch), threatened areas. Every quantile and standard
//! error is stored as its IEEE-754 bit pattern (`"0x…"`) in
//! `tests/golden/band-ten-levers-seed42-n250-threatened.json`, and this test regenerates the band
//! natively and compares bit-for-bit; the wasm build is checked against the same file.
//!
//! Regenerate after an intended change with:
//! `UPDATE_GOLDEN=1 cargo test -p laegedaekning-core --test band_golden`

use laegedaekning_core::levers::Scenario;
use laegedaekning_core::model::{Area, Baseline};
use laegedaekning_core::share::{decode_link, encode};
use laegedaekning_core::uncertainty::BandJob;
use laegedaekning_core::uncertainty::export::bands_bits_json;
use serde_json::{Value, json};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/band-ten-levers-seed42-n250-threatened.json");

fn golden_document(token: &str) -> Value {
    let scenario = decode_link(token).expect("token decodes").scenario;
    let (resolved, _) = scenario.resolve().expect("scenario resolves");
    let b = Baseline::embedded().unwrap();
    let mut job = BandJob::new(&b, &resolved, 42, Area::Threatened).unwrap();
    assert_eq!(job.advance(250), 250);
    json!({
        "what": "Monte Carlo bands (uncertainty::BandJob), values as f64::to_bits in hex",
        "token": token,
        "seed": 42,
        "draws": 250,
        "area": "threatened",
        "bands": bands_bits_json(&job.bands()),
    })
}

#[test]
fn ten_lever_band_matches_the_golden_file_bit_for_bit() {
    let example: Scenario = serde_json::from_str(include_str!("../examples/ten-levers.json")).unwrap();
    let token = encode(&example);
    let doc = golden_document(&token);
    if std::env::var("UPDATE_GOLDEN").is_ok() {
        std::fs::write(PATH, serde_json::to_string_pretty(&doc).unwrap() + "\n").unwrap();
        println!("wrote {PATH}");
        return;
    }
    let golden: Value = serde_json::from_str(&std::fs::read_to_string(PATH).expect("golden file exists (UPDATE_GOLDEN=1 creates it)")).unwrap();
    assert_eq!(golden["token"], doc["token"], "the example's token changed");
    for (headline, band) in doc["bands"].as_object().unwrap() {
        for q in ["p5", "p25", "p50", "p75", "p95"] {
            assert_eq!(band[q], golden["bands"][headline][q], "{headline} {q}");
            assert_eq!(band["se"][q], golden["bands"][headline]["se"][q], "{headline} se {q}");
        }
    }
    assert_eq!(doc, golden);
}
