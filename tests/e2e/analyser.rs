//! The analyser on the labelled development set: F1 ≥ 0.85 for every judgement in every
//! language (the table is printed; `docs/analyser.md` keeps the latest figures).

use crisis_drill::engine::analysis::evaluate::{self, DIMENSIONS, LabelledReply};

use crate::common::{LANGUAGES, library, root};

/// The floor every judgement must reach.
const MIN_F1: f64 = 0.85;

/// The labelled rows of `tests/data/replies/<set>/<lang>.tsv` (`set` empty for the
/// development set).
fn rows(set: &str, lang: &str) -> Vec<LabelledReply> {
    let path = root()
        .join("tests/data/replies")
        .join(set)
        .join(format!("{lang}.tsv"));
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    evaluate::parse_tsv(&source).unwrap_or_else(|e| panic!("{}:{e}", path.display()))
}

/// Evaluate the sets in every language; print the tables and return judgements below `floor`.
fn below(sets: &[&str], floor: f64) -> Vec<String> {
    let mut report = String::new();
    let mut failures = Vec::new();
    for set in sets {
        for lang in LANGUAGES {
            let rows = rows(set, lang);
            assert!(rows.len() >= 50, "{set}/{lang}: only {} rows", rows.len());
            let evaluation = evaluate::evaluate(&library().analysers[lang], &rows);
            report.push_str(&format!("{set}\n{}", evaluate::table(lang, &evaluation)));
            for name in DIMENSIONS {
                let f1 = evaluation.metrics[name].f1();
                if f1 < floor {
                    failures.push(format!("{set} {lang} {name}: F1 {f1:.2}"));
                }
            }
        }
    }
    println!("{report}");
    failures
}

#[test]
fn development_set_f1_is_at_least_the_floor() {
    assert!(
        LANGUAGES.iter().all(|lang| rows("", lang).len() >= 100),
        "at least 100 rows per language"
    );
    let failures = below(&[""], MIN_F1);
    assert!(failures.is_empty(), "below F1 {MIN_F1}: {failures:?}");
}

/// Independent held-out sets (written by other people; see docs/analyser.md for which were
/// later tuned on): a floor guards against a change that wrecks generalisation.
#[test]
fn held_out_sets_stay_above_a_regression_floor() {
    const FLOOR: f64 = 0.6;
    let failures = below(&["holdout", "holdout-c", "holdout-d", "holdout-e"], FLOOR);
    assert!(
        failures.is_empty(),
        "held-out F1 below {FLOOR}: {failures:?}"
    );
}

#[test]
fn every_positive_judgement_carries_evidence_inside_the_reply() {
    for lang in LANGUAGES {
        let rows = rows("", lang);
        let analyser = &library().analysers[lang];
        for row in rows {
            let a = analyser.analyse(&row.text);
            let chars = row.text.chars().count();
            for (d, name) in DIMENSIONS.iter().enumerate() {
                if evaluate::predicted(&a, d) {
                    let evidence: Vec<_> = a
                        .evidence
                        .iter()
                        .filter(|e| e.skill.name() == *name)
                        .collect();
                    assert!(!evidence.is_empty(), "{}: {name} without evidence", row.id);
                    for e in evidence {
                        assert!(
                            e.start < e.end && e.end <= chars,
                            "{}: bad span {e:?}",
                            row.id
                        );
                        let text: String = row
                            .text
                            .chars()
                            .skip(e.start)
                            .take(e.end - e.start)
                            .collect();
                        assert_eq!(text, e.text, "{}: span and text disagree", row.id);
                    }
                }
            }
        }
    }
}

#[test]
fn greek_in_capitals_without_accents_reads_like_greek_with_accents() {
    let el = &library().analysers["el"];
    let shouted = el.analyse("ΔΕΝ ΦΤΑΙΜΕ ΕΜΕΙΣ, ΦΤΑΙΕΙ Η ΕΤΑΙΡΕΙΑ ΚΟΥΡΙΕΡ");
    let plain = el.analyse("δεν φταίμε εμείς, φταίει η εταιρεία κούριερ");
    assert!(shouted.hostile && shouted.blame, "{shouted:#?}");
    assert!(!plain.hostile && plain.blame, "{plain:#?}");
}
