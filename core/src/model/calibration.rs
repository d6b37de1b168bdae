//! Calibration fallback F2 of MODEL.md §2.15: the baseline AM-HU attractiveness A^H_AM,0 per region is
//! solved so that a 2023 fixture (2023 regional AM-HU posts, 459 · (1 − δ^I) applicants spread over
//! cells in proportion to AM intro posts) reproduces the published 2023 regional fill rates exactly
//! (exactly identified; Gauss–Seidel over regions, bisection on log A inside each region because a
//! cell's fill is non-decreasing in its own A, §2.5).
//!
//! Decision (documented in MODEL-DECISIONS.md): the fallback text says "A = 1 where the 2023 fill is
//! 100 % (H, M)". With λ = 0.3 and ω = 0.25, A = 1 leaves those regions below 100 %, so H and M are
//! solved like the others (the smallest A that saturates their posts); A is the same in T and O.

use super::dims::*;
use super::matching::{MatchInput, match_applicants};
use crate::math::exp;

/// Result of the attractiveness fit, per region.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct AttractivenessFit {
    pub attractiveness: [f64; REGIONS],
    pub target_fill: [f64; REGIONS],
    pub achieved_fill: [f64; REGIONS],
    /// National fill of the fixture (target: published ≈ 80 %).
    pub national_fill: f64,
}

fn fixture_fill(input: &mut MatchInput, a: &[f64; REGIONS]) -> ([f64; REGIONS], f64) {
    for c in 0..CELLS {
        input.attractiveness[c] = a[region_of(c)];
    }
    let out = match_applicants(input);
    let mut fill = [0.0; REGIONS];
    for r in 0..REGIONS {
        let posts = input.posts[cell(r, T)] + input.posts[cell(r, O)];
        let filled = out.filled[cell(r, T)] + out.filled[cell(r, O)];
        fill[r] = if posts > 0.0 { filled / posts } else { 1.0 };
    }
    let total_posts: f64 = input.posts.iter().sum();
    (fill, out.total_filled() / total_posts.max(1e-300))
}

/// Solves A^H_AM,0 per region on the 2023 fixture.
pub fn fit_am_attractiveness(
    posts: &[f64; CELLS],
    applicant_weights: &[f64; CELLS],
    applicants_total: f64,
    local_first: f64,
    outside_weight: f64,
    target_fill: [f64; REGIONS],
) -> AttractivenessFit {
    let mut input = MatchInput::empty();
    let weight_sum: f64 = applicant_weights.iter().sum();
    for c in 0..CELLS {
        input.posts[c] = posts[c];
        input.applicants[c] = applicants_total * applicant_weights[c] / weight_sum;
        input.local_first[c] = local_first;
    }
    input.outside_weight = outside_weight;
    let mut a = [1.0; REGIONS];
    for _round in 0..40 {
        let previous = a;
        for r in 0..REGIONS {
            let (mut lo, mut hi) = (-6.0_f64, 6.0_f64);
            for _ in 0..60 {
                let mid = 0.5 * (lo + hi);
                a[r] = exp(mid);
                let (fill, _) = fixture_fill(&mut input, &a);
                if fill[r] >= target_fill[r] - 1e-12 {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            a[r] = exp(hi);
        }
        // A round that changes no bit is a fixed point: every later round would repeat it exactly.
        if a == previous {
            break;
        }
    }
    let (achieved, national) = fixture_fill(&mut input, &a);
    AttractivenessFit { attractiveness: a, target_fill, achieved_fill: achieved, national_fill: national }
}
