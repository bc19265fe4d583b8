//! Scenario model: the data a RON file in `scenarios/` describes.
//!
//! Every word a person reads is a Fluent message key here, never a sentence.

use serde::{Deserialize, Serialize};

/// One scripted crisis.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Stable identifier, also the file stem (`late-parcel`).
    pub id: String,
    /// Message key of the title.
    pub title: String,
    /// Message key of the one-line summary shown in the menu.
    pub summary: String,
    /// Message keys of the briefing paragraphs, in order.
    pub briefing: Vec<String>,
    /// Languages the scenario is written in.
    pub languages: Vec<String>,
    /// Length of the drill in seconds of scenario time.
    pub duration: f64,
    /// How hard the scenario is.
    pub difficulty: Difficulty,
    /// The brand whose page the trainee runs.
    pub brand: Brand,
    /// Everyone who appears in the feed except the brand.
    pub people: Vec<Person>,
    /// The meters and how time moves them.
    pub meters: Meters,
    /// How trainee actions move the meters.
    pub reactions: Reactions,
    /// Posts the brand has scheduled to go out.
    #[serde(default)]
    pub scheduled: Vec<ScheduledPost>,
    /// True facts a good reply can cite.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Everything that happens in the feed: timed and conditional.
    pub injects: Vec<Inject>,
    /// Rules of the trade (`R1`–`R18`) this scenario scores.
    pub rules: Vec<String>,
    /// Message keys of stock replies that count as canned when pasted.
    #[serde(default)]
    pub canned_templates: Vec<String>,
}

/// Difficulty label shown in the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Difficulty {
    /// First scenario for a new hire.
    Introductory,
    /// Several threads and decisions at once.
    Intermediate,
    /// A fast storm with traps.
    Advanced,
}

/// The brand and its page.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Brand {
    /// Message key of the brand's display name.
    pub name: String,
    /// The page handle, shown as `@handle` (not translated).
    pub handle: String,
    /// Message key of the page's one-line description.
    pub about: String,
    /// Follower count shown on the page.
    pub followers: u32,
}

/// Someone in the feed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    /// Identifier used by injects and scripts (`customer`).
    pub id: String,
    /// Message key of the display name.
    pub name: String,
    /// What part they play.
    pub role: Role,
}

/// The part a person plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Role {
    /// The customer with the grievance.
    Customer,
    /// Someone watching and commenting.
    Onlooker,
    /// A loyal customer who defends or praises the brand.
    Supporter,
    /// A colleague inside the business (co-manager, boss).
    Colleague,
}

/// Starting values of the meters and how they drift with time.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meters {
    /// People who have seen the crisis at the start.
    pub reach: f64,
    /// Anger of the crowd at the start, 0–100.
    pub anger: f64,
    /// Anger added per minute for each complaint left unanswered.
    pub anger_per_unanswered_minute: f64,
    /// Anger removed per minute while nothing is left unanswered.
    pub anger_cooling_per_minute: f64,
    /// Fractional reach growth per minute at full anger (scaled by anger / 100).
    pub reach_growth_per_minute: f64,
}

/// A change to the meters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct MeterDelta {
    /// Added to anger (negative cools).
    pub anger: f64,
    /// Multiplies reach (1.0 leaves it).
    pub reach_factor: f64,
}

/// How each kind of trainee action moves the meters.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reactions {
    /// A calm public reply that owns the problem or shows understanding.
    pub good_reply: MeterDelta,
    /// A hostile reply.
    pub hostile_reply: MeterDelta,
    /// A reply that shifts blame.
    pub blame_reply: MeterDelta,
    /// A canned or copy-pasted reply.
    pub canned_reply: MeterDelta,
    /// Deleting a post.
    pub delete: MeterDelta,
    /// Hiding a post.
    pub hide: MeterDelta,
    /// Blocking a user.
    pub block: MeterDelta,
    /// Compensation offered in public.
    pub public_compensation: MeterDelta,
    /// A scheduled promotional post going out during the crisis.
    pub promo_published: MeterDelta,
}

/// A post the brand has scheduled.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScheduledPost {
    /// Identifier (`promo`).
    pub id: String,
    /// Message key of the post text.
    pub text: String,
    /// Scenario second at which it goes out unless paused.
    pub at: f64,
    /// Whether it is a promotion or offer (pausing it is what R9 asks).
    pub promotional: bool,
}

