//! What a temporal expression means once anchored, typed: a [`TimexValue`] and its
//! [`Modifier`], with the units, amounts and recurrences they are made of. The formats write
//! them as TimeML strings (`Display`) and read them back ([`TimexValue::from_timeml`],
//! [`Modifier::from_timeml`]).

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::lexicon::UNITS;
use crate::time::{zone_offset, PartOfDay, Season, TimeValue};

/// The TimeML type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    /// A calendar period: "July 2000", "last September".
    Date,
    /// A time of a day: "9 a.m.", "Friday morning".
    Time,
    /// A length: "three days".
    Duration,
    /// A time that recurs: "every week".
    Set,
}

/// A unit of time as the text names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(missing_docs)] // Each is the unit it names.
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// Every unit, in the order of the lexicon's unit names.
    pub const ALL: [Unit; 11] = [
        Unit::Second,
        Unit::Minute,
        Unit::Hour,
        Unit::Day,
        Unit::Week,
        Unit::Weekend,
        Unit::Month,
        Unit::Quarter,
        Unit::Year,
        Unit::Decade,
        Unit::Century,
    ];

    /// Whether it is shorter than a day: an hour, a minute, a second.
    pub fn is_within_a_day(self) -> bool {
        matches!(self, Unit::Hour | Unit::Minute | Unit::Second)
    }

    /// The unit in words, singular: "week".
    pub fn name(self) -> &'static str {
        // UNITS names the eleven units of Unit::ALL, in the same order.
        Unit::ALL
            .iter()
            .position(|&unit| unit == self)
            .map_or("", |i| UNITS[i])
    }

    /// The unit named by `singular` ("week").
    pub fn named(singular: &str) -> Option<Unit> {
        UNITS
            .iter()
            .position(|u| *u == singular)
            // UNITS names the eleven units of Unit::ALL, in the same order.
            .map(|i| Unit::ALL[i])
    }
}

/// How many units: a number, a number and a half ("two and a half", "2 1/2", "half a"
/// is none and a half), or an unspecified "several".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Amount {
    /// "three days".
    Exactly(u32),
    /// "two and a half years".
    AndAHalf(u32),
    /// "several years", "years".
    Some,
}

impl Unit {
    /// `n` and a half of this unit as a whole count of a smaller unit, where the half is
    /// one: two and a half years are 30 months.
    pub fn and_a_half(self, n: u32) -> Option<(u32, Unit)> {
        Some(match self {
            Unit::Year => (12 * n + 6, Unit::Month),
            Unit::Day => (24 * n + 12, Unit::Hour),
            Unit::Hour => (60 * n + 30, Unit::Minute),
            Unit::Minute => (60 * n + 30, Unit::Second),
            Unit::Decade => (10 * n + 5, Unit::Year),
            Unit::Century => (100 * n + 50, Unit::Year),
            _ => return None,
        })
    }
}

/// A time the words place only vaguely: "recently", "now", "in the future".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vague {
    /// `PAST_REF`: "recently", "in the past".
    Past,
    /// `PRESENT_REF`: "now", "currently".
    Present,
    /// `FUTURE_REF`: "in the future", "soon".
    Future,
}

/// What recurs in a set: "daily", "every Monday", "every morning".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recurrence {
    /// Every so many units: "daily" is every 1 day, "every four years" every 4 years.
    Every(u32, Unit),
    /// "every Monday".
    Weekday(Weekday),
    /// "Tuesday nights".
    WeekdayPart(Weekday, PartOfDay),
    /// "every morning".
    PartOfDay(PartOfDay),
    /// "each July".
    Month(u32),
    /// "every summer".
    Season(Season),
}

