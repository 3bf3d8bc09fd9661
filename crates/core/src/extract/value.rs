//! [`Value`]: an anchored temporal expression, and the one place it is written as TimeML.

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};

use super::meaning::{Amount, Recurrence, Unit, Vague};
use crate::doc::TimexType;
use crate::time::{PartOfDay, TimeValue};

/// What a temporal expression means once anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
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

impl Value {
    /// The TimeML type of an expression with this value.
    pub fn kind(&self) -> TimexType {
        match self {
            Value::Point(TimeValue::Minute(_)) | Value::Zoned(..) | Value::PartOfDay(..) => {
                TimexType::Time
            }
            Value::Duration(..) => TimexType::Duration,
            Value::Set(_) => TimexType::Set,
            _ => TimexType::Date,
        }
    }

    /// The calendar period it falls in, for placing it on a timeline: a moment's day, a part
    /// of a day's day.
    pub fn period(&self) -> Option<TimeValue> {
        match *self {
            Value::Point(TimeValue::Minute(t)) | Value::Zoned(t, _) => {
                Some(TimeValue::Day(t.date()))
            }
            Value::Point(value) => Some(value),
            Value::PartOfDay(day, _) => Some(TimeValue::Day(day)),
            _ => None,
        }
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

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Value::Point(value) => write!(f, "{value}"),
            // ISO 8601 writes UTC as "Z", and an offset in whole hours as its hours alone.
            Value::Zoned(moment, offset) => {
                write!(f, "{}", TimeValue::Minute(moment))?;
                let (hours, minutes) = (offset.abs() / 60, offset.abs() % 60);
                let sign = if offset < 0 { '-' } else { '+' };
                match (offset, minutes) {
                    (0, _) => write!(f, "Z"),
                    (_, 0) => write!(f, "{sign}{hours:02}"),
                    _ => write!(f, "{sign}{hours:02}:{minutes:02}"),
                }
            }
            Value::PartOfDay(day, part) => write!(f, "{}T{}", TimeValue::Day(day), part.code()),
            Value::Weekend(year, week) => write!(f, "{year:04}-W{week:02}-WE"),
            Value::Vague(Vague::Past) => write!(f, "PAST_REF"),
            Value::Vague(Vague::Present) => write!(f, "PRESENT_REF"),
            Value::Vague(Vague::Future) => write!(f, "FUTURE_REF"),
            Value::Duration(amount, unit) => write_duration(f, amount, unit),
            // A quarter recurs as three months: "quarterly" is P3M.
            Value::Set(Recurrence::Every(n, Unit::Quarter)) => {
                write_duration(f, Amount::Exactly(3 * n), Unit::Month)
            }
            Value::Set(Recurrence::Every(n, unit)) => write_duration(f, Amount::Exactly(n), unit),
            Value::Set(Recurrence::Weekday(day)) => {
                write!(f, "XXXX-WXX-{}", day.number_from_monday())
            }
            Value::Set(Recurrence::WeekdayPart(day, part)) => {
                write!(f, "XXXX-WXX-{}T{}", day.number_from_monday(), part.code())
            }
            Value::Set(Recurrence::Month(m)) => write!(f, "XXXX-{m:02}"),
            Value::Set(Recurrence::Season(season)) => write!(f, "XXXX-{}", season.code()),
            Value::Set(Recurrence::PartOfDay(part)) => write!(f, "XXXX-XX-XXT{}", part.code()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    #[test]
    fn every_kind_of_value_is_written_as_timeml() {
        let day = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap();
        for (value, written) in [
            (Value::Point(TimeValue::Year(1961)), "1961"),
            (Value::PartOfDay(day, PartOfDay::Morning), "2024-06-19TMO"),
            (Value::Weekend(2013, 11), "2013-W11-WE"),
            (Value::Vague(Vague::Present), "PRESENT_REF"),
            (Value::Duration(Amount::Exactly(3), Unit::Day), "P3D"),
            (Value::Duration(Amount::Exactly(2), Unit::Hour), "PT2H"),
            (Value::Duration(Amount::Some, Unit::Year), "PXY"),
            (Value::Duration(Amount::Exactly(2), Unit::Decade), "P20Y"),
            (Value::Duration(Amount::Some, Unit::Decade), "PXDE"),
            (Value::Duration(Amount::AndAHalf(2), Unit::Year), "P2Y6M"),
            (Value::Duration(Amount::AndAHalf(0), Unit::Hour), "PT30M"),
            (Value::Duration(Amount::AndAHalf(1), Unit::Day), "P1DT12H"),
            (
                Value::Duration(Amount::AndAHalf(1), Unit::Minute),
                "PT1M30S",
            ),
            (Value::Duration(Amount::AndAHalf(1), Unit::Decade), "P15Y"),
            (Value::Set(Recurrence::Every(1, Unit::Week)), "P1W"),
            (Value::Set(Recurrence::Every(1, Unit::Quarter)), "P3M"),
            (Value::Set(Recurrence::Month(7)), "XXXX-07"),
            (Value::Set(Recurrence::Weekday(Weekday::Mon)), "XXXX-WXX-1"),
            (
                Value::Set(Recurrence::PartOfDay(PartOfDay::Evening)),
                "XXXX-XX-XXTEV",
            ),
        ] {
            assert_eq!(value.to_string(), written);
        }
    }
}
