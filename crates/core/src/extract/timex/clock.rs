//! Clock times: "8 PM", "3:30 p.m.", "15:00 GMT", "noon", with the day they are on.

use super::{part_of_day, Found, Reader};
use crate::extract::meaning::{Meaning, TimeOfDay, Timex};
use crate::extract::tokens::Kind;
use crate::lexicon::{AT_A_TIME, SMALL_NUMBERS, TIME_ZONES, ZONE_OFFSETS};
use crate::time::{Modifier, PartOfDay};

impl Reader<'_> {
    /// Clock times: "8 PM", "3:30 p.m.", "15:00 GMT", "noon", with a following day if any:
    /// "5 p.m. Friday", "7:30 tonight", "at 8 tomorrow evening".
    pub(super) fn clock(&self, i: usize) -> Option<Found> {
        let t = self.tokens.get(i)?;
        let (reading, next) = if matches!(&*t.lower, "noon" | "midday") {
            (Reading::Exact(12, 0), i + 1)
        } else if t.lower == "midnight" {
            (Reading::Exact(0, 0), i + 1)
        } else if let Some(oclock) = self.oclock(i).or_else(|| self.past_the_hour(i)) {
            oclock
        } else if t.kind == Kind::Number || self.attached_meridiem(i).is_some() {
            self.clock_digits(i)?
        } else {
            return None;
        };
        // "16:08 UTC", "9 a.m. EST": a zone that says its offset, written last.
        let zone = next
            .checked_sub(1)
            .and_then(|z| ZONE_OFFSETS.iter().find(|(name, _)| self.word(z) == *name))
            .map(|&(_, offset)| offset);
        // "7ish", "8:30ish": about then.
        let blurred = self.word(next) == "ish" && self.glued(next);
        let next = if blurred { next + 1 } else { next };
        // The day it is on: a following weekday, date or deictic word, else the dateline's.
        let day = self.day_named_at(next);
        // "2:30 in the afternoon", "8 at night": the part of the day said after the time.
        let said_part = match (self.word(next), self.word(next + 1)) {
            ("in", "the") => part_of_day(self.word(next + 2))
                .filter(|p| *p != PartOfDay::Night)
                .map(|p| (p, next + 3)),
            ("at", "night") => Some((PartOfDay::Night, next + 2)),
            _ => None,
        }
        .filter(|_| day.is_none());
        let part = day
            .as_ref()
            .and_then(|f| f.timex.day_with_part())
            .or(said_part.map(|(part, _)| part));
        // "7:30 tonight" is in the evening, "8 tomorrow morning" in the morning.
        let (hour, minute) = reading.in_part(part)?;
        let that_day = || Meaning::ThatDay {
            told: self.told(i, self.direction(i)),
        };
        let (end, day) = match (day, said_part) {
            (Some(found), _) => (found.end, found.timex.meaning),
            (None, Some((_, end))) => (end, that_day()),
            (None, None) => (next, that_day()),
        };
        Found::new(
            end,
            Timex {
                meaning: day,
                time_of_day: Some(TimeOfDay::Clock { hour, minute, zone }),
            },
        )
        .map(|f| f.with_modifier(blurred.then_some(Modifier::Approx)))
    }

    /// The day named at token `i`, after a time of the day: a weekday, date or deictic word,
    /// perhaps with a part of the day ("5 p.m. Friday", "7:30 tonight", "noon, March 3").
    pub(super) fn day_named_at(&self, i: usize) -> Option<Found> {
        [self.relative(i), self.calendar(self.past(i, ","))]
            .into_iter()
            .flatten()
            .filter(|f| f.timex.is_day() || f.timex.day_with_part().is_some())
            .max_by_key(|f| f.end)
    }

    /// "0800 GMT", "at 1430 hours": four figures at token `i` read on the 24-hour clock, as a
    /// zone after them says, or "hours" after them: (hour, minute).
    fn four_figure_clock(&self, i: usize) -> Option<(u32, u32)> {
        let figures: &str = &self.tokens.get(i).filter(|t| t.kind == Kind::Number)?.lower;
        if figures.len() != 4 || !figures.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let hours_word = self.is(i + 1, &["hr", "hrs", "hours"]) && self.hours_of_the_clock(i);
        if !(self.is(i + 1, &TIME_ZONES) || hours_word) {
            return None;
        }
        // Four ASCII digits, checked above: both cuts are in bounds and on boundaries.
        let (hour, minute): (u32, u32) = (figures[..2].parse().ok()?, figures[2..].parse().ok()?);
        (hour <= 23 && minute <= 59).then_some((hour, minute))
    }

    /// Whether four figures at token `i` before "hours" count the hours of the 24-hour clock
    /// ("0400 hrs", "at 1430 hours"), not a length ("1500 hours of work"): a leading zero, or
    /// a word for a time before them.
    pub(super) fn hours_of_the_clock(&self, i: usize) -> bool {
        let figures = self.word(i);
        figures.len() == 4 && (figures.starts_with('0') || (i > 0 && self.is(i - 1, &AT_A_TIME)))
    }

    /// Where a clock time that ends right before token `i` starts: "midnight" in "by
    /// midnight Friday", "5" in "at 5 p.m. Friday".
    pub(super) fn clock_ending_at(&self, i: usize) -> Option<usize> {
        (i.saturating_sub(6)..i).find(|&j| {
            let word_clock = j + 1 == i && self.is(j, &["midnight", "noon", "midday"]);
            word_clock || self.clock_digits(j).is_some_and(|(_, next)| next == i)
        })
    }

    /// "10 o'clock", "five o'clock": an hour of the dial, as written unless the part of the
    /// day says otherwise ("five o'clock tonight").
    fn oclock(&self, i: usize) -> Option<(Reading, usize)> {
        let said =
            self.word(i + 1) == "o" && self.word(i + 2) == "'" && self.word(i + 3) == "clock";
        if !said {
            return None;
        }
        Some((Reading::AsWritten(self.hour_of_the_dial(i)?, 0), i + 4))
    }

    /// An hour of the dial, 1 to 12, in figures or words: "8", "eight".
    fn hour_of_the_dial(&self, i: usize) -> Option<u32> {
        let hour = match self.digits(i) {
            Some(n) => n,
            None => SMALL_NUMBERS.iter().position(|w| *w == self.word(i))? as u32,
        };
        (1..=12).contains(&hour).then_some(hour)
    }

    /// "half past eight", "a quarter to ten", "quarter after 6": a time said by its nearest
    /// hour.
    fn past_the_hour(&self, i: usize) -> Option<(Reading, usize)> {
        let at = self.past(i, "a");
        let minutes = match self.word(at) {
            "half" if at == i => 30,
            "quarter" => 15,
            _ => return None,
        };
        let before = match self.word(at + 1) {
            "past" | "after" => false,
            "to" | "before" | "of" if minutes == 15 => true,
            _ => return None,
        };
        let hour = self.hour_of_the_dial(at + 2)?;
        let reading = match before {
            true => Reading::AsWritten(if hour == 1 { 12 } else { hour - 1 }, 60 - minutes),
            false => Reading::AsWritten(hour, minutes),
        };
        Some((reading, at + 3))
    }

    /// A clock time in digits that only a known part of the day completes: "8" in "tonight at
    /// 8" is 20:00. (hour, minute, next token.) A time that says its hour in full ("this
    /// morning at 10 a.m.") is one expression of its own, "at" a signal between the two.
    pub(super) fn clock_in_part(&self, i: usize, part: PartOfDay) -> Option<(u32, u32, usize)> {
        let (reading, next) = self.clock_digits(i)?;
        if let Reading::Exact(..) = reading {
            return None;
        }
        let (hour, minute) = reading.in_part(Some(part))?;
        Some((hour, minute, next))
    }

    /// A clock time in digits, "8", "15:00 GMT", "3:30 p.m.", "8pm", "05:30 hrs": how far it
    /// says the hour, and the next token.
    fn clock_digits(&self, i: usize) -> Option<(Reading, usize)> {
        let t = self.tokens.get(i)?;
        // "8pm", "8:30pm": the meridiem written onto the number.
        let (digits, attached) = match self.attached_meridiem(i) {
            Some((digits, pm)) => (digits, Some(pm)),
            None => (&*t.lower, None),
        };
        if attached.is_none() && digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit()) {
            let (hour, minute) = self.four_figure_clock(i)?;
            return Some((Reading::Exact(hour, minute), i + 2));
        }
        // "7.40am", "10.15 pm": minutes after a point, as British papers write them, only
        // with the meridiem ("rose 7.40" is a figure).
        let pointed =
            digits.contains('.') && (attached.is_some() || self.meridiem(i + 1).0.is_some());
        let digits = if pointed {
            std::borrow::Cow::Owned(digits.replacen('.', ":", 1))
        } else {
            std::borrow::Cow::Borrowed(digits)
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
            None => match self.meridiem(next) {
                (None, after) => (self.meridiem_of_range(hour, next), after),
                said => said,
            },
        };
        // "05:30 hrs": a time of the 24-hour clock, as armies write it.
        let colon = digits.contains(':');
        let military = meridiem.is_none() && colon && self.is(next, &["hr", "hrs", "hours"]);
        let after = if military { next + 1 } else { after };
        // "16:08" alone is a time after "at" or "by", or when no clock reads it otherwise.
        // "around 8:30" too, with its minutes: "about 8" is a count as often as a time.
        let about = colon && i > 0 && self.is(i - 1, &["around", "about"]);
        let said_at = about || (i > 0 && self.is(i - 1, &AT_A_TIME));
        let reading = match meridiem {
            Some(pm) if (1..=12).contains(&hour) => {
                Reading::Exact(hour % 12 + if pm { 12 } else { 0 }, minute)
            }
            Some(_) => return None,
            None if colon && self.is(next, &TIME_ZONES) => Reading::Exact(hour, minute),
            None if colon && (military || hour >= 13) => Reading::Exact(hour, minute),
            None if colon && said_at => Reading::AsWritten(hour, minute),
            // "at 8 tonight": a bare hour only with the part of the day it is in.
            None if said_at || colon => Reading::TwelveHour(hour, minute),
            None => return None,
        };
        let after = if self.is(after, &TIME_ZONES) {
            after + 1
        } else {
            after
        };
        Some((reading, after))
    }

    /// The meridiem of an hour that the range going on at token `i` writes only on its last
    /// one: "2" in "2-5pm" is p.m., "11" in "11 to 2 p.m." a.m. (is it p.m.).
    fn meridiem_of_range(&self, hour: u32, i: usize) -> Option<bool> {
        if !self.is(i, &["-", "–", "to"]) || !(1..=12).contains(&hour) {
            return None;
        }
        let (digits, pm) = match self.attached_meridiem(i + 1) {
            Some(found) => found,
            None => (&*self.tokens.get(i + 1)?.lower, self.meridiem(i + 2).0?),
        };
        let last: u32 = digits.split(':').next()?.parse().ok()?;
        (1..=12)
            .contains(&last)
            .then_some(if hour % 12 <= last % 12 { pm } else { !pm })
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
        // "8:30pm", and "7.40am" as British papers write it.
        let clock = !digits.is_empty()
            && digits.starts_with(|c: char| c.is_ascii_digit())
            && digits
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b':' || b == b'.');
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

/// How much of the hour a clock time says: all of it ("15:00", "8 p.m."), or only where it is
/// on a twelve-hour dial ("7:30"), which the part of the day completes.
#[derive(Clone, Copy)]
enum Reading {
    Exact(u32, u32),
    TwelveHour(u32, u32),
    /// "at 7:30": as written, unless the part of the day says otherwise ("at 7:30 tonight").
    AsWritten(u32, u32),
}

impl Reading {
    /// The hour and minute it says in `part` of the day, if one is told: 8 in the evening is
    /// 20:00; an hour of the dial with no part told is no time.
    fn in_part(self, part: Option<PartOfDay>) -> Option<(u32, u32)> {
        match (self, part) {
            (Reading::Exact(hour, minute), _) | (Reading::AsWritten(hour, minute), None) => {
                Some((hour, minute))
            }
            (Reading::TwelveHour(hour, minute) | Reading::AsWritten(hour, minute), Some(part)) => {
                let afternoon = !matches!(part, PartOfDay::Morning);
                (1..=12)
                    .contains(&hour)
                    .then(|| (hour % 12 + if afternoon { 12 } else { 0 }, minute))
            }
            (Reading::TwelveHour(..), None) => None,
        }
    }
}