/// What a temporal expression means once anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimexValue {
    /// A calendar period or a moment: `1961`, `2000-07`, `2024-06-19`, `2024-06-19T09:20`.
    Point(TimeValue),
    /// A moment in a stated zone, its offset from UTC in minutes: `2024-03-04T16:08Z`,
    /// `2024-03-05T09:00-05`.
    Zoned(NaiveDateTime, i16),
    /// A part of a day: `2024-06-19TMO`.
    PartOfDay(NaiveDate, PartOfDay),
    /// The weekend of an ISO week: `2013-W11-WE`.
    Weekend(i32, u32),
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    Vague(Vague),
    /// A length of time: `P3D`, `PT2H`, `PXY`.
    Duration(Amount, Unit),
    /// A recurring time: `P1W`, `XXXX-WXX-1`, `XXXX-XX-XXTMO`.
    Set(Recurrence),
}

impl TimexValue {
    /// The TimeML type of an expression with this value.
    pub fn kind(&self) -> TimexType {
        match self {
            TimexValue::Point(TimeValue::Minute(_))
            | TimexValue::Zoned(..)
            | TimexValue::PartOfDay(..) => TimexType::Time,
            TimexValue::Duration(..) => TimexType::Duration,
            TimexValue::Set(_) => TimexType::Set,
            _ => TimexType::Date,
        }
    }

    /// The calendar period it falls in, for placing it on a timeline: a moment's day, a part
    /// of a day's day.
    pub fn period(&self) -> Option<TimeValue> {
        match *self {
            TimexValue::Point(TimeValue::Minute(t)) | TimexValue::Zoned(t, _) => {
                Some(TimeValue::Day(t.date()))
            }
            TimexValue::Point(value) => Some(value),
            TimexValue::PartOfDay(day, _) => Some(TimeValue::Day(day)),
            _ => None,
        }
    }

    /// A weekend's Saturday and Sunday; `None` for any other value, or a week that does not
    /// exist.
    pub fn weekend_days(&self) -> Option<(NaiveDate, NaiveDate)> {
        let TimexValue::Weekend(year, week) = *self else {
            return None;
        };
        let day = |d| NaiveDate::from_isoywd_opt(year, week, d);
        Some((day(Weekday::Sat)?, day(Weekday::Sun)?))
    }
}

/// An offset from UTC in minutes as ISO 8601 writes it, in whole hours where it is
/// (`+05:30`, `-05`), its minus sign `minus`: `-` for TimeML, `−` for a reader.
pub(crate) fn zone_offset_words(offset: i16, minus: char) -> String {
    let (hours, minutes) = (offset.abs() / 60, offset.abs() % 60);
    let sign = if offset < 0 { minus } else { '+' };
    match minutes {
        0 => format!("{sign}{hours:02}"),
        _ => format!("{sign}{hours:02}:{minutes:02}"),
    }
}

/// A unit's TimeML letter and whether it is counted in time (`PT2H`) rather than in dates.
fn unit_code(unit: Unit) -> Option<(&'static str, bool)> {
    Some(match unit {
        Unit::Second => ("S", true),
        Unit::Minute => ("M", true),
        Unit::Hour => ("H", true),
        Unit::Day => ("D", false),
        Unit::Week => ("W", false),
        Unit::Month => ("M", false),
        Unit::Year => ("Y", false),
        Unit::Decade => ("DE", false),
        Unit::Century => ("CE", false),
        Unit::Quarter => ("Q", false),
        Unit::Weekend => return None,
    })
}

