//! [`TimeValue`]: a date in TimeML value syntax, at the precision the text gives it.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::lexicon::{MONTHS, PARTS_OF_DAY, SEASONS};
use crate::Error;

/// How precise a date is; a year is drawn as a year, never as its first day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// A hundred years: `19`.
    Century,
    /// Ten years: `199`.
    Decade,
    /// `1961`.
    Year,
    /// Half a year: `2013-H1`.
    Half,
    /// A season: `2021-SP`.
    Season,
    /// Three months: `2024-Q1`.
    Quarter,
    /// `2000-07`.
    Month,
    /// An ISO week: `2024-W40`.
    Week,
    /// `2024-06-19`.
    Day,
    /// A moment: `2024-06-19T09:20`.
    Minute,
}

/// A meteorological season of the northern hemisphere, as TimeML names them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    /// March to May: `SP`.
    Spring,
    /// June to August: `SU`.
    Summer,
    /// September to November: `FA`.
    Fall,
    /// December to February, the winter of a year starting in its December: `WI`.
    Winter,
}

impl Season {
    /// Every season, in the order of the lexicon's season names, with its TimeML code.
    pub const ALL: [(Season, &'static str); 4] = [
        (Season::Spring, "SP"),
        (Season::Summer, "SU"),
        (Season::Fall, "FA"),
        (Season::Winter, "WI"),
    ];

    /// Where the season is in `Season::ALL`, which has each one; SEASONS has the same order.
    fn position(self) -> usize {
        Season::ALL
            .iter()
            .position(|(s, _)| *s == self)
            .unwrap_or(0)
    }

    /// The TimeML code: `SP`, `SU`, `FA`, `WI`.
    pub fn code(self) -> &'static str {
        Season::ALL[self.position()].1
    }

    /// The season in words: "summer".
    pub fn name(self) -> &'static str {
        SEASONS[self.position()]
    }

    /// The first month of the season (winter starts in December of its year).
    pub(crate) fn first_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// A part of the day, as TimeML names them: "morning" is `MO` (as in `2024-06-19TMO`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartOfDay {
    /// `MO`.
    Morning,
    /// `AF`.
    Afternoon,
    /// `EV`.
    Evening,
    /// `NI`.
    Night,
}

impl PartOfDay {
    /// Every part, in the order of the lexicon's names of parts of the day, with its TimeML
    /// code.
    pub const ALL: [(PartOfDay, &'static str); 4] = [
        (PartOfDay::Morning, "MO"),
        (PartOfDay::Afternoon, "AF"),
        (PartOfDay::Evening, "EV"),
        (PartOfDay::Night, "NI"),
    ];

    /// Where the part is in `PartOfDay::ALL`, which has each one; PARTS_OF_DAY has the same
    /// order.
    fn position(self) -> usize {
        PartOfDay::ALL
            .iter()
            .position(|(p, _)| *p == self)
            .unwrap_or(0)
    }

    /// The TimeML code: `MO`, `AF`, `EV`, `NI`.
    pub fn code(self) -> &'static str {
        PartOfDay::ALL[self.position()].1
    }

    /// The part whose TimeML code is `code`.
    pub fn from_code(code: &str) -> Option<PartOfDay> {
        PartOfDay::ALL
            .iter()
            .find(|(_, c)| *c == code)
            .map(|(p, _)| *p)
    }

    /// The part in words: "morning".
    pub fn name(self) -> &'static str {
        PARTS_OF_DAY[self.position()]
    }
}

