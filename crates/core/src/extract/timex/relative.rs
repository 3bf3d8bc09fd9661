//! Dates relative to the dateline or to an earlier date: today, Friday, last week, two years
//! ago, the next day, and vague references to the present, past and future.

use super::{part_of_day, shift, Found, Reader};
use crate::extract::meaning::{Amount, Meaning, TimeOfDay, Timex, Unit, Vague};
use crate::lexicon::THIS;
use crate::time::{Direction, PartOfDay};

impl Reader<'_> {
    /// Dates relative to the dateline or to an earlier date: today, Friday, last week, two
    /// years ago, the next day.
    pub(super) fn relative(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let today = |offset| Meaning::FromDateline {
            unit: Unit::Day,
            offset,
        };
        match word {
            "today" => return self.with_part_of_day(i + 1, today(0)),
            "yesterday" => return self.with_part_of_day(i + 1, today(-1)),
            "tomorrow" => return self.with_part_of_day(i + 1, today(1)),
            "tonight" => {
                return Found::new(
                    i + 1,
                    Timex {
                        meaning: today(0),
                        time_of_day: Some(TimeOfDay::Part(PartOfDay::Night)),
                    },
                )
            }
            "now" | "currently" | "nowadays" => {
                return Found::new(i + 1, Meaning::Vague(Vague::Present))
            }
            "these" if self.word(i + 1) == "days" => {
                return Found::new(i + 2, Meaning::Vague(Vague::Present))
            }
            "the"
                if self.word(i + 1) == "past"
                    && !self.is(i + 2, &["few", "several"])
                    && self.count(i + 2).is_none()
                    && self.unit(i + 2).is_none() =>
            {
                return Found::new(i + 2, Meaning::Vague(Vague::Past))
            }
            "the" if self.word(i + 1) == "future" => {
                return Found::new(i + 2, Meaning::Vague(Vague::Future))
            }
            _ => {}
        }
        // Weekdays: "Friday", "last Friday", "next Tuesday", "Friday afternoon".
        let (shift_word, start) = match word {
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
            let toward = match shift_word {
                Some("next" | "coming") => Direction::Future,
                Some("last" | "previous" | "past") => Direction::Past,
                _ => self.direction(i),
            };
            let skip_today = shift_word.is_some_and(|w| w != THIS);
            let weekday = Meaning::Weekday {
                day,
                toward,
                skip_today,
            };
            return self.with_part_of_day(next, weekday);
        }
        // "last month", "this week", "next year", "the following week".
        if let (Some(shift_word), Some((unit, false, end))) = (shift_word, self.unit(start)) {
            let offset = shift(shift_word);
            if shift_word == "following" || (shift_word == "next" && word == "the") {
                return Found::new(end, Meaning::FromPrevious { unit, offset });
            }
            return Found::new(end, Meaning::FromDateline { unit, offset });
        }
        // "two years ago", "three days later", "a week earlier".
        if let Some((Amount::Exactly(n), next)) = self.count(i) {
            if let Some((unit, _, after)) = self.unit(next) {
                let n = n as i32;
                return match self.word(after) {
                    "ago" => Found::new(after + 1, Meaning::FromDateline { unit, offset: -n }),
                    "later" | "earlier" if self.ends_clause(after + 1) => {
                        let offset = if self.word(after) == "later" { n } else { -n };
                        Found::new(after + 1, Meaning::FromPrevious { unit, offset })
                    }
                    _ => None,
                };
            }
        }
        None
    }

    /// A day, with "morning", "afternoon", "evening" or "night" after it as a time of day.
    fn with_part_of_day(&self, end: usize, day: Meaning) -> Option<Found> {
        match part_of_day(self.word(end)) {
            Some(part) => Found::new(
                end + 1,
                Timex {
                    meaning: day,
                    time_of_day: Some(TimeOfDay::Part(part)),
                },
            ),
            None => Found::new(end, day),
        }
    }
}
