//! Specialist block (MODEL.md §2.3, S2) and new specialists' location choice (§2.6, S3).
//!
//! S2: retirement (P11a scales the hazard at 60+), emigration, gross inter-cell re-draw with
//! origin-independent destination shares (movers pooled by type and age, §9), ageing, then switching
//! HSP → PSP and GP/HSP → MUN within a cell. S3: HU completers stay in their final-HU cell with ρ^H
//! (ρ_P7 for P7 movers); the rest are matched to vacancies of their type.

use super::baseline::Baseline;
use super::dims::*;
use super::fte::Fte;
use super::ledger::Ledger;
use super::matching::{MatchInput, match_applicants};
use super::params::{LeverTerms, Params};
use super::state::State;

/// Specialist FTE (specialist term, FTE^spec) and heads of every (cell, type) row of a stock, kept up to
/// date through switching so S3 need not re-scan the ages.
#[derive(Clone, Copy, Debug)]
pub struct RowFte {
    pub fte: [f64; CELLS * TYPES],
    pub heads: [f64; CELLS * TYPES],
    /// Net specialist moves into each cell this year (movers in − movers out; §4.1 net mobility).
    pub net_moves: [f64; CELLS],
}

/// FTE per head at age index `a` of type `t` (φ_τ(a) · m_φ, × s_GP for GP).
#[inline(always)]
pub(crate) fn phi(p: &Params, t: usize, a: usize, gp_scale: f64, trend: f64) -> f64 {
    trend * p.fte_profile[a] * if t == GP { gp_scale } else { 1.0 }
}

/// One pass over all rows of `s`.
pub fn row_sums(s: &State, p: &Params, gp_scale: f64, trend: f64, has_tags: bool) -> RowFte {
    let mut out = RowFte { fte: [0.0; CELLS * TYPES], heads: [0.0; CELLS * TYPES], net_moves: [0.0; CELLS] };
    for t in 0..TYPES {
        let mut phis = [0.0; AGES];
        for (a, v) in phis.iter_mut().enumerate() {
            *v = phi(p, t, a, gp_scale, trend);
        }
        for c in 0..CELLS {
            let row = cta(c, t, 0);
            let stock = &s.specialists[row..row + AGES];
            let mut fte = dot4(stock, &phis);
            let heads = sum4(stock);
            if has_tags {
                let mut corr = [0.0; AGES];
                for a in 0..AGES {
                    corr[a] = p.senior_fte - phis[a];
                }
                fte += dot4(&s.senior_tag[row..row + AGES], &corr);
            }
            out.fte[ct(c, t)] = fte;
            out.heads[ct(c, t)] = heads;
        }
    }
    out
}

/// Specialist FTE (specialist term) of type `t` in cell `c` of state `s`.
pub fn specialist_fte(s: &State, p: &Params, c: usize, t: usize, scale: f64, trend: f64) -> (f64, f64) {
    let mut fte = 0.0;
    let mut heads = 0.0;
    for a in 0..AGES {
        let v = s.specialists[cta(c, t, a)];
        let phi = trend * p.fte_profile[a] * scale;
        fte += v * phi;
        heads += v;
        let tag = s.senior_tag[cta(c, t, a)];
        if tag != 0.0 {
            fte += tag * (p.senior_fte - phi);
        }
    }
    (fte, heads)
}

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

