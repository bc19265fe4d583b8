//! Canned replies: a generic stock apology, or a near-copy of an earlier reply or of a
//! template the scenario lists (R8).

use super::text::fold;
use super::{Evidence, Judgement, ReplyAnalysis};

/// Similarity (normalised Levenshtein on folded text) from which two replies are copies.
pub const COPY_SIMILARITY: f64 = 0.8;

/// Why a reply is canned.
#[derive(Debug, Clone, PartialEq)]
pub enum CannedReason {
    /// It is a generic stock apology with nothing personal in it.
    Stock,
    /// It nearly copies an earlier reply or a template.
    Copy {
        /// The text it copies.
        similar_to: String,
        /// Similarity in [0, 1].
        similarity: f64,
    },
}

fn folded_words(text: &str) -> String {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Decide whether `reply` (already analysed as `analysis`) is canned, given the trainee's
/// earlier replies and the scenario's templates (already localised).
pub fn check<'a>(
    reply: &str,
    analysis: &ReplyAnalysis,
    earlier: impl IntoIterator<Item = &'a str>,
    templates: impl IntoIterator<Item = &'a str>,
) -> Option<CannedReason> {
    let folded = folded_words(reply);
    if folded.is_empty() {
        return None;
    }
    let mut best: Option<(f64, &str)> = None;
    for other in earlier.into_iter().chain(templates) {
        let similarity = strsim::normalized_levenshtein(&folded, &folded_words(other));
        if similarity >= COPY_SIMILARITY && best.is_none_or(|(b, _)| similarity > b) {
            best = Some((similarity, other));
        }
    }
    if let Some((similarity, other)) = best {
        return Some(CannedReason::Copy {
            similar_to: other.to_owned(),
            similarity,
        });
    }
    // A stock apology is canned unless the reply also owns the problem or gives specifics.
    if analysis.stock_apology && !analysis.specifics && !analysis.responsibility {
        return Some(CannedReason::Stock);
    }
    None
}

/// Evidence for a canned verdict: the whole reply, with the reason.
pub fn evidence(reply: &str, reason: &CannedReason) -> Evidence {
    let why = match reason {
        CannedReason::Stock => "rule:stock-apology".to_owned(),
        CannedReason::Copy {
            similar_to,
            similarity,
        } => {
            format!("rule:copy:{:.0}%:{similar_to}", similarity * 100.0)
        }
    };
    Evidence {
        skill: Judgement::Canned,
        start: 0,
        end: reply.chars().count(),
        text: reply.to_owned(),
        why,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain() -> ReplyAnalysis {
        ReplyAnalysis {
            calm: 1.0,
            hostile: false,
            blame: false,
            responsibility: false,
            empathy: true,
            thanks: false,
            specifics: false,
            commitment: false,
            stock_apology: false,
            evidence: vec![],
        }
    }

    #[test]
    fn near_copy_of_earlier_reply_is_canned() {
        let earlier = ["We are sorry, Maria, we will fix this today."];
        let reason = check(
            "We are sorry Maria, we will fix this today!",
            &plain(),
            earlier,
            [],
        );
        assert!(matches!(reason, Some(CannedReason::Copy { similarity, .. }) if similarity > 0.95));
    }

    #[test]
    fn different_reply_is_not_canned() {
        let earlier = ["We are sorry, Maria, we will fix this today."];
        assert_eq!(
            check(
                "Your parcel arrives Thursday before noon.",
                &plain(),
                earlier,
                []
            ),
            None
        );
    }

    #[test]
    fn stock_apology_without_substance_is_canned() {
        let mut analysis = plain();
        analysis.stock_apology = true;
        assert_eq!(
            check("We apologise for any inconvenience.", &analysis, [], []),
            Some(CannedReason::Stock)
        );
        analysis.specifics = true;
        assert_eq!(
            check(
                "We apologise for any inconvenience, it ships Friday.",
                &analysis,
                [],
                []
            ),
            None
        );
    }
}
