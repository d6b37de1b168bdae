//! The `postMessage` protocol between the app in an iframe and the page that embeds it (version 1).
//!
//! App → host (posted to `window.parent` with target origin `*`, since a static app cannot know its
//! host; the messages carry nothing private — only the page height and the public share token):
//! ```json
//! { "protocol": "laegedaekning", "version": 1, "type": "height",   "height": 1234 }
//! { "protocol": "laegedaekning", "version": 1, "type": "scenario", "token": "AQ..." }
//! ```
//! Host → app:
//! ```json
//! { "protocol": "laegedaekning", "version": 1, "type": "load-scenario", "token": "AQ..." }
//! ```
//! The app accepts a host message only if it is exactly this shape (unknown fields, other types,
//! other versions, non-strings and tokens over [`MAX_TOKEN_LEN`] are rejected with a reason), and
//! only from the origins listed in the embed URL's `origin` parameter when one is given
//! (`?embed=1&origin=https://intranet.example`), which is how a host restricts who may drive it.

use serde::{Deserialize, Serialize};

pub const PROTOCOL: &str = "laegedaekning";
pub const VERSION: u32 = 1;
/// Longest token a host may send; real tokens are far shorter (≤ 120 characters for 6 levers).
pub const MAX_TOKEN_LEN: usize = 2048;

/// A message the app posts to its host.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum AppMessage {
    Height { height: u32 },
    Scenario { token: String },
}

#[derive(Serialize)]
struct Envelope<'a> {
    protocol: &'static str,
    version: u32,
    #[serde(flatten)]
    message: &'a AppMessage,
}

impl AppMessage {
    /// The JSON text posted to the host.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Envelope { protocol: PROTOCOL, version: VERSION, message: self })
            .unwrap_or_default()
    }
}

/// A message from the host that the app acts on.
#[derive(Clone, Debug, PartialEq)]
pub enum HostMessage {
    LoadScenario { token: String },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IncomingLoad {
    protocol: String,
    version: u32,
    #[serde(rename = "type")]
    kind: String,
    token: String,
}

/// Why a host message was ignored (for the console; never shown as an error to the reader).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejected {
    NotOurs,
    UnsupportedVersion(u32),
    Malformed(String),
    TokenTooLong(usize),
    OriginNotAllowed(String),
}

/// Parses a host message given as JSON text (a host may post a string or an object; the platform
/// layer stringifies objects with `JSON.stringify`).
pub fn parse_host_message(json: &str) -> Result<HostMessage, Rejected> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|_| Rejected::NotOurs)?;
    if value.get("protocol").and_then(|p| p.as_str()) != Some(PROTOCOL) {
        return Err(Rejected::NotOurs);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => return Err(Rejected::UnsupportedVersion(u32::try_from(v).unwrap_or(u32::MAX))),
        None => return Err(Rejected::Malformed("version missing".into())),
    }
    let msg: IncomingLoad = serde_json::from_value(value).map_err(|e| Rejected::Malformed(e.to_string()))?;
    debug_assert!(msg.protocol == PROTOCOL && msg.version == VERSION);
    if msg.kind != "load-scenario" {
        return Err(Rejected::Malformed(format!("unknown type `{}`", msg.kind)));
    }
    if msg.token.len() > MAX_TOKEN_LEN {
        return Err(Rejected::TokenTooLong(msg.token.len()));
    }
    Ok(HostMessage::LoadScenario { token: msg.token })
}

/// Whether a message from `origin` may drive the app, given the origins the embed URL allows
/// (empty: any origin, as the host page chose not to restrict).
pub fn origin_allowed(origin: &str, allowed: &[String]) -> Result<(), Rejected> {
    if allowed.is_empty() || allowed.iter().any(|a| a == origin) {
        Ok(())
    } else {
        Err(Rejected::OriginNotAllowed(origin.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outgoing_messages_carry_protocol_and_version() {
        assert_eq!(
            AppMessage::Height { height: 812 }.to_json(),
            r#"{"protocol":"laegedaekning","version":1,"type":"height","height":812}"#
        );
        assert_eq!(
            AppMessage::Scenario { token: "AQx".into() }.to_json(),
            r#"{"protocol":"laegedaekning","version":1,"type":"scenario","token":"AQx"}"#
        );
    }

    #[test]
    fn a_well_formed_load_is_accepted() {
        let m = parse_host_message(r#"{"protocol":"laegedaekning","version":1,"type":"load-scenario","token":"AQx"}"#);
        assert_eq!(m, Ok(HostMessage::LoadScenario { token: "AQx".into() }));
    }

    #[test]
    fn hostile_or_foreign_messages_are_rejected_with_a_reason() {
        assert_eq!(parse_host_message("not json"), Err(Rejected::NotOurs));
        assert_eq!(parse_host_message(r#"{"type":"load-scenario"}"#), Err(Rejected::NotOurs));
        assert_eq!(
            parse_host_message(r#"{"protocol":"laegedaekning","version":2,"type":"load-scenario","token":"x"}"#),
            Err(Rejected::UnsupportedVersion(2))
        );
        let extra = r#"{"protocol":"laegedaekning","version":1,"type":"load-scenario","token":"x","eval":"alert(1)"}"#;
        assert!(matches!(parse_host_message(extra), Err(Rejected::Malformed(_))));
        let wrong_type = r#"{"protocol":"laegedaekning","version":1,"type":"load-scenario","token":42}"#;
        assert!(matches!(parse_host_message(wrong_type), Err(Rejected::Malformed(_))));
        let unknown = r#"{"protocol":"laegedaekning","version":1,"type":"delete-all","token":"x"}"#;
        assert!(matches!(parse_host_message(unknown), Err(Rejected::Malformed(_))));
        let long = format!(
            r#"{{"protocol":"laegedaekning","version":1,"type":"load-scenario","token":"{}"}}"#,
            "A".repeat(MAX_TOKEN_LEN + 1)
        );
        assert_eq!(parse_host_message(&long), Err(Rejected::TokenTooLong(MAX_TOKEN_LEN + 1)));
    }

    #[test]
    fn origins_are_restricted_only_when_the_embed_url_lists_them() {
        assert!(origin_allowed("https://evil.example", &[]).is_ok());
        let allowed = vec!["https://intranet.example".to_string()];
        assert!(origin_allowed("https://intranet.example", &allowed).is_ok());
        assert!(origin_allowed("https://evil.example", &allowed).is_err());
    }
}
