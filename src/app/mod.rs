//! The Bevy game: thin views over the engine and input turned into actions.
//!
//! One plugin per file; the screens are states of [`Screen`]; the engine's data lives in
//! the [`Data`] resource, the running drill in [`drill::Session`].

pub mod debrief;
pub mod demo;
pub mod drill;
pub mod screens;
pub mod theme;

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy_egui::EguiPlugin;
use fluent_bundle::FluentValue;

use crate::cli::PlayRequest;
use crate::engine::library::Library;

/// The screens, in the order a trainee meets them.
#[derive(States, Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Screen {
    /// Language, scenario, trainee name.
    #[default]
    Menu,
    /// What happened and what you know.
    Briefing,
    /// The crisis, live.
    Drill,
    /// Scores, findings and the timeline.
    Debrief,
}

/// Everything loaded from disk.
#[derive(Resource, Clone)]
pub struct Data(pub Arc<Library>);

/// Whether hints show while typing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Live hints in the composer.
    #[default]
    Practice,
    /// No hints.
    Assessment,
}

/// The trainee's choices on the menu.
#[derive(Resource, Debug, Clone)]
pub struct Settings {
    /// Language code.
    pub lang: String,
    /// Scenario id.
    pub scenario: String,
    /// Trainee's name.
    pub trainee: String,
    /// Practice or assessment.
    pub mode: Mode,
    /// Seed of the next run.
    pub seed: u64,
    /// Where journals are written.
    pub runs_dir: PathBuf,
}

impl Data {
    /// A message in `lang`.
    pub fn t(&self, lang: &str, key: &str) -> String {
        self.0.catalog.text(lang, key, &[])
    }

    /// A message in `lang` with arguments.
    pub fn t_args(&self, lang: &str, key: &str, args: &[(&str, FluentValue)]) -> String {
        self.0.catalog.text(lang, key, args)
    }
}

/// Where journals of runs played in the window go.
fn runs_dir() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("crisis-drill").join("runs")
}

/// Open the window and run until it closes.
pub fn run(library: Library, play: Option<PlayRequest>) -> Result<(), String> {
    let lang = play
        .as_ref()
        .map_or_else(|| "en".to_owned(), |p| p.args.lang.clone());
    let scenario = play
        .as_ref()
        .map(|p| p.args.scenario.clone())
        .or_else(|| library.scenarios.keys().next().cloned())
        .ok_or("there are no scenarios")?;
    let settings = Settings {
        lang,
        scenario,
        trainee: String::new(),
        mode: match &play {
            Some(p) if !p.args.practice => Mode::Assessment,
            _ => Mode::Practice,
        },
        seed: play.as_ref().map_or(1, |p| p.args.seed),
        runs_dir: play
            .as_ref()
            .and_then(|p| p.args.screenshots.clone())
            .unwrap_or_else(runs_dir),
    };
    let title = library.catalog.text(&settings.lang, "app-title", &[]);
    let mut app = App::new();
    app.add_plugins(DefaultPlugins.set(WindowPlugin {
        primary_window: Some(Window {
            title,
            resolution: WindowResolution::new(1280, 800),
            ..default()
        }),
        ..default()
    }))
    .add_plugins(EguiPlugin::default())
    .insert_resource(Data(Arc::new(library)))
    .insert_resource(settings)
    .init_state::<Screen>()
    .add_plugins((
        theme::plugin,
        screens::plugin,
        drill::plugin,
        debrief::plugin,
    ))
    .add_systems(
        Startup,
        |mut commands: Commands, mut time: ResMut<Time<Virtual>>| {
            commands.spawn(Camera2d);
            time.set_max_delta(Duration::from_secs(1));
        },
    );
    if let Some(play) = play {
        app.add_plugins(demo::plugin(play));
    }
    match app.run() {
        AppExit::Success => Ok(()),
        AppExit::Error(code) => Err(format!("the window closed with error code {code}")),
    }
}