/// A calendar date, time or period named by a TimeML `value` such as `1961`, `2000-07`,
/// `2024-06-19`, `199` (a decade; `199X` reads too), `2024-W40`, `2021-SP`, `2024-Q1` or
/// `2024-06-19T09:20`.
///
/// # Example
/// ```
/// use sourceline_core::{Precision, TimeValue};
/// let value: TimeValue = "2000-07".parse().unwrap();
/// assert_eq!(value.precision(), Precision::Month);
/// assert_eq!(value.label(), "July 2000");
/// assert_eq!(value.to_string(), "2000-07");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeValue {
    /// A century by its first two digits: `19` (or `19XX`) is 1900 to 1999; `BC07`, stored
    /// as -7, is 799 to 700 BC.
    Century(i32),
    /// A decade by its first year: `199` (TIMEX3's form; `199X` reads too) is 1990 to 1999;
    /// `BC047`, stored as -470, is 479 to 470 BC.
    Decade(i32),
    /// A year, astronomers' count (0 is 1 BC): `1961`.
    Year(i32),
    /// The first (1) or second (2) half of a year: `2013-H1`.
    Half(i32, u32),
    /// A season of a year: `2021-SP`.
    Season(i32, Season),
    /// A quarter (1 to 4) of a year: `2024-Q1`.
    Quarter(i32, u32),
    /// A month (1 to 12) of a year: `2000-07`.
    Month(i32, u32),
    /// An ISO week: year and week number.
    Week(i32, u32),
    /// A day: `2024-06-19`.
    Day(NaiveDate),
    /// A moment, to the minute, in the time it was stated in: `2024-06-19T09:20`.
    Minute(NaiveDateTime),
    /// A year before 9999 BC, too long ago for a calendar: geological and cosmic time. Held
    /// as astronomers count (1 BC is year 0) and written as TimeML would with more digits,
    /// `BC65000000`: a documented extension, since TimeML's years have four.
    DeepYear(i64),
}

/// A month (1 to 12) in words: "July".
pub(crate) fn month_name(month: u32) -> &'static str {
    MONTHS[(month as usize).clamp(1, 12) - 1]
}

/// The earliest year a [`TimeValue::Year`] holds, 9999 BC; anything earlier is a
/// [`TimeValue::DeepYear`], so every year has one value.
pub const EARLIEST_CALENDAR_YEAR: i32 = -9998;

/// The earliest deep year: a thousand billion years BC, far before the Big Bang, so that
/// labels and day numbers never overflow.
pub const EARLIEST_DEEP_YEAR: i64 = -1_000_000_000_000;

/// Mean days in a Gregorian year, to place deep time on the same line as calendar days.
const DAYS_PER_YEAR: f64 = 365.2425;

impl TimeValue {
    /// How precise the value is: a year's is [`Precision::Year`].
    pub fn precision(&self) -> Precision {
        match self {
            TimeValue::Century(_) => Precision::Century,
            TimeValue::Decade(_) => Precision::Decade,
            TimeValue::Year(_) | TimeValue::DeepYear(_) => Precision::Year,
            TimeValue::Half(..) => Precision::Half,
            TimeValue::Season(..) => Precision::Season,
            TimeValue::Quarter(..) => Precision::Quarter,
            TimeValue::Month(..) => Precision::Month,
            TimeValue::Week(..) => Precision::Week,
            TimeValue::Day(_) => Precision::Day,
            TimeValue::Minute(_) => Precision::Minute,
        }
    }

    /// The year `year` (astronomers' count: 0 is 1 BC), as a calendar year or in deep time;
    /// `None` after 9999 or before a thousand billion years BC.
    pub fn year(year: i64) -> Option<TimeValue> {
        match i32::try_from(year) {
            Ok(y) if (EARLIEST_CALENDAR_YEAR..=9999).contains(&y) => Some(TimeValue::Year(y)),
            _ if (EARLIEST_DEEP_YEAR..i64::from(EARLIEST_CALENDAR_YEAR)).contains(&year) => {
                Some(TimeValue::DeepYear(year))
            }
            _ => None,
        }
    }

    /// The year as readers number it, years BC below zero: astronomers' 0 (1 BC) is -1 and
    /// -489 (490 BC) is -490, as TimelineJS writes years; years AD are themselves.
    pub fn named_year(year: i64) -> i64 {
        if year > 0 {
            year
        } else {
            year.saturating_sub(1)
        }
    }

    /// The astronomers' year of a year numbered as readers do ([`TimeValue::named_year`]):
    /// -490 is -489. A 0, which readers do not name, is taken as astronomers take it, 1 BC.
    pub fn year_from_named(named: i64) -> Option<i64> {
        if named < 0 {
            named.checked_add(1)
        } else {
            Some(named)
        }
    }

