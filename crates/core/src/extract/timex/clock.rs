//! Clock times: "8 PM", "3:30 p.m.", "15:00 GMT", "noon", with the day they are on.

use super::{Found, Reader};
use crate::extract::meaning::{Meaning, TimeOfDay, Timex};
use crate::extract::tokens::Kind;
use crate::lexicon::{AT_A_TIME, TIME_ZONES};

impl Reader<'_> {
    /// Clock times: "8 PM", "3:30 p.m.", "15:00 GMT", "noon", with a following day if any.
    pub(super) fn clock(&self, i: usize) -> Option<Found> {
        let t = self.tokens.get(i)?;
        let (hour, minute, next) = if matches!(&*t.lower, "noon" | "midday") {
            (12, 0, i + 1)
        } else if t.lower == "midnight" {
            (0, 0, i + 1)
        } else if t.kind == Kind::Number || self.attached_meridiem(i).is_some() {
            // "8pm", "8:30pm": the meridiem written onto the number.
            let (digits, attached) = match self.attached_meridiem(i) {
                Some((digits, pm)) => (digits, Some(pm)),
                None => (&*t.lower, None),
            };
            let mut parts = digits.split(':');
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
            let (meridiem, after) = match attached {
                Some(pm) => (Some(pm), next),
                None => self.meridiem(next),
            };
            // "16:08" alone is a time after "at" or "by", or when no clock reads it otherwise.
            let said_at = i > 0 && self.is(i - 1, &AT_A_TIME);
            let hour = match meridiem {
                Some(pm) if (1..=12).contains(&hour) => hour % 12 + if pm { 12 } else { 0 },
                Some(_) => return None,
                None if digits.contains(':') && self.is(next, &TIME_ZONES) => hour,
                None if digits.contains(':') && (said_at || hour >= 13) => hour,
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
        let comma = self.past(next, ",");
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

    /// A number with its meridiem written on: "8pm" is ("8", true).
    fn attached_meridiem(&self, i: usize) -> Option<(&str, bool)> {
        let word = self
            .tokens
            .get(i)
            .filter(|t| t.kind == Kind::Word)?
            .lower
            .as_ref();
        let (digits, pm) = match (word.strip_suffix("pm"), word.strip_suffix("am")) {
            (Some(d), _) => (d, true),
            (_, Some(d)) => (d, false),
            _ => return None,
        };
        let clock = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit() || b == b':');
        clock.then_some((digits, pm))
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
