//! Number formatting in the reader's language: Danish "5.961.249" and "3,5 %", English "5,961,249"
//! and "3.5%". Pure functions, so they are tested natively.

use crate::i18n::Lang;

/// Separators for `lang`: (thousands, decimal).
fn separators(lang: Lang) -> (char, char) {
    match lang {
        Lang::Da => ('.', ','),
        Lang::En => (',', '.'),
    }
}

/// `value` with exactly `decimals` decimals and grouped thousands (e.g. `1.234,5` in Danish).
/// Non-finite input prints as "–" rather than "NaN" or "inf".
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let (thousands, decimal) = separators(lang);
    let fixed = format!("{:.*}", decimals, value.abs());
    let (int_part, frac_part) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut out = String::with_capacity(fixed.len() + fixed.len() / 3 + 2);
    let negative = value < 0.0 && fixed.bytes().any(|b| b.is_ascii_digit() && b != b'0');
    if negative {
        out.push('−');
    }
    for (i, digit) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(digit);
    }
    if !frac_part.is_empty() {
        out.push(decimal);
        out.push_str(frac_part);
    }
    out
}

/// A change with its sign: "+120", "−130", "0" (a difference that rounds to zero has no sign).
pub fn signed(value: f64, decimals: usize, lang: Lang) -> String {
    let n = number(value, decimals, lang);
    if value > 0.0 && n.bytes().any(|b| b.is_ascii_digit() && b != b'0') { format!("+{n}") } else { n }
}

/// A share (0.035) as a percentage with `decimals` decimals: Danish "3,5 %", English "3.5%".
pub fn percent(share: f64, decimals: usize, lang: Lang) -> String {
    let n = number(share * 100.0, decimals, lang);
    match lang {
        Lang::Da => format!("{n} %"),
        Lang::En => format!("{n}%"),
    }
}

/// How many decimals a data figure deserves: none for whole numbers, otherwise enough to show
/// what the source gave (at most 3), trimmed of trailing zeros.
pub fn natural_decimals(value: f64) -> usize {
    (0..=3)
        .find(|&d| {
            let scale = 10f64.powi(d as i32);
            ((value * scale).round() - value * scale).abs() < 1e-6 * scale.max(1.0)
        })
        .unwrap_or(3)
}

/// A figure's value as written in `lang`, with as many decimals as it has.
pub fn figure_value(value: f64, lang: Lang) -> String {
    number(value, natural_decimals(value), lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_groups_with_dots_and_uses_decimal_comma() {
        assert_eq!(number(5_961_249.0, 0, Lang::Da), "5.961.249");
        assert_eq!(number(1_600.0, 0, Lang::Da), "1.600");
        assert_eq!(number(3.5, 1, Lang::Da), "3,5");
        assert_eq!(number(1234.567, 2, Lang::Da), "1.234,57");
        assert_eq!(number(999.0, 0, Lang::Da), "999");
    }

    #[test]
    fn english_groups_with_commas() {
        assert_eq!(number(5_961_249.0, 0, Lang::En), "5,961,249");
        assert_eq!(number(3.5, 1, Lang::En), "3.5");
    }

    #[test]
    fn percent_follows_each_language_convention() {
        assert_eq!(percent(0.035, 1, Lang::Da), "3,5 %");
        assert_eq!(percent(0.035, 1, Lang::En), "3.5%");
        assert_eq!(percent(0.8, 0, Lang::Da), "80 %");
    }

    #[test]
    fn negatives_use_a_true_minus_and_zero_has_no_sign() {
        assert_eq!(number(-1234.0, 0, Lang::Da), "−1.234");
        assert_eq!(number(-0.0001, 1, Lang::Da), "0,0");
    }

    #[test]
    fn signed_changes_show_plus_and_true_minus() {
        assert_eq!(signed(1234.0, 0, Lang::Da), "+1.234");
        assert_eq!(signed(-130.0, 0, Lang::Da), "−130");
        assert_eq!(signed(0.04, 1, Lang::En), "0.0");
        assert_eq!(signed(f64::NAN, 0, Lang::Da), "–");
    }

    #[test]
    fn non_finite_values_never_print_nan() {
        assert_eq!(number(f64::NAN, 0, Lang::Da), "–");
        assert_eq!(number(f64::INFINITY, 2, Lang::En), "–");
    }

    #[test]
    fn natural_decimals_keep_what_the_source_gave() {
        assert_eq!(natural_decimals(593_135.0), 0);
        assert_eq!(natural_decimals(0.28), 2);
        assert_eq!(natural_decimals(4.8), 1);
        assert_eq!(figure_value(0.163, Lang::Da), "0,163");
        assert_eq!(figure_value(100_000_000.0, Lang::Da), "100.000.000");
    }
}