    /// The decade year `year` (astronomers' count) is in: 1961 is in the 1960s, 475 BC in
    /// the 470s BC. `None` for the years TimeML cannot write as a decade (9 to 2 BC, whose
    /// decade would be `BC000`) or outside the calendar.
    pub fn decade_of(year: i32) -> Option<TimeValue> {
        match year {
            y if y > 9999 => None,
            // Year 0 (1 BC) is in `000` as TimeML counts it, which runs from year 0 to 9.
            y if y >= 0 => Some(TimeValue::Decade(y - y % 10)),
            y if (EARLIEST_CALENDAR_YEAR..=-9).contains(&y) => {
                Some(TimeValue::Decade(-((1 - y) - (1 - y) % 10)))
            }
            _ => None,
        }
    }

    /// The century year `year` is in, as TimeML counts them: 1961 is in `19`, 475 BC in `BC04`.
    /// `None` for the first century BC but its last year (it would be `BC00`; year 0, 1 BC, is
    /// in TimeML's `00`, which runs from year 0 to 99) or outside the calendar.
    pub fn century_of(year: i32) -> Option<TimeValue> {
        match year {
            y if y > 9999 => None,
            y if y >= 0 => Some(TimeValue::Century(y / 100)),
            y if (EARLIEST_CALENDAR_YEAR..=-99).contains(&y) => {
                Some(TimeValue::Century(-((1 - y) / 100)))
            }
            _ => None,
        }
    }

    /// The period the value covers as day numbers (days since 1 January of year 1, half
    /// open), which order calendar dates and deep time alike: what sorting and the axis use.
    pub fn day_numbers(&self) -> (i64, i64) {
        if let TimeValue::DeepYear(year) = *self {
            let start = ((year - 1) as f64 * DAYS_PER_YEAR).floor() as i64;
            return (start, start + 365);
        }
        let (first, after) = self.days();
        (TimeValue::day_number(first), TimeValue::day_number(after))
    }

    /// The day number of a calendar day: 1 January of year 1 is 0.
    pub fn day_number(date: NaiveDate) -> i64 {
        i64::from(date.num_days_from_ce()) - 1
    }

