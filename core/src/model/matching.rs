//! The capacitated-logit matching operator M of MODEL.md §2.5 (used for new specialists, HU and intro).
//!
//! Applicants by origin cell compete for posts by destination cell. Stage 0 serves reserved applicants
//! (coherent pathways), stage 1 lets a local-first share try their own cell, stage 2 is a national logit
//! in which each free post is an alternative of weight `A[c]` and the outside option has weight
//! `O = ω · rem₀` (v0.2: rem₀ = stage-2 applicants at loop start, which makes total fills monotone in
//! posts and the operator homogeneous of degree 1). Cells whose logit share exceeds their free posts are
//! saturated and the rest is redistributed; the loop ends after at most `CELLS + 1` passes.
//!
//! Everything is fixed-size: a call never allocates.

use crate::math::MinMax;
use super::dims::CELLS;

/// Inputs of one matching call (all per cell).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MatchInput {
    /// Applicants by origin cell (not reserved).
    pub applicants: [f64; CELLS],
    /// Reserved applicants (coherent-pathway members) by cell; they hold a claim on their own cell's posts.
    pub reserved: [f64; CELLS],
    /// Posts by destination cell.
    pub posts: [f64; CELLS],
    /// Attractiveness of the posts of each cell (> 0).
    pub attractiveness: [f64; CELLS],
    /// Local-first share of each cell's applicants.
    pub local_first: [f64; CELLS],
    /// Outside-option weight ω.
    pub outside_weight: f64,
    /// Probability that a reserved applicant progresses in place (p_coh; 1 where enrolment is the take-up).
    pub progression: f64,
}

impl MatchInput {
    /// An input with no applicants, no posts, attractiveness 1 and no local-first share.
    pub const fn empty() -> Self {
        MatchInput {
            applicants: [0.0; CELLS],
            reserved: [0.0; CELLS],
            posts: [0.0; CELLS],
            attractiveness: [1.0; CELLS],
            local_first: [0.0; CELLS],
            outside_weight: 0.0,
            progression: 1.0,
        }
    }
}

/// Results of one matching call.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MatchOutput {
    /// Posts filled by destination cell (all stages).
    pub filled: [f64; CELLS],
    /// Posts filled by reserved applicants (stage 0), by cell.
    pub reserved_filled: [f64; CELLS],
    /// Applicants (reserved leftovers included) placed in stages 1–2, by origin cell.
    pub matched_from: [f64; CELLS],
    /// Applicants left unmatched (outside option), by origin cell.
    pub unmatched_from: [f64; CELLS],
    /// Reserved applicants who did not take their reserved post and joined the open competition, by cell.
    pub reserved_released: [f64; CELLS],
    /// Posts filled in stage 1 (local first) by cell: applicants of the cell in its own posts.
    pub local_filled: [f64; CELLS],
    /// Posts filled in stage 2 (national logit) by destination cell, F2.
    pub stage2_filled: [f64; CELLS],
    /// Each origin's share Q2[c] / Σ Q2 of the stage-2 applicants (0 when Σ Q2 = 0): stage-2 fills and
    /// the unmatched are drawn from the origins in these shares (§2.5 origin→destination accounting).
    pub stage2_share: [f64; CELLS],
    /// Passes of the saturation loop (for the termination property).
    pub iterations: usize,
}

impl MatchOutput {
    /// Total filled posts.
    pub fn total_filled(&self) -> f64 {
        self.filled.iter().sum()
    }
    /// Total unmatched applicants.
    pub fn total_unmatched(&self) -> f64 {
        self.unmatched_from.iter().sum()
    }
}

