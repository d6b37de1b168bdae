//! Pure view models: what a screen shows, computed from core data without touching the DOM, so it
//! is unit-tested natively. Components only render these.

pub mod data_table;
pub mod line_chart_text;
pub mod region_map;