    /// The calendar day of a day number, where chrono's calendar reaches.
    pub fn calendar_day(day: i64) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(day + 1).ok()?)
    }

    /// The day number of 1 January of `year` (astronomers' count), calendar or deep; before
    /// or after every day for a year no value holds.
    pub fn first_day_of_year(year: i64) -> i64 {
        match TimeValue::year(year) {
            Some(value) => value.day_numbers().0,
            None if year < 0 => i64::MIN,
            None => i64::MAX,
        }
    }

    /// The year (astronomers' count) day number `day` falls in: the inverse of
    /// [`TimeValue::first_day_of_year`].
    pub fn year_at(day: i64) -> i64 {
        if let Some(date) = TimeValue::calendar_day(day) {
            return date.year().into();
        }
        let guess = (day as f64 / DAYS_PER_YEAR).floor() as i64 + 1;
        (guess - 1..=guess + 1)
            .rev()
            .find(|&y| TimeValue::first_day_of_year(y) <= day)
            .unwrap_or(guess - 1)
    }

    /// The first and the day after the last day the value covers (a half-open range). Deep
    /// time has no calendar days: it gives the first day chrono holds, and
    /// [`TimeValue::day_numbers`] places it.
    pub fn days(&self) -> (NaiveDate, NaiveDate) {
        let ymd = |y: i32, m: u32| NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(NaiveDate::MIN);
        let months = |y: i32, m: u32, n: u32| {
            let start = ymd(y, m);
            let end = start
                .checked_add_months(chrono::Months::new(n))
                .unwrap_or(NaiveDate::MAX);
            (start, end)
        };
        match *self {
            // BC07 is 799 to 700 BC: astronomical years -798 to -699.
            TimeValue::Century(c) if c < 0 => (ymd(c * 100 - 98, 1), ymd(c * 100 + 2, 1)),
            TimeValue::Century(c) => (ymd(c * 100, 1), ymd(c * 100 + 100, 1)),
            // BC047 is 479 to 470 BC: astronomical years -478 to -469.
            TimeValue::Decade(d) if d < 0 => (ymd(d - 8, 1), ymd(d + 2, 1)),
            TimeValue::Decade(d) => (ymd(d, 1), ymd(d + 10, 1)),
            TimeValue::Year(y) => (ymd(y, 1), ymd(y + 1, 1)),
            TimeValue::Half(y, h) => months(y, 6 * h - 5, 6),
            TimeValue::Season(y, s) => months(y, s.first_month(), 3),
            TimeValue::Quarter(y, q) => months(y, 3 * q - 2, 3),
            TimeValue::Month(y, m) => months(y, m, 1),
            TimeValue::Week(y, w) => {
                let start =
                    NaiveDate::from_isoywd_opt(y, w, Weekday::Mon).unwrap_or(NaiveDate::MIN);
                (start, start + chrono::Days::new(7))
            }
            TimeValue::Day(d) => (d, d.succ_opt().unwrap_or(d)),
            TimeValue::Minute(t) => (t.date(), t.date().succ_opt().unwrap_or(t.date())),
            TimeValue::DeepYear(_) => (NaiveDate::MIN, ymd(NaiveDate::MIN.year() + 1, 1)),
        }
    }

    /// The value as a reader would say it: "1961", "July 2000", "19 June 2024", "the 1990s".
    pub fn label(&self) -> String {
        let month = month_name;
        // "1961", "490 BC", "AD 9": the year as the rest of a label names it; a year of
        // fewer than four figures says its era, or "September 9" would read as a day.
        let year = |y: i32| match y {
            y if y <= 0 => format!("{} BC", 1 - y),
            y if y < 1000 => format!("AD {y}"),
            y => y.to_string(),
        };
        match *self {
            TimeValue::Century(c) if c < 0 => format!("the {}s BC", -c * 100),
            // TimeML's `00` runs from year 0 to 99, which "the 0s" would not say.
            TimeValue::Century(0) => "the first century".to_string(),
            TimeValue::Century(c) => format!("the {}s", c * 100),
            TimeValue::Decade(d) if d < 0 => format!("the {}s BC", -d),
            TimeValue::Decade(d) => format!("the {d}s"),
            TimeValue::Year(y) => year(y),
            TimeValue::DeepYear(y) => deep_label(1 - y),
            // TimeML's winter of a year starts in its December: "winter 2023–24".
            TimeValue::Season(y, Season::Winter) if y >= 1000 && (y + 1) % 100 != 0 => {
                format!("winter {y}–{:02}", (y + 1) % 100)
            }
            TimeValue::Season(y, Season::Winter) => format!("winter {}–{}", year(y), year(y + 1)),
            TimeValue::Season(y, s) => format!("{} {}", s.name(), year(y)),
            TimeValue::Half(y, 1) => format!("the first half of {}", year(y)),
            TimeValue::Half(y, _) => format!("the second half of {}", year(y)),
            TimeValue::Quarter(y, q) => format!("Q{q} {}", year(y)),
            TimeValue::Month(y, m) => format!("{} {}", month(m), year(y)),
            // As a reader names a week: by its first day, a Monday.
            TimeValue::Week(..) => format!("the week of {}", TimeValue::Day(self.days().0).label()),
            TimeValue::Day(d) => format!("{} {} {}", d.day(), month(d.month()), year(d.year())),
            TimeValue::Minute(t) => format!(
                "{} {} {}, {:02}:{:02}",
                t.day(),
                month(t.month()),
                year(t.year()),
                t.hour(),
                t.minute()
            ),
        }
    }

    /// The day the value covers, when it is at least as precise as a day.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            TimeValue::Day(d) => Some(*d),
            TimeValue::Minute(t) => Some(t.date()),
            _ => None,
        }
    }
}

impl fmt::Display for TimeValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TimeValue::Century(c) if *c < 0 => write!(f, "BC{:02}", -c),
            TimeValue::Century(c) => write!(f, "{c:02}"),
            TimeValue::Decade(d) if *d < 0 => write!(f, "BC{:03}", -d / 10),
            TimeValue::Decade(d) => write!(f, "{:03}", d / 10),
            TimeValue::Year(y) => write!(f, "{}", YearText(*y)),
            TimeValue::Season(y, s) => write!(f, "{}-{}", YearText(*y), s.code()),
            TimeValue::Half(y, h) => write!(f, "{}-H{h}", YearText(*y)),
            TimeValue::Quarter(y, q) => write!(f, "{}-Q{q}", YearText(*y)),
            TimeValue::Month(y, m) => write!(f, "{}-{m:02}", YearText(*y)),
            TimeValue::Week(y, w) => write!(f, "{}-W{w:02}", YearText(*y)),
            TimeValue::Day(d) => {
                write!(f, "{}-{:02}-{:02}", YearText(d.year()), d.month(), d.day())
            }
            TimeValue::Minute(t) => {
                write!(
                    f,
                    "{}T{:02}:{:02}",
                    TimeValue::Day(t.date()),
                    t.hour(),
                    t.minute()
                )
            }
            TimeValue::DeepYear(y) => write!(f, "BC{}", 1 - y),
        }
    }
}

