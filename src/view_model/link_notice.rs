//! What the reader is told when a scenario link could not be opened as it was: the link was
//! unreadable (the baseline opens instead), or parts of it were adjusted (values clamped to a
//! lever's range, levers this version does not know left out). Both languages side by side.

use crate::format;
use crate::i18n::Lang;
use laegedaekning_core::share::DecodeWarning;
use laegedaekning_core::share::token_error::TokenError;

/// The notice for a link that could not be read; the baseline opens instead.
pub fn unreadable(err: &TokenError, lang: Lang) -> String {
    let why = reason(err, lang);
    match lang {
        Lang::Da => format!("Linket til scenariet kunne ikke læses: {why}. Udgangspunktet vises i stedet."),
        Lang::En => format!("The scenario link could not be read: {why}. The baseline is shown instead."),
    }
}

/// Why a link could not be read, as a clause ("it looks cut off").
pub fn reason(err: &TokenError, lang: Lang) -> String {
    match (lang, err) {
        (Lang::Da, TokenError::TooLong { length, .. }) => format!("det er for langt til at være et af vores ({length} tegn)"),
        (Lang::En, TokenError::TooLong { length, .. }) => format!("it is too long to be one of ours ({length} characters)"),
        (Lang::Da, TokenError::InvalidCharacters { position, character }) => {
            format!("det indeholder et tegn, der ikke hører til ({character:?} på plads {})", position + 1)
        }
        (Lang::En, TokenError::InvalidCharacters { position, character }) => {
            format!("it contains a character that does not belong ({character:?} at position {})", position + 1)
        }
        (Lang::Da, TokenError::Truncated) => "det ser afkortet ud".to_string(),
        (Lang::En, TokenError::Truncated) => "it looks cut off".to_string(),
        (Lang::Da, TokenError::UnsupportedVersion { found, newest }) if found > newest => {
            "det er lavet af en nyere version af appen; genindlæs siden for at opdatere".to_string()
        }
        (Lang::En, TokenError::UnsupportedVersion { found, newest }) if found > newest => {
            "it was made by a newer version of the app; reload the page to update".to_string()
        }
        (Lang::Da, TokenError::UnsupportedVersion { found, .. }) => format!("formatversion {found} findes ikke"),
        (Lang::En, TokenError::UnsupportedVersion { found, .. }) => format!("format version {found} does not exist"),
        (Lang::Da, TokenError::Tampered | TokenError::Corrupt(_)) => "det er beskadiget: et tegn er ændret, tilføjet eller fjernet".to_string(),
        (Lang::En, TokenError::Tampered | TokenError::Corrupt(_)) => "it is damaged: a character was changed, added or removed".to_string(),
    }
}

/// One sentence per adjustment made while opening a link.
pub fn adjusted(warnings: &[DecodeWarning], lang: Lang) -> Vec<String> {
    warnings
        .iter()
        .map(|w| match (lang, w) {
            (Lang::Da, DecodeWarning::UnknownLever { .. }) => {
                "Linket indeholder et tiltag, som denne version af appen ikke kender; det er udeladt.".to_string()
            }
            (Lang::En, DecodeWarning::UnknownLever { .. }) => {
                "The link contains a measure this version of the app does not know; it was left out.".to_string()
            }
            (_, DecodeWarning::IntensityClamped { lever, found, clamped }) => {
                let (f, c) = (format::figure_value(*found, lang), format::figure_value(*clamped, lang));
                match lang {
                    Lang::Da => format!("{lever}: værdien {f} ligger uden for tiltagets interval og er sat til {c}."),
                    Lang::En => format!("{lever}: the value {f} is outside the measure's range and was set to {c}."),
                }
            }
            (Lang::Da, DecodeWarning::StartYearClamped { lever, found, clamped }) => {
                format!("{lever}: startåret {found} ligger uden for 2025–2040 og er sat til {clamped}.")
            }
            (Lang::En, DecodeWarning::StartYearClamped { lever, found, clamped }) => {
                format!("{lever}: the start year {found} is outside 2025–2040 and was set to {clamped}.")
            }
            (Lang::Da, DecodeWarning::TracksIgnored { lever }) => {
                format!("{lever}: tiltaget kan ikke fordeles på speciale; fordelingen er udeladt.")
            }
            (Lang::En, DecodeWarning::TracksIgnored { lever }) => {
                format!("{lever}: the measure cannot be split by track; the split was left out.")
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use laegedaekning_core::share::token::decode;

    #[test]
    fn a_mangled_link_says_what_was_wrong_in_both_languages() {
        let err = decode("not a token!").unwrap_err();
        let da = unreadable(&err, Lang::Da);
        assert!(da.starts_with("Linket til scenariet kunne ikke læses: det indeholder et tegn"), "{da}");
        assert!(da.ends_with("Udgangspunktet vises i stedet."));
        let en = unreadable(&decode("AQ").unwrap_err(), Lang::En);
        assert!(en.contains("baseline"), "{en}");
    }

    #[test]
    fn adjustments_are_explained() {
        let w = [DecodeWarning::IntensityClamped { lever: "P7".into(), found: 99.5, clamped: 30.0 }];
        assert_eq!(adjusted(&w, Lang::Da), vec!["P7: værdien 99,5 ligger uden for tiltagets interval og er sat til 30.".to_string()]);
        let w = [DecodeWarning::TracksIgnored { lever: "P1a".into() }];
        assert!(adjusted(&w, Lang::En)[0].contains("cannot be split by track"));
    }
}
