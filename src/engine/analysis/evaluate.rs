//! Measuring the analyser on a labelled set (`tests/data/replies/<lang>.tsv`): precision,
//! recall and F1 per judgement.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::{Analyser, ReplyAnalysis};

/// The six judgements of the contract, in column order.
pub const DIMENSIONS: [&str; 6] = [
    "hostile",
    "blame",
    "responsibility",
    "empathy",
    "thanks",
    "specifics",
];

/// One labelled reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledReply {
    /// Row id.
    pub id: String,
    /// The reply.
    pub text: String,
    /// Gold labels in [`DIMENSIONS`] order.
    pub labels: [bool; 6],
}

/// Parse a TSV with header `id text hostile blame responsibility empathy thanks specifics`.
pub fn parse_tsv(source: &str) -> Result<Vec<LabelledReply>, String> {
    let mut lines = source.lines().enumerate();
    let header = lines.next().map(|(_, h)| h).unwrap_or_default();
    let expected = format!("id\ttext\t{}", DIMENSIONS.join("\t"));
    if header.trim_end() != expected {
        return Err(format!("1:1: header must be `{expected}`"));
    }
    let mut rows = Vec::new();
    for (n, line) in lines {
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() != 8 {
            return Err(format!(
                "{}:1: expected 8 tab-separated fields, found {}",
                n + 1,
                fields.len()
            ));
        }
        let mut labels = [false; 6];
        for (i, field) in fields[2..].iter().enumerate() {
            labels[i] = match field.trim() {
                "1" => true,
                "0" => false,
                other => return Err(format!("{}: label `{other}` is not 0 or 1", n + 1)),
            };
        }
        rows.push(LabelledReply {
            id: fields[0].to_owned(),
            text: fields[1].to_owned(),
            labels,
        });
    }
    Ok(rows)
}

/// The prediction of one dimension.
pub fn predicted(analysis: &ReplyAnalysis, dimension: usize) -> bool {
    match dimension {
        0 => analysis.hostile,
        1 => analysis.blame,
        2 => analysis.responsibility,
        3 => analysis.empathy,
        4 => analysis.thanks,
        _ => analysis.specifics,
    }
}

/// Counts and scores for one dimension.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Metrics {
    /// True positives.
    pub tp: u32,
    /// False positives.
    pub fp: u32,
    /// False negatives.
    pub fn_: u32,
    /// True negatives.
    pub tn: u32,
}

impl Metrics {
    /// Precision (1 when nothing was predicted positive and nothing should have been).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// F1.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: u32, b: u32) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Evaluation of a set: metrics per dimension and the misclassified rows.
#[derive(Debug, Clone, Default)]
pub struct Evaluation {
    /// Dimension name → metrics.
    pub metrics: BTreeMap<&'static str, Metrics>,
    /// (row id, dimension, gold, predicted, text).
    pub errors: Vec<(String, &'static str, bool, bool, String)>,
}

/// Run the analyser over a labelled set.
pub fn evaluate(analyser: &Analyser, rows: &[LabelledReply]) -> Evaluation {
    let mut evaluation = Evaluation::default();
    for row in rows {
        let analysis = analyser.analyse(&row.text);
        for (d, name) in DIMENSIONS.iter().enumerate() {
            let gold = row.labels[d];
            let guess = predicted(&analysis, d);
            let m = evaluation.metrics.entry(name).or_default();
            match (gold, guess) {
                (true, true) => m.tp += 1,
                (false, true) => m.fp += 1,
                (true, false) => m.fn_ += 1,
                (false, false) => m.tn += 1,
            }
            if gold != guess {
                evaluation
                    .errors
                    .push((row.id.clone(), name, gold, guess, row.text.clone()));
            }
        }
    }
    evaluation
}

/// A Markdown table: dimension, precision, recall, F1, support.
pub fn table(lang: &str, evaluation: &Evaluation) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "| lang | dimension | precision | recall | F1 | positives |"
    );
    let _ = writeln!(out, "|---|---|---|---|---|---|");
    for name in DIMENSIONS {
        let m = evaluation.metrics.get(name).copied().unwrap_or_default();
        let _ = writeln!(
            out,
            "| {lang} | {name} | {:.2} | {:.2} | {:.2} | {} |",
            m.precision(),
            m.recall(),
            m.f1(),
            m.tp + m.fn_
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_compute_f1() {
        let m = Metrics {
            tp: 8,
            fp: 2,
            fn_: 2,
            tn: 88,
        };
        assert!((m.precision() - 0.8).abs() < 1e-9);
        assert!((m.f1() - 0.8).abs() < 1e-9);
    }

    #[test]
    fn tsv_rejects_bad_rows() {
        let header = format!("id\ttext\t{}\n", DIMENSIONS.join("\t"));
        assert!(parse_tsv(&format!("{header}a\thi\t1\t0\t0\t0\t0\t0\n")).is_ok());
        assert!(parse_tsv(&format!("{header}a\thi\t1\t0\n")).is_err());
        assert!(parse_tsv(&format!("{header}a\thi\t1\t0\t0\t0\t0\t2\n")).is_err());
        assert!(parse_tsv("bad header\n").is_err());
    }
}
