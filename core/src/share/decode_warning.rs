//! What decoding a share token changed or left out — reported, never fatal. The messages mirror the
//! warnings of [`crate::levers::Scenario::resolve`] (clamp and report), so a link behaves like the
//! same scenario typed in by hand.

use std::fmt;

/// One change made while decoding a token.
#[derive(Clone, Debug, PartialEq)]
pub enum DecodeWarning {
    /// A lever code this app does not know (added by a newer app) or whose lever the catalogue no
    /// longer has; the lever was left out, the rest of the scenario kept.
    UnknownLever { code: u32 },
    /// The intensity was outside the lever's range and was clamped.
    IntensityClamped { lever: String, found: f64, clamped: f64 },
    /// The start year was outside 2025…2040 and was clamped.
    StartYearClamped { lever: String, found: i64, clamped: i32 },
    /// The lever has no per-track option (see [`crate::levers::tracks`]); its per-track intensities
    /// were left out and the lever kept at its intensity.
    TracksIgnored { lever: String },
}

impl fmt::Display for DecodeWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeWarning::UnknownLever { code } => write!(
                f,
                "The link contains a lever this version of the app does not know (code {code}); it was left out."
            ),
            DecodeWarning::IntensityClamped { lever, found, clamped } => write!(
                f,
                "lever `{lever}`: intensity {found} is outside the lever's range and was clamped to {clamped}"
            ),
            DecodeWarning::StartYearClamped { lever, found, clamped } => {
                write!(f, "lever `{lever}`: start year {found} is outside 2025…2040 and was clamped to {clamped}")
            }
            DecodeWarning::TracksIgnored { lever } => {
                write!(f, "lever `{lever}`: per-track intensities apply only to D0 and were left out")
            }
        }
    }
}
