//! The command line: `validate`, `run`, `replay`, `analyze`, `play`, and the game.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use serde_json::json;

use crate::engine::action::Script;
use crate::engine::analysis::evaluate;
use crate::engine::debrief::Debrief;
use crate::engine::diagnostic::Diagnostic;
use crate::engine::drill::Drill;
use crate::engine::library::{self, Library};
use crate::engine::transcript::{self, Journal};

/// Crisis Drill: practise social-media crises. With no subcommand, opens the game.
#[derive(Debug, Parser)]
#[command(name = "crisis-drill", version, about)]
pub struct Cli {
    /// Folder holding `scenarios/` and `locales/` (default: found automatically).
    #[arg(long, global = true, env = "CRISIS_DRILL_DATA")]
    pub data: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check scenarios, translations and word lists; exit 0 only when clean.
    Validate {
        /// Files or data folders to check (default: everything).
        paths: Vec<PathBuf>,
    },
    /// Play a timed script headless and print the debrief.
    Run {
        /// Scenario id.
        #[arg(long)]
        scenario: String,
        /// Language code (en, it, el, es).
        #[arg(long, default_value = "en")]
        lang: String,
        /// RON script of timed actions.
        #[arg(long)]
        script: PathBuf,
        /// Seed for the run's randomness.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Write the run's journal here.
        #[arg(long)]
        journal: Option<PathBuf>,
    },
    /// Replay a journal and print its debrief.
    Replay {
        /// The journal (JSON lines) of an earlier run.
        journal: PathBuf,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Analyse replies read from standard input, one per line.
    Analyze {
        /// Language code of the replies.
        #[arg(long)]
        lang: String,
        /// One JSON object per line.
        #[arg(long)]
        json: bool,
        /// Instead, measure the analyser on a labelled TSV and print precision/recall/F1.
        #[arg(long, value_name = "TSV")]
        evaluate: Option<PathBuf>,
        /// With `--evaluate`, also list every misjudged row with the evidence.
        #[arg(long, requires = "evaluate")]
        show_errors: bool,
    },
    /// Play a script in the real window and save screenshots (for tests and demos).
    Play(PlayArgs),
}

/// Arguments of `play`.
#[derive(Debug, Clone, clap::Args)]
pub struct PlayArgs {
    /// Scenario id.
    #[arg(long)]
    pub scenario: String,
    /// Language code.
    #[arg(long, default_value = "en")]
    pub lang: String,
    /// RON script of timed actions.
    #[arg(long)]
    pub script: PathBuf,
    /// Seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Scenario seconds per real second.
    #[arg(long, default_value_t = 10.0)]
    pub speed: f64,
    /// Save menu.png, briefing.png, drill.png and debrief.png here.
    #[arg(long)]
    pub screenshots: Option<PathBuf>,
    /// Practice mode: the composer shows live hints (assessment otherwise).
    #[arg(long)]
    pub practice: bool,
}

/// Run the command line.
pub fn run(cli: Cli) -> ExitCode {
    let root = cli.data.clone().unwrap_or_else(Library::locate);
    let result = match cli.command {
        None => open_game(&root, None),
        Some(Command::Validate { paths }) => return validate(&root, &paths),
        Some(Command::Run {
            scenario,
            lang,
            script,
            seed,
            json,
            journal,
        }) => run_script(
            &root,
            &scenario,
            &lang,
            &script,
            seed,
            json,
            journal.as_deref(),
        ),
        Some(Command::Replay { journal, json }) => replay(&root, &journal, json),
        Some(Command::Analyze {
            lang,
            json,
            evaluate,
            show_errors,
        }) => analyze(&root, &lang, json, evaluate.as_deref(), show_errors),
        Some(Command::Play(args)) => read_script(&args.script)
            .and_then(|script| open_game(&root, Some(PlayRequest { args, script }))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What `play` asks the window to do: its arguments and the script they name, read.
#[derive(Debug, Clone)]
pub struct PlayRequest {
    /// The command-line arguments.
    pub args: PlayArgs,
    /// The actions of `args.script`.
    pub script: Script,
}

#[cfg(feature = "gui")]
fn open_game(root: &Path, play: Option<PlayRequest>) -> Result<(), String> {
    let library = load_clean(root)?;
    crate::app::run(library, play)
}

#[cfg(not(feature = "gui"))]
fn open_game(_root: &Path, _play: Option<PlayRequest>) -> Result<(), String> {
    Err("this build has no window (built without the `gui` feature)".into())
}

fn print_problems(problems: &[Diagnostic]) {
    for p in problems {
        eprintln!("{p}");
    }
}

/// Load the library, refusing to go on when anything is broken.
pub fn load_clean(root: &Path) -> Result<Library, String> {
    let (library, problems) = Library::load(root);
    if problems.is_empty() {
        Ok(library)
    } else {
        print_problems(&problems);
        Err(format!(
            "{} problem(s) in the data under {}",
            problems.len(),
            root.display()
        ))
    }
}

fn validate(root: &Path, paths: &[PathBuf]) -> ExitCode {
    let mut problems = Vec::new();
    if paths.is_empty() {
        problems = Library::load(root).1;
    } else {
        let (library, _) = Library::load(root);
        for path in paths {
            if path.is_dir() {
                problems.extend(Library::load(path).1);
            } else if path.file_name().is_some_and(|n| n == "analysis.ron") {
                problems.extend(library::load_analyser(path).err().unwrap_or_default());
            } else if path.extension().is_some_and(|e| e == "ron") {
                problems.extend(
                    library::load_scenario(path, &library.catalog)
                        .err()
                        .unwrap_or_default(),
                );
            } else if path.extension().is_some_and(|e| e == "ftl") {
                problems.extend(check_ftl(path));
            } else {
                problems.push(Diagnostic::file(
                    path,
                    "not a scenario (.ron), translation (.ftl) or data folder",
                ));
            }
        }
    }
    print_problems(&problems);
    if problems.is_empty() {
        println!("ok: no problems");
        ExitCode::SUCCESS
    } else {
        println!("{} problem(s)", problems.len());
        ExitCode::FAILURE
    }
}

fn check_ftl(path: &Path) -> Vec<Diagnostic> {
    let source = match std::fs::read_to_string(path) {
        Ok(s) => s,
        Err(e) => return vec![Diagnostic::file(path, format!("cannot read: {e}"))],
    };
    match fluent_syntax::parser::parse(source.as_str()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors
            .into_iter()
            .map(|e| {
                Diagnostic::at_byte(
                    path,
                    &source,
                    e.pos.start,
                    format!("Fluent syntax: {}", e.kind),
                )
            })
            .collect(),
    }
}

fn read_script(path: &Path) -> Result<Script, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    library::parse_ron(path, &source).map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })
}

/// Start a drill for `scenario` in `lang` from a loaded library.
pub fn new_drill(
    library: &Library,
    scenario: &str,
    lang: &str,
    seed: u64,
) -> Result<(Drill, String), String> {
    let loaded = library.scenarios.get(scenario).ok_or_else(|| {
        let known: Vec<&str> = library.scenarios.keys().map(String::as_str).collect();
        format!(
            "unknown scenario `{scenario}` (known: {})",
            known.join(", ")
        )
    })?;
    if !loaded.scenario.languages.iter().any(|l| l == lang) {
        return Err(format!(
            "scenario `{scenario}` is not written in `{lang}` (it has {})",
            loaded.scenario.languages.join(", ")
        ));
    }
    let analyser = library
        .analysers
        .get(lang)
        .ok_or_else(|| format!("no analyser word lists for `{lang}`"))?;
    let drill = Drill::new(
        Arc::clone(&loaded.scenario),
        lang,
        seed,
        Arc::clone(analyser),
        &library.catalog,
    );
    Ok((drill, loaded.hash.clone()))
}

fn run_script(
    root: &Path,
    scenario: &str,
    lang: &str,
    script: &Path,
    seed: u64,
    json: bool,
    journal: Option<&Path>,
) -> Result<(), String> {
    let library = load_clean(root)?;
    let script = read_script(script)?;
    let (mut drill, hash) = new_drill(&library, scenario, lang, seed)?;
    let mut writer = match journal {
        Some(path) => Some(
            Journal::create(path, &drill, &hash, None)
                .map_err(|e| format!("{}: {e}", path.display()))?,
        ),
        None => None,
    };
    for timed in script.sorted() {
        drill.advance_to((timed.at.max(0.0) * 1000.0).round() as u64);
        let _ = drill.apply(timed.act);
        if let Some(w) = writer.as_mut() {
            w.sync(&drill).map_err(|e| e.to_string())?;
        }
    }
    drill.finish();
    if let Some(w) = writer.as_mut() {
        w.sync(&drill).map_err(|e| e.to_string())?;
    }
    print_debrief(&library, &Debrief::of(&drill), json)
}

fn replay(root: &Path, journal: &Path, json: bool) -> Result<(), String> {
    let library = load_clean(root)?;
    let recorded = transcript::read(journal)?;
    let (mut drill, hash) = new_drill(&library, &recorded.scenario, &recorded.lang, recorded.seed)?;
    if hash != recorded.hash {
        eprintln!(
            "warning: the scenario file changed since this run was recorded; the replay may differ"
        );
    }
    transcript::play(&mut drill, &recorded.script);
    print_debrief(&library, &Debrief::of(&drill), json)
}

fn print_debrief(library: &Library, debrief: &Debrief, json: bool) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    let text = if json {
        serde_json::to_string_pretty(debrief).map_err(|e| e.to_string())?
    } else {
        debrief.render_text(&library.catalog)
    };
    writeln!(stdout, "{text}").map_err(|e| e.to_string())
}

