//! What an expression's words say about a time before it is anchored: a [`Timex`].
//!
//! The rules (`timex`) read words into these types and nothing more: "last Friday" is a
//! weekday pointing back, "two days later" two days after whatever date came before. The
//! resolver (`resolve`) is the one place that anchors them on the dateline, the previous date
//! or the story's year, into a [`TimexValue`](crate::time::TimexValue).

use chrono::{Datelike, Days, Months, NaiveDate, TimeDelta, Weekday};

use crate::time::{
    Amount, Direction, Modifier, PartOfDay, Recurrence, Season, TimeValue, Unit, Vague,
};

/// How a holiday without a fixed day falls in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movable {
    /// `days` after the `nth` `weekday` of `month` (`nth` -1 is the last).
    Weekday {
        month: u32,
        weekday: Weekday,
        nth: i8,
        days: i8,
    },
    /// `days` after Easter Sunday.
    Easter { days: i8 },
}

impl Movable {
    /// Its day in `year` of the Gregorian calendar.
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        match self {
            Movable::Weekday {
                month,
                weekday,
                nth,
                days,
            } => {
                let day = if nth > 0 {
                    NaiveDate::from_weekday_of_month_opt(year, month, weekday, nth as u8)?
                } else {
                    let next = NaiveDate::from_ymd_opt(year, month, 1)?
                        .checked_add_months(Months::new(1))?;
                    let last = next.pred_opt()?;
                    let back = (7 + last.weekday().num_days_from_monday()
                        - weekday.num_days_from_monday())
                        % 7;
                    last - Days::new(back.into())
                };
                day.checked_add_signed(TimeDelta::days(days.into()))
            }
            Movable::Easter { days } => {
                easter_sunday(year)?.checked_add_signed(TimeDelta::days(days.into()))
            }
        }
    }
}

/// Easter Sunday in `year`, by the anonymous Gregorian computus (Meeus, Jones, Butcher).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let (b, c) = (year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32)
}

/// Which end or part of a period a modifier names: "the end of the year".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edge {
    Start,
    Middle,
    End,
}

impl Edge {
    /// The TimeML `mod` for it.
    pub fn modifier(self) -> Modifier {
        match self {
            Edge::Start => Modifier::Start,
            Edge::Middle => Modifier::Mid,
            Edge::End => Modifier::End,
        }
    }
}

/// The time of day the words add to a date: "Friday afternoon", "8 p.m. Friday".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeOfDay {
    Part(PartOfDay),
    /// A time on the clock, with the offset from UTC its stated zone gives, in minutes.
    Clock {
        hour: u32,
        minute: u32,
        zone: Option<i16>,
    },
}

/// Which way from the time of writing a sentence tells of a date without a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Told {
    /// Back, in a past tense, not "since" (which counts up to the writing).
    Back,
    /// Ahead of the writing itself: "will be held", "is planned", not "would", which may be
    /// ahead of a past the story tells.
    Ahead,
    /// Neither.
    Unsaid,
}