/// `years_bc` BC as a reader would say it: "12,000 BC" while a calendar still makes sense,
/// then "65 million years ago" and "13.8 billion years ago", to three significant digits
/// (the two thousand years since the common era are below that precision).
fn deep_label(years_bc: i64) -> String {
    let with_commas = |n: i64| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    if years_bc < 1_000_000 {
        return format!("{} BC", with_commas(years_bc));
    }
    // Three significant figures, counted in integers, not floats: float formatting would
    // bring its tables into the page. Halves round up: 4,545 million years is "4.55 billion".
    let digits = years_bc.checked_ilog10().unwrap_or(0);
    let step = 10_i64.pow(digits.saturating_sub(2));
    let rounded = (years_bc + step / 2) / step * step;
    // The unit after rounding: 999.6 million years is "1 billion".
    let (unit, name) = if rounded >= 1_000_000_000 {
        (1_000_000_000, "billion")
    } else {
        (1_000_000, "million")
    };
    let (whole, fraction) = (rounded / unit, rounded % unit);
    let mut text = whole.to_string();
    if fraction > 0 {
        let width = unit.ilog10() as usize;
        let digits = format!("{fraction:0width$}");
        text.push('.');
        text.push_str(digits.trim_end_matches('0'));
    }
    format!("{text} {name} years ago")
}

/// A year as TimeML writes it: `0490`, or `BC0490` for 490 BC. Inside, years count as
/// astronomers and chrono count them: 1 BC is year 0, 490 BC is -489.
struct YearText(i32);

impl fmt::Display for YearText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            y if y <= 0 => write!(f, "BC{:04}", 1 - y),
            y => write!(f, "{y:04}"),
        }
    }
}

impl FromStr for TimeValue {
    type Err = Error;

    fn from_str(value: &str) -> Result<Self, Error> {
        parse(value).ok_or_else(|| match missing_day(value) {
            Some((month, days)) => Error::NoSuchDay {
                value: value.to_string(),
                month: month.label(),
                days,
            },
            None => Error::BadDate(value.to_string()),
        })
    }
}

/// The month of a value written as one of its days that it does not have ("2023-02-30"), and
/// the days it has: such a value is well formed, and its message should say so.
fn missing_day(value: &str) -> Option<(TimeValue, i64)> {
    let day = value.split_once('T').map_or(value, |(day, _)| day);
    let (month, number) = day.rsplit_once('-')?;
    let month = parse(month).filter(|m| matches!(m, TimeValue::Month(..)))?;
    let (first, next) = month.days();
    let days = (next - first).num_days();
    let number: i64 = (number.len() == 2).then(|| number.parse().ok())??;
    (number > days).then_some((month, days))
}

