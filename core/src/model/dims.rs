//! Index sets of the model (MODEL.md §1.1) and the fixed strides of its flat arrays (§9).
//!
//! Cells are `c = region · 2 + zone` with zone 0 = coverage-threatened (T) and 1 = other (O); regions
//! in [`crate::data::Region::ALL`] order (H, SJ, SD, M, N). Every stock is a fixed-size array indexed
//! with the helpers below, so the yearly loop never allocates.

/// Regions in the state (Østdanmark is a reporting aggregation, not a state change).
pub const REGIONS: usize = 5;
/// Zones per region: T (threatened) and O (other).
pub const ZONES: usize = 2;
/// Cells = regions × zones.
pub const CELLS: usize = REGIONS * ZONES;
/// Training tracks: AM (general practice) and HS (all hospital specialties).
pub const TRACKS: usize = 2;
/// Specialist employment types: GP, HSP, PSP, MUN.
pub const TYPES: usize = 4;
/// Single-year ages 28…75.
pub const AGES: usize = 48;
/// Age of the first age index.
pub const AGE_MIN: usize = 28;
/// Age index of 60, where P11a's senior retention starts. P11a tags (heads kept on by the lever) can
/// only be non-zero from the next age index on, so every tag loop runs over `A60..AGES` only: 16 of 48
/// ages. A60 = 32 is a multiple of [`LANES`], so lane sums over `A60..AGES` add the same terms in the
/// same lanes as sums over the whole row (whose other tag entries are exact zeros).
pub const A60: usize = 60 - AGE_MIN;
const _: () = assert!(A60.is_multiple_of(LANES) && (AGES - A60).is_multiple_of(LANES));
/// HU years 1…5.
pub const HU_YEARS: usize = 5;
/// Pool classes d = 1…3 (years already waited).
pub const POOL_CLASSES: usize = 3;
/// Population groups: 0–17, 18–66, 67–79 at home, 80+ at home, nursing-home residents.
pub const GROUPS: usize = 5;
/// Demand services: GP, HOSP, PSP.
pub const SERVICES: usize = 3;
/// First simulated year.
pub const FIRST_YEAR: i32 = 2025;
/// Years simulated in a standard run (2025…2040).
pub const YEARS: usize = 16;
/// Last simulated year.
pub const LAST_YEAR: i32 = FIRST_YEAR + YEARS as i32 - 1;

/// Zone index of T cells.
pub const T: usize = 0;
/// Zone index of O cells.
pub const O: usize = 1;
/// Track index of general practice (almen medicin).
pub const AM: usize = 0;
/// Track index of the hospital specialties.
pub const HS: usize = 1;
/// Employment type: general practice.
pub const GP: usize = 0;
/// Employment type: hospital specialist.
pub const HSP: usize = 1;
/// Employment type: practising specialist with provider number.
pub const PSP: usize = 2;
/// Employment type: municipal doctor.
pub const MUN: usize = 3;
/// Population groups.
pub const G_CHILD: usize = 0;
pub const G_ADULT: usize = 1;
pub const G_67_79: usize = 2;
pub const G_80: usize = 3;
pub const G_NH: usize = 4;
/// Services.
pub const S_GP: usize = 0;
pub const S_HOSP: usize = 1;
pub const S_PSP: usize = 2;

/// Cell of `region` and `zone`.
#[inline(always)]
pub const fn cell(region: usize, zone: usize) -> usize {
    region * ZONES + zone
}
/// Region of a cell.
#[inline(always)]
pub const fn region_of(c: usize) -> usize {
    c / ZONES
}
/// Zone of a cell.
#[inline(always)]
pub const fn zone_of(c: usize) -> usize {
    c % ZONES
}
/// The other cell of the same region.
#[inline(always)]
pub const fn sibling(c: usize) -> usize {
    c ^ 1
}
/// Index of (cell, track).
#[inline(always)]
pub const fn ck(c: usize, k: usize) -> usize {
    c * TRACKS + k
}
/// Index of (cell, track, HU year j ∈ 0..5).
#[inline(always)]
pub const fn ckj(c: usize, k: usize, j: usize) -> usize {
    (c * TRACKS + k) * HU_YEARS + j
}
/// Index of (cell, pool class d ∈ 0..3 meaning d = 1…3).
#[inline(always)]
pub const fn cd(c: usize, d: usize) -> usize {
    c * POOL_CLASSES + d
}
/// Index of (cell, type, age index).
#[inline(always)]
pub const fn cta(c: usize, t: usize, a: usize) -> usize {
    (c * TYPES + t) * AGES + a
}
/// Index of (cell, type).
#[inline(always)]
pub const fn ct(c: usize, t: usize) -> usize {
    c * TYPES + t
}
/// Index of (cell, group).
#[inline(always)]
pub const fn cg(c: usize, g: usize) -> usize {
    c * GROUPS + g
}
/// Age in years of age index `a`.
#[inline(always)]
pub const fn age(a: usize) -> usize {
    AGE_MIN + a
}
/// The specialist type a track's completers enter: AM → GP, HS → HSP.
#[inline(always)]
pub const fn type_of_track(k: usize) -> usize {
    if k == AM { GP } else { HSP }
}
/// Training region v(c) (Nord = {N, M}, Syd = {SD}, Øst = {H, SJ}) of a cell: 0 Øst, 1 Syd, 2 Nord.
#[inline(always)]
pub const fn training_region(c: usize) -> usize {
    match region_of(c) {
        0 | 1 => 0,
        2 => 1,
        _ => 2,
    }
}

