//! New specialists' location choice (MODEL.md §2.6, S3): HU completers stay in their final-HU cell
//! with ρ^H (ρ_P7 for P7 movers); the rest are matched to the vacancies of their type, and the
//! unplaced go to the outside stock X or abroad.

use crate::math::MinMax;
use super::baseline::Baseline;
use super::dims::*;
use super::ledger::Ledger;
use super::matching::{MatchInput, match_applicants};
use super::mobility_factors::Factors;
use super::params::{LeverTerms, Params};
use super::rows::{FtePerHead, RowFte, add_cohort};
use super::specialists::{capacity, gp_trainee_fte, vacancy_heads};
use super::state::State;

/// Result of S3 for reporting.
#[derive(Clone, Copy, Debug, Default)]
pub struct NewSpecialists {
    /// NewSpec[c,k] by destination cell (index `ck`).
    pub placed: [f64; CELLS * TRACKS],
    /// Unplaced new specialists (→ X or abroad).
    pub unplaced: f64,
}

/// S3: HU completers of X_y become specialists in `n` (after S2 wrote `n.specialists`); the flows from
/// the final-HU cell to the first job are recorded in `flows` (stayers on the diagonal).
#[allow(clippy::too_many_arguments)]
pub fn step_new_specialists(
    b: &Baseline,
    p: &Params,
    terms: &LeverTerms,
    s: &State,
    yt: usize,
    phi: &FtePerHead,
    trend: f64,
    rows: &mut RowFte,
    n: &mut State,
    outside_inflow: &mut [f64; CELLS],
    ledger: &mut Ledger,
    flows: &mut Factors<TRACKS>,
) -> NewSpecialists {
    let cap_factor = b.capacity_factor(yt);
    let mut report = NewSpecialists::default();
    flows.stay = [0.0; CELLS];
    for k in 0..TRACKS {
        let t = type_of_track(k);
        let scale = if t == GP { b.gp_fte_scale } else { 1.0 };
        let mut input = MatchInput::empty();
        let mut stay = [0.0; CELLS];
        for c in 0..CELLS {
            let mut comp = 0.0;
            let mut comp_mv = 0.0;
            for j in 0..HU_YEARS {
                comp += s.hu[ckj(c, k, j)] * p.completion[k][j];
                comp_mv += s.mover_tag[ckj(c, k, j)] * p.completion[k][j];
            }
            stay[c] = (comp - comp_mv) * p.new_specialist_stay[ck(c, k)] + comp_mv * terms.mover_stay;
            input.applicants[c] = comp - stay[c];
        }
        for c in 0..CELLS {
            let cap = capacity(b, terms, c, t, cap_factor);
            let (spec, heads) = (rows.fte[ct(c, t)], rows.heads[ct(c, t)]);
            let fte = if t == GP { spec + gp_trainee_fte(s, p, c) } else { spec };
            let mean_phi = if heads > 0.0 && spec > 0.0 { spec / heads } else { trend * scale };
            let vac = vacancy_heads(cap, fte, spec, heads, trend * scale);
            // Decision: ς·Cap is in FTE; it is converted to heads with the cell's mean φ̄ like Vac.
            input.posts[c] = (vac - stay[c]).maxf(0.0) + p.overhire * cap / mean_phi.maxf(1e-9);
            input.attractiveness[c] = p.attr_specialist[ct(c, t)];
        }
        input.outside_weight = p.outside_specialist;
        let out = match_applicants(&input);
        flows.add_matching(k, &out);
        let ages = support(&p.recognition_age[k]);
        for c in 0..CELLS {
            let placed = stay[c] + out.filled[c];
            flows.stay[c] += stay[c];
            report.placed[ck(c, k)] = placed;
            let row = cta(c, t, 0);
            let (heads, fte) = add_cohort(&mut n.specialists[row..row + AGES], placed, &p.recognition_age[k], ages.clone(), &phi.by_type[t]);
            // Keep the row sums current so S11 need not re-scan the ages.
            rows.heads[ct(c, t)] += heads;
            rows.fte[ct(c, t)] += fte;
            let unplaced = out.unmatched_from[c];
            report.unplaced += unplaced;
            ledger.emigration += unplaced * p.emig_unplaced;
            outside_inflow[c] += unplaced * (1.0 - p.emig_unplaced);
        }
    }
    report
}
