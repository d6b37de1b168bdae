//! Share token: lengths against the budget, roundtrip, clamping and unknown levers, typed errors, and
//! that every single-character change of a token is detected.

use laegedaekning_core::levers::{Catalogue, Setting};
use laegedaekning_core::share::bytes::ByteWriter;
use laegedaekning_core::share::checksum::token_check;
use laegedaekning_core::share::code_table::{code_of, LEVER_CODES};
use laegedaekning_core::share::token_v1::{write_entry, EntryV1};
use laegedaekning_core::share::link::with_token;
use laegedaekning_core::share::{canonical, decode, decode_link, encode, DecodeWarning, TokenError};
use laegedaekning_core::{LeverSetting, Scenario};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

fn lever(id: &str, intensity: f64) -> LeverSetting {
    LeverSetting::new(id, intensity)
}

/// A token from raw v1 entries (as a newer or hand-made encoder would write them).
fn raw_token(entries: &[EntryV1]) -> String {
    let mut w = ByteWriter::default();
    w.byte(1);
    for e in entries {
        write_entry(&mut w, e);
    }
    let crc = token_check(&w.bytes);
    w.byte(crc);
    URL_SAFE_NO_PAD.encode(&w.bytes)
}

/// Six levers at typical slider values, and the same six with every option set and awkward values.
fn six_typical() -> Scenario {
    Scenario {
        levers: vec![lever("D0", 0.2), lever("P1a", 1.5), lever("P3", 10.0), lever("P9", 12.0), lever("M4", 3.8), lever("H5", 250.0)],
    }
}

fn six_worst() -> Scenario {
    let mut s = six_typical();
    for (i, l) in s.levers.iter_mut().enumerate() {
        l.intensity = l.intensity * 0.987_654_321 + 1e-9 * i as f64; // not a short decimal: stored as raw f64
        l.setting = Setting::High;
        l.start_year = Some(2031);
        l.targets = Some(vec!["sjaelland.T".into(), "nordjylland".into()]);
    }
    s
}

fn all_levers() -> Scenario {
    Scenario { levers: Catalogue::embedded().levers.iter().map(|l| lever(&l.id, l.intensity.reference.min(l.intensity.max))).collect() }
}

fn all_levers_every_option() -> Scenario {
    let levers = Catalogue::embedded()
        .levers
        .iter()
        .enumerate()
        .map(|(i, l)| LeverSetting {
            id: l.id.clone(),
            intensity: l.intensity.max,
            targets: Some(vec![["sjaelland", "nordjylland.T", "hovedstaden.O"][i % 3].to_string()]),
            start_year: Some(2026 + (i as i32 % 15)),
            setting: [Setting::Low, Setting::High][i % 2],
            tracks: None,
        })
        .collect();
    Scenario { levers }
}

#[test]
fn token_lengths_fit_the_budget() {
    let one = Scenario { levers: vec![lever("P1a", 1.5)] };
    let rows = [
        ("baseline", Scenario::default()),
        ("1 lever", one),
        ("6 levers, typical", six_typical()),
        ("6 levers, every option, raw f64", six_worst()),
        ("all levers at reference", all_levers()),
        ("all levers at max, every option", all_levers_every_option()),
    ];
    println!("token lengths (characters):");
    for (name, s) in &rows {
        let t = encode(s);
        println!("  {name:<34} {:>4}  {t}", t.len());
        assert_eq!(decode(&t).unwrap().scenario, canonical(s));
    }
    assert_eq!(encode(&rows[0].1), "");
    assert!(encode(&six_typical()).len() <= 120);
    assert!(encode(&six_worst()).len() <= 120, "even raw f64 intensities with all options fit");
}

#[test]
fn roundtrip_keeps_every_option() {
    let s = canonical(&six_worst());
    assert_eq!(s.levers.len(), 6);
    let d = decode(&encode(&s)).unwrap();
    assert_eq!(d.scenario, s);
    assert!(d.warnings.is_empty());
    assert_eq!(d.version, 1);
}

