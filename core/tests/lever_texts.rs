//! The Danish lever texts (`core/data/levers-da.json`) are complete and faithful: every catalogue
//! lever has a non-empty Danish mechanism, cost formula and evidence text, no translation belongs to an
//! unknown lever, and every number and source tag of the English text is also in the Danish one.

use laegedaekning_core::data::Lang;
use laegedaekning_core::levers::Catalogue;
use laegedaekning_core::levers::texts::{self, DanishCatalogue};
use std::collections::BTreeSet;

/// The numbers in a text, normalised so that "1,600" = "1.600" = "1600" and "0.5" = "0,5": a group of
/// 1–3 digits (not starting with 0) followed by groups of exactly three digits is a thousands-separated
/// integer; any other separator is a decimal mark.
fn numbers(text: &str) -> BTreeSet<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = BTreeSet::new();
    let mut i = 0;
    while i < chars.len() {
        if !chars[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let mut groups = vec![String::new()];
        while i < chars.len() {
            let c = chars[i];
            if c.is_ascii_digit() {
                groups.last_mut().unwrap().push(c);
                i += 1;
            } else if (c == '.' || c == ',') && chars.get(i + 1).is_some_and(char::is_ascii_digit) {
                groups.push(String::new());
                i += 1;
            } else {
                break;
            }
        }
        let first = &groups[0];
        let thousands = groups.len() > 1
            && first.len() <= 3
            && !first.starts_with('0')
            && groups[1..].iter().all(|g| g.len() == 3);
        out.insert(if thousands { groups.concat() } else { groups.join(".") });
    }
    out
}

/// Source and estimate tags such as `[S-DR]`, `[P16]`, `[E]`, `[D]` (upper-case letters, digits, `-`).
fn tags(text: &str) -> BTreeSet<&str> {
    let mut out = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('[') {
        let Some(len) = rest[start..].find(']') else { break };
        let tag = &rest[start..start + len + 1];
        let inner = &tag[1..tag.len() - 1];
        if !inner.is_empty() && inner.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-') {
            out.insert(tag);
        }
        rest = &rest[start + 1..];
    }
    out
}

#[test]
fn number_normalisation() {
    let set = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(numbers("1,600 and 1.600 patients"), set(&["1600"]));
    assert_eq!(numbers("0.5 or 0,5; 0.963 mio."), set(&["0.5", "0.963"]));
    assert_eq!(numbers("Beta(6,1) ⇒ 0.61/0.86/0.99, 100,000 aged 67+ [P47]."), set(&["6.1", "0.61", "0.86", "0.99", "100000", "67", "47"]));
    assert_eq!(numbers("1.0-1.2 mio., 50-150k"), set(&["1.0", "1.2", "50", "150"]));
    assert_eq!(tags("[S-DR]; x [P16] [E] [E from pay] PartIn[T]"), ["[E]", "[P16]", "[S-DR]", "[T]"].into_iter().collect());
}

#[test]
fn every_lever_has_complete_danish_texts() {
    let catalogue = Catalogue::embedded();
    let danish = DanishCatalogue::embedded();
    assert_eq!(danish.format, 1);
    for id in danish.levers.keys() {
        assert!(catalogue.get(id).is_some(), "levers-da.json has unknown lever id {id}");
    }
    for lever in &catalogue.levers {
        let da = danish.levers.get(&lever.id).unwrap_or_else(|| panic!("{}: no Danish texts", lever.id));
        for (field, text) in [("mechanism", &da.mechanism), ("cost_formula", &da.cost_formula), ("evidence", &da.evidence)] {
            assert!(!text.trim().is_empty(), "{}: Danish {field} is empty", lever.id);
        }
        assert_eq!(texts::mechanism(lever, Lang::Da), da.mechanism);
        assert_eq!(texts::cost_formula(lever, Lang::Da), da.cost_formula);
        assert_eq!(texts::evidence(lever, Lang::Da), da.evidence);
        assert_eq!(texts::mechanism(lever, Lang::En), lever.mechanism);
        assert_eq!(texts::cost_formula(lever, Lang::En), lever.cost.formula);
        assert_eq!(texts::evidence(lever, Lang::En), lever.evidence);
    }
}

#[test]
fn danish_texts_keep_every_number_and_source_tag() {
    let mut problems = Vec::new();
    for lever in &Catalogue::embedded().levers {
        for (field, en, da) in [
            ("mechanism", lever.mechanism.as_str(), texts::mechanism(lever, Lang::Da)),
            ("cost_formula", lever.cost.formula.as_str(), texts::cost_formula(lever, Lang::Da)),
            ("evidence", lever.evidence.as_str(), texts::evidence(lever, Lang::Da)),
        ] {
            let missing: Vec<_> = numbers(en).difference(&numbers(da)).cloned().collect();
            if !missing.is_empty() {
                problems.push(format!("{} {field}: numbers {missing:?} missing in Danish", lever.id));
            }
            let missing: Vec<_> = tags(en).difference(&tags(da)).copied().collect();
            if !missing.is_empty() {
                problems.push(format!("{} {field}: tags {missing:?} missing in Danish", lever.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
