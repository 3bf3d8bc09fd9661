//! Spans of an article's text, and the sentences they form.

pub mod html;
mod sentences;

pub use sentences::{sentences, sentences_in};

use crate::lexicon::LINE_GOES_ON;

use serde::{Deserialize, Serialize};

/// A range of an article's text in UTF-8 byte offsets, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// The offset of its first byte.
    pub start: usize,
    /// The offset just past its last byte.
    pub end: usize,
}

impl Span {
    /// The span from `start` to `end`, which must not be before it.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The text this span covers.
    ///
    /// # Panics
    /// When the span is not inside `text` or not on its char boundaries; spans made by this
    /// crate for that text never are.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span from the start of the earlier of the two to the end of the later.
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// Converts offsets in Unicode scalar values (the JSON format's unit) to byte offsets.
///
/// Built once per text, so that converting many offsets stays linear. It keeps the byte
/// offset of every 64th char only (none at all for ASCII text, where the two agree), so a
/// book-length text costs a pass and a few kilobytes, not a word per char.
pub struct CharIndex<'t> {
    text: &'t str,
    /// Byte offset of chars 0, 64, 128...; empty when the text is ASCII.
    marks: Vec<usize>,
}

const STRIDE: usize = 64;

impl<'t> CharIndex<'t> {
    /// The index of `text`, read once.
    pub fn new(text: &'t str) -> Self {
        let marks = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect()
        };
        CharIndex { text, marks }
    }

    /// What the index keeps of its text, to index it again later without reading it
    /// ([`CharIndex::again`]).
    pub(crate) fn into_marks(self) -> Vec<usize> {
        self.marks
    }

    /// The index of `text` from what [`CharIndex::into_marks`] kept of an index of it.
    pub(crate) fn again(text: &'t str, marks: Vec<usize>) -> Self {
        CharIndex { text, marks }
    }

    /// The byte offset of char offset `chars`, or `None` past the end of the text.
    pub fn byte_offset(&self, chars: usize) -> Option<usize> {
        if self.marks.is_empty() {
            return (chars <= self.text.len()).then_some(chars);
        }
        let from = *self.marks.get(chars / STRIDE)?;
        let rest = chars % STRIDE;
        // Slicing from a mark cannot fail: every mark is a char_indices offset.
        let mut walk = self.text[from..].char_indices().map(|(b, _)| from + b);
        walk.nth(rest).or_else(|| {
            // Just past the last char is the end of the text.
            let counted = self.text[from..].chars().count();
            (counted == rest).then_some(self.text.len())
        })
    }

    /// The char offset of byte offset `byte`, which must be a char boundary.
    pub fn char_offset(&self, byte: usize) -> Option<usize> {
        if byte > self.text.len() || !self.text.is_char_boundary(byte) {
            return None;
        }
        if self.marks.is_empty() {
            return Some(byte);
        }
        // A non-ASCII text has a mark at 0 <= byte, so the partition point is at least 1, and
        // the slice runs between two char boundaries (checked above).
        let mark = self.marks.partition_point(|&m| m <= byte) - 1;
        Some(mark * STRIDE + self.text[self.marks[mark]..byte].chars().count())
    }
}

/// Whether `text` is written right to left: its first letter of a definite direction is of a
/// right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms),
/// as the Unicode bidirectional algorithm finds a paragraph's direction (rules P2 and P3).
/// Digits and punctuation have no direction of their own, so a dateline first decides nothing.
///
/// # Example
/// ```
/// use sourceline_core::text::is_right_to_left;
/// assert!(is_right_to_left("22.3.2013 — הגשר נפתח מחדש"));
/// assert!(!is_right_to_left("2013: the bridge reopens"));
/// ```
pub fn is_right_to_left(text: &str) -> bool {
    let right_to_left = |c: char| {
        matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
            && c.is_alphabetic()
    };
    text.chars()
        .find(|&c| c.is_alphabetic())
        .is_some_and(right_to_left)
}

/// Splits `text` into paragraphs, trimmed, as a reader sees them, whether the text separates
/// them by blank lines or puts each on a line of its own (as text copied from a page or a
/// feed does).
///
/// A blank line always ends a paragraph. A line break ends one too, unless the line goes on
/// on the next: that line starts in lower case, or this one ends in a comma, a hyphen or a
/// word that cannot end a sentence ("the", "of", "and"), or the lines are wrapped at one
/// width (three lines or more, each but the last about as long as the others).
///
/// # Example
/// ```
/// use sourceline_core::text::paragraphs;
/// let text = "Title\nTuesday, April 11, 2023\nFirst line.\nNext one.\n\nA line wrapped\nin two.";
/// let found: Vec<&str> = paragraphs(text).iter().map(|p| p.of(text)).collect();
/// assert_eq!(found, ["Title", "Tuesday, April 11, 2023", "First line.", "Next one.", "A line wrapped\nin two."]);
/// ```
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut found = Vec::new();
    // The lines of the current block (lines between blank lines), without their line ends.
    let mut block: Vec<Span> = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if content.trim().is_empty() {
            split_block(text, &block, &mut found);
            block.clear();
        } else {
            block.push(Span::new(offset, offset + content.len()));
        }
        offset += line.len();
    }
    split_block(text, &block, &mut found);
    found
}

