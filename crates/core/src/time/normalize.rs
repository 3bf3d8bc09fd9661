//! Resolving the words of a temporal expression to a [`TimeValue`] against the dateline.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::{TimeValue, MONTHS, WEEKDAYS};

/// Which way an expression without a year points from the dateline when its words do not say.
///
/// News mostly reports what happened: "voted on Monday" is the Monday before the dateline;
/// "hopes to reopen by Tuesday" is the Tuesday after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Past,
    Future,
}

/// Resolves a temporal expression to the date it names, no more precise than its words.
///
/// Expressions that carry a year ("1961", "July 2000", "June 19, 2024", "2024-06-19") need no
/// dateline. Those that do not ("Wednesday", "last September", "September last year",
/// "yesterday") resolve against `dateline`, in `direction` where the words leave it open.
/// Returns `None` for words it does not read as a date.
///
/// # Example
/// ```
/// use chrono::NaiveDate;
/// use sourceline_core::time::{normalize, Direction};
/// let dateline = NaiveDate::from_ymd_opt(2024, 6, 19);
/// let value = |words| normalize(words, dateline, Direction::Past).map(|v| v.to_string());
/// assert_eq!(value("in April 2019").as_deref(), Some("2019-04"));
/// assert_eq!(value("September last year").as_deref(), Some("2023-09"));
/// assert_eq!(value("last September").as_deref(), Some("2023-09"));
/// assert_eq!(value("Wednesday").as_deref(), Some("2024-06-19"));
/// assert_eq!(value("Monday").as_deref(), Some("2024-06-17"));
/// ```
pub fn normalize(
    expression: &str,
    dateline: Option<NaiveDate>,
    direction: Direction,
) -> Option<TimeValue> {
    if let Ok(value) = expression.trim().parse::<TimeValue>() {
        return Some(value);
    }
    let words: Vec<String> = expression
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| {
            !w.is_empty()
                && !matches!(
                    w.as_str(),
                    "in" | "on"
                        | "of"
                        | "the"
                        | "since"
                        | "early"
                        | "late"
                        | "morning"
                        | "afternoon"
                        | "evening"
                        | "night"
                )
        })
        .collect();
    let words: Vec<&str> = words.iter().map(String::as_str).collect();
    let dct = dateline;
    match words.as_slice() {
        [y] => year(y).map(TimeValue::Year).or_else(|| {
            let dct = dct?;
            if let Some(m) = month(y) {
                return Some(TimeValue::Month(month_year(dct, m, direction), m));
            }
            relative_day(y, dct, direction).map(TimeValue::Day)
        }),
        [m, y] => {
            if let (Some(m), Some(y)) = (month(m), year(y)) {
                return Some(TimeValue::Month(y, m));
            }
            let dct = dct?;
            let shift = shift(m)?;
            if *y == "year" {
                return Some(TimeValue::Year(dct.year() + shift));
            }
            if let Some(m) = month(y) {
                let year = match shift {
                    0 => dct.year(),
                    -1 => month_year(dct, m, Direction::Past),
                    _ => month_year(dct, m, Direction::Future),
                };
                return Some(TimeValue::Month(year, m));
            }
            let weekday = weekday(y)?;
            let found = match shift {
                0 => nearest_weekday(dct, weekday, direction),
                -1 => nearest_weekday(dct - Days::new(1), weekday, Direction::Past),
                _ => nearest_weekday(dct + Days::new(1), weekday, Direction::Future),
            };
            Some(TimeValue::Day(found))
        }
        [m, s, unit] if *unit == "year" => {
            let (m, dct) = (month(m)?, dct?);
            Some(TimeValue::Month(dct.year() + shift(s)?, m))
        }
        [m, d, y] | [d, m, y] if month(m).is_some() && day(d).is_some() => {
            NaiveDate::from_ymd_opt(year(y)?, month(m)?, day(d)?).map(TimeValue::Day)
        }
        _ => None,
    }
}

fn year(word: &str) -> Option<i32> {
    (word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())).then(|| word.parse().ok())?
}

fn day(word: &str) -> Option<u32> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    digits.parse().ok().filter(|d| (1..=31).contains(d))
}

