//! Inputs and outputs of the budget-pool portfolio ([`super::portfolio::PortfolioJob`]): the options
//! (budget, region, candidate levers, step cap), why the greedy stopped, and the result with its
//! frontier, chosen package and single levers placed against the frontier.

use super::frontier::{FrontierPoint, SingleLever};
use super::metric::Metric;
use crate::levers::Scenario;
use serde::Serialize;

/// What to optimise.
#[derive(Clone, Debug, PartialEq)]
pub struct PortfolioOptions {
    /// B: the pool in mio. DKK per year.
    pub budget_mio_dkk_per_year: f64,
    /// Region key (`sjaelland`) or `None` for the nation.
    pub region: Option<String>,
    /// Lever ids to choose from; `None` = every eligible lever.
    pub candidates: Option<Vec<String>>,
    pub include_unpriced: bool,
    pub max_steps: usize,
}

impl PortfolioOptions {
    pub fn national(budget_mio_dkk_per_year: f64) -> Self {
        PortfolioOptions { budget_mio_dkk_per_year, region: None, candidates: None, include_unpriced: false, max_steps: 100 }
    }
}

/// Why the greedy stopped.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum StopReason {
    /// The next step (`lever`) would spend `max_yearly_spend` DKK in some year, more than the budget.
    BudgetBinds { lever: String, max_yearly_spend: f64 },
    /// No increment closes gap any more.
    NoGain,
    /// Every candidate is at its maximum intensity.
    AllAtMax,
    StepCap,
}

/// The result: frontier, chosen package and the single levers placed against the frontier.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Portfolio {
    pub budget_dkk_per_year: f64,
    pub region: Option<String>,
    pub metric: Metric,
    pub frontier: Vec<FrontierPoint>,
    /// The chosen package, ready to open in the lab.
    pub package: Scenario,
    pub max_yearly_spend: f64,
    /// Budget minus the package's largest yearly spend (DKK per year).
    pub leftover_per_year: f64,
    pub pv_cost: f64,
    pub pv_gap_closed: f64,
    pub stop: StopReason,
    pub singles: Vec<SingleLever>,
    /// Eligible levers left out because their unit cost has no number.
    pub unpriced_excluded: Vec<String>,
    pub runs: usize,
}
