//! Everything that touches the browser's APIs lives here, behind small traits, so the rest of the
//! app is plain Rust that tests can drive with fakes.

mod background;
mod band_workers;
mod broadcast;
mod clipboard;
mod clock;
mod document;
mod download;
mod event_target;
mod lifecycle;
mod parent_window;
mod presence;
mod resize;
mod storage;
mod storage_events;
mod url;
mod visibility;

pub use event_target::{details_open, from_text_field, select_input_text};
pub use document::{set_html_lang, set_root_class};
pub use presence::{Activity, keep_screen_on};
pub use parent_window::{is_framed, on_message, post_to_parent, query_values};
pub use lifecycle::{UPDATE_EVENT, on_update_ready, reload};
pub use url::{query_param, replace_query_param};
pub use visibility::{VisibilityObserver, observe_visible};
pub use resize::{WidthObserver, observe_width};
pub use background::{Background, now_ms, run_in_background};
pub use band_workers::{WorkerPool, WorkerReply, worker_count};
pub use broadcast::Channel;
pub use clipboard::copy_text;
pub use download::{download_png, download_text, svg_inside};
pub use clock::{local_offset_minutes, nonce, now_utc};
pub use storage::BrowserStorage;
pub use storage_events::on_storage_change;