fn analyze(
    root: &Path,
    lang: &str,
    json: bool,
    evaluate_path: Option<&Path>,
    show_errors: bool,
) -> Result<(), String> {
    let path = root.join("locales").join(lang).join("analysis.ron");
    let analyser = library::load_analyser(&path).map_err(|problems| {
        problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n")
    })?;
    if let Some(tsv) = evaluate_path {
        let source = std::fs::read_to_string(tsv).map_err(|e| format!("{}: {e}", tsv.display()))?;
        let rows = evaluate::parse_tsv(&source).map_err(|e| format!("{}:{e}", tsv.display()))?;
        let evaluation = evaluate::evaluate(&analyser, &rows);
        print!("{}", evaluate::table(lang, &evaluation));
        if show_errors {
            for (id, dimension, gold, _, text) in &evaluation.errors {
                let why: Vec<String> = analyser
                    .analyse(text)
                    .evidence
                    .iter()
                    .map(|e| format!("{}:{}", e.skill.name(), e.why))
                    .collect();
                let kind = if *gold { "MISSED" } else { "FALSE" };
                println!(
                    "{kind} {dimension} {id}: {text}\n    evidence: {}",
                    why.join(" | ")
                );
            }
        }
        return Ok(());
    }
    let mut input = Vec::new();
    std::io::stdin()
        .read_to_end(&mut input)
        .map_err(|e| format!("standard input: {e}"))?;
    let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
    let mut lines: Vec<&[u8]> = input.split(|&b| b == b'\n').collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    for (n, raw) in lines.into_iter().enumerate() {
        let raw = raw.strip_suffix(b"\r").unwrap_or(raw);
        let line_no = n + 1;
        let result = match std::str::from_utf8(raw) {
            Err(e) => Err(format!("invalid UTF-8 at byte {}", e.valid_up_to())),
            Ok(text) if text.trim().is_empty() => Err("empty reply".to_owned()),
            Ok(text) => Ok(analyser.analyse(text)),
        };
        let written = match (result, json) {
            (Ok(a), true) => serde_json::to_string(&a).map(|s| writeln!(stdout, "{s}")),
            (Err(e), true) => serde_json::to_string(&json!({ "line": line_no, "error": e }))
                .map(|s| writeln!(stdout, "{s}")),
            (Ok(a), false) => {
                let flags: Vec<&str> = evaluate::DIMENSIONS
                    .iter()
                    .enumerate()
                    .filter(|(d, _)| evaluate::predicted(&a, *d))
                    .map(|(_, n)| *n)
                    .collect();
                Ok(writeln!(
                    stdout,
                    "calm={:.2} {}",
                    a.calm,
                    if flags.is_empty() {
                        "-".to_owned()
                    } else {
                        flags.join(",")
                    }
                ))
            }
            (Err(e), false) => Ok(writeln!(stdout, "line {line_no}: error: {e}")),
        };
        written
            .map_err(|e| e.to_string())?
            .map_err(|e| e.to_string())?;
    }
    stdout.flush().map_err(|e| e.to_string())
}