/// Runs the operator. Negative inputs are treated as 0; attractiveness must be > 0 where posts exist.
pub fn match_applicants(input: &MatchInput) -> MatchOutput {
    let mut out = MatchOutput {
        filled: [0.0; CELLS],
        reserved_filled: [0.0; CELLS],
        matched_from: [0.0; CELLS],
        unmatched_from: [0.0; CELLS],
        reserved_released: [0.0; CELLS],
        local_filled: [0.0; CELLS],
        stage2_filled: [0.0; CELLS],
        stage2_share: [0.0; CELLS],
        iterations: 0,
    };
    let mut q = [0.0; CELLS];
    let mut free = [0.0; CELLS];
    // Stage 0 (reserved) and stage 1 (local first).
    for c in 0..CELLS {
        let posts = input.posts[c].maxf(0.0);
        let reserved = input.reserved[c].maxf(0.0);
        let progressing = input.progression * reserved;
        let f0 = posts.minf(progressing);
        out.reserved_filled[c] = f0;
        out.reserved_released[c] = reserved - f0;
        q[c] = input.applicants[c].maxf(0.0) + (reserved - f0);
        let f1 = (posts - f0).minf(input.local_first[c] * q[c]).maxf(0.0);
        out.local_filled[c] = f1;
        free[c] = (posts - f0 - f1).maxf(0.0);
        q[c] -= f1; // q is now Q2
    }
    // Stage 2: national capacitated logit with outside option O = ω · rem₀.
    let q2_total: f64 = q.iter().sum();
    let mut rem = q2_total;
    let outside = input.outside_weight * q2_total;
    let f2 = &mut out.stage2_filled;
    let mut active = [false; CELLS];
    for c in 0..CELLS {
        active[c] = free[c] > 0.0;
    }
    loop {
        if rem <= 0.0 || !active.iter().any(|&a| a) {
            break;
        }
        out.iterations += 1;
        let mut denom = outside;
        for c in 0..CELLS {
            if active[c] {
                denom += free[c] * input.attractiveness[c];
            }
        }
        if denom <= 0.0 {
            break;
        }
        let mut saturated = false;
        for c in 0..CELLS {
            if active[c] && rem * free[c] * input.attractiveness[c] / denom >= free[c] {
                saturated = true;
            }
        }
        if saturated {
            // Saturate every cell whose share reaches its free posts, then redistribute.
            let scale = rem / denom;
            for c in 0..CELLS {
                if active[c] && scale * free[c] * input.attractiveness[c] >= free[c] {
                    f2[c] = free[c];
                    rem -= free[c];
                    active[c] = false;
                }
            }
            rem = rem.maxf(0.0);
        } else {
            let scale = rem / denom;
            let mut taken = 0.0;
            for c in 0..CELLS {
                if active[c] {
                    let x = scale * free[c] * input.attractiveness[c];
                    f2[c] = x;
                    taken += x;
                }
            }
            rem = (rem - taken).maxf(0.0);
            break;
        }
    }
    let f2_total: f64 = out.stage2_filled.iter().sum();
    for c in 0..CELLS {
        out.filled[c] = out.reserved_filled[c] + out.local_filled[c] + out.stage2_filled[c];
        let share = if q2_total > 0.0 { q[c] / q2_total } else { 0.0 };
        out.stage2_share[c] = share;
        out.matched_from[c] = out.local_filled[c] + f2_total * share;
        out.unmatched_from[c] = rem * share;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one_cell_input(applicants: f64, posts: f64, a: f64, omega: f64) -> MatchInput {
        let mut m = MatchInput::empty();
        m.applicants[0] = applicants;
        m.posts[0] = posts;
        m.attractiveness[0] = a;
        m.outside_weight = omega;
        m
    }

    #[test]
    fn posts_equal_to_applicants_fill_one_over_one_plus_omega() {
        let out = match_applicants(&one_cell_input(350.0, 350.0, 1.0, 0.25));
        assert!((out.total_filled() - 280.0).abs() < 1e-9, "{}", out.total_filled());
        assert!((out.total_unmatched() - 70.0).abs() < 1e-9);
    }

    #[test]
    fn empty_input_matches_nothing_and_does_not_loop() {
        let out = match_applicants(&MatchInput::empty());
        assert_eq!(out.total_filled(), 0.0);
        assert_eq!(out.iterations, 0);
    }

    #[test]
    fn reserved_applicants_take_their_posts_first() {
        let mut m = one_cell_input(0.0, 5.0, 1.0, 0.0);
        m.reserved[0] = 10.0;
        m.progression = 0.8;
        let out = match_applicants(&m);
        assert_eq!(out.reserved_filled[0], 5.0);
        assert_eq!(out.reserved_released[0], 5.0);
        assert!((out.total_filled() + out.total_unmatched() - 10.0).abs() < 1e-12);
    }

    #[test]
    fn small_cell_fill_is_proportional_to_attractiveness() {
        let mut m = MatchInput::empty();
        m.applicants[1] = 2000.0;
        m.posts[1] = 10000.0;
        m.posts[0] = 16.0;
        m.outside_weight = 0.25;
        let before = match_applicants(&m).filled[0] / 16.0;
        m.attractiveness[0] = 2.81;
        let after = match_applicants(&m).filled[0] / 16.0;
        assert!((after / before - 2.81).abs() < 0.05, "{}", after / before);
    }
}
