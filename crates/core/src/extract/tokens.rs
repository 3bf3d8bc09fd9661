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
    // Every offset is a char_indices offset or one just past a char: slices of `text` between
    // them cannot fail.
    let mut chars = text.char_indices().peekable();
    let mut spaced = true;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if c.is_ascii_digit() {
            // Digits, joined by one separator followed by a digit.
            while let Some(&(i, d)) = chars.peek() {
                let joins = matches!(d, ':' | ',' | '.')
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
                if d.is_ascii_digit() || joins {
                    end = i + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let digits_end = end;
            // "22nd", "1990s": a number with a letter suffix reads as a word.
            let mut suffixed = false;
            while let Some(&(i, d)) = chars.peek() {
                if d.is_alphabetic() {
                    end = i + d.len_utf8();
                    chars.next();
                    suffixed = true;
                } else {
                    break;
                }
            }
            if suffixed {
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
                    continue;
                }
                Kind::Word
            } else {
                Kind::Number
            }
        } else if c.is_alphabetic() {
            while let Some(&(i, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = i + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            Kind::Word
        } else {
            Kind::Punct
        };
        push(&mut tokens, text, start, end, kind, spaced);
        spaced = false;
    }
    tokens
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
        capital: slice.chars().next().is_some_and(char::is_uppercase),
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
