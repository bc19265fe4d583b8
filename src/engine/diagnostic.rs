//! Errors a person can act on: `path:line:col: message`.

use std::fmt;
use std::path::{Path, PathBuf};

/// A problem in a data file, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub col: usize,
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.col,
            self.message
        )
    }
}

impl std::error::Error for Diagnostic {}

impl Diagnostic {
    /// A diagnostic at a byte offset of `source`.
    pub fn at_byte(
        path: &Path,
        source: &str,
        byte: usize,
        message: impl Into<String>,
    ) -> Diagnostic {
        let (line, col) = line_col(source, byte);
        Diagnostic {
            path: path.to_owned(),
            line,
            col,
            message: message.into(),
        }
    }

    /// A diagnostic about a whole file (line 1, column 1).
    pub fn file(path: &Path, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            path: path.to_owned(),
            line: 1,
            col: 1,
            message: message.into(),
        }
    }

    /// A diagnostic at the first place `needle` is written as a quoted string at or after
    /// byte `from` (falling back to the start of the file).
    pub fn at_value(
        path: &Path,
        source: &str,
        from: usize,
        needle: &str,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::at_byte(
            path,
            source,
            find_quoted(source, from, needle).unwrap_or(from),
            message,
        )
    }
}

/// 1-based line and character column of a byte offset.
pub fn line_col(source: &str, byte: usize) -> (usize, usize) {
    let mut byte = byte.min(source.len());
    while !source.is_char_boundary(byte) {
        byte -= 1;
    }
    let before = &source[..byte];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, source[line_start..byte].chars().count() + 1)
}

/// Byte offset of `"needle"` at or after `from`, pointing at the opening quote.
pub fn find_quoted(source: &str, from: usize, needle: &str) -> Option<usize> {
    let quoted = format!("\"{needle}\"");
    let from = from.min(source.len());
    source
        .get(from..)
        .and_then(|rest| rest.find(&quoted))
        .map(|i| from + i)
        .or_else(|| source.find(&quoted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let source = "a\nλέξη \"x\"";
        assert_eq!(line_col(source, source.find('"').unwrap()), (2, 6));
    }

    #[test]
    fn display_is_path_line_col() {
        let d = Diagnostic::at_value(
            Path::new("s.ron"),
            "(\n id: \"oops\")",
            0,
            "oops",
            "unknown id",
        );
        assert_eq!(d.to_string(), "s.ron:2:6: unknown id");
    }
}