/// The month a word names, in full or abbreviated ("Sept", "Jun").
pub(crate) fn month(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    let word = if word == "sept" { "sep" } else { word };
    MONTHS
        .iter()
        .position(|name| {
            let name = name.to_lowercase();
            name == word || (word.len() == 3 && name.starts_with(word))
        })
        .map(|i| i as u32 + 1)
}

fn weekday(word: &str) -> Option<Weekday> {
    let index = WEEKDAYS
        .iter()
        .position(|name| name.eq_ignore_ascii_case(word))?;
    Weekday::try_from(index as u8).ok()
}

/// -1 for "last" or "previous", 0 for "this", 1 for "next".
fn shift(word: &str) -> Option<i32> {
    match word {
        "last" | "previous" | "past" => Some(-1),
        "this" | "current" => Some(0),
        "next" | "coming" => Some(1),
        _ => None,
    }
}

fn relative_day(word: &str, dct: NaiveDate, direction: Direction) -> Option<NaiveDate> {
    match word {
        "today" | "tonight" => Some(dct),
        "yesterday" => dct.pred_opt(),
        "tomorrow" => dct.succ_opt(),
        _ => weekday(word).map(|w| nearest_weekday(dct, w, direction)),
    }
}

/// The year of month `m` nearest the dateline in `direction`; the dateline's own month is
/// its own year.
pub(crate) fn month_year(dct: NaiveDate, m: u32, direction: Direction) -> i32 {
    match direction {
        Direction::Past if m > dct.month() => dct.year() - 1,
        Direction::Future if m < dct.month() => dct.year() + 1,
        _ => dct.year(),
    }
}

/// The day named `weekday` nearest `from` in `direction`, `from` itself included.
pub(crate) fn nearest_weekday(
    from: NaiveDate,
    weekday: Weekday,
    direction: Direction,
) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    match direction {
        Direction::Future => from + Days::new(ahead.into()),
        Direction::Past => from - Days::new(((7 - ahead) % 7).into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(words: &str, dct: &str, direction: Direction) -> Option<String> {
        let dct = NaiveDate::parse_from_str(dct, "%Y-%m-%d").ok();
        normalize(words, dct, direction).map(|v| v.to_string())
    }

    #[test]
    fn dates_with_a_year_need_no_dateline() {
        for (words, expected) in [
            ("1961", "1961"),
            ("July 2000", "2000-07"),
            ("Sept. 2023", "2023-09"),
            ("June 19, 2024", "2024-06-19"),
            ("19 June 2024", "2024-06-19"),
            ("Jun 19, 2024", "2024-06-19"),
            ("2024-06-19", "2024-06-19"),
        ] {
            assert_eq!(
                normalize(words, None, Direction::Past)
                    .map(|v| v.to_string())
                    .as_deref(),
                Some(expected),
                "{words}"
            );
        }
    }

    #[test]
    fn weekdays_and_months_point_the_way_they_are_told() {
        // 2013-03-22 is a Friday.
        assert_eq!(
            value("Monday", "2013-03-22", Direction::Past).as_deref(),
            Some("2013-03-18")
        );
        assert_eq!(
            value("Monday", "2013-03-22", Direction::Future).as_deref(),
            Some("2013-03-25")
        );
        assert_eq!(
            value("next Friday", "2013-03-22", Direction::Past).as_deref(),
            Some("2013-03-29")
        );
        assert_eq!(
            value("last Friday", "2013-03-22", Direction::Past).as_deref(),
            Some("2013-03-15")
        );
        assert_eq!(
            value("October", "2013-03-22", Direction::Past).as_deref(),
            Some("2012-10")
        );
        assert_eq!(
            value("October", "2013-03-22", Direction::Future).as_deref(),
            Some("2013-10")
        );
        assert_eq!(
            value("this March", "2013-03-22", Direction::Past).as_deref(),
            Some("2013-03")
        );
        assert_eq!(
            value("yesterday", "2013-03-01", Direction::Past).as_deref(),
            Some("2013-02-28")
        );
        assert_eq!(
            value("next year", "2013-03-01", Direction::Past).as_deref(),
            Some("2014")
        );
    }

    #[test]
    fn words_that_are_not_dates_give_nothing() {
        for words in ["", "the treaty", "14,000", "No.", "Wednesday"] {
            assert_eq!(value(words, "", Direction::Past), None, "{words}");
        }
    }
}