fn write_duration(f: &mut fmt::Formatter<'_>, amount: Amount, unit: Unit) -> fmt::Result {
    // A known number of decades or centuries is written in years: "two decades" is P20Y.
    let (amount, unit) = match (amount, unit) {
        (Amount::Exactly(n), Unit::Decade) => (Amount::Exactly(10 * n), Unit::Year),
        (Amount::Exactly(n), Unit::Century) => (Amount::Exactly(100 * n), Unit::Year),
        // "a decade and a half" is P15Y.
        (Amount::AndAHalf(n), Unit::Decade | Unit::Century) => match unit.and_a_half(n) {
            Some((years, smaller)) => (Amount::Exactly(years), smaller),
            None => (amount, unit),
        },
        other => other,
    };
    let Some((code, in_time)) = unit_code(unit) else {
        return write!(f, "PX");
    };
    let t = if in_time { "T" } else { "" };
    match amount {
        Amount::Exactly(n) => write!(f, "P{t}{n}{code}"),
        Amount::Some => write!(f, "P{t}X{code}"),
        // "two and a half years" is P2Y6M, "half an hour" PT30M, the half in the smaller
        // unit that holds it whole; half a week is unknown.
        Amount::AndAHalf(n) => match unit.and_a_half(0).and_then(|(half, smaller)| {
            unit_code(smaller).map(|(small_code, small_in_time)| (half, small_code, small_in_time))
        }) {
            Some((half, small_code, small_in_time)) => {
                let whole = if n > 0 {
                    format!("{n}{code}")
                } else {
                    String::new()
                };
                let into_time = if small_in_time && !in_time { "T" } else { "" };
                write!(f, "P{t}{whole}{into_time}{half}{small_code}")
            }
            None => write!(f, "P{t}X{code}"),
        },
    }
}

impl fmt::Display for TimexValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            TimexValue::Point(value) => write!(f, "{value}"),
            // ISO 8601 writes UTC as "Z", and an offset in whole hours as its hours alone.
            TimexValue::Zoned(moment, 0) => write!(f, "{}Z", TimeValue::Minute(moment)),
            TimexValue::Zoned(moment, offset) => {
                write!(
                    f,
                    "{}{}",
                    TimeValue::Minute(moment),
                    zone_offset_words(offset, '-')
                )
            }
            TimexValue::PartOfDay(day, part) => {
                write!(f, "{}T{}", TimeValue::Day(day), part.code())
            }
            TimexValue::Weekend(year, week) => write!(f, "{year:04}-W{week:02}-WE"),
            TimexValue::Vague(Vague::Past) => write!(f, "PAST_REF"),
            TimexValue::Vague(Vague::Present) => write!(f, "PRESENT_REF"),
            TimexValue::Vague(Vague::Future) => write!(f, "FUTURE_REF"),
            TimexValue::Duration(amount, unit) => write_duration(f, amount, unit),
            // A quarter recurs as three months: "quarterly" is P3M.
            TimexValue::Set(Recurrence::Every(n, Unit::Quarter)) => {
                write_duration(f, Amount::Exactly(3 * n), Unit::Month)
            }
            TimexValue::Set(Recurrence::Every(n, unit)) => {
                write_duration(f, Amount::Exactly(n), unit)
            }
            TimexValue::Set(Recurrence::Weekday(day)) => {
                write!(f, "XXXX-WXX-{}", day.number_from_monday())
            }
            TimexValue::Set(Recurrence::WeekdayPart(day, part)) => {
                write!(f, "XXXX-WXX-{}T{}", day.number_from_monday(), part.code())
            }
            TimexValue::Set(Recurrence::Month(m)) => write!(f, "XXXX-{m:02}"),
            TimexValue::Set(Recurrence::Season(season)) => write!(f, "XXXX-{}", season.code()),
            TimexValue::Set(Recurrence::PartOfDay(part)) => write!(f, "XXXX-XX-XXT{}", part.code()),
        }
    }
}

/// A TimeML `mod`: how a mention qualifies its value ("about an hour", "the end of 2019").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modifier {
    /// `BEFORE`: "before 2019".
    Before,
    /// `AFTER`: "after 2019".
    After,
    /// `ON_OR_BEFORE`: "2019 or earlier".
    OnOrBefore,
    /// `ON_OR_AFTER`: "since 2019", "2019 or later".
    OnOrAfter,
    /// `LESS_THAN`: "less than a week", "nearly 20 years".
    LessThan,
    /// `MORE_THAN`: "more than a week", "over ten days".
    MoreThan,
    /// `EQUAL_OR_LESS`: "up to a week".
    EqualOrLess,
    /// `EQUAL_OR_MORE`: "at least a week".
    EqualOrMore,
    /// `START`: "the start of 2019", "early 2019".
    Start,
    /// `MID`: "mid-2019".
    Mid,
    /// `END`: "the end of 2019", "late 2019".
    End,
    /// `APPROX`: "about an hour", "around 1900".
    Approx,
}

