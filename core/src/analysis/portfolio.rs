//! The budget-pool portfolio of lever H5 (MODEL.md §4.4): greedy incremental cost-effectiveness with
//! re-evaluation, as a progressive job. Each step tries one more increment (0.25 · I_ref, capped at
//! the lever's maximum) of every candidate on top of the current package and takes the best one
//! ([`super::frontier::best_increment`]).
//!
//! Decisions (also in `core/MODEL-DECISIONS.md`, "Analyses"):
//! * **The path does not depend on the budget.** The greedy picks its increment without looking at
//!   the budget and stops at the first step whose package would spend more than B in some year. The
//!   portfolio for B is therefore a prefix of the portfolio for any larger budget: more budget never
//!   reduces gap closed, and one efficient frontier serves all budgets. The price: a cheaper-per-year
//!   increment that would still fit is not taken once the best one does not (leftover is reported).
//! * **Region.** `None`: every lever at its default targets, objective = PV gap closed in all T cells.
//!   `Some(region)`: every increment targets that region's T cell only (`<region>.T`, also for levers
//!   whose default is "all": the pool is for threatened areas), objective = PV gap closed in that cell.
//! * **Candidates**: all non-context levers except H5 itself (or a chosen list). Levers whose unit
//!   cost has no number are left out unless `include_unpriced` (then they count as free, flagged):
//!   a pool cannot buy something whose price is unknown.
//! * **Step cap** `max_steps` (default 100): at ≈ 21 candidates that is ≤ 2,100 runs; 100 steps of
//!   0.25 · I_ref is 25 levers at I_ref, beyond any pool budget discussed (100 mio. kr./year).

use super::job::{Job, Progress};
use super::area_key::region_from_key;
use super::error::AnalysisError;
use super::evaluator::Evaluator;
use super::frontier::{FrontierPoint, SingleLever, Trial, best_increment, mark_dominance};
use super::metric::Metric;
use crate::levers::catalogue::Family;
use crate::levers::{Catalogue, LeverSetting, Resolved, Scenario};
use crate::model::dims::{T, cell};
use crate::model::{Area, Baseline};
use crate::share::target_mask::REGION_KEYS;
pub use super::portfolio_result::{Portfolio, PortfolioOptions, StopReason};

struct Candidate {
    id: String,
    increment: f64,
    max: f64,
    reference: f64,
    cost_missing: bool,
}

/// A progressive portfolio: `new`, then `advance` until `result` is `Some`.
pub struct PortfolioJob {
    options: PortfolioOptions,
    budget: f64,
    targets: Option<Vec<String>>,
    metric: Metric,
    candidates: Vec<Candidate>,
    unpriced_excluded: Vec<String>,
    /// Increments taken per candidate.
    steps: Vec<u32>,
    evaluator: Evaluator,
    singles: Vec<SingleLever>,
    trials: Vec<Trial>,
    next_candidate: usize,
    frontier: Vec<FrontierPoint>,
    stop: Option<StopReason>,
    result: Option<Portfolio>,
    done: usize,
}

