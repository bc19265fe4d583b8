//! The Bevy plugins stepped headless: `MinimalPlugins`, manual time, no window.

use std::sync::Arc;
use std::time::Duration;

use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::time::TimeUpdateStrategy;
use crisis_drill::app::debrief::DebriefResult;
use crisis_drill::app::drill::{Session, clock};
use crisis_drill::app::{Data, Mode, Screen, Settings};
use crisis_drill::engine::action::Action;
use crisis_drill::engine::library::Library;

use crate::common::{root, temp_dir};

fn app() -> App {
    let (library, problems) = Library::load(&root());
    assert!(problems.is_empty(), "{problems:?}");
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_secs(1)))
        .insert_resource(Data(Arc::new(library)))
        .insert_resource(Settings {
            lang: "el".into(),
            scenario: "late-parcel".into(),
            trainee: "Ελένη".into(),
            mode: Mode::Assessment,
            seed: 5,
            runs_dir: temp_dir("headless-runs"),
        })
        .init_state::<Screen>()
        .add_plugins(clock::plugin);
    app.world_mut()
        .resource_mut::<Time<Virtual>>()
        .set_max_delta(Duration::from_secs(2));
    app
}

#[test]
fn the_drill_runs_on_bevy_time_to_the_debrief() {
    let mut app = app();
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Drill);
    app.update();
    assert!(
        app.world().contains_resource::<Session>(),
        "entering the drill starts a session"
    );
    for _ in 0..20 {
        app.update();
    }
    let now = app.world().resource::<Session>().drill.now();
    assert!(
        (15.0..=21.0).contains(&now),
        "twenty one-second steps moved the clock to {now}"
    );
    app.world_mut().resource_mut::<Session>().act(Action::Reply {
        to: "complaint".into(),
        text: "Νίκο, λυπούμαστε πολύ για την αναμονή· η ευθύνη είναι δική μας. Το δέμα σας (παραγγελία #4821) θα παραδοθεί την Πέμπτη πριν τις 12:00. Ευχαριστούμε που μας το είπατε.".into(),
    });
    app.world_mut().resource_mut::<Session>().paused = true;
    for _ in 0..5 {
        app.update();
    }
    assert_eq!(
        app.world().resource::<Session>().drill.now(),
        now,
        "a paused drill does not move"
    );
    app.world_mut().resource_mut::<Session>().paused = false;
    for _ in 0..400 {
        app.update();
        if *app.world().resource::<State<Screen>>().get() == Screen::Debrief {
            break;
        }
    }
    assert_eq!(
        *app.world().resource::<State<Screen>>().get(),
        Screen::Debrief
    );
    let debrief = &app.world().resource::<DebriefResult>().0;
    assert_eq!(debrief.lang, "el");
    assert!(
        debrief.skills["empathy"] == 100 && debrief.skills["responsibility"] == 100,
        "{:?}",
        debrief.skills
    );
    let journals: Vec<_> = std::fs::read_dir(temp_dir_path())
        .expect("runs dir")
        .flatten()
        .collect();
    assert_eq!(journals.len(), 1, "one journal written");
}

fn temp_dir_path() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("headless-runs")
}
