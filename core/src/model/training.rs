//! The training pipeline (MODEL.md §2.4, §2.7–§2.10, steps S4–S10): HU progression and P7 moves,
//! HU matching, KBU completion with coherent pathways and team KBU, intro matching, pool ageing with
//! the six-year rule, the KBU lottery, immigration and the outside stock X.

use crate::math::MinMax;
use super::baseline::{Baseline, supervisors};
use super::dims::*;
use super::fte::Fte;
use super::ledger::Ledger;
use super::matching::{MatchInput, match_applicants};
use super::mobility_factors::MobilityByStage;
use super::params::{LeverTerms, Params, shift_probability};
use super::rows::RowFte;
use super::state::State;

/// Posts and fills of one year, for the KPIs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrainingReport {
    /// Offered (effective) posts, filled posts and posts not offered for lack of supervisors, index `ck`.
    pub hu_posts: [f64; CELLS * TRACKS],
    pub hu_filled: [f64; CELLS * TRACKS],
    pub hu_not_offered: [f64; CELLS * TRACKS],
    pub intro_posts: [f64; CELLS * TRACKS],
    pub intro_filled: [f64; CELLS * TRACKS],
    pub intro_not_offered: [f64; CELLS * TRACKS],
    /// Net inflow of trainees by destination cell and track (filled − placed from the cell; index
    /// `ck`): the net mobility of the intro and HU matchings (§4.1).
    pub intro_net_inflow: [f64; CELLS * TRACKS],
    pub hu_net_inflow: [f64; CELLS * TRACKS],
    /// P7 moves and coherent enrolments this year (heads).
    pub moves: f64,
    pub coherent: f64,
}

impl TrainingReport {
    pub const fn zero() -> Self {
        TrainingReport {
            hu_posts: [0.0; CELLS * TRACKS],
            hu_filled: [0.0; CELLS * TRACKS],
            hu_not_offered: [0.0; CELLS * TRACKS],
            intro_posts: [0.0; CELLS * TRACKS],
            intro_filled: [0.0; CELLS * TRACKS],
            intro_not_offered: [0.0; CELLS * TRACKS],
            intro_net_inflow: [0.0; CELLS * TRACKS],
            hu_net_inflow: [0.0; CELLS * TRACKS],
            moves: 0.0,
            coherent: 0.0,
        }
    }
}

