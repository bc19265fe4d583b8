//! Crisis Drill: a training simulator for social-media crises.
//!
//! [`engine`] is plain Rust and decides everything; [`cli`] is the command line; the Bevy
//! views live in `app` (feature `gui`).

#![warn(missing_docs)]

#[cfg(feature = "gui")]
pub mod app;
pub mod cli;
pub mod engine;
