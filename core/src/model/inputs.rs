//! Where the model reads its inputs: the baseline dataset (`core/data/baseline.json`, observed figures)
//! and the model-parameter file (`core/data/parameters.json`, MODEL.md §1.5 defaults and labelled
//! estimates). Both use the same validated [`Dataset`] format, so every number the model reads has a
//! unit, year, source and confidence — there are no unlabelled constants in the model code.

use crate::data::{DataError, Dataset, Region};
use std::fmt;

/// The model-parameter file, compiled in.
const PARAMETERS: &str = include_str!("../../data/parameters.json");

/// Parses and validates the embedded model-parameter file.
pub fn embedded_parameters() -> Result<Dataset, DataError> {
    Dataset::parse(PARAMETERS)
}

/// Why a baseline could not be built.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelError {
    /// A data file failed to parse or validate.
    Data(DataError),
    /// A figure the model needs is absent (or has no headline value).
    MissingInput(String),
}

impl fmt::Display for ModelError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ModelError::Data(e) => write!(f, "{e}"),
            ModelError::MissingInput(id) => write!(f, "the model needs figure `{id}`, which has no value"),
        }
    }
}

impl std::error::Error for ModelError {}

impl From<DataError> for ModelError {
    fn from(e: DataError) -> Self {
        ModelError::Data(e)
    }
}

/// Look-ups into the two data files.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    pub data: &'a Dataset,
    pub params: &'a Dataset,
}

impl<'a> Inputs<'a> {
    /// A national figure of the baseline dataset.
    pub fn national(&self, id: &str) -> Result<f64, ModelError> {
        self.data
            .figure(id)
            .and_then(|f| f.value)
            .ok_or_else(|| ModelError::MissingInput(id.to_string()))
    }

    /// A regional figure `name.region` of the baseline dataset.
    pub fn regional(&self, name: &str, region: Region) -> Result<f64, ModelError> {
        self.data.regional_value(name, region).ok_or_else(|| {
            ModelError::MissingInput(format!("{name}.{}", region_key(region)))
        })
    }

    /// All five regional values of `name`, in model order.
    pub fn regions(&self, name: &str) -> Result<[f64; 5], ModelError> {
        let mut out = [0.0; 5];
        for r in Region::ALL {
            out[r.index()] = self.regional(name, r)?;
        }
        Ok(out)
    }

    /// A model parameter.
    pub fn param(&self, id: &str) -> Result<f64, ModelError> {
        self.params
            .figure(id)
            .and_then(|f| f.value)
            .ok_or_else(|| ModelError::MissingInput(id.to_string()))
    }
}

/// The data-file key of a region (`nordjylland`, ...).
pub fn region_key(region: Region) -> &'static str {
    match region {
        Region::Hovedstaden => "hovedstaden",
        Region::Sjaelland => "sjaelland",
        Region::Syddanmark => "syddanmark",
        Region::Midtjylland => "midtjylland",
        Region::Nordjylland => "nordjylland",
    }
}
