//! Modifiers of a date: "early 2011", "late last July", "mid-March", "the end of the year".

use super::{part_of_day, Found, Reader};
use crate::extract::meaning::{Edge, Meaning, TimeOfDay, Timex, Told};
use crate::time::{Modifier, PartOfDay, Unit};

impl Reader<'_> {
    /// "early 2011", "late last July", "the end of the year", "mid-March".
    pub(super) fn modified(&self, i: usize) -> Option<Found> {
        // "the early 1980s", "the late summer": the article belongs to the date.
        if self.word(i) == "the" && self.is(i + 1, &["early", "late", "mid"]) {
            return self.modified(i + 1);
        }
        // "about two weeks ago", "around Nov. 1", "around 7:15 p.m.", "more than two weeks
        // ago": a date or time blurred.
        if let Some((Modifier::Approx | Modifier::LessThan | Modifier::MoreThan, next)) =
            self.approximation(i)
        {
            let inner = [self.calendar(next), self.relative(next), self.clock(next)]
                .into_iter()
                .flatten()
                .max_by_key(|f| f.end)?;
            let dated = inner.timex.is_plain_date() || inner.timex.time_of_day.is_some();
            let vague = matches!(inner.timex.meaning, Meaning::Vague(_));
            return (dated && !vague).then(|| inner.with_modifier(Some(Modifier::Approx)));
        }
        // "year-end", "year end", "year's end", "month's end": the end of the year or month,
        // as "the end of the year".
        if self.is(i, &["year", "month"]) {
            let end = match (self.word(i + 1), self.word(i + 2), self.word(i + 3)) {
                ("-", "end", _) => i + 3,
                ("end", ..) => i + 2,
                ("'", "s", "end") => i + 4,
                _ => return None,
            };
            let edge = Edge::End;
            let meaning = match self.word(i) {
                "year" => Meaning::YearEdge {
                    edge,
                    toward: self.direction(i),
                },
                _ => Meaning::FromPrevious {
                    unit: Unit::Month,
                    offset: 0,
                },
            };
            return Found::new(end, meaning).map(|f| f.with_modifier(Some(edge.modifier())));
        }
        // "midafternoon", as news writes it in one word.
        if let Some(found) = self.mid_part_of_day(self.word(i).strip_prefix("mid"), i + 1) {
            return Some(found);
        }
        // "earlier this month", "later today", "early in 1862", "late in the year", "the end
        // of May".
        let (edge, next) = match self.word(i) {
            "earlier" | "early" if self.word(i + 1) == "in" => (Edge::Start, i + 2),
            "later" | "late" if self.word(i + 1) == "in" => (Edge::End, i + 2),
            "earlier" | "early" => (Edge::Start, i + 1),
            "later" | "late" => (Edge::End, i + 1),
            "mid" if self.word(i + 1) == "-" => (Edge::Middle, i + 2),
            "mid" => (Edge::Middle, i + 1),
            "the"
                if self.is(i + 1, &["beginning", "start", "end", "middle"])
                    && self.word(i + 2) == "of" =>
            {
                let edge = match self.word(i + 1) {
                    "end" => Edge::End,
                    "middle" => Edge::Middle,
                    _ => Edge::Start,
                };
                (edge, i + 3)
            }
            _ => return None,
        };
        if edge == Edge::Middle {
            if let Some(found) = self.mid_part_of_day(Some(self.word(next)), next + 1) {
                return Some(found);
            }
        }
        // "the end of the year", "late in the year": the story's year, or in news the one
        // the sentence points to.
        if self.word(next) == "the" && self.word(next + 1) == "year" {
            let toward = self.direction(i);
            return Found::new(next + 2, Meaning::YearEdge { edge, toward })
                .map(|f| f.with_modifier(Some(edge.modifier())));
        }
        // "the end of the month", "early in the week", "later in the day", "by the end of the
        // decade": the month, week, day or decade the text is at.
        let unit = match (self.word(next), self.word(next + 1)) {
            ("the", "decade") => Some(Unit::Decade),
            ("the", "century") => Some(Unit::Century),
            ("the", "month") => Some(Unit::Month),
            ("the", "week") => Some(Unit::Week),
            ("the", "day") => Some(Unit::Day),
            _ => None,
        };
        if let Some(unit) = unit {
            return Found::new(next + 2, Meaning::FromPrevious { unit, offset: 0 })
                .map(|f| f.with_modifier(Some(edge.modifier())));
        }
        let inner = [self.calendar(next), self.relative(next)]
            .into_iter()
            .flatten()
            .max_by_key(|f| f.end)?;
        // "later this afternoon": a part of a day, too, but not a clock time.
        let part = matches!(inner.timex.time_of_day, Some(TimeOfDay::Part(_)));
        let bare = Timex {
            time_of_day: None,
            ..inner.timex
        };
        (bare.is_plain_date() && (part || inner.timex.time_of_day.is_none()))
            .then(|| inner.with_modifier(Some(edge.modifier())))
    }

    /// "mid-afternoon", "by mid morning", "mid-morning Friday": the middle of that part of
    /// the day named after it or else the one the text is at, when `word` after "mid" names
    /// one, up to `end`. Midnight is a time of the clock.
    fn mid_part_of_day(&self, word: Option<&str>, end: usize) -> Option<Found> {
        let part = word
            .and_then(part_of_day)
            .filter(|&part| part != PartOfDay::Night)?;
        let (meaning, end) = match self.day_named_at(end).filter(|f| f.timex.is_day()) {
            Some(day) => (day.timex.meaning, day.end),
            None => (Meaning::ThatDay { told: Told::Unsaid }, end),
        };
        let timex = Timex {
            meaning,
            time_of_day: Some(TimeOfDay::Part(part)),
        };
        Found::new(end, timex).map(|f| f.with_modifier(Some(Edge::Middle.modifier())))
    }
}
