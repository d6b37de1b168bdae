//! Monte Carlo uncertainty bands (MODEL.md §5): seeded, prefix-stable Latin-hypercube draws over the
//! lever effects (with the shared-responsiveness copula), supply, demand, retention/mobility,
//! matching and cost ranges of `core/data/uncertainty.json`; common random numbers between the
//! baseline and the scenario of a draw; a progressive [`BandJob`] for the app; P5/P25/P50/P75/P95
//! bands of the six headline KPIs with their Monte Carlo error and the §5.3 stopping rule.
//!
//! App use:
//! ```no_run
//! # use laegedaekning_core::{model::{Area, Baseline}, levers::Scenario, uncertainty::*};
//! let baseline = Baseline::embedded().unwrap();
//! let (scenario, _) = Scenario::default().resolve().unwrap();
//! let mut job = BandJob::new(&baseline, &scenario, 42, Area::Threatened).unwrap();
//! while job.draws_done() < 1000 {
//!     job.advance(25); // one animation frame's worth
//!     let _bands = job.bands(); // redraw
//! }
//! let cache = job.into_cache(); // reuse for the next scenario: one run per draw
//! # let _ = cache;
//! ```

pub mod band;
pub mod band_request;
pub mod cache;
pub mod cli;
pub mod convergence;
pub mod draw;
pub mod draw_set;
pub mod error;
pub mod export;
pub mod job;
pub mod lhs;
pub mod normal;
pub mod perturb;
pub mod ranges;
pub mod rng;
pub mod series;
pub mod spread;
pub mod target;
pub mod triangular;

pub use band::{Band, PROBABILITIES, probability_se, quantile_sorted};
pub use band_request::BandRequest;
pub use cache::BaselineCache;
pub use draw_set::DrawSet;
pub use convergence::Convergence;
pub use error::UncertaintyError;
pub use job::BandJob;
pub use ranges::Ranges;
pub use series::Series;
pub use spread::Spread;
