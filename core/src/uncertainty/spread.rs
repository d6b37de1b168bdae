//! Whether a band samples the ranges or collapses them — the test hook of MODEL.md §6 T17's
//! companion property "with all ranges degenerate the band is the deterministic run".

/// How widely a band samples.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Spread {
    /// Every range of `uncertainty.json` and every lever effect over low…high.
    #[default]
    Full,
    /// Every range degenerate: no baseline quantity is perturbed and every lever keeps its
    /// deterministic setting, so all draws equal the deterministic run (P5 = P50 = P95).
    Collapsed,
}
