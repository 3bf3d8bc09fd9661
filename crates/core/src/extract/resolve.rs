//! The resolver: the one place a temporal expression is anchored, on the dateline, on the last
//! date the text gave, or on the year the story has reached.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime};

use super::meaning::{Edge, Meaning, TimeOfDay, Timex, Unit};
use super::value::Value;
use crate::doc::Resolution;
use crate::time::{month_year, nearest_weekday, Direction, TimeValue};

/// How far from the dateline the story may be and still be news: beyond it, dates without a
/// year follow the story.
const NEWS_HORIZON_YEARS: i32 = 2;

/// What the text has established so far, that expressions are anchored on.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The document creation time.
    pub dateline: Option<NaiveDate>,
    /// The last day the text stated in full, for "two days later".
    pub previous: Option<NaiveDate>,
    /// The year the story is in: the last year, month or day the text stated.
    pub story_year: Option<i32>,
}

impl Context {
    /// A context that knows only the dateline.
    pub fn new(dateline: Option<NaiveDate>) -> Context {
        Context {
            dateline,
            ..Context::default()
        }
    }

    /// Takes in an expression just read: a date stated in full moves the story on.
    pub fn note(&mut self, value: &Value, resolution: Resolution) {
        if resolution != Resolution::Stated {
            return;
        }
        if let Value::Point(point) = value {
            if let Some(day) = point.date() {
                self.previous = Some(day);
            }
            if let Some(year) = stated_year(point) {
                self.story_year = Some(year);
            }
        }
    }

    /// Forgets the story's year, as a new paragraph may tell another part of the story.
    pub fn new_paragraph(&mut self) {
        self.story_year = None;
    }

    /// The year a month or day without one belongs to in a story told years before its
    /// dateline (history, a profile): the year the story has reached, not the dateline's.
    fn narrative_year(&self) -> Option<i32> {
        let year = self.story_year?;
        match self.dateline {
            Some(dct) if (dct.year() - year).abs() <= NEWS_HORIZON_YEARS => None,
            _ => Some(year),
        }
    }
}

/// The year of a year, season, quarter, month or day; decades and centuries span too many.
fn stated_year(point: &TimeValue) -> Option<i32> {
    match *point {
        TimeValue::Year(y)
        | TimeValue::Season(y, _)
        | TimeValue::Quarter(y, _)
        | TimeValue::Month(y, _) => Some(y),
        TimeValue::Day(d) => Some(d.year()),
        _ => None,
    }
}

/// Anchors `timex` in `context`: its value and what it was anchored on, or `None` when the
/// context lacks what it needs (a weekday without a dateline) or the date does not exist.
pub fn resolve(timex: &Timex, context: &Context) -> Option<(Value, Resolution)> {
    let (value, resolution) = anchor(&timex.meaning, context)?;
    let Some(time_of_day) = timex.time_of_day else {
        return Some((value, resolution));
    };
    let Value::Point(TimeValue::Day(day)) = value else {
        return None;
    };
    let value = match time_of_day {
        TimeOfDay::Part(part) => Value::PartOfDay(day, part),
        TimeOfDay::Clock { hour, minute } => {
            let time = NaiveTime::from_hms_opt(hour, minute, 0)?;
            Value::Point(TimeValue::Minute(day.and_time(time)))
        }
    };
    Some((value, resolution))
}