#[test]
fn the_empty_token_and_whitespace_are_the_baseline() {
    assert_eq!(decode("").unwrap().scenario, Scenario::default());
    assert_eq!(decode("  \n").unwrap().scenario, Scenario::default());
}

#[test]
fn out_of_range_values_are_clamped_and_reported() {
    let code = code_of("P1a").unwrap();
    let t = raw_token(&[EntryV1 { code, intensity: 7.5, setting: Setting::Low, start_offset: Some(40), targets: None }]);
    let d = decode(&t).unwrap();
    let mut expected = lever("P1a", 3.0);
    expected.setting = Setting::Low;
    expected.start_year = Some(2040);
    assert_eq!(d.scenario.levers, vec![expected]);
    assert_eq!(
        d.warnings,
        vec![
            DecodeWarning::IntensityClamped { lever: "P1a".into(), found: 7.5, clamped: 3.0 },
            DecodeWarning::StartYearClamped { lever: "P1a".into(), found: 2065, clamped: 2040 },
        ]
    );
}

#[test]
fn unknown_lever_codes_are_skipped_and_reported() {
    let newer = LEVER_CODES.last().unwrap().0 + 7;
    let known = EntryV1 { code: code_of("P9").unwrap(), intensity: 5.0, setting: Setting::Central, start_offset: None, targets: None };
    let unknown = EntryV1 { code: newer, intensity: 1.0, setting: Setting::High, start_offset: Some(3), targets: Some(3) };
    let d = decode(&raw_token(&[unknown, known])).unwrap();
    assert_eq!(d.scenario.levers, vec![lever("P9", 5.0)]);
    assert_eq!(d.warnings, vec![DecodeWarning::UnknownLever { code: newer }]);
    println!("{}", d.warnings[0]);
}

#[test]
fn bad_text_gives_typed_errors() {
    let good = encode(&six_typical());
    assert!(matches!(decode("abc+def"), Err(TokenError::InvalidCharacters { position: 3, character: '+' })));
    assert!(matches!(decode(&format!("{good}=")), Err(TokenError::InvalidCharacters { .. })));
    assert!(matches!(decode("ø"), Err(TokenError::InvalidCharacters { position: 0, .. })));
    assert_eq!(decode("A"), Err(TokenError::Truncated));
    assert_eq!(decode("AQ"), Err(TokenError::Truncated));
    assert_eq!(decode(&"A".repeat(5000)), Err(TokenError::TooLong { length: 5000, max: 2048 }));
    // A future version with a valid checksum.
    let future = URL_SAFE_NO_PAD.encode([9, 1, 0, 5, token_check(&[9, 1, 0, 5])]);
    assert_eq!(decode(&future), Err(TokenError::UnsupportedVersion { found: 9, newest: 2 }));
    let zero = URL_SAFE_NO_PAD.encode([0, token_check(&[0])]);
    assert_eq!(decode(&zero), Err(TokenError::UnsupportedVersion { found: 0, newest: 2 }));
    // Checksum fine, content cut inside an entry.
    let cut = URL_SAFE_NO_PAD.encode([1, 2, token_check(&[1, 2])]);
    assert_eq!(decode(&cut), Err(TokenError::Truncated));
    // Checksum fine, invalid setting bits.
    let bad = URL_SAFE_NO_PAD.encode([1, 2, 3, 1, token_check(&[1, 2, 3, 1])]);
    assert!(matches!(decode(&bad), Err(TokenError::Corrupt(_))));
    // Dropping characters.
    for n in 1..good.len() {
        assert!(decode(&good[..n]).is_err(), "prefix {n} of {good}");
    }
    for e in [
        TokenError::Truncated,
        TokenError::Tampered,
        TokenError::UnsupportedVersion { found: 9, newest: 1 },
        TokenError::InvalidCharacters { position: 3, character: '+' },
    ] {
        let m = e.to_string();
        assert!(!m.contains('\n') && m.ends_with('.'), "{m}");
        println!("{m}");
    }
}