impl PortfolioJob {
    pub fn new(b: &Baseline, options: PortfolioOptions) -> Result<Self, AnalysisError> {
        let budget = options.budget_mio_dkk_per_year;
        if !(budget.is_finite() && budget >= 0.0) {
            return Err(AnalysisError::BadBudget(budget));
        }
        let (targets, metric) = match &options.region {
            None => (None, Metric::GapClosed(Area::Threatened)),
            Some(key) => {
                let r = region_from_key(key)?;
                (Some(vec![format!("{}.T", REGION_KEYS[r])]), Metric::GapClosed(Area::Cell(cell(r, T))))
            }
        };
        let cat = Catalogue::embedded();
        let eligible = |id: &str| cat.get(id).filter(|(_, l)| !matches!(l.family, Family::Context | Family::Pool));
        if let Some(list) = &options.candidates
            && let Some(bad) = list.iter().find(|id| eligible(id).is_none())
        {
            return Err(AnalysisError::NotACandidate(bad.clone()));
        }
        let chosen = |id: &String| options.candidates.as_ref().is_none_or(|list| list.contains(id));
        let mut candidates = Vec::new();
        let mut unpriced_excluded = Vec::new();
        for l in cat.levers.iter().filter(|l| eligible(&l.id).is_some() && chosen(&l.id)) {
            if l.cost.missing && !options.include_unpriced {
                unpriced_excluded.push(l.id.clone());
                continue;
            }
            let r = &l.intensity;
            candidates.push(Candidate {
                id: l.id.clone(),
                increment: 0.25 * r.reference,
                max: r.max,
                reference: r.reference.min(r.max),
                cost_missing: l.cost.missing,
            });
        }
        let steps = vec![0; candidates.len()];
        let evaluator = Evaluator::new(b, &Resolved::default());
        Ok(PortfolioJob {
            budget: budget * 1e6,
            options,
            targets,
            metric,
            candidates,
            unpriced_excluded,
            steps,
            evaluator,
            singles: Vec::new(),
            trials: Vec::new(),
            next_candidate: 0,
            frontier: Vec::new(),
            stop: None,
            result: None,
            done: 0,
        })
    }

    fn setting(&self, k: usize, intensity: f64) -> LeverSetting {
        LeverSetting { targets: self.targets.clone(), ..LeverSetting::new(&self.candidates[k].id, intensity) }
    }

    /// Intensity of candidate `k` after `steps` increments (k · 0.25 · I_ref, capped at the maximum).
    fn level(&self, k: usize, steps: u32) -> f64 {
        let c = &self.candidates[k];
        (steps as f64 * c.increment).min(c.max)
    }

    /// The current package, with one more increment of candidate `plus_one` if given.
    fn package(&self, plus_one: Option<usize>) -> Scenario {
        let level = |k: usize| self.level(k, self.steps[k] + u32::from(plus_one == Some(k)));
        Scenario { levers: (0..self.candidates.len()).filter(|&k| level(k) > 0.0).map(|k| self.setting(k, level(k))).collect() }
    }

    /// Runs `scenario`: (PV cost, objective, largest yearly spend). Candidate ids come from the
    /// catalogue and targets from a region key, so resolving cannot fail; a refusal would count as
    /// the baseline.
    fn evaluate(&mut self, b: &Baseline, scenario: &Scenario) -> (f64, f64, f64) {
        let resolved = scenario.resolve().map(|(r, _)| r).unwrap_or_default();
        self.evaluator.run(b, &resolved);
        self.done += 1;
        let (reference, res, d) = (self.evaluator.reference(), self.evaluator.last(), self.evaluator.discount);
        let spend = (0..res.years.len()).map(|t| res.total_cost(t)).fold(0.0, f64::max);
        (Metric::PvCost.evaluate(reference, res, d), self.metric.evaluate(reference, res, d), spend)
    }

    fn run_single(&mut self, b: &Baseline) {
        let k = self.singles.len();
        let intensity = self.candidates[k].reference;
        let scenario = Scenario { levers: vec![self.setting(k, intensity)] };
        let (pv_cost, pv_gap_closed, max_yearly_spend) = self.evaluate(b, &scenario);
        let id = self.candidates[k].id.clone();
        let single = SingleLever { id, intensity, pv_cost, pv_gap_closed, max_yearly_spend, dominated_by_step: None, beyond_frontier: false };
        self.singles.push(single);
    }

    fn try_next_increment(&mut self, b: &Baseline) {
        while self.next_candidate < self.candidates.len() {
            let k = self.next_candidate;
            self.next_candidate += 1;
            if self.level(k, self.steps[k]) < self.candidates[k].max {
                let scenario = self.package(Some(k));
                let (pv_cost, pv_gap_closed, max_yearly_spend) = self.evaluate(b, &scenario);
                self.trials.push(Trial { candidate: k, pv_cost, pv_gap_closed, max_yearly_spend });
                break;
            }
        }
        if self.next_candidate >= self.candidates.len() {
            self.take_step();
        }
    }

