//! Sentence boundaries tuned for news text.
//!
//! Paragraphs (blocks separated by a blank line) never share a sentence, so a headline, a
//! dateline or a standfirst is a unit of its own. Inside a paragraph a sentence ends at `.`,
//! `!` or `?` (with any closing quotes or brackets after it) followed by space and a capital,
//! digit or opening quote, except:
//!
//! - after a title or rank ("Mr.", "Gen.", "Sen."), which always stands before a name;
//! - after an abbreviation that stands before a number ("No. 3", "p. 55"), when a number follows;
//! - after an abbreviation that can also end a sentence — an initialism ("U.S.", "a.m."), an
//!   initial ("E."), a month, a company suffix ("Co.", "Inc.") or a state ("Ill.") — unless the
//!   next word is one that opens sentences ("The", "It", "How"); a clock time ("6 p.m.") also
//!   ends a sentence before a capitalised word that is not a day, month or time zone, unless
//!   the time opens the sentence ("At 5 a.m. Mr. Smith left") or qualifies a noun ("the 7 a.m.
//!   train");
//! - after an ellipsis of three dots, spaced or not, which is a pause unless it closes a
//!   quotation; a fourth dot ends the sentence;
//! - after a quotation that ends in a question, an exclamation or an ellipsis and is followed
//!   by its speaker and a verb of saying ("“Why?” Kim asked.").

use super::{paragraphs, tail, trimmed, Span};
use crate::lexicon::{MONTHS, WEEKDAYS};

/// Titles and ranks, which always stand before a name, and other abbreviations that never end
/// a sentence ("St. Louis", "Mt. Fuji", "Brazil vs. Japan", "Roe v. Wade", "cf. Article 5").
const TITLES: &[&str] = &[
    "Adm", "Atty", "Brig", "Capt", "Cmdr", "Col", "Cpl", "Det", "Dr", "Ft", "Gen", "Gov", "Hon",
    "Insp", "Lt", "Maj", "Messrs", "Mr", "Mrs", "Ms", "Msgr", "Mt", "Pres", "Prof", "Pvt", "Rep",
    "Reps", "Rev", "Sen", "Sens", "Sgt", "Spc", "St", "Supt", "cf", "v", "vs",
];

/// Abbreviations that stand before a number ("No. 3", "p. 55", "ca. 1900") and are last words
/// otherwise.
const BEFORE_NUMBERS: &[&str] = &[
    "Art", "Fig", "No", "Nos", "Vol", "approx", "c", "ca", "est", "fig", "p", "pp", "vol",
];

/// Abbreviated months and days of the week.
const MONTHS_AND_DAYS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
    "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
];

/// Other abbreviations that go on before a name or a number but may also end a sentence:
/// company suffixes, streets, and U.S. states as datelines write them ("SPRINGFIELD, Ill.").
const MAY_END: &[&str] = &[
    "Bros", "Co", "Corp", "Inc", "Jr", "Ltd", "Sr", "etc", "Ave", "Blvd", "Rd", "Ala", "Ariz",
    "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Mass",
    "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Va",
    "Vt", "Wash", "Wis", "Wyo",
];

/// Words that open sentences and hardly ever continue a name after an abbreviation, so that
/// "in the U.S. How about you?" ends after "U.S." while "the U.S. Government" goes on.
const OPENING_WORDS: &[&str] = &[
    "A",
    "After",
    "All",
    "Also",
    "An",
    "And",
    "Are",
    "As",
    "At",
    "Before",
    "Both",
    "But",
    "By",
    "Can",
    "Could",
    "Did",
    "Does",
    "During",
    "Each",
    "Earlier",
    "Every",
    "For",
    "From",
    "Had",
    "Has",
    "Have",
    "He",
    "Her",
    "Here",
    "His",
    "How",
    "However",
    "I",
    "If",
    "In",
    "Is",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "Most",
    "My",
    "Neither",
    "Now",
    "On",
    "Once",
    "Our",
    "She",
    "Since",
    "Some",
    "Still",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Thus",
    "Under",
    "Until",
    "Was",
    "We",
    "Were",
    "What",
    "When",
    "Where",
    "Which",
    "While",
    "Who",
    "Why",
    "With",
    "Yet",
    "You",
    "Your",
];

/// Time zones that may follow a clock time ("2 p.m. Eastern"); days and months may too.
const TIME_ZONES: &[&str] = &["Eastern", "Central", "Mountain", "Pacific"];

/// Words that make a clock time qualify the noun after it ("the 7 a.m. train").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "his", "her", "its", "their", "our", "my", "your", "each",
    "every",
];