fn anchor(meaning: &Meaning, context: &Context) -> Option<(Value, Resolution)> {
    let dated = |value: TimeValue| Some((Value::Point(value), Resolution::Dateline));
    let dct = context.dateline;
    match *meaning {
        Meaning::Calendar(value) => Some((Value::Point(value), Resolution::Stated)),
        Meaning::Duration { amount, unit } => {
            Some((Value::Duration(amount, unit), Resolution::Stated))
        }
        Meaning::Set(recurrence) => Some((Value::Set(recurrence), Resolution::Stated)),
        Meaning::Vague(vague) => Some((Value::Vague(vague), Resolution::Dateline)),
        Meaning::YearLess {
            month,
            day,
            toward,
            story,
        } => {
            let (year, resolution) = match context.narrative_year().filter(|_| story) {
                Some(year) => (year, Resolution::EarlierMention),
                None => {
                    let dct = dct?;
                    let year = match day {
                        Some(d) => month_day_year(dct, month, d, toward),
                        None => month_year(dct, month, toward),
                    };
                    (year, Resolution::Dateline)
                }
            };
            let value = match day {
                Some(d) => TimeValue::Day(NaiveDate::from_ymd_opt(year, month, d)?),
                None => TimeValue::Month(year, month),
            };
            Some((Value::Point(value), resolution))
        }
        Meaning::ShiftedMonth { month, shift } => {
            let dct = dct?;
            // "last June" is never the dateline's own month; "this June" may be.
            let year = match shift {
                s if s < 0 && month >= dct.month() => dct.year() - 1,
                s if s > 0 && month <= dct.month() => dct.year() + 1,
                _ => dct.year(),
            };
            dated(TimeValue::Month(year, month))
        }
        Meaning::MonthOfYear { month, years } => {
            dated(TimeValue::Month(dct?.year() + years, month))
        }
        Meaning::Weekday {
            day,
            toward,
            skip_today,
        } => {
            let dct = dct?;
            let from = match (skip_today, toward) {
                (true, Direction::Past) => dct.pred_opt()?,
                (true, Direction::Future) => dct.succ_opt()?,
                _ => dct,
            };
            dated(TimeValue::Day(nearest_weekday(from, day, toward)))
        }
        Meaning::FromDateline { unit, offset } => {
            Some((shifted(dct?, unit, offset)?, Resolution::Dateline))
        }
        Meaning::FromPrevious { unit, offset } => {
            let (from, resolution) = match context.previous {
                Some(previous) => (previous, Resolution::EarlierMention),
                None => (dct?, Resolution::Dateline),
            };
            Some((shifted(from, unit, offset)?, resolution))
        }
        Meaning::Season { season, years } => dated(TimeValue::Season(dct?.year() + years, season)),
        Meaning::Quarter(q) => dated(TimeValue::Quarter(dct?.year(), q)),
        Meaning::YearEdge { edge, toward } => {
            // "peaked by the end of the year", said in March, is last year's end; "will
            // finish by the end of the year" this year's.
            let dct = dct?;
            let year = match (edge, toward) {
                (Edge::End, Direction::Past) if dct.month() < 12 => dct.year() - 1,
                (Edge::Start, Direction::Future) if dct.month() > 1 => dct.year() + 1,
                _ => dct.year(),
            };
            dated(TimeValue::Year(year))
        }
    }
}

/// The period of `unit` that contains `from`, moved by `k` units: `2013-W11`, `2012`.
fn shifted(from: NaiveDate, unit: Unit, k: i32) -> Option<Value> {
    let months = |n: i32| -> Option<NaiveDate> {
        if n >= 0 {
            from.checked_add_months(Months::new(n as u32))
        } else {
            from.checked_sub_months(Months::new(n.unsigned_abs()))
        }
    };
    let days = |n: i64| -> Option<NaiveDate> {
        if n >= 0 {
            from.checked_add_days(Days::new(n as u64))
        } else {
            from.checked_sub_days(Days::new(n.unsigned_abs()))
        }
    };
    let week = |d: NaiveDate| {
        let week = d.iso_week();
        (week.year(), week.week())
    };
    let point = match unit {
        Unit::Day => TimeValue::Day(days(k.into())?),
        Unit::Week => {
            let (year, week) = week(days(7 * i64::from(k))?);
            TimeValue::Week(year, week)
        }
        Unit::Weekend => {
            let (year, week) = week(days(7 * i64::from(k))?);
            return Some(Value::Weekend(year, week));
        }
        Unit::Month => {
            let d = months(k)?;
            TimeValue::Month(d.year(), d.month())
        }
        Unit::Quarter => {
            let d = months(3 * k)?;
            TimeValue::Quarter(d.year(), d.month0() / 3 + 1)
        }
        Unit::Year => TimeValue::Year(from.year() + k),
        Unit::Decade => TimeValue::Decade((from.year() + 10 * k) / 10 * 10),
        Unit::Century => TimeValue::Century((from.year() + 100 * k) / 100),
        Unit::Hour | Unit::Minute | Unit::Second => return None,
    };
    Some(Value::Point(point))
}

