//! The engine: everything that decides, in plain Rust with no Bevy import.

pub mod action;
pub mod analysis;
pub mod debrief;
pub mod diagnostic;
pub mod drill;
pub mod library;
pub mod locale;
pub mod scenario;
pub mod scoring;
pub mod transcript;
