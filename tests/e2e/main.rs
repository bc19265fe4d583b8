//! End-to-end tests, in one binary: data validation, headless runs and rankings, replays,
//! the analyser on the development set, the command line, Bevy headless, and the window.

mod analyser;
mod cli;
mod common;
mod data;
mod headless;
mod runs;
mod window;
