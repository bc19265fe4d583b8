//! Loading and validating the data: scenarios (RON), translations (Fluent) and the
//! analyser's word lists, with `path:line:col` diagnostics and never a panic.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use super::analysis::Analyser;
use super::analysis::lexicon::{Lexicon, LexiconFile};
use super::diagnostic::{Diagnostic, find_quoted};
use super::locale::Catalog;
use super::scenario::{PostKind, Scenario, Trigger};

/// The rules of the trade a scenario may score.
pub const RULES: std::ops::RangeInclusive<u32> = 1..=18;

/// A scenario with where it came from.
#[derive(Debug, Clone)]
pub struct LoadedScenario {
    /// The file.
    pub path: PathBuf,
    /// SHA-256 of the file's bytes, hex.
    pub hash: String,
    /// The scenario.
    pub scenario: Arc<Scenario>,
}

/// Everything the program reads from disk.
#[derive(Debug)]
pub struct Library {
    /// The data root (holding `scenarios/` and `locales/`).
    pub root: PathBuf,
    /// Scenarios by id.
    pub scenarios: BTreeMap<String, LoadedScenario>,
    /// All translations.
    pub catalog: Catalog,
    /// One analyser per language.
    pub analysers: HashMap<String, Arc<Analyser>>,
}

impl Library {
    /// Find the data root: `CRISIS_DRILL_DATA`, the current folder, the executable's
    /// ancestors, then the folder the crate was built from.
    pub fn locate() -> PathBuf {
        let has_data = |p: &Path| p.join("scenarios").is_dir() && p.join("locales").is_dir();
        if let Some(dir) = std::env::var_os("CRISIS_DRILL_DATA") {
            return PathBuf::from(dir);
        }
        if let Ok(cwd) = std::env::current_dir()
            && has_data(&cwd)
        {
            return cwd;
        }
        if let Ok(exe) = std::env::current_exe()
            && let Some(found) = exe.ancestors().skip(1).find(|p| has_data(p))
        {
            return found.to_owned();
        }
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    /// Load everything under `root`; problems come back with whatever loaded cleanly.
    pub fn load(root: &Path) -> (Library, Vec<Diagnostic>) {
        let (catalog, mut problems) = Catalog::load(&root.join("locales"));
        problems.extend(catalog.missing_keys(&root.join("locales")));
        let mut analysers = HashMap::new();
        for code in catalog.codes().map(str::to_owned).collect::<Vec<_>>() {
            let path = root.join("locales").join(&code).join("analysis.ron");
            match load_analyser(&path) {
                Ok(a) => {
                    analysers.insert(code, Arc::new(a));
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
        let mut scenarios = BTreeMap::new();
        let dir = root.join("scenarios");
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .map(|entries| entries.filter_map(Result::ok).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == "ron"));
        files.sort();
        if files.is_empty() {
            problems.push(Diagnostic::file(&dir, "no scenario files (*.ron)"));
        }
        for path in files {
            match load_scenario(&path, &catalog) {
                Ok(loaded) => {
                    scenarios.insert(loaded.scenario.id.clone(), loaded);
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
        (
            Library {
                root: root.to_owned(),
                scenarios,
                catalog,
                analysers,
            },
            problems,
        )
    }

    /// Languages that have both translations and an analyser.
    pub fn languages(&self) -> Vec<String> {
        self.catalog
            .codes()
            .filter(|c| self.analysers.contains_key(*c))
            .map(str::to_owned)
            .collect()
    }
}

/// Parse and compile a language's `analysis.ron`.
pub fn load_analyser(path: &Path) -> Result<Analyser, Vec<Diagnostic>> {
    let source = std::fs::read_to_string(path)
        .map_err(|e| vec![Diagnostic::file(path, format!("cannot read: {e}"))])?;
    let file: LexiconFile = parse_ron(path, &source)?;
    let lexicon = Lexicon::compile(file).map_err(|errors| {
        errors
            .into_iter()
            .map(|e| {
                Diagnostic::at_value(
                    path,
                    &source,
                    0,
                    &e.entry,
                    format!("entry `{}`: {}", e.entry, e.message),
                )
            })
            .collect::<Vec<_>>()
    })?;
    Analyser::new(lexicon).map_err(|e| vec![Diagnostic::file(path, e)])
}

/// Parse RON, turning a syntax or shape error into a positioned diagnostic.
pub fn parse_ron<T: serde::de::DeserializeOwned>(
    path: &Path,
    source: &str,
) -> Result<T, Vec<Diagnostic>> {
    ron::from_str(source).map_err(|e| {
        let pos = e.span.start;
        vec![Diagnostic {
            path: path.to_owned(),
            line: pos.line.max(1),
            col: pos.col.max(1),
            message: e.code.to_string(),
        }]
    })
}

/// Load one scenario file and check it against itself and the translations.
pub fn load_scenario(path: &Path, catalog: &Catalog) -> Result<LoadedScenario, Vec<Diagnostic>> {
    let bytes = std::fs::read(path)
        .map_err(|e| vec![Diagnostic::file(path, format!("cannot read: {e}"))])?;
    let source = String::from_utf8(bytes.clone()).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&bytes[..valid]).into_owned();
        vec![Diagnostic::at_byte(
            path,
            &text,
            valid,
            "the file is not valid UTF-8",
        )]
    })?;
    let scenario: Scenario = parse_ron(path, &source)?;
    let problems = check_scenario(path, &source, &scenario, catalog);
    if !problems.is_empty() {
        return Err(problems);
    }
    let hash = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(LoadedScenario {
        path: path.to_owned(),
        hash,
        scenario: Arc::new(scenario),
    })
}

/// Semantic checks: ids, references, times, rules, reachability and message keys.
pub fn check_scenario(
    path: &Path,
    source: &str,
    s: &Scenario,
    catalog: &Catalog,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let at = |value: &str, from: usize, message: String| {
        Diagnostic::at_value(path, source, from, value, message)
    };
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if s.id != stem {
        out.push(at(
            &s.id,
            0,
            format!(
                "scenario id `{}` does not match the file name `{stem}`",
                s.id
            ),
        ));
    }
    if !(s.duration.is_finite() && s.duration > 0.0 && s.duration <= 3600.0) {
        out.push(Diagnostic::at_byte(
            path,
            source,
            source.find("duration").unwrap_or(0),
            "duration must be between 0 and 3600 seconds",
        ));
    }
    let mut people = HashSet::new();
    for p in &s.people {
        if !people.insert(p.id.as_str()) || p.id == super::drill::BRAND {
            out.push(at(
                &p.id,
                0,
                format!("person id `{}` is used twice or reserved", p.id),
            ));
        }
    }
    let mut inject_ids = HashSet::new();
    let scheduled: HashSet<&str> = s.scheduled.iter().map(|p| p.id.as_str()).collect();
    for p in &s.scheduled {
        if !(0.0..=s.duration).contains(&p.at) {
            out.push(at(
                &p.id,
                0,
                format!(
                    "scheduled post `{}` goes out at {}s, outside the drill (0–{}s)",
                    p.id, p.at, s.duration
                ),
            ));
        }
    }
    for inject in &s.injects {
        let from = find_quoted(source, 0, &inject.id).unwrap_or(0);
        if !inject_ids.insert(inject.id.as_str()) || scheduled.contains(inject.id.as_str()) {
            out.push(at(
                &inject.id,
                from,
                format!("inject id `{}` is used twice", inject.id),
            ));
        }
        if inject.post.author.is_empty() || inject.post.text.is_empty() {
            out.push(at(
                &inject.id,
                from,
                format!(
                    "inject `{}` needs at least one author and one text",
                    inject.id
                ),
            ));
        }
        for author in &inject.post.author {
            if !people.contains(author.as_str()) {
                out.push(at(
                    author,
                    from,
                    format!("unknown person `{author}` in inject `{}`", inject.id),
                ));
            }
        }
        if !(inject.jitter.is_finite() && inject.jitter >= 0.0) {
            out.push(at(&inject.id, from, "jitter must be zero or more".into()));
        }
    }
    // References, after every id is known.
    for inject in &s.injects {
        let from = find_quoted(source, 0, &inject.id).unwrap_or(0);
        if let Some(parent) = &inject.post.parent
            && !inject_ids.contains(parent.as_str())
            && !scheduled.contains(parent.as_str())
        {
            out.push(at(
                parent,
                from,
                format!("unknown post `{parent}` as parent of `{}`", inject.id),
            ));
        }
        match &inject.when {
            Trigger::At(t) if !(0.0..=s.duration).contains(t) => {
                out.push(Diagnostic::at_byte(
                    path,
                    source,
                    from,
                    format!(
                        "inject `{}` fires at {t}s, outside the drill (0–{}s)",
                        inject.id, s.duration
                    ),
                ));
            }
            Trigger::Unanswered { post, .. }
            | Trigger::Deleted { post, .. }
            | Trigger::Hidden { post, .. }
            | Trigger::Replied { post, .. }
                if !inject_ids.contains(post.as_str()) =>
            {
                out.push(at(
                    post,
                    from,
                    format!("unknown post `{post}` in the trigger of `{}`", inject.id),
                ));
            }
            Trigger::Blocked { user, .. } if !people.contains(user.as_str()) => {
                out.push(at(
                    user,
                    from,
                    format!("unknown person `{user}` in the trigger of `{}`", inject.id),
                ));
            }
            Trigger::Published { id, .. } if !scheduled.contains(id.as_str()) => {
                out.push(at(
                    id,
                    from,
                    format!(
                        "unknown scheduled post `{id}` in the trigger of `{}`",
                        inject.id
                    ),
                ));
            }
            _ => {}
        }
    }
    if out.is_empty() {
        for id in unreachable_injects(s) {
            let from = find_quoted(source, 0, id).unwrap_or(0);
            out.push(Diagnostic::at_byte(path, source, from, format!("inject `{id}` can never fire (its trigger waits on a post that never appears or never needs an answer)")));
        }
    }
    for rule in &s.rules {
        let valid = rule
            .strip_prefix('R')
            .and_then(|n| n.parse::<u32>().ok())
            .is_some_and(|n| RULES.contains(&n));
        if !valid {
            out.push(at(
                rule,
                0,
                format!("unknown rule `{rule}` (expected R1–R18)"),
            ));
        }
    }
    for lang in &s.languages {
        if catalog.language(lang).is_none() {
            out.push(at(
                lang,
                0,
                format!("language `{lang}` has no folder under locales/"),
            ));
            continue;
        }
        for key in s.message_keys() {
            if !catalog.has(lang, key) {
                out.push(at(
                    key,
                    0,
                    format!(
                        "message `{key}` is missing in locales/{lang}/scenarios/{}.ftl",
                        s.id
                    ),
                ));
            }
        }
    }
    out
}

/// Injects whose trigger can never be met.
pub fn unreachable_injects(s: &Scenario) -> Vec<&str> {
    let mut reachable: HashSet<&str> = HashSet::new();
    let kind = |id: &str| s.injects.iter().find(|i| i.id == id).map(|i| i.post.kind);
    loop {
        let before = reachable.len();
        for inject in &s.injects {
            let ok = match &inject.when {
                Trigger::At(t) => *t <= s.duration,
                Trigger::Unanswered { post, after } => {
                    reachable.contains(post.as_str())
                        && kind(post).is_some_and(PostKind::needs_answer)
                        && *after < s.duration
                }
                Trigger::Deleted { post, .. }
                | Trigger::Hidden { post, .. }
                | Trigger::Replied { post, .. } => reachable.contains(post.as_str()),
                Trigger::Blocked { .. }
                | Trigger::Published { .. }
                | Trigger::PublicCompensation { .. } => true,
            };
            let parent_ok = inject
                .post
                .parent
                .as_deref()
                .is_none_or(|p| reachable.contains(p) || s.scheduled_post(p).is_some());
            if ok && parent_ok {
                reachable.insert(&inject.id);
            }
        }
        if reachable.len() == before {
            break;
        }
    }
    s.injects
        .iter()
        .filter(|i| !reachable.contains(i.id.as_str()))
        .map(|i| i.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn late_parcel() -> (String, Scenario, Catalog) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(root.join("scenarios/late-parcel.ron")).expect("read");
        let scenario: Scenario = ron::from_str(&source).expect("parses");
        let (catalog, _) = Catalog::load(&root.join("locales"));
        (source, scenario, catalog)
    }

    #[test]
    fn the_shipped_scenario_has_no_problems() {
        let (source, scenario, catalog) = late_parcel();
        let path = Path::new("scenarios/late-parcel.ron");
        assert_eq!(check_scenario(path, &source, &scenario, &catalog), vec![]);
    }

    #[test]
    fn an_inject_waiting_on_a_remark_can_never_fire() {
        let (_, mut scenario, _) = late_parcel();
        let pile_on = scenario
            .injects
            .iter()
            .position(|i| i.id == "pile-on")
            .expect("present");
        scenario.injects[pile_on].when = Trigger::Unanswered {
            post: "supporter-praise".into(),
            after: 10.0,
        };
        assert_eq!(unreachable_injects(&scenario), vec!["pile-on"]);
    }

    #[test]
    fn times_outside_the_drill_and_unknown_rules_are_reported() {
        let (source, mut scenario, catalog) = late_parcel();
        scenario.injects[1].when = Trigger::At(999.0);
        scenario.rules.push("R19".into());
        let problems = check_scenario(Path::new("s.ron"), &source, &scenario, &catalog);
        assert!(
            problems
                .iter()
                .any(|p| p.message.contains("outside the drill")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.message.contains("R19")),
            "{problems:?}"
        );
    }

    #[test]
    fn a_missing_message_is_reported_per_language() {
        let (source, mut scenario, catalog) = late_parcel();
        scenario.summary = "late-parcel-nope".into();
        let problems = check_scenario(Path::new("s.ron"), &source, &scenario, &catalog);
        assert_eq!(
            problems
                .iter()
                .filter(|p| p.message.contains("late-parcel-nope"))
                .count(),
            4
        );
    }
}
