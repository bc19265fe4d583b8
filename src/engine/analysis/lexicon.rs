//! Per-language word and phrase lists (`locales/<lang>/analysis.ron`) and their matcher.
//!
//! An entry is a phrase of one or more words. Words are stemmed (Snowball) before they are
//! compared, unless the entry starts with `=` (exact, for where stemming misleads) or a part
//! ends with `*` (prefix). ` ... ` inside an entry allows up to [`GAP`] words between the parts
//! (`our team ... mistake*`); a negator in the gap breaks the phrase. Phrases never match
//! across sentence or clause punctuation.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use std::sync::Mutex;

use aho_corasick::{AhoCorasick, MatchKind};
use rust_stemmers::{Algorithm, Stemmer};
use serde::Deserialize;

use super::text::{Token, TokenKind, fold, tokenize};

/// Most words allowed between the parts of a ` ... ` entry.
pub const GAP: usize = 4;

/// Which Snowball stemmer a language uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum StemmerLanguage {
    /// English (Porter 2).
    English,
    /// Italian.
    Italian,
    /// Greek.
    Greek,
    /// Spanish.
    Spanish,
    /// No stemming: words compare exactly.
    None,
}

/// The phrase lists a language provides, as written in `analysis.ron`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    /// The stemmer for this language.
    pub stemmer: StemmerLanguage,
    /// Cut words after an inner apostrophe (`l'ordine` → `l'` `ordine`).
    pub split_elisions: bool,
    /// Words that negate what follows within `negation_window` words (`*n't` is a suffix).
    pub negators: Vec<String>,
    /// How many words back a negator reaches.
    pub negation_window: usize,
    /// Words a negator does not reach across (`and`, `but`): "not ok and we should have"
    /// leaves "we should have" un-negated.
    #[serde(default)]
    pub negation_stops: Vec<String>,
    /// Apologies (`sorry`, `apologi*`).
    pub apology: Vec<String>,
    /// Acknowledging feelings or inconvenience.
    pub empathy: Vec<String>,
    /// Pointing to an earlier apology, which is not one (`already apologi*`).
    pub past_apology: Vec<String>,
    /// Thanking.
    pub thanks: Vec<String>,
    /// Owning the problem for the business.
    pub ownership: Vec<String>,
    /// Presenting the cause as not ours (`not our fault`, `beyond our control`).
    pub excuses: Vec<String>,
    /// Third parties blame can be shifted to (courier, supplier, strike, weather).
    pub blame_targets: Vec<String>,
    /// Words that make a mention of a third party into blame (`because`, `fault`, `delay*`).
    pub blame_cues: Vec<String>,
    /// Pinning the problem on the customer.
    pub customer_blame: Vec<String>,
    /// Insults.
    pub insults: Vec<String>,
    /// Sarcasm and mockery; cancels thanks, apology and ownership in its sentence.
    pub sarcasm: Vec<String>,
    /// Impatience (`as I already said`).
    pub impatience: Vec<String>,
    /// Condescension (`calm down`).
    pub condescension: Vec<String>,
    /// Threats.
    pub threats: Vec<String>,
    /// Positive words that make exclamation marks friendly.
    pub positive: Vec<String>,
    /// Generic stock apologies that are canned when pasted.
    pub stock_apologies: Vec<String>,
    /// Committing to improve or to fix the cause.
    pub commitment: Vec<String>,
    /// Weekday names.
    pub weekdays: Vec<String>,
    /// Month names.
    pub months: Vec<String>,
    /// Relative deadlines tied to an action (`today`, `tomorrow morning`, `within ... hour*`).
    pub deadlines: Vec<String>,
    /// Short words that are shouting when written in capitals (`NOT`, `YOU`).
    pub emphasis: Vec<String>,
    /// Acronyms and brand names that are not shouting in capitals.
    pub acronyms: Vec<String>,
    /// General policy wording (`usually`, `all orders are`, `up to`): a deadline or duration
    /// after it in the same sentence describes the policy, not a commitment to this customer.
    #[serde(default)]
    pub policy: Vec<String>,
    /// Words for lengths of time (`days`, `working`): a number range followed by one
    /// (`3-5 working days`) is a duration, not a date.
    #[serde(default)]
    pub duration_units: Vec<String>,
    /// Extra regular expressions (case-insensitive, on the original text) for specifics.
    #[serde(default)]
    pub specific_patterns: Vec<String>,
}

