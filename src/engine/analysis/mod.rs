//! The reply analyser: six independent judgements on what a trainee writes, each with
//! evidence (character span, matched words, and the list or rule that fired).
//!
//! The contract (also in `docs/analyser.md`):
//! - `hostile`: not calm — shouting in capitals, insults, sarcasm or mockery,
//!   condescension, threats, accusing the customer, impatience, angry exclamation marks or
//!   emoji. `calm` is a score in [0, 1]; a hostile reply scores at most 0.65.
//! - `blame`: shifts responsibility onto someone else (courier, supplier, platform, a
//!   colleague, "the system", a strike, the weather, the customer). Mentioning the courier
//!   while owning the problem is not blame.
//! - `responsibility`: explicitly owns the problem or the fix for the business.
//! - `empathy`: acknowledges the customer's feelings or inconvenience, or apologises.
//! - `thanks`: thanks the customer.
//! - `specifics`: a concrete checkable detail — weekday, date, clock time, an
//!   order/tracking/ticket number, an amount, or a relative deadline tied to an action.
//!
//! Irony cancels thanks, apology and ownership in its sentence; a negator before a phrase
//! cancels it ("not our fault" is blame, "not your fault" said to the customer is not).

pub mod canned;
pub mod evaluate;
pub mod lexicon;
pub mod text;

use std::sync::OnceLock;

use regex::Regex;
use serde::{Deserialize, Serialize};

use lexicon::{Category, Hit, Lexicon, Prepared};
use text::TokenKind;

/// What a piece of evidence supports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Judgement {
    /// Not calm.
    Hostile,
    /// Shifts blame.
    Blame,
    /// Owns the problem.
    Responsibility,
    /// Acknowledges feelings or apologises.
    Empathy,
    /// Thanks the customer.
    Thanks,
    /// Gives a checkable detail.
    Specifics,
    /// Commits to improving or fixing the cause (used for closure, R7).
    Commitment,
    /// A stock or copied reply (across replies; see [`canned`]).
    Canned,
}

impl Judgement {
    /// Lowercase name, as in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Judgement::Hostile => "hostile",
            Judgement::Blame => "blame",
            Judgement::Responsibility => "responsibility",
            Judgement::Empathy => "empathy",
            Judgement::Thanks => "thanks",
            Judgement::Specifics => "specifics",
            Judgement::Commitment => "commitment",
            Judgement::Canned => "canned",
        }
    }
}

/// Why a judgement was made: the words and the list or rule that fired.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The judgement it supports.
    pub skill: Judgement,
    /// Start character offset in the reply.
    pub start: usize,
    /// End character offset (exclusive).
    pub end: usize,
    /// The words as written.
    pub text: String,
    /// The list (`list:apology`) or rule (`rule:capitals`) that fired, with the entry.
    pub why: String,
}

/// The analysis of one reply.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplyAnalysis {
    /// Calmness in [0, 1].
    pub calm: f64,
    /// Not calm.
    pub hostile: bool,
    /// Shifts blame.
    pub blame: bool,
    /// Owns the problem.
    pub responsibility: bool,
    /// Acknowledges feelings or apologises.
    pub empathy: bool,
    /// Thanks the customer.
    pub thanks: bool,
    /// Gives a checkable detail.
    pub specifics: bool,
    /// Commits to improve or fix the cause.
    pub commitment: bool,
    /// Whether the reply contains a generic stock apology.
    pub stock_apology: bool,
    /// Evidence for every positive judgement.
    pub evidence: Vec<Evidence>,
}

impl ReplyAnalysis {
    /// Whether a judgement is positive.
    pub fn get(&self, judgement: Judgement) -> bool {
        match judgement {
            Judgement::Hostile => self.hostile,
            Judgement::Blame => self.blame,
            Judgement::Responsibility => self.responsibility,
            Judgement::Empathy => self.empathy,
            Judgement::Thanks => self.thanks,
            Judgement::Specifics => self.specifics,
            Judgement::Commitment => self.commitment,
            Judgement::Canned => self.stock_apology,
        }
    }

    /// The character spans of one judgement's evidence, overlapping spans merged, in order.
    pub fn spans(&self, judgement: Judgement) -> Vec<(usize, usize)> {
        merge_spans(
            self.evidence_for(judgement)
                .map(|e| (e.start, e.end))
                .collect(),
        )
    }