/// The offset from UTC, in minutes, of a zone as ISO 8601 writes it after a time: "Z", "+05",
/// "-05:00", "+0530".
pub(crate) fn zone_offset(zone: &str) -> Option<i16> {
    if zone == "Z" {
        return Some(0);
    }
    let (sign, offset) = match zone.split_at_checked(1)? {
        ("+", offset) => (1, offset),
        ("-", offset) => (-1, offset),
        _ => return None,
    };
    // ASCII only: every cut below is on a char boundary.
    if !offset.bytes().all(|b| b.is_ascii_digit() || b == b':') {
        return None;
    }
    let (hours, minutes) = match offset.len() {
        2 => (offset, "00"),
        4 => offset.split_at(2),
        5 if offset.as_bytes()[2] == b':' => (&offset[..2], &offset[3..]),
        _ => return None,
    };
    let number = |s: &str| -> Option<i16> {
        s.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    Some(sign * (number(hours)? * 60 + number(minutes)?))
}

fn parse(value: &str) -> Option<TimeValue> {
    if let Some(rest) = value
        .strip_prefix("BC")
        .filter(|rest| !rest.starts_with("BC"))
    {
        // More digits than a calendar year has: deep time.
        if rest.len() > 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
            let years_bc: i64 = rest.parse().ok()?;
            return match TimeValue::year(1 - years_bc)? {
                deep @ TimeValue::DeepYear(_) => Some(deep),
                _ => None,
            };
        }
        let bc = |y: i32| 1 - y;
        return match parse(rest)? {
            TimeValue::Year(y) if y > 0 => Some(TimeValue::Year(bc(y))),
            TimeValue::Month(y, m) if y > 0 => Some(TimeValue::Month(bc(y), m)),
            TimeValue::Season(y, s) if y > 0 => Some(TimeValue::Season(bc(y), s)),
            TimeValue::Quarter(y, q) if y > 0 => Some(TimeValue::Quarter(bc(y), q)),
            TimeValue::Half(y, h) if y > 0 => Some(TimeValue::Half(bc(y), h)),
            TimeValue::Century(c) if c > 0 => Some(TimeValue::Century(-c)),
            TimeValue::Decade(d) if d > 0 => Some(TimeValue::Decade(-d)),
            TimeValue::Day(d) if d.year() > 0 => {
                NaiveDate::from_ymd_opt(bc(d.year()), d.month(), d.day()).map(TimeValue::Day)
            }
            TimeValue::Minute(t) if t.year() > 0 => {
                NaiveDate::from_ymd_opt(bc(t.year()), t.month(), t.day())
                    .map(|d| TimeValue::Minute(d.and_time(t.time())))
            }
            _ => None,
        };
    }
    let number = |s: &str| -> Option<u32> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    if let Some((date, time)) = value.split_once('T') {
        let TimeValue::Day(day) = parse(date)? else {
            return None;
        };
        // A stated zone ("16:08Z", "09:00-05", "09:00+05:30"): the moment is its local time.
        let time = match time.find(['Z', '+', '-']) {
            Some(at) if zone_offset(&time[at..]).is_some() => &time[..at],
            Some(_) => return None,
            None => time,
        };
        // "HH:MM" or "HH:MM:SS"; seconds are dropped, as a minute is the finest precision.
        let mut parts = time.split(':');
        let (hour, minute) = (parts.next()?, parts.next()?);
        if hour.len() != 2
            || minute.len() != 2
            || parts
                .next()
                .is_some_and(|s| s.len() != 2 || number(s).is_none())
        {
            return None;
        }
        let time = NaiveTime::from_hms_opt(number(hour)?, number(minute)?, 0)?;
        return Some(TimeValue::Minute(day.and_time(time)));
    }
    let mut parts = value.split('-');
    let head = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    let year = number(head).filter(|_| head.len() == 4).map(|y| y as i32);
    // A four-byte head ending in "X" has that ASCII 'X' at byte 3 (and byte 2 in "XX"): both
    // cuts below fall on char boundaries.
    match (head.len(), rest.as_slice()) {
        (2, []) => number(head).map(|c| TimeValue::Century(c as i32)),
        (3, []) => number(head).map(|d| TimeValue::Decade(d as i32 * 10)),
        (4, []) if head.ends_with("XX") => number(&head[..2]).map(|c| TimeValue::Century(c as i32)),
        (4, []) if head.ends_with('X') => {
            number(&head[..3]).map(|d| TimeValue::Decade(d as i32 * 10))
        }
        (4, []) => year.map(TimeValue::Year),
        (4, [part]) => {
            let year = year?;
            if let Some(q) = part.strip_prefix('Q') {
                return number(q)
                    .filter(|q| (1..=4).contains(q))
                    .map(|q| TimeValue::Quarter(year, q));
            }
            if let Some(h) = part.strip_prefix('H') {
                return number(h)
                    .filter(|h| (1..=2).contains(h))
                    .map(|h| TimeValue::Half(year, h));
            }
            if let Some((season, ..)) = Season::ALL.iter().find(|(_, code)| code == part) {
                return Some(TimeValue::Season(year, *season));
            }
            if let Some(w) = part.strip_prefix('W') {
                let week = number(w)?;
                NaiveDate::from_isoywd_opt(year, week, Weekday::Mon)?;
                return Some(TimeValue::Week(year, week));
            }
            number(part)
                .filter(|m| part.len() == 2 && (1..=12).contains(m))
                .map(|m| TimeValue::Month(year, m))
        }
        (4, [month, day]) if month.len() == 2 && day.len() == 2 => {
            NaiveDate::from_ymd_opt(year?, number(month)?, number(day)?).map(TimeValue::Day)
        }
        _ => None,
    }
}

