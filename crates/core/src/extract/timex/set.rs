//! Recurring times: "every year", "each week", "daily", "annually", "every morning",
//! "twice a week", "each July", "Tuesday nights".

use super::{part_of_day, season_named, Found, Reader};
use crate::extract::meaning::Meaning;
use crate::extract::tokens::Kind;
use crate::lexicon::{AMOUNT_WORDS, EVERY, FUNCTION_WORDS, RECURRING, TIMES, WEEKDAYS};
use crate::time::{Amount, Recurrence, Unit};

impl Reader<'_> {
    /// Recurring times: "every year", "each week", "daily", "annually", "every morning",
    /// "every four years", "twice a week", "each July", "every summer", "Tuesday nights".
    pub(super) fn set(&self, i: usize) -> Option<Found> {
        let every = |end, recurrence| Found::new(end, Meaning::Set(recurrence));
        if let Some((_, unit)) = RECURRING.iter().find(|(w, _)| *w == self.word(i)) {
            // "paid quarterly", but "a quarterly dividend": before its noun it is an adjective.
            let before_noun = self.tokens.get(i + 1).is_some_and(|t| {
                t.kind == Kind::Word
                    && !t.capital
                    && !self.ends_clause(i + 1)
                    && !FUNCTION_WORDS.contains(&&*t.lower)
            });
            if before_noun {
                return None;
            }
            return every(i + 1, Recurrence::Every(1, Unit::named(unit)?));
        }
        // "twice a week", "once a month", "three times a year"
        let times = match self.count(i) {
            Some((Amount::Exactly(_), next)) if self.is(next, &["times", "x"]) => Some(next + 1),
            _ => TIMES
                .iter()
                .any(|(w, _)| *w == self.word(i))
                .then_some(i + 1),
        };
        if let Some(per) = times.filter(|&per| self.is(per, &["a", "an", "per", "each", "every"])) {
            if let Some((unit, false, end)) = self.unit(per + 1) {
                return every(end, Recurrence::Every(1, unit));
            }
        }
        // "10,000 per day", "$33 million a year", "30 attacks a day": a rate.
        if let Some(found) = self.rate(i) {
            return Some(found);
        }
        // "on Mondays": a weekday in the plural recurs.
        if let Some(stem) = self.word(i).strip_suffix('s') {
            if let Some(day) = WEEKDAYS.iter().position(|w| w.eq_ignore_ascii_case(stem)) {
                let day = chrono::Weekday::try_from(day as u8).ok()?;
                return every(i + 1, Recurrence::Weekday(day));
            }
        }
        // "Tuesday nights", "Sunday mornings"
        if let Some((weekday, next)) = self.weekday(i) {
            let plural = self.word(next).strip_suffix('s').and_then(part_of_day);
            return every(next + 1, Recurrence::WeekdayPart(weekday, plural?));
        }
        if !self.is(i, &EVERY) {
            return None;
        }
        // "every other week": every second one.
        if self.word(i + 1) == "other" {
            if let Some((unit, false, end)) = self.unit(i + 2).filter(|u| u.0 != Unit::Weekend) {
                return every(end, Recurrence::Every(2, unit));
            }
            // "every other Tuesday": a Tuesday set, as TimeML writes it.
            if let Some((weekday, end)) = self.weekday(i + 2) {
                return every(end, Recurrence::Weekday(weekday));
            }
        }
        // "every four years", "every two weeks"
        if let Some((Amount::Exactly(n), next)) = self.count(i + 1) {
            if let Some((unit, true, end)) = self.unit(next) {
                return every(end, Recurrence::Every(n, unit));
            }
        }
        if let Some((unit, false, end)) = self.unit(i + 1) {
            return match unit {
                Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Hour | Unit::Quarter => {
                    every(end, Recurrence::Every(1, unit))
                }
                _ => None,
            };
        }
        if let Some((weekday, end)) = self.weekday(i + 1) {
            return every(end, Recurrence::Weekday(weekday));
        }
        if let Some((month, end)) = self.month(i + 1) {
            return every(end, Recurrence::Month(month));
        }
        let word = self.word(i + 1);
        if let Some(season) = season_named(word) {
            return every(i + 2, Recurrence::Season(season));
        }
        every(i + 2, Recurrence::PartOfDay(part_of_day(word)?))
    }

    /// A rate in days, weeks, months or years: "per day", or "a day" after an amount
    /// ("10,000 a day", "$33 million a year", "30 attacks a week").
    fn rate(&self, i: usize) -> Option<Found> {
        let (unit, end) = self.per_unit(i)?;
        // "miles an hour", "instructions per second" measure speed, not time.
        let calendar = matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year);
        calendar.then(|| Found::new(end, Meaning::Set(Recurrence::Every(1, unit))))?
    }

    /// "per hour", or "an hour" after an amount: the unit something is counted by, and the
    /// token after it. "A week" after anything else is a length ("offered him a week").
    pub(super) fn per_unit(&self, i: usize) -> Option<(Unit, usize)> {
        let (unit, false, end) = self.unit(i + 1)? else {
            return None;
        };
        // A unit was read from token `i + 1`, so every `j` below `i + 1` is a token.
        let amount = |j: usize| self.tokens[j].kind == Kind::Number || self.is(j, &AMOUNT_WORDS);
        let after_amount =
            i > 0 && (amount(i - 1) || (i > 1 && amount(i - 2) && self.word(i - 1).ends_with('s')));
        let per = match self.word(i) {
            "per" => true,
            "a" | "an" => after_amount,
            _ => false,
        };
        per.then_some((unit, end))
    }
}