    /// Evidence for one judgement.
    pub fn evidence_for(&self, judgement: Judgement) -> impl Iterator<Item = &Evidence> {
        self.evidence.iter().filter(move |e| e.skill == judgement)
    }
}

/// Sort spans and merge those that overlap or touch.
pub fn merge_spans(mut spans: Vec<(usize, usize)>) -> Vec<(usize, usize)> {
    spans.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (start, end) in spans {
        match merged.last_mut() {
            Some(last) if start <= last.1 => last.1 = last.1.max(end),
            _ => merged.push((start, end)),
        }
    }
    merged
}

/// Emoji that signal eye-rolling, mockery or anger.
const HOSTILE_EMOJI: &[char] = &[
    '🙄', '😒', '😤', '😠', '😡', '🤬', '🖕', '👎', '🤦', '😂', '🤣', '🙃', '😏', '💅',
];
/// Emoji that read as irony: they cancel thanks and apologies in the reply.
const IRONIC_EMOJI: &[char] = &['🙄', '😒', '🙃', '😏', '😂', '🤣', '💅'];
/// Longest reply analysed in full, in bytes; the rest is ignored (a reply is a social post).
pub const MAX_REPLY_BYTES: usize = 1 << 20;

/// How many tokens apart a blame target and its cue may stand.
const CUE_REACH: usize = 10;

/// Penalties subtracted from calm for each kind of hostile signal.
const PENALTY_STRONG: f64 = 0.5;
const PENALTY: f64 = 0.4;

/// The analyser for one language.
#[derive(Debug)]
pub struct Analyser {
    lexicon: Lexicon,
    specific_patterns: Vec<Regex>,
}

