//! The transcript: every run journalled as it happens (JSON lines, append-only, flushed per
//! line), so a crash loses nothing already done; a journal replays to the same state.

use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::action::{Script, TimedAction};
use super::drill::{Drill, Event, EventKind};

/// Version of the journal format.
pub const FORMAT_VERSION: u32 = 1;

/// One line of a journal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum Line {
    /// The first line: what defines the run.
    Header {
        /// Journal format version.
        version: u32,
        /// Scenario id.
        scenario: String,
        /// SHA-256 of the scenario file.
        hash: String,
        /// Language.
        lang: String,
        /// Seed.
        seed: u64,
        /// Trainee's name, if given.
        trainee: Option<String>,
    },
    /// Something that happened.
    Event(Event),
}

/// Writes a drill's events to a journal as they happen.
#[derive(Debug)]
pub struct Journal {
    file: File,
    written: usize,
}

impl Journal {
    /// Create the journal file and write its header.
    pub fn create(
        path: &Path,
        drill: &Drill,
        hash: &str,
        trainee: Option<&str>,
    ) -> std::io::Result<Journal> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let mut journal = Journal {
            file: File::create(path)?,
            written: 0,
        };
        journal.write(&Line::Header {
            version: FORMAT_VERSION,
            scenario: drill.scenario().id.clone(),
            hash: hash.to_owned(),
            lang: drill.lang().to_owned(),
            seed: drill.seed(),
            trainee: trainee.map(str::to_owned),
        })?;
        journal.sync(drill)?;
        Ok(journal)
    }

    /// Append the events that happened since the last call.
    pub fn sync(&mut self, drill: &Drill) -> std::io::Result<()> {
        let events = drill.events();
        while self.written < events.len() {
            let line = Line::Event(events[self.written].clone());
            self.write(&line)?;
            self.written += 1;
        }
        Ok(())
    }

    fn write(&mut self, line: &Line) -> std::io::Result<()> {
        let mut text = serde_json::to_string(line).map_err(std::io::Error::other)?;
        text.push('\n');
        self.file.write_all(text.as_bytes())?;
        self.file.flush()
    }
}

/// A journal read back: its header and the script of the trainee's actions.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    /// Scenario id.
    pub scenario: String,
    /// Scenario hash at the time of the run.
    pub hash: String,
    /// Language.
    pub lang: String,
    /// Seed.
    pub seed: u64,
    /// Trainee.
    pub trainee: Option<String>,
    /// The actions, timed.
    pub script: Script,
    /// Every event as journalled.
    pub events: Vec<Event>,
}

/// Read a journal; a torn last line (a crash mid-write) is ignored.
pub fn read(path: &Path) -> Result<Recorded, String> {
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut header = None;
    let mut events = Vec::new();
    let lines: Vec<String> = BufReader::new(file).lines().map_while(Result::ok).collect();
    let count = lines.len();
    for (n, text) in lines.into_iter().enumerate() {
        match serde_json::from_str::<Line>(&text) {
            Ok(Line::Header {
                scenario,
                hash,
                lang,
                seed,
                trainee,
                ..
            }) => header = Some((scenario, hash, lang, seed, trainee)),
            Ok(Line::Event(e)) => events.push(e),
            Err(_) if n + 1 == count => {}
            Err(e) => return Err(format!("{}:{}:{}: {e}", path.display(), n + 1, e.column())),
        }
    }
    let (scenario, hash, lang, seed, trainee) =
        header.ok_or_else(|| format!("{}:1:1: no header line", path.display()))?;
    let actions = events
        .iter()
        .filter_map(|e| match &e.kind {
            EventKind::Acted { action, .. } => Some(TimedAction {
                at: e.at_ms as f64 / 1000.0,
                act: action.clone(),
            }),
            _ => None,
        })
        .collect();
    Ok(Recorded {
        scenario,
        hash,
        lang,
        seed,
        trainee,
        script: Script { actions },
        events,
    })
}

/// Play a script on a drill headless, to the end.
pub fn play(drill: &mut Drill, script: &Script) {
    for timed in script.sorted() {
        let at_ms = (timed.at.max(0.0) * 1000.0).round() as u64;
        drill.advance_to(at_ms);
        if drill.ended() {
            break;
        }
        // A rejected action is logged in the drill's events; the script goes on.
        let _ = drill.apply(timed.act);
    }
    drill.finish();
}
