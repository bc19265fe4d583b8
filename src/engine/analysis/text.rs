//! Language-aware normalisation and tokenisation with offsets back into the original text.
//!
//! Normalisation folds case, strips accents and diacritics (so `ΔΕΝ ΦΤΑΊΜΕ` and
//! `δεν φταιμε` meet, `mañana` meets `manana`), maps final sigma to sigma and typographic
//! apostrophes to `'`. Offsets are counted in Unicode scalar values (characters).

use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};
use unicode_segmentation::UnicodeSegmentation;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits or an inner apostrophe).
    Word,
    /// Digits, possibly with separators (`12:30`, `1.200`).
    Number,
    /// Sentence or clause punctuation (`.`, `!`, `?`, `;`, `:`, `,`, dashes).
    Break,
    /// Any other symbol or emoji.
    Symbol,
}

/// One token of a reply.
#[derive(Debug, Clone)]
pub struct Token {
    /// Normalised form (lowercase, no accents).
    pub norm: String,
    /// The text as written.
    pub raw_start_byte: usize,
    /// End byte in the original text.
    pub raw_end_byte: usize,
    /// Start character offset in the original text.
    pub start: usize,
    /// End character offset in the original text (exclusive).
    pub end: usize,
    /// What kind of token.
    pub kind: TokenKind,
    /// Letters in the original token.
    pub letters: usize,
    /// Upper-case letters in the original token.
    pub upper: usize,
}

/// Fold one string: decompose, drop combining marks, lowercase, final sigma to sigma,
/// typographic apostrophes to `'`.
pub fn fold(text: &str) -> String {
    if text.is_ascii() && !text.contains('`') {
        return text.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    for c in text.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}' => out.push('\''),
            'ς' => out.push('σ'),
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            _ => {
                for l in c.to_lowercase() {
                    out.push(if l == 'ς' { 'σ' } else { l });
                }
            }
        }
    }
    out
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

fn classify(segment: &str) -> TokenKind {
    let mut letters = false;
    let mut digits = false;
    for c in segment.chars() {
        if c.is_alphabetic() {
            letters = true;
        } else if c.is_numeric() {
            digits = true;
        }
    }
    if letters {
        TokenKind::Word
    } else if digits {
        TokenKind::Number
    } else if segment.chars().all(|c| {
        matches!(
            c,
            '.' | '!' | '?' | ';' | ':' | ',' | '…' | '¡' | '¿' | '—' | '–' | '\n'
        )
    }) {
        TokenKind::Break
    } else {
        TokenKind::Symbol
    }
}

/// Split `text` into tokens. With `split_elisions`, a word with an inner apostrophe is cut
/// after it (`l'ordine` → `l'` + `ordine`), as Italian needs; English keeps `don't` whole.
pub fn tokenize(text: &str, split_elisions: bool) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    // Character offset of each byte boundary is tracked incrementally.
    let mut char_pos = 0usize;
    let mut byte_pos = 0usize;
    for (byte_start, segment) in text.split_word_bound_indices() {
        // Advance the character counter to this segment's start.
        if byte_start > byte_pos {
            char_pos += text[byte_pos..byte_start].chars().count();
        }
        let seg_chars = segment.chars().count();
        if segment.chars().all(char::is_whitespace) {
            if segment.contains('\n') {
                push(
                    &mut tokens,
                    text,
                    byte_start,
                    segment,
                    char_pos,
                    TokenKind::Break,
                );
            }
        } else {
            let kind = classify(segment);
            if kind == TokenKind::Word && split_elisions && segment.chars().any(is_apostrophe) {
                let mut part_byte = byte_start;
                let mut part_char = char_pos;
                let mut rest = segment;
                while let Some((i, c)) = rest.char_indices().find(|&(_, c)| is_apostrophe(c)) {
                    let cut = i + c.len_utf8();
                    let head = &rest[..cut];
                    push(
                        &mut tokens,
                        text,
                        part_byte,
                        head,
                        part_char,
                        TokenKind::Word,
                    );
                    part_byte += cut;
                    part_char += head.chars().count();
                    rest = &rest[cut..];
                }
                if !rest.is_empty() {
                    push(
                        &mut tokens,
                        text,
                        part_byte,
                        rest,
                        part_char,
                        classify(rest),
                    );
                }
            } else {
                push(&mut tokens, text, byte_start, segment, char_pos, kind);
            }
        }
        char_pos += seg_chars;
        byte_pos = byte_start + segment.len();
    }
    join_greek_oti(&mut tokens);
    tokens
}