/// S2: exits, mobility, ageing and switching; writes `n.specialists` and `n.senior_tag` from `s`.
/// `fte_old` is the FTE of X_y (vacancies of movers are read at the start of the year).
#[allow(clippy::too_many_arguments)]
pub fn step_specialists(
    b: &Baseline,
    p: &Params,
    terms: &LeverTerms,
    s: &State,
    fte_old: &Fte,
    yt: usize,
    trend: f64,
    has_tags: bool,
    n: &mut State,
    ledger: &mut Ledger,
) -> RowFte {
    let cap_factor = b.capacity_factor(yt);
    // Every age ≥ 1 of a row is written below; only age 0 (28) must be cleared. Tags are cleared only
    // when they can exist (both buffers stay all-zero until P11a first acts).
    let tags_now = has_tags || p.senior_hazard.iter().any(|&h| h != 1.0);
    for row in (0..CELLS * TYPES).map(|r| r * AGES) {
        n.specialists[row] = 0.0;
    }
    if tags_now {
        n.senior_tag = [0.0; CELLS * TYPES * AGES];
    }
    let mut movers = [0.0; TYPES * AGES];
    let mut mover_tags = [0.0; TYPES * AGES];
    let mut moved_out = [0.0; CELLS];
    let mut moved_in = [0.0; CELLS];
    let any_tags = has_tags;
    // Exits by age, summed over rows (independent chains per age; summed once at the end).
    let mut retired_by_age = [0.0; AGES];
    let mut emigrated_by_age = [0.0; AGES];
    // Index of age 60 (P11a acts from 60).
    const A60: usize = 60 - AGE_MIN;
    for c in 0..CELLS {
        let senior = p.senior_hazard[c];
        for t in 0..TYPES {
            let row = cta(c, t, 0);
            let xi = p.out_mobility[ct(c, t)];
            let q0 = &p.retirement[t];
            let mut q = *q0;
            if senior != 1.0 {
                for a in A60..AGES - 1 {
                    q[a] = (q0[a] * senior).min(1.0);
                }
            }
            // Branch-free inner loop over ages (the hot loop of a run): exits, emigration, mobility,
            // ageing. At a_max, q = 1: every head retires.
            let src = &s.specialists[row..row + AGES];
            let dst = &mut n.specialists[row..row + AGES];
            let mv = &mut movers[t * AGES..(t + 1) * AGES];
            let mut moved_by_age = [0.0; AGES];
            for a in 0..AGES - 1 {
                let v = src[a];
                let retired = v * q[a];
                let survivors = v - retired;
                let emigrants = survivors * p.emigration[a];
                let v1 = survivors - emigrants;
                let mo = v1 * (p.mobility[a] * xi);
                dst[a + 1] = v1 - mo;
                mv[a + 1] += mo;
                moved_by_age[a] = mo;
                retired_by_age[a] += retired;
                emigrated_by_age[a] += emigrants;
            }
            retired_by_age[AGES - 1] += src[AGES - 1];
            moved_out[c] += sum4(&moved_by_age);
            // P11a tag: tagged heads survive at (1 − q); untagged heads saved by the lever are
            // (v − tag)(q0 − q). Using (v − tag) instead of MODEL.md's v keeps tag ≤ stock (T2).
            if any_tags || senior != 1.0 {
                // Branch-free: with tag = 0 and q = q0 the update is exactly 0.
                for a in 0..AGES - 1 {
                    let v = s.specialists[row + a];
                    let tag = s.senior_tag[row + a];
                    let tag1 = (tag * (1.0 - q[a]) + (v - tag) * (q0[a] - q[a])) * (1.0 - p.emigration[a]);
                    let tag_moving = tag1 * (p.mobility[a] * xi);
                    n.senior_tag[row + a + 1] = tag1 - tag_moving;
                    mover_tags[t * AGES + a + 1] += tag_moving;
                }
            }
        }
    }
    ledger.retirement += sum4(&retired_by_age);
    ledger.emigration += sum4(&emigrated_by_age);
    // Destination shares π_τ[c'] ∝ A^S_τ (Vac_τ + ε_W Cap_τ), vacancies from X_y.
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
        let mv = &movers[t * AGES..(t + 1) * AGES];
        let mt = &mover_tags[t * AGES..(t + 1) * AGES];
        let any_movers = mv.iter().any(|&x| x != 0.0);
        let any_mover_tags = mt.iter().any(|&x| x != 0.0);
        if total > 0.0 {
            // Contiguous row updates (vectorisable): each destination row receives its share of
            // every age's movers.
            if any_movers {
                for c in 0..CELLS {
                    let share = weights[c] / total;
                    let row = cta(c, t, 0);
                    let dst = &mut n.specialists[row..row + AGES];
                    for a in 0..AGES {
                        dst[a] += mv[a] * share;
                    }
                    moved_in[c] += sum4(mv) * share;
                }
            }
            if any_mover_tags {
                for c in 0..CELLS {
                    let share = weights[c] / total;
                    let row = cta(c, t, 0);
                    for a in 0..AGES {
                        n.senior_tag[row + a] += mt[a] * share;
                    }
                }
            }
        } else {
            // No destination weight anywhere: movers stay where they were (pro rata to stayers).
            for a in 0..AGES {
                let stayers: f64 = (0..CELLS).map(|c| n.specialists[cta(c, t, a)]).sum();
                for c in 0..CELLS {
                    let share = if stayers > 0.0 { n.specialists[cta(c, t, a)] / stayers } else { 0.1 };
                    moved_in[c] += mv[a] * share;
                    n.specialists[cta(c, t, a)] += mv[a] * share;
                    n.senior_tag[cta(c, t, a)] += mt[a] * share;
                }
            }
        }
    }
    // Switching after ageing, within cell (conserved). Row FTE and heads are computed once and
    // updated by each transfer.
    let gp_scale = b.gp_fte_scale;
    let mut rows = row_sums(n, p, gp_scale, trend, tags_now);
    for c in 0..CELLS {
        rows.net_moves[c] = moved_in[c] - moved_out[c];
    }
    const A40: usize = 40 - AGE_MIN;
    const A64: usize = 64 - AGE_MIN;
    for c in 0..CELLS {
        let hsp_40_64: f64 = sum4(&n.specialists[cta(c, HSP, A40)..=cta(c, HSP, A64)]);
        let (psp_fte, psp_heads) = (rows.fte[ct(c, PSP)], rows.heads[ct(c, PSP)]);
        let vac_psp = vacancy_heads(capacity(b, terms, c, PSP, cap_factor), psp_fte, psp_fte, psp_heads, trend);
        let sw_psp = (p.fill_psp[c] * vac_psp).min(p.switching_max * hsp_40_64);
        if sw_psp > 0.0 && hsp_40_64 > 0.0 {
            transfer(n, p, &mut rows, c, HSP, PSP, A40..A64 + 1, sw_psp / hsp_40_64, gp_scale, trend, tags_now);
        }
        let (mun_fte, mun_heads) = (rows.fte[ct(c, MUN)], rows.heads[ct(c, MUN)]);
        let vac_mun = vacancy_heads(capacity(b, terms, c, MUN, cap_factor), mun_fte, mun_fte, mun_heads, trend);
        for (source, share) in [(GP, p.mun_from_gp), (HSP, 1.0 - p.mun_from_gp)] {
            let stock = rows.heads[ct(c, source)];
            let sw = (share * p.fill_mun[c] * vac_mun).min(p.switching_max * stock);
            if sw > 0.0 && stock > 0.0 {
                transfer(n, p, &mut rows, c, source, MUN, 0..AGES, sw / stock, gp_scale, trend, tags_now);
            }
        }
    }
    rows
}

