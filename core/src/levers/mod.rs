//! Levers: the catalogue (data: `core/data/levers.json`), scenarios and their validation, and the
//! mechanisms that turn lever settings into parameter changes and costs.

pub mod catalogue;
pub mod cost;
pub mod effect_draw;
pub mod kind;
pub mod memo;
pub mod mechanism;
pub mod scenario;
pub mod texts;
pub mod tracks;
pub mod year_key;

pub use catalogue::{Catalogue, Lever, Payer, Setting};
pub use cost::{cost_missing, lever_cost};
pub use effect_draw::LeverDraw;
pub use mechanism::{apply_levers, apply_levers_memo};
pub use memo::LeverMemo;
pub use year_key::LeverYearKey;
pub use scenario::{Active, LeverSetting, Resolved, Scenario, ScenarioError, Warning};
