//! Inputs shared by the benchmarks: the embedded baseline (built once) and the 10-lever example.

use laegedaekning_core::levers::Scenario;
use laegedaekning_core::model::Baseline;
use std::sync::OnceLock;

pub fn baseline() -> &'static Baseline {
    static B: OnceLock<Baseline> = OnceLock::new();
    B.get_or_init(|| Baseline::embedded().unwrap())
}

/// The 10-lever example, parsed once (so that a benchmark of a run does not also time JSON parsing).
pub fn ten_levers() -> &'static Scenario {
    static S: OnceLock<Scenario> = OnceLock::new();
    S.get_or_init(|| serde_json::from_str(include_str!("../../examples/ten-levers.json")).unwrap())
}
