//! The model's transcendental functions, in one place, so that every platform computes them alike.
//!
//! The CLI (native) must reproduce browser (wasm32) results bit for bit. Rust's `f64::exp`, `ln` and
//! `powf` call the platform's C math library (glibc natively, a different implementation on wasm32),
//! whose last-bit rounding differs between implementations. Every `exp`, `ln` and `powf` in the core
//! therefore goes through this module, which calls the pure-Rust `libm` crate (a port of musl's libm:
//! the same code, hence the same bits, on every target). `sqrt`, `abs`, `min`, `max` and the basic
//! arithmetic are exactly rounded by IEEE 754 and need no wrapper.
//!
//! `powi` is written out here too: `f64::powi` is an LLVM intrinsic whose multiplication order LLVM
//! does not define (in practice a call to compiler-rt's `__powidf2`). [`powi`] is that same
//! square-and-multiply algorithm, so it gives the bits the model always had, now by definition.

/// `max` and `min` on f64 written as branches, with the semantics of libm's `fmax` and `fmin`
/// (IEEE 754-2008 maxNum/minNum: a NaN argument yields the other one). In wasm, `f64::max` and
/// `f64::min` are calls to those library functions (wasm's own `f64.max` propagates NaN), which the
/// size-optimised build does not inline: ≈ 3.5 % of a model run in the browser. Written out, they
/// give libm's bits on every target (natively `f64::max` is a `maxsd` whose choice between −0.0 and
/// +0.0 may differ from libm's; the bitwise band golden pins the results).
pub trait MinMax {
    fn maxf(self, other: f64) -> f64;
    fn minf(self, other: f64) -> f64;
}

impl MinMax for f64 {
    #[inline(always)]
    fn maxf(self, other: f64) -> f64 {
        if self.is_nan() || self < other { other } else { self }
    }

    #[inline(always)]
    fn minf(self, other: f64) -> f64 {
        if other.is_nan() || self < other { self } else { other }
    }
}

/// eˣ.
#[inline]
pub fn exp(x: f64) -> f64 {
    libm::exp(x)
}

/// Natural logarithm.
#[inline]
pub fn ln(x: f64) -> f64 {
    libm::log(x)
}

/// xʸ for a real exponent.
#[inline]
pub fn powf(x: f64, y: f64) -> f64 {
    libm::pow(x, y)
}

/// xⁿ for an integer exponent by square-and-multiply (the algorithm of compiler-rt's `__powidf2`:
/// the result starts at x or 1 by the lowest bit of |n|, then squares x and multiplies per set bit;
/// a negative n returns the reciprocal).
#[inline]
pub fn powi(x: f64, n: i32) -> f64 {
    let mut base = x;
    let mut bits = n.unsigned_abs();
    let mut result = 1.0;
    loop {
        if bits & 1 != 0 {
            result *= base;
        }
        bits >>= 1;
        if bits == 0 {
            break;
        }
        base *= base;
    }
    if n < 0 { 1.0 / result } else { result }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Not compared with `f64::powi`: with optimisation LLVM expands that intrinsic inline in an
    /// order of its choosing (e.g. 1.03⁻³ differs in the last bit at opt-level 2), which is exactly
    /// why the model has its own.
    #[test]
    fn powi_is_square_and_multiply_and_close_to_powf() {
        for &x in &[1.03, 0.997, 1.0 + 1e-3, 1.0 / 1.035, 2.5, 0.5] {
            assert_eq!(powi(x, 0), 1.0);
            assert_eq!(powi(x, 1).to_bits(), x.to_bits());
            assert_eq!(powi(x, 2).to_bits(), (x * x).to_bits());
            assert_eq!(powi(x, 3).to_bits(), (x * (x * x)).to_bits());
            for n in -3..200 {
                let (ours, reference) = (powi(x, n), libm::pow(x, n as f64));
                assert!((ours - reference).abs() <= 1e-13 * reference.abs(), "{x}^{n}: {ours} vs {reference}");
                if n < 0 {
                    assert_eq!(ours.to_bits(), (1.0 / powi(x, -n)).to_bits());
                }
            }
        }
    }

    #[test]
    fn wrappers_agree_with_std_to_an_ulp() {
        for &x in &[-3.0, -0.5, 0.0, 1e-3, 0.7, 1.0, 2.0, 30.0] {
            assert!((exp(x) - x.exp()).abs() <= f64::EPSILON * x.exp());
            if x > 0.0 {
                assert!((ln(x) - x.ln()).abs() <= f64::EPSILON * x.ln().abs().max(1e-300));
                assert!((powf(x, 0.37) - x.powf(0.37)).abs() <= f64::EPSILON * x.powf(0.37));
            }
        }
    }
}
