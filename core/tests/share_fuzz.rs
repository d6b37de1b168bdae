//! Fuzzing of the encodings: token decoding, link decoding and envelope parsing on arbitrary input
//! never panic, and `decode(encode(s))` is the canonical form of `s` for every scenario.
//!
//! Default run: `FUZZ_CASES` = 10,000 cases per property (part of `cargo test`). Heavy run
//! (documented figure in the share report):
//! ```sh
//! FUZZ_CASES=10000000 cargo test --release -p laegedaekning-core --test share_fuzz -- --nocapture
//! ```
//! Each property prints the number of cases it ran.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use laegedaekning_core::levers::{Catalogue, Setting};
use laegedaekning_core::share::checksum::token_check;
use laegedaekning_core::share::envelope::{parse, to_json, SavedScenario};
use laegedaekning_core::share::link::{token_of_link, with_token};
use laegedaekning_core::share::{canonical, decode, decode_link, encode, is_canonical};
use laegedaekning_core::{LeverSetting, Scenario};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::sync::atomic::{AtomicU64, Ordering};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(10_000)
}

/// Runs `test` on `cases()` inputs from `strategy` and prints the count.
fn fuzz<S: Strategy>(name: &str, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    fuzz_cases(name, cases(), strategy, test)
}

/// [`fuzz`] with its own number of cases (for properties whose inputs are expensive to build).
fn fuzz_cases<S: Strategy>(name: &str, cases: u32, strategy: S, test: impl Fn(S::Value) -> Result<(), TestCaseError>)
where
    S::Value: std::fmt::Debug,
{
    let ran = AtomicU64::new(0);
    let config = Config { cases, failure_persistence: None, max_shrink_iters: 2000, ..Config::default() };
    let started = std::time::Instant::now();
    let result = TestRunner::new(config).run(&strategy, |v| {
        ran.fetch_add(1, Ordering::Relaxed);
        test(v)
    });
    println!("{name}: {} cases in {:.1?}", ran.load(Ordering::Relaxed), started.elapsed());
    if let Err(e) = result {
        panic!("{name}: {e}");
    }
}

const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Text mostly from the token alphabet (so it gets past the character check), sometimes anything.
fn token_like_text() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::collection::vec(0..ALPHABET.len(), 0..160).prop_map(|ix| ix.into_iter().map(|i| ALPHABET[i] as char).collect()),
        1 => proptest::collection::vec(any::<char>(), 0..40).prop_map(|cs| cs.into_iter().collect()),
    ]
}

/// Any lever setting, valid or not: known and unknown ids, any f64 (NaN, ±∞, out of range),
/// valid and junk targets, any start year.
fn any_lever() -> impl Strategy<Value = LeverSetting> {
    let ids: Vec<String> = Catalogue::embedded().levers.iter().map(|l| l.id.clone()).chain(["X1".to_string(), String::new(), "p1a".to_string()]).collect();
    let n = ids.len();
    let intensity = prop_oneof![
        4 => (0u32..=5000).prop_map(|k| k as f64 / 100.0),
        3 => 0.0..=1.0f64,
        2 => any::<f64>(),
        1 => Just(0.0),
    ];
    let target = proptest::sample::select(vec![
        "T", "O", "all", "t", "sjaelland", "nordjylland.T", "hovedstaden.o", "MIDTJYLLAND", "", "x", "sjaelland.", "sjaelland.Q", ".T",
    ])
    .prop_map(String::from);
    let start = prop_oneof![2020..=2045i32, any::<i32>()];
    // Per-track intensities on any lever (ignored where the lever has no per-track option).
    let tracks = proptest::option::weighted(0.3, (intensity.clone(), intensity.clone()).prop_map(|(am, hs)| [am, hs]));
    (0..n, intensity, 0..3usize, proptest::option::of(start), proptest::option::of(proptest::collection::vec(target, 0..4)), tracks)
        .prop_map(move |(i, intensity, setting, start_year, targets, tracks)| LeverSetting {
            id: ids[i].clone(),
            intensity,
            targets,
            start_year,
            setting: [Setting::Low, Setting::Central, Setting::High][setting],
            tracks,
        })
}

fn any_scenario() -> impl Strategy<Value = Scenario> {
    prop_oneof![3 => proptest::collection::vec(any_lever(), 0..=8), 1 => proptest::collection::vec(any_lever(), 0..=40)].prop_map(|levers| Scenario { levers })
}

#[test]
fn token_decoding_never_panics_on_any_text() {
    fuzz("token: any text", token_like_text(), |t| {
        if let Ok(d) = decode(&t) {
            prop_assert!(is_canonical(&d.scenario));
        }
        let _ = decode_link(&t);
        let _ = decode_link(&format!("https://x.dk/?a=1&s={t}#f"));
        let url = with_token(&t, "AQIwHuw");
        prop_assert_eq!(token_of_link(&url), "AQIwHuw", "{}", url);
        Ok(())
    });
}

