//! Clock times: "8 PM", "3:30 p.m.", "15:00 GMT", "noon", with the day they are on.

use super::{Found, Reader};
use crate::extract::meaning::{Meaning, TimeOfDay, Timex};
use crate::extract::tokens::Kind;
use crate::lexicon::TIME_ZONES;

impl Reader<'_> {
    /// Clock times: "8 PM", "3:30 p.m.", "15:00 GMT", "noon", with a following day if any.
    pub(super) fn clock(&self, i: usize) -> Option<Found> {
        let t = self.tokens.get(i)?;
        let (hour, minute, next) = if matches!(&*t.lower, "noon" | "midday") {
            (12, 0, i + 1)
        } else if t.lower == "midnight" {
            (0, 0, i + 1)
        } else if t.kind == Kind::Number {
            let mut parts = t.lower.split(':');
            let hour: u32 = parts.next()?.parse().ok()?;
            let minute: u32 = match parts.next() {
                Some(m) if m.len() == 2 => m.parse().ok()?,
                Some(_) => return None,
                None => 0,
            };
            if parts.next().is_some() || hour > 23 || minute > 59 {
                return None;
            }
            let next = i + 1;
            let (meridiem, after) = self.meridiem(next);
            let hour = match meridiem {
                Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
                Some(_) => return None,
                None if t.lower.contains(':') && self.is(next, &TIME_ZONES) => hour,
                None => return None,
            };
            let after = if self.is(after, &TIME_ZONES) {
                after + 1
            } else {
                after
            };
            (hour, minute, after)
        } else {
            return None;
        };
        // The day it is on: a following weekday, date or deictic word, else the dateline's.
        let comma = if self.word(next) == "," {
            next + 1
        } else {
            next
        };
        let day = [self.relative(next), self.calendar(comma)]
            .into_iter()
            .flatten()
            .filter(|f| f.timex.is_day())
            .max_by_key(|f| f.end);
        let (end, day) = match day {
            Some(found) => (found.end, found.timex.meaning),
            None => (next, Meaning::ThatDay),
        };
        Found::new(
            end,
            Timex {
                meaning: day,
                time_of_day: Some(TimeOfDay::Clock { hour, minute }),
            },
        )
    }

    /// "a.m.", "pm", "PM": (is it p.m., next token).
    fn meridiem(&self, i: usize) -> (Option<bool>, usize) {
        match self.word(i) {
            "am" => (Some(false), i + 1),
            "pm" => (Some(true), i + 1),
            "a" | "p" if self.word(i + 1) == "." && self.word(i + 2) == "m" => {
                let pm = self.word(i) == "p";
                let end = if self.word(i + 3) == "." {
                    i + 4
                } else {
                    i + 3
                };
                (Some(pm), end)
            }
            _ => (None, i),
        }
    }
}
