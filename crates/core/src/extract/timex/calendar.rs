//! Dates the words state: full dates, months, years, decades, centuries, seasons, quarters,
//! and months or days of a month without a year.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{holiday_word, part_of_day, season_named, shift, Found, Reader};
use crate::extract::meaning::{Meaning, Movable, TimeOfDay, Timex, Told};
use crate::extract::tokens::Kind;
use crate::lexicon::{
    is_superlative, DATES_PAIRED, DATE_IN_FIGURES_AFTER, DAYS_JOINED, DECADES, EASTER_HOLIDAYS,
    HOLIDAYS, HOLIDAYS_IN_LOWER_CASE, MEASURED, MONTH_CUES, ORDINALS, POSSESSIVES, QUARTER_RESULTS,
    SEASON_BEFORE, SMALL_NUMBERS, WEEKDAY_HOLIDAYS,
};
use crate::time::{Direction, Season, TimeValue};

impl Reader<'_> {
    /// Calendar dates: full dates, months, years, decades, centuries, seasons, quarters.
    pub(super) fn calendar(&self, i: usize) -> Option<Found> {
        let stated = |end, value: TimeValue| Found::new(end, Meaning::Calendar(value));
        let day = |y: i32, m: u32, d: u32| NaiveDate::from_ymd_opt(y, m, d).map(TimeValue::Day);
        if let Some(found) = self.half_of_year(i) {
            return Some(found);
        }
        // "FY25": a fiscal year written short.
        if let Some(yy) = self.word(i).strip_prefix("fy").filter(|d| d.len() == 2) {
            // Token `i` exists: "fy" was read from it.
            if let (Ok(yy), true) = (yy.parse(), self.tokens[i].capital) {
                let meaning = Meaning::ShortYear {
                    yy,
                    month: None,
                    day: None,
                };
                return Found::new(i + 1, meaning);
            }
        }
        // "the 29 August 1918", "the 19th of October": the article belongs to the day.
        if self.word(i) == "the" && self.day(i + 1).is_some() {
            if let Some(day) = self.calendar(i + 1).filter(|f| f.timex.is_day()) {
                return Some(day);
            }
        }
        if let Some(found) = self.week_of_month(i) {
            return Some(found);
        }
        if let Some(found) = self.day_alone(i) {
            return Some(found);
        }
        if let Some(found) = self.holiday(i) {
            return Some(found);
        }
        // A weekday before a full date belongs to it: "Tuesday, October 15, 2024"; before a
        // date without a year it tells the year: "Saturday, April 25".
        if let Some((weekday, next)) = self.weekday(i) {
            let next = self.past(next, ",");
            if let Some(mut found) = self.calendar(next).filter(|f| f.timex.is_day()) {
                if let Meaning::YearLess {
                    month,
                    day: Some(day),
                    ..
                } = found.timex.meaning
                {
                    found.timex.meaning = Meaning::DayOfWeekday {
                        month,
                        day,
                        weekday,
                    };
                }
                return Some(found);
            }
        }
        if let Some((month, next)) = self.month(i) {
            // "March 22, 2013", "March 22 2013", "June 20 of 1792", "March 22"
            if let Some((d, after_day)) = self.day(next) {
                let comma = if self.is(after_day, &[",", "of"]) {
                    after_day + 1
                } else {
                    after_day
                };
                if let Some((year, end)) = self.year_of_date(comma) {
                    return stated(end, day(year, month, d)?);
                }
                // "March 5-9, 1918": the first day of a range takes the year at its end.
                if let Some(year) = self.range_year(after_day) {
                    return stated(after_day, day(year, month, d)?);
                }
                return self.month_day(after_day, month, d, i);
            }
            // "March 2013", "March of 2013", "March, 2013"
            let of = if self.is(next, &["of", ","]) {
                next + 1
            } else {
                next
            };
            if let Some((year, end)) = self.year_of_date(of).or_else(|| self.year_in_words(of)) {
                return stated(end, TimeValue::Month(year, month));
            }
            // "Feb '25": the month of a year written short.
            if let Some(yy) = self.year_written_short(of) {
                let meaning = Meaning::ShortYear {
                    yy,
                    month: Some(month),
                    day: None,
                };
                return Found::new(of + 2, meaning);
            }
            // "September last year"
            if let Some(found) = self.in_dateline_year(next, month, None) {
                return Some(found);
            }
            // Token `i` is the month, so `i - 1` is a token too when `i > 0`.
            let cued = i > 0
                && (self.is(i - 1, &MONTH_CUES)
                    || self.tokens[i - 1].kind == Kind::Number
                    // "mid-March"
                    || (i >= 2 && self.word(i - 1) == "-" && self.word(i - 2) == "mid")
                    // the second month of "between March and May", "March to May"
                    || (i >= 2 && self.is(i - 1, &["and", "to", "through", "-"]) && self.month(i - 2).is_some()));
            // A bare month name before another capitalized word is a name: "August Klein".
            let before_name = self
                .tokens
                .get(next)
                .is_some_and(|t| t.capital && t.kind == Kind::Word);
            // "March" and "May" are verbs too often to be dates without a cue, and "August" an
            // adjective or a name at the start of a sentence ("September saw the Germans ...").
            let plain = !matches!(month, 3 | 5) && (i > 0 || month != 8) && !before_name;
            if let Some((years, after)) = self.of_that_year(next) {
                let meaning = Meaning::InYearOfPrevious {
                    month,
                    day: None,
                    years,
                };
                return Found::new(after, meaning);
            }
            if let Some(year) = self.year_from_pair(next, month) {
                return stated(next, TimeValue::Month(year, month));
            }
            if cued || plain {
                let toward = self.direction(i);
                return Found::new(
                    next,
                    Meaning::YearLess {
                        month,
                        day: None,
                        toward,
                        told: self.told(i, toward),
                    },
                );
            }
            return None;
        }
        // "9, 1918" in "March 5-9, 1918": the last day of a range takes the first's month;
        // "5" in "May 4 and 5" too, and its year if it has one.
        if let (Some((d, next)), Some(k)) = (self.day(i), i.checked_sub(3)) {
            let joined = self.is(i - 1, &DAYS_JOINED) && self.digits(i).is_some();
            if joined && self.day(i - 2).is_some() {
                if let Some((month, _)) = self.month(k) {
                    let comma = self.past(next, ",");
                    return match self.year_of_date(comma) {
                        Some((year, end)) => stated(end, day(year, month, d)?),
                        None => self.month_day(next, month, d, i),
                    };
                }
            }
        }
        // "6" in "6-7 January 1916", "28" in "the 28 and 29 August": the first day of a
        // range takes the month, and the year, written after the last.
        if let Some((d, next)) = self.day(i).filter(|_| self.digits(i).is_some()) {
            if self.is(next, &DAYS_JOINED) {
                if let Some((_, after_day)) = self.day(next + 1) {
                    if let Some((month, after)) = self.month(after_day) {
                        let comma = self.past(after, ",");
                        return match self.year_of_date(comma) {
                            Some((year, _)) => stated(next, day(year, month, d)?),
                            None => self.month_day(next, month, d, i),
                        };
                    }
                }
            }
        }
        // "22 March 2013", "22 March"
        if let Some((d, next)) = self.day(i) {
            let of = self.past(next, "of");
            if let Some((month, after)) = self.month(of) {
                // "2 May, 1777"
                let comma = self.past(after, ",");
                if let Some((year, end)) = self.year_of_date(comma) {
                    return stated(end, day(year, month, d)?);
                }
                // Token `i` exists: it is the day read above.
                if self.tokens[i].kind == Kind::Word || self.digits(i).is_some() {
                    return self.month_day(after, month, d, i);
                }
            }
        }
        // "30.11.2026", "5.3.24": day first, as dates with dots are written.
        if let Some(found) = self.dotted(i) {
            return Some(found);
        }
        // "2013-03-22", and with its time as machines write it: "2024-03-05T14:30:00Z".
        // Each `self.tokens[k]` in a filter after `self.digits(k)` reads a token that exists.
        if let Some(year) = self.digits(i).filter(|_| self.tokens[i].lower.len() == 4) {
            if self.word(i + 1) == "-" && self.word(i + 3) == "-" {
                if let (Some(m), Some(d)) = (self.digits(i + 2), self.digits(i + 4)) {
                    if let Some(date) = day(year as i32, m, d) {
                        return stated(i + 5, date);
                    }
                }
                let with_time = self
                    .word(i + 4)
                    .strip_suffix('t')
                    .and_then(|d| d.parse().ok());
                if let (Some(m), Some(d)) = (self.digits(i + 2), with_time) {
                    if let Some(found) = self.iso_time(i + 5, year as i32, m, d) {
                        return Some(found);
                    }
                }
            }
        }
        if let Some((year, end)) = self.year(i) {
            return stated(end, TimeValue::Year(year));
        }
        // "nineteen ninety-six", "the year two thousand": a year said in words.
        if let Some((year, end)) = self.year_in_words(i) {
            return stated(end, TimeValue::Year(year));
        }
        // "fiscal 1989", "fiscal year 2012", "FY2012": the year a company's accounts name.
        if let Some((year, end)) = self.fiscal_year(i) {
            return stated(end, TimeValue::Year(year));
        }
        // "Q3 2024", "Q4 earnings": a quarter written short.
        if let Some(found) = self.quarter_written_short(i) {
            return Some(found);
        }
        // "1995-96", "1914-18": the second year of a range written short takes the first's
        // century.
        if let Some(n) = self.digits(i).filter(|_| self.tokens[i].lower.len() == 2) {
            let first = i.checked_sub(2).and_then(|k| self.year(k));
            // Token `i - 1` exists: it was read as the dash.
            if let Some((year, _)) = first.filter(|_| self.is(i - 1, &["-", "–"])) {
                let short = year.div_euclid(100) * 100 + n as i32;
                if short > year && !self.tokens[i - 1].spaced {
                    return stated(i + 1, TimeValue::Year(short));
                }
            }
        }
        // "from 499 to 493 BC", "499-493 BC": the first year takes the era of the second.
        if let Some(n) = self.digits(i).filter(|n| (1..=9999).contains(n)) {
            if self.is(i + 1, &["-", "–", "to", "and"]) && self.digits(i + 2).is_some() {
                if let Some((true, _)) = self.era(i + 3) {
                    return stated(i + 1, TimeValue::Year(1 - n as i32));
                }
            }
        }
        // Decades and centuries: "1990s", "the 1990s", "the '90s", "70s", "the 20th
        // century", "1800s".
        let start = self.past(i, "the");
        let apostrophe = self.word(start) == "'";
        let at = if apostrophe { start + 1 } else { start };
        if let Some(digits) = self
            .word(at)
            .strip_suffix('s')
            .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
        {
            let number = |s: &str| s.parse::<i32>().ok();
            // `digits` is ASCII digits of the length each arm matches: the cuts below hold.
            // "the 470s BC", "the 1200s BC": a decade or a century counted back.
            if let Some((true, end)) = self.era(at + 1) {
                // Within the calendar's years: "the 10000s BC" is deep time.
                let value = match number(digits).filter(|n| (10..=9990).contains(n)) {
                    Some(n) if n % 100 == 0 => TimeValue::Century(-(n / 100)),
                    Some(n) if n % 10 == 0 => TimeValue::Decade(-n),
                    _ => return None,
                };
                return stated(end, value);
            }
            let value = match digits.len() {
                // "the 1800s" is a century; "the 2000s", whose century has not run its
                // course, its first decade.
                4 if digits.ends_with("00") && digits < "2000" => {
                    number(&digits[..2]).map(TimeValue::Century)
                }
                4 => number(&digits[..3]).map(|d| TimeValue::Decade(d * 10)),
                // "the 20s" could be either century's; "the '70s" and "70s" are the 1970s,
                // but "in the upper 80s", "highs in the 90s" are temperatures.
                2 if digits.ends_with('0')
                    && (apostrophe
                        || (digits >= "30" && !self.temperature_near(at) && !self.an_age(at))) =>
                {
                    number(&digits[..1]).map(|d| TimeValue::Decade(1900 + d * 10))
                }
                _ => None,
            };
            if let Some(value) = value {
                return stated(at + 1, value);
            }
        }
        // "'82", "7/8/07", "12/25/2012", "on 3/15": years written short, dates in figures.
        if let Some(found) = self.in_figures(i) {
            return Some(found);
        }
        // "the 19th century", "the twentieth century", "the 8th century BC"
        let at = self.past(i, "the");
        // Token `at` exists when `day` read one there.
        let ordinal = self
            .day(at)
            .filter(|_| self.tokens[at].kind == Kind::Word)
            .or_else(|| self.ordinal_in_words(at));
        if let Some((n, next)) = ordinal {
            let next = self.past(next, "-");
            if self.word(next) == "century" {
                return match self.era(next + 1) {
                    // The first century BC would be TimeML's `BC00`, which it has no value for.
                    Some((true, _)) if n == 1 => None,
                    Some((true, end)) => stated(end, TimeValue::Century(-(n as i32 - 1))),
                    // "the first century AD"
                    Some((false, end)) => stated(end, TimeValue::Century(n as i32 - 1)),
                    None => stated(next + 1, TimeValue::Century(n as i32 - 1)),
                };
            }
        }
        // "the early nineties", "the mid-nineties": after its modifier, without "the".
        if i > 0 && self.is(i - 1, &["early", "mid", "late", "-"]) {
            if let Some(d) = DECADES.iter().position(|d| *d == self.word(i)) {
                return stated(i + 1, TimeValue::Decade(1920 + 10 * d as i32));
            }
        }
        if self.word(i) == "the" {
            // "the nineties"
            if let Some(d) = DECADES.iter().position(|d| *d == self.word(i + 1)) {
                return stated(i + 2, TimeValue::Decade(1920 + 10 * d as i32));
            }
            // "the year 1950"
            if self.word(i + 1) == "year" {
                if let Some((year, end)) = self.year(i + 2) {
                    return stated(end, TimeValue::Year(year));
                }
            }
        }
        self.season_or_quarter(i)
    }

    /// Whether the word before token `i` calls what follows a date: "on 3/15", "Sat 12/7".
    fn date_cued(&self, i: usize) -> bool {
        // "the deadline is 11/30"
        let deadline_is = i > 1 && self.word(i - 1) == "is" && self.word(i - 2) == "deadline";
        i > 0 && (self.is(i - 1, &DATE_IN_FIGURES_AFTER) || self.weekday(i - 1).is_some())
            || deadline_is
    }

    /// A date written with dots, day first: "30.11.2026", "5.3.24".
    fn dotted(&self, i: usize) -> Option<Found> {
        let t = self.tokens.get(i).filter(|t| t.kind == Kind::Number)?;
        let mut parts = t.lower.split('.');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || d.len() > 2 || m.len() > 2 || d.is_empty() || m.is_empty() {
            return None;
        }
        let (day, month): (u32, u32) = (d.parse().ok()?, m.parse().ok()?);
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let meaning = match y.len() {
            4 => Meaning::Calendar(TimeValue::Day(NaiveDate::from_ymd_opt(
                y.parse().ok()?,
                month,
                day,
            )?)),
            // "on 5.3.24", but not "Linux 5.10.12": a version unless a word calls it a date.
            2 if self.date_cued(i) => Meaning::ShortYear {
                yy: y.parse().ok()?,
                month: Some(month),
                day: Some(day),
            },
            _ => return None,
        };
        Found::new(i + 1, meaning)
    }

    /// The time after the `T` of an ISO 8601 date-time, "14:30", "14:30:00", then its zone if
    /// any ("Z", "+02:00", "-0500"), which the value keeps.
    fn iso_time(&self, i: usize, year: i32, month: u32, day: u32) -> Option<Found> {
        let t = self.tokens.get(i).filter(|t| !t.spaced)?;
        // "14:30:00Z" is one token: the zone's letter reads as a number's suffix.
        let (clock, utc) = match t.lower.strip_suffix('z') {
            Some(clock) => (clock, true),
            None => (t.lower.as_ref(), false),
        };
        if !clock.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            return None;
        }
        let mut parts = clock.split(':');
        let (hour, minute) = (parts.next()?.parse().ok()?, parts.next()?.parse().ok()?);
        chrono::NaiveTime::from_hms_opt(hour, minute, 0)?;
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        let mut end = i + 1;
        let mut zone = utc.then_some(0);
        if self.glued(end) && self.word(end) == "z" {
            (end, zone) = (end + 1, Some(0));
        } else if self.glued(end) && self.is(end, &["+", "-"]) && self.glued(end + 1) {
            let sign = if self.word(end) == "-" { -1 } else { 1 };
            zone = iso_offset(self.word(end + 1)).map(|minutes| sign * minutes);
            end += 2;
        }
        Found::new(
            end,
            Timex {
                meaning: Meaning::Calendar(TimeValue::Day(date)),
                time_of_day: Some(TimeOfDay::Clock { hour, minute, zone }),
            },
        )
    }

    /// Whether token `i` reads as a temperature: "the upper 80s", "highs in the 90s".
    fn temperature_near(&self, i: usize) -> bool {
        const TEMPERATURE: [&str; 6] = [
            "highs",
            "lows",
            "degrees",
            "temperature",
            "temperatures",
            "°",
        ];
        let band = i > 0 && self.is(i - 1, &["upper", "lower", "low", "high"]);
        let near = i.saturating_sub(8)..(i + 4).min(self.tokens.len());
        band || near.into_iter().any(|j| self.is(j, &TEMPERATURE))
    }

    /// Whether the decade in figures at token `i` is an age: "two women in their 40s", "in
    /// her late 30s", "men in their mid-20s".
    fn an_age(&self, i: usize) -> bool {
        let mut before = i;
        while before > 0 && self.is(before - 1, &["early", "mid", "late", "-"]) {
            before -= 1;
        }
        before > 0 && self.is(before - 1, &POSSESSIVES)
    }

    /// A day of the month alone after a preposition: "back on the 15th", "due by the 1st",
    /// but not "on the 15th floor" or "the 2nd round", where the ordinal counts a noun.
    fn day_alone(&self, i: usize) -> Option<Found> {
        const BEFORE: [&str; 10] = [
            "on", "by", "until", "till", "since", "before", "after", "from", "to", "through",
        ];
        // Words that may follow a date, where a noun the ordinal counts cannot.
        const AFTER: [&str; 27] = [
            "and", "or", "to", "at", "through", "when", "it", "he", "she", "they", "we", "i",
            "you", "the", "a", "an", "his", "their", "was", "were", "is", "are", "will", "would",
            "had", "has", "in",
        ];
        if i == 0 || !self.is(i - 1, &BEFORE) {
            return None;
        }
        // "on the 7th", and as posts write it, "on 7th".
        let at = self.past(i, "the");
        // In figures with a suffix: "the first" and "the 15" are too often other things.
        let t = self.tokens.get(at)?;
        let ordinal = t.lower.starts_with(|c: char| c.is_ascii_digit())
            && ["st", "nd", "rd", "th"]
                .iter()
                .any(|s| t.lower.ends_with(s));
        let (day, next) = self.day(at).filter(|_| ordinal)?;
        let counts_a_noun = self
            .tokens
            .get(next)
            .is_some_and(|t| t.kind == Kind::Word && !self.is(next, &AFTER));
        if counts_a_noun {
            return None;
        }
        // "from the 13th to the 19th of October 1950": the first day takes the last's month.
        // Only a last day that names its month is read, so a list of days alone ("the 1st to
        // the 2nd to the 3rd ...") is not read again from each of them.
        let j = self.past(next + 1, "the");
        let names_month = self.month(j).is_some()
            || (self.day(j).is_some() && self.month(self.past(j + 1, "of")).is_some());
        if self.is(next, &["to", "and", "-", "through"]) && names_month {
            let last = self.calendar(next + 1).map(|f| f.timex.meaning);
            let first = match last {
                Some(Meaning::Calendar(TimeValue::Day(d))) => d
                    .with_day(day)
                    .map(|d| Meaning::Calendar(TimeValue::Day(d))),
                Some(Meaning::YearLess {
                    month,
                    day: Some(_),
                    toward,
                    told,
                }) => Some(Meaning::YearLess {
                    month,
                    day: Some(day),
                    toward,
                    told,
                }),
                _ => None,
            };
            if let Some(first) = first {
                return Found::new(next, first);
            }
        }
        let toward = self.direction(i);
        Found::new(next, Meaning::DayOfMonth { day, toward })
    }

    /// The two figures of a year written short from token `i` on, "'82": an apostrophe and
    /// the figures written onto it.
    fn year_written_short(&self, i: usize) -> Option<u32> {
        let figures = self.tokens.get(i + 1).filter(|t| t.lower.len() == 2)?;
        (self.word(i) == "'" && !figures.spaced)
            .then(|| self.digits(i + 1))
            .flatten()
    }

    /// A date in figures, month first as American news writes it ("7/8/07", "12/25/2012";
    /// day first where the first number cannot be a month, "25/12/2012", or where the text
    /// writes its dates day first, "04/03/2025" beside "12 February"), or a year written
    /// short ("'82"). A month and day alone ("3/15") is a date only after "on".
    fn in_figures(&self, i: usize) -> Option<Found> {
        if self.word(i) == "'" {
            let yy = self.year_written_short(i)?;
            let meaning = Meaning::ShortYear {
                yy,
                month: None,
                day: None,
            };
            return Found::new(i + 2, meaning);
        }
        let first = self.digits(i).filter(|_| self.tokens[i].lower.len() <= 2)?;
        if self.word(i + 1) != "/" || !self.glued(i + 1) || !self.glued(i + 2) {
            return None;
        }
        let second = self
            .digits(i + 2)
            .filter(|_| self.tokens[i + 2].lower.len() <= 2)?;
        let (month, day) = if first > 12 || (self.day_first && second <= 12) {
            (second, first)
        } else {
            (first, second)
        };
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        if self.word(i + 3) == "/" && self.glued(i + 3) && self.glued(i + 4) {
            let year = self.tokens.get(i + 4)?;
            return match (year.lower.len(), self.digits(i + 4)?) {
                (4, y) => Found::new(
                    i + 5,
                    Meaning::Calendar(TimeValue::Day(NaiveDate::from_ymd_opt(
                        y as i32, month, day,
                    )?)),
                ),
                (2, yy) => Found::new(
                    i + 5,
                    Meaning::ShortYear {
                        yy,
                        month: Some(month),
                        day: Some(day),
                    },
                ),
                _ => None,
            };
        }
        // "on 3/15", "Sat 12/7": a fraction or a score is no date without a word for one,
        // nor with a measure after it ("by 1/4 point", "up 1/2 inch").
        if !self.date_cued(i) || self.is(i + 3, &MEASURED) {
            return None;
        }
        self.month_day(i + 3, month, day, i)
    }

    /// The year at the end of a range of days that goes on at token `i`: "-9, 1918".
    fn range_year(&self, i: usize) -> Option<i32> {
        if !self.is(i, &["-", "–"]) {
            return None;
        }
        let (_, next) = self.day(i + 1)?;
        let comma = self.past(next, ",");
        self.year_of_date(comma).map(|(year, _)| year)
    }

    /// A year in words, as said aloud: "nineteen ninety-six", "nineteen oh five", "the year
    /// two thousand", "two thousand and eight": (year, next token).
    pub(super) fn year_in_words(&self, i: usize) -> Option<(i32, usize)> {
        let (start, said) = if self.word(i) == "the" && self.word(i + 1) == "year" {
            (i + 2, true)
        } else {
            (i, false)
        };
        let number = |w: &str| SMALL_NUMBERS.iter().position(|n| *n == w);
        if self.word(start) == "two" && self.word(start + 1) == "thousand" {
            // "two thousand and eight", "two thousand eight", but not "two thousand five
            // hundred".
            let after = self.past(start + 2, "and");
            let (n, end) = self
                .number_in_words(after)
                .filter(|(_, end)| !self.is(*end, &["hundred", "thousand"]))
                .map_or((0, start + 2), |f| f);
            // "two thousand" alone is a year only as "the year two thousand".
            return (said || n > 0).then_some((2000 + n as i32, end));
        }
        // "twenty twelve", "twenty twenty-four": the years of this century as said aloud.
        if self.word(start) == "twenty" {
            let (n, end) = self
                .number_in_words(start + 1)
                .filter(|(n, _)| (10..=99).contains(n))?;
            return Some((2000 + n as i32, end));
        }
        let century = number(self.word(start)).filter(|n| (10..=19).contains(n))?;
        let (rest, end) = match self.word(start + 1) {
            "oh" => (
                number(self.word(start + 2)).filter(|n| (1..=9).contains(n))? as u32,
                start + 3,
            ),
            _ => self.number_in_words(start + 1).filter(|(n, _)| *n >= 10)?,
        };
        // "ten twenty" is rarely a year; the teens and the twenties ("twenty twelve") are.
        (rest >= 10 || self.word(start + 1) == "oh")
            .then_some((century as i32 * 100 + rest as i32, end))
    }

    /// A month and day without a year: the nearest such day the sentence points to, or the
    /// one "of that year".
    fn month_day(&self, end: usize, month: u32, day: u32, at: usize) -> Option<Found> {
        // "December 1 last year"
        if let Some(found) = self.in_dateline_year(end, month, Some(day)) {
            return Some(found);
        }
        if let Some(year) = self.year_from_pair(end, month) {
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            return Found::new(end, Meaning::Calendar(TimeValue::Day(date)));
        }
        if let Some((years, after)) = self.of_that_year(end) {
            let meaning = Meaning::InYearOfPrevious {
                month,
                day: Some(day),
                years,
            };
            return Found::new(after, meaning);
        }
        let toward = self.direction(at);
        Found::new(
            end,
            Meaning::YearLess {
                month,
                day: Some(day),
                toward,
                told: self.told(at, toward),
            },
        )
    }

    /// The `month` (or its `day`) of the year that "last year", "this year" or "next year" at
    /// token `i` counts from the dateline's: "September last year", "December 1 last year".
    fn in_dateline_year(&self, i: usize, month: u32, day: Option<u32>) -> Option<Found> {
        if !(self.is(i, &["last", "this", "next"]) && self.word(i + 1) == "year") {
            return None;
        }
        let years = shift(self.word(i));
        Found::new(i + 2, Meaning::MonthOfYear { month, day, years })
    }

    /// The year of a month without one, from the date it is paired with at token `i`: "in
    /// April and June 1955", "between March and April 1918", "26 June - 4 August 1952",
    /// "October to March 1945" (the October before).
    fn year_from_pair(&self, i: usize, month: u32) -> Option<i32> {
        let (year, last_month) = self.paired_year(i)?;
        Some(match last_month {
            Some(last) if month > last => year - 1,
            _ => year,
        })
    }

    /// The year a month or season without one takes from the dates it is paired or listed
    /// with from token `i` on, and the month of the date that states it, if a month: "April
    /// and June 1955", "August/September 1956", "January, February and March 2015", "the
    /// spring and early summer of 1943".
    fn paired_year(&self, i: usize) -> Option<(i32, Option<u32>)> {
        // A list names a year's months or seasons at most, so reading on stays linear.
        const LONGEST_LIST: usize = 12;
        let mut joiner = i;
        for _ in 0..LONGEST_LIST {
            let listed = self.word(joiner) == ",";
            if !(listed || self.is(joiner, &DATES_PAIRED) || self.word(joiner) == "/") {
                return None;
            }
            let mut at = self.past(joiner + 1, "the");
            if self.is(at, &["early", "late", "mid"]) {
                at = self.past(at + 1, "-");
            }
            let (month, after) = match (self.month(at), season_named(self.word(at))) {
                (Some((m, next)), _) => (Some(m), self.day(next).map_or(next, |(_, end)| end)),
                (None, Some(_)) => (None, at + 1),
                (None, None) => {
                    let (_, next) = self.day(at)?;
                    let (m, after) = self.month(self.past(next, "of"))?;
                    (Some(m), after)
                }
            };
            let of = if self.is(after, &[",", "of"]) {
                after + 1
            } else {
                after
            };
            let year = match month {
                Some(_) => self.year_of_date(of),
                None => self.year_of_period(of),
            };
            if let Some((year, _)) = year {
                return Some((year, month));
            }
            joiner = after;
        }
        None
    }

    /// "of that year", "of the same year", "of the following year", or without "of"
    /// ("December that year"): (years after the last year given, next token).
    fn of_that_year(&self, i: usize) -> Option<(i32, usize)> {
        let i = if self.word(i) == "of" {
            i
        } else {
            i.checked_sub(1)?
        };
        let years = match (self.word(i + 1), self.word(i + 2)) {
            ("that", "year") | ("the", "same") if self.word(i + 2) == "year" => 0,
            ("the", "same") if self.word(i + 3) == "year" => return Some((0, i + 4)),
            ("the", "following" | "next") if self.word(i + 3) == "year" => return Some((1, i + 4)),
            ("the", "previous") if self.word(i + 3) == "year" => return Some((-1, i + 4)),
            _ => return None,
        };
        Some((years, i + 3))
    }

    /// Holidays: on a fixed day ("Christmas", "Christmas Eve 1914", "New Year's Day"), on a
    /// weekday of a month ("Thanksgiving", "Memorial Day") or counted from Easter ("Good
    /// Friday").
    fn holiday(&self, i: usize) -> Option<Found> {
        // Every holiday's first word is one of these, or its plural: most words are not.
        let first = self.word(i);
        if !holiday_word(first) && !first.strip_suffix('s').is_some_and(holiday_word) {
            return None;
        }
        // The tokens the holiday's words take, its possessive written or not, as posts
        // write it: "New Year's Eve", "new years eve", "valentines day".
        let said = |words: &[&str]| -> Option<usize> {
            let (mut w, mut t) = (0, i);
            // `words[w]` only while `w < words.len()`.
            while w < words.len() {
                let possessive = words.get(w + 1) == Some(&"'") && words.get(w + 2) == Some(&"s");
                if possessive && self.word(t).strip_suffix('s') == Some(words[w]) {
                    (w, t) = (w + 3, t + 1);
                } else if self.word(t) == words[w] {
                    (w, t) = (w + 1, t + 1);
                } else {
                    return None;
                }
            }
            Some(t - i)
        };
        let fixed = HOLIDAYS.iter().filter_map(|(words, month, day)| {
            Some((*words, said(words)?, Holiday::Fixed(*month, *day)))
        });
        let weekday = WEEKDAY_HOLIDAYS
            .iter()
            .filter_map(|(words, month, weekday, nth, days)| {
                let weekday = Weekday::try_from(*weekday).ok()?;
                let movable = Movable::Weekday {
                    month: *month,
                    weekday,
                    nth: *nth,
                    days: *days,
                };
                Some((*words, said(words)?, Holiday::Movable(movable)))
            });
        let easter = EASTER_HOLIDAYS.iter().filter_map(|(words, days)| {
            let easter = Holiday::Movable(Movable::Easter { days: *days });
            Some((*words, said(words)?, easter))
        });
        let (words, taken, holiday) = fixed
            .chain(weekday)
            .chain(easter)
            .max_by_key(|(_, taken, _)| *taken)?;
        // "a good friday" may be any day; "christmas" is Christmas however it is written, and
        // so is a name of three words or more ("new years eve").
        // The name's first word (every name has one) was read from token `i`.
        if !self.tokens[i].capital && !HOLIDAYS_IN_LOWER_CASE.contains(&words[0]) && taken < 3 {
            return None;
        }
        let end = i + taken;
        if let Some((year, after)) = self.year_of_date(end) {
            let date = match holiday {
                Holiday::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day)?,
                Holiday::Movable(movable) => movable.in_year(year)?,
            };
            return Found::new(after, Meaning::Calendar(TimeValue::Day(date)));
        }
        let found = match holiday {
            Holiday::Fixed(month, day) => self.month_day(end, month, day, i),
            Holiday::Movable(movable) => {
                let toward = self.direction(i);
                Found::new(end, Meaning::Holiday { movable, toward })
            }
        }?;
        // "Christmas night", "Easter morning": a part of that day.
        match part_of_day(self.word(found.end)) {
            Some(part) if found.timex.is_day() => {
                self.in_part_of_day(found.end + 1, found.timex.meaning, part)
            }
            _ => Some(found),
        }
    }

    /// "the first half of 2013", "the latter half of 2008", "the second half of the year",
    /// "the first half of next year", "H1 2013".
    fn half_of_year(&self, i: usize) -> Option<Found> {
        let (half, at) = match (self.word(i), self.word(i + 1), self.word(i + 2)) {
            // "H1 2013", and as reports also write it, "1H 2013"
            // Token `i` exists: `word` was read from it.
            (word @ ("h1" | "h2" | "1h" | "2h"), ..)
                if self.tokens[i].capital || word.starts_with(char::is_numeric) =>
            {
                let half = if word.contains('1') { 1 } else { 2 };
                let (year, end) = self.year_of_period(i + 1)?;
                return Found::new(end, Meaning::Calendar(TimeValue::Half(year, half)));
            }
            ("the", "first", "half") => (1, i + 3),
            ("the", "second" | "latter" | "last" | "later", "half") => (2, i + 3),
            _ => return None,
        };
        if self.word(at) != "of" {
            return None;
        }
        let of = at + 1;
        if let Some((year, end)) = self.year_of_period(of) {
            return Found::new(end, Meaning::Calendar(TimeValue::Half(year, half)));
        }
        let years = match (self.word(of), self.word(of + 1)) {
            ("the" | "this", "year") => 0,
            ("last", "year") => -1,
            ("next", "year") => 1,
            _ => return None,
        };
        Found::new(of + 2, Meaning::HalfOfYear { half, years })
    }

    /// "the first week of August", "the last week of March 1918", "last week of May".
    fn week_of_month(&self, i: usize) -> Option<Found> {
        let at = self.past(i, "the");
        let week = match self.word(at) {
            "final" | "last" => -1,
            ordinal => ORDINALS.iter().position(|o| *o == ordinal)? as i8 + 1,
        };
        if self.word(at + 1) != "week" || self.word(at + 2) != "of" {
            return None;
        }
        let month = self.calendar(at + 3)?;
        let meaning = match month.timex.meaning {
            Meaning::Calendar(TimeValue::Month(year, month)) => Meaning::WeekOfMonth {
                week,
                month,
                year: Some(year),
                toward: Direction::Nearest,
                told: Told::Unsaid,
            },
            Meaning::YearLess {
                month,
                day: None,
                toward,
                told,
            } => Meaning::WeekOfMonth {
                week,
                month,
                year: None,
                toward,
                told,
            },
            _ => return None,
        };
        Found::new(month.end, meaning)
    }

    /// The year a half, a season or a quarter is of: "2013", "fiscal 2011", "nineteen
    /// ninety-four": (year, next token).
    fn year_of_period(&self, i: usize) -> Option<(i32, usize)> {
        self.year(i)
            .or_else(|| self.fiscal_year(i))
            .or_else(|| self.year_in_words(i))
    }

    /// "fiscal 1989", "fiscal year 2012", "FY2012", "FY 2012": (year, next token).
    fn fiscal_year(&self, i: usize) -> Option<(i32, usize)> {
        let word = self.word(i);
        if word == "fiscal" {
            let at = self.past(i + 1, "year");
            return self.year(at);
        }
        if !self.tokens.get(i)?.capital {
            return None;
        }
        match word.strip_prefix("fy") {
            Some("") => self.year(i + 1),
            Some(digits) if digits.len() == 4 => {
                let year = digits.parse().ok()?;
                (1000..=2999).contains(&year).then_some((year, i + 1))
            }
            _ => None,
        }
    }

    /// "Q3 2024", "Q3 of 2024", and "Q4" after a word that expects a date or before the
    /// results it names: a quarter written short.
    fn quarter_written_short(&self, i: usize) -> Option<Found> {
        let t = self.tokens.get(i)?;
        let quarter = match t.lower.as_ref() {
            "q1" => 1,
            "q2" => 2,
            "q3" => 3,
            "q4" => 4,
            _ => return None,
        };
        if !t.capital {
            return None;
        }
        let of = self.past(i + 1, "of");
        if let Some((year, end)) = self.year_of_period(of) {
            return Found::new(end, Meaning::Calendar(TimeValue::Quarter(year, quarter)));
        }
        // "the Audi Q3": a name, unless a date is expected or results follow.
        let expected = i == 0 || self.is(i - 1, &MONTH_CUES) || self.is(i - 1, &["the", "for"]);
        let results = self.is(i + 1, &QUARTER_RESULTS);
        (expected || results).then(|| {
            let toward = self.direction(i);
            Found::new(
                i + 1,
                Meaning::Quarter {
                    quarter,
                    years: 0,
                    toward,
                },
            )
        })?
    }

    /// "last summer", "spring 2021", "the first quarter of 2013", "the fourth quarter".
    fn season_or_quarter(&self, i: usize) -> Option<Found> {
        // "this year's third quarter", "last year's summer"
        let possessive =
            self.word(i + 1) == "year" && self.word(i + 2) == "'" && self.word(i + 3) == "s";
        // "the next spring", "the following winter": the season after the last year given.
        if self.word(i) == "the" && self.is(i + 1, &["next", "following", "previous"]) {
            let season = season_named(self.word(i + 2))?;
            let years = if self.word(i + 1) == "previous" {
                -1
            } else {
                1
            };
            return Found::new(i + 3, Meaning::SeasonOfPrevious { season, years });
        }
        // "that summer", "that same autumn": the season of the year the text last gave.
        // "fall" and "spring" only where nothing follows them in their clause ("that fall,")
        // as in "shares that fall" they are verbs.
        if self.word(i) == "that" {
            let at = i + 1 + usize::from(self.word(i + 1) == "same");
            let season = season_named(self.word(at))?;
            if self.is(at, &["fall", "spring"]) && !self.ends_clause(at + 1) {
                return None;
            }
            return Found::new(at + 1, Meaning::SeasonOfPrevious { season, years: 0 });
        }
        let (shift_word, start) = match self.word(i) {
            "this" if self.word(i + 1) == "past" => (Some("this past"), i + 2),
            "last" | "this" | "next" if possessive => (Some(self.word(i)), i + 4),
            "last" | "this" | "next" | "past" => (Some(self.word(i)), i + 1),
            "the" => (None, i + 1),
            _ => (None, i),
        };
        // "the fiscal first quarter", "fiscal second-quarter": a company's quarter.
        let fiscal = self.word(start) == "fiscal";
        let start = if fiscal {
            self.past(start + 1, "-")
        } else {
            start
        };
        let season = season_named(self.word(start)).filter(|_| !fiscal);
        // "the final quarter" is the fourth.
        let quarter = ORDINALS
            .iter()
            .position(|o| *o == self.word(start))
            .or((self.word(start) == "final").then_some(ORDINALS.len() - 1))
            .filter(|_| {
                let next = self.past(start + 1, "-");
                self.word(next) == "quarter"
            })
            .map(|q| q as u32 + 1);
        // "the third-quarter loss": the article is the noun's, not the quarter's.
        if quarter.is_some()
            && self.word(i) == "the"
            && self.word(start + 1) == "-"
            && shift_word.is_none()
        {
            return None;
        }
        let next = match (season, quarter) {
            (Some(_), _) => start + 1,
            (None, Some(_)) if self.word(start + 1) == "-" => start + 3,
            (None, Some(_)) => start + 2,
            _ => return None,
        };
        let of = self.past(next, "of");
        if let Some((year, end)) = self.year_of_period(of) {
            let value = match (season, quarter) {
                (Some(season), _) => TimeValue::Season(year, season),
                (None, q) => TimeValue::Quarter(year, q?),
            };
            return Found::new(end, Meaning::Calendar(value));
        }
        // "the fall of Atlanta": the event, not the season.
        let event = season == Some(Season::Fall)
            && self.word(start + 1) == "of"
            && self
                .tokens
                .get(start + 2)
                .is_some_and(|t| t.capital || t.lower == "the");
        if event {
            return None;
        }
        let verb = self.is(start, &["fall", "spring"]);
        // "fall" and "spring" alone are too often verbs to be seasons, but not after a word
        // that only a noun follows: "in spring", "by early fall", "mid-spring".
        let noun_before = match i.checked_sub(1) {
            Some(b) if self.word(b) == "-" => b > 0 && self.word(b - 1) == "mid",
            Some(b) => self.is(b, &SEASON_BEFORE),
            None => false,
        };
        // Nor after "the" alone: "said the fall was welcome", "the fall in prices"; but "in
        // the fall", "the spring and summer of 1979".
        // "the Spring Offensive" is a name, "spent the spring" a time spent.
        let article_alone = self.word(i) == "the"
            && start == i + 1
            && self.is(start, &["fall", "spring"])
            && !self.tokens[start].capital
            && self.paired_year(next).is_none()
            && !(i > 0
                && self.is(
                    i - 1,
                    &["into", "over", "for", "spent", "spend", "spending"],
                ));
        if shift_word.is_none() && verb && (i == start || article_alone) && !noun_before {
            return None;
        }
        // "its hottest summer on record", "the worst winter in decades": a season a
        // superlative ranks is any year's, not a time of its own.
        let ranked = i
            .checked_sub(1)
            .is_some_and(|b| !self.tokens[b].capital && is_superlative(self.word(b)));
        // "spent a summer teaching": any summer, a length of one.
        let any = i.checked_sub(1).is_some_and(|b| self.is(b, &["a", "an"]));
        if season.is_some() && shift_word.is_none() && start == i && (ranked || any) {
            return None;
        }
        // "the spring and summer of 1979": the year of the season it is paired with.
        if let (Some(season), None) = (season, shift_word) {
            if let Some((year, _)) = self.paired_year(next) {
                return Found::new(next, Meaning::Calendar(TimeValue::Season(year, season)));
            }
        }
        let years = match shift_word {
            Some("last") | Some("past") => -1,
            Some("next") => 1,
            _ => 0,
        };
        match (season, quarter) {
            (Some(season), _) if shift_word == Some("this past") => {
                Found::new(next, Meaning::PastSeason(season))
            }
            (Some(season), _) if shift_word.is_none() => Found::new(
                next,
                Meaning::StorySeason {
                    season,
                    toward: self.direction(i),
                },
            ),
            (Some(season), _) => Found::new(next, Meaning::Season { season, years }),
            (None, Some(quarter)) if years == 0 || possessive => {
                let toward = self.direction(i);
                Found::new(
                    next,
                    Meaning::Quarter {
                        quarter,
                        years,
                        toward,
                    },
                )
            }
            _ => None,
        }
    }
}

/// A holiday's day in the year.
#[derive(Clone, Copy)]
enum Holiday {
    Fixed(u32, u32),
    Movable(Movable),
}

/// The minutes of an ISO 8601 offset written after its sign: "02:00", "0530", "05".
fn iso_offset(written: &str) -> Option<i16> {
    let digits: String = written.chars().filter(|&c| c != ':').collect();
    let (hours, minutes) = match digits.len() {
        2 => (digits.parse::<i16>().ok()?, 0),
        4 => (
            digits[..2].parse::<i16>().ok()?,
            digits[2..].parse::<i16>().ok()?,
        ),
        _ => return None,
    };
    (hours <= 14 && minutes < 60).then_some(hours * 60 + minutes)
}
