//! Shared helpers.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use crisis_drill::engine::action::Script;
use crisis_drill::engine::debrief::Debrief;
use crisis_drill::engine::library::{Library, parse_ron};
use crisis_drill::engine::transcript;

/// The four first-class languages.
pub const LANGUAGES: [&str; 4] = ["en", "it", "el", "es"];

/// The project root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The project's data, loaded once; panics with every diagnostic if anything is broken.
pub fn library() -> &'static Library {
    static LIBRARY: OnceLock<Library> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        let (library, problems) = Library::load(&root());
        let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "data problems:\n{}", listed.join("\n"));
        library
    })
}

/// A script from `tests/data/scripts/<scenario>/<lang>/<name>.ron`.
pub fn script(scenario: &str, lang: &str, name: &str) -> Script {
    let path = root()
        .join("tests/data/scripts")
        .join(scenario)
        .join(lang)
        .join(format!("{name}.ron"));
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    parse_ron(&path, &source).unwrap_or_else(|p| panic!("{}", p[0]))
}

/// Play a script headless and return the debrief.
pub fn play(scenario: &str, lang: &str, script: &Script, seed: u64) -> Debrief {
    let (mut drill, _) =
        crisis_drill::cli::new_drill(library(), scenario, lang, seed).expect("drill starts");
    transcript::play(&mut drill, script);
    Debrief::of(&drill)
}

/// Run the program with arguments (and optional standard input).
pub fn program(args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_crisis-drill"))
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the program starts");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.unwrap_or_default().to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let output = child.wait_with_output().expect("the program ends");
    writer.join().expect("stdin written");
    output
}

/// A fresh temporary folder under the target directory.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}
