//! `play` mode: a script drives the window at a chosen speed, screenshots are saved at the
//! menu, the briefing, mid-crisis and the debrief, then the program exits.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, save_to_disk};

use crate::app::Screen;
use crate::app::drill::{Session, Target};
use crate::cli::PlayRequest;
use crate::engine::action::{Action, TimedAction};

/// Frames to let a screen settle before it is photographed.
const SETTLE_FRAMES: u32 = 30;

/// The script being played and where the demo stands.
#[derive(Resource, Debug)]
pub struct Demo {
    actions: Vec<TimedAction>,
    next: usize,
    speed: f64,
    dir: Option<PathBuf>,
    frames: u32,
    waiting_for: Option<PathBuf>,
    drill_shot_ms: u64,
    drill_shot_taken: bool,
    /// Index of the reply typed into the composer for the mid-crisis shot.
    drill_shot_reply: Option<usize>,
    drill_settle: Option<u32>,
    done: bool,
}

/// The plugin for one play request.
pub fn plugin(play: PlayRequest) -> impl Fn(&mut App) {
    move |app: &mut App| {
        let actions = play.script.sorted();
        // Mid-crisis: just before the last public reply goes out, with it typed in the composer.
        let last_reply = actions
            .iter()
            .rposition(|a| matches!(a.act, Action::Reply { .. }));
        let drill_shot_s = last_reply.map_or(f64::MAX, |i| (actions[i].at - 1.0).max(0.0));
        if let Some(dir) = &play.args.screenshots {
            let _ = std::fs::create_dir_all(dir);
        }
        app.insert_resource(Demo {
            actions,
            next: 0,
            speed: play.args.speed.max(0.1),
            dir: play.args.screenshots.clone(),
            frames: 0,
            waiting_for: None,
            drill_shot_ms: (drill_shot_s * 1000.0) as u64,
            drill_shot_reply: last_reply,
            drill_shot_taken: false,
            drill_settle: None,
            done: false,
        })
        .add_systems(OnEnter(Screen::Menu), reset_frames)
        .add_systems(OnEnter(Screen::Briefing), reset_frames)
        .add_systems(OnEnter(Screen::Debrief), reset_frames)
        .add_systems(OnEnter(Screen::Drill), reset_frames)
        .add_systems(
            Update,
            (
                leave_menu.run_if(in_state(Screen::Menu)),
                photograph_briefing.run_if(in_state(Screen::Briefing)),
            ),
        )
        .add_systems(
            Update,
            drive_drill.run_if(in_state(Screen::Drill).and_then(resource_exists::<Session>)),
        )
        .add_systems(Update, photograph_debrief.run_if(in_state(Screen::Debrief)));
    }
}

fn reset_frames(mut demo: ResMut<Demo>) {
    demo.frames = 0;
}

fn leave_menu(mut commands: Commands, mut demo: ResMut<Demo>, mut next: ResMut<NextState<Screen>>) {
    demo.frames += 1;
    if demo.frames == SETTLE_FRAMES && !demo.shoot(&mut commands, "menu.png") {
        next.set(Screen::Briefing);
    }
    if demo.frames > SETTLE_FRAMES && demo.shot_saved() {
        next.set(Screen::Briefing);
    }
}

impl Demo {
    /// Whether the last screenshot asked for is on disk (or none was asked for).
    fn shot_saved(&mut self) -> bool {
        match &self.waiting_for {
            Some(path) if path.is_file() && std::fs::metadata(path).is_ok_and(|m| m.len() > 0) => {
                self.waiting_for = None;
                true
            }
            Some(_) => false,
            None => true,
        }
    }

    /// Ask for a screenshot named `name`; returns false when no folder was given.
    fn shoot(&mut self, commands: &mut Commands, name: &str) -> bool {
        let Some(dir) = &self.dir else { return false };
        let path = dir.join(name);
        let _ = std::fs::remove_file(&path);
        commands
            .spawn(Screenshot::primary_window())
            .observe(save_to_disk(path.clone()));
        self.waiting_for = Some(path);
        true
    }
}

fn photograph_briefing(
    mut commands: Commands,
    mut demo: ResMut<Demo>,
    mut next: ResMut<NextState<Screen>>,
) {
    demo.frames += 1;
    if demo.frames == SETTLE_FRAMES {
        demo.shoot(&mut commands, "briefing.png");
    }
    if demo.frames > SETTLE_FRAMES && demo.shot_saved() {
        next.set(Screen::Drill);
    }
}

/// Advance the drill by real time × speed, applying each action exactly at its second.
fn drive_drill(
    mut commands: Commands,
    time: Res<Time>,
    mut demo: ResMut<Demo>,
    mut session: ResMut<Session>,
) {
    demo.frames += 1;
    if !demo.shot_saved() {
        return;
    }
    let now = session.drill.now_ms();
    if !demo.drill_shot_taken && now >= demo.drill_shot_ms {
        // Mid-crisis: show the thread being answered, let the screen settle, then shoot.
        match demo.drill_settle {
            None => {
                if let Some(Action::Reply { to, text }) =
                    demo.drill_shot_reply.map(|i| &demo.actions[i].act)
                {
                    session.target = Target::Post(to.clone());
                    session.draft = text.clone();
                }
                demo.drill_settle = Some(SETTLE_FRAMES);
                return;
            }
            Some(0) => {
                demo.drill_shot_taken = true;
                if demo.shoot(&mut commands, "drill.png") {
                    return;
                }
            }
            Some(n) => {
                demo.drill_settle = Some(n - 1);
                return;
            }
        }
    }
    if demo.frames < SETTLE_FRAMES {
        return;
    }
    let target = now + (time.delta_secs_f64() * demo.speed * 1000.0) as u64;
    let target = if demo.drill_shot_taken {
        target
    } else {
        target.min(demo.drill_shot_ms)
    };
    while let Some(timed) = demo.actions.get(demo.next) {
        let at = (timed.at.max(0.0) * 1000.0).round() as u64;
        if at > target {
            break;
        }
        let act = timed.act.clone();
        demo.next += 1;
        session.drill.advance_to(at);
        if matches!(act, Action::Reply { .. }) {
            session.draft.clear();
        }
        session.act(act);
    }
    let now = session.drill.now_ms();
    session.drill.advance_to(target.max(now));
    session.sync();
}

fn photograph_debrief(
    mut commands: Commands,
    mut demo: ResMut<Demo>,
    mut exit: MessageWriter<AppExit>,
) {
    demo.frames += 1;
    if demo.frames == SETTLE_FRAMES && !demo.shoot(&mut commands, "debrief.png") {
        demo.done = true;
    }
    if demo.frames > SETTLE_FRAMES && demo.shot_saved() {
        demo.done = true;
    }
    if demo.done {
        exit.write(AppExit::Success);
    }
}