fn universal_specifics() -> &'static [(Regex, &'static str)] {
    static PATTERNS: OnceLock<Vec<(Regex, &'static str)>> = OnceLock::new();
    PATTERNS.get_or_init(|| {
        [
            (r"\b\d{1,2}[:.]\d{2}\b", "clock-time"),
            (
                r"(?i)\b\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.|h)(?:\W|$)",
                "clock-time",
            ),
            (r"\b\d{1,2}[/\-]\d{1,2}(?:[/\-]\d{2,4})?\b", "date"),
            (r"[€$£]\s?\d", "amount"),
            (
                r"(?i)\d\s?(?:€|eur\b|euros?\b|ευρώ|ευρω|dollars?\b|usd\b|gbp\b)",
                "amount",
            ),
            (r"\d\s?%", "amount"),
            (r"(?i)\d\s?(?:gb|mb|kwh|kw|mwh|m³|m3|kg)\b", "amount"),
            (r"#\s?[A-Za-z]*\d{2,}", "reference-number"),
            (r"\b[A-Za-z]{0,4}-?\d{4,}\b", "reference-number"),
        ]
        .into_iter()
        .map(|(p, why)| {
            (
                Regex::new(&p.replace(r"\b", r"(?-u:\b)")).expect("built-in pattern compiles"),
                why,
            )
        })
        .collect()
    })
}

fn email_pattern() -> &'static Regex {
    static EMAIL: OnceLock<Regex> = OnceLock::new();
    EMAIL.get_or_init(|| {
        Regex::new(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+").expect("built-in pattern compiles")
    })
}

/// Character offset of a byte offset in `text`.
fn char_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

impl Analyser {
    /// An analyser from a compiled lexicon and its extra specifics patterns.
    pub fn new(lexicon: Lexicon) -> Result<Analyser, String> {
        let mut specific_patterns = Vec::new();
        for p in &lexicon.file.specific_patterns {
            // An all-ASCII pattern gets ASCII word boundaries, which keep the regex on its
            // fast engines; a pattern with other letters (Greek) keeps Unicode boundaries.
            let pattern = if p.is_ascii() {
                p.replace(r"\b", r"(?-u:\b)")
            } else {
                p.clone()
            };
            let re =
                Regex::new(&format!("(?i){pattern}")).map_err(|e| format!("pattern `{p}`: {e}"))?;
            specific_patterns.push(re);
        }
        Ok(Analyser {
            lexicon,
            specific_patterns,
        })
    }

    /// The compiled lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// Analyse one reply.
    pub fn analyse(&self, reply: &str) -> ReplyAnalysis {
        let mut cut = reply.len().min(MAX_REPLY_BYTES);
        while !reply.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &reply[..cut];
        let prepared = self.lexicon.prepare(text);
        let hits = self.lexicon.find(&prepared);
        let mut out = Outcome {
            text,
            prepared: &prepared,
            evidence: Vec::new(),
        };
        let lex = &self.lexicon;

        // Irony: sarcasm phrases cancel positive hits in their sentence; ironic emoji anywhere
        // cancel them in the whole reply.
        let sentences = prepared.sentence.last().map_or(0, |s| s + 1);
        let mut sarcastic_sentences = vec![false; sentences];
        // Sarcasm colours its sentence and the next ("Another expert. Thanks for the input.").
        for h in hits.iter().filter(|h| h.category == Category::Sarcasm) {
            let s = prepared.sentence[h.first];
            sarcastic_sentences[s] = true;
            if s + 1 < sentences {
                sarcastic_sentences[s + 1] = true;
            }
            // In a short reply the irony reaches back too ("Thanks for the feedback. We'll frame it.").
            if s > 0 && sentences <= 3 {
                sarcastic_sentences[s - 1] = true;
            }
        }
        // A single word in scare quotes ("thanks for your «kind» review") is ironic.
        let quote = |t: &text::Token| {
            t.kind == TokenKind::Symbol
                && t.norm
                    .chars()
                    .all(|c| matches!(c, '"' | '«' | '»' | '“' | '”' | '\''))
        };
        let tokens = &prepared.tokens;
        let mut scare_quotes = Vec::new();
        for i in 1..tokens.len().saturating_sub(1) {
            if quote(&tokens[i - 1])
                && tokens[i].kind == TokenKind::Word
                && quote(&tokens[i + 1])
                && tokens[i].letters > 2
            {
                // Only ironic beside praise, thanks or an apology ("thanks for your «kind»
                // review"); a quoted status ('pending') is just a quotation.
                let sentence = prepared.sentence[i];
                let warm = hits.iter().any(|h| {
                    prepared.sentence[h.first] == sentence
                        && matches!(
                            h.category,
                            Category::Thanks
                                | Category::Apology
                                | Category::Positive
                                | Category::Empathy
                        )
                });
                if warm {
                    sarcastic_sentences[sentence] = true;
                    scare_quotes.push(i);
                }
            }
        }
        // Applause next to thanks or praise, with no apology anywhere, is mock applause.
        let mock_applause = !text.is_ascii()
            && text.contains('👏')
            && hits
                .iter()
                .any(|h| matches!(h.category, Category::Thanks | Category::Positive))
            && !hits
                .iter()
                .any(|h| matches!(h.category, Category::Apology | Category::Empathy));
        let ironic_emoji =
            mock_applause || (!text.is_ascii() && text.chars().any(|c| IRONIC_EMOJI.contains(&c)));
        let ironic = |h: &Hit| ironic_emoji || sarcastic_sentences[prepared.sentence[h.first]];
        // Tokens covered by a past apology or by ownership, for overlap checks.
        let covered = |cat: Category| {
            let mut marks = vec![false; prepared.tokens.len()];
            for o in hits.iter().filter(|o| o.category == cat) {
                marks[o.first..=o.last].iter_mut().for_each(|m| *m = true);
            }
            marks
        };
        let past_apology = covered(Category::PastApology);
        let owned = covered(Category::Ownership);
        let overlaps = |h: &Hit, marks: &[bool]| marks[h.first..=h.last].iter().any(|&m| m);

        // Empathy.
        let mut empathy = false;
        for h in hits
            .iter()
            .filter(|h| matches!(h.category, Category::Apology | Category::Empathy))
        {
            if ironic(h) || overlaps(h, &past_apology) || lex.negated(&prepared, h.first).is_some()
            {
                continue;
            }
            empathy = true;
            out.hit(Judgement::Empathy, h, lex);
        }

        // Thanks.
        let mut thanks = false;
        for h in hits.iter().filter(|h| h.category == Category::Thanks) {
            if ironic(h) || lex.negated(&prepared, h.first).is_some() {
                continue;
            }
            thanks = true;
            out.hit(Judgement::Thanks, h, lex);
        }

        // Responsibility, and denial of it (negated ownership), which is blame.
        let mut responsibility = false;
        let mut blame = false;
        for h in hits.iter().filter(|h| h.category == Category::Ownership) {
            if ironic(h) {
                continue;
            }
            if let Some(neg) = lex.negated(&prepared, h.first) {
                // An entry that itself starts with the negator ("we shouldn't have") owns it.
                let owned_with_negator = hits.iter().any(|o| {
                    o.category == Category::Ownership
                        && o.first <= neg
                        && o.last >= h.last
                        && !std::ptr::eq(o, h)
                });
                if owned_with_negator {
                    continue;
                }
                blame = true;
                out.span(
                    Judgement::Blame,
                    neg,
                    h.last,
                    format!("rule:denied-ownership:{}", lex.entry(h.entry)),
                );
                continue;
            }
            responsibility = true;
            out.hit(Judgement::Responsibility, h, lex);
        }

        // Blame: excuses, the customer, or a third party named together with a cause.
        for h in hits.iter().filter(|h| h.category == Category::Excuse) {
            // Overlapping ownership decides: owned ("the fault is ours") or already denied.
            if overlaps(h, &owned) {
                continue;
            }
            blame = true;
            out.hit(Judgement::Blame, h, lex);
        }
        let mut accuses_customer = false;
        for h in hits
            .iter()
            .filter(|h| h.category == Category::CustomerBlame)
        {
            if lex.negated(&prepared, h.first).is_some() {
                continue;
            }
            blame = true;
            accuses_customer = true;
            out.hit(Judgement::Blame, h, lex);
            out.span(
                Judgement::Hostile,
                h.first,
                h.last,
                format!("rule:accuses-customer:{}", lex.entry(h.entry)),
            );
        }
        if !responsibility {
            // Non-negated cues, by position; a cue counts within CUE_REACH words of the target.
            let cues: Vec<&Hit> = hits
                .iter()
                .filter(|c| {
                    c.category == Category::BlameCue && lex.negated(&prepared, c.first).is_none()
                })
                .collect();
            for target in hits.iter().filter(|h| h.category == Category::BlameTarget) {
                let from = cues.partition_point(|c| c.first + CUE_REACH < target.first);
                let cue = cues[from..]
                    .iter()
                    .take_while(|c| c.first <= target.last + CUE_REACH)
                    .find(|c| prepared.sentence[c.first] == prepared.sentence[target.first]);
                if let Some(cue) = cue {
                    blame = true;
                    out.span(
                        Judgement::Blame,
                        target.first.min(cue.first),
                        target.last.max(cue.last),
                        format!(
                            "rule:third-party:{}+{}",
                            lex.entry(target.entry),
                            lex.entry(cue.entry)
                        ),
                    );
                }
            }
        }

        // Hostility.
        let mut calm = 1.0f64;
        if let Some(&i) = scare_quotes.first() {
            calm -= PENALTY;
            out.span(Judgement::Hostile, i - 1, i + 1, "rule:scare-quotes".into());
        }
        let strong = [Category::Insult, Category::Threat];
        let plain = [
            Category::Sarcasm,
            Category::Impatience,
            Category::Condescension,
        ];
        for h in &hits {
            if strong.contains(&h.category) {
                calm -= PENALTY_STRONG;
                out.hit(Judgement::Hostile, h, lex);
            } else if plain.contains(&h.category) {
                calm -= PENALTY;
                out.hit(Judgement::Hostile, h, lex);
            }
        }
        if accuses_customer {
            calm -= PENALTY;
        }
        calm -= self.shouting(&mut out, &hits);
        calm -= self.angry_punctuation(&mut out, &hits);
        for (i, c) in text.char_indices() {
            if HOSTILE_EMOJI.contains(&c) || (mock_applause && c == '👏') {
                let start = char_offset(text, i);
                out.evidence.push(Evidence {
                    skill: Judgement::Hostile,
                    start,
                    end: start + 1,
                    text: c.to_string(),
                    why: "rule:hostile-emoji".into(),
                });
                calm -= PENALTY;
                break;
            }
        }
        let hostile =
            out.evidence.iter().any(|e| e.skill == Judgement::Hostile) || accuses_customer;
        let calm = if hostile {
            calm.clamp(0.0, 0.65)
        } else {
            calm.clamp(0.0, 1.0)
        };

        // Specifics.
        let specifics = self.specifics(&mut out, &hits);

        // Commitment and stock apologies.
        let mut commitment = false;
        for h in hits.iter().filter(|h| h.category == Category::Commitment) {
            if ironic(h) || lex.negated(&prepared, h.first).is_some() {
                continue;
            }
            commitment = true;
            out.hit(Judgement::Commitment, h, lex);
        }
        let stock_apology = hits.iter().any(|h| h.category == Category::StockApology);

        let mut evidence = out.evidence;
        evidence.sort_by_key(|a| (a.skill, a.start, a.end));
        evidence.dedup_by(|a, b| a.skill == b.skill && a.start == b.start && a.end == b.end);
        ReplyAnalysis {
            calm: (calm * 100.0).round() / 100.0,
            hostile,
            blame,
            responsibility,
            empathy,
            thanks,
            specifics,
            commitment,
            stock_apology,
            evidence,
        }
    }

    /// Words in capitals for emphasis; returns the calm penalty.
    fn shouting(&self, out: &mut Outcome, hits: &[Hit]) -> f64 {
        let lex = &self.lexicon;
        // Warm words in capitals ("THANK YOU", "WOW") are not shouting.
        let mut warm = vec![false; out.prepared.tokens.len()];
        for h in hits
            .iter()
            .filter(|h| matches!(h.category, Category::Thanks | Category::Positive))
        {
            warm[h.first..=h.last].iter_mut().for_each(|w| *w = true);
        }
        let mut penalty = 0.0;
        let mut letters = 0;
        let mut upper = 0;
        for (i, t) in out.prepared.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word || t.letters == 0 || warm[i] {
                continue;
            }
            // A word in capitals alone in brackets, "(HEDNO)", is an acronym being introduced.
            let bracketed = i > 0
                && out.prepared.tokens[i - 1].norm == "("
                && out
                    .prepared
                    .tokens
                    .get(i + 1)
                    .is_some_and(|n| n.norm == ")");
            let acronym =
                bracketed || lex.is_acronym(&t.norm) || t.norm.chars().any(|c| c.is_numeric());
            if !acronym {
                letters += t.letters;
                upper += t.upper;
            }
            if t.letters < 2 || t.upper != t.letters || acronym {
                continue;
            }
            let shout = t.letters >= 5 || lex.is_emphasis(t.norm.trim_end_matches('\''));
            if shout {
                if penalty == 0.0 {
                    penalty = PENALTY;
                }
                out.span(Judgement::Hostile, i, i, "rule:capitals".into());
            }
        }
        if penalty == 0.0 && letters >= 10 && upper * 10 >= letters * 6 {
            let last = out.prepared.tokens.len().saturating_sub(1);
            out.span(Judgement::Hostile, 0, last, "rule:capitals-ratio".into());
            penalty = PENALTY;
        }
        penalty
    }

    /// Angry runs of `!` (or `?!`) in a sentence with nothing warm in it.
    fn angry_punctuation(&self, out: &mut Outcome, hits: &[Hit]) -> f64 {
        let prepared = out.prepared;
        let mut warm_sentences = vec![false; prepared.sentence.last().map_or(0, |s| s + 1)];
        for h in hits.iter().filter(|h| {
            matches!(
                h.category,
                Category::Positive | Category::Thanks | Category::Apology | Category::Empathy
            )
        }) {
            warm_sentences[prepared.sentence[h.first]] = true;
        }
        let friendly_emoji = out.text.chars().any(|c| {
            matches!(
                c,
                '😊' | '🙂'
                    | '😀'
                    | '😃'
                    | '😄'
                    | '❤'
                    | '💙'
                    | '💚'
                    | '🙏'
                    | '👍'
                    | '🎉'
                    | '🤗'
                    | '😍'
                    | '🥰'
                    | '✨'
                    | '💪'
                    | '😅'
                    | '😉'
                    | '☺'
            )
        });
        let tokens = &prepared.tokens;
        let mut i = 0;
        while i < tokens.len() {
            if tokens[i].kind != TokenKind::Break {
                i += 1;
                continue;
            }
            // The whole run of punctuation marks, which may be split over tokens.
            let mut end = i;
            let mut run = String::new();
            while end < tokens.len() && tokens[end].kind == TokenKind::Break {
                run.push_str(&tokens[end].norm);
                end += 1;
            }
            let bangs = run.chars().filter(|&c| c == '!').count();
            // Greek asks with ";" (and U+037E): ";!" is an angry question too.
            let interrobang = ["?!", "!?", ";!", "!;", "\u{37E}!", "!\u{37E}"]
                .iter()
                .any(|p| run.contains(p));
            if interrobang || bangs >= 2 {
                let warm = friendly_emoji || warm_sentences[prepared.sentence[i]];
                if interrobang || !warm {
                    out.span(
                        Judgement::Hostile,
                        i,
                        end - 1,
                        "rule:angry-exclamation".into(),
                    );
                    return PENALTY;
                }
            }
            i = end;
        }
        0.0
    }

    /// Whether a date-shaped match is really a range of days (`3-5 working days`) or `24/7`.
    fn is_duration(&self, matched: &str, after: &str) -> bool {
        if matched == "24/7" {
            return true;
        }
        let units = &self.lexicon.file.duration_units;
        after
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(2)
            .any(|w| units.iter().any(|u| text::fold(w) == text::fold(u)))
    }

    fn specifics(&self, out: &mut Outcome, hits: &[Hit]) -> bool {
        let text = out.text;
        let prepared = out.prepared;
        let mut found = false;
        // Policy wording earlier in a sentence turns its durations into policy, not promises.
        let policy_from: Vec<Option<usize>> = {
            let mut first = vec![None; prepared.sentence.last().map_or(0, |s| s + 1)];
            for h in hits.iter().filter(|h| h.category == Category::Policy) {
                let slot: &mut Option<usize> = &mut first[prepared.sentence[h.first]];
                if slot.is_none_or(|f| h.first < f) {
                    *slot = Some(h.first);
                }
            }
            first
        };
        let under_policy =
            |token: usize| policy_from[prepared.sentence[token]].is_some_and(|p| p < token);
        for h in hits.iter().filter(|h| {
            matches!(
                h.category,
                Category::Weekday | Category::Month | Category::Deadline
            )
        }) {
            if self.lexicon.negated(out.prepared, h.first).is_some()
                || (h.category == Category::Deadline && under_policy(h.first))
            {
                continue;
            }
            found = true;
            out.hit(Judgement::Specifics, h, &self.lexicon);
        }
        // Every pattern needs a digit: most replies skip the regular expressions entirely.
        if !text.bytes().any(|b| b.is_ascii_digit()) {
            return found;
        }
        let emails: Vec<(usize, usize)> = if text.contains('@') {
            email_pattern()
                .find_iter(text)
                .map(|m| (m.start(), m.end()))
                .collect()
        } else {
            Vec::new()
        };
        let in_email = |s: usize, e: usize| emails.iter().any(|&(a, b)| s < b && a < e);
        let extra = self
            .specific_patterns
            .iter()
            .map(|re| (re, "language-pattern"));
        for (re, why) in universal_specifics()
            .iter()
            .map(|(re, why)| (re, *why))
            .chain(extra)
        {
            for m in re.find_iter(text) {
                let token = prepared
                    .tokens
                    .partition_point(|t| t.raw_end_byte <= m.start());
                let policy = why == "language-pattern"
                    && token < prepared.tokens.len()
                    && under_policy(token);
                if policy
                    || in_email(m.start(), m.end())
                    || (why == "date" && self.is_duration(m.as_str(), &text[m.end()..]))
                {
                    continue;
                }
                found = true;
                let start = char_offset(text, m.start());
                out.evidence.push(Evidence {
                    skill: Judgement::Specifics,
                    start,
                    end: start + m.as_str().chars().count(),
                    text: m.as_str().to_owned(),
                    why: format!("rule:{why}"),
                });
                break;
            }
        }
        found
    }
}

/// Evidence being collected for one reply.
struct Outcome<'a> {
    text: &'a str,
    prepared: &'a Prepared,
    evidence: Vec<Evidence>,
}

impl Outcome<'_> {
    fn hit(&mut self, skill: Judgement, hit: &Hit, lexicon: &Lexicon) {
        self.span(
            skill,
            hit.first,
            hit.last,
            format!(
                "list:{}:{}",
                hit.category.list_name(),
                lexicon.entry(hit.entry)
            ),
        );
    }

    fn span(&mut self, skill: Judgement, first: usize, last: usize, why: String) {
        let tokens = &self.prepared.tokens;
        let (Some(a), Some(b)) = (tokens.get(first), tokens.get(last)) else {
            return;
        };
        self.evidence.push(Evidence {
            skill,
            start: a.start,
            end: b.end,
            text: self.text[a.raw_start_byte..b.raw_end_byte].to_owned(),
            why,
        });
    }
}