/// A true fact the trainee may cite.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Identifier (`delivery-day`).
    pub id: String,
    /// Message key of the fact as shown in the briefing.
    pub text: String,
    /// Message key of a space-separated list of words whose presence in a reply cites the fact.
    pub cues: String,
}

/// Something that happens in the feed.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Inject {
    /// Identifier; also the id of the post it creates.
    pub id: String,
    /// When it fires.
    pub when: Trigger,
    /// Random extra delay in seconds, drawn from the run's seed (0 for none).
    #[serde(default)]
    pub jitter: f64,
    /// The post it adds to the feed.
    pub post: InjectPost,
    /// How it moves the meters when it fires.
    #[serde(default)]
    pub effect: MeterDelta,
}

/// When an inject fires. Conditional triggers fire at most once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Trigger {
    /// At a fixed scenario second.
    At(f64),
    /// When `post` has been waiting for a public answer for `after` seconds.
    Unanswered {
        /// The post waiting.
        post: String,
        /// Seconds of waiting.
        after: f64,
    },
    /// `after` seconds once `post` is deleted.
    Deleted {
        /// The deleted post.
        post: String,
        /// Delay in seconds.
        after: f64,
    },
    /// `after` seconds once `post` is hidden.
    Hidden {
        /// The hidden post.
        post: String,
        /// Delay in seconds.
        after: f64,
    },
    /// `after` seconds once `user` is blocked.
    Blocked {
        /// The blocked user.
        user: String,
        /// Delay in seconds.
        after: f64,
    },
    /// `after` seconds once the brand answers `post` in public with a reply of `tone`.
    Replied {
        /// The post answered.
        post: String,
        /// Which kind of reply.
        tone: ReplyTone,
        /// Delay in seconds.
        after: f64,
    },
    /// `after` seconds once the scheduled post `id` goes out.
    Published {
        /// The scheduled post.
        id: String,
        /// Delay in seconds.
        after: f64,
    },
    /// `after` seconds once compensation is offered in public.
    PublicCompensation {
        /// Delay in seconds.
        after: f64,
    },
}

/// The kind of public reply a `Replied` trigger waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReplyTone {
    /// Calm, no blame, shows understanding or owns the problem.
    Good,
    /// Hostile, blaming or canned.
    Bad,
    /// Any reply.
    Any,
}

/// The post an inject adds.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InjectPost {
    /// Who writes it: one id, or several for the seed to choose from.
    pub author: Vec<String>,
    /// Message keys of the text; the seed chooses one.
    pub text: Vec<String>,
    /// The post it comments on; `None` for a top-level post on the page.
    #[serde(default)]
    pub parent: Option<String>,
    /// What kind of post it is.
    pub kind: PostKind,
    /// Reactions it starts with.
    #[serde(default)]
    pub likes: u32,
    /// Whether it carries personal data that belongs in private (R11).
    #[serde(default)]
    pub sensitive: bool,
}

/// What a post in the feed is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PostKind {
    /// Criticism that needs an answer.
    Complaint,
    /// A question that needs an answer.
    Question,
    /// A remark that needs no answer.
    Remark,
    /// Praise or support (R16: answer good comments too).
    Praise,
    /// A message from a colleague, shown in the inbox.
    Internal,
}

impl PostKind {
    /// Whether leaving it unanswered is a failure (R2).
    pub fn needs_answer(self) -> bool {
        matches!(self, PostKind::Complaint | PostKind::Question)
    }
}

impl Scenario {
    /// The person with this id.
    pub fn person(&self, id: &str) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The scheduled post with this id.
    pub fn scheduled_post(&self, id: &str) -> Option<&ScheduledPost> {
        self.scheduled.iter().find(|p| p.id == id)
    }

    /// Every Fluent key the scenario refers to.
    pub fn message_keys(&self) -> Vec<&str> {
        let mut keys = vec![
            self.title.as_str(),
            self.summary.as_str(),
            &self.brand.name,
            &self.brand.about,
        ];
        keys.extend(self.briefing.iter().map(String::as_str));
        keys.extend(self.people.iter().map(|p| p.name.as_str()));
        keys.extend(self.scheduled.iter().map(|p| p.text.as_str()));
        for fact in &self.facts {
            keys.push(&fact.text);
            keys.push(&fact.cues);
        }
        for inject in &self.injects {
            keys.extend(inject.post.text.iter().map(String::as_str));
        }
        keys.extend(self.canned_templates.iter().map(String::as_str));
        keys
    }
}
