//! Attribution of a package's effect to its levers (MODEL.md §4.3, §6 T15), as a progressive job the
//! browser advances a few runs per animation frame.
//!
//! * n ≤ [`AttributionOptions::exact_limit`] (default 12) players: all 2^n coalitions are run once and
//!   one-at-a-time, leave-one-out, exact Shapley values and the interaction matrix all come from that
//!   subset table.
//! * more players: ∅, the package, the n singletons, the n leave-one-out packages and the n(n−1)/2
//!   pairs are run, then M sampled permutations (n − 1 runs each) estimate φ with a standard error.
//!
//! Players and background: see [`super::package`]. v(S) = metric(run(S ∪ context)) −
//! metric(run(context)), so "one-at-a-time" is the lever alone against the baseline with the same
//! context settings.

use super::error::AnalysisError;
use super::evaluator::Evaluator;
use super::metric::Metric;
use super::package::{Package, Player};
use super::permutation_sampler::PermutationSampler;
use super::subset_game::{SubsetTable, interaction_matrix};
use super::job::{Job, Progress};
use crate::levers::Scenario;
use crate::model::Baseline;
use serde::Serialize;
use std::collections::HashMap;

/// Tuning of an attribution job.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AttributionOptions {
    /// Largest number of players for the exact 2^n table (default 12: 4,096 runs).
    pub exact_limit: usize,
    /// Permutations M of the sampled estimator (default 200, §4.3).
    pub permutations: usize,
    pub seed: u64,
}

impl Default for AttributionOptions {
    fn default() -> Self {
        AttributionOptions { exact_limit: 12, permutations: 200, seed: 0x5EED_2040 }
    }
}

/// How the Shapley values were obtained.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ShapleyMethod {
    Exact,
    Sampled { permutations: usize, seed: u64 },
}

/// The attribution of a package (all values in the metric's unit, relative to the reference run).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Attribution {
    pub metric: Metric,
    pub unit: &'static str,
    pub players: Vec<Player>,
    /// Context levers kept on in every run (the reference).
    pub background: Vec<String>,
    /// Levers that change no run (zero intensity, H5).
    pub ignored: Vec<String>,
    /// v(P): the whole package.
    pub package_value: f64,
    /// v({i}) − v(∅) by player.
    pub one_at_a_time: Vec<f64>,
    /// v(P) − v(P ∖ i) by player.
    pub leave_one_out: Vec<f64>,
    pub shapley: Vec<f64>,
    /// Standard error of each φ (all 0 when exact).
    pub shapley_standard_error: Vec<f64>,
    pub method: ShapleyMethod,
    /// I_ij = v(i ∪ j) − v(i) − v(j) + v(∅) (symmetric, zero diagonal).
    pub interactions: Vec<Vec<f64>>,
    /// Model runs made (reference run included).
    pub runs: usize,
}

enum Stage {
    /// Evaluating coalition `next` of the 2^n table.
    Exact { next: u64, values: Vec<f64> },
    /// Evaluating the fixed coalitions (∅, P, singles, leave-one-out, pairs) one by one.
    Fixed { queue: Vec<u64>, next: usize, values: HashMap<u64, f64> },
    Sampling { sampler: PermutationSampler, values: HashMap<u64, f64> },
    Done(Box<Attribution>),
}

/// A progressive attribution: `new`, then `advance` until `result` is `Some`.
pub struct AttributionJob {
    package: Package,
    metric: Metric,
    options: AttributionOptions,
    evaluator: Evaluator,
    stage: Stage,
    total: usize,
    done: usize,
}

impl AttributionJob {
    pub fn new(b: &Baseline, scenario: &Scenario, metric: Metric) -> Result<Self, AnalysisError> {
        Self::with_options(b, scenario, metric, AttributionOptions::default())
    }

    pub fn with_options(b: &Baseline, scenario: &Scenario, metric: Metric, options: AttributionOptions) -> Result<Self, AnalysisError> {
        metric.validate()?;
        let (resolved, _) = scenario.resolve()?;
        let package = Package::split(resolved);
        let n = package.players.len();
        if n > 64 {
            return Err(AnalysisError::TooManyPlayers { players: n, max: 64 });
        }
        let evaluator = Evaluator::new(b, &package.background_resolved());
        let (stage, total) = if n <= options.exact_limit.min(super::subset_game::MAX_EXACT_PLAYERS) {
            (Stage::Exact { next: 0, values: Vec::with_capacity(1 << n) }, 1usize << n)
        } else {
            let queue = fixed_coalitions(n);
            let total = queue.len() + options.permutations.max(1) * (n - 1);
            (Stage::Fixed { queue, next: 0, values: HashMap::new() }, total)
        };
        Ok(AttributionJob { package, metric, options, evaluator, stage, total, done: 0 })
    }

    fn value(&mut self, b: &Baseline, mask: u64) -> f64 {
        let package = &self.package;
        let v = self.evaluator.subset_metric(b, &package.resolved, |k| package.in_coalition(k, mask), &self.metric);
        self.done += 1;
        v
    }

