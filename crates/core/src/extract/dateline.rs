//! The article's own date line: "Jun 19, 2024 09:20", "Tuesday, October 15, 2024",
//! "March 22, 2013", "2013-03-22", or "WASHINGTON, March 22, 2013 — ..." near the top.

use chrono::NaiveDate;

use super::timex;
use crate::lexicon::{DATE_LINE_LABELS, PREPOSITIONS};
use crate::text::{head, paragraphs, Span};

/// How far into the text a date line may stand: in paragraphs, and in bytes.
const HEAD_PARAGRAPHS: usize = 6;
const HEAD: usize = 16 * 1024;
/// A date line is short, or its date comes first.
const SHORT_LINE: usize = 100;
const DATE_FIRST: usize = 40;

/// The first full date near the top that stands on its own line or opens a paragraph: the
/// date and the span of its words.
pub fn find(text: &str) -> Option<(NaiveDate, Span)> {
    find_in_order(text, timex::writes_day_first(text))
}

/// [`find`], for a text known to write its dates `day_first` or not.
pub(crate) fn find_in_order(text: &str, day_first: bool) -> Option<(NaiveDate, Span)> {
    for paragraph in paragraphs(head(text, HEAD))
        .into_iter()
        .take(HEAD_PARAGRAPHS)
    {
        let line = paragraph.of(text);
        let mentions = timex::find_in_line(line, day_first);
        let found = mentions.into_iter().find_map(|m| {
            let date = m.value.period()?.date()?;
            let placed = line.len() <= SHORT_LINE || m.span.start <= DATE_FIRST;
            (placed && leads_a_date_line(&line[..m.span.start])).then_some((date, m))
        });
        if let Some((date, mention)) = found {
            // A line of its own is the date line whole, with its clock time ("March 12, 2024
            // at 9:15 a.m."); in a story's first paragraph, only the date is.
            let words = match line.len() <= SHORT_LINE {
                true => Span::new(0, line.trim_end().len()),
                false => mention.span,
            };
            let span = Span::new(paragraph.start + words.start, paragraph.start + words.end);
            return Some((date, span));
        }
    }
    None
}

/// Whether the words before a date in its line are those of a date line ("Tuesday, ", "By
/// Ana Ruiz | ", "WASHINGTON, ", "Published ", "Last updated on "), not of a sentence that
/// tells something on that date ("On ", "The council voted on "): a sentence has a word in
/// lower case or a preposition before its date, a date line neither, unless a label opens it.
fn leads_a_date_line(before: &str) -> bool {
    let words: Vec<&str> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let lower = |w: &str| w.to_lowercase();
    match words.as_slice() {
        [first, ..] if DATE_LINE_LABELS.contains(&lower(first).as_str()) => true,
        // "By Ana Ruiz | March 12, 2024" is a byline; "By March 3, 2024, ..." a sentence.
        [first, _, ..] if lower(first) == "by" => true,
        _ => words.iter().all(|w| {
            !w.starts_with(char::is_lowercase) && !PREPOSITIONS.contains(&lower(w).as_str())
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Option<String> {
        find(text).map(|(d, _)| d.to_string())
    }

    #[test]
    fn common_date_lines_are_found() {
        for (text, expected) in [
            ("Headline here\n\nJun 19, 2024 09:20\n\nBody.", "2024-06-19"),
            ("Headline\n\nTuesday, October 15, 2024\n\nBody.", "2024-10-15"),
            ("Headline\n\nMarch 22, 2013\n\nBody text.", "2013-03-22"),
            ("Headline\n\n2013-03-22\n\nBody text.", "2013-03-22"),
            // In figures, in the order the text writes its other dates in.
            ("Strike\nUpdated: 04/03/2025 18:20\nThe ballot closed on 12 February.", "2025-03-04"),
            ("Strike\nUpdated: 04/03/2025 18:20\nThe ballot closed on February 12.", "2025-04-03"),
            // A number before a month's name that is no day is no sign of the order.
            ("Upsets\nPosted 04/03/2025 9:15 AM ET\nHere are the top 10 March Madness upsets.", "2025-04-03"),
            ("Storm\nLast updated 08/09/2024\nThe storm hit on 5 September and rain fell.", "2024-09-08"),
            ("Ferry\nUpdated: 07/10/2025 17:05\nA similar fire on 12 July forced a stop.", "2025-10-07"),
            ("Club\nUpdated: 07/10/2025\nSince 12 July the club has lost just twice.", "2025-10-07"),
            ("Club\nUpdated: 07/10/2025\nHe won on July 8. He has played in 10 March Madness games.", "2025-07-10"),
            ("Headline\nMarch 12, 2024 at 9:15 a.m.\nBody text.", "2024-03-12"),
            ("WASHINGTON, March 22, 2013 — Lawmakers voted on a long bill that took many months to write and pass.", "2013-03-22"),
        ] {
            assert_eq!(date(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn labelled_bylined_and_placed_date_lines_are_found() {
        for (text, expected) in [
            ("Headline\nPublished Nov. 24, 2024 at 3:15 p.m. ET\nBody.", "2024-11-24"),
            ("Headline\nLast updated on March 12, 2024\nBody.", "2024-03-12"),
            ("Headline\nBy Ana Ruiz | March 12, 2024\nBody.", "2024-03-12"),
            ("Headline\nPosted: Mar 12, 2024 / 09:15 AM EDT\nBody.", "2024-03-12"),
            ("MIAMI, March 12, 2024 (Reuters) - The storm hit the coast on Monday, officials said, and power was cut.", "2024-03-12"),
        ] {
            assert_eq!(date(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_story_sentence_that_opens_with_its_date_is_not_the_dateline() {
        for text in [
            "Council votes\n\nOn March 3, 2024, the council voted to close the library, which had opened in 1990, officials said on Friday.",
            "Council votes\nThe council voted on March 3, 2024 to close the library.",
            "Council votes\n\nOn March 3, 2024, the council voted.",
            "Council votes\n\nIn March 2024 the council voted to close the library.",
        ] {
            assert_eq!(date(text), None, "{text}");
        }
    }

    #[test]
    fn dates_inside_the_story_are_not_the_dateline() {
        assert_eq!(date("Headline\n\nThe treaty, signed in 1961, was replaced on a day nobody expected, long after March 22, 2013 had passed."), None);
        assert_eq!(date("No date at all.\n\nJust text."), None);
    }
}