/// A phrase list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    /// See [`LexiconFile::apology`].
    Apology,
    /// See [`LexiconFile::empathy`].
    Empathy,
    /// See [`LexiconFile::past_apology`].
    PastApology,
    /// See [`LexiconFile::thanks`].
    Thanks,
    /// See [`LexiconFile::ownership`].
    Ownership,
    /// See [`LexiconFile::excuses`].
    Excuse,
    /// See [`LexiconFile::blame_targets`].
    BlameTarget,
    /// See [`LexiconFile::blame_cues`].
    BlameCue,
    /// See [`LexiconFile::customer_blame`].
    CustomerBlame,
    /// See [`LexiconFile::insults`].
    Insult,
    /// See [`LexiconFile::sarcasm`].
    Sarcasm,
    /// See [`LexiconFile::impatience`].
    Impatience,
    /// See [`LexiconFile::condescension`].
    Condescension,
    /// See [`LexiconFile::threats`].
    Threat,
    /// See [`LexiconFile::positive`].
    Positive,
    /// See [`LexiconFile::stock_apologies`].
    StockApology,
    /// See [`LexiconFile::commitment`].
    Commitment,
    /// See [`LexiconFile::weekdays`].
    Weekday,
    /// See [`LexiconFile::months`].
    Month,
    /// See [`LexiconFile::deadlines`].
    Deadline,
    /// See [`LexiconFile::policy`].
    Policy,
}

impl Category {
    /// The list's name as written in `analysis.ron`.
    pub fn list_name(self) -> &'static str {
        match self {
            Category::Apology => "apology",
            Category::Empathy => "empathy",
            Category::PastApology => "past_apology",
            Category::Thanks => "thanks",
            Category::Ownership => "ownership",
            Category::Excuse => "excuses",
            Category::BlameTarget => "blame_targets",
            Category::BlameCue => "blame_cues",
            Category::CustomerBlame => "customer_blame",
            Category::Insult => "insults",
            Category::Sarcasm => "sarcasm",
            Category::Impatience => "impatience",
            Category::Condescension => "condescension",
            Category::Threat => "threats",
            Category::Positive => "positive",
            Category::StockApology => "stock_apologies",
            Category::Commitment => "commitment",
            Category::Weekday => "weekdays",
            Category::Month => "months",
            Category::Deadline => "deadlines",
            Category::Policy => "policy",
        }
    }
}

impl LexiconFile {
    fn lists(&self) -> Vec<(Category, &[String])> {
        vec![
            (Category::Apology, &self.apology),
            (Category::Empathy, &self.empathy),
            (Category::PastApology, &self.past_apology),
            (Category::Thanks, &self.thanks),
            (Category::Ownership, &self.ownership),
            (Category::Excuse, &self.excuses),
            (Category::BlameTarget, &self.blame_targets),
            (Category::BlameCue, &self.blame_cues),
            (Category::CustomerBlame, &self.customer_blame),
            (Category::Insult, &self.insults),
            (Category::Sarcasm, &self.sarcasm),
            (Category::Impatience, &self.impatience),
            (Category::Condescension, &self.condescension),
            (Category::Threat, &self.threats),
            (Category::Positive, &self.positive),
            (Category::StockApology, &self.stock_apologies),
            (Category::Commitment, &self.commitment),
            (Category::Weekday, &self.weekdays),
            (Category::Month, &self.months),
            (Category::Deadline, &self.deadlines),
            (Category::Policy, &self.policy),
        ]
    }
}

/// One match of a phrase in a reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Which list matched.
    pub category: Category,
    /// The entry as written in the list.
    pub entry: usize,
    /// First token index.
    pub first: usize,
    /// Last token index (inclusive).
    pub last: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Stream {
    Stems,
    Norms,
}

#[derive(Debug, Clone)]
struct Phrase {
    category: Category,
    /// The patterns of its ` ... ` parts, in order (one for most phrases).
    parts: Vec<(Stream, usize)>,
}

/// An entry that could not be compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryError {
    /// The entry as written.
    pub entry: String,
    /// What is wrong.
    pub message: String,
}

/// A compiled lexicon: phrase lists turned into two Aho-Corasick automata.
pub struct Lexicon {
    /// The lists as loaded.
    pub file: LexiconFile,
    stemmer: Option<Stemmer>,
    entries: Vec<String>,
    phrases: Vec<Phrase>,
    /// Per stream: the automaton and, per pattern id, the (phrase, part index) pairs using it.
    stems: Option<AhoCorasick>,
    norms: Option<AhoCorasick>,
    stem_users: Vec<Vec<(usize, usize)>>,
    norm_users: Vec<Vec<(usize, usize)>>,
    /// Multi-part phrases by the pattern of their last part.
    anchors: HashMap<(Stream, usize), Vec<usize>>,
    /// Patterns that are a part of some multi-part phrase.
    in_multipart: HashSet<(Stream, usize)>,
    negators: HashSet<String>,
    negator_suffixes: Vec<String>,
    negation_stops: HashSet<String>,
    emphasis: HashSet<String>,
    acronyms: HashSet<String>,
    /// Stems already computed (words repeat a lot across replies).
    stem_cache: Mutex<HashMap<String, Box<str>>>,
}