    /// One model run of the current stage (and the stage change it may complete).
    fn step(&mut self, b: &Baseline) {
        let n = self.package.players.len();
        match &mut self.stage {
            Stage::Exact { next, .. } => {
                let mask = *next;
                let v = self.value(b, mask);
                if let Stage::Exact { next, values } = &mut self.stage {
                    values.push(v);
                    *next += 1;
                    if *next >> n != 0 {
                        let table = SubsetTable { players: n, values: std::mem::take(values) };
                        self.stage = Stage::Done(Box::new(self.assemble_exact(&table)));
                    }
                }
            }
            Stage::Fixed { queue, next, values } => {
                if let Some(&mask) = queue.get(*next) {
                    *next += 1;
                    if values.contains_key(&mask) {
                        return;
                    }
                    let v = self.value(b, mask);
                    if let Stage::Fixed { values, .. } = &mut self.stage {
                        values.insert(mask, v);
                    }
                } else {
                    self.start_sampling();
                }
            }
            Stage::Sampling { sampler, .. } => match sampler.next_coalition() {
                Some(mask) => {
                    let v = self.value(b, mask);
                    if let Stage::Sampling { sampler, .. } = &mut self.stage {
                        sampler.record(v);
                    }
                }
                None => self.finish_sampling(),
            },
            Stage::Done(_) => {}
        }
    }

    fn start_sampling(&mut self) {
        if let Stage::Fixed { values, .. } = &mut self.stage {
            let values = std::mem::take(values);
            let n = self.package.players.len();
            let full = full_mask(n);
            let at = |m: u64| values.get(&m).copied().unwrap_or(0.0);
            let sampler = PermutationSampler::new(n, self.options.permutations, self.options.seed, at(0), at(full));
            self.stage = Stage::Sampling { sampler, values };
            if self.package.players.len() <= 1 {
                self.finish_sampling();
            }
        }
    }

    fn finish_sampling(&mut self) {
        if let Stage::Sampling { sampler, values } = &self.stage {
            let n = self.package.players.len();
            let at = |m: u64| values.get(&m).copied().unwrap_or(0.0);
            let full = full_mask(n);
            let method = ShapleyMethod::Sampled { permutations: sampler.permutations_done(), seed: self.options.seed };
            let a = self.assemble(
                at(full) - at(0),
                (0..n).map(|i| at(1 << i) - at(0)).collect(),
                (0..n).map(|i| at(full) - at(full & !(1 << i))).collect(),
                (sampler.estimates(), sampler.standard_errors()),
                method,
                interaction_matrix(n, at),
            );
            self.total = self.done;
            self.stage = Stage::Done(Box::new(a));
        }
    }

    fn assemble_exact(&self, table: &SubsetTable) -> Attribution {
        let n = table.players;
        let full = full_mask(n);
        let phi = table.shapley();
        let errors = vec![0.0; n];
        let v = table.value(full) - table.value(0);
        let a = (table.one_at_a_time(), table.leave_one_out());
        self.assemble(v, a.0, a.1, (phi, errors), ShapleyMethod::Exact, table.interactions())
    }

    fn assemble(&self, package_value: f64, oat: Vec<f64>, loo: Vec<f64>, shapley: (Vec<f64>, Vec<f64>), method: ShapleyMethod, interactions: Vec<Vec<f64>>) -> Attribution {
        Attribution {
            metric: self.metric,
            unit: self.metric.unit(),
            players: self.package.describe_players(),
            background: self.package.background_ids(),
            ignored: self.package.ignored.clone(),
            package_value,
            one_at_a_time: oat,
            leave_one_out: loo,
            shapley: shapley.0,
            shapley_standard_error: shapley.1,
            method,
            interactions,
            runs: self.evaluator.runs,
        }
    }
}

impl Job for AttributionJob {
    type Output = Attribution;

    fn progress(&self) -> Progress {
        Progress { done: self.done, total: self.total }
    }

    /// Makes at most `max_runs` model runs; `b` must be the baseline given to `new`.
    fn advance(&mut self, b: &Baseline, max_runs: usize) -> Progress {
        let mut budget = max_runs;
        while budget > 0 && !matches!(self.stage, Stage::Done(_)) {
            self.step(b);
            budget -= 1;
        }
        self.progress()
    }

    fn result(&self) -> Option<&Attribution> {
        match &self.stage {
            Stage::Done(a) => Some(a),
            _ => None,
        }
    }

    /// Runs the job to the end (CLI, tests, benchmarks).
    fn run_to_end(mut self, b: &Baseline) -> Attribution {
        while self.result().is_none() {
            self.advance(b, usize::MAX);
        }
        match self.stage {
            Stage::Done(a) => *a,
            _ => unreachable!("loop exits only when done"),
        }
    }
}

fn full_mask(n: usize) -> u64 {
    if n >= 64 { u64::MAX } else { (1u64 << n) - 1 }
}

/// ∅, the package, singletons, leave-one-out packages and pairs (duplicates are run once).
fn fixed_coalitions(n: usize) -> Vec<u64> {
    let full = full_mask(n);
    let mut q = vec![0, full];
    q.extend((0..n).map(|i| 1u64 << i));
    q.extend((0..n).map(|i| full & !(1u64 << i)));
    for i in 0..n {
        q.extend((i + 1..n).map(|j| 1u64 << i | 1u64 << j));
    }
    let mut seen = std::collections::HashSet::new();
    q.retain(|m| seen.insert(*m));
    q
}
