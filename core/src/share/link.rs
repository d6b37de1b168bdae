//! Reading a scenario from what a person pastes: a bare token or a whole share link
//! (`https://…/?lang=da&s=TOKEN#…`). The command-line tool calls [`decode_link`].
//!
//! ```
//! use laegedaekning_core::{LeverSetting, Scenario};
//! use laegedaekning_core::share::{decode_link, encode};
//! let s = Scenario { levers: vec![LeverSetting::new("P3", 5.0)] };
//! let url = format!("https://example.org/lab/?lang=en&s={}&embed=1", encode(&s));
//! assert_eq!(decode_link(&url).unwrap().scenario, s);
//! assert_eq!(decode_link(&encode(&s)).unwrap().scenario, s);
//! // A link without `s` opens the baseline.
//! assert_eq!(decode_link("https://example.org/lab/?lang=en").unwrap().scenario, Scenario::default());
//! // Writing the token into the current address keeps the other parameters and the fragment.
//! let url = laegedaekning_core::share::link::with_token("https://example.org/lab/?lang=en#kpi", "AQIwHuw");
//! assert_eq!(url, "https://example.org/lab/?lang=en&s=AQIwHuw#kpi");
//! ```

use super::token::{decode, DecodedToken};
use super::token_error::TokenError;

/// The name of the query parameter that carries the token.
pub const TOKEN_PARAMETER: &str = "s";

/// The token inside `input`: the value of the `s` query parameter when `input` is a link (has a `?`
/// or a `://`), the empty token for a link without one, else `input` itself (trimmed). The query is
/// looked for before `#` and then, for hash-routed links, after it.
pub fn token_of_link(input: &str) -> &str {
    let input = input.trim();
    if !(input.contains('?') || input.contains("://")) {
        return input;
    }
    let (before_hash, after_hash) = input.split_once('#').unwrap_or((input, ""));
    [before_hash, after_hash]
        .into_iter()
        .filter_map(|part| part.split_once('?').map(|(_, query)| query))
        .flat_map(|query| query.split('&'))
        .find_map(|pair| match pair.split_once('=') {
            Some((key, value)) if key == TOKEN_PARAMETER => Some(value),
            _ => None,
        })
        .unwrap_or("")
}

/// Decodes the scenario of a token or share link (see [`token_of_link`]).
pub fn decode_link(input: &str) -> Result<DecodedToken, TokenError> {
    decode(token_of_link(input))
}

/// `url` with its `s` parameter set to `token` (added, or replaced in place), or removed when `token`
/// is empty (the baseline); other parameters and the fragment are kept. For the app's
/// `history.replaceState` after each edit.
pub fn with_token(url: &str, token: &str) -> String {
    let (rest, fragment) = match url.split_once('#') {
        Some((r, f)) => (r, Some(f)),
        None => (url, None),
    };
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut pairs: Vec<String> = Vec::new();
    let mut placed = false;
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let key = pair.split_once('=').map_or(pair, |(k, _)| k);
        if key != TOKEN_PARAMETER {
            pairs.push(pair.to_string());
        } else if !placed && !token.is_empty() {
            pairs.push(format!("{TOKEN_PARAMETER}={token}"));
            placed = true;
        }
    }
    if !placed && !token.is_empty() {
        pairs.push(format!("{TOKEN_PARAMETER}={token}"));
    }
    let mut out = path.to_string();
    if !pairs.is_empty() {
        out.push('?');
        out.push_str(&pairs.join("&"));
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}
