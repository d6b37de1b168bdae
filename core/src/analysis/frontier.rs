//! The efficient frontier of the greedy budget-pool portfolio (MODEL.md §4.4): its points, the rule
//! that picks the next increment, and the test that marks single levers dominated by the frontier.

use super::lever_value::GAIN_TOLERANCE;
use serde::Serialize;

/// One step of the greedy path: the package after the step, cumulative from the baseline.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FrontierPoint {
    /// 1, 2, … (step 0, the baseline, is the origin and not listed).
    pub step: usize,
    pub lever: String,
    /// The lever's intensity after the step (in its own unit).
    pub intensity: f64,
    /// Largest yearly spend of the whole package, DKK.
    pub max_yearly_spend: f64,
    pub pv_cost: f64,
    pub pv_gap_closed: f64,
    /// Incremental PV cost / PV gap closed of this step, DKK per FTE-year (0 for a free step).
    pub incremental_ce: f64,
    /// The lever has no unit cost (counted as 0, only with `include_unpriced`).
    pub cost_missing: bool,
}

/// An evaluated increment: the package with one more increment of a candidate lever.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Trial {
    pub candidate: usize,
    pub pv_cost: f64,
    pub pv_gap_closed: f64,
    pub max_yearly_spend: f64,
}

/// The increment to take, given the package's current PV cost and gap closed: among increments that
/// close gap (> [`GAIN_TOLERANCE`]), free ones first (incremental PV cost ≤ 0, largest gain first),
/// then the lowest incremental PV cost / PV gap closed; ties go to the earlier candidate (catalogue
/// order), so the path is deterministic. `None` when no increment closes gap.
pub fn best_increment(trials: &[Trial], pv_cost: f64, pv_gap: f64) -> Option<Trial> {
    let key = |t: &Trial| {
        let (dc, dg) = (t.pv_cost - pv_cost, t.pv_gap_closed - pv_gap);
        if dc <= 0.0 { (0u8, -dg) } else { (1u8, dc / dg) }
    };
    trials
        .iter()
        .filter(|t| t.pv_gap_closed - pv_gap > GAIN_TOLERANCE)
        .min_by(|a, b| {
            let (ka, kb) = (key(a), key(b));
            ka.0.cmp(&kb.0).then(ka.1.total_cmp(&kb.1)).then(a.candidate.cmp(&b.candidate))
        })
        .copied()
}

/// A candidate lever alone at its reference intensity, placed against the frontier.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SingleLever {
    pub id: String,
    pub intensity: f64,
    pub pv_cost: f64,
    pub pv_gap_closed: f64,
    pub max_yearly_spend: f64,
    /// The first frontier point (0 = the baseline) that costs no more and closes at least as much gap,
    /// strictly better in one of the two.
    pub dominated_by_step: Option<usize>,
    /// Not dominated, but costs more than the frontier reaches within the budget (cannot be judged).
    pub beyond_frontier: bool,
}

/// Fills `dominated_by_step` and `beyond_frontier` of `single` against `frontier`.
pub fn mark_dominance(single: &mut SingleLever, frontier: &[FrontierPoint]) {
    const COST_TOLERANCE: f64 = 1.0; // DKK
    let origin = (0usize, 0.0, 0.0);
    let points = std::iter::once(origin).chain(frontier.iter().map(|p| (p.step, p.pv_cost, p.pv_gap_closed)));
    single.dominated_by_step = points
        .filter(|&(_, cost, gap)| {
            let no_worse = cost <= single.pv_cost + COST_TOLERANCE && gap >= single.pv_gap_closed - GAIN_TOLERANCE;
            let better = cost < single.pv_cost - COST_TOLERANCE || gap > single.pv_gap_closed + GAIN_TOLERANCE;
            no_worse && better
        })
        .map(|(step, _, _)| step)
        .next();
    let reach = frontier.last().map_or(0.0, |p| p.pv_cost);
    single.beyond_frontier = single.dominated_by_step.is_none() && single.pv_cost > reach + COST_TOLERANCE;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn trial(candidate: usize, pv_cost: f64, pv_gap_closed: f64) -> Trial {
        Trial { candidate, pv_cost, pv_gap_closed, max_yearly_spend: pv_cost / 10.0 }
    }

    #[test]
    fn free_first_then_cheapest_ratio_and_no_gain_skipped() {
        let trials = [trial(0, 100.0, 2.0), trial(1, 10.0, 0.0), trial(2, 30.0, 1.0), trial(3, 0.0, 0.5)];
        assert_eq!(best_increment(&trials, 0.0, 0.0).unwrap().candidate, 3);
        assert_eq!(best_increment(&trials[..3], 0.0, 0.0).unwrap().candidate, 2);
        assert!(best_increment(&trials[1..2], 0.0, 0.0).is_none());
    }

    #[test]
    fn dominance() {
        let p = |step, pv_cost, pv_gap_closed| FrontierPoint {
            step, lever: "X".into(), intensity: 1.0, max_yearly_spend: 0.0, pv_cost, pv_gap_closed, incremental_ce: 0.0, cost_missing: false,
        };
        let frontier = [p(1, 10.0, 5.0), p(2, 20.0, 8.0)];
        let mut s = SingleLever { id: "Y".into(), intensity: 1.0, pv_cost: 15.0, pv_gap_closed: 4.0, max_yearly_spend: 0.0, dominated_by_step: None, beyond_frontier: false };
        mark_dominance(&mut s, &frontier);
        assert_eq!((s.dominated_by_step, s.beyond_frontier), (Some(1), false));
        s.pv_gap_closed = -1.0;
        mark_dominance(&mut s, &frontier);
        assert_eq!(s.dominated_by_step, Some(0));
        s.pv_cost = 50.0;
        s.pv_gap_closed = 30.0;
        mark_dominance(&mut s, &frontier);
        assert_eq!((s.dominated_by_step, s.beyond_frontier), (None, true));
    }
}
