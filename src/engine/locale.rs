//! Fluent catalogs: every word a person reads, in every language.
//!
//! Each language is a folder `locales/<lang>/` with `ui.ftl`, one `scenarios/<id>.ftl` per
//! scenario, and `analysis.ron` (the analyser's word lists).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use super::diagnostic::Diagnostic;

/// The language everything falls back to and every other language is checked against.
pub const REFERENCE_LANGUAGE: &str = "en";

/// One language's messages.
pub struct Language {
    /// Language code (`el`).
    pub code: String,
    bundle: FluentBundle<FluentResource>,
    /// Message ids per file, relative to the language folder (`ui.ftl`).
    pub keys: BTreeMap<PathBuf, BTreeSet<String>>,
}

impl std::fmt::Debug for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Language")
            .field("code", &self.code)
            .field("keys", &self.keys)
            .finish()
    }
}

/// All languages.
#[derive(Debug, Default)]
pub struct Catalog {
    languages: BTreeMap<String, Language>,
}

/// Arguments for a message: name → text or number.
pub type Args<'a> = Vec<(&'a str, FluentValue<'a>)>;

impl Catalog {
    /// Load every language folder under `locales_dir`. Problems are returned alongside
    /// whatever could be loaded.
    pub fn load(locales_dir: &Path) -> (Catalog, Vec<Diagnostic>) {
        let mut catalog = Catalog::default();
        let mut problems = Vec::new();
        let Ok(entries) = std::fs::read_dir(locales_dir) else {
            problems.push(Diagnostic::file(
                locales_dir,
                "cannot read the locales folder",
            ));
            return (catalog, problems);
        };
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for dir in dirs {
            let code = dir
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            match Language::load(&code, &dir) {
                Ok((language, mut p)) => {
                    problems.append(&mut p);
                    catalog.languages.insert(code, language);
                }
                Err(mut p) => problems.append(&mut p),
            }
        }
        (catalog, problems)
    }

    /// Language codes, sorted.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.languages.keys().map(String::as_str)
    }

    /// One language.
    pub fn language(&self, code: &str) -> Option<&Language> {
        self.languages.get(code)
    }

    /// Format a message in `lang`, falling back to English, then to the key itself.
    pub fn text(&self, lang: &str, key: &str, args: &[(&str, FluentValue)]) -> String {
        for code in [lang, REFERENCE_LANGUAGE] {
            if let Some(text) = self.languages.get(code).and_then(|l| l.format(key, args)) {
                return text;
            }
        }
        key.to_owned()
    }

    /// Whether `lang` has `key`.
    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.languages
            .get(lang)
            .is_some_and(|l| l.bundle.has_message(key))
    }

    /// Every key the reference language has that another language lacks, per file.
    pub fn missing_keys(&self, locales_dir: &Path) -> Vec<Diagnostic> {
        let mut problems = Vec::new();
        let Some(reference) = self.languages.get(REFERENCE_LANGUAGE) else {
            problems.push(Diagnostic::file(
                locales_dir,
                "there is no reference language folder `en`",
            ));
            return problems;
        };
        for (code, language) in &self.languages {
            if code == REFERENCE_LANGUAGE {
                continue;
            }
            for (file, keys) in &reference.keys {
                let path = locales_dir.join(code).join(file);
                let Some(theirs) = language.keys.get(file) else {
                    problems.push(Diagnostic::file(
                        &path,
                        format!("missing file (the `en` folder has {})", file.display()),
                    ));
                    continue;
                };
                let missing: Vec<&str> = keys.difference(theirs).map(String::as_str).collect();
                if !missing.is_empty() {
                    problems.push(Diagnostic::file(
                        &path,
                        format!("missing messages: {}", missing.join(", ")),
                    ));
                }
            }
        }
        problems
    }
}

impl Language {
    fn load(code: &str, dir: &Path) -> Result<(Language, Vec<Diagnostic>), Vec<Diagnostic>> {
        let langid: LanguageIdentifier = code.parse().map_err(|_| {
            vec![Diagnostic::file(
                dir,
                format!("`{code}` is not a language code"),
            )]
        })?;
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        bundle.set_use_isolating(false);
        let mut problems = Vec::new();
        let mut keys = BTreeMap::new();
        let mut files = vec![dir.join("ui.ftl")];
        if let Ok(entries) = std::fs::read_dir(dir.join("scenarios")) {
            let mut scenario_files: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                .collect();
            scenario_files.sort();
            files.extend(scenario_files);
        }
        for path in files {
            let source = match std::fs::read_to_string(&path) {
                Ok(s) => s,
                Err(e) => {
                    problems.push(Diagnostic::file(&path, format!("cannot read: {e}")));
                    continue;
                }
            };
            let resource = match FluentResource::try_new(source.clone()) {
                Ok(r) => r,
                Err((r, errors)) => {
                    for e in errors {
                        problems.push(Diagnostic::at_byte(
                            &path,
                            &source,
                            e.pos.start,
                            format!("Fluent syntax: {}", e.kind),
                        ));
                    }
                    r
                }
            };
            let mut ids = BTreeSet::new();
            for entry in resource.entries() {
                if let ast::Entry::Message(m) = entry {
                    if m.value.is_none() {
                        continue;
                    }
                    if !ids.insert(m.id.name.to_owned()) || bundle.has_message(m.id.name) {
                        let at = source.find(&format!("{} =", m.id.name)).unwrap_or(0);
                        problems.push(Diagnostic::at_byte(
                            &path,
                            &source,
                            at,
                            format!("message `{}` is defined twice", m.id.name),
                        ));
                    }
                }
            }
            let relative = path.strip_prefix(dir).unwrap_or(&path).to_owned();
            keys.insert(relative, ids);
            bundle.add_resource_overriding(resource);
        }
        Ok((
            Language {
                code: code.to_owned(),
                bundle,
                keys,
            },
            problems,
        ))
    }

    /// Format a message, or `None` if it does not exist.
    pub fn format(&self, key: &str, args: &[(&str, FluentValue)]) -> Option<String> {
        let message = self.bundle.get_message(key)?;
        let pattern = message.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors);
        Some(text.into_owned())
    }
}

/// Every message key of a language, across files (for checks).
pub fn all_keys(language: &Language) -> HashMap<&str, &Path> {
    let mut out = HashMap::new();
    for (file, keys) in &language.keys {
        for k in keys {
            out.insert(k.as_str(), file.as_path());
        }
    }
    out
}