impl Modifier {
    /// Every modifier with its TimeML code and the words a reader is told it by.
    const ALL: [(Modifier, &'static str, &'static str); 12] = [
        (Modifier::Before, "BEFORE", "before "),
        (Modifier::After, "AFTER", "after "),
        (Modifier::OnOrBefore, "ON_OR_BEFORE", "until "),
        (Modifier::OnOrAfter, "ON_OR_AFTER", "since "),
        (Modifier::LessThan, "LESS_THAN", "less than "),
        (Modifier::MoreThan, "MORE_THAN", "more than "),
        (Modifier::EqualOrLess, "EQUAL_OR_LESS", "at most "),
        (Modifier::EqualOrMore, "EQUAL_OR_MORE", "at least "),
        (Modifier::Start, "START", "the start of "),
        (Modifier::Mid, "MID", "mid-"),
        (Modifier::End, "END", "the end of "),
        (Modifier::Approx, "APPROX", "about "),
    ];

    fn entry(self) -> (Modifier, &'static str, &'static str) {
        Modifier::ALL
            .into_iter()
            .find(|(m, _, _)| *m == self)
            .unwrap_or(Modifier::ALL[0])
    }

    /// The words it puts before what a value means: "about ", "the end of ".
    pub fn words(self) -> &'static str {
        self.entry().2
    }

    /// The modifier TimeML writes as `code` ("APPROX"), for the formats that read it.
    pub fn from_timeml(code: &str) -> Option<Modifier> {
        Modifier::ALL
            .into_iter()
            .find(|(_, c, _)| *c == code)
            .map(|(m, _, _)| m)
    }
}

/// Written as TimeML writes it: `APPROX`, `ON_OR_AFTER`.
impl fmt::Display for Modifier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.entry().1)
    }
}

impl TimexValue {
    /// Reads the TimeML `value` of a mention of type `kind`, as [`fmt::Display`] writes it:
    /// for the formats that read mentions back. The type tells a set from a length (`P1W` is
    /// both).
    pub fn from_timeml(kind: TimexType, value: &str) -> Option<TimexValue> {
        match kind {
            TimexType::Duration => {
                duration(value).map(|(amount, unit)| TimexValue::Duration(amount, unit))
            }
            TimexType::Set => recurrence(value).map(TimexValue::Set),
            TimexType::Date | TimexType::Time => point(value),
        }
    }
}

/// A calendar period, a moment (zoned or not), a part of a day, a weekend or a vague time.
fn point(value: &str) -> Option<TimexValue> {
    match value {
        "PAST_REF" => return Some(TimexValue::Vague(Vague::Past)),
        "PRESENT_REF" => return Some(TimexValue::Vague(Vague::Present)),
        "FUTURE_REF" => return Some(TimexValue::Vague(Vague::Future)),
        _ => {}
    }
    if let Some(week) = value.strip_suffix("-WE") {
        return match week.parse().ok()? {
            TimeValue::Week(year, week) => Some(TimexValue::Weekend(year, week)),
            _ => None,
        };
    }
    if let Some((day, time)) = value.split_once('T') {
        if let Some(part) = PartOfDay::from_code(time) {
            return match day.parse().ok()? {
                TimeValue::Day(day) => Some(TimexValue::PartOfDay(day, part)),
                _ => None,
            };
        }
        if let Some(at) = time.find(['Z', '+', '-']) {
            let offset = zone_offset(&time[at..])?;
            return match value.parse().ok()? {
                TimeValue::Minute(moment) => Some(TimexValue::Zoned(moment, offset)),
                _ => None,
            };
        }
    }
    value.parse().ok().map(TimexValue::Point)
}

