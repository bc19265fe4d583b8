//! Trainee actions: one vocabulary for the GUI, scripts, journals and tests.

use serde::{Deserialize, Serialize};

/// Where a conversation or an offer goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Channel {
    /// In the public thread, seen by everyone.
    Public,
    /// A private message on the platform.
    Private,
    /// A phone call.
    Phone,
    /// An e-mail.
    Email,
}

impl Channel {
    /// Whether onlookers can see it.
    pub fn is_public(self) -> bool {
        self == Channel::Public
    }

    /// Stable lowercase name, used in message keys.
    pub fn name(self) -> &'static str {
        match self {
            Channel::Public => "public",
            Channel::Private => "private",
            Channel::Phone => "phone",
            Channel::Email => "email",
        }
    }
}

/// Something the trainee does.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Action {
    /// A public reply under a post.
    Reply {
        /// The post answered.
        to: String,
        /// What the trainee wrote.
        text: String,
    },
    /// A private message to a user.
    Message {
        /// The user written to.
        to: String,
        /// What the trainee wrote.
        text: String,
    },
    /// Move the conversation with a user to phone or e-mail.
    MoveToChannel {
        /// The user.
        user: String,
        /// Phone or e-mail (private is also accepted).
        channel: Channel,
    },
    /// Delete a post.
    Delete {
        /// The post.
        post: String,
    },
    /// Hide a post from everyone but its author.
    Hide {
        /// The post.
        post: String,
    },
    /// Block a user from the page.
    Block {
        /// The user.
        user: String,
    },
    /// Escalate to the crisis committee with a note.
    Escalate {
        /// What the trainee told the committee.
        note: String,
    },
    /// Pause every scheduled post.
    PauseScheduled,
    /// Offer a refund, discount or exchange.
    OfferCompensation {
        /// The user offered it.
        to: String,
        /// In public or in private.
        channel: Channel,
        /// What is offered, in the trainee's words.
        what: String,
    },
    /// Deliberately do nothing (kept in the transcript).
    Wait,
}

impl Action {
    /// Stable name of the action kind, used in message keys (`action-reply`).
    pub fn kind(&self) -> &'static str {
        match self {
            Action::Reply { .. } => "reply",
            Action::Message { .. } => "message",
            Action::MoveToChannel { .. } => "move",
            Action::Delete { .. } => "delete",
            Action::Hide { .. } => "hide",
            Action::Block { .. } => "block",
            Action::Escalate { .. } => "escalate",
            Action::PauseScheduled => "pause",
            Action::OfferCompensation { .. } => "compensate",
            Action::Wait => "wait",
        }
    }

    /// The words the trainee wrote, if the action carries any.
    pub fn text(&self) -> Option<&str> {
        match self {
            Action::Reply { text, .. } | Action::Message { text, .. } => Some(text),
            Action::Escalate { note } => Some(note),
            Action::OfferCompensation { what, .. } => Some(what),
            _ => None,
        }
    }
}

/// An action at a scenario second, as scripts write it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimedAction {
    /// Scenario second.
    pub at: f64,
    /// What is done.
    pub act: Action,
}

/// A script: timed actions played headless or in the window.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Script {
    /// The actions, in any order; they are played sorted by time.
    pub actions: Vec<TimedAction>,
}

impl Script {
    /// The actions sorted by time (stable for equal times).
    pub fn sorted(&self) -> Vec<TimedAction> {
        let mut actions = self.actions.clone();
        actions.sort_by(|a, b| a.at.total_cmp(&b.at));
        actions
    }
}
