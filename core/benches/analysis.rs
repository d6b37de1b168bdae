//! Benchmarks of the analyses (MODEL.md §4.3–§4.4), with divan:
//!   cargo bench -p laegedaekning-core --bench analysis
//! * exact Shapley attribution of the 10-lever example (2^10 = 1,024 subset runs + the reference);
//! * the value-for-money ranking (26 candidate levers × low / central / high = 78 runs + reference);
//! * the national budget-pool portfolio for 100 mio. kr./year (single levers + greedy steps).
//!
//! Each sample is a whole job (hundreds of model runs), so a few samples suffice.

use laegedaekning_core::analysis::{Attribution, AttributionJob, Job, Metric, Portfolio, PortfolioJob, PortfolioOptions, Ranking, RankingJob};
use laegedaekning_core::levers::Scenario;

fn main() {
    divan::main();
}

mod common;
use common::{baseline, ten_levers};

#[divan::bench(sample_count = 5, sample_size = 1)]
fn exact_shapley_ten_levers() -> Attribution {
    let b = divan::black_box(baseline());
    AttributionJob::new(b, ten_levers(), Metric::default()).unwrap().run_to_end(b)
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn ranking_all_levers() -> Ranking {
    let b = divan::black_box(baseline());
    RankingJob::new(b, &Scenario::default()).unwrap().run_to_end(b)
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn portfolio_100_mio_per_year() -> Portfolio {
    let b = divan::black_box(baseline());
    PortfolioJob::new(b, PortfolioOptions::national(100.0)).unwrap().run_to_end(b)
}
