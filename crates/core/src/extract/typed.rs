//! Dates as a person types them into a form ("March 20, 2025", "spring 2019", "2019 to 2021",
//! "the 1990s", "early 2026"), read by the same rules that read an article, so that an editor
//! understands what the article itself would.

use chrono::{Datelike, NaiveDate};

use super::timex::{self, Expression};
use crate::doc::{EventDate, TimexType};
use crate::text::Span;
use crate::time::{Season, TimexValue};
use crate::{Error, TimeValue};

/// The words that join the two ends of a range a person types: "2019 to 2021", "2019-2021",
/// "from March through May", "between 1990 and 1995".
const RANGE_WORDS: [&str; 9] = [
    "to", "-", "–", "—", "through", "until", "till", "and", "thru",
];
/// Words around a date that say nothing more about it: "from 2019 to 2021", "in 2019",
/// "on March 20, 2025".
const FILLER: [&str; 5] = ["from", "between", "in", "on", "the"];
/// How the page names a week ([`TimeValue::label`]), which reads back as that week.
const WEEK_OF: &str = "the week of ";

/// Reads a date a person typed: a date as people write it, which the extractor's rules read
/// against `dateline` (the article's date, for "last week"), or a TimeML value (`2019-SU`,
/// `2019/2021`). Returns the date and what was understood, in words ("the start of 2026").
///
/// # Errors
/// Why the words are not one date, in words for the person who typed them: nothing is a date,
/// some words are not part of it, it is a length of time or repeats, it is counted from a
/// publication date the article does not have, or a range ends before it starts.
///
/// # Example
/// ```
/// use sourceline_core::extract::typed::read_date;
/// let (date, said) = read_date("March 20, 2025", None).unwrap();
/// assert_eq!((date.to_string().as_str(), said.as_str()), ("2025-03-20", "20 March 2025"));
/// assert_eq!(read_date("2019 to 2021", None).unwrap().0.to_string(), "2019/2021");
/// assert_eq!(read_date("early 2026", None).unwrap().1, "the start of 2026");
/// assert!(read_date("soon-ish", None).unwrap_err().contains("no date"));
/// ```
pub fn read_date(typed: &str, dateline: Option<NaiveDate>) -> Result<(EventDate, String), String> {
    let text = typed.trim();
    if text.is_empty() {
        return Err("nothing was typed: write a date such as 20 March 2025 or spring 2019".into());
    }
    // A TimeML value, as the format writes it, is taken as it is.
    let timeml = text.parse::<EventDate>();
    if let Ok(date) = timeml {
        return Ok((date, date.label()));
    }
    // "the week of 3 March 2025", as the page names a week: the week of that day.
    if let Some(day) = strip_prefix_ignoring_case(text, WEEK_OF) {
        if let Ok((EventDate::On(TimeValue::Day(day)), _)) = read_date(day, dateline) {
            let week = TimeValue::Week(day.iso_week().year(), day.iso_week().week());
            return Ok((EventDate::On(week), week.label()));
        }
    }
    let dates = timex::find(text, &[Span::new(0, text.len())], dateline);
    let left = leftover(text, &dates);
    if dates.is_empty() || !left.is_empty() {
        // A value shaped as TimeML with a day its month lacks: that is the reason to give.
        if let Err(why @ Error::NoSuchDay { .. }) = timeml {
            return Err(why.to_string());
        }
    }
    if dates.is_empty() {
        // Words the rules read only against a publication date: "last week", "Friday".
        let somewhen = NaiveDate::from_ymd_opt(2000, 1, 1);
        let relative = timex::find(text, &[Span::new(0, text.len())], somewhen);
        if let Some(words) = relative.first().filter(|_| dateline.is_none()) {
            return Err(format!(
                "\"{}\" is counted from the day the article was published, which this timeline \
                 does not know: set \"Published on\" first, or write the date itself",
                words.span.of(text)
            ));
        }
        return Err(format!(
            "no date was found in \"{text}\": write it as 20 March 2025, March 2025, spring 2019, 2019 to 2021 or the 1990s"
        ));
    }
    if !left.is_empty() {
        return Err(format!(
            "\"{}\" is not part of a date: write only the date, such as 20 March 2025",
            left.join(" ")
        ));
    }
    let ends: Vec<(TimeValue, String)> = dates
        .iter()
        .map(|e| one(text, e))
        .collect::<Result<_, _>>()?;
    match ends.as_slice() {
        [(value, said)] => Ok((EventDate::On(*value), said.clone())),
        // "winter 2023–24", as the page names a winter: the one that starts in December 2023.
        [(winter @ TimeValue::Season(year, Season::Winter), _), (TimeValue::Year(next), _)]
            if *next == year + 1 =>
        {
            Ok((EventDate::On(*winter), winter.label()))
        }
        [(first, from), (last, to)] if joined(text, dates[0].span, dates[1].span) => {
            if last.day_numbers().1 <= first.day_numbers().0 {
                return Err(format!("\"{text}\" ends before it starts"));
            }
            Ok((EventDate::Between(*first, *last), format!("{from} to {to}")))
        }
        [_, _] => Err(format!(
            "\"{text}\" names two dates: for a span of time, join them with \"to\", as in 2019 to 2021"
        )),
        _ => Err(format!(
            "\"{text}\" names {} dates: an event has one date, or a span from one to another",
            ends.len()
        )),
    }
}

