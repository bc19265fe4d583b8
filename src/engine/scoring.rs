//! Scoring: skills 0–100 from what the trainee did and wrote, each bonus or deduction a
//! finding with its evidence (the trainee's words or action), its time and its rule.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::action::{Action, Channel};
use super::analysis::{Evidence, Judgement, merge_spans};
use super::drill::{Drill, PostStatus, ScheduledStatus, WrittenReply};
use super::scenario::PostKind;

/// A skill the debrief grades.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Skill {
    /// Stayed calm and polite (R3).
    Calm,
    /// Took responsibility, blamed no one (R4).
    Responsibility,
    /// Kept criticism visible: no deleting, hiding or blocking (R1, R14).
    Transparency,
    /// Answered fast and left nothing unanswered (R2).
    Responsiveness,
    /// Opened with understanding (R5).
    Empathy,
    /// Explained with concrete, true specifics (R6).
    Specifics,
    /// Closed with thanks and a commitment to improve (R7).
    Closure,
    /// Personal answers, nothing canned or pasted (R8).
    Personal,
    /// Crisis decisions: paused promotions, compensation in private, escalation (R9, R10, R13).
    Judgement,
}

impl Skill {
    /// Every skill, in display order.
    pub const ALL: [Skill; 9] = [
        Skill::Calm,
        Skill::Responsibility,
        Skill::Transparency,
        Skill::Responsiveness,
        Skill::Empathy,
        Skill::Specifics,
        Skill::Closure,
        Skill::Personal,
        Skill::Judgement,
    ];

    /// Lowercase name (JSON and message keys: `skill-calm`).
    pub fn name(self) -> &'static str {
        match self {
            Skill::Calm => "calm",
            Skill::Responsibility => "responsibility",
            Skill::Transparency => "transparency",
            Skill::Responsiveness => "responsiveness",
            Skill::Empathy => "empathy",
            Skill::Specifics => "specifics",
            Skill::Closure => "closure",
            Skill::Personal => "personal",
            Skill::Judgement => "judgement",
        }
    }

    /// Weight in the overall score (the weights add up to 100).
    pub fn weight(self) -> u32 {
        match self {
            Skill::Calm | Skill::Responsibility | Skill::Transparency | Skill::Responsiveness => 14,
            Skill::Empathy | Skill::Specifics => 10,
            Skill::Closure | Skill::Personal | Skill::Judgement => 8,
        }
    }
}

/// Whether a finding is praise or a point to improve.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FindingKind {
    /// Done well.
    Strength,
    /// To improve.
    Improvement,
}

/// One point of the debrief.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// The rule of the trade (`R4`).
    pub rule: String,
    /// Strength or improvement.
    pub kind: FindingKind,
    /// The skill it moves.
    pub skill: Skill,
    /// Scenario second it refers to.
    pub at: f64,
    /// Message key of the explanation (`finding-blame`).
    pub message: String,
    /// The trainee's words, or the action in the transcript's notation.
    pub evidence: String,
    /// The kind of action the evidence is (`delete`), when it is an action, not words.
    pub action: Option<String>,
    /// Message key of the post the finding is about (an unanswered complaint), to quote it.
    pub quote_key: Option<String>,
    /// Character spans in `evidence` that earned or cost the points.
    pub highlights: Vec<(usize, usize)>,
    /// What the analyser or rule saw (`list:apology:sorry`).
    pub why: Vec<String>,
}

/// Skills and findings of a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Scorecard {
    /// Skill → 0–100.
    pub skills: BTreeMap<Skill, u8>,
    /// Weighted overall, 0–100.
    pub overall: u8,
    /// Every finding, by time.
    pub findings: Vec<Finding>,
}

/// Seconds within which a first answer is full marks.
const FAST_ANSWER_S: f64 = 60.0;
/// Seconds after which a first answer earns nothing.
const SLOW_ANSWER_S: f64 = 240.0;

struct Builder<'a> {
    drill: &'a Drill,
    findings: Vec<Finding>,
}

