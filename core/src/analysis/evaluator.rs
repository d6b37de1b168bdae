//! The run engine shared by the analyses: one reference run (the baseline with the package's context
//! levers) and reused run buffers, so that thousands of subset runs allocate nothing inside the
//! model's yearly loop (`run_into` with one [`Workspace`] and one [`Results`]).

use super::metric::Metric;
use crate::levers::{Active, Resolved};
use crate::model::dims::YEARS;
use crate::model::{Baseline, Results, Workspace, run_into, run_resolved};

pub(crate) struct Evaluator {
    workspace: Workspace,
    out: Results,
    reference: Results,
    scratch: Resolved,
    pub discount: f64,
    /// Model runs made so far (the reference run included).
    pub runs: usize,
}

impl Evaluator {
    /// Runs the reference: `background` (context levers kept on in every run; empty = baseline).
    pub fn new(b: &Baseline, background: &Resolved) -> Self {
        let reference = run_resolved(b, background, YEARS);
        Evaluator {
            workspace: Workspace::new(b),
            out: Results::with_capacity(YEARS, Vec::new()),
            reference,
            scratch: Resolved::default(),
            discount: b.discount_rate,
            runs: 1,
        }
    }

    pub fn reference(&self) -> &Results {
        &self.reference
    }

    /// The results of the last run.
    pub fn last(&self) -> &Results {
        &self.out
    }

    /// Runs the levers of `package` for which `keep(index)` holds, in the package's (canonical)
    /// order, and returns `metric` of that run against the reference.
    pub fn subset_metric(&mut self, b: &Baseline, package: &Resolved, mut keep: impl FnMut(usize) -> bool, metric: &Metric) -> f64 {
        self.scratch.active.clear();
        let chosen = package.active.iter().enumerate().filter(|(k, _)| keep(*k)).map(|(_, a)| a.clone());
        self.scratch.active.extend(chosen);
        self.run_scratch(b);
        metric.evaluate(&self.reference, &self.out, self.discount)
    }

    /// Runs a resolved scenario; read it with [`Evaluator::last`].
    pub fn run(&mut self, b: &Baseline, resolved: &Resolved) {
        self.scratch.active.clone_from(&resolved.active);
        self.run_scratch(b)
    }

    fn run_scratch(&mut self, b: &Baseline) {
        let n = self.scratch.active.len();
        let same_ids = self.out.lever_ids.len() == n
            && self.out.lever_ids.iter().zip(&self.scratch.active).all(|(id, a): (&String, &Active)| *id == a.id);
        if !same_ids {
            self.out.lever_ids = self.scratch.ids();
        }
        self.out.costs.resize(n * YEARS, 0.0);
        run_into(b, &self.scratch, &mut self.workspace, &mut self.out);
        self.runs += 1;
    }
}
