//! Words and numbers of the analysis view: a lever's display name ("P9 Flere ydernumre …"), values in
//! the metric's unit, ratios in mio. kr. and the rank triple "2 / 1 / 4".

use crate::format;
use crate::i18n::Lang;
use laegedaekning_core::analysis::LeverValue;
use laegedaekning_core::levers::Catalogue;

/// "ID name" for a lever id (the id alone when the catalogue does not know it). Labels of levers
/// that appear twice in a package ("P9 [nordjylland.t]") keep their bracket.
pub fn lever_label(label: &str, lang: Lang) -> String {
    let id = label.split_whitespace().next().unwrap_or(label);
    let rest = label.strip_prefix(id).unwrap_or("").trim();
    match Catalogue::embedded().get(id) {
        Some((_, lever)) if rest.is_empty() => format!("{id} {}", lever.name.get(lang)),
        Some((_, lever)) => format!("{id} {} {rest}", lever.name.get(lang)),
        None => label.to_string(),
    }
}

/// A DKK-per-FTE-year ratio in mio. kr. with two decimals, or "–".
pub fn ratio_mio(v: Option<f64>, lang: Lang) -> String {
    v.map_or_else(|| "–".to_string(), |x| format::number(x / 1e6, 2, lang))
}

/// The ranks at low / central / high ("2 / 1 / 4"; "–" where the lever has no gain).
pub fn rank_triple(values: &[LeverValue; 3]) -> String {
    values.iter().map(|v| v.rank.map_or("–".to_string(), |r| r.to_string())).collect::<Vec<_>>().join(" / ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_carry_the_catalogue_name_in_the_language() {
        assert!(lever_label("P9", Lang::Da).starts_with("P9 "));
        assert_ne!(lever_label("P9", Lang::Da), lever_label("P9", Lang::En));
        assert!(lever_label("P9 [nordjylland.t]", Lang::En).ends_with("[nordjylland.t]"));
        assert_eq!(lever_label("X1", Lang::Da), "X1");
        assert_eq!(ratio_mio(Some(4_700_000.0), Lang::Da), "4,70");
        assert_eq!(ratio_mio(None, Lang::Da), "–");
    }
}