impl Serialize for TimeValue {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TimeValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_value_round_trips() {
        for value in [
            "19",
            "199",
            "1961",
            "2021-SP",
            "2024-Q1",
            "2013-H2",
            "2000-07",
            "2024-W40",
            "2024-06-19",
            "2024-06-19T09:20",
        ] {
            let parsed: TimeValue = value.parse().unwrap_or_else(|e| panic!("{value}: {e}"));
            assert_eq!(parsed.to_string(), value);
        }
        assert_eq!("19XX".parse::<TimeValue>().unwrap().to_string(), "19");
        assert_eq!("199X".parse::<TimeValue>().unwrap().to_string(), "199");
        for bc in [
            "BC0490",
            "BC0480-04",
            "BC0218-SP",
            "BC0001-03-15T11:34",
            "BC07",
            "BC047",
        ] {
            assert_eq!(bc.parse::<TimeValue>().unwrap().to_string(), bc);
        }
        assert_eq!("BC0490".parse::<TimeValue>().unwrap().label(), "490 BC");
        assert_eq!(
            "BC0031-09-02".parse::<TimeValue>().unwrap().label(),
            "2 September 31 BC"
        );
        assert_eq!(
            "0009-09".parse::<TimeValue>().unwrap().label(),
            "September AD 9"
        );
        let seventies_bc: TimeValue = "BC047".parse().unwrap();
        assert_eq!(seventies_bc.label(), "the 470s BC");
        let (first, end) = seventies_bc.day_numbers();
        assert_eq!(
            (first, end),
            (
                TimeValue::Year(-478).day_numbers().0,
                TimeValue::Year(-469).day_numbers().1
            ),
            "479 to 470 BC"
        );
        for (deep, label) in [
            ("BC10000", "10,000 BC"),
            ("BC65000000", "65 million years ago"),
            ("BC4540000000", "4.54 billion years ago"),
            ("BC13800000000", "13.8 billion years ago"),
            ("BC4545000000", "4.55 billion years ago"),
            ("BC9996000", "10 million years ago"),
            ("BC1050000", "1.05 million years ago"),
        ] {
            let value: TimeValue = deep.parse().unwrap_or_else(|e| panic!("{deep}: {e}"));
            assert!(matches!(value, TimeValue::DeepYear(_)), "{deep}");
            assert_eq!(
                (value.to_string().as_str(), value.label().as_str()),
                (deep, label)
            );
        }
        let second_half: TimeValue = "2013-H2".parse().unwrap();
        assert_eq!(second_half.label(), "the second half of 2013");
        let (first, end) = second_half.days();
        assert_eq!(
            (first.to_string(), end.to_string()),
            ("2013-07-01".into(), "2014-01-01".into())
        );
    }

    #[test]
    fn malformed_values_are_refused_with_the_value_in_the_message() {
        for value in [
            "",
            "2024-13",
            "2024-02-30",
            "2",
            "2024-6",
            "2024-W54",
            "2024-H3",
            "July",
            "2024-06-19T25:00",
            "-2024",
            "BC09999",
            "BC1x000000",
        ] {
            let error = value.parse::<TimeValue>().expect_err(value);
            assert!(error.to_string().contains(&format!("'{value}'")), "{error}");
        }
    }

    #[test]
    fn a_day_the_month_does_not_have_is_named_with_the_days_it_has() {
        for (value, expected) in [
            (
                "2023-02-30",
                "'2023-02-30' is not a date: February 2023 has 28 days",
            ),
            (
                "2024-02-30",
                "'2024-02-30' is not a date: February 2024 has 29 days",
            ),
            (
                "2024-04-31T10:00",
                "'2024-04-31T10:00' is not a date: April 2024 has 30 days",
            ),
            (
                "BC0489-02-30",
                "'BC0489-02-30' is not a date: February 489 BC has 29 days",
            ),
        ] {
            let error = value.parse::<TimeValue>().expect_err(value);
            assert_eq!(error.to_string(), expected);
        }
        for value in ["2024-02-00", "2024-06-19T25:00", "2024-06-+1"] {
            let error = value.parse::<TimeValue>().expect_err(value);
            assert!(
                error.to_string().contains("expected a TimeML value"),
                "{error}"
            );
        }
    }

