//! Specialist re-draw (MODEL.md §2.3, S2): movers pooled by type and age go to cell c' with the
//! origin-independent share π_τ[c'] ∝ A^S_τ (Vac_τ + ε_W Cap_τ), vacancies read from X_y (§9 mobility
//! trick). The pass that adds a row's movers also takes the row's sums (FTE and heads) for the rest
//! of the step.

use super::baseline::Baseline;
use super::dims::*;
use super::fte::Fte;
use super::params::{LeverTerms, Params};
use super::rows::{FtePerHead, RowFte};
use super::specialists::{capacity, vacancy_heads};
use super::state::State;

/// Movers pooled by type and age (after ageing) and the P11a tags they carry.
pub struct Movers {
    pub heads: [[f64; AGES]; TYPES],
    pub tags: [[f64; AGES]; TYPES],
}

/// Adds the movers to `n`, fills `rows` with the row sums of the result and returns the movers
/// received by each (cell, type), index `ct`. `TAGS`: P11a tags can exist.
#[allow(clippy::too_many_arguments)]
pub fn redistribute_movers<const TAGS: bool>(
    b: &Baseline,
    p: &Params,
    terms: &LeverTerms,
    fte_old: &Fte,
    phi: &FtePerHead,
    cap_factor: f64,
    trend: f64,
    movers: &Movers,
    n: &mut State,
    rows: &mut RowFte,
) -> [f64; CELLS * TYPES] {
    let mut moved_in = [0.0; CELLS * TYPES];
    for t in 0..TYPES {
        let mut weights = [0.0; CELLS];
        let mut total = 0.0;
        for c in 0..CELLS {
            let cap = capacity(b, terms, c, t, cap_factor);
            let scale = if t == GP { b.gp_fte_scale } else { 1.0 };
            // Vacancies of X_y, from the FTE of X_y (the previous S11, §2.0).
            let (spec, heads) = (fte_old.spec[ct(c, t)], fte_old.heads[ct(c, t)]);
            let fte = if t == GP { fte_old.total[ct(c, GP)] } else { spec };
            let vac = vacancy_heads(cap, fte, spec, heads, trend * scale);
            weights[c] = p.attr_specialist[ct(c, t)] * (vac + p.vacancy_floor * cap);
            total += weights[c];
        }
        let (mv, mt) = (&movers.heads[t], &movers.tags[t]);
        let phis = &phi.by_type[t];
        let corr = phi.tag_correction(t);
        if total > 0.0 {
            let movers_total = sum_lanes(mv);
            for c in 0..CELLS {
                let share = weights[c] / total;
                let row = cta(c, t, 0);
                moved_in[ct(c, t)] = movers_total * share;
                // Add the row's share of every age's movers and take the row sums while it is hot.
                // One pass: add the movers and take the heads and FTE lane sums of the result.
                let dst: &mut [f64; AGES] = (&mut n.specialists[row..row + AGES]).try_into().unwrap();
                let (heads, fte) = add_scaled_lanes(dst, mv, share, phis);
                rows.heads[ct(c, t)] = combine_lanes(&heads);
                rows.fte[ct(c, t)] = if TAGS {
                    // Tags exist from age 60 on only (see `A60`); one reduction for heads and tags.
                    let tags: &mut [f64; AGES] = (&mut n.senior_tag[row..row + AGES]).try_into().unwrap();
                    for a in A60..AGES {
                        tags[a] += mt[a] * share;
                    }
                    finish_dot_lanes(fte, &tags[A60..], &corr)
                } else {
                    combine_lanes(&fte)
                };
            }
        } else {
            // No destination weight anywhere: movers stay where they were (pro rata to stayers).
            for a in 0..AGES {
                let stayers: f64 = (0..CELLS).map(|c| n.specialists[cta(c, t, a)]).sum();
                for c in 0..CELLS {
                    let share = if stayers > 0.0 { n.specialists[cta(c, t, a)] / stayers } else { 0.1 };
                    moved_in[ct(c, t)] += mv[a] * share;
                    n.specialists[cta(c, t, a)] += mv[a] * share;
                    n.senior_tag[cta(c, t, a)] += mt[a] * share;
                }
            }
            for c in 0..CELLS {
                let row = cta(c, t, 0);
                let mut fte = dot_lanes(&n.specialists[row..row + AGES], phis);
                if TAGS {
                    fte += dot_lanes(&n.senior_tag[row + A60..row + AGES], &corr);
                }
                rows.fte[ct(c, t)] = fte;
                rows.heads[ct(c, t)] = sum_lanes(&n.specialists[row..row + AGES]);
            }
        }
    }
    moved_in
}
