//! The year (or period) of a data figure in the reader's language. The data files write it in English
//! ("c. 2020", "Oct 2022", "Q4 2023", "pilot period"); a Danish screen must not show those words, so the
//! few word tokens the files use are translated here and digits, ranges and punctuation pass through.

use crate::i18n::Lang;

/// English tokens of the data files' `year` fields and their Danish forms (longest first, so that
/// "pilot period" wins over a shorter match).
const DANISH: [(&str, &str); 9] = [
    ("pilot period", "pilotperioden"),
    ("unknown", "ukendt"),
    ("c. end", "ca. ultimo"),
    ("c.", "ca."),
    ("end", "ultimo"),
    ("Jan", "jan."),
    ("Apr", "apr."),
    ("Oct", "okt."),
    ("Q4", "4. kvt."),
];

/// `raw` as shown in `lang` (unchanged in English).
pub fn figure_year(raw: &str, lang: Lang) -> String {
    match lang {
        Lang::En => raw.to_string(),
        Lang::Da => {
            let mut out = String::with_capacity(raw.len() + 8);
            let mut rest = raw;
            'scan: while !rest.is_empty() {
                for (en, da) in DANISH {
                    if rest.starts_with(en) && word_ends(&rest[en.len()..], en) {
                        out.push_str(da);
                        rest = &rest[en.len()..];
                        continue 'scan;
                    }
                }
                let ch = rest.chars().next().unwrap_or(' ');
                out.push(ch);
                rest = &rest[ch.len_utf8()..];
            }
            out
        }
    }
}

/// Whether a token ends at a word boundary (a token ending in "." always does).
fn word_ends(after: &str, token: &str) -> bool {
    token.ends_with('.') || !after.chars().next().is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;
    use laegedaekning_core::data::Dataset;

    #[test]
    fn known_forms_read_danish() {
        let da = |s| figure_year(s, Lang::Da);
        assert_eq!(da("c. 2019-2024"), "ca. 2019-2024");
        assert_eq!(da("c. end 2019"), "ca. ultimo 2019");
        assert_eq!(da("Jan 2022-Apr 2025"), "jan. 2022-apr. 2025");
        assert_eq!(da("Oct 2022"), "okt. 2022");
        assert_eq!(da("Q4 2023"), "4. kvt. 2023");
        assert_eq!(da("pilot period"), "pilotperioden");
        assert_eq!(da("unknown (c. 2022-24)"), "ukendt (ca. 2022-24)");
        assert_eq!(da("2025"), "2025");
        assert_eq!(figure_year("c. end 2019", Lang::En), "c. end 2019");
    }

    /// Every `year` of the embedded data, in Danish, is digits, punctuation and Danish words only.
    #[test]
    fn every_figure_year_of_the_data_reads_danish() {
        const DANISH_WORDS: [&str; 8] = ["ca", "ultimo", "jan", "apr", "okt", "kvt", "pilotperioden", "ukendt"];
        let data = Dataset::embedded().expect("embedded data");
        let years: Vec<&str> = data.figures.iter().map(|f| f.year.as_str()).collect();
        assert!(years.len() > 100, "the data's figures were found");
        for year in years {
            let da = figure_year(year, Lang::Da);
            for word in da.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
                assert!(DANISH_WORDS.contains(&word), "{year:?} → {da:?}: {word:?} is not Danish");
            }
        }
    }
}
