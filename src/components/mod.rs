//! The app's components. Each renders a view model and forwards events; no logic of its own.

mod app;
mod data_view;
mod dom_id;
mod header;
mod line_chart;
mod region_map;
mod update_notice;

pub use app::{App, AppState};
pub use data_view::DataView;
pub use header::Header;
pub use line_chart::LineChart;
pub use region_map::RegionMap;
pub use update_notice::UpdateNotice;