/// The date one expression gives, and what it means in words.
fn one(text: &str, expression: &Expression) -> Result<(TimeValue, String), String> {
    let words = expression.span.of(text);
    let value = match expression.value {
        TimexValue::Point(value) => value,
        TimexValue::PartOfDay(day, _) => TimeValue::Day(day),
        TimexValue::Weekend(year, week) => TimeValue::Week(year, week),
        _ => {
            return Err(match expression.kind() {
                TimexType::Duration => {
                    format!("\"{words}\" is a length of time, not a date: write when it happened")
                }
                TimexType::Set => {
                    format!("\"{words}\" happens again and again: an event needs one date")
                }
                // PAST_REF, PRESENT_REF, FUTURE_REF.
                _ => format!(
                    "\"{words}\" names no date that can be drawn: write a day, a month or a year"
                ),
            });
        }
    };
    Ok((value, expression.mention().meaning()))
}

/// `text` after `prefix`, whatever the case of its ASCII letters.
fn strip_prefix_ignoring_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// Whether the words between two dates join them as the ends of one range.
fn joined(text: &str, first: Span, second: Span) -> bool {
    let between = text.get(first.end..second.start).unwrap_or("").trim();
    // "2019 and 2021" are two dates; "between 2019 and 2021" is a span.
    let before = text.get(..first.start).unwrap_or("").trim_end();
    if between.eq_ignore_ascii_case("and") {
        return before.to_ascii_lowercase().ends_with("between");
    }
    RANGE_WORDS.iter().any(|w| between.eq_ignore_ascii_case(w))
}

/// The words of `text` outside every date and not among the words that go around one.
fn leftover<'a>(text: &'a str, dates: &[Expression]) -> Vec<&'a str> {
    let mut left = Vec::new();
    let mut at = 0;
    for piece in dates
        .iter()
        .map(|e| e.span)
        .chain(std::iter::once(Span::new(text.len(), text.len())))
    {
        let gap = text.get(at..piece.start).unwrap_or("");
        left.extend(
            gap.split(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | '(' | ')'))
                .filter(|w| !w.is_empty())
                .filter(|w| {
                    !RANGE_WORDS
                        .iter()
                        .chain(FILLER.iter())
                        .any(|known| w.eq_ignore_ascii_case(known))
                }),
        );
        at = piece.end.max(at);
    }
    left
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(typed: &str) -> Result<(String, String), String> {
        let dateline = NaiveDate::from_ymd_opt(2025, 3, 12);
        read_date(typed, dateline).map(|(date, said)| (date.to_string(), said))
    }

    #[test]
    fn dates_as_people_write_them_are_read_as_the_article_would_be() {
        for (typed, value, said) in [
            ("March 20, 2025", "2025-03-20", "20 March 2025"),
            ("20 March 2025", "2025-03-20", "20 March 2025"),
            ("20/03/2025", "2025-03-20", "20 March 2025"),
            ("spring 2019", "2019-SP", "spring 2019"),
            ("2019 to 2021", "2019/2021", "2019 to 2021"),
            ("from 2019 to 2021", "2019/2021", "2019 to 2021"),
            ("2019-2021", "2019/2021", "2019 to 2021"),
            ("the 1990s", "199", "the 1990s"),
            ("early 2026", "2026", "the start of 2026"),
            ("April 2019", "2019-04", "April 2019"),
            ("1961", "1961", "1961"),
            ("last week", "2025-W10", "the week of 3 March 2025"),
            ("yesterday", "2025-03-11", "11 March 2025"),
        ] {
            assert_eq!(
                read(typed),
                Ok((value.to_string(), said.to_string())),
                "{typed}"
            );
        }
    }

    #[test]
    fn timeml_values_are_still_taken_as_they_are() {
        assert_eq!(read("2019-SU").unwrap().0, "2019-SU");
        assert_eq!(read(" 2019/2021 ").unwrap().0, "2019/2021");
        assert_eq!(read("2024-06-19T09:20").unwrap().0, "2024-06-19T09:20");
    }

    #[test]
    fn the_pages_own_names_of_dates_read_back_as_those_dates() {
        for value in [
            "2019-04",
            "2024-06-19",
            "1961",
            "199",
            "19",
            "2019-SP",
            "2023-WI",
            "2019/2021",
            "2024-Q1",
            "2013-H2",
            "2025-W10",
            "BC0490",
            "0009",
            "2019-04/2023-09",
        ] {
            let date: EventDate = value.parse().unwrap();
            let read = read_date(&date.label(), None).map(|(d, _)| d.to_string());
            assert_eq!(read.as_deref(), Ok(value), "{}", date.label());
        }
    }

    #[test]
    fn what_is_not_one_date_is_said_in_words() {
        for (typed, why) in [
            ("", "nothing was typed"),
            ("blue moon", "no date was found in \"blue moon\""),
            ("someday", "\"someday\" names no date"),
            ("March 2025 maybe", "\"maybe\" is not part of a date"),
            ("three years", "is a length of time"),
            ("every week", "happens again and again"),
            ("2019 2021", "names two dates"),
            ("2021 to 2019", "ends before it starts"),
            ("2023-02-30", "February 2023 has 28 days"),
        ] {
            let said = read(typed).unwrap_err();
            assert!(said.contains(why), "{typed}: {said}");
            assert!(!said.contains("TimeML"), "{typed}: {said}");
        }
        let undated = read_date("last week", None).unwrap_err();
        assert!(undated.contains("Published on"), "{undated}");
    }
}
