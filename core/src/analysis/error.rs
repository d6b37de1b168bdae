//! Why an analysis (attribution, ranking, portfolio) refused its input: typed errors, never panics.

use crate::levers::ScenarioError;
use std::fmt;

#[derive(Clone, Debug, PartialEq)]
pub enum AnalysisError {
    /// The package itself was refused (unknown lever, non-finite intensity, unknown target).
    Scenario(ScenarioError),
    /// More active levers than coalitions can be numbered (`u64` masks).
    TooManyPlayers { players: usize, max: usize },
    /// A headline metric names a year outside the run.
    YearOutOfRange(i32),
    /// A metric, area or region key that does not exist.
    UnknownMetric(String),
    UnknownArea(String),
    UnknownRegion(String),
    /// A budget that is negative or not a finite number.
    BadBudget(f64),
    /// A candidate lever for the portfolio that is not in the catalogue or is a context lever.
    NotACandidate(String),
}

impl fmt::Display for AnalysisError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnalysisError::Scenario(e) => write!(f, "{e}"),
            AnalysisError::TooManyPlayers { players, max } => {
                write!(f, "{players} active levers: attribution handles at most {max}")
            }
            AnalysisError::YearOutOfRange(y) => write!(f, "year {y} is outside the run (2025…2040)"),
            AnalysisError::UnknownMetric(k) => write!(
                f,
                "unknown metric `{k}` (gap_closed[:AREA], fte[:AREA], flagged, pv_cost, headline:KPI:YEAR[:AREA])"
            ),
            AnalysisError::UnknownArea(k) => write!(
                f,
                "unknown area `{k}` (nation, t, o, ostdanmark, a region key or <region>.t / <region>.o)"
            ),
            AnalysisError::UnknownRegion(k) => write!(
                f,
                "unknown region `{k}` (hovedstaden, sjaelland, syddanmark, midtjylland, nordjylland)"
            ),
            AnalysisError::BadBudget(b) => write!(f, "budget {b} is not a finite number ≥ 0"),
            AnalysisError::NotACandidate(id) => {
                write!(f, "lever `{id}` cannot be bought from the pool (unknown, context or the pool itself)")
            }
        }
    }
}

impl std::error::Error for AnalysisError {}

impl From<ScenarioError> for AnalysisError {
    fn from(e: ScenarioError) -> Self {
        AnalysisError::Scenario(e)
    }
}
