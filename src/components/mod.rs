//! The app's components. Each renders a view model and forwards events; no logic of its own.

mod app;
mod data_view;
mod header;
mod update_notice;

pub use app::{App, AppState};
pub use data_view::DataView;
pub use header::Header;
pub use update_notice::UpdateNotice;