/// Lines wrapped at one width are at least this long, but the last...
const WRAPPED_LINE: usize = 40;

/// Adds the paragraphs of one block of lines (between blank lines) to `found`.
fn split_block(text: &str, lines: &[Span], found: &mut Vec<Span>) {
    let Some(first) = lines.first() else { return };
    let widths = || {
        lines[..lines.len() - 1]
            .iter()
            .map(|l| l.of(text).trim().len())
    };
    let (narrowest, widest) = (widths().min().unwrap_or(0), widths().max().unwrap_or(0));
    // ...and within a third of the widest; and no line had room for the next one's first
    // word, as wrapping leaves none: a text wrapped at a width, not a headline, a byline and
    // a date line, nor one line a paragraph.
    let no_room = || {
        lines.windows(2).all(|pair| {
            let first_word = pair[1].of(text).split_whitespace().next().unwrap_or("");
            pair[0].of(text).trim().len() + 1 + first_word.len() > widest
        })
    };
    let wrapped = lines.len() >= 3
        && narrowest >= WRAPPED_LINE
        && 3 * (widest - narrowest) <= widest
        && no_room();
    let mut start = first.start;
    for (k, pair) in lines.windows(2).enumerate() {
        let (line, next) = (pair[0].of(text).trim_end(), pair[1].of(text).trim_start());
        let last_word = line
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        // "Search goes on" above "Friday, November 18, 2022": a headline's particle, not a
        // word that leads on, when a date line follows it at the top (not "effective from\n
        // August 1." in a story wrapped by hand).
        let headline_above_date =
            k < 3 && line.len() <= 100 && !line.contains(". ") && looks_like_a_date_line(next);
        let goes_on = wrapped
            || next.starts_with(char::is_lowercase)
            || line.ends_with([',', '-', '&'])
            || (LINE_GOES_ON
                .iter()
                .any(|w| w.eq_ignore_ascii_case(last_word))
                && !headline_above_date);
        if !goes_on {
            found.push(trimmed(text, Span::new(start, pair[0].end)));
            start = pair[1].start;
        }
    }
    // `lines` is not empty: it has a first, so a last.
    found.push(trimmed(text, Span::new(start, lines[lines.len() - 1].end)));
}

/// Whether `line` looks like a date line: short, with figures, no word in lower case but those
/// a date line writes, and no full stop at its end ("Friday, November 18, 2022", "Updated
/// 6:15 p.m. ET Nov. 21"; not "August 1.").
fn looks_like_a_date_line(line: &str) -> bool {
    const LOWER: [&str; 8] = ["at", "on", "of", "am", "pm", "a", "p", "m"];
    line.len() <= 80
        && !line.ends_with('.')
        && line.contains(|c: char| c.is_ascii_digit())
        && line
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.starts_with(char::is_lowercase))
            .all(|w| LOWER.contains(&w))
}

/// The span without the whitespace at either end.
pub(crate) fn trimmed(text: &str, span: Span) -> Span {
    let inner = span.of(text);
    // Trimming only shortens `inner`, so neither subtraction can wrap.
    let start = span.start + (inner.len() - inner.trim_start().len());
    let end = span.end - (inner.len() - inner.trim_end().len());
    Span::new(start, end.max(start))
}

/// The last `max` bytes of `text`, or fewer so as to start on a char boundary: how far a rule
/// reads back from a point in the text, so that reading back from every point stays linear.
pub(crate) fn tail(text: &str, max: usize) -> &str {
    let mut from = text.len().saturating_sub(max);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    &text[from..]
}

/// The first `max` bytes of `text`, or fewer so as to end on a char boundary.
pub(crate) fn head(text: &str, max: usize) -> &str {
    let mut to = text.len().min(max);
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    &text[..to]
}

/// Where `query` occurs in `text`, ignoring the case of ASCII letters (which keeps byte offsets
/// the same in both): the byte offset of each match, left to right, none overlapping. An empty
/// query occurs nowhere.
///
/// # Example
/// ```
/// use sourceline_core::text::find_ignoring_ascii_case;
/// let found: Vec<usize> = find_ignoring_ascii_case("Kim met KIM’s kim", "kim").collect();
/// assert_eq!(found, [0, 8, 16]);
/// ```
pub fn find_ignoring_ascii_case<'t>(
    text: &'t str,
    query: &'t str,
) -> impl Iterator<Item = usize> + 't {
    let (text, query) = (text.as_bytes(), query.as_bytes());
    let mut at = 0;
    std::iter::from_fn(move || {
        if query.is_empty() {
            return None;
        }
        // i + query.len() <= text.len() for every i of the range: the slice is in bounds.
        let found = (at..=text.len().checked_sub(query.len())?)
            .find(|&i| text[i..i + query.len()].eq_ignore_ascii_case(query))?;
        at = found + query.len();
        Some(found)
    })
}