/// Moves a fraction `f` of heads (and their tags) of type `from` to type `to` over the age indices
/// `ages`, keeping the row FTE and heads in `rows` up to date.
#[allow(clippy::too_many_arguments)]
fn transfer(
    n: &mut State,
    p: &Params,
    rows: &mut RowFte,
    c: usize,
    from: usize,
    to: usize,
    ages: std::ops::Range<usize>,
    f: f64,
    gp_scale: f64,
    trend: f64,
    tags: bool,
) {
    let (rf, rt) = (cta(c, from, 0), cta(c, to, 0));
    let (mut heads, mut fte_from, mut fte_to) = (0.0, 0.0, 0.0);
    for a in ages {
        let moved = n.specialists[rf + a] * f;
        n.specialists[rf + a] -= moved;
        n.specialists[rt + a] += moved;
        let (pf, pt) = (phi(p, from, a, gp_scale, trend), phi(p, to, a, gp_scale, trend));
        heads += moved;
        fte_from += moved * pf;
        fte_to += moved * pt;
        if tags {
            let tag = n.senior_tag[rf + a] * f;
            n.senior_tag[rf + a] -= tag;
            n.senior_tag[rt + a] += tag;
            fte_from += tag * (p.senior_fte - pf);
            fte_to += tag * (p.senior_fte - pt);
        }
    }
    rows.heads[ct(c, from)] -= heads;
    rows.heads[ct(c, to)] += heads;
    rows.fte[ct(c, from)] -= fte_from;
    rows.fte[ct(c, to)] += fte_to;
}

/// Result of S3 for reporting.
#[derive(Clone, Copy, Debug, Default)]
pub struct NewSpecialists {
    /// NewSpec[c,k] by destination cell (index `ck`).
    pub placed: [f64; CELLS * TRACKS],
    /// Unplaced new specialists (→ X or abroad).
    pub unplaced: f64,
}

/// S3: HU completers of X_y become specialists in `n` (after S2 wrote `n.specialists`).
#[allow(clippy::too_many_arguments)]
pub fn step_new_specialists(
    b: &Baseline,
    p: &Params,
    terms: &LeverTerms,
    s: &State,
    yt: usize,
    trend: f64,
    rows: &mut RowFte,
    n: &mut State,
    outside_inflow: &mut [f64; CELLS],
    ledger: &mut Ledger,
) -> NewSpecialists {
    let cap_factor = b.capacity_factor(yt);
    let mut report = NewSpecialists::default();
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
            let phi = if heads > 0.0 && spec > 0.0 { spec / heads } else { trend * scale };
            let vac = vacancy_heads(cap, fte, spec, heads, trend * scale);
            // Decision: ς·Cap is in FTE; it is converted to heads with the cell's mean φ̄ like Vac.
            input.posts[c] = (vac - stay[c]).max(0.0) + p.overhire * cap / phi.max(1e-9);
            input.attractiveness[c] = p.attr_specialist[ct(c, t)];
        }
        input.outside_weight = p.outside_specialist;
        let out = match_applicants(&input);
        for c in 0..CELLS {
            let placed = stay[c] + out.filled[c];
            report.placed[ck(c, k)] = placed;
            let (mut heads, mut fte) = (0.0, 0.0);
            for a in support(&p.recognition_age[k]) {
                let v = placed * p.recognition_age[k][a];
                n.specialists[cta(c, t, a)] += v;
                heads += v;
                fte += v * phi(p, t, a, b.gp_fte_scale, trend);
            }
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
