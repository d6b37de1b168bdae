//! What can be wrong with a data file.

use std::fmt;

/// A data file that cannot be used: unparsable, or a figure that breaks a rule every figure must keep.
#[derive(Clone, Debug, PartialEq)]
pub enum DataError {
    /// The file is not valid JSON of the expected shape.
    Parse(String),
    /// A figure breaks a rule (missing source, missing translation, duplicate id, ...).
    Invalid { figure: String, problem: String },
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DataError::Parse(msg) => write!(f, "data file cannot be read: {msg}"),
            DataError::Invalid { figure, problem } => write!(f, "figure `{figure}`: {problem}"),
        }
    }
}

impl std::error::Error for DataError {}