impl Builder<'_> {
    fn scores(&self, rule: &str) -> bool {
        self.drill.scenario().rules.iter().any(|r| r == rule)
    }

    /// A finding quoting the trainee's reply, highlighting the evidence for `judgement`.
    fn words(
        &mut self,
        rule: &str,
        kind: FindingKind,
        skill: Skill,
        message: &str,
        reply: &WrittenReply,
        judgement: Judgement,
    ) {
        let evidence: Vec<&Evidence> = match judgement {
            Judgement::Canned => reply.canned.iter().collect(),
            j => reply.analysis.evidence_for(j).collect(),
        };
        self.push(Finding {
            highlights: merge_spans(evidence.iter().map(|e| (e.start, e.end)).collect()),
            why: evidence.iter().map(|e| e.why.clone()).collect(),
            ..finding(rule, kind, skill, message, reply.at_ms, reply.text.clone())
        });
    }

    /// A finding with plain evidence (a reply quoted whole, a post id, a note).
    fn act(
        &mut self,
        rule: &str,
        kind: FindingKind,
        skill: Skill,
        message: &str,
        at_ms: u64,
        evidence: String,
    ) {
        self.push(finding(rule, kind, skill, message, at_ms, evidence));
    }

    /// A finding backed by an action rather than words.
    fn action(
        &mut self,
        rule: &str,
        kind: FindingKind,
        skill: Skill,
        message: &str,
        at_ms: u64,
        action: &Action,
    ) {
        self.push(Finding {
            action: Some(action.kind().to_owned()),
            ..finding(rule, kind, skill, message, at_ms, action_notation(action))
        });
    }

    fn push(&mut self, finding: Finding) {
        if self.scores(&finding.rule) {
            self.findings.push(finding);
        }
    }
}

/// A finding with its evidence and nothing highlighted.
fn finding(
    rule: &str,
    kind: FindingKind,
    skill: Skill,
    message: &str,
    at_ms: u64,
    evidence: String,
) -> Finding {
    Finding {
        rule: rule.into(),
        kind,
        skill,
        at: at_ms as f64 / 1000.0,
        message: message.into(),
        evidence,
        action: None,
        quote_key: None,
        highlights: Vec::new(),
        why: Vec::new(),
    }
}

/// The action in the transcript's notation (`Delete(post: "complaint")`).
pub fn action_notation(action: &Action) -> String {
    ron::to_string(action).unwrap_or_else(|_| action.kind().to_owned())
}

