//! Sentence boundaries tuned for news text.
//!
//! Paragraphs (blocks separated by a blank line) never share a sentence, so a headline, a
//! dateline or a standfirst is a unit of its own. Inside a paragraph a sentence ends at `.`,
//! `!` or `?` (with any closing quotes or brackets after it) followed by space and a capital,
//! digit or opening quote, unless the word before the full stop is an abbreviation or an
//! initialism ("Mr.", "Sept.", "U.S.", "p.m.").

use super::{paragraphs, trimmed, Span};

/// Abbreviations that end in a full stop without ending the sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Sgt", "Adm",
    "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "St", "Mt", "Jr", "Sr", "No", "Nos", "Vol", "Fig",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Inc", "Corp", "Co", "Ltd",
    "Bros", "vs", "etc", "approx", "est", "Ft", "Ave", "Blvd", "Rd",
];

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«'];

/// Splits `text` into sentences, each trimmed of surrounding whitespace.
///
/// # Example
/// ```
/// use sourceline_core::text::sentences;
/// let text = "Headline\n\nMr. Kim met U.S.-led U.N. envoys at 3 p.m. Tuesday. They left.";
/// let found: Vec<&str> = sentences(text).iter().map(|s| s.of(text)).collect();
/// assert_eq!(found, ["Headline", "Mr. Kim met U.S.-led U.N. envoys at 3 p.m. Tuesday.", "They left."]);
/// ```
pub fn sentences(text: &str) -> Vec<Span> {
    paragraphs(text)
        .into_iter()
        .flat_map(|paragraph| split_paragraph(text, paragraph))
        .collect()
}

fn split_paragraph(text: &str, paragraph: Span) -> Vec<Span> {
    let body = paragraph.of(text);
    let mut found = Vec::new();
    let mut start = 0;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        // A run of terminators ("?!", "...") counts as one.
        let mut end = i + c.len_utf8();
        while let Some(&(j, next)) = chars.peek() {
            if matches!(next, '.' | '!' | '?') || CLOSERS.contains(&next) {
                end = j + next.len_utf8();
                chars.next();
            } else {
                break;
            }
        }
        let terminator = &body[i..end];
        if ends_sentence(body, start, i, terminator, &body[end..]) {
            found.push(trimmed(
                text,
                Span::new(paragraph.start + start, paragraph.start + end),
            ));
            start = end;
        }
    }
    let rest = trimmed(text, Span::new(paragraph.start + start, paragraph.end));
    if rest.start < rest.end {
        found.push(rest);
    }
    found
}

/// Whether the terminator at `at` ends the sentence that began at `start`.
fn ends_sentence(body: &str, start: usize, at: usize, terminator: &str, after: &str) -> bool {
    // Only a space may follow; "U.S.-led" or "3.5" go on.
    let Some(first_after) = after.chars().next() else {
        return true;
    };
    if !first_after.is_whitespace() {
        return false;
    }
    let next = after.trim_start();
    let Some(next_char) = next.chars().next() else {
        return true;
    };
    let starts_sentence =
        next_char.is_uppercase() || next_char.is_ascii_digit() || OPENERS.contains(&next_char);
    if !starts_sentence {
        return false;
    }
    // An ellipsis inside a sentence ("policies ... We'll fight") is a pause, not an end.
    if terminator.starts_with("..") || terminator.starts_with('…') {
        return false;
    }
    if !terminator.starts_with('.') {
        return true;
    }
    let word = body[start..at]
        .rsplit(|c: char| c.is_whitespace() || OPENERS.contains(&c) || c == '-')
        .next()
        .unwrap_or("");
    !is_abbreviation(word, next_char)
}

/// Whether `word` (the text before a full stop) is an abbreviation rather than a last word.
fn is_abbreviation(word: &str, next_char: char) -> bool {
    if word.is_empty() {
        return false;
    }
    // Initialisms and initials: "U.S", "p.m", "J".
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        return true;
    }
    let mut letters = word.chars();
    if let (Some(only), None) = (letters.next(), letters.next()) {
        if only.is_uppercase() {
            return true;
        }
    }
    // "No. 3" is an abbreviation; "said no. 3 more" is not worth guessing about.
    if word == "No" || word == "Nos" {
        return next_char.is_ascii_digit();
    }
    ABBREVIATIONS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.of(text)).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        assert_eq!(
            split("Gen. Lee and Dr. Sun met on Jan. 3. They spoke at 9 a.m. Friday in the U.S. capital."),
            ["Gen. Lee and Dr. Sun met on Jan. 3.", "They spoke at 9 a.m. Friday in the U.S. capital."]
        );
        assert_eq!(
            split("He won No. 3 in Sept. 2023 with J. R. Smith."),
            ["He won No. 3 in Sept. 2023 with J. R. Smith."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            split("\"It is over,\" he said. “We won.” Then he left!"),
            ["\"It is over,\" he said.", "“We won.”", "Then he left!"]
        );
    }

    #[test]
    fn ellipsis_and_lowercase_continuations_do_not_break() {
        assert_eq!(
            split("\"Our own policies ... We'll fight,\" he said. The end? no, not yet."),
            [
                "\"Our own policies ... We'll fight,\" he said.",
                "The end? no, not yet."
            ]
        );
    }

    #[test]
    fn numbers_and_hyphenated_initialisms_go_on() {
        assert_eq!(
            split("Growth was 3.5 percent as U.S.-led talks went on."),
            ["Growth was 3.5 percent as U.S.-led talks went on."]
        );
    }

    #[test]
    fn every_sentence_is_trimmed_and_inside_the_text() {
        let text = "  One.  Two!\n\n Three? ";
        for span in sentences(text) {
            let s = span.of(text);
            assert_eq!(s, s.trim());
            assert!(!s.is_empty());
        }
        assert_eq!(split(text), ["One.", "Two!", "Three?"]);
    }
}