/// Most words the stem cache keeps before it starts over.
const STEM_CACHE_LIMIT: usize = 100_000;

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &self.entries.len())
            .finish()
    }
}

/// A reply prepared for matching.
pub struct Prepared {
    /// The tokens.
    pub tokens: Vec<Token>,
    /// Sentence number of each token (split at `.`, `!`, `?`, `;`, new lines).
    pub sentence: Vec<usize>,
}

impl Lexicon {
    /// Compile the lists; entries that cannot be compiled are returned as errors.
    pub fn compile(file: LexiconFile) -> Result<Lexicon, Vec<EntryError>> {
        let stemmer = match file.stemmer {
            StemmerLanguage::English => Some(Stemmer::create(Algorithm::English)),
            StemmerLanguage::Italian => Some(Stemmer::create(Algorithm::Italian)),
            StemmerLanguage::Greek => Some(Stemmer::create(Algorithm::Greek)),
            StemmerLanguage::Spanish => Some(Stemmer::create(Algorithm::Spanish)),
            StemmerLanguage::None => None,
        };
        let mut errors = Vec::new();
        let mut entries = Vec::new();
        let mut phrases = Vec::new();
        let mut stem_patterns: Vec<String> = Vec::new();
        let mut norm_patterns: Vec<String> = Vec::new();
        let mut stem_index: HashMap<String, usize> = HashMap::default();
        let mut norm_index: HashMap<String, usize> = HashMap::default();
        let mut anchors: HashMap<(Stream, usize), Vec<usize>> = HashMap::default();
        let mut in_multipart: HashSet<(Stream, usize)> = HashSet::default();
        let mut stem_users: Vec<Vec<(usize, usize)>> = Vec::new();
        let mut norm_users: Vec<Vec<(usize, usize)>> = Vec::new();
        let split = file.split_elisions;
        for (category, list) in file.lists() {
            for entry in list {
                let (exact, body) = match entry.strip_prefix('=') {
                    Some(rest) => (true, rest),
                    None => (false, entry.as_str()),
                };
                let mut part_ids = Vec::new();
                let mut ok = true;
                for part in body.split(" ... ") {
                    match compile_part(part, exact, split, stemmer.as_ref()) {
                        Ok((stream, pattern)) => {
                            let (index, patterns, users) = match stream {
                                Stream::Stems => {
                                    (&mut stem_index, &mut stem_patterns, &mut stem_users)
                                }
                                Stream::Norms => {
                                    (&mut norm_index, &mut norm_patterns, &mut norm_users)
                                }
                            };
                            let id = *index.entry(pattern.clone()).or_insert_with(|| {
                                patterns.push(pattern);
                                users.push(Vec::new());
                                patterns.len() - 1
                            });
                            part_ids.push((stream, id));
                        }
                        Err(message) => {
                            errors.push(EntryError {
                                entry: entry.clone(),
                                message,
                            });
                            ok = false;
                            break;
                        }
                    }
                }
                if !ok {
                    continue;
                }
                let phrase_id = phrases.len();
                // A single-part phrase is found through its pattern; a ` ... ` phrase through
                // its last part, then its earlier parts are looked up.
                match part_ids.as_slice() {
                    [(Stream::Stems, id)] => stem_users[*id].push((phrase_id, 0)),
                    [(Stream::Norms, id)] => norm_users[*id].push((phrase_id, 0)),
                    parts => {
                        if let Some(&last) = parts.last() {
                            anchors.entry(last).or_default().push(phrase_id);
                        }
                        for &part in parts {
                            in_multipart.insert(part);
                        }
                    }
                }
                phrases.push(Phrase {
                    category,
                    parts: part_ids,
                });
                entries.push(entry.clone());
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let build = |patterns: &[String]| {
            if patterns.is_empty() {
                None
            } else {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(patterns)
                    .ok()
            }
        };
        let mut negators = HashSet::default();
        let mut negator_suffixes = Vec::new();
        for n in &file.negators {
            match n.strip_prefix('*') {
                Some(suffix) => negator_suffixes.push(fold(suffix)),
                None => {
                    negators.insert(fold(n));
                }
            }
        }
        let emphasis = file.emphasis.iter().map(|w| fold(w)).collect();
        let negation_stops = file.negation_stops.iter().map(|w| fold(w)).collect();
        let acronyms = file.acronyms.iter().map(|w| fold(w)).collect();
        Ok(Lexicon {
            stems: build(&stem_patterns),
            norms: build(&norm_patterns),
            stemmer,
            entries,
            phrases,
            stem_users,
            norm_users,
            anchors,
            in_multipart,
            negators,
            negator_suffixes,
            negation_stops,
            emphasis,
            acronyms,
            stem_cache: Mutex::new(HashMap::default()),
            file,
        })
    }

    /// The entry text of a hit.
    pub fn entry(&self, index: usize) -> &str {
        &self.entries[index]
    }

    /// Whether stemming maps `word` to a non-empty stem (used by tests).
    pub fn stem(&self, word: &str) -> String {
        stem_of(self.stemmer.as_ref(), &fold(word))
    }

    /// Tokenise a reply and mark sentences.
    pub fn prepare(&self, text: &str) -> Prepared {
        let tokens = tokenize(text, self.file.split_elisions);
        let mut sentence = Vec::with_capacity(tokens.len());
        let mut current = 0;
        let ends = |t: &Token| {
            t.kind == TokenKind::Break
                && t.norm.chars().any(|c| {
                    matches!(
                        c,
                        '.' | '!' | '?' | ';' | '\n' | '…' | '·' | '\u{387}' | '\u{37E}'
                    )
                })
        };
        for (i, token) in tokens.iter().enumerate() {
            sentence.push(current);
            // A run of punctuation ("!!!", "?!") ends one sentence, at its last mark.
            let run_goes_on = tokens
                .get(i + 1)
                .is_some_and(|n| n.kind == TokenKind::Break);
            if ends(token) && !run_goes_on {
                current += 1;
            }
        }
        Prepared { tokens, sentence }
    }

    /// Every phrase match in a prepared reply, sorted by position.
    pub fn find(&self, prepared: &Prepared) -> Vec<Hit> {
        let tokens = &prepared.tokens;
        let mut hits = Vec::new();
        // Spans of patterns that are parts of ` ... ` phrases, by pattern.
        let mut part_spans: HashMap<(Stream, usize), Vec<(usize, usize)>> = HashMap::default();
        for (stream, automaton, users) in [
            (Stream::Stems, &self.stems, &self.stem_users),
            (Stream::Norms, &self.norms, &self.norm_users),
        ] {
            let Some(automaton) = automaton else { continue };
            let (haystack, starts) = self.stream(tokens, stream);
            for m in automaton.find_overlapping_iter(haystack.as_str()) {
                // Pattern starts with a space that precedes the first token.
                let mut first = starts.partition_point(|&s| s <= m.start());
                let mut last = starts.partition_point(|&s| s < m.end()).saturating_sub(1);
                while first < last && tokens[first].kind == TokenKind::Symbol {
                    first += 1;
                }
                while last > first && tokens[last].kind == TokenKind::Symbol {
                    last -= 1;
                }
                if first >= tokens.len() {
                    continue;
                }
                let pattern = m.pattern().as_usize();
                for &(phrase, _) in &users[pattern] {
                    hits.push(Hit {
                        category: self.phrases[phrase].category,
                        entry: phrase,
                        first,
                        last,
                    });
                }
                if self.in_multipart.contains(&(stream, pattern)) {
                    part_spans
                        .entry((stream, pattern))
                        .or_default()
                        .push((first, last));
                }
            }
        }
        for spans in part_spans.values_mut() {
            spans.sort_unstable();
        }
        let mut candidates: Vec<usize> = part_spans
            .keys()
            .filter_map(|key| self.anchors.get(key))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        for phrase_id in candidates {
            let phrase = &self.phrases[phrase_id];
            let Some(starts) = part_spans.get(&phrase.parts[0]) else {
                continue;
            };
            'start: for &(first, mut last) in starts {
                for part in &phrase.parts[1..] {
                    // The nearest later part is the only candidate: anything further is
                    // further past the gap or the same punctuation.
                    let Some(spans) = part_spans.get(part) else {
                        continue 'start;
                    };
                    let Some(&(f, l)) = spans.get(spans.partition_point(|&(f, _)| f <= last))
                    else {
                        continue 'start;
                    };
                    let near = f - last - 1 <= GAP
                        && prepared.sentence[f] == prepared.sentence[last]
                        && !tokens[last + 1..f]
                            .iter()
                            .any(|t| t.kind == TokenKind::Break || self.is_negator(&t.norm));
                    if !near {
                        continue 'start;
                    }
                    last = l;
                }
                hits.push(Hit {
                    category: phrase.category,
                    entry: phrase_id,
                    first,
                    last,
                });
            }
        }
        hits.sort_by_key(|h| (h.first, h.last, h.category));
        hits.dedup();
        hits
    }

    /// Build the matching stream: ` t1 t2 | t3 ` with the byte start of each token.
    /// Words and numbers are written; breaks become `|`; symbols are left out.
    fn stream(&self, tokens: &[Token], stream: Stream) -> (String, Vec<usize>) {
        let mut haystack = String::with_capacity(tokens.len() * 8);
        // starts[i] = byte offset in haystack where token i starts (for left-out tokens, the
        // position of the next written token, so spans stay monotone).
        let mut starts = Vec::with_capacity(tokens.len());
        let mut cache = None;
        haystack.push(' ');
        for token in tokens {
            starts.push(haystack.len());
            match token.kind {
                TokenKind::Word | TokenKind::Number => {
                    match stream {
                        Stream::Stems if token.kind == TokenKind::Word => {
                            let cache = cache.get_or_insert_with(|| {
                                self.stem_cache.lock().unwrap_or_else(|e| e.into_inner())
                            });
                            match cache.get(token.norm.as_str()) {
                                Some(stem) => haystack.push_str(stem),
                                None => {
                                    let stem = stem_of(self.stemmer.as_ref(), &token.norm);
                                    haystack.push_str(&stem);
                                    if cache.len() >= STEM_CACHE_LIMIT {
                                        cache.clear();
                                    }
                                    cache.insert(token.norm.clone(), stem.into_boxed_str());
                                }
                            }
                        }
                        _ => haystack.push_str(&token.norm),
                    }
                    haystack.push(' ');
                }
                TokenKind::Break => haystack.push_str("| "),
                TokenKind::Symbol => {}
            }
        }
        (haystack, starts)
    }

    /// Whether a negator stands within the negation window before token `first`,
    /// in the same clause.
    pub fn negated(&self, prepared: &Prepared, first: usize) -> Option<usize> {
        let mut words = 0;
        let mut i = first;
        while i > 0 && words < self.file.negation_window {
            i -= 1;
            let token = &prepared.tokens[i];
            match token.kind {
                TokenKind::Break => return None,
                TokenKind::Word | TokenKind::Number => {
                    if self.is_negator(&token.norm) {
                        return Some(i);
                    }
                    if self.negation_stops.contains(token.norm.as_str()) {
                        return None;
                    }
                    words += 1;
                }
                TokenKind::Symbol => {}
            }
        }
        None
    }

    /// Whether a folded word is a negator.
    pub fn is_negator(&self, norm: &str) -> bool {
        self.negators.contains(norm)
            || self
                .negator_suffixes
                .iter()
                .any(|s| norm.ends_with(s.as_str()))
    }

    /// Whether a folded short word is shouting when written in capitals.
    pub fn is_emphasis(&self, norm: &str) -> bool {
        self.emphasis.contains(norm)
    }

    /// Whether a folded word is a known acronym or brand name.
    pub fn is_acronym(&self, norm: &str) -> bool {
        self.acronyms.contains(norm)
    }
}

fn stem_of(stemmer: Option<&Stemmer>, norm: &str) -> String {
    match stemmer {
        // Words with an apostrophe or very short words are kept as they are.
        Some(s) if norm.chars().count() > 3 && !norm.contains('\'') => s.stem(norm).into_owned(),
        _ => norm.to_owned(),
    }
}

/// Turn one part of an entry into a pattern for one stream.
fn compile_part(
    part: &str,
    exact: bool,
    split: bool,
    stemmer: Option<&Stemmer>,
) -> Result<(Stream, String), String> {
    let part = part.trim();
    if part.is_empty() {
        return Err("empty phrase".into());
    }
    let prefix = part.ends_with('*');
    let body = part.trim_end_matches('*');
    if body.contains('*') {
        return Err("`*` may only end a phrase or a part before ` ... `".into());
    }
    let tokens: Vec<Token> = tokenize(body, split)
        .into_iter()
        .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
        .collect();
    if tokens.is_empty() {
        return Err("no words in phrase".into());
    }
    let stream = if exact || prefix {
        Stream::Norms
    } else {
        Stream::Stems
    };
    let mut pattern = String::from(" ");
    for (i, token) in tokens.iter().enumerate() {
        if i > 0 {
            pattern.push(' ');
        }
        match stream {
            Stream::Stems if token.kind == TokenKind::Word => {
                pattern.push_str(&stem_of(stemmer, &token.norm))
            }
            _ => pattern.push_str(&token.norm),
        }
    }
    if !prefix {
        pattern.push(' ');
    }
    Ok((stream, pattern))
}