    /// All increments of this step are evaluated: take the best one, or stop.
    fn take_step(&mut self) {
        let (cost, gap) = self.frontier.last().map_or((0.0, 0.0), |p| (p.pv_cost, p.pv_gap_closed));
        let trials = std::mem::take(&mut self.trials);
        self.next_candidate = 0;
        self.stop = if trials.is_empty() {
            Some(StopReason::AllAtMax)
        } else {
            match best_increment(&trials, cost, gap) {
                None => Some(StopReason::NoGain),
                Some(t) if t.max_yearly_spend > self.budget => Some(StopReason::BudgetBinds {
                    lever: self.candidates[t.candidate].id.clone(),
                    max_yearly_spend: t.max_yearly_spend,
                }),
                Some(t) => {
                    self.steps[t.candidate] += 1;
                    let c = &self.candidates[t.candidate];
                    let (dc, dg) = (t.pv_cost - cost, t.pv_gap_closed - gap);
                    self.frontier.push(FrontierPoint {
                        step: self.frontier.len() + 1,
                        lever: c.id.clone(),
                        intensity: self.level(t.candidate, self.steps[t.candidate]),
                        max_yearly_spend: t.max_yearly_spend,
                        pv_cost: t.pv_cost,
                        pv_gap_closed: t.pv_gap_closed,
                        incremental_ce: if dc <= 0.0 { 0.0 } else { dc / dg },
                        cost_missing: c.cost_missing,
                    });
                    (self.frontier.len() >= self.options.max_steps).then_some(StopReason::StepCap)
                }
            }
        };
    }

    fn assemble(&self) -> Portfolio {
        let last = self.frontier.last();
        let max_yearly_spend = last.map_or(0.0, |p| p.max_yearly_spend);
        let mut singles = self.singles.clone();
        for s in &mut singles {
            mark_dominance(s, &self.frontier);
        }
        Portfolio {
            budget_dkk_per_year: self.budget,
            region: self.options.region.clone(),
            metric: self.metric,
            frontier: self.frontier.clone(),
            package: self.package(None),
            max_yearly_spend,
            leftover_per_year: self.budget - max_yearly_spend,
            pv_cost: last.map_or(0.0, |p| p.pv_cost),
            pv_gap_closed: last.map_or(0.0, |p| p.pv_gap_closed),
            stop: self.stop.clone().unwrap_or(StopReason::StepCap),
            singles,
            unpriced_excluded: self.unpriced_excluded.clone(),
            runs: self.evaluator.runs,
        }
    }
}

impl Job for PortfolioJob {
    type Output = Portfolio;

    /// `total` is an upper bound (every step trying every candidate) until the greedy stops.
    fn progress(&self) -> Progress {
        if self.result.is_some() {
            return Progress { done: self.done, total: self.done };
        }
        let n = self.candidates.len();
        let steps_left = self.options.max_steps.saturating_sub(self.frontier.len());
        let bound = n - self.singles.len() + steps_left * n - self.next_candidate;
        Progress { done: self.done, total: self.done + bound }
    }

    /// Makes at most `max_runs` model runs; `b` must be the baseline given to `new`.
    fn advance(&mut self, b: &Baseline, max_runs: usize) -> Progress {
        let mut budget = max_runs;
        while budget > 0 && self.result.is_none() {
            if self.singles.len() < self.candidates.len() {
                self.run_single(b);
            } else if self.stop.is_none() {
                self.try_next_increment(b);
            }
            budget -= 1;
            if self.stop.is_some() {
                self.result = Some(self.assemble());
            }
        }
        self.progress()
    }

    fn result(&self) -> Option<&Portfolio> {
        self.result.as_ref()
    }

    /// Runs the job to the end (CLI, tests, benchmarks).
    fn run_to_end(mut self, b: &Baseline) -> Portfolio {
        self.advance(b, usize::MAX);
        self.result.take().unwrap_or_else(|| self.assemble())
    }
}
