//! Starting a drill on entering the screen, and running its clock.

use std::time::{SystemTime, UNIX_EPOCH};

use bevy::prelude::*;

use super::Session;
use crate::app::debrief::DebriefResult;
use crate::app::demo::Demo;
use crate::app::{Data, Screen, Settings};
use crate::cli::new_drill;
use crate::engine::debrief::Debrief;
use crate::engine::transcript::Journal;

/// Start the drill on entering the screen and run its clock.
pub fn plugin(app: &mut App) {
    app.add_systems(OnEnter(Screen::Drill), start).add_systems(
        Update,
        (run_clock, finish)
            .chain()
            .run_if(in_state(Screen::Drill).and_then(resource_exists::<Session>)),
    );
}

fn start(
    mut commands: Commands,
    data: Res<Data>,
    settings: Res<Settings>,
    mut next: ResMut<NextState<Screen>>,
) {
    let (drill, hash) = match new_drill(&data.0, &settings.scenario, &settings.lang, settings.seed)
    {
        Ok(d) => d,
        Err(e) => {
            error!("{e}");
            next.set(Screen::Menu);
            return;
        }
    };
    let stamp = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let path = settings.runs_dir.join(format!(
        "{stamp}-{}-{}.jsonl",
        settings.scenario, settings.lang
    ));
    let trainee = Some(settings.trainee.trim()).filter(|t| !t.is_empty());
    let journal = match Journal::create(&path, &drill, &hash, trainee) {
        Ok(j) => Some(j),
        Err(e) => {
            warn!("cannot write the journal {}: {e}", path.display());
            None
        }
    };
    commands.insert_resource(Session::new(drill, journal));
}

/// Real time drives the drill unless a demo script is in charge.
fn run_clock(time: Res<Time>, mut session: ResMut<Session>, demo: Option<Res<Demo>>) {
    if demo.is_some() || session.paused {
        return;
    }
    let speed = session.speed;
    session.drill.advance(time.delta_secs_f64() * speed);
    session.sync();
}

fn finish(mut commands: Commands, session: Res<Session>, mut next: ResMut<NextState<Screen>>) {
    if session.drill.ended() {
        commands.insert_resource(DebriefResult(Debrief::of(&session.drill)));
        next.set(Screen::Debrief);
    }
}
