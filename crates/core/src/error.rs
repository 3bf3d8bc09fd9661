//! The one error type of the crate.

use std::fmt;

/// What went wrong reading a date or a timeline; its message is meant for the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A date that is not a TimeML value this crate understands.
    BadDate(String),
    /// A day its month does not have ("2023-02-30"): the month's label and its number of days.
    NoSuchDay {
        /// The value as written.
        value: String,
        /// The month, in words.
        month: String,
        /// How many days it has.
        days: i64,
    },
    /// A timeline file that is not valid JSON, or not in the timeline format.
    BadFormat(String),
    /// A timeline whose content contradicts itself (a quote not in the text, a repeated id...).
    BadTimeline(String),
    /// A TimelineJS file that is not JSON of that format, or has an event it cannot date.
    BadTimelineJs(String),
    /// An edit that cannot be made to a timeline, and why.
    BadEdit(String),
    /// A file with nothing to read in it: empty, or bytes that are not text.
    NotText(&'static str),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::BadDate(value) => write!(
                f,
                "'{value}' is not a date: expected a TimeML value such as 2024, 2024-06 or 2024-06-19"
            ),
            Error::NoSuchDay { value, month, days } => {
                write!(f, "'{value}' is not a date: {month} has {days} days")
            }
            Error::BadFormat(why) => write!(f, "not a Sourceline timeline file: {why}"),
            Error::BadTimeline(why) => write!(f, "the timeline contradicts itself: {why}"),
            Error::BadTimelineJs(why) => write!(f, "not a TimelineJS file Sourceline can read: {why}"),
            Error::BadEdit(why) => f.write_str(why),
            Error::NotText(why) => f.write_str(why),
        }
    }
}

impl std::error::Error for Error {}