#[test]
fn token_decoding_never_panics_past_the_checksum() {
    // Bodies with a valid check byte reach the entry parser; most start with version 1 or 2.
    let body = (prop_oneof![6 => Just(1u8), 3 => Just(2u8), 1 => any::<u8>()], proptest::collection::vec(any::<u8>(), 0..120));
    fuzz("token: any bytes with a valid check", body, |(version, rest)| {
        let mut bytes = vec![version];
        bytes.extend(rest);
        bytes.push(token_check(&bytes));
        if let Ok(d) = decode(&URL_SAFE_NO_PAD.encode(&bytes)) {
            prop_assert!(is_canonical(&d.scenario));
            let again = decode(&encode(&d.scenario)).unwrap();
            prop_assert_eq!(again.scenario, d.scenario);
            prop_assert!(again.warnings.is_empty());
        }
        Ok(())
    });
}

#[test]
fn decode_of_encode_is_the_canonical_form_of_any_scenario() {
    fuzz("token: roundtrip on any scenario", any_scenario(), |s| {
        let c = canonical(&s);
        let token = encode(&s);
        let d = decode(&token).map_err(|e| TestCaseError::fail(format!("{token}: {e}")))?;
        prop_assert_eq!(&d.scenario, &c);
        prop_assert!(d.warnings.is_empty());
        // Hence decode(encode(c)) == c for the canonical c.
        prop_assert_eq!(encode(&c), token.clone());
        // The budget holds for every scenario of up to 6 levers, whatever their options; a lever
        // split by track adds at most two raw f64 (18 bytes = 24 characters).
        if c.levers.len() <= 6 {
            let split = c.levers.iter().filter(|l| l.tracks.is_some()).count();
            prop_assert!(token.len() <= 120 + 24 * split, "{} characters: {}", token.len(), token);
        }
        Ok(())
    });
}

#[test]
fn envelope_parsing_never_panics() {
    let valid = to_json(&SavedScenario {
        id: "mi2k0xz4-0a9z".into(),
        name: "Pakke A".into(),
        notes: "n".into(),
        created: "2026-11-25T09:30:00Z".parse().unwrap(),
        updated: "2026-11-25T09:41:12.345Z".parse().unwrap(),
        scenario: Scenario { levers: vec![LeverSetting::new("P1a", 1.5)] },
    });
    let n = valid.len();
    // Arbitrary text, and the valid envelope with a byte replaced, a span cut out or a cut end.
    let edits = (0..n, 0..n, any::<u8>(), 0..3u8);
    let json_bits: Vec<char> = "{}[]\":,0123456789eE.-+ TZformatidnamescenariolevers".chars().collect();
    let texts = prop_oneof![
        proptest::collection::vec(any::<char>(), 0..40).prop_map(|cs| cs.into_iter().collect::<String>()),
        proptest::collection::vec(proptest::sample::select(json_bits), 0..80).prop_map(|cs| cs.into_iter().collect::<String>()),
        edits.prop_map(move |(a, b, byte, kind)| {
            let mut bytes = valid.clone().into_bytes();
            match kind {
                0 => bytes[a] = byte,
                1 => {
                    bytes.drain(a.min(b)..a.max(b));
                }
                _ => bytes.truncate(a),
            }
            String::from_utf8_lossy(&bytes).into_owned()
        }),
    ];
    fuzz("envelope: any text and damaged envelopes", texts, |t| {
        if let Ok(p) = parse(&t) {
            prop_assert_eq!(parse(&to_json(&p.saved)).unwrap().saved, p.saved);
        }
        Ok(())
    });
}

#[test]
fn comparison_decoding_never_panics_and_roundtrips() {
    use laegedaekning_core::share::comparison::{ComparedScenario, Comparison, decode_comparison, encode_comparison};
    fuzz("comparison: any text", token_like_text(), |t| {
        let _ = decode_comparison(&t);
        Ok(())
    });
    let body = (prop_oneof![9 => Just(1u8), 1 => any::<u8>()], proptest::collection::vec(any::<u8>(), 0..160));
    fuzz("comparison: any bytes with a valid check", body, |(version, rest)| {
        let mut bytes = vec![version];
        bytes.extend(rest);
        bytes.push(token_check(&bytes));
        if let Ok(d) = decode_comparison(&URL_SAFE_NO_PAD.encode(&bytes)) {
            let again = decode_comparison(&encode_comparison(&d.comparison)).unwrap();
            prop_assert_eq!(again.comparison, d.comparison);
        }
        Ok(())
    });
    let comparison = (
        "[a-z0-9]{0,4}",
        proptest::collection::vec(("\\PC{0,20}", any_scenario()), 0..=4),
    );
    fuzz_cases("comparison: roundtrip", (cases() / 10).max(1), comparison, |(area, entries)| {
        let c = Comparison {
            area,
            entries: entries.into_iter().map(|(name, s)| ComparedScenario { name, scenario: canonical(&s) }).collect(),
        };
        let d = decode_comparison(&encode_comparison(&c)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(d.comparison, c);
        prop_assert!(d.warnings.is_empty());
        Ok(())
    });
}
