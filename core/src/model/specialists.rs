//! Specialist block (MODEL.md §2.3, S2): retirement (P11a scales the hazard at 60+), emigration, gross
//! inter-cell re-draw with origin-independent destination shares (movers pooled by type and age, §9)
//! and ageing, then the re-draw ([`super::mobility`]) and switching ([`super::switching`]). New
//! specialists (S3) are in [`super::new_specialists`].

use super::baseline::Baseline;
use super::dims::*;
use super::fte::Fte;
use super::ledger::Ledger;
use super::params::{LeverTerms, Params};
use super::mobility::{Movers, redistribute_movers};
use super::mobility_factors::Factors;
use super::rows::{FtePerHead, RowFte};
use super::state::State;
use super::switching::switch_types;

/// Vacancies in heads: max(0, Cap − FTE) / φ̄ where φ̄ is the cell's mean FTE per head of the type
/// (`fallback_phi` if the cell has no heads).
#[inline(always)]
pub fn vacancy_heads(capacity: f64, fte: f64, spec_fte: f64, heads: f64, fallback_phi: f64) -> f64 {
    let phi = if heads > 0.0 && spec_fte > 0.0 { spec_fte / heads } else { fallback_phi };
    (capacity - fte).max(0.0) / phi.max(1e-9)
}

/// Capacity of type `t` in cell `c` for a step whose capacity factor (`Baseline::capacity_factor`,
/// computed once per step) is `factor`.
#[inline(always)]
pub fn capacity(b: &Baseline, terms: &LeverTerms, c: usize, t: usize, factor: f64) -> f64 {
    b.capacity[ct(c, t)] * factor + terms.extra_capacity[ct(c, t)]
}

/// Trainee FTE counted in FTE_GP (AM-HU practice time and half of KBU), of state `s`.
#[inline(always)]
pub fn gp_trainee_fte(s: &State, p: &Params, c: usize) -> f64 {
    p.fte_hu[AM] * p.am_practice_share * s.hu_heads(c, AM) + p.fte_kbu * 0.5 * s.kbu[c]
}

/// Per-age sums of one S2 pass over all rows.
struct Flows {
    movers: Movers,
    /// Exits by age, summed over rows (independent chains per age; summed once at the end).
    retired_by_age: [f64; AGES],
    emigrated_by_age: [f64; AGES],
    /// Movers out by (cell, type), index `ct`.
    moved_out: [f64; CELLS * TYPES],
    /// Scratch: the current row's movers by age (every age but a_max is overwritten per row, a_max
    /// stays 0; kept here so that no row has to zero a fresh array).
    row_moved_by_age: [f64; AGES],
}

/// The hazards and rates of one row.
struct RowRates<'a> {
    /// q with P11a applied, and the baseline q₀.
    q: &'a [f64; AGES],
    q0: &'a [f64; AGES],
    emigration: &'a [f64; AGES],
    mobility: &'a [f64; AGES],
    /// ξ_out of the row's cell and type.
    xi: f64,
}

/// Exits, emigration, re-draw and ageing of the row starting at `row` (the hot loop of a run); with
/// `TAGS` the P11a tag of the same row. Tagged heads survive at (1 − q); untagged heads saved by the
/// lever are (v − tag)(q₀ − q): using (v − tag) instead of MODEL.md's v keeps tag ≤ stock (T2). Below
/// age 60 q = q₀ and the tag is 0, so the tag update is exactly 0 there and runs over `A60..` only
/// (see [`A60`]). At a_max, q = 1.
#[inline(always)]
fn age_row<const TAGS: bool>(s: &State, n: &mut State, row: usize, t: usize, r: &RowRates, fl: &mut Flows) -> f64 {
    let src: &[f64; AGES] = s.specialists[row..row + AGES].try_into().unwrap();
    let dst: &mut [f64; AGES] = (&mut n.specialists[row..row + AGES]).try_into().unwrap();
    let mv = &mut fl.movers.heads[t];
    dst[0] = 0.0;
    for a in 0..AGES - 1 {
        let v = src[a];
        let retired = v * r.q[a];
        let survivors = v - retired;
        let emigrants = survivors * r.emigration[a];
        let v1 = survivors - emigrants;
        let mo = v1 * (r.mobility[a] * r.xi);
        dst[a + 1] = v1 - mo;
        mv[a + 1] += mo;
        fl.row_moved_by_age[a] = mo;
        fl.retired_by_age[a] += retired;
        fl.emigrated_by_age[a] += emigrants;
    }
    fl.retired_by_age[AGES - 1] += src[AGES - 1];
    if TAGS {
        let tag_src: &[f64; AGES] = s.senior_tag[row..row + AGES].try_into().unwrap();
        let tag_dst: &mut [f64; AGES] = (&mut n.senior_tag[row..row + AGES]).try_into().unwrap();
        let mt = &mut fl.movers.tags[t];
        for a in A60..AGES - 1 {
            let (v, tag) = (src[a], tag_src[a]);
            let tag1 = (tag * (1.0 - r.q[a]) + (v - tag) * (r.q0[a] - r.q[a])) * (1.0 - r.emigration[a]);
            let tag_moving = tag1 * (r.mobility[a] * r.xi);
            tag_dst[a + 1] = tag1 - tag_moving;
            mt[a + 1] += tag_moving;
        }
    }
    sum_lanes(&fl.row_moved_by_age)
}

