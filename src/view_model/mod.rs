//! Pure view models: what a screen shows, computed from core data without touching the DOM, so it
//! is unit-tested natively. Components only render these.

pub mod analysis_text;
pub mod area_choice;
pub mod compare_charts;
pub mod compare_table;
pub mod csv;
pub mod data_table;
pub mod figure_year;
pub mod frontier_chart;
pub mod history;
pub mod kpi_cards;
pub mod lab_charts;
pub mod lever_panel;
pub mod mobility_table;
pub mod qr;
pub mod library_text;
pub mod link_notice;
pub mod scenario_edit;
pub mod targets;
pub mod track_split;
pub mod waterfall;
pub mod what_changed;
pub mod line_chart_text;
pub mod region_map;
