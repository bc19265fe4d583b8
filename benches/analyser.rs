//! Analyser throughput against vaderSentiment, and cost against reply length.
//!
//! `cargo bench --bench analyser` analyses 10,000+ English replies (the development set's
//! replies recombined), then runs vaderSentiment (Python, installed with pip if missing) over
//! the same replies in the same run, and prints medians and the throughput ratio. It then
//! times replies of 256 KiB, 512 KiB and 1 MiB to show the cost grows linearly.

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

use crisis_drill::engine::analysis::evaluate::parse_tsv;
use crisis_drill::engine::library::load_analyser;

const REPLIES: usize = 12_000;
const ROUNDS: usize = 7;

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

/// Deterministic English replies: dev-set rows, and pairs of rows joined, cycled.
fn corpus(root: &Path) -> Vec<String> {
    let source = std::fs::read_to_string(root.join("tests/data/replies/en.tsv")).expect("dev set");
    let rows: Vec<String> = parse_tsv(&source)
        .expect("parses")
        .into_iter()
        .map(|r| r.text)
        .collect();
    (0..REPLIES)
        .map(|i| {
            let a = &rows[i % rows.len()];
            if i % 3 == 0 {
                format!("{a} {}", rows[(i * 7 + 3) % rows.len()])
            } else {
                a.clone()
            }
        })
        .collect()
}

const VADER: &str = r#"
import json, sys, time, statistics
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
rounds = int(sys.argv[2])
a = SentimentIntensityAnalyzer()
times = []
for _ in range(rounds):
    t = time.perf_counter()
    for line in lines:
        a.polarity_scores(line)
    times.append(time.perf_counter() - t)
print(json.dumps({"median_s": statistics.median(times), "replies": len(lines)}))
"#;

fn vader_seconds(corpus_file: &Path, rounds: usize) -> Option<f64> {
    let have = |py: &str| {
        Command::new(py)
            .args(["-c", "import vaderSentiment"])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !have("python3") {
        eprintln!("installing vaderSentiment with pip…");
        let _ = Command::new("python3")
            .args(["-m", "pip", "install", "--quiet", "vaderSentiment"])
            .status();
    }
    let out = Command::new("python3")
        .args(["-c", VADER])
        .arg(corpus_file)
        .arg(rounds.to_string())
        .output()
        .ok()?;
    if !out.status.success() {
        eprintln!(
            "vaderSentiment failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        return None;
    }
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).ok()?;
    v["median_s"].as_f64()
}

fn main() {
    let root = std::env::var_os("CRISIS_DRILL_DATA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).to_owned(),
        std::path::PathBuf::from,
    );
    let root = root.as_path();
    let analyser =
        load_analyser(&root.join("locales/en/analysis.ron")).expect("English word lists load");
    let replies = corpus(root);
    let bytes: usize = replies.iter().map(String::len).sum();

    // Warm up, then time whole passes.
    let mut positives = 0usize;
    for r in replies.iter().take(500) {
        positives += usize::from(analyser.analyse(r).hostile);
    }
    let mut times = Vec::new();
    for _ in 0..ROUNDS {
        let t = Instant::now();
        for r in &replies {
            positives += usize::from(analyser.analyse(r).empathy);
        }
        times.push(t.elapsed().as_secs_f64());
    }
    let ours = median(times);
    println!(
        "crisis-drill analyser: {} replies ({} KiB), median {:.1} ms per pass, {:.0} replies/s",
        replies.len(),
        bytes / 1024,
        ours * 1000.0,
        replies.len() as f64 / ours
    );

    let file = std::env::temp_dir().join("crisis-drill-bench-replies.txt");
    let mut f = std::fs::File::create(&file).expect("temp file");
    f.write_all(replies.join("\n").as_bytes()).expect("write");
    drop(f);
    match vader_seconds(&file, ROUNDS) {
        Some(vader) => {
            println!(
                "vaderSentiment:        {} replies, median {:.1} ms per pass, {:.0} replies/s",
                replies.len(),
                vader * 1000.0,
                replies.len() as f64 / vader
            );
            println!(
                "throughput ratio (crisis-drill / vaderSentiment): {:.1}x",
                vader / ours
            );
        }
        None => println!("vaderSentiment unavailable: no ratio"),
    }

    // Cost against length: a long reply made of dev-set sentences.
    let unit = replies[..50].join(" ");
    for kib in [256usize, 512, 1024] {
        let mut long = String::with_capacity(kib * 1024 + unit.len());
        while long.len() < kib * 1024 {
            long.push_str(&unit);
            long.push(' ');
        }
        let mut cut = kib * 1024;
        while !long.is_char_boundary(cut) {
            cut -= 1;
        }
        long.truncate(cut);
        let mut t = Vec::new();
        for _ in 0..5 {
            let s = Instant::now();
            positives += usize::from(analyser.analyse(&long).blame);
            t.push(s.elapsed().as_secs_f64());
        }
        println!("reply of {kib:>4} KiB: median {:.1} ms", median(t) * 1000.0);
    }
    std::hint::black_box(positives);
}
