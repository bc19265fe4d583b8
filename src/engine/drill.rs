//! The simulation: a deterministic clock, injects, triggers, meters and seeded randomness.
//!
//! Time runs in ticks of [`TICK_MS`]; actions take effect on a tick boundary, so a run is
//! fully decided by `(scenario, language, seed, timed actions)` however the caller slices
//! time with [`Drill::advance`].

use std::collections::HashSet;
use std::sync::Arc;

use rand::{RngExt, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use super::action::{Action, Channel};
use super::analysis::canned::{self, CannedReason};
use super::analysis::text::fold;
use super::analysis::{Analyser, Evidence, ReplyAnalysis};
use super::locale::Catalog;
use super::scenario::{InjectPost, MeterDelta, PostKind, ReplyTone, Scenario, Trigger};

/// Length of one simulation tick in milliseconds.
pub const TICK_MS: u64 = 100;
/// How often the meters are sampled into the event log, in milliseconds.
pub const SAMPLE_MS: u64 = 5_000;
/// The author id of the brand's own posts and replies.
pub const BRAND: &str = "brand";

/// Text of a post: a message key (scripted) or free text (the trainee's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum PostText {
    /// A Fluent message key.
    Key(String),
    /// Words the trainee wrote.
    Free(String),
}

/// Whether a post can be seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PostStatus {
    /// Seen by everyone.
    Visible,
    /// Hidden from everyone but its author.
    Hidden,
    /// Deleted.
    Deleted,
}

/// A post or comment in the feed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Post {
    /// Identifier (the inject id, or `reply-N` for the brand's replies).
    pub id: String,
    /// Person id, or [`BRAND`].
    pub author: String,
    /// What it says.
    pub text: PostText,
    /// The post it comments on.
    pub parent: Option<String>,
    /// When it appeared, in milliseconds.
    pub at_ms: u64,
    /// What kind of post.
    pub kind: PostKind,
    /// Whether it can be seen.
    pub status: PostStatus,
    /// Reactions.
    pub likes: u32,
    /// Whether it carries data that belongs in private.
    pub sensitive: bool,
    /// When the brand first answered it (in public, or in private for sensitive posts).
    pub answered_ms: Option<u64>,
}

impl Post {
    /// Whether it still waits for an answer.
    pub fn waiting(&self) -> bool {
        self.kind.needs_answer()
            && self.status == PostStatus::Visible
            && self.answered_ms.is_none()
            && self.author != BRAND
    }
}

/// A scheduled post's fate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ScheduledStatus {
    /// Will go out at its time.
    Pending,
    /// Paused by the trainee.
    Paused,
    /// Went out.
    Published,
}

/// The crowd's meters.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct MeterState {
    /// People who have seen the crisis.
    pub reach: f64,
    /// Anger, 0–100.
    pub anger: f64,
}

/// What the trainee wrote and how the analyser read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WrittenReply {
    /// The action that carried the words.
    pub action_index: usize,
    /// When, in milliseconds.
    pub at_ms: u64,
    /// The post answered (public replies) or the user written to (messages).
    pub target: String,
    /// Public or private.
    pub channel: Channel,
    /// The words.
    pub text: String,
    /// The analyser's judgements.
    pub analysis: ReplyAnalysis,
    /// Evidence that it is canned, if it is.
    pub canned: Option<Evidence>,
    /// Facts from the scenario it cites.
    pub facts_cited: Vec<String>,
}

impl WrittenReply {
    /// A calm reply that shows understanding or owns the problem and blames no one.
    pub fn is_good(&self) -> bool {
        !self.analysis.hostile
            && !self.analysis.blame
            && self.canned.is_none()
            && (self.analysis.empathy || self.analysis.responsibility)
    }
}

