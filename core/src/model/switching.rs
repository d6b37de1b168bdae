//! Switching between specialist types within a cell after ageing (MODEL.md §2.3, end of S2): hospital
//! specialists aged 40–64 take practice provider numbers (HSP → PSP) and GPs and hospital specialists
//! fill municipal posts (→ MUN), each limited by the target type's vacancies and by β_sw of the source.
//! Conserved: heads only change type.

use crate::math::MinMax;
use super::baseline::Baseline;
use super::dims::*;
use super::params::{LeverTerms, Params};
use super::rows::{FtePerHead, RowFte};
use super::specialists::{capacity, vacancy_heads};
use super::state::State;

const A40: usize = 40 - AGE_MIN;
const A64: usize = 64 - AGE_MIN;

/// Switches heads in every cell of `n`, keeping the row FTE and heads in `rows` up to date.
/// `cap_factor` is the step's capacity factor, `trend` m_φ(y); `TAGS`: P11a tags can exist (the tag
/// updates are compiled in only then).
#[allow(clippy::too_many_arguments)]
pub fn switch_types<const TAGS: bool>(
    b: &Baseline,
    p: &Params,
    terms: &LeverTerms,
    phi: &FtePerHead,
    cap_factor: f64,
    trend: f64,
    n: &mut State,
    rows: &mut RowFte,
) {
    for c in 0..CELLS {
        let hsp_40_64: f64 = sum_lanes(&n.specialists[cta(c, HSP, A40)..=cta(c, HSP, A64)]);
        let (psp_fte, psp_heads) = (rows.fte[ct(c, PSP)], rows.heads[ct(c, PSP)]);
        let vac_psp = vacancy_heads(capacity(b, terms, c, PSP, cap_factor), psp_fte, psp_fte, psp_heads, trend);
        let sw_psp = (p.fill_psp[c] * vac_psp).minf(p.switching_max * hsp_40_64);
        if sw_psp > 0.0 && hsp_40_64 > 0.0 {
            transfer_ages::<TAGS>(n, phi, rows, c, HSP, PSP, A40..A64 + 1, hsp_40_64, sw_psp / hsp_40_64);
        }
        let (mun_fte, mun_heads) = (rows.fte[ct(c, MUN)], rows.heads[ct(c, MUN)]);
        let vac_mun = vacancy_heads(capacity(b, terms, c, MUN, cap_factor), mun_fte, mun_fte, mun_heads, trend);
        // GP → MUN and HSP → MUN. The second transfer reads nothing the first changes (only GP and
        // MUN rows), so both fractions are known up front, and when both happen one pass moves both.
        let fraction = |source: usize, share: f64| {
            let stock = rows.heads[ct(c, source)];
            let sw = (share * p.fill_mun[c] * vac_mun).minf(p.switching_max * stock);
            (sw > 0.0 && stock > 0.0).then(|| sw / stock)
        };
        match (fraction(GP, p.mun_from_gp), fraction(HSP, 1.0 - p.mun_from_gp)) {
            (Some(f_gp), Some(f_hsp)) => transfer_two_rows_to_mun::<TAGS>(n, phi, rows, c, f_gp, f_hsp),
            (Some(f_gp), None) => transfer_row::<TAGS>(n, phi, rows, c, GP, MUN, f_gp),
            (None, Some(f_hsp)) => transfer_row::<TAGS>(n, phi, rows, c, HSP, MUN, f_hsp),
            (None, None) => {}
        }
    }
}

/// [`transfer_row`] GP → MUN with `f_gp` followed by HSP → MUN with `f_hsp`, in one pass over the
/// three rows: every element gets the same operations in the same order (MUN receives the GP share,
/// then the HSP share), so the result is bit-identical to the two transfers in turn.
fn transfer_two_rows_to_mun<const TAGS: bool>(n: &mut State, phi: &FtePerHead, rows: &mut RowFte, c: usize, f_gp: f64, f_hsp: f64) {
    let gp = transfer_terms::<TAGS>(n, phi, rows, c, GP, MUN, f_gp);
    let hsp = transfer_terms::<TAGS>(n, phi, rows, c, HSP, MUN, f_hsp);
    move_two_shares(&mut n.specialists, c, 0..AGES, f_gp, f_hsp);
    if TAGS {
        move_two_shares(&mut n.senior_tag, c, A60..AGES, f_gp, f_hsp);
    }
    book(rows, c, GP, MUN, gp.0, gp.1, gp.2);
    book(rows, c, HSP, MUN, hsp.0, hsp.1, hsp.2);
}

/// GP and HSP rows of cell `c` each give a share (`f_gp`, `f_hsp`) of `x` over `ages` to the MUN row.
#[inline(always)]
fn move_two_shares(x: &mut [f64], c: usize, ages: std::ops::Range<usize>, f_gp: f64, f_hsp: f64) {
    let len = ages.end - ages.start;
    let (lo, mun) = x.split_at_mut(cta(c, MUN, 0));
    let (gp, hsp) = lo.split_at_mut(cta(c, HSP, 0));
    let gp = &mut gp[cta(c, GP, 0) + ages.start..][..len];
    let hsp = &mut hsp[ages.start..][..len];
    let mun = &mut mun[ages.start..][..len];
    for i in 0..len {
        let from_gp = gp[i] * f_gp;
        gp[i] -= from_gp;
        mun[i] += from_gp;
        let from_hsp = hsp[i] * f_hsp;
        hsp[i] -= from_hsp;
        mun[i] += from_hsp;
    }
}