/// Greek `ό,τι` ("whatever") is one word written with a comma; keep it whole so the comma
/// does not cut a phrase.
fn join_greek_oti(tokens: &mut Vec<Token>) {
    let mut i = 0;
    while i + 2 < tokens.len() {
        let (a, comma, b) = (&tokens[i], &tokens[i + 1], &tokens[i + 2]);
        let touching =
            a.raw_end_byte == comma.raw_start_byte && comma.raw_end_byte == b.raw_start_byte;
        if touching && a.norm == "ο" && comma.norm == "," && b.norm == "τι" {
            let end = tokens[i + 2].clone();
            let first = &mut tokens[i];
            first.norm = "ο,τι".into();
            first.raw_end_byte = end.raw_end_byte;
            first.end = end.end;
            first.letters += end.letters;
            first.upper += end.upper;
            tokens.drain(i + 1..=i + 2);
        }
        i += 1;
    }
}

fn push(
    tokens: &mut Vec<Token>,
    _text: &str,
    byte_start: usize,
    segment: &str,
    char_start: usize,
    kind: TokenKind,
) {
    let mut letters = 0;
    let mut upper = 0;
    for c in segment.chars() {
        if c.is_alphabetic() {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
        }
    }
    tokens.push(Token {
        norm: fold(segment),
        raw_start_byte: byte_start,
        raw_end_byte: byte_start + segment.len(),
        start: char_start,
        end: char_start + segment.chars().count(),
        kind,
        letters,
        upper,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_greek_capitals_and_accents() {
        assert_eq!(fold("ΔΕΝ ΦΤΑΊΜΕ ΕΜΕΊΣ"), "δεν φταιμε εμεισ");
        assert_eq!(fold("δεν φταίμε εμείς"), "δεν φταιμε εμεισ");
    }

    #[test]
    fn folds_spanish_and_italian() {
        assert_eq!(fold("Mañana PERDÓN"), "manana perdon");
        assert_eq!(fold("perché è l’ordine"), "perche e l'ordine");
    }

    #[test]
    fn splits_italian_elisions_with_offsets() {
        let text = "Ciao, l'ordine è partito";
        let tokens = tokenize(text, true);
        let norms: Vec<_> = tokens.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(norms, ["ciao", ",", "l'", "ordine", "e", "partito"]);
        let ordine = &tokens[3];
        let chars: String = text
            .chars()
            .skip(ordine.start)
            .take(ordine.end - ordine.start)
            .collect();
        assert_eq!(chars, "ordine");
    }

    #[test]
    fn keeps_english_contractions_and_counts_capitals() {
        let tokens = tokenize("We DON'T delete!", false);
        assert_eq!(tokens[1].norm, "don't");
        assert_eq!(tokens[1].letters, 4);
        assert_eq!(tokens[1].upper, 4);
        assert_eq!(tokens[3].kind, TokenKind::Break);
    }

    #[test]
    fn greek_oti_stays_one_word() {
        let norms: Vec<String> = tokenize("ό,τι περνούσε, από εμάς", false)
            .into_iter()
            .map(|t| t.norm)
            .collect();
        assert_eq!(norms, ["ο,τι", "περνουσε", ",", "απο", "εμασ"]);
    }

    #[test]
    fn offsets_are_characters_not_bytes() {
        let text = "Λυπούμαστε πολύ";
        let tokens = tokenize(text, false);
        assert_eq!((tokens[1].start, tokens[1].end), (11, 15));
    }
}
