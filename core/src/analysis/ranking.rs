//! Value-for-money ranking of single levers (MODEL.md §4.2) and its robustness across the low,
//! central and high effect settings (§4.5), as a progressive job (3 runs per candidate lever).
//!
//! Candidates: every non-context lever of the catalogue except the pool H5. Decisions:
//! * a lever active (intensity > 0) in the current package is ranked at the package's intensity,
//!   targets and start year; any other lever at its reference intensity I_ref, default targets, 2025;
//! * the package's context levers form the reference run, as in attribution;
//! * a lever's rank is computed separately at each setting (all levers at that setting); a lever
//!   whose rank or gain class differs across the three is "ranking not robust";
//! * levers whose unit cost has no number are ranked with cost 0 and flagged `cost_missing`, so their
//!   CE ratios are lower bounds (§2.13, §11 #12).

use super::job::{Job, Progress};
use super::error::AnalysisError;
use super::evaluator::Evaluator;
use super::lever_value::{GAIN_TOLERANCE, GainClass, LeverValue, assign_ranks};
use crate::levers::catalogue::Family;
use crate::levers::{Catalogue, LeverSetting, Resolved, Scenario, Setting};
use crate::model::{Baseline, compare};
use serde::Serialize;

const SETTINGS: [Setting; 3] = [Setting::Low, Setting::Central, Setting::High];

/// One candidate lever with its values at the low, central and high settings.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RankedLever {
    pub id: String,
    pub name: String,
    /// The setting ranked (its `setting` field is replaced by each of low / central / high).
    pub lever: LeverSetting,
    pub cost_missing: bool,
    /// Values at low, central and high effects (in that order).
    pub by_setting: [LeverValue; 3],
    pub robust: bool,
}

impl RankedLever {
    pub fn central(&self) -> &LeverValue {
        &self.by_setting[1]
    }
}

/// The ranking: levers with a gain by central rank, then "no gain", then "harmful".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ranking {
    pub levers: Vec<RankedLever>,
    /// Context levers kept on in every run (the reference).
    pub background: Vec<String>,
    pub gain_tolerance: f64,
    pub runs: usize,
}

/// A progressive ranking: `new`, then `advance` until `result` is `Some`.
pub struct RankingJob {
    candidates: Vec<LeverSetting>,
    /// Resolved candidate + background, by candidate and setting.
    runs: Vec<[Resolved; 3]>,
    background: Vec<String>,
    evaluator: Evaluator,
    values: Vec<LeverValue>,
    result: Option<Ranking>,
}

impl RankingJob {
    /// Ranks every candidate lever; `package` supplies intensities of its active levers and its
    /// context levers (pass `Scenario::default()` for reference intensities against the baseline).
    pub fn new(b: &Baseline, package: &Scenario) -> Result<Self, AnalysisError> {
        let cat = Catalogue::embedded();
        package.resolve()?;
        let is_context = |id: &str| cat.get(id).is_some_and(|(_, l)| l.family == Family::Context);
        let background: Vec<LeverSetting> = package.levers.iter().filter(|s| is_context(&s.id)).cloned().collect();
        let (bg_resolved, _) = Scenario { levers: background.clone() }.resolve()?;
        let mut candidates = Vec::new();
        let mut runs = Vec::new();
        for lever in cat.levers.iter().filter(|l| !matches!(l.family, Family::Context | Family::Pool)) {
            let in_package = package.levers.iter().find(|s| s.id == lever.id && s.intensity > 0.0);
            let chosen = in_package.cloned().unwrap_or_else(|| LeverSetting::new(&lever.id, lever.intensity.reference));
            let resolve = |setting: Setting| {
                let mut levers = background.clone();
                levers.push(LeverSetting { setting, ..chosen.clone() });
                Scenario { levers }.resolve().map(|(r, _)| r)
            };
            runs.push([resolve(SETTINGS[0])?, resolve(SETTINGS[1])?, resolve(SETTINGS[2])?]);
            candidates.push(chosen);
        }
        let evaluator = Evaluator::new(b, &bg_resolved);
        let background = background.iter().map(|s| s.id.clone()).collect();
        Ok(RankingJob { candidates, runs, background, evaluator, values: Vec::new(), result: None })
    }

    fn assemble(&self) -> Ranking {
        let cat = Catalogue::embedded();
        let mut levers: Vec<RankedLever> = self
            .candidates
            .iter()
            .zip(self.values.chunks(3))
            .filter(|(_, v)| v.len() == 3)
            .map(|(c, v)| {
                let lever = cat.get(&c.id).map(|(_, l)| l);
                RankedLever {
                    id: c.id.clone(),
                    name: lever.map(|l| l.name.en.clone()).unwrap_or_default(),
                    lever: c.clone(),
                    cost_missing: lever.is_some_and(|l| l.cost.missing),
                    by_setting: [v[0].clone(), v[1].clone(), v[2].clone()],
                    robust: false,
                }
            })
            .collect();
        for s in 0..3 {
            let mut column: Vec<&mut LeverValue> = levers.iter_mut().map(|l| &mut l.by_setting[s]).collect();
            assign_ranks(&mut column);
        }
        for l in &mut levers {
            let [lo, ce, hi] = &l.by_setting;
            l.robust = lo.rank == ce.rank && ce.rank == hi.rank && lo.class == ce.class && ce.class == hi.class;
        }
        crate::sort::stable_sort_by(&mut levers, |a, b| {
            let (x, y) = (a.central(), b.central());
            x.class.cmp(&y.class).then(x.rank.cmp(&y.rank)).then(y.pv_gap_closed_threatened.total_cmp(&x.pv_gap_closed_threatened))
        });
        Ranking { levers, background: self.background.clone(), gain_tolerance: GAIN_TOLERANCE, runs: self.evaluator.runs }
    }
}

impl Job for RankingJob {
    type Output = Ranking;

    fn progress(&self) -> Progress {
        Progress { done: self.values.len(), total: 3 * self.candidates.len() }
    }

    /// Makes at most `max_runs` model runs; `b` must be the baseline given to `new`.
    fn advance(&mut self, b: &Baseline, max_runs: usize) -> Progress {
        for _ in 0..max_runs {
            let k = self.values.len();
            if k >= 3 * self.candidates.len() {
                break;
            }
            self.evaluator.run(b, &self.runs[k / 3][k % 3]);
            let deltas = compare(self.evaluator.reference(), self.evaluator.last(), self.evaluator.discount);
            self.values.push(LeverValue::from_deltas(&deltas));
        }
        if self.result.is_none() && self.values.len() == 3 * self.candidates.len() {
            self.result = Some(self.assemble());
        }
        self.progress()
    }

    fn result(&self) -> Option<&Ranking> {
        self.result.as_ref()
    }

    /// Runs the job to the end (CLI, tests, benchmarks).
    fn run_to_end(mut self, b: &Baseline) -> Ranking {
        self.advance(b, usize::MAX);
        self.result.take().unwrap_or_else(|| self.assemble())
    }
}

impl Ranking {
    /// Levers listed in `class` at the central setting.
    pub fn in_class(&self, class: GainClass) -> impl Iterator<Item = &RankedLever> {
        self.levers.iter().filter(move |l| l.central().class == class)
    }
}
