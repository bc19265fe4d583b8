//! The debrief: overall result, grades per skill, findings with evidence, and the timeline.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use fluent_bundle::FluentValue;
use serde::{Deserialize, Serialize};

use super::drill::{Drill, EventKind, MeterState, PostText};
use super::locale::Catalog;
use super::scoring::{self, Finding, FindingKind, Skill, action_notation};

/// One line of the minute-by-minute timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// Scenario second.
    pub at: f64,
    /// `post`, `scheduled`, `action` or `rejected`.
    pub kind: String,
    /// Message key of the person's name, `brand` or `trainee`.
    pub who: String,
    /// Message key (posts) or the trainee's words / action notation.
    pub what: String,
    /// Whether `what` is a message key to translate.
    pub localized: bool,
}

impl TimelineEntry {
    /// Who and what, in words, through the message lookup `t`.
    pub fn localize(&self, t: impl Fn(&str) -> String) -> (String, String) {
        let who = match self.who.as_str() {
            "trainee" => t("who-you"),
            "brand" => t("who-brand"),
            key => t(key),
        };
        let what = if self.localized {
            t(&self.what)
        } else {
            self.what.clone()
        };
        (who, what)
    }
}

/// Everything the debrief screen and the exports show.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Debrief {
    /// Scenario id.
    pub scenario: String,
    /// Language of the run.
    pub lang: String,
    /// Seed of the run.
    pub seed: u64,
    /// Overall score, 0–100.
    pub overall: u8,
    /// Letter grade.
    pub grade: String,
    /// Skill name → 0–100.
    pub skills: BTreeMap<String, u8>,
    /// Strengths and improvements, by time.
    pub findings: Vec<Finding>,
    /// What happened, in order.
    pub timeline: Vec<TimelineEntry>,
    /// Meters at the end.
    pub meters: MeterState,
    /// Highest anger reached.
    pub peak_anger: f64,
    /// Meter samples over time: (second, meters).
    pub samples: Vec<(f64, MeterState)>,
}

impl Debrief {
    /// Build the debrief of a drill (normally once it has ended).
    pub fn of(drill: &Drill) -> Debrief {
        let card = scoring::score(drill);
        let mut timeline = Vec::new();
        let mut samples = Vec::new();
        for event in drill.events() {
            let at = event.at_ms as f64 / 1000.0;
            let entry = |kind: &str, who: &str, what: String, localized: bool| TimelineEntry {
                at,
                kind: kind.into(),
                who: who.into(),
                what,
                localized,
            };
            match &event.kind {
                EventKind::PostAdded { post } => {
                    if let Some(p) = drill.post(post) {
                        let (what, localized) = match &p.text {
                            PostText::Key(k) => (k.clone(), true),
                            PostText::Free(t) => (t.clone(), false),
                        };
                        let who = drill
                            .scenario()
                            .person(&p.author)
                            .map_or(p.author.as_str(), |person| person.name.as_str());
                        timeline.push(entry("post", who, what, localized));
                    }
                }
                EventKind::ScheduledPublished { id } => {
                    if let Some(s) = drill.scenario().scheduled_post(id) {
                        timeline.push(entry("scheduled", "brand", s.text.clone(), true));
                    }
                }
                EventKind::Acted { action, .. } => {
                    let what = action
                        .text()
                        .map_or_else(|| action_notation(action), str::to_owned);
                    timeline.push(entry(
                        &format!("action-{}", action.kind()),
                        "trainee",
                        what,
                        false,
                    ));
                }
                EventKind::Rejected { action, reason } => {
                    timeline.push(entry(
                        "rejected",
                        "trainee",
                        format!("{} ({reason})", action_notation(action)),
                        false,
                    ));
                }
                EventKind::Sample(m) => samples.push((at, *m)),
                EventKind::Started | EventKind::Ended => {}
            }
        }
        let peak_anger = samples
            .iter()
            .map(|(_, m)| m.anger)
            .fold(drill.meters().anger, f64::max);
        Debrief {
            scenario: drill.scenario().id.clone(),
            lang: drill.lang().to_owned(),
            seed: drill.seed(),
            overall: card.overall,
            grade: scoring::grade(card.overall).to_owned(),
            skills: card
                .skills
                .iter()
                .map(|(s, v)| (s.name().to_owned(), *v))
                .collect(),
            findings: card.findings,
            timeline,
            meters: drill.meters(),
            peak_anger,
            samples,
        }
    }

