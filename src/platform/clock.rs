//! Time and randomness from the browser: the current time for saved scenarios' timestamps (core's
//! chrono has no clock of its own in the browser) and a nonce for new ids.

use chrono::{DateTime, Utc};

/// Now, from `Date.now()`.
pub fn now_utc() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// A random number for new ids (not for security).
pub fn nonce() -> u64 {
    (js_sys::Math::random() * u64::MAX as f64) as u64
}

/// The reader's offset from UTC in minutes (for showing local times), from `Date.getTimezoneOffset`.
pub fn local_offset_minutes() -> i32 {
    -(js_sys::Date::new_0().get_timezone_offset() as i32)
}