/// Something that happened, in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum EventKind {
    /// The drill began.
    Started,
    /// A post appeared in the feed (from an inject).
    PostAdded {
        /// The post id.
        post: String,
    },
    /// A scheduled post went out.
    ScheduledPublished {
        /// Its id.
        id: String,
    },
    /// The trainee acted.
    Acted {
        /// Index among accepted actions.
        index: usize,
        /// What was done.
        action: Action,
    },
    /// An action could not be carried out (unknown or deleted target).
    Rejected {
        /// What was tried.
        action: Action,
        /// Message key of the reason.
        reason: String,
    },
    /// The meters at this moment.
    Sample(MeterState),
    /// The drill's time ran out.
    Ended,
}

/// An event with its time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Milliseconds since the start.
    pub at_ms: u64,
    /// What happened.
    pub kind: EventKind,
}

/// A snapshot of a drill: what a view shows or a test checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DrillState {
    /// Milliseconds since the start.
    pub now_ms: u64,
    /// Whether time has run out.
    pub ended: bool,
    /// The meters.
    pub meters: MeterState,
    /// Every post, in the order it appeared.
    pub posts: Vec<Post>,
    /// Each scheduled post's id and fate.
    pub scheduled: Vec<(String, ScheduledStatus)>,
    /// Blocked users.
    pub blocked: Vec<String>,
}

/// A conditional inject waiting to fire.
#[derive(Debug, Clone, Copy)]
struct Pending {
    at_ms: u64,
    inject: usize,
}

/// A running drill.
#[derive(Debug)]
pub struct Drill {
    scenario: Arc<Scenario>,
    analyser: Arc<Analyser>,
    lang: String,
    seed: u64,
    rng: ChaCha8Rng,
    now_ms: u64,
    carry_ms: f64,
    posts: Vec<Post>,
    meters: MeterState,
    triggered: HashSet<usize>,
    pending: Vec<Pending>,
    scheduled: Vec<ScheduledStatus>,
    blocked: Vec<String>,
    moved: Vec<(String, Channel)>,
    escalations: Vec<(u64, String)>,
    compensations: Vec<(u64, String, Channel)>,
    replies: Vec<WrittenReply>,
    actions: Vec<(u64, Action)>,
    events: Vec<Event>,
    templates: Vec<String>,
    fact_cues: Vec<(String, Vec<String>)>,
    reply_count: usize,
    ended: bool,
}