/// S2: exits, mobility, ageing and switching; writes `n.specialists` and `n.senior_tag` from `s` and
/// returns the row sums of the result. `fte_old` is the FTE of X_y (vacancies of movers are read at
/// the start of the year); `has_tags` says whether `s` can hold a P11a tag. The re-draw's origin ×
/// destination flows are recorded in `redraw`.
#[allow(clippy::too_many_arguments)]
pub fn step_specialists(
    b: &Baseline,
    p: &Params,
    terms: &LeverTerms,
    s: &State,
    fte_old: &Fte,
    yt: usize,
    phi: &FtePerHead,
    trend: f64,
    has_tags: bool,
    n: &mut State,
    ledger: &mut Ledger,
    redraw: &mut Factors<TYPES>,
) -> RowFte {
    let cap_factor = b.capacity_factor(yt);
    // Tags are written only when they can exist (both buffers stay all-zero until P11a first acts).
    let tags_now = has_tags || p.senior_hazard.iter().any(|&h| h != 1.0);
    let mut fl = Flows {
        movers: Movers { heads: [[0.0; AGES]; TYPES], tags: [[0.0; AGES]; TYPES] },
        retired_by_age: [0.0; AGES],
        emigrated_by_age: [0.0; AGES],
        moved_out: [0.0; CELLS * TYPES],
        row_moved_by_age: [0.0; AGES],
    };
    let mut q_senior: [f64; AGES];
    for c in 0..CELLS {
        let senior = p.senior_hazard[c];
        for t in 0..TYPES {
            let row = cta(c, t, 0);
            let q0 = &p.retirement[t];
            let q = if senior != 1.0 {
                q_senior = *q0;
                for a in A60..AGES - 1 {
                    q_senior[a] = (q0[a] * senior).min(1.0);
                }
                &q_senior
            } else {
                q0
            };
            let rates = RowRates { q, q0, emigration: &p.emigration, mobility: &p.mobility, xi: p.out_mobility[ct(c, t)] };
            fl.moved_out[ct(c, t)] = if has_tags || senior != 1.0 {
                age_row::<true>(s, n, row, t, &rates, &mut fl)
            } else {
                if tags_now {
                    n.senior_tag[row + A60..row + AGES].fill(0.0);
                }
                age_row::<false>(s, n, row, t, &rates, &mut fl)
            };
        }
    }
    ledger.retirement += sum_lanes(&fl.retired_by_age);
    ledger.emigration += sum_lanes(&fl.emigrated_by_age);
    let mut rows = RowFte::zero();
    let moved_in = if tags_now {
        let moved_in = redistribute_movers::<true>(b, p, terms, fte_old, phi, cap_factor, trend, &fl.movers, n, &mut rows);
        switch_types::<true>(b, p, terms, phi, cap_factor, trend, n, &mut rows);
        moved_in
    } else {
        let moved_in = redistribute_movers::<false>(b, p, terms, fte_old, phi, cap_factor, trend, &fl.movers, n, &mut rows);
        switch_types::<false>(b, p, terms, phi, cap_factor, trend, n, &mut rows);
        moved_in
    };
    for c in 0..CELLS {
        let moved_in_c: f64 = (0..TYPES).map(|t| moved_in[ct(c, t)]).sum();
        rows.net_moves[c] = moved_in_c - (0..TYPES).map(|t| fl.moved_out[ct(c, t)]).sum::<f64>();
    }
    *redraw = Factors::redraw(&fl.moved_out, &moved_in);
    rows
}
