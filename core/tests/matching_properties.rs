//! T6: properties of the capacitated-logit matching operator (MODEL.md §2.5) on random inputs:
//! conservation, 0 ≤ F ≤ P, own-attractiveness monotonicity, cross effects, total filled
//! non-decreasing in any A, P and Q, homogeneity of degree 1, termination, no division on empty Ω;
//! and the origin × destination accounting of the mobility matrix built from a call.
//! Cases: `MATCHING_CASES` (default 20,000; the spec's ≥ 10⁵ with `MATCHING_CASES=100000`).

use laegedaekning_core::model::dims::CELLS;
use laegedaekning_core::model::matching::{MatchInput, MatchOutput, match_applicants};
use laegedaekning_core::model::{Factors, OdMatrix};
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("MATCHING_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(20_000)
}

fn value(max: f64) -> impl Strategy<Value = f64> {
    prop_oneof![1 => Just(0.0), 4 => 0.0..max]
}

fn input() -> impl Strategy<Value = MatchInput> {
    (
        proptest::array::uniform10(value(1000.0)),
        proptest::array::uniform10(prop_oneof![3 => Just(0.0), 1 => 0.0..20.0f64]),
        proptest::array::uniform10(value(1000.0)),
        proptest::array::uniform10(0.05..5.0f64),
        proptest::array::uniform10(0.0..0.6f64),
        0.0..1.0f64,
        0.4..=1.0f64,
    )
        .prop_map(|(applicants, reserved, posts, attractiveness, local_first, outside_weight, progression)| MatchInput {
            applicants,
            reserved,
            posts,
            attractiveness,
            local_first,
            outside_weight,
            progression,
        })
}

fn tol(x: f64) -> f64 {
    1e-9 * x.abs().max(1.0)
}

fn check_basic(m: &MatchInput, out: &MatchOutput) -> Result<(), TestCaseError> {
    let supply: f64 = m.applicants.iter().sum::<f64>() + m.reserved.iter().sum::<f64>();
    let placed = out.total_filled() + out.total_unmatched();
    prop_assert!((placed - supply).abs() <= tol(supply), "conservation {placed} vs {supply}");
    for c in 0..CELLS {
        prop_assert!(out.filled[c] >= -1e-12 && out.filled[c] <= m.posts[c] + tol(m.posts[c]), "0 ≤ F ≤ P");
        let origin = out.reserved_filled[c] + out.matched_from[c] + out.unmatched_from[c];
        prop_assert!((origin - m.applicants[c] - m.reserved[c]).abs() <= tol(origin), "origin accounting");
    }
    // Origin × destination flows (§2.5): a row plus the origin's unmatched is its applicants,
    // a column is the destination's fills; the local stages stay on the diagonal.
    let mut factors = Factors::<1>::zero();
    factors.add_matching(0, out);
    let mut flows = OdMatrix::zero();
    flows.set(&factors);
    for c in 0..CELLS {
        let origin = flows.row_sum(c) + out.unmatched_from[c];
        prop_assert!((origin - m.applicants[c] - m.reserved[c]).abs() <= tol(origin), "matrix row of {c}");
        prop_assert!((flows.col_sum(c) - out.filled[c]).abs() <= tol(out.filled[c]), "matrix column of {c}");
        prop_assert!(flows.get(c, c) >= out.reserved_filled[c] + out.local_filled[c] - tol(out.filled[c]), "diagonal of {c}");
    }
    prop_assert!(out.iterations <= CELLS + 1, "termination");
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn matching_operator_properties(m in input(), c in 0..CELLS, factor in 1.0..4.0f64, k in 0.1..10.0f64) {
        let out = match_applicants(&m);
        check_basic(&m, &out)?;
        // Own and cross attractiveness, total filled in A.
        let mut more_a = m;
        more_a.attractiveness[c] *= factor;
        let oa = match_applicants(&more_a);
        check_basic(&more_a, &oa)?;
        prop_assert!(oa.filled[c] >= out.filled[c] - tol(out.filled[c]), "F[c] non-decreasing in A[c]");
        for c2 in (0..CELLS).filter(|&c2| c2 != c) {
            prop_assert!(oa.filled[c2] <= out.filled[c2] + tol(out.filled[c2]), "F[c'] non-increasing in A[c]");
        }
        prop_assert!(oa.total_filled() >= out.total_filled() - tol(out.total_filled()), "total filled in A");
        // Total filled in P and in Q.
        let mut more_p = m;
        more_p.posts[c] = m.posts[c] * factor + 1.0;
        prop_assert!(match_applicants(&more_p).total_filled() >= out.total_filled() - tol(out.total_filled()), "total filled in P");
        let mut more_q = m;
        more_q.applicants[c] = m.applicants[c] * factor + 1.0;
        prop_assert!(match_applicants(&more_q).total_filled() >= out.total_filled() - tol(out.total_filled()), "total filled in Q");
        // Homogeneity of degree 1 in (Q, R, P).
        let mut scaled = m;
        for i in 0..CELLS {
            scaled.applicants[i] *= k;
            scaled.reserved[i] *= k;
            scaled.posts[i] *= k;
        }
        let os = match_applicants(&scaled);
        for i in 0..CELLS {
            prop_assert!((os.filled[i] - k * out.filled[i]).abs() <= 1e-9 * (k * out.filled[i]).abs().max(1.0), "homogeneity");
        }
    }
}

#[test]
fn empty_posts_or_applicants_never_divide() {
    let mut m = MatchInput::empty();
    m.applicants[3] = 10.0;
    let out = match_applicants(&m);
    assert_eq!(out.total_filled(), 0.0);
    assert_eq!(out.unmatched_from[3], 10.0);
    assert_eq!(out.iterations, 0);
    let mut m = MatchInput::empty();
    m.posts[2] = 10.0;
    let out = match_applicants(&m);
    assert_eq!(out.total_filled(), 0.0);
    assert!(out.unmatched_from.iter().all(|v| v.is_finite()));
}