/// The character an XML entity name (`amp`, `#39`, `#x2014`) stands for.
pub fn entity(name: &str) -> Option<char> {
    let code = match name {
        "amp" => return Some('&'),
        "lt" => return Some('<'),
        "gt" => return Some('>'),
        "quot" => return Some('"'),
        "apos" => return Some('\''),
        _ => match name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => name.strip_prefix('#')?.parse().ok()?,
        },
    };
    char::from_u32(code).filter(|&c| c != '\0')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_letter_of_a_definite_direction_gives_the_texts() {
        assert!(is_right_to_left("روسيا وكوريا الشمالية توقعان معاهدة"));
        assert!(is_right_to_left("\u{201c}2024\u{201d} שנה של הסכמים"));
        assert!(is_right_to_left("ﷺ"));
        assert!(!is_right_to_left("Pyongyang, 19 June 2024: روسيا"));
        assert!(!is_right_to_left("Москва, 19 июня"));
        assert!(!is_right_to_left("19.06.2024"));
        assert!(!is_right_to_left(""));
        // Arabic-Indic digits are no letters: the words after them decide.
        assert!(!is_right_to_left("\u{0661}\u{0669}\u{0666}\u{0661} treaty"));
    }

    #[test]
    fn char_index_converts_both_ways_across_multibyte_chars() {
        let text = "Kim’s “visit”";
        let index = CharIndex::new(text);
        assert_eq!(index.byte_offset(4), Some(6));
        assert_eq!(index.char_offset(6), Some(4));
        assert_eq!(index.byte_offset(13), Some(text.len()));
        assert_eq!(index.byte_offset(14), None);
        assert_eq!(
            index.char_offset(4),
            None,
            "byte 4 is inside the apostrophe"
        );
    }

    #[test]
    fn windows_start_and_end_on_char_boundaries() {
        let text = "a’b";
        assert_eq!(tail(text, 2), "b", "the apostrophe takes bytes 1 to 3");
        assert_eq!(tail(text, 4), "’b");
        assert_eq!(tail(text, 9), text);
        assert_eq!(head(text, 2), "a");
        assert_eq!(head(text, 4), "a’");
        assert_eq!(head(text, 9), text);
    }

    #[test]
    fn paragraphs_skip_blank_lines_with_spaces_and_crlf() {
        let text = "  A\r\n \r\nB\r\nC\r\n";
        let found: Vec<&str> = paragraphs(text).iter().map(|p| p.of(text)).collect();
        assert_eq!(found, ["A", "B", "C"]);
    }

    #[test]
    fn each_line_is_a_paragraph_unless_it_goes_on() {
        let found = |text: &str| -> Vec<String> {
            paragraphs(text)
                .iter()
                .map(|p| p.of(text).to_string())
                .collect()
        };
        // Headline, date line, paragraphs: one a line, as text copied from a page is.
        assert_eq!(
            found("Fire engulfs town\nSaturday, December 24, 2016 \nA fire on Thursday spread.\nIt burned."),
            ["Fire engulfs town", "Saturday, December 24, 2016", "A fire on Thursday spread.", "It burned."]
        );
        // A line that ends mid-phrase goes on.
        assert_eq!(
            found("The council voted to close the\nbridge, and the\nMayor agreed."),
            ["The council voted to close the\nbridge, and the\nMayor agreed."]
        );
        // But a headline's last word ("on") does not go on to the date line under it.
        assert_eq!(
            found("Search goes on\nFriday, November 18, 2022\nVolunteers combed trails."),
            [
                "Search goes on",
                "Friday, November 18, 2022",
                "Volunteers combed trails."
            ]
        );
        // In a story wrapped by hand, a date after a word that leads on stays in its sentence.
        assert_eq!(
            found("Fares\nThe board approved new fares on Monday, effective from\nAugust 1."),
            [
                "Fares",
                "The board approved new fares on Monday, effective from\nAugust 1."
            ]
        );
        // Text wrapped at one width is one paragraph, even where a line ends a sentence.
        let wrapped = "The bridge reopened to traffic on Thursday after two years. The city\n\
                       Council said the repairs, which ran over budget by a third, were done\n\
                       Wednesday. Officials from the state attended the ceremony there.\n\
                       Afterwards it rained.";
        assert_eq!(found(wrapped).len(), 1);
        // Lines of near widths with room for the next one's first word are a headline, a
        // byline and a date line.
        let head = "Wildfire west of Redding doubles in size, forcing 9,000 more to flee\n\
                    By ALLISON REYES and TOM HARGROVE Associated Press\n\
                    Updated 7:18 PM PDT, July 30, 2024";
        assert_eq!(found(head).len(), 3);
    }

    #[test]
    fn char_offsets_and_byte_offsets_convert_both_ways() {
        for text in [
            "plain ascii text",
            "Kim’s visit — “alliance” 평양 ".repeat(40).as_str(),
            "",
        ] {
            let index = CharIndex::new(text);
            let mut chars = 0;
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(index.byte_offset(chars), Some(byte), "{chars} in {text:?}");
                assert_eq!(index.char_offset(byte), Some(chars));
                chars += 1;
            }
            assert_eq!(index.byte_offset(chars), None, "past the end");
        }
        assert_eq!(CharIndex::new("’").char_offset(1), None, "inside a char");
    }
}
