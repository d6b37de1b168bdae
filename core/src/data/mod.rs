//! The embedded baseline dataset: every figure the app shows or the model reads, each with its unit,
//! year, source and confidence. The data file `core/data/baseline.json` is compiled in with
//! `include_str!` (never fetched), parsed and validated by [`Dataset::embedded`].

mod dataset;
mod error;
mod figure;
mod localized;
mod region;

pub use dataset::{Dataset, SourceRef};
pub use error::DataError;
pub use figure::{Confidence, Figure, Part, PartValue, Topic};
pub use localized::{Lang, Localized};
pub use region::Region;
