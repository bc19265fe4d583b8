//! The command line: validate, run, replay and analyze, including bad input.

use serde_json::Value;

use crate::common::{program, root, temp_dir};

#[test]
fn validate_is_clean_on_the_project_and_fails_on_a_broken_file() {
    let ok = program(&["validate"], None);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let dir = temp_dir("cli-validate");
    let broken = dir.join("late-parcel.ron");
    let source = std::fs::read_to_string(root().join("scenarios/late-parcel.ron")).expect("read");
    std::fs::write(&broken, &source[..source.len() / 3]).expect("write");
    let out = program(&["validate", broken.to_str().expect("utf-8 path")], None);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr.lines().next().expect("a diagnostic");
    let rest = line
        .strip_prefix(&format!("{}:", broken.display()))
        .expect("starts with the path");
    let mut parts = rest.splitn(3, ':');
    assert!(
        parts.next().expect("line").parse::<usize>().is_ok()
            && parts.next().expect("col").parse::<usize>().is_ok(),
        "{line}"
    );
}

#[test]
fn run_prints_the_json_contract_in_greek() {
    let out = program(
        &[
            "run",
            "--scenario",
            "late-parcel",
            "--lang",
            "el",
            "--script",
            "tests/data/scripts/late-parcel/el/blame.ron",
            "--json",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("one JSON object");
    let overall = v["overall"].as_u64().expect("overall");
    assert!(overall <= 100);
    for skill in [
        "calm",
        "responsibility",
        "transparency",
        "responsiveness",
        "empathy",
        "specifics",
        "closure",
        "personal",
    ] {
        assert!(
            v["skills"][skill].as_u64().is_some_and(|s| s <= 100),
            "skill {skill}"
        );
    }
    let findings = v["findings"].as_array().expect("findings");
    assert!(
        findings
            .iter()
            .all(|f| f["rule"].is_string() && f["at"].is_number() && f["evidence"].is_string())
    );
    assert!(
        findings
            .iter()
            .all(|f| f["kind"] == "strength" || f["kind"] == "improvement")
    );
    assert!(
        findings
            .iter()
            .any(|f| f["rule"] == "R4" && f["kind"] == "improvement")
    );
}

#[test]
fn run_with_a_journal_then_replay_gives_the_same_debrief() {
    let dir = temp_dir("cli-replay");
    let journal = dir.join("run.jsonl");
    let script = "tests/data/scripts/late-parcel/es/good.ron";
    let first = program(
        &[
            "run",
            "--scenario",
            "late-parcel",
            "--lang",
            "es",
            "--script",
            script,
            "--seed",
            "9",
            "--json",
            "--journal",
            journal.to_str().expect("path"),
        ],
        None,
    );
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let again = program(&["replay", journal.to_str().expect("path"), "--json"], None);
    assert!(
        again.status.success(),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
    assert_eq!(first.stdout, again.stdout);
}

#[test]
fn run_prints_a_readable_debrief_in_italian() {
    let out = program(
        &[
            "run",
            "--scenario",
            "late-parcel",
            "--lang",
            "it",
            "--script",
            "tests/data/scripts/late-parcel/it/delete.ron",
        ],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert!(text.contains("R1"), "{text}");
}

#[test]
fn analyze_follows_the_json_contract() {
    let input = "Ci scusiamo, è colpa nostra: il pacco arriva giovedì entro le 12:00. Grazie!\n";
    let out = program(
        &["analyze", "--lang", "it", "--json"],
        Some(input.as_bytes()),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON line");
    assert!(v["calm"].as_f64().is_some_and(|c| (0.0..=1.0).contains(&c)));
    for key in [
        "hostile",
        "blame",
        "responsibility",
        "empathy",
        "thanks",
        "specifics",
    ] {
        assert!(v[key].is_boolean(), "{key}");
    }
    assert_eq!(
        (
            v["empathy"].as_bool(),
            v["responsibility"].as_bool(),
            v["thanks"].as_bool(),
            v["specifics"].as_bool()
        ),
        (Some(true), Some(true), Some(true), Some(true))
    );
    for e in v["evidence"].as_array().expect("evidence") {
        let (start, end) = (
            e["start"].as_u64().expect("start") as usize,
            e["end"].as_u64().expect("end") as usize,
        );
        let text: String = input
            .trim_end()
            .chars()
            .skip(start)
            .take(end - start)
            .collect();
        assert_eq!(Some(text.as_str()), e["text"].as_str());
        assert!(e["skill"].is_string() && e["why"].is_string());
    }
}

#[test]
fn analyze_survives_bad_input() {
    let mut input = b"fine, thank you\n\n".to_vec();
    input.extend_from_slice(&[0xff, 0xfe, b'a', b'\n']);
    let big = "SORRY but WE are not to blame!!! ".repeat(32 * 1024);
    input.extend_from_slice(big.as_bytes());
    input.push(b'\n');
    let started = std::time::Instant::now();
    let out = program(&["analyze", "--lang", "en", "--json"], Some(&input));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::from_slice(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["thanks"], true);
    assert_eq!(lines[1]["error"], "empty reply");
    assert!(
        lines[2]["error"]
            .as_str()
            .is_some_and(|e| e.contains("UTF-8"))
    );
    assert_eq!(lines[3]["hostile"], true);
    assert!(
        started.elapsed().as_secs() < 60,
        "a 1 MB line took {:?}",
        started.elapsed()
    );
}