/// The year of a month and day nearest the dateline in `direction`.
fn month_day_year(dct: NaiveDate, m: u32, d: u32, direction: Direction) -> i32 {
    match direction {
        Direction::Past if (m, d) > (dct.month(), dct.day()) => dct.year() - 1,
        Direction::Future if (m, d) < (dct.month(), dct.day()) => dct.year() + 1,
        _ => dct.year(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn at(dateline: &str) -> Context {
        Context::new(dateline.parse::<TimeValue>().ok().and_then(|v| v.date()))
    }

    fn resolved(meaning: Meaning, context: &Context) -> Option<(String, Resolution)> {
        resolve(&meaning.into(), context).map(|(v, r)| (v.to_string(), r))
    }

    #[test]
    fn a_weekday_is_the_nearest_one_the_sentence_points_to() {
        // 2013-03-22 is a Friday.
        let context = at("2013-03-22");
        let monday = |toward, skip_today| Meaning::Weekday {
            day: Weekday::Mon,
            toward,
            skip_today,
        };
        let friday = Meaning::Weekday {
            day: Weekday::Fri,
            toward: Direction::Past,
            skip_today: true,
        };
        assert_eq!(
            resolved(monday(Direction::Past, false), &context),
            Some(("2013-03-18".into(), Resolution::Dateline))
        );
        assert_eq!(
            resolved(monday(Direction::Future, false), &context)
                .unwrap()
                .0,
            "2013-03-25"
        );
        assert_eq!(resolved(friday, &context).unwrap().0, "2013-03-15");
        assert_eq!(resolved(monday(Direction::Past, false), &at("")), None);
    }

    #[test]
    fn a_story_told_long_ago_gives_its_year_to_months_without_one() {
        let may = Meaning::YearLess {
            month: 5,
            day: None,
            toward: Direction::Past,
            story: true,
        };
        let mut context = at("2009-12-19");
        assert_eq!(resolved(may, &context).unwrap().0, "2009-05");
        context.note(&Value::Point(TimeValue::Year(1941)), Resolution::Stated);
        assert_eq!(
            resolved(may, &context),
            Some(("1941-05".into(), Resolution::EarlierMention))
        );
        // Near the dateline, the dateline decides.
        context.note(&Value::Point(TimeValue::Year(2008)), Resolution::Stated);
        assert_eq!(resolved(may, &context).unwrap().0, "2009-05");
        context.new_paragraph();
        assert_eq!(context.story_year, None);
    }

    #[test]
    fn later_counts_from_the_last_stated_day_or_else_the_dateline() {
        let later = Meaning::FromPrevious {
            unit: Unit::Day,
            offset: 2,
        };
        let mut context = at("2013-03-22");
        assert_eq!(
            resolved(later, &context),
            Some(("2013-03-24".into(), Resolution::Dateline))
        );
        let first = NaiveDate::from_ymd_opt(2013, 3, 1).unwrap();
        context.note(&Value::Point(TimeValue::Day(first)), Resolution::Stated);
        assert_eq!(
            resolved(later, &context),
            Some(("2013-03-03".into(), Resolution::EarlierMention))
        );
    }

    #[test]
    fn periods_shift_by_their_own_unit() {
        let context = at("2013-03-22");
        for (unit, offset, expected) in [
            (Unit::Week, -1, "2013-W11"),
            (Unit::Weekend, 0, "2013-W12-WE"),
            (Unit::Month, -3, "2012-12"),
            (Unit::Quarter, -1, "2012-Q4"),
            (Unit::Year, 1, "2014"),
            (Unit::Decade, -1, "200X"),
            (Unit::Century, 0, "20"),
        ] {
            let meaning = Meaning::FromDateline { unit, offset };
            assert_eq!(resolved(meaning, &context).unwrap().0, expected, "{unit:?}");
        }
        let hours = Meaning::FromDateline {
            unit: Unit::Hour,
            offset: -2,
        };
        assert_eq!(resolved(hours, &context), None);
    }

    #[test]
    fn a_time_of_day_needs_a_day() {
        let context = at("2013-03-22");
        let tonight = Timex {
            meaning: Meaning::FromDateline {
                unit: Unit::Day,
                offset: 0,
            },
            time_of_day: Some(TimeOfDay::Part(crate::time::PartOfDay::Night)),
        };
        assert_eq!(
            resolve(&tonight, &context).unwrap().0.to_string(),
            "2013-03-22TNI"
        );
        let last_week_at_eight = Timex {
            meaning: Meaning::FromDateline {
                unit: Unit::Week,
                offset: -1,
            },
            time_of_day: Some(TimeOfDay::Clock {
                hour: 20,
                minute: 0,
            }),
        };
        assert_eq!(resolve(&last_week_at_eight, &context), None);
    }
}
