//! Specialist block (MODEL.md §2.3, S2): retirement (P11a scales the hazard at 60+), emigration, gross
//! inter-cell re-draw with origin-independent destination shares (movers pooled by type and age, §9)
//! and ageing, then the re-draw ([`super::mobility`]) and switching ([`super::switching`]). New
//! specialists (S3) are in [`super::new_specialists`].

use crate::math::MinMax;
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
    (capacity - fte).maxf(0.0) / phi.maxf(1e-9)
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
    /// Exits summed over rows, in [`LANES`] independent accumulators (age a goes to lane a mod 8 of a
    /// span; combined once at the end). Only the ledger reads them.
    exits: ExitLanes,
    /// Movers out by (cell, type), index `ct`.
    moved_out: [f64; CELLS * TYPES],
    /// Scratch: the current row's movers by age (every age but a_max is overwritten per row, a_max
    /// stays 0; kept here so that no row has to zero a fresh array).
    row_moved_by_age: [f64; AGES],
}

/// Length of the senior window `A60..AGES - 1`: the ages whose heads (and P11a tags) survive to an
/// age above 60 at the end of the step (the tags of `A60 + 1..AGES`; see [`A60`]).
const SW: usize = AGES - 1 - A60;

/// Retirements and emigrations in lane accumulators.
#[derive(Clone, Copy)]
struct ExitLanes {
    retired: [f64; LANES],
    emigrated: [f64; LANES],
}

impl ExitLanes {
    const ZERO: ExitLanes = ExitLanes { retired: [0.0; LANES], emigrated: [0.0; LANES] };

    /// Adds one row's lanes to the step's.
    #[inline(always)]
    fn add(&mut self, row: &ExitLanes) {
        for l in 0..LANES {
            self.retired[l] += row.retired[l];
            self.emigrated[l] += row.emigrated[l];
        }
    }
}

/// The hazards and rates of one row.
struct RowRates<'a> {
    /// The baseline q₀; below the senior window it is also the row's q (P11a acts from 60 on).
    q0: &'a [f64; AGES],
    /// q with P11a applied over the senior window `A60..AGES - 1`: only these entries can differ from
    /// q₀, so the row's q is never copied whole.
    q_senior: &'a [f64; SW],
    emigration: &'a [f64; AGES],
    mobility: &'a [f64; AGES],
    /// ξ_out of the row's cell and type.
    xi: f64,
}

/// The `N` entries of `x` from `lo` on, as an array (so that loops over them have a known length).
#[inline(always)]
fn window<const N: usize>(x: &[f64], lo: usize) -> &[f64; N] {
    x[lo..lo + N].try_into().unwrap()
}

/// Mutable [`window`].
#[inline(always)]
fn window_mut<const N: usize>(x: &mut [f64], lo: usize) -> &mut [f64; N] {
    (&mut x[lo..lo + N]).try_into().unwrap()
}

/// One age of one row's heads `v` with hazard `q`, emigration rate `em` and mobility `mob_xi`:
/// (retired, emigrants, movers, stayers). Shared by [`age_heads`] and the senior window of [`age_row`].
#[inline(always)]
fn age_one(v: f64, q: f64, em: f64, mob_xi: f64) -> (f64, f64, f64, f64) {
    let retired = v * q;
    let survivors = v - retired;
    let emigrants = survivors * em;
    let v1 = survivors - emigrants;
    let mo = v1 * mob_xi;
    (retired, emigrants, mo, v1 - mo)
}

/// Runs `span(base, len)` over `0..N` in spans of [`LANES`] (the last one shorter if `N` is not a
/// multiple), so that position `l` of a span is lane `l` of every lane accumulator.
#[inline(always)]
fn in_spans<const N: usize>(mut span: impl FnMut(usize, usize)) {
    let full = N - N % LANES;
    let mut base = 0;
    while base < full {
        span(base, LANES);
        base += LANES;
    }
    if !N.is_multiple_of(LANES) {
        span(full, N % LANES);
    }
}

/// Heads of the first `N` ages of one row with hazard `q`; every output is a separate array of the same
/// length (`dst`, `mv` shifted by one age: the heads age), so the loop has a fixed length and no
/// aliasing to rule out. Exits go to lane accumulators (age a to lane a mod [`LANES`]), not to
/// per-age arrays: two stores fewer per age.
#[allow(clippy::too_many_arguments)]
#[inline(always)]
fn age_heads<const N: usize>(
    src: &[f64; AGES],
    q: &[f64; N],
    r: &RowRates,
    dst: &mut [f64; AGES],
    mv: &mut [f64; AGES],
    moved: &mut [f64; AGES],
    exits: &mut ExitLanes,
) {
    let (src, em, mob) = (window::<N>(src, 0), window::<N>(r.emigration, 0), window::<N>(r.mobility, 0));
    let (dst, mv) = (window_mut::<N>(dst, 1), window_mut::<N>(mv, 1));
    in_spans::<N>(|base, len| {
        for l in 0..len {
            let i = base + l;
            let (retired, emigrants, mo, stayers) = age_one(src[i], q[i], em[i], mob[i] * r.xi);
            dst[i] = stayers;
            mv[i] += mo;
            moved[i] = mo;
            exits.retired[l] += retired;
            exits.emigrated[l] += emigrants;
        }
    });
}

