//! Applying a draw: the working copy of the [`Baseline`] is reset from the original and then scaled
//! in place (no allocation per draw), and the scenario's active levers get their effect positions.
//!
//! Only the fields that a range can touch are reset: θ₀ (`params`), graduates, immigration and the
//! demand normalisers. The normalisers n_s are calibration constants "computed once per parameter
//! draw from X_2025 with all levers at zero" (MODEL.md §1.5) and are recomputed here, so that the
//! baseline and the scenario of a draw share them (T3/T4 stay exact within a draw).

use super::draw::Draw;
use super::ranges::Ranges;
use super::target::Target;
use crate::levers::{LeverDraw, Resolved};
use crate::model::Baseline;
use crate::model::demand::normalisers;
use crate::model::dims::*;

/// p with its logit shifted by `shift` (skipped at 0 and at the bounds, as `params::shift_probability`
/// but through `libm` so that native and wasm agree bit-for-bit).
fn shift_logit(p: f64, shift: f64) -> f64 {
    if shift == 0.0 || p <= 0.0 || p >= 1.0 {
        return p;
    }
    1.0 / (1.0 + libm::exp(-(libm::log(p / (1.0 - p)) + shift)))
}

/// Resets `work` to `original` and applies the baseline ranges of `draw`.
pub fn perturb_baseline(original: &Baseline, work: &mut Baseline, ranges: &Ranges, draw: &Draw) {
    work.params.clone_from(&original.params);
    work.graduates = original.graduates;
    work.immigration_pool = original.immigration_pool;
    work.immigration_specialists = original.immigration_specialists;
    work.demand = original.demand;
    let mut demand_changed = false;
    let p = &mut work.params;
    for (range, &v) in ranges.parameters.iter().zip(&draw.parameter) {
        let Some(target) = range.target() else { continue };
        match target {
            Target::RetirementHazard => {
                for row in p.retirement.iter_mut() {
                    for q in row[..AGES - 1].iter_mut() {
                        *q = (*q * v).min(1.0);
                    }
                }
            }
            Target::FteTrend => p.fte_trend += v,
            Target::Emigration => {
                p.emigration.iter_mut().for_each(|e| *e *= v);
                p.emig_graduates *= v;
            }
            Target::Immigration => {
                work.immigration_pool.iter_mut().for_each(|x| *x *= v);
                work.immigration_specialists.iter_mut().for_each(|x| *x *= v);
            }
            Target::Graduates => work.graduates *= v,
            Target::DropOut => {
                p.drop_intro *= v;
                p.drop_hu.iter_mut().for_each(|d| *d *= v);
            }
            Target::DemandGrowth(s) => p.demand_growth[s] += v,
            Target::HealthyAgeing => p.healthy_ageing += v,
            Target::DemandWeight(g) => {
                p.demand_weight.iter_mut().for_each(|w| w[g] *= v);
                demand_changed = true;
            }
            Target::Morbidity(r) => {
                for z in 0..ZONES {
                    for row in p.demand_lever.iter_mut() {
                        row[cg(cell(r, z), 0)..cg(cell(r, z), 0) + GROUPS].iter_mut().for_each(|d| *d *= v);
                    }
                }
                demand_changed = true;
            }
            Target::KbuStay => p.kbu_stay.iter_mut().for_each(|x| *x = shift_logit(*x, v)),
            Target::NewSpecialistStay => p.new_specialist_stay.iter_mut().for_each(|x| *x = shift_logit(*x, v)),
            Target::Mobility => p.mobility.iter_mut().for_each(|m| *m *= v),
            Target::ApplyRate => p.apply_rate.iter_mut().for_each(|a| *a = (*a * v).min(1.0)),
            Target::OutsideWeightIntro => p.outside_intro *= v,
            Target::OutsideWeightHuHs => p.outside_hu[HS] *= v,
            Target::OutsideWeightSpecialist => p.outside_specialist *= v,
            Target::LocalFirstIntro => p.local_first_intro.iter_mut().for_each(|x| *x = shift_logit(*x, v)),
            Target::FillPsp => p.fill_psp = [v; CELLS],
        }
    }
    if demand_changed {
        work.demand.normaliser = normalisers(&work.params, &work.population[0]);
    }
}

/// Gives every active lever of `scenario` its effect quantile and unit cost of `draw`.
pub fn place_levers(scenario: &mut Resolved, draw: &Draw) {
    for a in scenario.active.iter_mut() {
        a.draw = Some(LeverDraw { effect_quantile: draw.effect_quantile[a.lever], unit_cost: draw.unit_cost[a.lever] });
    }
}
