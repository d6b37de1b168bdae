//! Inverse CDFs of the bounded distributions the bands sample: triangular (on the natural or the
//! log scale) and the Beta posteriors with one shape parameter 1, which have closed-form quantiles.
//! A quantile q ∈ [0, 1] maps to a value; equal bounds give the mode exactly (a degenerate range).

/// Triangular(low, mode, high) quantile. `low > high` is allowed and mirrors the distribution
/// (used for loss-type effects whose "low" setting is the larger loss): q = 0 always returns `low`,
/// q = 1 returns `high`. The mode is clamped into the range; q is clamped into [0, 1].
pub fn triangular(q: f64, low: f64, mode: f64, high: f64) -> f64 {
    if low > high {
        return -triangular(q, -low, -mode, -high);
    }
    if low == high {
        return mode.clamp(low, high);
    }
    let q = q.clamp(0.0, 1.0);
    let mode = mode.clamp(low, high);
    let width = high - low;
    if q * width < mode - low {
        low + (q * width * (mode - low)).sqrt()
    } else {
        high - ((1.0 - q) * width * (high - mode)).sqrt()
    }
}

/// Triangular on the log scale: exp(triangular(q, ln low, ln mode, ln high)); all three must be
/// positive (otherwise the natural-scale triangular is used). Equal bounds return `mode` itself.
pub fn log_triangular(q: f64, low: f64, mode: f64, high: f64) -> f64 {
    if low == high {
        return mode;
    }
    if !(low > 0.0 && mode > 0.0 && high > 0.0) {
        return triangular(q, low, mode, high);
    }
    libm::exp(triangular(q, libm::log(low), libm::log(mode), libm::log(high)))
}

/// Beta(α, β) quantile when α = 1 or β = 1: Beta(α, 1) has F(x) = x^α, so x = q^(1/α); Beta(1, β)
/// has x = 1 − (1 − q)^(1/β). `None` when neither shape is 1 (no closed form; the data file is
/// validated against this).
pub fn beta_one_sided(q: f64, alpha: f64, beta: f64) -> Option<f64> {
    let q = q.clamp(0.0, 1.0);
    if beta == 1.0 && alpha > 0.0 {
        Some(libm::pow(q, 1.0 / alpha))
    } else if alpha == 1.0 && beta > 0.0 {
        Some(1.0 - libm::pow(1.0 - q, 1.0 / beta))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triangular_hits_its_bounds_mode_and_mirrors_reversed_ranges() {
        assert_eq!(triangular(0.0, 1.0, 2.0, 4.0), 1.0);
        assert_eq!(triangular(1.0, 1.0, 2.0, 4.0), 4.0);
        // F(mode) = (mode − low) / (high − low) = 1/3.
        assert!((triangular(1.0 / 3.0, 1.0, 2.0, 4.0) - 2.0).abs() < 1e-15);
        assert_eq!(triangular(0.0, 0.3, 0.2, 0.1), 0.3);
        assert_eq!(triangular(1.0, 0.3, 0.2, 0.1), 0.1);
        assert_eq!(triangular(0.7, 0.2, 0.2, 0.2), 0.2);
        assert_eq!(log_triangular(0.3, 1.8, 1.8, 1.8), 1.8);
        // Median of a symmetric log-triangular is the geometric mean.
        assert!((log_triangular(0.5, 1.0, 2.0, 4.0) - 2.0).abs() < 1e-15);
        let mut last = f64::NEG_INFINITY;
        for i in 0..=100 {
            let v = triangular(i as f64 / 100.0, 1.2, 1.8, 2.8);
            assert!(v >= last);
            last = v;
        }
    }

    #[test]
    fn beta_with_one_unit_shape_has_closed_quantiles() {
        // N2: Beta(6, 1), 5th percentile 0.05^(1/6) ≈ 0.607.
        assert!((beta_one_sided(0.05, 6.0, 1.0).unwrap() - 0.05f64.powf(1.0 / 6.0)).abs() < 1e-15);
        assert!((beta_one_sided(0.5, 1.0, 1.0).unwrap() - 0.5).abs() < 1e-15);
        assert_eq!(beta_one_sided(0.5, 2.0, 3.0), None);
    }
}
