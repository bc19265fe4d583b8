//! Every scenario and locale validates; broken files are reported with path:line:col.

use std::path::Path;

use crisis_drill::engine::library::{Library, load_scenario};
use crisis_drill::engine::locale::REFERENCE_LANGUAGE;

use crate::common::{LANGUAGES, library, root, temp_dir};

#[test]
fn all_data_validates_and_every_language_is_complete() {
    let library = library();
    assert!(library.scenarios.contains_key("late-parcel"));
    for lang in LANGUAGES {
        assert!(
            library.analysers.contains_key(lang),
            "no analyser for {lang}"
        );
        let language = library.catalog.language(lang).expect("language loaded");
        let reference = library
            .catalog
            .language(REFERENCE_LANGUAGE)
            .expect("English loaded");
        for (file, keys) in &reference.keys {
            let theirs = language
                .keys
                .get(file)
                .unwrap_or_else(|| panic!("{lang} lacks {}", file.display()));
            let missing: Vec<_> = keys.difference(theirs).collect();
            assert!(
                missing.is_empty(),
                "{lang}/{} lacks {missing:?}",
                file.display()
            );
        }
    }
}

fn copy_data(to: &Path) {
    for dir in ["scenarios", "locales"] {
        copy_tree(&root().join(dir), &to.join(dir));
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("mkdir");
    for entry in std::fs::read_dir(from).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            copy_tree(&path, &to.join(entry.file_name()));
        } else {
            std::fs::copy(&path, to.join(entry.file_name())).expect("copy");
        }
    }
}

#[test]
fn a_scenario_cut_in_half_is_reported_with_its_position() {
    let dir = temp_dir("cut-in-half");
    copy_data(&dir);
    let path = dir.join("scenarios/late-parcel.ron");
    let source = std::fs::read_to_string(&path).expect("read");
    let half: String = source.chars().take(source.chars().count() / 2).collect();
    std::fs::write(&path, &half).expect("write");
    let problems = load_scenario(&path, &library().catalog).expect_err("a broken file is rejected");
    let shown = problems[0].to_string();
    assert!(
        shown.starts_with(&format!("{}:", path.display())),
        "{shown}"
    );
    assert!(problems[0].line > 1 && problems[0].col >= 1, "{shown}");
}

#[test]
fn a_misspelled_id_is_reported_at_its_line_and_column() {
    let dir = temp_dir("misspelled");
    copy_data(&dir);
    let path = dir.join("scenarios/late-parcel.ron");
    let source = std::fs::read_to_string(&path).expect("read");
    let broken = source.replacen(
        "parent: Some(\"complaint\")",
        "parent: Some(\"complaitn\")",
        1,
    );
    std::fs::write(&path, &broken).expect("write");
    let problems =
        load_scenario(&path, &library().catalog).expect_err("a misspelled id is rejected");
    let problem = problems
        .iter()
        .find(|p| p.message.contains("complaitn"))
        .expect("named");
    let offset = broken.find("\"complaitn\"").expect("present");
    let (line, col) = crisis_drill::engine::diagnostic::line_col(&broken, offset);
    assert_eq!((problem.line, problem.col), (line, col), "{problem}");
}

#[test]
fn a_missing_translation_and_a_broken_word_list_are_reported() {
    let dir = temp_dir("missing-key");
    copy_data(&dir);
    let ftl = dir.join("locales/el/scenarios/late-parcel.ftl");
    let source = std::fs::read_to_string(&ftl).expect("read");
    let without: String = source
        .lines()
        .filter(|l| !l.starts_with("late-parcel-complaint"))
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&ftl, without).expect("write");
    let lexicon = dir.join("locales/es/analysis.ron");
    let source = std::fs::read_to_string(&lexicon).expect("read");
    std::fs::write(&lexicon, source.replacen("negators", "negatorz", 1)).expect("write");
    let (_, problems) = Library::load(&dir);
    let shown: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        shown
            .iter()
            .any(|p| p.contains("late-parcel-complaint") && p.contains("el")),
        "{shown:#?}"
    );
    assert!(
        shown
            .iter()
            .any(|p| p.contains("analysis.ron:") && p.contains("negatorz")),
        "{shown:#?}"
    );
}