#[test]
fn every_single_character_change_is_detected() {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for s in [six_typical(), six_worst(), all_levers()] {
        let token = encode(&s);
        for (i, original) in token.char_indices() {
            for c in ALPHABET.chars().filter(|c| *c != original) {
                let mut t = token.clone();
                t.replace_range(i..i + 1, c.encode_utf8(&mut [0; 4]));
                assert!(decode(&t).is_err(), "changing position {i} of {token} to {c} was not detected");
            }
        }
    }
}

#[test]
fn links_carry_the_token_among_other_parameters() {
    let s = canonical(&six_typical());
    let t = encode(&s);
    for link in [
        format!("https://x.dk/lab/?s={t}"),
        format!("https://x.dk/lab/?lang=da&s={t}&embed=1#kpi"),
        format!("https://x.dk/lab/#/compare?s={t}"),
        format!("  {t}\n"),
    ] {
        assert_eq!(decode_link(&link).unwrap().scenario, s, "{link}");
    }
    assert_eq!(decode_link("https://x.dk/lab/").unwrap().scenario, Scenario::default());
    assert!(decode_link("https://x.dk/?s=%%%").is_err());
}

/// The measurement behind the hand-written v1 layout: the same scenarios as postcard + base64url
/// (what the issue suggested), once of the `Scenario` itself and once of a compact serde mirror
/// (lever code, f32 intensity, optional start offset and cell mask, setting byte).
#[test]
fn v1_is_shorter_than_postcard() {
    /// (lever code, intensity, start offset, cell mask, setting)
    type CompactLever = (u8, f32, Option<u8>, Option<u16>, u8);
    #[derive(serde::Serialize)]
    struct Compact {
        version: u8,
        levers: Vec<CompactLever>,
    }
    let compact = |s: &Scenario| {
        let c = canonical(s);
        let levers = c
            .levers
            .iter()
            .map(|l| (code_of(&l.id).unwrap() as u8, l.intensity as f32, l.start_year.map(|y| (y - 2025) as u8), None, l.setting as u8))
            .collect();
        URL_SAFE_NO_PAD.encode(postcard::to_allocvec(&Compact { version: 1, levers }).unwrap()).len()
    };
    let plain = |s: &Scenario| URL_SAFE_NO_PAD.encode(postcard::to_allocvec(&canonical(s)).unwrap()).len() + 2;
    println!("{:<22} {:>6} {:>16} {:>18}", "characters", "v1", "postcard+compact", "postcard+Scenario");
    for (name, s) in [("1 lever", Scenario { levers: vec![lever("P1a", 1.5)] }), ("6 levers, typical", six_typical()), ("all levers", all_levers())] {
        let v1 = encode(&s).len();
        println!("{name:<22} {v1:>6} {:>16} {:>18}", compact(&s), plain(&s));
        assert!(v1 < compact(&s) && v1 < plain(&s));
    }
}

#[test]
fn the_token_is_written_into_an_address_keeping_everything_else() {
    let t = encode(&six_typical());
    assert_eq!(with_token("https://x.dk/lab/", &t), format!("https://x.dk/lab/?s={t}"));
    assert_eq!(with_token("https://x.dk/lab/?s=OLD&lang=da#kpi", &t), format!("https://x.dk/lab/?s={t}&lang=da#kpi"));
    assert_eq!(with_token("https://x.dk/lab/?lang=da&s=OLD&s=DUP", &t), format!("https://x.dk/lab/?lang=da&s={t}"));
    assert_eq!(with_token("https://x.dk/lab/?lang=da&s=OLD#kpi", ""), "https://x.dk/lab/?lang=da#kpi");
    assert_eq!(with_token("https://x.dk/lab/?s=OLD", ""), "https://x.dk/lab/");
    assert_eq!(with_token("/lab/?ss=1&embed", &t), format!("/lab/?ss=1&embed&s={t}"));
    let url = with_token("https://x.dk/lab/?lang=en&embed=1", &t);
    assert_eq!(decode_link(&url).unwrap().scenario, canonical(&six_typical()));
}