impl Drill {
    /// Start a drill. Timed injects get their jitter from `seed` now.
    pub fn new(
        scenario: Arc<Scenario>,
        lang: &str,
        seed: u64,
        analyser: Arc<Analyser>,
        catalog: &Catalog,
    ) -> Drill {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut pending = Vec::new();
        let mut triggered = HashSet::new();
        for (i, inject) in scenario.injects.iter().enumerate() {
            if let Trigger::At(t) = inject.when {
                let jitter = draw_jitter(&mut rng, inject.jitter);
                pending.push(Pending {
                    at_ms: secs_to_ms(t + jitter),
                    inject: i,
                });
                triggered.insert(i);
            }
        }
        let templates = scenario
            .canned_templates
            .iter()
            .map(|k| catalog.text(lang, k, &[]))
            .collect();
        let fact_cues = scenario
            .facts
            .iter()
            .map(|f| {
                let cues = catalog.text(lang, &f.cues, &[]);
                let words = cues
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty());
                (f.id.clone(), words.map(fold).collect())
            })
            .collect();
        let meters = MeterState {
            reach: scenario.meters.reach,
            anger: scenario.meters.anger,
        };
        let mut drill = Drill {
            scheduled: vec![ScheduledStatus::Pending; scenario.scheduled.len()],
            scenario,
            analyser,
            lang: lang.to_owned(),
            seed,
            rng,
            now_ms: 0,
            carry_ms: 0.0,
            posts: Vec::new(),
            meters,
            triggered,
            pending,
            blocked: Vec::new(),
            moved: Vec::new(),
            escalations: Vec::new(),
            compensations: Vec::new(),
            replies: Vec::new(),
            actions: Vec::new(),
            events: Vec::new(),
            templates,
            fact_cues,
            reply_count: 0,
            ended: false,
        };
        drill.log(EventKind::Started);
        drill.log(EventKind::Sample(meters));
        drill.fire_due();
        drill
    }

    /// A snapshot of the drill as it stands.
    pub fn state(&self) -> DrillState {
        DrillState {
            now_ms: self.now_ms,
            ended: self.ended,
            meters: self.meters,
            posts: self.posts.clone(),
            scheduled: self.scheduled().map(|(p, s)| (p.id.clone(), s)).collect(),
            blocked: self.blocked.clone(),
        }
    }

    /// The scenario being played.
    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }

    /// The language of the run.
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The seed of the run.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// Milliseconds since the start.
    pub fn now_ms(&self) -> u64 {
        self.now_ms
    }

    /// Seconds since the start.
    pub fn now(&self) -> f64 {
        self.now_ms as f64 / 1000.0
    }

    /// Length of the drill in milliseconds.
    pub fn duration_ms(&self) -> u64 {
        secs_to_ms(self.scenario.duration)
    }

    /// Whether time has run out.
    pub fn ended(&self) -> bool {
        self.ended
    }

    /// Every post, in the order it appeared.
    pub fn posts(&self) -> &[Post] {
        &self.posts
    }

    /// The post with this id.
    pub fn post(&self, id: &str) -> Option<&Post> {
        self.posts.iter().find(|p| p.id == id)
    }

    /// The meters now.
    pub fn meters(&self) -> MeterState {
        self.meters
    }

    /// Scheduled posts and their status, in scenario order.
    pub fn scheduled(
        &self,
    ) -> impl Iterator<Item = (&super::scenario::ScheduledPost, ScheduledStatus)> {
        self.scenario
            .scheduled
            .iter()
            .zip(self.scheduled.iter().copied())
    }

    /// Users blocked so far.
    pub fn blocked(&self) -> &[String] {
        &self.blocked
    }

    /// Users moved to another channel, with the channel.
    pub fn moved(&self) -> &[(String, Channel)] {
        &self.moved
    }

    /// Escalations: time and note.
    pub fn escalations(&self) -> &[(u64, String)] {
        &self.escalations
    }

    /// Compensation offers: time, user, channel.
    pub fn compensations(&self) -> &[(u64, String, Channel)] {
        &self.compensations
    }

    /// Everything the trainee wrote, analysed.
    pub fn replies(&self) -> &[WrittenReply] {
        &self.replies
    }

    /// Accepted actions with their times.
    pub fn actions(&self) -> &[(u64, Action)] {
        &self.actions
    }

    /// Every event so far.
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// The analyser used for the trainee's words.
    pub fn analyser(&self) -> &Analyser {
        &self.analyser
    }

    /// How long a post has been waiting for an answer, in milliseconds.
    pub fn waiting_ms(&self, post: &Post) -> Option<u64> {
        post.waiting()
            .then(|| self.now_ms.saturating_sub(post.at_ms))
    }

    /// Advance by `dt` seconds of scenario time (fractions carry over to the next call).
    pub fn advance(&mut self, dt: f64) {
        if !(dt.is_finite() && dt > 0.0) {
            return;
        }
        self.carry_ms += dt * 1000.0;
        let ticks = (self.carry_ms / TICK_MS as f64).floor();
        self.carry_ms -= ticks * TICK_MS as f64;
        for _ in 0..ticks as u64 {
            if self.ended {
                break;
            }
            self.tick();
        }
    }

    /// Advance to `t_ms` (rounded down to a tick), or to the end.
    pub fn advance_to(&mut self, t_ms: u64) {
        while !self.ended && self.now_ms + TICK_MS <= t_ms {
            self.tick();
        }
    }

    /// Run to the end of the drill.
    pub fn finish(&mut self) {
        self.advance_to(u64::MAX);
    }

    fn tick(&mut self) {
        self.now_ms += TICK_MS;
        let dt_min = TICK_MS as f64 / 60_000.0;
        // Scheduled posts.
        for i in 0..self.scheduled.len() {
            let post = &self.scenario.scheduled[i];
            if self.scheduled[i] == ScheduledStatus::Pending && secs_to_ms(post.at) <= self.now_ms {
                self.scheduled[i] = ScheduledStatus::Published;
                let id = post.id.clone();
                let promotional = post.promotional;
                let text = post.text.clone();
                self.posts.push(Post {
                    id: id.clone(),
                    author: BRAND.into(),
                    text: PostText::Key(text),
                    parent: None,
                    at_ms: self.now_ms,
                    kind: PostKind::Remark,
                    status: PostStatus::Visible,
                    likes: 0,
                    sensitive: false,
                    answered_ms: None,
                });
                if promotional {
                    self.apply_delta(self.scenario.reactions.promo_published);
                }
                self.log(EventKind::ScheduledPublished { id: id.clone() });
                self.trigger(|t| matches!(t, Trigger::Published { id: i, .. } if *i == id));
            }
        }
        // Unanswered posts.
        let waiting: Vec<(String, u64)> = self
            .posts
            .iter()
            .filter(|p| p.waiting())
            .map(|p| (p.id.clone(), self.now_ms - p.at_ms))
            .collect();
        for (id, waited) in &waiting {
            self.trigger(|t| matches!(t, Trigger::Unanswered { post, after } if post == id && secs_to_ms(*after) <= *waited));
        }
        self.fire_due();
        // Meters.
        let m = &self.scenario.meters;
        let open = self.posts.iter().filter(|p| p.waiting()).count() as f64;
        if open > 0.0 {
            self.meters.anger += m.anger_per_unanswered_minute * open * dt_min;
        } else {
            self.meters.anger -= m.anger_cooling_per_minute * dt_min;
        }
        self.meters.anger = self.meters.anger.clamp(0.0, 100.0);
        self.meters.reach *= 1.0 + m.reach_growth_per_minute * (self.meters.anger / 100.0) * dt_min;
        if self.now_ms.is_multiple_of(SAMPLE_MS) {
            self.log(EventKind::Sample(self.meters));
        }
        if self.now_ms >= self.duration_ms() {
            self.ended = true;
            self.log(EventKind::Sample(self.meters));
            self.log(EventKind::Ended);
        }
    }

    /// Arm every not-yet-triggered conditional inject whose trigger matches.
    fn trigger(&mut self, matches: impl Fn(&Trigger) -> bool) {
        for i in 0..self.scenario.injects.len() {
            if self.triggered.contains(&i) || !matches(&self.scenario.injects[i].when) {
                continue;
            }
            let inject = &self.scenario.injects[i];
            let delay = match &inject.when {
                Trigger::At(_) | Trigger::Unanswered { .. } => 0.0,
                Trigger::Deleted { after, .. }
                | Trigger::Hidden { after, .. }
                | Trigger::Blocked { after, .. }
                | Trigger::Replied { after, .. }
                | Trigger::Published { after, .. }
                | Trigger::PublicCompensation { after } => *after,
            };
            let jitter = draw_jitter(&mut self.rng, inject.jitter);
            self.triggered.insert(i);
            self.pending.push(Pending {
                at_ms: self.now_ms + secs_to_ms(delay + jitter),
                inject: i,
            });
        }
    }

    fn fire_due(&mut self) {
        loop {
            let due = self
                .pending
                .iter()
                .enumerate()
                .filter(|(_, p)| p.at_ms <= self.now_ms)
                .min_by_key(|(_, p)| (p.at_ms, p.inject))
                .map(|(i, _)| i);
            let Some(index) = due else { break };
            let pending = self.pending.remove(index);
            self.fire(pending.inject);
        }
    }

    fn fire(&mut self, index: usize) {
        let scenario = Arc::clone(&self.scenario);
        let inject = &scenario.injects[index];
        let InjectPost {
            author,
            text,
            parent,
            kind,
            likes,
            sensitive,
        } = &inject.post;
        // A comment on a post that is gone is not shown; its effect still applies.
        let parent_gone = parent
            .as_ref()
            .is_some_and(|p| self.post(p).is_none_or(|p| p.status == PostStatus::Deleted));
        let author = pick(&mut self.rng, author);
        let text = pick(&mut self.rng, text);
        self.apply_delta(inject.effect);
        if parent_gone
            || self.blocked.contains(&author)
                && parent.is_some()
                && !matches!(inject.when, Trigger::Blocked { .. })
        {
            return;
        }
        self.posts.push(Post {
            id: inject.id.clone(),
            author,
            text: PostText::Key(text),
            parent: parent.clone(),
            at_ms: self.now_ms,
            kind: *kind,
            status: PostStatus::Visible,
            likes: *likes,
            sensitive: *sensitive,
            answered_ms: None,
        });
        self.log(EventKind::PostAdded {
            post: inject.id.clone(),
        });
    }

    fn apply_delta(&mut self, delta: MeterDelta) {
        self.meters.anger = (self.meters.anger + delta.anger).clamp(0.0, 100.0);
        if delta.reach_factor > 0.0 {
            self.meters.reach *= delta.reach_factor;
        }
    }

    fn log(&mut self, kind: EventKind) {
        self.events.push(Event {
            at_ms: self.now_ms,
            kind,
        });
    }

    fn reject(&mut self, action: Action, reason: &str) -> Result<(), String> {
        self.log(EventKind::Rejected {
            action,
            reason: reason.to_owned(),
        });
        Err(reason.to_owned())
    }

    fn user_exists(&self, user: &str) -> bool {
        self.scenario.person(user).is_some()
    }

    /// Carry out an action now. A rejected action (unknown or deleted target, drill over)
    /// is logged and returns the message key of the reason.
    pub fn apply(&mut self, action: Action) -> Result<(), String> {
        if self.ended {
            return self.reject(action, "reason-ended");
        }
        let visible =
            |d: &Drill, id: &str| d.post(id).is_some_and(|p| p.status != PostStatus::Deleted);
        match &action {
            Action::Reply { to, text } | Action::Message { to, text } if text.trim().is_empty() => {
                let _ = to;
                return self.reject(action, "reason-empty-text");
            }
            Action::Reply { to, .. } | Action::Delete { post: to } | Action::Hide { post: to }
                if !visible(self, to) =>
            {
                return self.reject(action, "reason-unknown-post");
            }
            Action::Message { to: user, .. }
            | Action::MoveToChannel { user, .. }
            | Action::Block { user }
            | Action::OfferCompensation { to: user, .. }
                if !self.user_exists(user) =>
            {
                return self.reject(action, "reason-unknown-user");
            }
            _ => {}
        }
        let index = self.actions.len();
        self.actions.push((self.now_ms, action.clone()));
        self.log(EventKind::Acted {
            index,
            action: action.clone(),
        });
        let reactions = self.scenario.reactions.clone();
        match action {
            Action::Reply { to, text } => {
                let reply = self.write(index, &to, Channel::Public, &text);
                let tone_good = reply.is_good();
                let delta = if reply.analysis.hostile {
                    reactions.hostile_reply
                } else if reply.analysis.blame {
                    reactions.blame_reply
                } else if reply.canned.is_some() {
                    reactions.canned_reply
                } else if tone_good {
                    reactions.good_reply
                } else {
                    MeterDelta::default()
                };
                self.apply_delta(delta);
                self.reply_count += 1;
                let id = format!("reply-{}", self.reply_count);
                self.posts.push(Post {
                    id,
                    author: BRAND.into(),
                    text: PostText::Free(text),
                    parent: Some(to.clone()),
                    at_ms: self.now_ms,
                    kind: PostKind::Remark,
                    status: PostStatus::Visible,
                    likes: 0,
                    sensitive: false,
                    answered_ms: None,
                });
                let now = self.now_ms;
                if let Some(post) = self.posts.iter_mut().find(|p| p.id == to) {
                    post.answered_ms.get_or_insert(now);
                }
                self.replies.push(reply);
                self.trigger(|t| {
                    matches!(t, Trigger::Replied { post, tone, .. } if *post == to
                        && (*tone == ReplyTone::Any || (*tone == ReplyTone::Good) == tone_good))
                });
            }
            Action::Message { to, text } => {
                let reply = self.write(index, &to, Channel::Private, &text);
                self.replies.push(reply);
                self.answer_privately(&to);
            }
            Action::MoveToChannel { user, channel } => {
                self.moved.push((user.clone(), channel));
                self.answer_privately(&user);
            }
            Action::Delete { post } => {
                self.set_status(&post, PostStatus::Deleted);
                self.apply_delta(reactions.delete);
                self.trigger(|t| matches!(t, Trigger::Deleted { post: p, .. } if *p == post));
            }
            Action::Hide { post } => {
                self.set_status(&post, PostStatus::Hidden);
                self.apply_delta(reactions.hide);
                self.trigger(|t| matches!(t, Trigger::Hidden { post: p, .. } if *p == post));
            }
            Action::Block { user } => {
                if !self.blocked.contains(&user) {
                    self.blocked.push(user.clone());
                }
                self.apply_delta(reactions.block);
                self.trigger(|t| matches!(t, Trigger::Blocked { user: u, .. } if *u == user));
            }
            Action::Escalate { note } => self.escalations.push((self.now_ms, note)),
            Action::PauseScheduled => {
                for status in &mut self.scheduled {
                    if *status == ScheduledStatus::Pending {
                        *status = ScheduledStatus::Paused;
                    }
                }
            }
            Action::OfferCompensation { to, channel, what } => {
                self.compensations.push((self.now_ms, to, channel));
                if channel.is_public() {
                    self.apply_delta(reactions.public_compensation);
                    self.trigger(|t| matches!(t, Trigger::PublicCompensation { .. }));
                }
                let _ = what;
            }
            Action::Wait => {}
        }
        self.fire_due();
        Ok(())
    }

    fn set_status(&mut self, id: &str, status: PostStatus) {
        if let Some(post) = self.posts.iter_mut().find(|p| p.id == id) {
            post.status = status;
        }
    }

    /// A private answer settles the user's sensitive posts.
    fn answer_privately(&mut self, user: &str) {
        let now = self.now_ms;
        for post in self
            .posts
            .iter_mut()
            .filter(|p| p.author == user && p.sensitive)
        {
            post.answered_ms.get_or_insert(now);
        }
    }

    fn write(
        &self,
        action_index: usize,
        target: &str,
        channel: Channel,
        text: &str,
    ) -> WrittenReply {
        let analysis = self.analyser.analyse(text);
        let earlier = self.replies.iter().map(|r| r.text.as_str());
        let canned = canned::check(
            text,
            &analysis,
            earlier,
            self.templates.iter().map(String::as_str),
        )
        .map(|reason: CannedReason| canned::evidence(text, &reason));
        let words: HashSet<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(fold)
            .collect();
        let facts_cited = self
            .fact_cues
            .iter()
            .filter(|(_, cues)| cues.iter().any(|c| words.contains(c)))
            .map(|(id, _)| id.clone())
            .collect();
        WrittenReply {
            action_index,
            at_ms: self.now_ms,
            target: target.to_owned(),
            channel,
            text: text.to_owned(),
            analysis,
            canned,
            facts_cited,
        }
    }
}

