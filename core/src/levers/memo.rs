//! A memo of the lever mechanism's transcendental results (powers, logit shifts, saturating doses).
//!
//! S1 recomputes the lever-modified parameters every year (MODEL.md §2.1), but once a lever's ramp is
//! complete its dose, and so every power and logit shift it produces, repeats year after year. The
//! memo keeps the latest results keyed by the exact bits of their inputs, so a repeated call returns
//! the bits the function itself would return (the results stay bit-identical). It is a fixed-size
//! direct-mapped table: a collision only evicts, and nothing is allocated after [`LeverMemo::new`].

use crate::math::{exp, powf};
use crate::model::params::{logit, shift_probability};

/// Which function an entry holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Op {
    Empty,
    Powf,
    Beta,
    Shift,
    Exp,
}

#[derive(Clone, Copy)]
struct Entry {
    op: Op,
    a: u64,
    b: u64,
    value: f64,
}

const SLOTS: usize = 256;

/// Results of [`powf`], β and logit shifts by exact input bits.
pub struct LeverMemo {
    entries: [Entry; SLOTS],
}

impl Default for LeverMemo {
    fn default() -> Self {
        Self::new()
    }
}

impl LeverMemo {
    /// An empty memo.
    pub fn new() -> Self {
        LeverMemo { entries: [Entry { op: Op::Empty, a: 0, b: 0, value: 0.0 }; SLOTS] }
    }

    #[inline]
    fn get(&mut self, op: Op, a: f64, b: f64, f: impl FnOnce(f64, f64) -> f64) -> f64 {
        let (ka, kb) = (a.to_bits(), b.to_bits());
        let h = ka.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ kb.wrapping_mul(0xC2B2_AE3D_27D4_EB4F) ^ op as u64;
        let slot = &mut self.entries[(h >> 56) as usize % SLOTS];
        if slot.op == op && slot.a == ka && slot.b == kb {
            return slot.value;
        }
        let value = f(a, b);
        *slot = Entry { op, a: ka, b: kb, value };
        value
    }

    /// xʸ.
    pub fn powf(&mut self, x: f64, y: f64) -> f64 {
        self.get(Op::Powf, x, y, powf)
    }

    /// eˣ.
    pub fn exp(&mut self, x: f64) -> f64 {
        self.get(Op::Exp, x, 0.0, |x, _| exp(x))
    }

    /// β = logit(p₀ + Δ) − logit(p₀), with p₀ + Δ kept inside (0, 1); 0 when Δ = 0 or p₀ ∉ (0, 1).
    pub fn beta(&mut self, p0: f64, delta: f64) -> f64 {
        if delta == 0.0 || p0 <= 0.0 || p0 >= 1.0 {
            return 0.0;
        }
        self.get(Op::Beta, p0, delta, |p0, delta| logit((p0 + delta).clamp(1e-6, 1.0 - 1e-6)) - logit(p0))
    }

    /// [`shift_probability`] (p unchanged when the shift is 0).
    pub fn shift(&mut self, p: f64, shift: f64) -> f64 {
        if shift == 0.0 || p <= 0.0 || p >= 1.0 {
            return p;
        }
        self.get(Op::Shift, p, shift, shift_probability)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memoised_results_have_the_bits_of_the_functions() {
        let mut m = LeverMemo::new();
        for round in 0..3 {
            for i in 0..600 {
                let x = 0.5 + i as f64 * 1e-3;
                let y = 0.1 + round as f64 * 0.25;
                assert_eq!(m.powf(x, y).to_bits(), powf(x, y).to_bits());
                assert_eq!(m.exp(-x).to_bits(), exp(-x).to_bits());
                assert_eq!(m.shift(x.min(0.99), y).to_bits(), shift_probability(x.min(0.99), y).to_bits());
                let p0 = (x - 0.49).min(0.9);
                let beta = logit((p0 + y).clamp(1e-6, 1.0 - 1e-6)) - logit(p0);
                assert_eq!(m.beta(p0, y).to_bits(), beta.to_bits());
            }
        }
        assert_eq!(m.beta(0.5, 0.0), 0.0);
        assert_eq!(m.shift(0.3, 0.0), 0.3);
    }
}
