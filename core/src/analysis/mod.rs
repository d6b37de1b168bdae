//! The policy comparator's analyses on top of the model (MODEL.md §4.2–§4.5): attribution of a
//! package's effect to its levers (one-at-a-time, leave-one-out, Shapley values, interactions), the
//! value-for-money ranking of single levers with its robustness across effect settings, and the
//! greedy budget-pool portfolio (H5) with its efficient frontier.
//!
//! Every heavy computation is a *progressive job*: `new` (one reference run), then `advance(&baseline,
//! max_runs)` as often as the caller likes — the browser app spends a few runs per animation frame —
//! until `result()` is `Some`. Decisions are documented in `core/MODEL-DECISIONS.md` ("Analyses").

pub mod area_key;
pub mod attribution;
pub mod error;
pub mod lever_value;
mod evaluator;
pub mod frontier;
pub mod job;
pub mod metric;
pub mod package;
pub mod ranking;
pub mod permutation_sampler;
pub mod portfolio;
pub mod portfolio_result;
pub mod rng;
pub mod subset_game;
pub mod text;

pub use attribution::{Attribution, AttributionJob, AttributionOptions, ShapleyMethod};
pub use error::AnalysisError;
pub use job::{Job, Progress};
pub use metric::Metric;
pub use package::Player;
pub use frontier::{FrontierPoint, SingleLever};
pub use portfolio::{Portfolio, PortfolioJob, PortfolioOptions, StopReason};
pub use lever_value::{GAIN_TOLERANCE, GainClass, LeverValue};
pub use ranking::{RankedLever, Ranking, RankingJob};
