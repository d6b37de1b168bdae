//! The stock-flow simulation of MODEL.md: state, parameters, the yearly step (specialists, training
//! pipeline with the matching operator and training capacity), FTE, demand, KPIs, costs, the
//! conservation ledger and the run API.

pub mod base_params;
pub mod baseline;
pub mod calibration;
pub mod deltas;
pub mod demand;
pub mod dims;
pub mod fte;
pub mod headline;
pub mod inputs;
pub mod kpi;
pub mod ledger;
pub mod matching;
pub mod mobility;
pub mod mobility_factors;
pub mod mobility_matrix;
pub mod new_specialists;
pub mod params;
pub mod results;
pub mod rows;
pub mod run;
pub mod specialists;
pub mod state;
pub mod switching;
pub mod training;

pub use baseline::Baseline;
pub use deltas::{Deltas, compare};
pub use headline::Headline;
pub use inputs::ModelError;
pub use mobility_factors::{Factors, MobilityByStage};
pub use mobility_matrix::{AreaFlows, OdMatrix, Stage};
pub use results::{Area, AreaKpis, Results, YearResult};
pub use run::{Workspace, final_state, run, run_into, run_resolved};