/// First words of a sentence that open with a time ("At 5 a.m. Mr. Smith went to the bank").
const TIME_LEAD_INS: &[&str] = &[
    "About",
    "After",
    "Around",
    "At",
    "Before",
    "Between",
    "By",
    "Early",
    "From",
    "Just",
    "Late",
    "On",
    "Shortly",
    "Since",
    "Sometime",
    "Starting",
    "Till",
    "Today",
    "Tonight",
    "Until",
    "Yesterday",
];

/// Verbs that attribute a quote to its speaker ("“Why?” Kim asked.").
const SAYING: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "adds",
    "told",
    "tells",
    "replied",
    "replies",
    "shouted",
    "wrote",
    "writes",
    "cried",
    "exclaimed",
    "wondered",
    "demanded",
    "insisted",
];

/// How far back from a full stop the rules read, in bytes: the few words they look at, so that
/// a sentence with a full stop after every word still splits in linear time.
const LOOKBACK: usize = 128;

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«'];
const OPENING_QUOTES: &[char] = &['"', '\'', '“', '‘', '«'];
const CLOSING_QUOTES: &[char] = &['"', '\'', '”', '’', '»'];

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
    sentences_in(text, &paragraphs(text))
}

/// The sentences of `text`, whose [`paragraphs`] are given: for a reader that needs both.
pub fn sentences_in(text: &str, paragraphs: &[Span]) -> Vec<Span> {
    paragraphs
        .iter()
        .flat_map(|&paragraph| split_paragraph(text, paragraph))
        .collect()
}

fn split_paragraph(text: &str, paragraph: Span) -> Vec<Span> {
    let body = paragraph.of(text);
    let mut found = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // `i`, `start` and `end` only ever step over whole chars: every slice is on boundaries.
    // A terminator is '.', '!', '?' or '…', whose UTF-8 starts with 0xE2 like no ASCII char:
    // the bytes between are skipped without reading them as chars.
    let bytes = body.as_bytes();
    while let Some(skip) = bytes[i..]
        .iter()
        .position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2))
    {
        i += skip;
        // `i` is at an ASCII byte or at the first byte of a char that starts with 0xE2.
        let c = body[i..].chars().next().unwrap_or(' ');
        if !matches!(c, '.' | '!' | '?' | '…') {
            i += c.len_utf8();
            continue;
        }
        let end = run_end(body, i);
        if ends_sentence(body, start, i, &body[i..end], &body[end..]) {
            found.push(trimmed(
                text,
                Span::new(paragraph.start + start, paragraph.start + end),
            ));
            start = end;
        }
        i = end;
    }
    let rest = trimmed(text, Span::new(paragraph.start + start, paragraph.end));
    if rest.start < rest.end {
        found.push(rest);
    }
    found
}

/// The end of the run of terminators and closing quotes or brackets that begins at `at`.
///
/// A run ("?!", "...", ".”") counts as one terminator; so do dots spaced by single spaces
/// (". . .").
fn run_end(body: &str, at: usize) -> usize {
    let mut end = at;
    let mut last_was_dot = false;
    while let Some(c) = body[end..].chars().next() {
        if matches!(c, '.' | '!' | '?' | '…') || CLOSERS.contains(&c) {
            end += c.len_utf8();
            last_was_dot = matches!(c, '.' | '…');
        // Past the one-byte space lies a dot (spaced_dot), also one byte: end + 1 and end + 2
        // are boundaries.
        } else if c == ' ' && last_was_dot && spaced_dot(&body[end + 1..]) {
            end += 2;
        } else {
            break;
        }
    }
    end
}

/// Whether `rest` starts with a dot of a spaced ellipsis, not with a word such as ".NET".
fn spaced_dot(rest: &str) -> bool {
    let mut chars = rest.chars();
    chars.next() == Some('.') && !chars.next().is_some_and(char::is_alphanumeric)
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
    let mark = terminator.contains(['!', '?']);
    let dots = terminator.matches('.').count() + 3 * terminator.matches('…').count();
    if mark || dots > 1 {
        let closes_quote = terminator.ends_with(CLOSING_QUOTES);
        if closes_quote && speaker_follows(next) {
            return false;
        }
        // A question, an exclamation, a quotation that trails off ("see...” The") or an
        // ellipsis and a full stop ("that.... She") ends the sentence; an ellipsis inside a
        // sentence ("policies ... We'll fight") or an omission ("[...]”") is a pause.
        let trails_off = closes_quote
            && terminator
                .trim_end_matches(CLOSING_QUOTES)
                .ends_with(['.', '…']);
        return mark || trails_off || dots > 3;
    }
    // The sentence's start and its terminator are both char boundaries of `body`.
    let before = &body[start..at];
    // A word cut short by the window is longer than any abbreviation.
    let word = tail(before, LOOKBACK)
        .rsplit(|c: char| c.is_whitespace() || OPENERS.contains(&c) || c == '-')
        .next()
        .unwrap_or("");
    !goes_on_after(before, word, next)
}

