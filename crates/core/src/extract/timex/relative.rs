//! Dates relative to the dateline or to an earlier date: today, Friday, last week, two years
//! ago, the next day, and vague references to the present, past and future.

use super::{part_of_day, shift, Found, Reader};
use crate::extract::meaning::{Meaning, TimeOfDay, Timex, Told};
use crate::extract::tokens::Kind;
use crate::lexicon::{
    LENGTH_BEFORE, THIS, TODAY, TOMORROW, TONIGHT, VAGUE_FUTURE, VAGUE_PAST, VAGUE_PRESENT,
    YESTERDAY,
};
use crate::time::{Amount, Direction, Modifier, PartOfDay, Unit, Vague};

/// The most units "N units ago" or "N units later" counts: 9,999 years is the calendar's.
const MOST_UNITS_COUNTED: u32 = 9_999;

impl Reader<'_> {
    /// Dates relative to the dateline or to an earlier date: today, Friday, last week, two
    /// years ago, the next day.
    pub(super) fn relative(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let today = |offset| Meaning::FromDateline {
            unit: Unit::Day,
            offset,
        };
        // "USA Today", "ABC's This Week": a deictic word that is part of a name.
        let capital = |j: usize| {
            self.tokens
                .get(j)
                .is_some_and(|t| t.capital && t.kind == Kind::Word)
        };
        let after_name = i > 0
            && (capital(i - 1)
                || (i > 2 && self.word(i - 1) == "s" && self.word(i - 2) == "'" && capital(i - 3)));
        let deictic = TODAY.contains(&word) || TONIGHT.contains(&word) || word == THIS;
        // Mid-sentence, "This Week" in title case is a title too.
        // Called at any token after another rule's, even just past the last one: read
        // through `get`.
        let mid_sentence = i
            .checked_sub(1)
            .and_then(|before| self.tokens.get(before))
            .is_some_and(|t| t.kind == Kind::Word);
        let title = mid_sentence && word == THIS && capital(i + 1);
        let named = capital(i) && deictic && (after_name || title);
        if named {
            return None;
        }
        // "afternoon yesterday", "morning Friday": the part of the day before its day.
        // (Never a part after a part, and only a day of a word or two, "yesterday", "next
        // Friday", so that a run of parts is not read again from each.)
        let short_day = !self.is(i + 1, &["the"]) && part_of_day(self.word(i + 1)).is_none();
        if let Some(part) = part_of_day(word).filter(|_| short_day) {
            let day = self
                .relative(i + 1)
                .filter(|f| f.timex.is_day() && f.timex.time_of_day.is_none());
            if let Some(day) = day {
                return self.in_part_of_day(day.end, day.timex.meaning, part);
            }
        }
        if let Some(found) = self.vague(i) {
            return Some(found);
        }
        // "the morning of April 19, 1775", "the night of 10 August", "the early morning hours
        // of 30 April": a part of that day (not of another "the morning of", so that a chain
        // of them is not read again from each).
        let part_at = i + 1 + usize::from(self.is(i + 1, &["early", "late"]));
        let of = self.past(part_at + 1, "hours");
        let nested = self.word(of + 1) == "the" && self.word(of + 3) == "of";
        if let (Some(part), "the", "of", false) = (
            part_of_day(self.word(part_at)),
            self.word(i),
            self.word(of),
            nested,
        ) {
            let day = [self.calendar(of + 1), self.relative(of + 1)]
                .into_iter()
                .flatten()
                .filter(|f| f.timex.is_day())
                .max_by_key(|f| f.end)?;
            let timex = Timex {
                meaning: day.timex.meaning,
                time_of_day: Some(TimeOfDay::Part(part)),
            };
            return Found::new(day.end, timex);
        }
        // "that afternoon", "the next morning": a part of the last day the text gave, or of
        // the day after or before it.
        let anaphoric = match (word, self.word(i + 1)) {
            ("that", _) => Some((0, i + 1)),
            ("the", "same") => Some((0, i + 2)),
            ("the", "next" | "following") => Some((1, i + 2)),
            ("the", "previous") => Some((-1, i + 2)),
            _ => None,
        };
        if let Some((offset, at)) = anaphoric {
            if let Some(part) = part_of_day(self.word(at)) {
                let day = Meaning::FromPrevious {
                    unit: Unit::Day,
                    offset,
                };
                return self.in_part_of_day(at + 1, day, part);
            }
        }
        // "the night before", "the morning after": a part of the day before or after the last
        // one the text gave, when nothing follows that it is counted from.
        if let (Some(part), "the") = (part_of_day(self.word(i + 1)), word) {
            let offset = match self.word(i + 2) {
                "before" | "previous" => -1,
                "after" => 1,
                _ => 0,
            };
            if offset != 0 && self.ends_neighbour(i + 3) {
                let timex = Timex {
                    meaning: Meaning::FromPrevious {
                        unit: Unit::Day,
                        offset,
                    },
                    time_of_day: Some(TimeOfDay::Part(part)),
                };
                return Found::new(i + 3, timex);
            }
        }
        // "this morning", "last night": a part of today or of yesterday.
        if let Some(part) = part_of_day(self.word(i + 1)) {
            let offset = match word {
                THIS => Some(0),
                "last" if part == PartOfDay::Night || part == PartOfDay::Evening => Some(-1),
                _ => None,
            };
            if let Some(offset) = offset {
                return self.in_part_of_day(i + 2, today(offset), part);
            }
        }
        // "the day after tomorrow", "the day before yesterday"
        if (word, self.word(i + 1)) == ("the", "day") {
            let next = self.word(i + 3);
            let offset = match self.word(i + 2) {
                "after" if TOMORROW.contains(&next) => Some(2),
                "before" if YESTERDAY.contains(&next) => Some(-2),
                _ => None,
            };
            if let Some(offset) = offset {
                return self.with_part_of_day(i + 4, today(offset));
            }
        }
        match word {
            _ if TODAY.contains(&word) => return self.with_part_of_day(i + 1, today(0)),
            _ if YESTERDAY.contains(&word) => return self.with_part_of_day(i + 1, today(-1)),
            _ if TOMORROW.contains(&word) => return self.with_part_of_day(i + 1, today(1)),
            _ if TONIGHT.contains(&word) => {
                return self.in_part_of_day(i + 1, today(0), PartOfDay::Night)
            }
            _ => {}
        }
        if let Some(found) = self.reported_quarter(i).or_else(|| self.reported_year(i)) {
            return Some(found);
        }
        // "that year", "the same day", "that same week": the period of the last date given;
        // and as market reports sum one up, "For the week, the index fell 3.8%".
        let summed_up = i > 0
            && self.word(i - 1) == "for"
            && word == "the"
            && self.is(i + 1, &["week", "month", "day"])
            && self.word(i + 2) == ",";
        let same = match (word, self.word(i + 1)) {
            ("that", "same") | ("the", "same") => Some(i + 2),
            ("that", _) => Some(i + 1),
            _ if summed_up => Some(i + 1),
            _ => None,
        };
        // "over the weekend": the weekend the sentence points to.
        if word == "the" && self.word(i + 1) == "weekend" {
            let toward = self.direction(i);
            return Found::new(i + 2, Meaning::Weekend { toward });
        }
        if word == THIS && self.word(i + 1) == "day" {
            return Found::new(i + 2, Meaning::ThatDay { told: Told::Unsaid });
        }
        // "the day before", "the week prior" (read as "previous"), "the year after": a period
        // next to the last one the text gave, when nothing follows that it is counted from
        // ("the day before the vote", "the week prior to the vote").
        if word == "the" {
            if let Some((unit, false, end)) = self.unit(i + 1) {
                let offset = match self.word(end) {
                    "before" | "previous" => -1,
                    "after" => 1,
                    _ => 0,
                };
                if offset != 0 && !unit.is_within_a_day() && self.ends_neighbour(end + 1) {
                    return Found::new(end + 1, Meaning::FromPrevious { unit, offset });
                }
            }
        }
        if let Some((unit, false, end)) = same.and_then(|at| self.unit(at)) {
            if !unit.is_within_a_day() {
                return Found::new(end, Meaning::FromPrevious { unit, offset: 0 });
            }
        }
        // Weekdays: "Friday", "last Friday", "next Tuesday", "Friday afternoon".
        let (shift_word, start) = match word {
            // "this coming Sunday", "this past spring"
            THIS if self.is(i + 1, &["coming", "past"]) => (Some(self.word(i + 1)), i + 2),
            "last" | "this" | "next" | "previous" | "coming" | "past" => (Some(word), i + 1),
            "the"
                if self.is(
                    i + 1,
                    &["last", "next", "previous", "coming", "past", "following"],
                ) =>
            {
                (Some(self.word(i + 1)), i + 2)
            }
            _ => (None, i),
        };
        // "the previous April", "the following May": next to the time last given.
        if let (true, Some(shift_word), Some((month, next))) =
            (word == "the", shift_word, self.month(start))
        {
            if matches!(shift_word, "previous" | "following" | "next") {
                let offset = if shift_word == "previous" { -1 } else { 1 };
                return Found::new(next, Meaning::MonthNextTo { month, offset });
            }
        }
        if let (Some(shift_word), Some((month, next))) = (shift_word, self.month(start)) {
            let shift = if shift_word == THIS {
                0
            } else if shift(shift_word) > 0 {
                1
            } else {
                -1
            };
            return Found::new(next, Meaning::ShiftedMonth { month, shift });
        }
        if let Some((day, next)) = self.weekday(start) {
            // "Friday this week", "Tuesday next week": that week's day.
            if shift_word.is_none() && self.word(next + 1) == "week" {
                let weeks = match self.word(next) {
                    THIS => Some(0),
                    "next" => Some(1),
                    "last" => Some(-1),
                    _ => None,
                };
                if let Some(weeks) = weeks {
                    return Found::new(next + 2, Meaning::WeekdayOfWeek { day, weeks });
                }
            }
            // "this coming Sunday, March 8": the date says which Sunday.
            if let Some(date) = self
                .calendar(start)
                .filter(|f| f.end > next && f.timex.is_day())
            {
                return Some(date);
            }
            let toward = match shift_word {
                Some("next" | "coming") => Direction::Future,
                Some("last" | "previous" | "past") => Direction::Past,
                // "this Friday" that no tense points back at is the coming one.
                Some(THIS) if self.direction(i) == Direction::Nearest => Direction::Future,
                _ => self.direction(i),
            };
            let skip_today = shift_word.is_some_and(|w| w != THIS);
            // "the following Monday", "the previous Friday": next to the last day given.
            let anaphoric = match (word, shift_word) {
                (_, Some("following")) | ("the", Some("next")) => Some(1),
                ("the", Some("previous")) => Some(-1),
                _ => None,
            };
            let weekday = match anaphoric {
                Some(offset) => Meaning::WeekdayNextTo { day, offset },
                None => Meaning::Weekday {
                    day,
                    toward,
                    skip_today,
                },
            };
            return self.with_part_of_day(next, weekday);
        }
        // "the current quarter", "the current year": the dateline's.
        if word == "the" && self.word(i + 1) == "current" {
            if let Some((unit, false, end)) = self.unit(i + 2) {
                return Found::new(end, Meaning::FromDateline { unit, offset: 0 });
            }
        }
        // "last month", "this week", "next year", "the following week"; but "the last day of
        // school", "the last year of the war" are the final ones of something else.
        let unit = self
            .unit(start)
            .filter(|(_, _, end)| !(shift_word == Some("last") && self.word(*end) == "of"));
        if let (Some(shift_word), Some((unit, false, end))) = (shift_word, unit) {
            let offset = shift(shift_word);
            let anaphoric = word == "the" && matches!(shift_word, "next" | "previous");
            if shift_word == "following" || anaphoric {
                return Found::new(end, Meaning::FromPrevious { unit, offset });
            }
            return Found::new(end, Meaning::FromDateline { unit, offset });
        }
        self.long_ago(i).or_else(|| self.offset(i))
    }

    /// Deep time counted back: "65 million years ago", "13.8 billion years ago", "12,000
    /// years ago", with a count of at least ten thousand years.
    fn long_ago(&self, i: usize) -> Option<Found> {
        let t = self.tokens.get(i).filter(|t| t.kind == Kind::Number)?;
        let figures = t.lower.replace(',', "");
        let (whole, fraction) = figures.split_once('.').unwrap_or((&figures, ""));
        let scale = match self.word(i + 1) {
            "thousand" => Some(1_000),
            "million" => Some(1_000_000),
            "billion" => Some(1_000_000_000),
            _ => None,
        };
        let next = i + 1 + usize::from(scale.is_some());
        if !(self.is(next, &["years"]) && self.word(next + 1) == "ago") {
            return None;
        }
        let places = u32::try_from(fraction.len()).ok()?;
        let digits: u64 = format!("{whole}{fraction}").parse().ok()?;
        let scale: u64 = scale.unwrap_or(1);
        let unit = scale.checked_div(10_u64.checked_pow(places)?)?;
        if unit == 0 {
            return None;
        }
        let years = digits.checked_mul(unit)?;
        // Deep time, as far back as a year can be ("0 years ago" is no deep time).
        let deepest = crate::time::EARLIEST_DEEP_YEAR.unsigned_abs();
        if !(10_000..=deepest).contains(&years) {
            return None;
        }
        // Without a scale word, "12,000 years" is as precise as its last non-zero digit.
        let mut precision = unit;
        while scale == 1 && years % (precision * 10) == 0 {
            precision *= 10;
        }
        Found::new(next + 2, Meaning::LongAgo { years, precision })
    }

    /// A count of units before "ago", "later", "earlier", "before", "prior" or "after": a date counted
    /// back from the dateline, or from the last date given ("two years ago", "three days
    /// later", "a year earlier", "year-earlier"). Without a number it is only a vague past or
    /// future ("years later", "a few months ago").
    fn offset(&self, i: usize) -> Option<Found> {
        let (amount, next) = self.count(i).unwrap_or((Amount::Some, i));
        let (unit, plural, after) = self.unit(next)?;
        // "a year and a half ago", "two and a half years later": counted in a smaller unit.
        let (amount, after) = self.and_a_half(amount, after);
        let (amount, unit) = match amount {
            Amount::AndAHalf(n) => {
                let (count, smaller) = unit.and_a_half(n)?;
                (Amount::Exactly(count), smaller)
            }
            other => (other, unit),
        };
        // "year-earlier", "year-ago": one unit, as an adjective.
        let hyphened = self.word(after) == "-" && self.glued(after);
        let (amount, after) = match (amount, hyphened) {
            (Amount::Some, true) if next == i && !plural => (Amount::Exactly(1), after + 1),
            (_, true) => return None,
            (Amount::Some, false) if !plural => return None,
            (amount, false) => (amount, after),
        };
        // "a few minutes ago" is the dateline's day, as "two minutes ago" is; "minutes
        // later" is no date.
        let amount = match amount {
            Amount::Some if unit.is_within_a_day() && self.word(after) == "ago" => {
                Amount::Exactly(1)
            }
            other => other,
        };
        if unit.is_within_a_day() && amount == Amount::Some {
            return None;
        }
        // "a week or so ago": the count blurred.
        let blurred = self.word(after) == "or" && self.word(after + 1) == "so";
        let after = if blurred { after + 2 } else { after };
        let word = self.word(after);
        let end = after + 1;
        // "a year later than planned" compares; "two days after the vote" counts from an event.
        let closes = !self.is(end, &["than"]);
        let sign = match word {
            // "two years back" as "two years ago"
            "ago" | "back" => 0,
            "later" | "afterwards" | "afterward" if closes => 1,
            "earlier" | "previously" if closes => -1,
            "after" if self.ends_clause(end) => 1,
            "before" | "previous" if self.ends_clause(end) => -1,
            _ => return None,
        };
        // "a minute and a half later" is a length between two moments of one day.
        if sign != 0 && unit.is_within_a_day() {
            return None;
        }
        // A count of units a calendar can move by; deep time is read by its own rule.
        if matches!(amount, Amount::Exactly(n) if n > MOST_UNITS_COUNTED) {
            return None;
        }
        let meaning = match (amount, sign) {
            (Amount::Exactly(count), 0) => Meaning::Ago { unit, count },
            (Amount::Exactly(n), sign) => Meaning::Shifted {
                unit,
                offset: sign * n as i32,
            },
            (_, 1) => Meaning::Vague(Vague::Future),
            (_, _) => Meaning::Vague(Vague::Past),
        };
        Found::new(end, meaning).map(|f| f.with_modifier(blurred.then_some(Modifier::Approx)))
    }

    /// "the year", "the full year", "the fiscal year": the year a report is about; "the
    /// year ended Sept. 30" is the twelve months to that day.
    fn reported_year(&self, i: usize) -> Option<Found> {
        if self.word(i) != "the" {
            return None;
        }
        let mut at = i + 1;
        if self.is(at, &["full", "current"]) {
            at += 1;
        }
        if self.word(at) == "fiscal" {
            at += 1;
        }
        if self.word(at) != "year" {
            return None;
        }
        let end = at + 1;
        if self.is(end, &["ended", "ending"]) {
            let year = Meaning::Duration {
                amount: Amount::Exactly(1),
                unit: Unit::Year,
            };
            return Found::new(end, year);
        }
        // "the year before", "the year 1950", "the year-ago quarter", "the year of the
        // dragon": a year other rules read, or none.
        let other = self
            .tokens
            .get(end)
            .is_some_and(|t| t.kind == Kind::Number || (t.lower == "-" && !t.spaced))
            || self.is(
                end,
                &[
                    "before", "previous", "after", "earlier", "later", "ago", "of", "in", "when",
                ],
            );
        // "in 2019, the year he built the observatory", "March 1899, the year of the
        // railway": the year just given, described; not one compared with it ("Unlike 2020,
        // the year so far has seen ...", "After a strong 2023, the year ahead looks harder").
        let described = self.tokens.get(end).is_some_and(|t| {
            t.capital
                || matches!(
                    t.lower.as_ref(),
                    "he" | "she"
                        | "they"
                        | "we"
                        | "it"
                        | "i"
                        | "you"
                        | "when"
                        | "that"
                        | "which"
                        | "in"
                        | "of"
                        | "'"
                        | "the"
                        | "a"
                        | "an"
                )
        });
        let compared = (i.saturating_sub(5)..i)
            .any(|j| self.is(j, &["compared", "unlike", "after", "than", "versus", "vs"]));
        let apposed = i > 1 && self.word(i - 1) == "," && self.year(i - 2).is_some();
        if apposed && at == i + 1 && described && !compared {
            let that_year = Meaning::FromPrevious {
                unit: Unit::Year,
                offset: 0,
            };
            return Found::new(end, that_year);
        }
        (!other).then(|| Found::new(end, Meaning::ReportedYear))?
    }

    /// The period a financial report is about: "the quarter", "the latest quarter", "the
    /// year-ago quarter", "the year-earlier period".
    fn reported_quarter(&self, i: usize) -> Option<Found> {
        if self.word(i) != "the" {
            return None;
        }
        let at = if self.is(i + 1, &["latest", "recent", "comparable"]) {
            i + 2
        } else {
            i + 1
        };
        // "the period" alone is any period; "the latest period" is the one reported on.
        let noun = |j: usize, qualified: bool| match self.word(j) {
            "quarter" if !self.cup_round(j) => Some(j + 1),
            "period" if qualified => Some(j + 1),
            _ => None,
        };
        if let Some(end) = noun(at, at > i + 1) {
            return Found::new(end, Meaning::ReportedQuarter { years: 0 });
        }
        // "the 1988 third quarter", "the 1989 period"
        if let Some((year, next)) = self.year(at) {
            let ordinal = crate::lexicon::ORDINALS
                .iter()
                .position(|o| *o == self.word(next))
                .filter(|_| self.word(next + 1) == "quarter");
            if let Some(q) = ordinal {
                let quarter = crate::time::TimeValue::Quarter(year, q as u32 + 1);
                return Found::new(next + 2, Meaning::Calendar(quarter));
            }
            if self.is(next, &["quarter", "period"]) {
                return Found::new(next + 1, Meaning::QuarterOfYear(year));
            }
        }
        // "the year-ago quarter", "the year-earlier third quarter"
        let back = self.word(at) == "year"
            && self.word(at + 1) == "-"
            && self.is(at + 2, &["ago", "earlier"]);
        if !back {
            return None;
        }
        let at = at + 3;
        let end = noun(at, true).or_else(|| {
            let ordinal = crate::lexicon::ORDINALS.contains(&self.word(at));
            (ordinal && self.word(at + 1) == "quarter").then_some(at + 2)
        })?;
        Found::new(end, Meaning::ReportedQuarter { years: -1 })
    }

    /// Vague references: "now", "recently", "recent years", "the coming months", "the past",
    /// "the future", "these days".
    fn vague(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let vague = |end, v| Found::new(end, Meaning::Vague(v));
        let plural_unit = |at: usize| {
            self.unit(at)
                .filter(|(unit, plural, _)| *plural && !matches!(unit, Unit::Second | Unit::Minute))
                .map(|(.., end)| end)
        };
        match word {
            // "as recently as 2009" is the year.
            "recently" if self.word(i + 1) == "as" => None,
            _ if VAGUE_PAST.contains(&word) => vague(i + 1, Vague::Past),
            _ if VAGUE_PRESENT.contains(&word) => vague(i + 1, Vague::Present),
            "right" if self.word(i + 1) == "now" => vague(i + 2, Vague::Present),
            // "Islam will one day be", "the hope he one day follows": some day ahead, not a
            // length ("in one day", "for one day").
            "one"
                if self.word(i + 1) == "day"
                    && (i == 0 || !self.is(i - 1, &LENGTH_BEFORE))
                    && !self.ends_clause(i + 2)
                    && !self.is(
                        i + 2,
                        &["to", "of", "in", "later", "before", "after", "off"],
                    )
                    && self.direction(i) == Direction::Future =>
            {
                vague(i + 2, Vague::Future)
            }
            // As posts write "right now" and "at the moment"; "RN" and "ATM" are other words.
            // Token `i` exists: the word was read from it.
            "rn" | "atm" if !self.tokens[i].capital => vague(i + 1, Vague::Present),
            _ if VAGUE_FUTURE.contains(&word) => vague(i + 1, Vague::Future),
            "these" if self.word(i + 1) == "days" => vague(i + 2, Vague::Present),
            // "present-day Belize", "modern day Gnjilane"
            "present" | "modern" if self.word(i + 1) == "day" => vague(i + 2, Vague::Present),
            "present" | "modern" if self.word(i + 1) == "-" && self.word(i + 2) == "day" => {
                vague(i + 3, Vague::Present)
            }
            // "recent years", "in coming months"
            "recent" => vague(plural_unit(i + 1)?, Vague::Past),
            "coming" => vague(plural_unit(i + 1)?, Vague::Future),
            "the" => match self.word(i + 1) {
                "coming" => vague(plural_unit(i + 2)?, Vague::Future),
                // "the last few months", "the past several years"
                "last" | "past" if self.is(i + 2, &["few", "several"]) => {
                    vague(plural_unit(i + 3)?, Vague::Past)
                }
                "past"
                    if self.count(i + 2).is_none()
                        && self.unit(i + 2).is_none()
                        && !self.is(i + 2, &["few", "several"]) =>
                {
                    vague(i + 2, Vague::Past)
                }
                "future" => vague(i + 2, Vague::Future),
                // "for the time being"
                "time" if self.word(i + 2) == "being" => vague(i + 3, Vague::Present),
                // "the near future", "the near term", "the short term" ("the long run" is a
                // manner of speaking, not a time)
                "near" if self.is(i + 2, &["future", "term"]) => vague(i + 3, Vague::Future),
                "short" if self.word(i + 2) == "term" => vague(i + 3, Vague::Future),
                _ => None,
            },
            "a" if self.word(i + 1) == "later" && self.word(i + 2) == "date" => {
                vague(i + 3, Vague::Future)
            }
            _ => None,
        }
    }

    /// A day, with "morning", "afternoon", "evening" or "night" after it as a time of day.
    fn with_part_of_day(&self, end: usize, day: Meaning) -> Option<Found> {
        if let Some(part) = part_of_day(self.word(end)) {
            return self.in_part_of_day(end + 1, day, part);
        }
        // "Mon 5pm", "tomorrow at 8 p.m.": a clock time on that day.
        let at = if self.word(end) == "at" { end + 1 } else { end };
        let clock = self
            .clock(at)
            .filter(|c| matches!(c.timex.meaning, Meaning::ThatDay { .. }));
        match clock.and_then(|c| Some((c.end, c.timex.time_of_day?))) {
            Some((after, time)) => {
                let timex = Timex {
                    meaning: day,
                    time_of_day: Some(time),
                };
                Found::new(after, timex)
            }
            None => Found::new(end, day),
        }
    }

    /// A part of a day, or the clock time in it after "at": "tonight at 8" is 20:00,
    /// "tomorrow morning at 7:30" 07:30.
    pub(super) fn in_part_of_day(
        &self,
        end: usize,
        day: Meaning,
        part: PartOfDay,
    ) -> Option<Found> {
        let clock = (self.word(end) == "at")
            .then(|| self.clock_in_part(end + 1, part))
            .flatten();
        let (time_of_day, end) = match clock {
            Some((hour, minute, after)) => (
                TimeOfDay::Clock {
                    hour,
                    minute,
                    zone: None,
                },
                after,
            ),
            None => (TimeOfDay::Part(part), end),
        };
        let timex = Timex {
            meaning: day,
            time_of_day: Some(time_of_day),
        };
        Found::new(end, timex)
    }
}