    #[test]
    fn a_year_covers_the_whole_year_not_its_first_day() {
        let (start, end) = TimeValue::Year(1961).days();
        assert_eq!(
            (start.to_string(), end.to_string()),
            ("1961-01-01".into(), "1962-01-01".into())
        );
        let (start, end) = "2023-WI".parse::<TimeValue>().unwrap().days();
        assert_eq!(
            (start.to_string(), end.to_string()),
            ("2023-12-01".into(), "2024-03-01".into())
        );
    }

    #[test]
    fn deep_time_comes_before_every_calendar_year_in_order() {
        let order = [
            "BC13800000000",
            "BC65000000",
            "BC10000",
            "BC9999",
            "BC0490",
            "BC0001",
            "0001",
            "2024-06-19",
        ];
        let spans: Vec<(i64, i64)> = order
            .iter()
            .map(|v| v.parse::<TimeValue>().unwrap().day_numbers())
            .collect();
        for pair in spans.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "{pair:?}");
        }
        assert_eq!(TimeValue::year(-9998), Some(TimeValue::Year(-9998)));
        assert_eq!(TimeValue::year(-9999), Some(TimeValue::DeepYear(-9999)));
        assert_eq!(TimeValue::year(10_000), None);
        assert_eq!(TimeValue::year(i64::MIN), None);
        for year in [-13_800_000_000, -10_000, -9_999, -9_998, -489, 0, 1, 2024] {
            let first = TimeValue::first_day_of_year(year);
            assert_eq!(TimeValue::year_at(first), year, "{year}");
            assert_eq!(TimeValue::year_at(first - 1), year - 1, "{year}");
        }
        for (astronomers, named) in [(-489, -490), (0, -1), (1, 1), (2024, 2024)] {
            assert_eq!(TimeValue::named_year(astronomers), named);
            assert_eq!(TimeValue::year_from_named(named), Some(astronomers));
        }
        let periods = |year: i32| {
            (
                TimeValue::decade_of(year).map(|v| v.to_string()),
                TimeValue::century_of(year).map(|v| v.to_string()),
            )
        };
        assert_eq!(periods(1961), (Some("196".into()), Some("19".into())));
        assert_eq!(periods(-474), (Some("BC047".into()), Some("BC04".into())));
        // 5 BC: neither its decade nor its century has a TimeML value of its own.
        assert_eq!(periods(-4), (None, None));
        assert_eq!(periods(20_000), (None, None));
    }

    #[test]
    fn a_stated_zone_is_read_as_iso_8601_writes_it() {
        for (zone, minutes) in [("Z", 0), ("+05", 300), ("-05:00", -300), ("+0530", 330)] {
            assert_eq!(zone_offset(zone), Some(minutes), "{zone}");
            let moment = format!("2024-06-19T09:20{zone}").parse::<TimeValue>();
            assert_eq!(moment.unwrap().to_string(), "2024-06-19T09:20", "{zone}");
        }
        for zone in ["+5", "05", "+05:3", "+0٥", "UTC", "+05:00:00"] {
            assert_eq!(zone_offset(zone), None, "{zone}");
            assert!(
                format!("2024-06-19T09:20{zone}")
                    .parse::<TimeValue>()
                    .is_err(),
                "{zone}"
            );
        }
    }

    #[test]
    fn labels_read_like_prose() {
        let label = |v: &str| v.parse::<TimeValue>().unwrap().label();
        assert_eq!(label("1961"), "1961");
        assert_eq!(label("2019-04"), "April 2019");
        assert_eq!(label("2024-06-19"), "19 June 2024");
        assert_eq!(label("199X"), "the 1990s");
        assert_eq!(label("00"), "the first century");
        assert_eq!(label("2025-W10"), "the week of 3 March 2025");
        assert_eq!(label("2021-SP"), "spring 2021");
        assert_eq!(label("2023-WI"), "winter 2023–24");
        assert_eq!(label("1999-WI"), "winter 1999–2000");
    }
}