/// The fields the words give, and what is still to be anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meaning {
    /// Stated in full: "1961", "July 2000", "March 22, 2013", "the 1990s", "spring 2021".
    Calendar(TimeValue),
    /// A month, or a day of a month, without a year: "in May", "March 22". In a story told
    /// years before its dateline it is in the year the story has reached, unless it is
    /// `told` ahead of the writing; in news, the nearest one `toward` the way the sentence
    /// points, unless it is told back (a past tense, not "since") in a paragraph that went
    /// back years.
    YearLess {
        month: u32,
        day: Option<u32>,
        toward: Direction,
        told: Told,
    },
    /// A day alone, "on the 15th": of the month the text last gave, else of the dateline's
    /// month or the one next to it `toward` the way the sentence points.
    DayOfMonth {
        day: u32,
        toward: Direction,
    },
    /// A day of a month told with its weekday and no year: "Saturday, April 25". The
    /// weekday picks the year: the nearest to the story's year, or the dateline's, on which
    /// the day falls on it.
    DayOfWeekday {
        month: u32,
        day: u32,
        weekday: Weekday,
    },
    /// The weekday just after (`offset` 1) or before (-1) the last day the text gave, else
    /// the dateline: "the following Monday", "the previous Friday".
    WeekdayNextTo {
        day: Weekday,
        offset: i8,
    },
    /// A weekday of the week `weeks` from the dateline's: "Friday this week", "Tuesday next
    /// week", "Monday last week".
    WeekdayOfWeek {
        day: Weekday,
        weeks: i32,
    },
    /// A half of the year `years` from the dateline's ("the second half of the year"), or in a
    /// story told long after, of the story's year.
    HalfOfYear {
        half: u32,
        years: i32,
    },
    /// A holiday without a fixed day and without a year ("Thanksgiving", "Easter"): in the
    /// story's year, or the nearest one `toward` the way the sentence points.
    Holiday {
        movable: Movable,
        toward: Direction,
    },
    /// "last June", "this June", "next June": `shift` of -1, 0 or 1.
    ShiftedMonth {
        month: u32,
        shift: i32,
    },
    /// A year written with two figures ("'82", "7/8/07"), in the century that puts it
    /// nearest the dateline without being years ahead of it; a month and day if given.
    ShortYear {
        yy: u32,
        month: Option<u32>,
        day: Option<u32>,
    },
    /// "the following July", "the previous April": the first such month after (`offset` 1)
    /// or the last before (-1) the time the text last gave, or the dateline.
    MonthNextTo {
        month: u32,
        offset: i8,
    },
    /// "August of that year", "July 25 of the following year": a month or a day of it in the
    /// year `years` after the last year the text gave.
    InYearOfPrevious {
        month: u32,
        day: Option<u32>,
        years: i32,
    },
    /// "the next spring", "the previous winter": a season of the year `years` after the last
    /// year the text gave.
    SeasonOfPrevious {
        season: Season,
        years: i32,
    },
    /// "September last year", "December 1 last year": the month, or its day, of the year
    /// `years` from the dateline's.
    MonthOfYear {
        month: u32,
        day: Option<u32>,
        years: i32,
    },
    /// "Friday", "last Friday": the nearest such day `toward`, after or before the dateline
    /// itself when `skip_today`.
    Weekday {
        day: Weekday,
        toward: Direction,
        skip_today: bool,
    },
    /// "the weekend": the nearest one `toward` the way the sentence points.
    Weekend {
        toward: Direction,
    },
    /// The day the text is at: in a story told long after, the last day it gave; in news,
    /// the dateline ("at 11 a.m.", "this day"). Told ahead ("Picket lines will be set up
    /// from 8am"), not a day before the dateline's.
    ThatDay {
        told: Told,
    },
    /// "the year", "the full year", "the fiscal year": in news, the year a report is about,
    /// the dateline's. A story told long after names its years; there it is not read.
    ReportedYear,
    /// The period `offset` units from the dateline's own: "today", "last week", "two years ago".
    FromDateline {
        unit: Unit,
        offset: i32,
    },
    /// The period `offset` units from the last date the text gave at that unit's precision:
    /// "two days later", "the following week", "that year"; from the dateline's when the
    /// text gave none.
    FromPrevious {
        unit: Unit,
        offset: i32,
    },
    /// The time `offset` units after the last date the text gave, at that date's precision
    /// or the unit's, whichever is coarser: "a year earlier" than the third quarter of 1989
    /// is the third quarter of 1988, "two years earlier" than July 1776 is 1774.
    Shifted {
        unit: Unit,
        offset: i32,
    },
    /// A week of a month, counted from its start (1 to 4) or its end (-1): "the first week
    /// of August", "the last week of March 1918". Without a year, the month's year is found
    /// as [`Meaning::YearLess`] finds it.
    WeekOfMonth {
        week: i8,
        month: u32,
        year: Option<i32>,
        toward: Direction,
        told: Told,
    },
    /// A season of the year `years` from the dateline's: "last summer", "this spring".
    Season {
        season: Season,
        years: i32,
    },
    /// "this past spring": the last one to have begun before the dateline's month.
    PastSeason(Season),
    /// A season without a year or a shift: "the summer", in the story's year, or in news the
    /// one the sentence points to.
    StorySeason {
        season: Season,
        toward: Direction,
    },
    /// A quarter of the year `years` from the dateline's: "the fourth quarter", "last
    /// year's third quarter". A quarter of this year that has not begun is, unless the
    /// sentence points ahead, last year's: "profits fell in the fourth quarter", said in
    /// January.
    Quarter {
        quarter: u32,
        years: i32,
        toward: Direction,
    },
    /// The quarter a report is about, `years` back: the last one the text named, else the
    /// last one to end before the dateline ("profit rose in the quarter", "the year-ago
    /// quarter").
    ReportedQuarter {
        years: i32,
    },
    /// "the 1988 period": the quarter of that year a report compares, the one it is about.
    QuarterOfYear(i32),
    /// `count` units before the dateline: "two years ago". In a report on a quarter, years
    /// ago are counted in quarters: "a year ago" is the same quarter of the year before.
    Ago {
        unit: Unit,
        count: u32,
    },
    /// `years` before the dateline in deep time, "65 million years ago", "13.8 billion years
    /// ago": a year rounded to `precision` years, the place of the count's last digit.
    LongAgo {
        years: u64,
        precision: u64,
    },
    /// "the end of the year": the story's year, or, in news, the year nearest `toward`
    /// whose `edge` the words can mean.
    YearEdge {
        edge: Edge,
        toward: Direction,
    },
    Vague(Vague),
    Duration {
        amount: Amount,
        unit: Unit,
    },
    Set(Recurrence),
}

