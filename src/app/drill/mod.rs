//! The drill screen: the running [`Session`], its clock, and the feed view.

pub mod clock;
pub mod view;

use bevy::prelude::*;

use crate::engine::action::Action;
use crate::engine::drill::Drill;
use crate::engine::transcript::Journal;

/// The drill screen: clock and view.
pub fn plugin(app: &mut App) {
    app.add_plugins((clock::plugin, view::plugin));
}

/// Who the composer writes to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Target {
    /// Nobody chosen yet.
    #[default]
    None,
    /// A public reply under this post.
    Post(String),
    /// A private message to this person.
    Person(String),
}

/// A drill being played in the window.
#[derive(Resource)]
pub struct Session {
    /// The engine's drill.
    pub drill: Drill,
    /// The journal being written, if it could be created.
    pub journal: Option<Journal>,
    /// Whether the clock is stopped.
    pub paused: bool,
    /// Scenario seconds per real second.
    pub speed: f64,
    /// Who the composer writes to.
    pub target: Target,
    /// The composer's text.
    pub draft: String,
    /// The note for the crisis committee.
    pub escalation_note: String,
    /// What compensation to offer.
    pub compensation: String,
    /// A message key to show (a rejected action's reason).
    pub notice: Option<String>,
}

impl Session {
    /// A session around a new drill.
    pub fn new(drill: Drill, journal: Option<Journal>) -> Session {
        Session {
            drill,
            journal,
            paused: false,
            speed: 1.0,
            target: Target::None,
            draft: String::new(),
            escalation_note: String::new(),
            compensation: String::new(),
            notice: None,
        }
    }

    /// Carry out an action now and journal it.
    pub fn act(&mut self, action: Action) {
        self.notice = self.drill.apply(action).err();
        self.sync();
    }

    /// Write new events to the journal.
    pub fn sync(&mut self) {
        if let Some(journal) = self.journal.as_mut()
            && let Err(e) = journal.sync(&self.drill)
        {
            warn!("journal write failed: {e}");
            self.journal = None;
        }
    }
}
