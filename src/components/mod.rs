//! The app's components. Each renders a view model and forwards events; no logic of its own.

mod app;
mod area_year_picker;
mod data_view;
mod dom_id;
mod header;
mod kpi_cards;
mod lab_charts;
mod lab_view;
mod lever_control;
mod lever_info;
mod lever_panel;
mod library_panel;
mod line_chart;
mod link_notice;
mod region_map;
mod share_panel;
mod update_notice;
mod what_changed;

pub use app::{App, AppState, View};
pub use area_year_picker::AreaYearPicker;
pub use data_view::DataView;
pub use header::Header;
pub use kpi_cards::KpiCards;
pub use lab_charts::LabCharts;
pub use lab_view::LabView;
pub use lever_control::LeverControl;
pub use lever_info::LeverInfo;
pub use lever_panel::LeverPanel;
pub use library_panel::LibraryPanel;
pub use line_chart::LineChart;
pub use link_notice::LinkNotice;
pub use region_map::RegionMap;
pub use share_panel::SharePanel;
pub use update_notice::UpdateNotice;
pub use what_changed::WhatChanged;