/// Steps S4–S10. Reads X_y from `s`, writes the training stocks, pool, KBU, X and immigration of `n`
/// (whose specialists S2–S3 already wrote). `outside_inflow` carries S3's unplaced specialists in.
/// The mobility flows of S4 (P7), S5, S6 and S7 are recorded in `mobility`.
#[allow(clippy::too_many_arguments)]
pub fn step_training(
    b: &Baseline,
    p: &Params,
    terms: &LeverTerms,
    s: &State,
    fte_old: &Fte,
    yt: usize,
    rows: &mut RowFte,
    n: &mut State,
    outside_inflow: &mut [f64; CELLS],
    ledger: &mut Ledger,
    report: &mut TrainingReport,
    mobility: &mut MobilityByStage,
) {
    let trend = super::fte::fte_trend_factor(p, yt);
    n.hu = [0.0; CELLS * TRACKS * HU_YEARS];
    n.mover_tag = [0.0; CELLS * TRACKS * HU_YEARS];
    n.hu_waiting = [0.0; CELLS * TRACKS];
    n.pool = [0.0; CELLS * POOL_CLASSES];
    let post_factor = b.post_factor(yt);

    // S4: progression and drop-out.
    for c in 0..CELLS {
        for k in 0..TRACKS {
            let other = 1 - k;
            for j in 1..HU_YEARS {
                let prev = s.hu[ckj(c, k, j - 1)] * (1.0 - p.completion[k][j - 1]);
                let drop = prev * p.drop_hu[k];
                n.hu[ckj(c, k, j)] = prev - drop;
                n.hu_waiting[ck(c, other)] += drop * p.track_switch;
                outside_inflow[c] += drop * (1.0 - p.track_switch);
                n.mover_tag[ckj(c, k, j)] =
                    s.mover_tag[ckj(c, k, j - 1)] * (1.0 - p.completion[k][j - 1]) * (1.0 - p.drop_hu[k]);
            }
        }
    }
    // P7: conserved O → T moves within a region, bounded by last year's unfilled T posts.
    mobility.hu_moves = [0.0; REGIONS];
    for r in 0..REGIONS {
        if terms.moves[r] <= 0.0 {
            continue;
        }
        let (ct_, co) = (cell(r, T), cell(r, O));
        let mut eligible = [0.0; TRACKS];
        let mut demand = 0.0;
        for k in 0..TRACKS {
            eligible[k] = (1..HU_YEARS).map(|j| n.hu[ckj(co, k, j)]).sum();
            demand += s.unfilled_hu_last[ck(ct_, k)];
        }
        for k in 0..TRACKS {
            // Offered moves are split over tracks in proportion to last year's unfilled T posts.
            let unfilled = s.unfilled_hu_last[ck(ct_, k)];
            if unfilled <= 0.0 || eligible[k] <= 0.0 {
                continue;
            }
            let mv = (terms.moves[r] * unfilled / demand).minf(eligible[k]).minf(unfilled);
            let f = mv / eligible[k];
            for j in 1..HU_YEARS {
                let moved = n.hu[ckj(co, k, j)] * f;
                let moved_tag = n.mover_tag[ckj(co, k, j)] * f;
                n.hu[ckj(co, k, j)] -= moved;
                n.mover_tag[ckj(co, k, j)] -= moved_tag;
                n.hu[ckj(ct_, k, j)] += moved;
                n.mover_tag[ckj(ct_, k, j)] += moved;
            }
            report.moves += mv;
            mobility.hu_moves[r] += mv;
        }
    }

    // Effective posts (§2.4) with supervision capacity from X_y.
    for c in 0..CELLS {
        let sup = supervisors(fte_old, p, c);
        for k in 0..TRACKS {
            let i = ck(c, k);
            let want_h = b.hu_posts[i] * post_factor + terms.extra_hu_posts[i];
            let want_i = b.intro_posts[i] * post_factor + terms.extra_intro_posts[i];
            let cap_h = if b.kappa_hu[i].is_finite() { b.kappa_hu[i] * sup[k] + terms.supervised_hu_posts[i] } else { f64::INFINITY };
            let cap_i = if b.kappa_intro[i].is_finite() { b.kappa_intro[i] * sup[k] + terms.supervised_intro_posts[i] } else { f64::INFINITY };
            report.hu_posts[i] = want_h.minf(cap_h).maxf(0.0);
            report.hu_not_offered[i] = want_h - report.hu_posts[i];
            report.intro_posts[i] = want_i.minf(cap_i).maxf(0.0);
            report.intro_not_offered[i] = want_i - report.intro_posts[i];
        }
    }

    // S5: HU matching per track.
    for c in 0..CELLS {
        let drop: f64 = (0..TRACKS).map(|k| s.intro[ck(c, k)] * p.drop_intro).sum();
        n.pool[cd(c, 0)] += drop;
    }
    mobility.hu.stay = [0.0; CELLS];
    for k in 0..TRACKS {
        let mut input = MatchInput::empty();
        for c in 0..CELLS {
            let i = ck(c, k);
            input.applicants[c] = (s.intro[i] - s.coherent_tag[i]) * (1.0 - p.drop_intro) + s.hu_waiting[i];
            input.reserved[c] = s.coherent_tag[i] * (1.0 - p.drop_intro);
            input.posts[c] = report.hu_posts[i];
            input.attractiveness[c] = p.attr_hu[i];
            input.local_first[c] = p.local_first_hu[c];
        }
        input.outside_weight = p.outside_hu[k];
        input.progression = terms.coherent_progression;
        let out = match_applicants(&input);
        mobility.hu.add_matching(k, &out);
        for c in 0..CELLS {
            let i = ck(c, k);
            n.hu[ckj(c, k, 0)] = out.filled[c];
            report.hu_filled[i] = out.filled[c];
            report.hu_net_inflow[i] = out.filled[c] - out.reserved_filled[c] - out.matched_from[c];
            n.unfilled_hu_last[i] = report.hu_posts[i] - out.filled[c];
            let unmatched = out.unmatched_from[c];
            n.hu_waiting[i] += unmatched * (1.0 - p.hu_waiting_exit);
            outside_inflow[c] += unmatched * p.hu_waiting_exit;
        }
    }

    // S6: KBU completion, coherent enrolment, pool entrants E0.
    let mut e0 = [0.0; CELLS];
    let mut coh = [0.0; CELLS * TRACKS];
    let mut offered_by_region = [[0.0; TRACKS]; 3];
    for c in 0..CELLS {
        for k in 0..TRACKS {
            offered_by_region[training_region(c)][k] += terms.coherent_offered[ck(c, k)];
        }
    }
    let mut movers_total = 0.0;
    let kbu = &mut mobility.kbu;
    for c in 0..CELLS {
        let emig = s.kbu[c] * p.emig_graduates;
        ledger.emigration += emig;
        let completers = s.kbu[c] - emig;
        let mut coh_sum = 0.0;
        for k in 0..TRACKS {
            let offered = terms.coherent_offered[ck(c, k)];
            if offered > 0.0 {
                let share = offered / offered_by_region[training_region(c)][k];
                coh[ck(c, k)] = offered.minf(terms.coherent_cap * share);
                coh_sum += coh[ck(c, k)];
            }
        }
        if coh_sum > completers && coh_sum > 0.0 {
            let f = completers / coh_sum;
            coh[ck(c, AM)] *= f;
            coh[ck(c, HS)] *= f;
            coh_sum = completers;
        }
        report.coherent += coh_sum;
        let rest = completers - coh_sum;
        let rho = p.kbu_stay[c];
        let stay = if terms.team_share[c] > 0.0 {
            let team = shift_probability(rho, terms.team_stay_shift);
            (1.0 - terms.team_share[c]) * rho + terms.team_share[c] * team
        } else {
            rho
        };
        e0[c] += rest * stay;
        kbu.stay[c] = rest * stay;
        kbu.from[0][c] = rest * (1.0 - stay);
        movers_total += kbu.from[0][c];
    }
    let attr_sum: f64 = p.attr_pool.iter().sum();
    for c in 0..CELLS {
        e0[c] += movers_total * p.attr_pool[c] / attr_sum;
        kbu.to[0][c] = p.attr_pool[c] / attr_sum;
    }

    // S7: intro matching per track; S8: pool ageing and the six-year rule.
    let mut matched = [[0.0; 4]; CELLS]; // by source: E0 (incl. released coherent), d = 1, 2, 3
    let mut released_total = [0.0; CELLS];
    mobility.intro.stay = [0.0; CELLS];
    for k in 0..TRACKS {
        let mut input = MatchInput::empty();
        let mut volumes = [[0.0; 4]; CELLS];
        for c in 0..CELLS {
            let chi = if k == AM { p.chi_am[c] } else { 1.0 - p.chi_am[c] };
            volumes[c][0] = e0[c] * p.apply_rate[0] * chi;
            for d in 0..POOL_CLASSES {
                volumes[c][d + 1] = s.pool[cd(c, d)] * p.apply_rate[d + 1] * chi;
            }
            input.applicants[c] = volumes[c].iter().sum();
            input.reserved[c] = coh[ck(c, k)];
            input.posts[c] = report.intro_posts[ck(c, k)];
            input.attractiveness[c] = p.attr_intro[ck(c, k)];
            input.local_first[c] = p.local_first_intro[c];
        }
        input.outside_weight = p.outside_intro;
        input.progression = 1.0;
        let out = match_applicants(&input);
        mobility.intro.add_matching(k, &out);
        for c in 0..CELLS {
            let i = ck(c, k);
            n.intro[i] = out.filled[c];
            n.coherent_tag[i] = out.reserved_filled[c];
            report.intro_filled[i] = out.filled[c];
            report.intro_net_inflow[i] = out.filled[c] - out.reserved_filled[c] - out.matched_from[c];
            let released = out.reserved_released[c];
            released_total[c] += released;
            volumes[c][0] += released;
            let q_total = input.applicants[c] + released;
            if q_total > 0.0 {
                let share = out.matched_from[c] / q_total;
                for src in 0..4 {
                    matched[c][src] += volumes[c][src] * share;
                }
            }
        }
    }
    for c in 0..CELLS {
        n.pool[cd(c, 0)] += e0[c] + released_total[c] - matched[c][0];
        n.pool[cd(c, 1)] = s.pool[cd(c, 0)] - matched[c][1];
        n.pool[cd(c, 2)] = s.pool[cd(c, 1)] - matched[c][2];
        let six_year = s.pool[cd(c, 2)] - matched[c][3];
        ledger.emigration += six_year * p.emig_six_year_rule;
        outside_inflow[c] += six_year * (1.0 - p.emig_six_year_rule);
    }

    // S9: graduates → KBU by lottery (allocation proportional to posts).
    let graduates = b.graduates + terms.extra_graduates;
    ledger.graduates += graduates;
    let queue = graduates + s.waiting_graduates;
    let posts: f64 = b.kbu_posts.iter().sum();
    let fill = if posts > 0.0 { (queue / posts).minf(1.0) } else { 0.0 };
    let mut placed = 0.0;
    for c in 0..CELLS {
        n.kbu[c] = b.kbu_posts[c] * fill;
        placed += n.kbu[c];
    }
    n.waiting_graduates = queue - placed;

    // S10: immigration and the outside stock X. Heads and FTE per immigrant (by type) are the same in
    // every cell: summed once per year.
    let ages = support(&p.immigrant_age);
    let profile = &p.immigrant_age[ages.clone()];
    let heads_per_immigrant = sum_lanes(profile);
    let fte_per_immigrant: [f64; TYPES] = std::array::from_fn(|t| {
        let scale = if t == GP { b.gp_fte_scale } else { 1.0 };
        trend * scale * dot_lanes(profile, &p.fte_profile[ages.clone()])
    });
    for c in 0..CELLS {
        let pool_in = b.immigration_pool[c] + terms.extra_immigration[c];
        n.pool[cd(c, 0)] += pool_in;
        ledger.immigration += pool_in + b.immigration_specialists[c];
        for t in 0..TYPES {
            let v = b.immigration_specialists[c] * p.immigrant_type[t];
            if v != 0.0 {
                let row = &mut n.specialists[cta(c, t, ages.start)..cta(c, t, ages.end)];
                for i in 0..profile.len() {
                    row[i] += v * profile[i];
                }
                rows.heads[ct(c, t)] += v * heads_per_immigrant;
                rows.fte[ct(c, t)] += v * fte_per_immigrant[t];
            }
        }
        let exit = s.outside[c] * p.outside_exit;
        ledger.retirement += exit * p.outside_exit_retire_share;
        ledger.emigration += exit * (1.0 - p.outside_exit_retire_share);
        n.outside[c] = s.outside[c] - exit + outside_inflow[c];
    }
}
