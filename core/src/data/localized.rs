//! A text given in both of the app's languages (Danish first, English second).

use serde::{Deserialize, Serialize};

/// The two languages every user-visible text exists in. Danish is the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Da,
    En,
}

/// A text in Danish and English; both are required, so no screen ever mixes languages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub da: String,
    pub en: String,
}

impl Localized {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::En => &self.en,
        }
    }

    /// True when either language is missing (empty or whitespace only).
    pub fn is_incomplete(&self) -> bool {
        self.da.trim().is_empty() || self.en.trim().is_empty()
    }
}
