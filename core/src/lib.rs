//! `laegedaekning-core`: the pure heart of Lægedækning 2040.
//!
//! Everything here is plain Rust with no web dependency (no leptos, web-sys, wasm-bindgen, gloo or
//! js-sys), so it compiles and tests natively and in the browser alike. Data flows one way:
//! [`data`] (baseline figures with sources) → model → app.

// The model's loops index several parallel arrays by the subscripts of MODEL.md's equations (c, k, j,
// τ, a); iterator chains would hide that correspondence, so clippy's `needless_range_loop` is off.
#![allow(clippy::needless_range_loop)]

pub mod analysis;
pub mod data;
pub mod levers;
pub mod math;
pub mod model;
pub mod report;
pub mod share;
pub mod sort;
pub mod uncertainty;

pub use levers::{Scenario, LeverSetting};
pub use model::{Baseline, Results, run};
