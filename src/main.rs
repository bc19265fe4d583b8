//! `crisis-drill`: the game with no arguments, or a subcommand (see `--help`).

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = crisis_drill::cli::Cli::parse();
    crisis_drill::cli::run(cli)
}