/// The index range of the non-zero entries of an age distribution (empty if all are zero).
#[inline(always)]
pub fn support(x: &[f64; AGES]) -> std::ops::Range<usize> {
    let first = x.iter().position(|&v| v != 0.0).unwrap_or(0);
    let last = x.iter().rposition(|&v| v != 0.0).map_or(0, |l| l + 1);
    first..last.max(first)
}

/// Independent accumulators of [`sum_lanes`] and [`dot_lanes`].
pub const LANES: usize = 8;

/// Sum with eight independent accumulators: float additions are latency-bound when chained (about four
/// cycles each), and the model's hot loops are sums over the 48 ages (48 = 6 × 8); eight chains keep
/// the adders busy. The association order is fixed, so results stay deterministic (and equal on every
/// target: no fused multiply-add, no reordering).
#[inline(always)]
pub fn sum_lanes(x: &[f64]) -> f64 {
    let mut acc = [0.0; LANES];
    let chunks = x.chunks_exact(LANES);
    let rest: f64 = chunks.remainder().iter().sum();
    // Written out (not `for l in 0..LANES`) so that the size-optimised wasm build, which does not
    // unroll loops, keeps eight independent additions per chunk too.
    for ch in chunks {
        add_values(&mut acc, ch);
    }
    combine_lanes(&acc) + rest
}

/// Dot product with eight independent accumulators (see [`sum_lanes`]).
#[inline(always)]
pub fn dot_lanes(x: &[f64], y: &[f64]) -> f64 {
    let mut acc = [0.0; LANES];
    let n = x.len().min(y.len());
    let (x, y) = (&x[..n], &y[..n]);
    let mut rest = 0.0;
    for i in (n - n % LANES)..n {
        rest += x[i] * y[i];
    }
    for (a, b) in x.chunks_exact(LANES).zip(y.chunks_exact(LANES)) {
        add_products(&mut acc, a, b);
    }
    combine_lanes(&acc) + rest
}

/// `x += m · f` element-wise, returning the lane accumulators of Σ x and Σ x·y over the updated `x`
/// (not yet combined): one pass where an update followed by [`sum_lanes`] and [`dot_lanes`] would take
/// three, with the same association order, so [`combine_lanes`] of the results equals those two bit for bit.
/// The lengths must be equal multiples of [`LANES`].
#[inline(always)]
pub fn add_scaled_lanes(x: &mut [f64], m: &[f64], f: f64, y: &[f64]) -> ([f64; LANES], [f64; LANES]) {
    debug_assert!(x.len().is_multiple_of(LANES) && m.len() == x.len() && y.len() == x.len());
    let (mut sum, mut dot) = ([0.0; LANES], [0.0; LANES]);
    for ((xc, mc), yc) in x.chunks_exact_mut(LANES).zip(m.chunks_exact(LANES)).zip(y.chunks_exact(LANES)) {
        // Written out per lane for the size-optimised build (see `sum_lanes`).
        let v = [xc[0] + mc[0] * f, xc[1] + mc[1] * f, xc[2] + mc[2] * f, xc[3] + mc[3] * f,
                 xc[4] + mc[4] * f, xc[5] + mc[5] * f, xc[6] + mc[6] * f, xc[7] + mc[7] * f];
        xc.copy_from_slice(&v);
        add_values(&mut sum, &v);
        add_products(&mut dot, &v, yc);
    }
    (sum, dot)
}

/// Adds Σ u·v (lengths multiples of [`LANES`]) to lane accumulators `acc` and combines them: after
/// [`add_scaled_lanes`], a row's FTE with its P11a tag correction (`u`, `v` over the row's last ages)
/// in one reduction tree instead of two.
#[inline(always)]
pub fn finish_dot_lanes(mut acc: [f64; LANES], u: &[f64], v: &[f64]) -> f64 {
    for (a, b) in u.chunks_exact(LANES).zip(v.chunks_exact(LANES)) {
        add_products(&mut acc, a, b);
    }
    combine_lanes(&acc)
}

/// `acc[l] += a[l]` for the eight lanes of one chunk; written out (not a loop) for the same reason as
/// in [`sum_lanes`].
#[inline(always)]
fn add_values(acc: &mut [f64; LANES], a: &[f64]) {
    acc[0] += a[0];
    acc[1] += a[1];
    acc[2] += a[2];
    acc[3] += a[3];
    acc[4] += a[4];
    acc[5] += a[5];
    acc[6] += a[6];
    acc[7] += a[7];
}

/// `acc[l] += a[l] · b[l]` for the eight lanes of one chunk; written out (not a loop) for the same
/// reason as in [`sum_lanes`]. Shared by the dot products.
#[inline(always)]
fn add_products(acc: &mut [f64; LANES], a: &[f64], b: &[f64]) {
    acc[0] += a[0] * b[0];
    acc[1] += a[1] * b[1];
    acc[2] += a[2] * b[2];
    acc[3] += a[3] * b[3];
    acc[4] += a[4] * b[4];
    acc[5] += a[5] * b[5];
    acc[6] += a[6] * b[6];
    acc[7] += a[7] * b[7];
}

/// The lane accumulators added pairwise in the fixed tree of [`sum_lanes`].
#[inline(always)]
pub fn combine_lanes(acc: &[f64; LANES]) -> f64 {
    ((acc[0] + acc[1]) + (acc[2] + acc[3])) + ((acc[4] + acc[5]) + (acc[6] + acc[7]))
}