    /// Strengths, by time.
    pub fn strengths(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.kind == FindingKind::Strength)
    }

    /// Improvements, by time.
    pub fn improvements(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.kind == FindingKind::Improvement)
    }

    /// The debrief as plain text in its language.
    pub fn render_text(&self, catalog: &Catalog) -> String {
        let lang = self.lang.as_str();
        let t = |key: &str| catalog.text(lang, key, &[]);
        let mut out = String::new();
        let title_key = format!("{}-title", self.scenario);
        let _ = writeln!(
            out,
            "{} — {}",
            t("debrief-title"),
            catalog.text(lang, &title_key, &[])
        );
        let _ = writeln!(
            out,
            "{}",
            catalog.text(
                lang,
                "debrief-overall",
                &[
                    ("score", FluentValue::from(self.overall)),
                    ("grade", FluentValue::from(self.grade.as_str()))
                ]
            )
        );
        let _ = writeln!(out, "\n{}", t("debrief-skills"));
        for skill in Skill::ALL {
            let value = self.skills.get(skill.name()).copied().unwrap_or(0);
            let bar = "█".repeat(value as usize / 10);
            let _ = writeln!(
                out,
                "  {:<22} {:>3}  {bar}",
                t(&format!("skill-{}", skill.name())),
                value
            );
        }
        for (heading, kind) in [
            ("debrief-strengths", FindingKind::Strength),
            ("debrief-improvements", FindingKind::Improvement),
        ] {
            let _ = writeln!(out, "\n{}", t(heading));
            for f in self.findings.iter().filter(|f| f.kind == kind) {
                let rule = t(&format!("rule-{}", f.rule));
                let _ = writeln!(
                    out,
                    "  [{} {rule}] {} {}",
                    f.rule,
                    clock(f.at),
                    t(&f.message)
                );
                let quote = match &f.quote_key {
                    Some(key) => t(key),
                    None => highlight(&f.evidence, &f.highlights),
                };
                let _ = writeln!(out, "      “{quote}”");
            }
        }
        let _ = writeln!(out, "\n{}", t("debrief-timeline"));
        for e in &self.timeline {
            let (who, what) = e.localize(t);
            let _ = writeln!(out, "  {} {who}: {what}", clock(e.at));
        }
        out
    }
}

/// `m:ss` for a scenario second.
pub fn clock(secs: f64) -> String {
    let s = secs.max(0.0).round() as u64;
    format!("{}:{:02}", s / 60, s % 60)
}

/// The evidence with highlighted spans wrapped in `[[…]]` (plain-text rendering).
pub fn highlight(text: &str, spans: &[(usize, usize)]) -> String {
    let mut spans = spans.to_vec();
    spans.sort_unstable();
    let mut out = String::with_capacity(text.len() + spans.len() * 4);
    let mut depth_end: Option<usize> = None;
    for (i, c) in text.chars().enumerate() {
        if depth_end.is_none()
            && let Some(&(_, e)) = spans.iter().find(|(s, e)| *s == i && *e > i)
        {
            out.push_str("[[");
            depth_end = Some(e);
        }
        out.push(c);
        if let Some(end) = depth_end {
            // Extend over overlapping spans that start inside this one.
            let end = spans
                .iter()
                .filter(|(s, _)| *s <= i)
                .map(|(_, e)| *e)
                .filter(|e| *e >= end)
                .max()
                .unwrap_or(end);
            depth_end = Some(end);
            if i + 1 == end {
                out.push_str("]]");
                depth_end = None;
            }
        }
    }
    if depth_end.is_some() {
        out.push_str("]]");
    }
    out
}

/// A shorter view of long evidence: the part around the highlighted spans (with `…` where
/// text was cut), and the spans moved to match. Short evidence comes back whole.
pub fn excerpt(
    text: &str,
    spans: &[(usize, usize)],
    max_chars: usize,
) -> (String, Vec<(usize, usize)>) {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= max_chars {
        return (text.to_owned(), spans.to_vec());
    }
    const CONTEXT: usize = 50;
    let (from, to) = match (
        spans.iter().map(|s| s.0).min(),
        spans.iter().map(|s| s.1).max(),
    ) {
        (Some(a), Some(b)) => (a.saturating_sub(CONTEXT), (b + CONTEXT).min(chars.len())),
        _ => (0, max_chars.min(chars.len())),
    };
    let mut out = String::new();
    let mut shift = from as isize;
    if from > 0 {
        out.push('…');
        shift -= 1;
    }
    out.extend(&chars[from..to]);
    if to < chars.len() {
        out.push('…');
    }
    let moved = spans
        .iter()
        .map(|&(s, e)| ((s as isize - shift) as usize, (e as isize - shift) as usize))
        .collect();
    (out, moved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpt_keeps_short_text_and_cuts_long_text_around_spans() {
        assert_eq!(
            excerpt("short", &[(0, 5)], 100),
            ("short".to_owned(), vec![(0, 5)])
        );
        let long = format!("{}sorry{}", "a".repeat(100), "b".repeat(100));
        let (text, spans) = excerpt(&long, &[(100, 105)], 80);
        assert!(text.starts_with('…') && text.ends_with('…'));
        let (s, e) = spans[0];
        assert_eq!(
            text.chars().skip(s).take(e - s).collect::<String>(),
            "sorry"
        );
    }

    #[test]
    fn clock_formats_minutes() {
        assert_eq!(clock(0.0), "0:00");
        assert_eq!(clock(125.4), "2:05");
    }

    #[test]
    fn highlight_wraps_spans() {
        assert_eq!(highlight("we are sorry", &[(7, 12)]), "we are [[sorry]]");
        assert_eq!(highlight("ΔΕΝ φταίμε", &[(0, 3)]), "[[ΔΕΝ]] φταίμε");
    }
}