/// A temporal expression's meaning before anchoring: what, and at what time of day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timex {
    pub meaning: Meaning,
    pub time_of_day: Option<TimeOfDay>,
}

impl From<Meaning> for Timex {
    fn from(meaning: Meaning) -> Timex {
        Timex {
            meaning,
            time_of_day: None,
        }
    }
}

impl Timex {
    /// Whether it names a date at a day's precision or coarser, without a time of day: what a
    /// modifier ("early", "the end of") can qualify.
    pub fn is_plain_date(&self) -> bool {
        self.time_of_day.is_none()
            && !matches!(
                self.meaning,
                Meaning::Vague(_) | Meaning::Duration { .. } | Meaning::Set(_)
            )
    }

    /// The part of the day a day is told with ("tonight", "tomorrow morning"), if any.
    pub fn day_with_part(&self) -> Option<PartOfDay> {
        match self.time_of_day {
            Some(TimeOfDay::Part(part)) => Timex {
                time_of_day: None,
                ..*self
            }
            .is_day()
            .then_some(part),
            _ => None,
        }
    }

    /// Whether it names one day: "Friday", "March 22, 2013", "yesterday".
    pub fn is_day(&self) -> bool {
        self.time_of_day.is_none()
            && match self.meaning {
                Meaning::Calendar(value) => matches!(value, TimeValue::Day(_)),
                Meaning::DayOfMonth { .. } => true,
                Meaning::YearLess { day, .. }
                | Meaning::InYearOfPrevious { day, .. }
                | Meaning::ShortYear { day, .. } => day.is_some(),
                Meaning::Weekday { .. }
                | Meaning::DayOfWeekday { .. }
                | Meaning::Holiday { .. }
                | Meaning::WeekdayNextTo { .. }
                | Meaning::WeekdayOfWeek { .. }
                | Meaning::ThatDay { .. } => true,
                Meaning::FromDateline { unit, .. }
                | Meaning::Ago { unit, .. }
                | Meaning::FromPrevious { unit, .. }
                | Meaning::Shifted { unit, .. } => unit == Unit::Day,
                _ => false,
            }
    }
}
