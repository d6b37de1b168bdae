//! The model state X_y on 1 January (MODEL.md §1.2): every stock in heads, flat fixed-size arrays.
//!
//! Tag counters (coherent-pathway members, P7 movers, P11a seniors) mark heads inside a stock and are
//! never summed in the ledger. `unfilled_hu_last` carries last year's unfilled HU posts for P7.

use super::dims::*;

/// All stocks on 1 January of one year. About 2,100 heads-numbers plus tags; ~64 KB, so callers keep
/// it boxed and reuse two buffers.
///
/// Laid out (`repr(C)`) with the specialist rows first and aligned to a cache line: a row is 48 ages
/// = 384 bytes = 6 lines, so every row and every P11a window (`A60` = 32 ages in) starts on a line,
/// and the two-lane loads of the row passes never straddle two lines (measured: run_loop ten levers
/// −1 to −1.7 %; before, rows began 2,408 bytes into an 8- or 16-byte aligned allocation).
#[derive(Clone, Debug, PartialEq)]
#[repr(C, align(64))]
pub struct State {
    /// Specialists by cell, type and age (index `cta`).
    pub specialists: [f64; CELLS * TYPES * AGES],
    /// P11a tag: heads alive only because of the senior scheme (≤ specialists).
    pub senior_tag: [f64; CELLS * TYPES * AGES],
    /// Graduates waiting for a KBU post (national).
    pub waiting_graduates: f64,
    /// Doctors in KBU by cell.
    pub kbu: [f64; CELLS],
    /// Post-KBU pool by cell and years already waited (index `cd`).
    pub pool: [f64; CELLS * POOL_CLASSES],
    /// Introduction doctors by cell and track (index `ck`).
    pub intro: [f64; CELLS * TRACKS],
    /// Coherent-pathway tag on intro doctors (≤ intro).
    pub coherent_tag: [f64; CELLS * TRACKS],
    /// Intro completers waiting for an HU post.
    pub hu_waiting: [f64; CELLS * TRACKS],
    /// HU trainees by cell, track and HU year (index `ckj`).
    pub hu: [f64; CELLS * TRACKS * HU_YEARS],
    /// P7 mover tag on HU trainees (≤ hu).
    pub mover_tag: [f64; CELLS * TRACKS * HU_YEARS],
    /// Doctors outside the modelled care system by cell.
    pub outside: [f64; CELLS],
    /// Unfilled HU posts of the previous year (read by P7).
    pub unfilled_hu_last: [f64; CELLS * TRACKS],
}

impl State {
    /// An empty system.
    pub fn zero() -> Self {
        State {
            waiting_graduates: 0.0,
            kbu: [0.0; CELLS],
            pool: [0.0; CELLS * POOL_CLASSES],
            intro: [0.0; CELLS * TRACKS],
            coherent_tag: [0.0; CELLS * TRACKS],
            hu_waiting: [0.0; CELLS * TRACKS],
            hu: [0.0; CELLS * TRACKS * HU_YEARS],
            mover_tag: [0.0; CELLS * TRACKS * HU_YEARS],
            specialists: [0.0; CELLS * TYPES * AGES],
            senior_tag: [0.0; CELLS * TYPES * AGES],
            outside: [0.0; CELLS],
            unfilled_hu_last: [0.0; CELLS * TRACKS],
        }
    }

    /// Overwrites `self` with `other` without allocating.
    pub fn copy_from(&mut self, other: &State) {
        self.waiting_graduates = other.waiting_graduates;
        self.kbu = other.kbu;
        self.pool = other.pool;
        self.intro = other.intro;
        self.coherent_tag = other.coherent_tag;
        self.hu_waiting = other.hu_waiting;
        self.hu = other.hu;
        self.mover_tag = other.mover_tag;
        self.specialists = other.specialists;
        self.senior_tag = other.senior_tag;
        self.outside = other.outside;
        self.unfilled_hu_last = other.unfilled_hu_last;
    }

    /// Specialist heads of type `t` in cell `c`.
    pub fn specialist_heads(&self, c: usize, t: usize) -> f64 {
        sum_lanes(&self.specialists[cta(c, t, 0)..cta(c, t, 0) + AGES])
    }

    /// HU trainees of track `k` in cell `c` (all HU years).
    pub fn hu_heads(&self, c: usize, k: usize) -> f64 {
        self.hu[ckj(c, k, 0)..ckj(c, k, 0) + HU_YEARS].iter().sum()
    }

    /// Pool heads in cell `c` (all classes).
    pub fn pool_heads(&self, c: usize) -> f64 {
        self.pool[cd(c, 0)..cd(c, 0) + POOL_CLASSES].iter().sum()
    }

    /// All heads in cell `c` (every stock except the national graduate queue).
    pub fn cell_heads(&self, c: usize) -> f64 {
        let mut total = self.kbu[c] + self.pool_heads(c) + self.outside[c];
        for k in 0..TRACKS {
            total += self.intro[ck(c, k)] + self.hu_waiting[ck(c, k)] + self.hu_heads(c, k);
        }
        for t in 0..TYPES {
            total += self.specialist_heads(c, t);
        }
        total
    }

    /// Tot_y of MODEL.md §2.14: every head in the system (tags excluded).
    pub fn total_heads(&self) -> f64 {
        let mut total = self.waiting_graduates;
        for c in 0..CELLS {
            total += self.cell_heads(c);
        }
        total
    }

    /// Every stock and tag as one slice-by-slice visitor (for non-negativity checks).
    pub fn for_each_value(&self, mut f: impl FnMut(&'static str, f64)) {
        f("waiting_graduates", self.waiting_graduates);
        self.kbu.iter().for_each(|&v| f("kbu", v));
        self.pool.iter().for_each(|&v| f("pool", v));
        self.intro.iter().for_each(|&v| f("intro", v));
        self.coherent_tag.iter().for_each(|&v| f("coherent_tag", v));
        self.hu_waiting.iter().for_each(|&v| f("hu_waiting", v));
        self.hu.iter().for_each(|&v| f("hu", v));
        self.mover_tag.iter().for_each(|&v| f("mover_tag", v));
        self.specialists.iter().for_each(|&v| f("specialists", v));
        self.senior_tag.iter().for_each(|&v| f("senior_tag", v));
        self.outside.iter().for_each(|&v| f("outside", v));
    }
}