/// Moves a fraction `f` of heads (and their tags) of type `from` to type `to` over the age indices
/// `ages`, whose heads `from` holds `range_heads` (the caller's `sum_lanes` of that range), keeping
/// the row FTE and heads in `rows` up to date. `TAGS`: P11a tags can exist.
///
/// The heads and FTE moved are f × the range's sums, taken with lane sums (`sum_lanes`) before the
/// move (a running sum per age would be a chain of dependent additions); the move itself is then a
/// plain element-wise loop. Neither type may be GP (φ is then the same for both).
#[allow(clippy::too_many_arguments)]
fn transfer_ages<const TAGS: bool>(
    n: &mut State,
    phi: &FtePerHead,
    rows: &mut RowFte,
    c: usize,
    from: usize,
    to: usize,
    ages: std::ops::Range<usize>,
    range_heads: f64,
    f: f64,
) {
    debug_assert!(from != GP && to != GP);
    let rf = cta(c, from, 0);
    let pf = &phi.by_type[from][ages.clone()];
    let src = &n.specialists[rf + ages.start..rf + ages.end];
    let heads = f * range_heads;
    let mut fte = f * dot_lanes(src, pf);
    move_share(&mut n.specialists, rf, cta(c, to, 0), ages.clone(), f);
    if TAGS && ages.end > A60 {
        // Tags exist from age 60 on only (see `A60`); a tagged head delivers φ_sen instead of φ(a).
        let tags = ages.start.max(A60)..ages.end;
        let tag = &n.senior_tag[rf + tags.start..rf + tags.end];
        fte += f * (phi.senior * sum_lanes(tag) - dot_lanes(tag, &pf[tags.start - ages.start..]));
        move_share(&mut n.senior_tag, rf, cta(c, to, 0), tags, f);
    }
    book(rows, c, from, to, heads, fte, fte);
}

/// Moves the fraction `f` of a whole row (heads and tags) of type `from` to type `to`, keeping `rows`
/// up to date. The heads and FTE moved are f × the row sums `rows` already holds, so no age is summed:
/// FTE^spec of the row is Σ_a S φ_from(a) + Σ_a tag (φ_sen − φ_from(a)); arriving in `to` the same
/// heads deliver it with φ_to, where φ_GP = s_GP · φ for every other type.
#[allow(clippy::too_many_arguments)]
fn transfer_row<const TAGS: bool>(n: &mut State, phi: &FtePerHead, rows: &mut RowFte, c: usize, from: usize, to: usize, f: f64) {
    let (rf, rt) = (cta(c, from, 0), cta(c, to, 0));
    let (heads, fte_from, fte_to) = transfer_terms::<TAGS>(n, phi, rows, c, from, to, f);
    move_share(&mut n.specialists, rf, rt, 0..AGES, f);
    if TAGS {
        move_share(&mut n.senior_tag, rf, rt, A60..AGES, f);
    }
    book(rows, c, from, to, heads, fte_from, fte_to);
}

/// The heads and FTE a whole-row transfer of the fraction `f` moves (read before the move): heads,
/// FTE leaving `from`, FTE arriving in `to`.
#[inline(always)]
fn transfer_terms<const TAGS: bool>(n: &State, phi: &FtePerHead, rows: &RowFte, c: usize, from: usize, to: usize, f: f64) -> (f64, f64, f64) {
    let rf = cta(c, from, 0);
    let (heads, fte_from) = (f * rows.heads[ct(c, from)], f * rows.fte[ct(c, from)]);
    let fte_to = if (from == GP) == (to == GP) {
        fte_from
    } else {
        // Split off the senior term φ_sen · tags, which does not depend on the type.
        let senior = if TAGS { f * phi.senior * sum_lanes(&n.senior_tag[rf + A60..rf + AGES]) } else { 0.0 };
        let ratio = if from == GP { 1.0 / phi.gp_scale } else { phi.gp_scale };
        (fte_from - senior) * ratio + senior
    };
    (heads, fte_from, fte_to)
}

/// Books a transfer in the row sums.
#[inline(always)]
fn book(rows: &mut RowFte, c: usize, from: usize, to: usize, heads: f64, fte_from: f64, fte_to: f64) {
    rows.heads[ct(c, from)] -= heads;
    rows.heads[ct(c, to)] += heads;
    rows.fte[ct(c, from)] -= fte_from;
    rows.fte[ct(c, to)] += fte_to;
}

/// Moves the fraction `f` of `x[from + a]` to `x[to + a]` for every `a` in `ages` (the two rows are
/// disjoint), element-wise.
#[inline(always)]
fn move_share(x: &mut [f64], from: usize, to: usize, ages: std::ops::Range<usize>, f: f64) {
    let len = ages.end - ages.start;
    let (lo, hi) = x.split_at_mut(from.max(to));
    let (a, b) = (&mut lo[from.min(to) + ages.start..][..len], &mut hi[ages.start..][..len]);
    let (src, dst) = if from < to { (a, b) } else { (b, a) };
    // Indexed rather than zipped: the size-optimised build does not inline the zip adapter.
    for i in 0..len {
        let moved = src[i] * f;
        src[i] -= moved;
        dst[i] += moved;
    }
}