/// Whether a sentence goes on after `word` and its full stop, `word` ending `before` (the
/// sentence so far) and `next` being the text after the space.
fn goes_on_after(before: &str, word: &str, next: &str) -> bool {
    if word.is_empty() {
        return false;
    }
    if TITLES.contains(&word) {
        return true;
    }
    if BEFORE_NUMBERS.contains(&word) {
        return next.starts_with(|c: char| c.is_ascii_digit());
    }
    // Initialisms and initials: "U.S", "p.m", "J".
    let initialism = word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.');
    let mut letters = word.chars();
    let initial =
        matches!((letters.next(), letters.next()), (Some(only), None) if only.is_uppercase());
    if !(initialism || initial || MONTHS_AND_DAYS.contains(&word) || MAY_END.contains(&word)) {
        return false;
    }
    if opens_sentence(next) {
        return false;
    }
    if initialism && is_clock_time(before, word) {
        return !time_ends_sentence(before, next);
    }
    true
}

/// Whether `next` begins with a word that opens sentences, as a word of its own ("It", "I'm";
/// not the initial "A." or "A-10").
fn opens_sentence(next: &str) -> bool {
    let next = next.trim_start_matches(OPENING_QUOTES);
    let (word, rest) = next.split_at(
        next.find(|c: char| !c.is_alphabetic())
            .unwrap_or(next.len()),
    );
    !rest.starts_with(['.', '-']) && OPENING_WORDS.contains(&word)
}

/// Whether `word`, the last word of `before`, is "a.m" or "p.m" after a number.
fn is_clock_time(before: &str, word: &str) -> bool {
    let marker = word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m");
    marker
        && tail(before, LOOKBACK)
            .split_whitespace()
            .rev()
            .nth(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a clock time that ends `before` ends its sentence before `next`, which does not
/// start with a word that opens sentences.
fn time_ends_sentence(before: &str, next: &str) -> bool {
    let (word, rest) = next.split_at(
        next.find(|c: char| !c.is_alphabetic())
            .unwrap_or(next.len()),
    );
    if !word.starts_with(char::is_uppercase) {
        return false;
    }
    // A day, a month or a time zone ("EST", "Seoul time") belongs to the time.
    let zone = word.len() > 1 && word.chars().all(|c| c.is_uppercase());
    let named_time = rest.trim_start().starts_with("time");
    if MONTHS.contains(&word)
        || WEEKDAYS.contains(&word)
        || TIME_ZONES.contains(&word)
        || MONTHS_AND_DAYS.contains(&word)
        || zone
        || named_time
    {
        return false;
    }
    let recent = tail(before, LOOKBACK);
    let words: Vec<&str> = recent.split_whitespace().collect();
    // "the 7 a.m. Amtrak train": the time qualifies a noun.
    // Only read once there are three words.
    if words.len() >= 3
        && DETERMINERS
            .iter()
            .any(|d| d.eq_ignore_ascii_case(words[words.len() - 3]))
    {
        return false;
    }
    // "At 5 a.m. Mr. Smith went": the time opens the sentence and its subject follows. Six
    // words are far shorter than the window, so a sentence longer than it has more.
    let whole = recent.len() == before.len();
    let first = words.first().map_or("", |w| w.trim_start_matches(OPENERS));
    let lead_in = whole && words.len() <= 6 && TIME_LEAD_INS.contains(&first);
    !lead_in
}

/// Whether `next`, after a quotation that ends in a question, an exclamation or an ellipsis,
/// names its speaker and a verb of saying ("“Who will pay?” Kim asked."), which go on in the
/// same sentence.
fn speaker_follows(next: &str) -> bool {
    for (i, word) in next.split_whitespace().take(4).enumerate() {
        let word = word.trim_end_matches([',', '.', ';', ':']);
        if SAYING.contains(&word) {
            return i > 0;
        }
        if !word.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
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
        assert_eq!(
            split("The court overturned Roe v. Wade on Friday. It had stood since 1973."),
            [
                "The court overturned Roe v. Wade on Friday.",
                "It had stood since 1973."
            ]
        );
    }

    #[test]
    fn clock_times_end_sentences_after_many_words_too() {
        let long = "Crowds gathered along the river for hours and hours, ".repeat(5);
        let text = format!(
            "{long}then boarded the 7 a.m. Amtrak train. They left at 6 p.m. Smith stayed."
        );
        assert_eq!(
            split(&text),
            [
                format!("{long}then boarded the 7 a.m. Amtrak train."),
                "They left at 6 p.m.".to_string(),
                "Smith stayed.".to_string()
            ]
        );
        assert_eq!(
            split("At 5 a.m. Mr. Smith left."),
            ["At 5 a.m. Mr. Smith left."]
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
