//! What one year's lever parameters depend on, so that a run can keep last year's lever-modified
//! parameters when nothing they depend on has changed (MODEL.md §2.1, S1).
//!
//! [`super::apply_levers_memo`] is a pure function of the baseline, the resolved scenario (settings,
//! draws) and the year. The year enters it only through each active lever's ramp r(y) (and P2's
//! hospital-track ramp; both are 0 before the start year, where the lever is skipped, and a lever
//! whose ramps are 0 changes nothing), and through three baseline series read by a few lever kinds: the post
//! factor (D0), the population of year index t (M2, M3, M4) and the capacity factor (C1, C5). The
//! key of a year is those numbers, per active lever, in scenario order; two years with equal keys
//! get bit-identical `Params` and `LeverTerms` from S1. Most levers have a one-year ramp and no lag,
//! so from the year after the last lever starts, S1 repeats itself, and the run skips the copy of
//! θ₀ and the lever pass (≈ 0.8 µs a year for ten levers natively).
//!
//! The test `year_key_captures_every_year_dependency` (in `core/tests/year_key.rs`) checks the claim
//! on random scenarios: whenever two consecutive years have equal keys, S1 gives equal outputs.

use super::catalogue::Catalogue;
use super::kind::LeverKind;
use super::mechanism::ramp;
use super::scenario::Resolved;
use crate::model::baseline::Baseline;

/// Numbers kept per active lever: r(y), r_HS(y), the kind's baseline series value.
const PER_LEVER: usize = 3;
/// Active levers the key can hold; a scenario with more (there are fewer levers in the catalogue)
/// is never reused.
const MAX_LEVERS: usize = 48;

/// The key of the last year S1 was computed for, and whether it may be reused.
pub struct LeverYearKey {
    values: [f64; PER_LEVER * MAX_LEVERS],
    len: usize,
    valid: bool,
}

impl Default for LeverYearKey {
    fn default() -> Self {
        LeverYearKey { values: [0.0; PER_LEVER * MAX_LEVERS], len: 0, valid: false }
    }
}

impl LeverYearKey {
    /// Forgets the stored key (at the start of every run: the baseline or scenario may differ).
    pub fn invalidate(&mut self) {
        self.valid = false;
    }

    /// Stores the key of `year` (index `t`) and says whether it equals the stored one, i.e. whether
    /// S1's outputs of the previous call can be kept.
    pub fn same_as_last(&mut self, b: &Baseline, resolved: &Resolved, year: i32, t: usize) -> bool {
        let n = resolved.active.len();
        if n > MAX_LEVERS {
            self.valid = false;
            return false;
        }
        let catalogue = Catalogue::embedded();
        let mut same = self.valid && self.len == n;
        for (l, a) in resolved.active.iter().enumerate() {
            let lever = &catalogue.levers[a.lever];
            let key = [
                ramp(lever, a.start_year, year, lever.lag),
                lever.lag_hs.map_or(0.0, |lag| ramp(lever, a.start_year, year, lag)),
                match lever.kind {
                    LeverKind::D0 => b.post_factor(t),
                    // The population of year index t (never equal across years, so never reused).
                    LeverKind::M2 | LeverKind::M3 | LeverKind::M4 => t as f64,
                    LeverKind::C1 | LeverKind::C5 => b.capacity_factor(t),
                    _ => 0.0,
                },
            ];
            let slot = &mut self.values[l * PER_LEVER..(l + 1) * PER_LEVER];
            // Bit equality: the outputs are reused only when the inputs are the same numbers.
            same &= slot.iter().zip(&key).all(|(x, y)| x.to_bits() == y.to_bits());
            slot.copy_from_slice(&key);
        }
        self.len = n;
        self.valid = true;
        same
    }
}