/// The unit TimeML writes as `code`, counted in time (after `T`) or in dates.
fn unit_coded(code: &str, in_time: bool) -> Option<Unit> {
    Unit::ALL
        .into_iter()
        .find(|&unit| unit_code(unit) == Some((code, in_time)))
}

/// A length: `P3D`, `PT2H`, `PXY`, `PX`, and a count and a half written in the smaller unit
/// as [`write_duration`] writes it (`P2Y6M`, `PT1H30M`).
fn duration(value: &str) -> Option<(Amount, Unit)> {
    let rest = value.strip_prefix('P')?;
    if rest == "X" {
        return Some((Amount::Some, Unit::Weekend));
    }
    let (in_time, rest) = match rest.strip_prefix('T') {
        Some(rest) => (true, rest),
        None => (false, rest),
    };
    if let Some(code) = rest.strip_prefix('X') {
        return Some((Amount::Some, unit_coded(code, in_time)?));
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let count: u32 = rest[..digits].parse().ok()?;
    if let Some(unit) = unit_coded(&rest[digits..], in_time) {
        return Some((Amount::Exactly(count), unit));
    }
    [Unit::Year, Unit::Day, Unit::Hour, Unit::Minute]
        .into_iter()
        .map(|unit| (Amount::AndAHalf(count), unit))
        .find(|&(amount, unit)| TimexValue::Duration(amount, unit).to_string() == value)
}

/// What recurs: `P1W`, `XXXX-WXX-1`, `XXXX-WXX-2TNI`, `XXXX-XX-XXTMO`, `XXXX-07`, `XXXX-SU`.
fn recurrence(value: &str) -> Option<Recurrence> {
    let Some(rest) = value.strip_prefix("XXXX-") else {
        return match duration(value)? {
            (Amount::Exactly(n), unit) => Some(Recurrence::Every(n, unit)),
            _ => None,
        };
    };
    if let Some(day) = rest.strip_prefix("WXX-") {
        let (day, part) = match day.split_once('T') {
            Some((day, code)) => (day, Some(PartOfDay::from_code(code)?)),
            None => (day, None),
        };
        let number: u8 = day.parse().ok().filter(|n| (1..=7).contains(n))?;
        let weekday = Weekday::try_from(number - 1).ok()?;
        return Some(match part {
            Some(part) => Recurrence::WeekdayPart(weekday, part),
            None => Recurrence::Weekday(weekday),
        });
    }
    if let Some(code) = rest.strip_prefix("XX-XXT") {
        return PartOfDay::from_code(code).map(Recurrence::PartOfDay);
    }
    if let Some(&(season, _)) = Season::ALL.iter().find(|(_, code)| *code == rest) {
        return Some(Recurrence::Season(season));
    }
    let month: u32 = rest
        .parse()
        .ok()
        .filter(|m| rest.len() == 2 && (1..=12).contains(m))?;
    Some(Recurrence::Month(month))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_value_is_written_as_timeml() {
        let day = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap();
        for (value, written) in [
            (TimexValue::Point(TimeValue::Year(1961)), "1961"),
            (
                TimexValue::PartOfDay(day, PartOfDay::Morning),
                "2024-06-19TMO",
            ),
            (TimexValue::Weekend(2013, 11), "2013-W11-WE"),
            (TimexValue::Vague(Vague::Present), "PRESENT_REF"),
            (TimexValue::Duration(Amount::Exactly(3), Unit::Day), "P3D"),
            (TimexValue::Duration(Amount::Exactly(2), Unit::Hour), "PT2H"),
            (TimexValue::Duration(Amount::Some, Unit::Year), "PXY"),
            (
                TimexValue::Duration(Amount::Exactly(2), Unit::Decade),
                "P20Y",
            ),
            (TimexValue::Duration(Amount::Some, Unit::Decade), "PXDE"),
            (
                TimexValue::Duration(Amount::AndAHalf(2), Unit::Year),
                "P2Y6M",
            ),
            (
                TimexValue::Duration(Amount::AndAHalf(0), Unit::Hour),
                "PT30M",
            ),
            (
                TimexValue::Duration(Amount::AndAHalf(1), Unit::Day),
                "P1DT12H",
            ),
            (
                TimexValue::Duration(Amount::AndAHalf(1), Unit::Minute),
                "PT1M30S",
            ),
            (
                TimexValue::Duration(Amount::AndAHalf(1), Unit::Decade),
                "P15Y",
            ),
            (TimexValue::Set(Recurrence::Every(1, Unit::Week)), "P1W"),
            (TimexValue::Set(Recurrence::Every(1, Unit::Quarter)), "P3M"),
            (TimexValue::Set(Recurrence::Month(7)), "XXXX-07"),
            (
                TimexValue::Set(Recurrence::Weekday(Weekday::Mon)),
                "XXXX-WXX-1",
            ),
            (
                TimexValue::Set(Recurrence::PartOfDay(PartOfDay::Evening)),
                "XXXX-XX-XXTEV",
            ),
        ] {
            assert_eq!(value.to_string(), written);
            let kind = value.kind();
            let read = TimexValue::from_timeml(kind, written).expect(written);
            assert_eq!(read.to_string(), written, "read back");
        }
    }

    #[test]
    fn what_is_written_reads_back_as_it_was() {
        let day = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap();
        let moment = day.and_hms_opt(16, 8, 0).unwrap();
        for value in [
            TimexValue::Point(TimeValue::Minute(moment)),
            TimexValue::Point(TimeValue::Season(2019, Season::Summer)),
            TimexValue::Zoned(moment, 0),
            TimexValue::Zoned(moment, -300),
            TimexValue::Zoned(moment, 330),
            TimexValue::PartOfDay(day, PartOfDay::Night),
            TimexValue::Weekend(2013, 11),
            TimexValue::Vague(Vague::Future),
            TimexValue::Duration(Amount::AndAHalf(2), Unit::Year),
            TimexValue::Duration(Amount::AndAHalf(1), Unit::Hour),
            TimexValue::Duration(Amount::Some, Unit::Weekend),
            TimexValue::Duration(Amount::Exactly(3), Unit::Quarter),
            TimexValue::Duration(Amount::Some, Unit::Century),
            TimexValue::Set(Recurrence::WeekdayPart(Weekday::Tue, PartOfDay::Night)),
            TimexValue::Set(Recurrence::Season(Season::Winter)),
            TimexValue::Set(Recurrence::Every(4, Unit::Year)),
            TimexValue::Set(Recurrence::PartOfDay(PartOfDay::Morning)),
        ] {
            let written = value.to_string();
            assert_eq!(
                TimexValue::from_timeml(value.kind(), &written),
                Some(value),
                "{written}"
            );
        }
        for modifier in Modifier::ALL.map(|(m, _, _)| m) {
            assert_eq!(Modifier::from_timeml(&modifier.to_string()), Some(modifier));
        }
    }

    #[test]
    fn a_value_that_is_not_timeml_of_its_type_is_not_read() {
        for (kind, value) in [
            (TimexType::Date, "next week"),
            (TimexType::Date, "P1W"),
            (TimexType::Duration, "2019"),
            (TimexType::Duration, "P3"),
            (TimexType::Set, "XXXX-13"),
            (TimexType::Set, "XXXX-WXX-8"),
            (TimexType::Time, "2024-06-19T16:08+5"),
        ] {
            assert_eq!(TimexValue::from_timeml(kind, value), None, "{value}");
        }
        assert_eq!(Modifier::from_timeml("EARLYISH"), None);
    }
}
