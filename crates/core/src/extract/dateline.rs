//! The article's own date line: "Jun 19, 2024 09:20", "Tuesday, October 15, 2024",
//! "March 22, 2013", "2013-03-22", or "WASHINGTON, March 22, 2013 — ..." near the top.

use chrono::NaiveDate;

use super::timex;
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
    for paragraph in paragraphs(head(text, HEAD))
        .into_iter()
        .take(HEAD_PARAGRAPHS)
    {
        let line = paragraph.of(text);
        let mentions = timex::find(line, &[Span::new(0, line.len())], None);
        let found = mentions.into_iter().find_map(|m| {
            let date = m.value.period()?.date()?;
            (line.len() <= SHORT_LINE || m.span.start <= DATE_FIRST).then_some((date, m))
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
            ("Headline\nMarch 12, 2024 at 9:15 a.m.\nBody text.", "2024-03-12"),
            ("WASHINGTON, March 22, 2013 — Lawmakers voted on a long bill that took many months to write and pass.", "2013-03-22"),
        ] {
            assert_eq!(date(text).as_deref(), Some(expected), "{text}");
        }
    }

    #[test]
    fn dates_inside_the_story_are_not_the_dateline() {
        assert_eq!(date("Headline\n\nThe treaty, signed in 1961, was replaced on a day nobody expected, long after March 22, 2013 had passed."), None);
        assert_eq!(date("No date at all.\n\nJust text."), None);
    }
}