fn secs_to_ms(secs: f64) -> u64 {
    if secs.is_finite() && secs > 0.0 {
        let ms = (secs * 1000.0).round() as u64;
        ms.div_ceil(TICK_MS) * TICK_MS
    } else {
        0
    }
}

fn draw_jitter(rng: &mut ChaCha8Rng, jitter: f64) -> f64 {
    if jitter > 0.0 {
        rng.random_range(0.0..jitter)
    } else {
        0.0
    }
}

fn pick(rng: &mut ChaCha8Rng, options: &[String]) -> String {
    match options.len() {
        0 => String::new(),
        1 => options[0].clone(),
        n => options[rng.random_range(0..n)].clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::library::Library;

    fn drill(seed: u64) -> Drill {
        let (library, problems) = Library::load(std::path::Path::new(env!("CARGO_MANIFEST_DIR")));
        assert!(problems.is_empty(), "{problems:?}");
        let scenario = Arc::clone(&library.scenarios["late-parcel"].scenario);
        Drill::new(
            scenario,
            "en",
            seed,
            Arc::clone(&library.analysers["en"]),
            &library.catalog,
        )
    }

    #[test]
    fn time_sliced_differently_gives_the_same_run() {
        let mut coarse = drill(3);
        let mut fine = drill(3);
        coarse.advance(30.0);
        for _ in 0..300 {
            fine.advance(0.1);
        }
        assert_eq!(coarse.now_ms(), fine.now_ms());
        let reply = Action::Reply {
            to: "complaint".into(),
            text: "Sorry, our mistake. Thursday before 12:00.".into(),
        };
        coarse.apply(reply.clone()).expect("accepted");
        fine.apply(reply).expect("accepted");
        coarse.finish();
        for _ in 0..4000 {
            fine.advance(0.077);
        }
        assert!(fine.ended());
        assert_eq!(coarse.events(), fine.events());
        assert_eq!(coarse.state(), fine.state());
    }

    #[test]
    fn a_deleted_complaint_comes_back_as_a_screenshot() {
        let mut d = drill(1);
        d.advance_to(10_000);
        d.apply(Action::Delete {
            post: "complaint".into(),
        })
        .expect("accepted");
        d.advance_to(24_000);
        assert!(d.post("screenshot").is_none(), "not before its delay");
        d.advance_to(26_000);
        let shot = d.post("screenshot").expect("the screenshot is posted");
        assert!(shot.waiting(), "it needs an answer");
        assert_eq!(
            d.post("complaint").map(|p| p.status),
            Some(PostStatus::Deleted)
        );
    }

    #[test]
    fn an_unanswered_complaint_draws_the_customer_back_and_anger_grows() {
        let mut d = drill(1);
        let start = d.meters().anger;
        d.advance_to(89_000);
        assert!(d.post("customer-again").is_none());
        d.advance_to(91_000);
        assert!(d.post("customer-again").is_some());
        assert!(d.meters().anger > start);
    }

    #[test]
    fn a_good_reply_cools_the_thread_and_stops_the_pile_on() {
        let mut d = drill(1);
        d.advance_to(20_000);
        let before = d.meters().anger;
        d.apply(Action::Reply {
            to: "complaint".into(),
            text: "Nikos, I'm so sorry for the wait; this is our mistake. Your parcel arrives Thursday before 12:00.".into(),
        })
        .expect("accepted");
        assert!(d.meters().anger < before);
        d.finish();
        assert!(d.post("customer-calmer").is_some());
        assert!(d.post("customer-again").is_none() && d.post("pile-on").is_none());
    }

    #[test]
    fn a_paused_promotion_never_goes_out() {
        let mut paused = drill(1);
        paused.apply(Action::PauseScheduled).expect("accepted");
        paused.finish();
        assert!(paused.post("promo").is_none());
        let mut forgotten = drill(1);
        forgotten.finish();
        assert!(forgotten.post("promo").is_some() && forgotten.post("promo-backlash").is_some());
    }

    #[test]
    fn impossible_actions_are_rejected_and_logged() {
        let mut d = drill(1);
        assert_eq!(
            d.apply(Action::Reply {
                to: "nope".into(),
                text: "hi".into()
            }),
            Err("reason-unknown-post".into())
        );
        assert_eq!(
            d.apply(Action::Block {
                user: "nobody".into()
            }),
            Err("reason-unknown-user".into())
        );
        assert_eq!(
            d.apply(Action::Reply {
                to: "complaint".into(),
                text: "  ".into()
            }),
            Err("reason-empty-text".into())
        );
        assert!(d.actions().is_empty());
        assert_eq!(
            d.events()
                .iter()
                .filter(|e| matches!(e.kind, EventKind::Rejected { .. }))
                .count(),
            3
        );
        d.finish();
        assert_eq!(d.apply(Action::Wait), Err("reason-ended".into()));
    }

    #[test]
    fn a_private_answer_settles_sensitive_posts_only() {
        let mut d = drill(1);
        d.apply(Action::Message {
            to: "customer".into(),
            text: "Hi Nikos".into(),
        })
        .expect("accepted");
        assert!(
            d.post("complaint").expect("posted").waiting(),
            "a public complaint still needs a public answer"
        );
    }
}
