//! Why a band could not be set up: a bad ranges file, an unknown area, or a scenario or token the
//! model refuses. Every failure is a value, never a panic.

use crate::levers::ScenarioError;
use crate::model::ModelError;
use std::fmt;

/// An error of the uncertainty module.
#[derive(Clone, Debug, PartialEq)]
pub enum UncertaintyError {
    /// `uncertainty.json` does not parse.
    Parse(String),
    /// A range in `uncertainty.json` breaks a rule (named by its id).
    InvalidRange { id: String, reason: String },
    /// An area name the band does not know.
    UnknownArea(String),
    /// The scenario was refused.
    Scenario(ScenarioError),
    /// The baseline could not be built.
    Model(ModelError),
    /// A command-line argument, file or share token was unusable.
    Input(String),
}

impl fmt::Display for UncertaintyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UncertaintyError::Parse(e) => write!(f, "uncertainty ranges do not parse: {e}"),
            UncertaintyError::InvalidRange { id, reason } => write!(f, "uncertainty range `{id}`: {reason}"),
            UncertaintyError::UnknownArea(a) => {
                write!(f, "unknown area `{a}` (nation, threatened, other or a region key such as sjaelland)")
            }
            UncertaintyError::Scenario(e) => write!(f, "{e}"),
            UncertaintyError::Model(e) => write!(f, "{e}"),
            UncertaintyError::Input(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for UncertaintyError {}

impl From<ScenarioError> for UncertaintyError {
    fn from(e: ScenarioError) -> Self {
        UncertaintyError::Scenario(e)
    }
}

impl From<ModelError> for UncertaintyError {
    fn from(e: ModelError) -> Self {
        UncertaintyError::Model(e)
    }
}
