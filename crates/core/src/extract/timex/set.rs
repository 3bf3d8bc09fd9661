//! Recurring times: "every year", "each week", "daily", "annually", "every morning".

use super::{part_of_day, Found, Reader};
use crate::extract::meaning::{Meaning, Recurrence, Unit};
use crate::lexicon::{EVERY, RECURRING};

impl Reader<'_> {
    /// Recurring times: "every year", "each week", "daily", "annually", "every morning".
    pub(super) fn set(&self, i: usize) -> Option<Found> {
        let every = |end, recurrence| Found::new(end, Meaning::Set(recurrence));
        if let Some((_, unit)) = RECURRING.iter().find(|(w, _)| *w == self.word(i)) {
            return every(i + 1, Recurrence::Every(Unit::named(unit)?));
        }
        if !self.is(i, &EVERY) {
            return None;
        }
        if let Some((unit, false, end)) = self.unit(i + 1) {
            return match unit {
                Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Hour => {
                    every(end, Recurrence::Every(unit))
                }
                _ => None,
            };
        }
        if let Some((weekday, end)) = self.weekday(i + 1) {
            return every(end, Recurrence::Weekday(weekday));
        }
        every(i + 2, Recurrence::PartOfDay(part_of_day(self.word(i + 1))?))
    }
}