/// Score a drill as it stands (normally once it has ended).
pub fn score(drill: &Drill) -> Scorecard {
    let mut b = Builder {
        drill,
        findings: Vec::new(),
    };
    let replies = drill.replies();
    let public: Vec<&WrittenReply> = replies
        .iter()
        .filter(|r| r.channel == Channel::Public)
        .collect();
    let mut skills = BTreeMap::new();

    // Responsiveness (R2): time to the first answer of every post that needs one.
    let needing: Vec<_> = drill
        .posts()
        .iter()
        .filter(|p| p.kind.needs_answer() && p.author != super::drill::BRAND)
        .collect();
    let mut weighted = 0.0;
    let mut weights = 0.0;
    for (i, post) in needing.iter().enumerate() {
        let weight = if i == 0 { 2.0 } else { 1.0 };
        let points = match post.answered_ms {
            Some(at) => {
                let secs = (at - post.at_ms) as f64 / 1000.0;
                if i == 0
                    && secs <= FAST_ANSWER_S
                    && let Some(reply) = replies.iter().find(|r| r.at_ms == at)
                {
                    b.act(
                        "R2",
                        FindingKind::Strength,
                        Skill::Responsiveness,
                        "finding-fast-answer",
                        reply.at_ms,
                        reply.text.clone(),
                    );
                }
                1.0 - ((secs - FAST_ANSWER_S) / (SLOW_ANSWER_S - FAST_ANSWER_S)).clamp(0.0, 1.0)
            }
            None => {
                let waited = drill.now_ms().saturating_sub(post.at_ms);
                if post.status == PostStatus::Visible && waited < (FAST_ANSWER_S * 1000.0) as u64 {
                    continue; // appeared too late to judge
                }
                let key = if post.kind == PostKind::Complaint {
                    "finding-unanswered-complaint"
                } else {
                    "finding-unanswered-question"
                };
                let at = post.at_ms + (FAST_ANSWER_S * 1000.0) as u64;
                b.act(
                    "R2",
                    FindingKind::Improvement,
                    Skill::Responsiveness,
                    key,
                    at,
                    post.id.clone(),
                );
                if let (Some(finding), super::drill::PostText::Key(text)) =
                    (b.findings.last_mut(), &post.text)
                {
                    finding.quote_key = Some(text.clone());
                }
                0.0
            }
        };
        weighted += weight * points;
        weights += weight;
    }
    skills.insert(
        Skill::Responsiveness,
        if weights > 0.0 {
            pct(weighted / weights)
        } else {
            100
        },
    );

    // Calm (R3).
    let written: Vec<&WrittenReply> = replies.iter().collect();
    let calm = if written.is_empty() {
        50
    } else {
        let mut calm_sum = 0.0;
        for reply in &written {
            calm_sum += reply.analysis.calm;
            if reply.analysis.hostile {
                b.words(
                    "R3",
                    FindingKind::Improvement,
                    Skill::Calm,
                    "finding-hostile",
                    reply,
                    Judgement::Hostile,
                );
            }
        }
        if written.iter().all(|r| !r.analysis.hostile) {
            b.act(
                "R3",
                FindingKind::Strength,
                Skill::Calm,
                "finding-calm-throughout",
                written[0].at_ms,
                written[0].text.clone(),
            );
        }
        pct(calm_sum / written.len() as f64)
    };
    skills.insert(Skill::Calm, calm);

    // Responsibility (R4).
    let mut responsibility: i32 = if public.is_empty() { 0 } else { 40 };
    if let Some(reply) = written
        .iter()
        .find(|r| r.analysis.responsibility && !r.analysis.hostile)
    {
        responsibility = 100;
        b.words(
            "R4",
            FindingKind::Strength,
            Skill::Responsibility,
            "finding-owned-it",
            reply,
            Judgement::Responsibility,
        );
    }
    for reply in written.iter().filter(|r| r.analysis.blame) {
        responsibility -= 45;
        b.words(
            "R4",
            FindingKind::Improvement,
            Skill::Responsibility,
            "finding-blame",
            reply,
            Judgement::Blame,
        );
    }
    if !public.is_empty() && written.iter().all(|r| !r.analysis.responsibility) {
        b.act(
            "R4",
            FindingKind::Improvement,
            Skill::Responsibility,
            "finding-no-ownership",
            public[0].at_ms,
            public[0].text.clone(),
        );
    }
    skills.insert(Skill::Responsibility, clamp(responsibility));

    // Transparency (R1, R14).
    let mut transparency: i32 = 100;
    for (at, action) in drill.actions() {
        let (rule, cost, key) = match action {
            Action::Delete { .. } => ("R1", 60, "finding-deleted"),
            Action::Hide { .. } => ("R1", 40, "finding-hidden"),
            Action::Block { .. } => ("R14", 50, "finding-blocked"),
            _ => continue,
        };
        transparency -= cost;
        b.action(
            rule,
            FindingKind::Improvement,
            Skill::Transparency,
            key,
            *at,
            action,
        );
    }
    if transparency == 100 && !public.is_empty() {
        b.act(
            "R1",
            FindingKind::Strength,
            Skill::Transparency,
            "finding-kept-visible",
            public[0].at_ms,
            public[0].text.clone(),
        );
    }
    skills.insert(Skill::Transparency, clamp(transparency));

    // Empathy (R5): best when the first public answer opens with understanding.
    let empathy = match public.first() {
        None => 0,
        Some(first) if first.analysis.empathy => {
            b.words(
                "R5",
                FindingKind::Strength,
                Skill::Empathy,
                "finding-understanding",
                first,
                Judgement::Empathy,
            );
            100
        }
        Some(first) => match written.iter().find(|r| r.analysis.empathy) {
            Some(later) => {
                b.words(
                    "R5",
                    FindingKind::Strength,
                    Skill::Empathy,
                    "finding-understanding-late",
                    later,
                    Judgement::Empathy,
                );
                65
            }
            None => {
                b.act(
                    "R5",
                    FindingKind::Improvement,
                    Skill::Empathy,
                    "finding-no-understanding",
                    first.at_ms,
                    first.text.clone(),
                );
                0
            }
        },
    };
    skills.insert(Skill::Empathy, empathy);

    // Specifics (R6): a checkable detail, best one of the scenario's true facts.
    let specifics = if let Some(reply) = written
        .iter()
        .find(|r| r.analysis.specifics && !r.facts_cited.is_empty())
    {
        b.words(
            "R6",
            FindingKind::Strength,
            Skill::Specifics,
            "finding-specifics-fact",
            reply,
            Judgement::Specifics,
        );
        100
    } else if let Some(reply) = written.iter().find(|r| r.analysis.specifics) {
        b.words(
            "R6",
            FindingKind::Strength,
            Skill::Specifics,
            "finding-specifics",
            reply,
            Judgement::Specifics,
        );
        70
    } else {
        if let Some(first) = public.first() {
            b.act(
                "R6",
                FindingKind::Improvement,
                Skill::Specifics,
                "finding-vague",
                first.at_ms,
                first.text.clone(),
            );
        }
        0
    };
    skills.insert(Skill::Specifics, specifics);

    // Closure (R7): thanks and a commitment to improve.
    let mut closure = 0;
    match written.iter().find(|r| r.analysis.thanks) {
        Some(reply) => {
            closure += 50;
            b.words(
                "R7",
                FindingKind::Strength,
                Skill::Closure,
                "finding-thanks",
                reply,
                Judgement::Thanks,
            );
        }
        None => {
            if let Some(last) = public.last() {
                b.act(
                    "R7",
                    FindingKind::Improvement,
                    Skill::Closure,
                    "finding-no-thanks",
                    last.at_ms,
                    last.text.clone(),
                );
            }
        }
    }
    match written.iter().find(|r| r.analysis.commitment) {
        Some(reply) => {
            closure += 50;
            b.words(
                "R7",
                FindingKind::Strength,
                Skill::Closure,
                "finding-commitment",
                reply,
                Judgement::Commitment,
            );
        }
        None => {
            if let Some(last) = public.last() {
                b.act(
                    "R7",
                    FindingKind::Improvement,
                    Skill::Closure,
                    "finding-no-commitment",
                    last.at_ms,
                    last.text.clone(),
                );
            }
        }
    }
    skills.insert(Skill::Closure, closure);

    // Personal (R8).
    let personal = if written.is_empty() {
        50
    } else {
        let mut personal: i32 = 100;
        for reply in written.iter().filter(|r| r.canned.is_some()) {
            personal -= 60;
            b.words(
                "R8",
                FindingKind::Improvement,
                Skill::Personal,
                "finding-canned",
                reply,
                Judgement::Canned,
            );
        }
        if personal == 100 {
            b.act(
                "R8",
                FindingKind::Strength,
                Skill::Personal,
                "finding-personal",
                written[0].at_ms,
                written[0].text.clone(),
            );
        }
        clamp(personal)
    };
    skills.insert(Skill::Personal, personal);

    // Judgement (R9, R10, R13).
    let mut judgement: i32 = 60;
    for (post, status) in drill.scheduled() {
        match status {
            ScheduledStatus::Published if post.promotional => {
                judgement -= 40;
                b.act(
                    "R9",
                    FindingKind::Improvement,
                    Skill::Judgement,
                    "finding-promo-published",
                    crate::engine::drill::TICK_MS.max((post.at * 1000.0) as u64),
                    post.id.clone(),
                );
            }
            ScheduledStatus::Paused => {
                judgement += 25;
                if let Some((at, action)) = drill
                    .actions()
                    .iter()
                    .find(|(_, a)| matches!(a, Action::PauseScheduled))
                {
                    b.action(
                        "R9",
                        FindingKind::Strength,
                        Skill::Judgement,
                        "finding-paused",
                        *at,
                        action,
                    );
                }
            }
            _ => {}
        }
    }
    let first_public_apology = public.iter().find(|r| r.analysis.empathy).map(|r| r.at_ms);
    for (at, action) in drill.actions() {
        if let Action::OfferCompensation { channel, .. } = action {
            if channel.is_public() {
                judgement -= 40;
                b.action(
                    "R10",
                    FindingKind::Improvement,
                    Skill::Judgement,
                    "finding-public-compensation",
                    *at,
                    action,
                );
            } else if first_public_apology.is_some_and(|apology| apology <= *at) {
                judgement += 15;
                b.action(
                    "R10",
                    FindingKind::Strength,
                    Skill::Judgement,
                    "finding-private-compensation",
                    *at,
                    action,
                );
            } else {
                judgement -= 10;
                b.action(
                    "R10",
                    FindingKind::Improvement,
                    Skill::Judgement,
                    "finding-compensation-before-apology",
                    *at,
                    action,
                );
            }
        }
    }
    if let Some((at, note)) = drill.escalations().first() {
        judgement += 10;
        b.act(
            "R13",
            FindingKind::Strength,
            Skill::Judgement,
            "finding-escalated",
            *at,
            note.clone(),
        );
    }
    skills.insert(Skill::Judgement, clamp(judgement));

    let total: u32 = Skill::ALL
        .iter()
        .map(|s| skills[s] as u32 * s.weight())
        .sum();
    let mut findings = b.findings;
    findings.sort_by(|a, b| a.at.total_cmp(&b.at));
    Scorecard {
        overall: (total as f64 / 100.0).round() as u8,
        skills,
        findings,
    }
}

fn pct(fraction: f64) -> u8 {
    (fraction.clamp(0.0, 1.0) * 100.0).round() as u8
}

fn clamp(points: i32) -> u8 {
    points.clamp(0, 100) as u8
}

/// Letter grade for an overall score.
pub fn grade(overall: u8) -> &'static str {
    match overall {
        90..=100 => "A",
        80..=89 => "B",
        65..=79 => "C",
        50..=64 => "D",
        _ => "F",
    }
}