/// Exits, emigration, re-draw and ageing of the row starting at `row` (the hot loop of a run); with
/// `TAGS` the P11a tag of the same row. Tagged heads survive at (1 − q); untagged heads saved by the
/// lever are (v − tag)(q₀ − q): using (v − tag) instead of MODEL.md's v keeps tag ≤ stock (T2). Below
/// age 60 q = q₀ and the tag is 0, so the tag update is exactly 0 there: the heads of ages below
/// [`A60`] age without it, the tag of `A60` is set to 0 (what the update would give: tag 0 and
/// q = q₀ at age A60 − 1), and the tag update runs over the senior window only, which starts on a
/// lane boundary (A60 = 4 × [`LANES`]), as the rows do in memory (see [`State`]). At a_max, q = 1.
/// Returns the row's movers.
#[inline(always)]
fn age_row<const TAGS: bool>(s: &State, n: &mut State, row: usize, t: usize, r: &RowRates, fl: &mut Flows) -> f64 {
    let src: &[f64; AGES] = window(&s.specialists, row);
    let dst: &mut [f64; AGES] = window_mut(&mut n.specialists, row);
    dst[0] = 0.0;
    let Flows { movers, exits: step_exits, row_moved_by_age: moved, .. } = fl;
    // The row's exits stay in registers; they join the step's once, at the end of the row.
    let mut exits = ExitLanes::ZERO;
    let mv = &mut movers.heads[t];
    if TAGS {
        age_heads::<A60>(src, window(r.q0, 0), r, dst, mv, moved, &mut exits);
        // The senior window: heads and tags in one pass over arrays of the window's length.
        n.senior_tag[row + A60] = 0.0;
        let (tag_src, tag_dst): (&[f64; SW], &mut [f64; SW]) = (window(&s.senior_tag, row + A60), window_mut(&mut n.senior_tag, row + A60 + 1));
        let (dst, mv, mt): (&mut [f64; SW], &mut [f64; SW], &mut [f64; SW]) =
            (window_mut(dst, A60 + 1), window_mut(mv, A60 + 1), window_mut(&mut movers.tags[t], A60 + 1));
        let (src, q0, q) = (window::<SW>(src, A60), window::<SW>(r.q0, A60), r.q_senior);
        let (em, mob) = (window::<SW>(r.emigration, A60), window::<SW>(r.mobility, A60));
        let moved: &mut [f64; SW] = window_mut(moved, A60);
        in_spans::<SW>(|base, len| {
            for l in 0..len {
                let i = base + l;
                let (v, tag) = (src[i], tag_src[i]);
                let (retired, emigrants, mo, stayers) = age_one(v, q[i], em[i], mob[i] * r.xi);
                dst[i] = stayers;
                mv[i] += mo;
                moved[i] = mo;
                exits.retired[l] += retired;
                exits.emigrated[l] += emigrants;
                let tag1 = (tag * (1.0 - q[i]) + (v - tag) * (q0[i] - q[i])) * (1.0 - em[i]);
                let tag_moving = tag1 * (mob[i] * r.xi);
                tag_dst[i] = tag1 - tag_moving;
                mt[i] += tag_moving;
            }
        });
    } else {
        age_heads::<{ AGES - 1 }>(src, window(r.q0, 0), r, dst, mv, moved, &mut exits);
    }
    exits.retired[(AGES - 1) % LANES] += src[AGES - 1];
    step_exits.add(&exits);
    sum_lanes(moved)
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
        exits: ExitLanes::ZERO,
        moved_out: [0.0; CELLS * TYPES],
        row_moved_by_age: [0.0; AGES],
    };
    let mut q_scaled = [0.0; SW];
    for c in 0..CELLS {
        let senior = p.senior_hazard[c];
        for t in 0..TYPES {
            let row = cta(c, t, 0);
            let q0 = &p.retirement[t];
            let q0_senior: &[f64; SW] = window(q0, A60);
            let q_senior = if senior != 1.0 {
                for i in 0..SW {
                    q_scaled[i] = (q0_senior[i] * senior).minf(1.0);
                }
                &q_scaled
            } else {
                q0_senior
            };
            let rates = RowRates { q0, q_senior, emigration: &p.emigration, mobility: &p.mobility, xi: p.out_mobility[ct(c, t)] };
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
    ledger.retirement += sum_lanes(&fl.exits.retired);
    ledger.emigration += sum_lanes(&fl.exits.emigrated);
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
