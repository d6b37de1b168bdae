//! Bands as text, with every f64 written exactly so that another build (the wasm app) can be
//! checked against them bit-for-bit: CSV with Rust's shortest round-trip formatting (`{:?}`), JSON
//! numbers (serde_json's shortest round-trip output), and a JSON of IEEE bit patterns (`to_bits`
//! in hex) for golden files — exact even for NaN and without trusting any decimal parser.

use super::band::Band;
use serde_json::{Map, Value, json};

const NAMES: [&str; 5] = ["p5", "p25", "p50", "p75", "p95"];

/// `headline,year,p5,p25,p50,p75,p95` rows.
pub fn bands_csv(bands: &[Band]) -> String {
    let mut out = String::from("headline,year,p5,p25,p50,p75,p95\n");
    for b in bands {
        for (t, year) in b.years.iter().enumerate() {
            let q = b.quantiles();
            out.push_str(&format!(
                "{},{},{:?},{:?},{:?},{:?},{:?}\n",
                b.headline.key(), year, q[0][t], q[1][t], q[2][t], q[3][t], q[4][t]
            ));
        }
    }
    out
}

/// `{headline key: {years, p5…p95, se: {p5…p95}}}`, with `value(x)` writing each number.
fn bands_object(bands: &[Band], value: impl Fn(f64) -> Value) -> Value {
    let series = |v: &[f64]| Value::Array(v.iter().map(|&x| value(x)).collect());
    let mut out = Map::new();
    for b in bands {
        let mut m = Map::new();
        m.insert("years".into(), json!(b.years));
        let mut se = Map::new();
        for (i, name) in NAMES.iter().enumerate() {
            m.insert((*name).into(), series(b.quantiles()[i]));
            se.insert((*name).into(), series(&b.se[i]));
        }
        m.insert("se".into(), Value::Object(se));
        m.insert("draws".into(), json!(b.draws));
        out.insert(b.headline.key().into(), Value::Object(m));
    }
    Value::Object(out)
}

/// Bands as JSON numbers (NaN becomes null).
pub fn bands_json(bands: &[Band]) -> Value {
    bands_object(bands, |x| json!(x))
}

/// Bands as IEEE-754 bit patterns, `"0x…"` (16 hex digits) per value.
pub fn bands_bits_json(bands: &[Band]) -> Value {
    bands_object(bands, |x| Value::String(format!("{:#018x}", x.to_bits())))
}
