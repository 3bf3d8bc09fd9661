//! Words, numbers and punctuation with their byte spans: what the expression rules read.

use std::borrow::Cow;

use crate::lexicon::{unit_of_time, READ_AS, TODAY};

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (and letters with digits, as in "22nd" or "1990s").
    Word,
    /// Digits, possibly with ':' ',' or '.' between digits: "2013", "3:07:35", "14,000", "1.2".
    Number,
    /// Any other single char that is not white space.
    Punct,
}

#[derive(Debug, Clone)]
pub struct Token<'t> {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lower-cased text, for matching; borrowed from the text when it has no capitals.
    pub lower: Cow<'t, str>,
    /// Whether the token starts with a capital letter.
    pub capital: bool,
    /// Whether white space (or nothing, at the start) comes before the token.
    pub spaced: bool,
}

/// Splits `text` into tokens; every span is on char boundaries.
pub fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::with_capacity(text.len() / 5);
    let bytes = text.as_bytes();
    // `start` and `end` only ever step over whole chars: every slice is on boundaries.
    let mut spaced = true;
    let mut start = 0;
    while let Some(c) = char_at(text, start) {
        let mut end = start + c.len_utf8();
        if c.is_whitespace() {
            spaced = true;
            start = end;
            continue;
        }
        let kind = if c.is_ascii_digit() {
            // Digits, joined by one separator followed by a digit.
            while bytes.get(end).is_some_and(|&b| {
                b.is_ascii_digit()
                    || (matches!(b, b':' | b',' | b'.')
                        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
            }) {
                end += 1;
            }
            let digits_end = end;
            // "22nd", "1990s": a number with a letter suffix reads as a word.
            end = run_end(text, end, char::is_alphabetic);
            if end > digits_end {
                // "45min", "2hrs": a count glued to its unit is read as the two words, and so
                // is "7ish", a time blurred; but "2day" is today, as posts spell it.
                let suffix = &text[digits_end..end];
                let today = TODAY
                    .iter()
                    .any(|word| word.eq_ignore_ascii_case(&text[start..end]));
                let counted = suffix.eq_ignore_ascii_case("ish")
                    || unit_of_time(&suffix.to_lowercase()).is_some();
                if counted && !today {
                    push(&mut tokens, text, start, digits_end, Kind::Number, spaced);
                    push(&mut tokens, text, digits_end, end, Kind::Word, false);
                    spaced = false;
                    start = end;
                    continue;
                }
                Kind::Word
            } else {
                Kind::Number
            }
        } else if c.is_alphabetic() {
            end = run_end(text, end, char::is_alphanumeric);
            Kind::Word
        } else {
            Kind::Punct
        };
        push(&mut tokens, text, start, end, kind, spaced);
        spaced = false;
        start = end;
    }
    tokens
}

/// The char that starts at byte `i` of `text` (a char boundary), read without decoding when
/// it is ASCII, as most chars of an article are.
fn char_at(text: &str, i: usize) -> Option<char> {
    let byte = *text.as_bytes().get(i)?;
    if byte.is_ascii() {
        Some(char::from(byte))
    } else {
        text[i..].chars().next()
    }
}

/// Where the run of chars from byte `i` for which `keep` holds ends.
fn run_end(text: &str, mut i: usize, keep: fn(char) -> bool) -> usize {
    while let Some(c) = char_at(text, i).filter(|&c| keep(c)) {
        i += c.len_utf8();
    }
    i
}

/// The longest word of [`READ_AS`], in bytes.
const LONGEST_READ_AS: usize = 5;

fn push<'t>(
    tokens: &mut Vec<Token<'t>>,
    text: &'t str,
    start: usize,
    end: usize,
    kind: Kind,
    spaced: bool,
) {
    let slice = &text[start..end];
    let mut lower = if slice.is_ascii() {
        // Most words: their case is ASCII's, and quicker to change.
        if slice.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(slice.to_ascii_lowercase())
        } else {
            Cow::Borrowed(slice)
        }
    } else if slice.chars().any(char::is_uppercase) {
        Cow::Owned(slice.to_lowercase())
    } else {
        Cow::Borrowed(slice)
    };
    // The words read as others are short: most words need no look.
    if lower.len() <= LONGEST_READ_AS {
        if let Some((_, word)) = READ_AS.iter().find(|(short, _)| *short == lower) {
            lower = Cow::Borrowed(word);
        }
    }
    tokens.push(Token {
        start,
        end,
        kind,
        lower,
        capital: char_at(slice, 0).is_some_and(char::is_uppercase),
        spaced,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_separators_and_suffixes_make_words() {
        let text = "On 22nd March, 14,000 at 3:07:35 in the 1990s; Kim's U.S. 45min";
        let found: Vec<(&str, Kind)> = tokenize(text)
            .iter()
            .map(|t| (&text[t.start..t.end], t.kind))
            .collect();
        assert_eq!(
            found,
            [
                ("On", Kind::Word),
                ("22nd", Kind::Word),
                ("March", Kind::Word),
                (",", Kind::Punct),
                ("14,000", Kind::Number),
                ("at", Kind::Word),
                ("3:07:35", Kind::Number),
                ("in", Kind::Word),
                ("the", Kind::Word),
                ("1990s", Kind::Word),
                (";", Kind::Punct),
                ("Kim", Kind::Word),
                ("'", Kind::Punct),
                ("s", Kind::Word),
                ("U", Kind::Word),
                (".", Kind::Punct),
                ("S", Kind::Word),
                (".", Kind::Punct),
                ("45", Kind::Number),
                ("min", Kind::Word),
            ]
        );
    }
}
