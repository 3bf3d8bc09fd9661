//! Lengths of time: "three days", "a decade", "18 months", "several weeks", "the past two
//! years", "four-week", "month-long", "almost seven years".

use super::{Found, Reader};
use crate::extract::meaning::Meaning;
use crate::extract::tokens::Kind;
use crate::lexicon::{
    unit_of_time, BOUND_BY_OVER, DETERMINERS, KINDS_OF_DAY, LENGTH_VERBS, PERIODS,
};
use crate::time::{Amount, Modifier, Unit};

impl Reader<'_> {
    /// Words before a length or a date that bound or blur it, and the TimeML `mod` they
    /// give: "more than", "at least", "up to", "nearly", "about".
    pub(super) fn approximation(&self, i: usize) -> Option<(Modifier, usize)> {
        let two = (self.word(i), self.word(i + 1));
        let (modifier, next) = match two {
            ("more" | "longer", "than") => (Modifier::MoreThan, i + 2),
            ("less" | "fewer" | "shorter", "than") => (Modifier::LessThan, i + 2),
            ("at", "least") => (Modifier::EqualOrMore, i + 2),
            ("up", "to") | ("at", "most") => (Modifier::EqualOrLess, i + 2),
            ("no", "more") if self.word(i + 2) == "than" => (Modifier::EqualOrLess, i + 3),
            ("almost" | "nearly", _) => (Modifier::LessThan, i + 1),
            ("about" | "around" | "roughly" | "approximately" | "some" | "circa", _) => {
                (Modifier::Approx, i + 1)
            }
            // "ca. 466 BC", "c. 1200"
            ("ca" | "c", ".") => (Modifier::Approx, i + 2),
            _ => return None,
        };
        // "some" is also a count ("some years"): it blurs only a number that follows.
        let counted = self
            .count(next)
            .is_some_and(|(amount, _)| amount != Amount::Some);
        (counted || self.word(i) != "some").then_some((modifier, next))
    }

    /// "over" or "under" before a count at token `i`, where it bounds the length ("for over
    /// a year", "in under a week") rather than spans it ("spread over three years"): the
    /// TimeML `mod` and the next token.
    fn over_or_under(&self, i: usize) -> Option<(Modifier, usize)> {
        let modifier = match self.word(i) {
            "over" => Modifier::MoreThan,
            "under" => Modifier::LessThan,
            _ => return None,
        };
        let bounds = i > 0 && self.is(i - 1, &BOUND_BY_OVER);
        let counted = self
            .count(i + 1)
            .is_some_and(|(amount, _)| amount != Amount::Some);
        (bounds && counted).then_some((modifier, i + 1))
    }

    /// Whether "-long" is written onto the unit that ends at `end`: "month-long".
    fn hyphened_long(&self, end: usize) -> bool {
        self.word(end) == "-"
            && self.glued(end)
            && self.word(end + 1) == "long"
            && self.glued(end + 1)
    }

    /// Durations: "three days", "a decade", "18 months", "several weeks", "the past two
    /// years", "four-week", "almost seven years".
    pub(super) fn duration(&self, i: usize) -> Option<Found> {
        // "$33 million a year", "miles an hour": what something is counted by.
        if self.per_unit(i).is_some() {
            return None;
        }
        // "a three-year period", "the same 28-day period": the article is the period's.
        let article = match (self.word(i), self.word(i + 1)) {
            ("the", "same") => Some(i + 2),
            ("a" | "an" | "the", _) => Some(i + 1),
            _ => None,
        };
        if let Some(period) = article
            .and_then(|next| self.duration(next))
            .filter(|found| self.is(found.end - 1, &PERIODS))
        {
            return Some(period);
        }
        let approximated = self.approximation(i);
        let over = approximated
            .is_none()
            .then(|| self.over_or_under(i))
            .flatten();
        let (modifier, start) = match approximated.or(over) {
            Some((modifier, next)) => (Some(modifier), next),
            None => (None, i),
        };
        // "the past two years", "the next few months", "the 90 years"
        let start = match (self.word(start), self.word(start + 1)) {
            ("the", "past" | "last" | "next" | "coming" | "first" | "following") => start + 2,
            // "the nine months", but "the 30-day rate": there the article is the noun's.
            ("the", word)
                if !matches!(word, "a" | "an" | "one")
                    && self.count(start + 1).is_some_and(|(amount, next)| {
                        amount != Amount::Some && self.word(next) != "-"
                    }) =>
            {
                start + 1
            }
            _ => start,
        };
        // "weeklong", "a yearlong study": one unit, as an adjective in one word.
        let one_word = self.word(start).strip_suffix("long").and_then(unit_of_time);
        if let Some((unit, false, _)) = one_word {
            let (amount, unit) = (Amount::Exactly(1), Unit::named(unit)?);
            return Found::new(start + 1, Meaning::Duration { amount, unit })
                .map(|f| f.with_modifier(modifier));
        }
        let unit = self.unit(start);
        let (amount, next) = match self.count(start) {
            Some(found) => found,
            // "a month-long siege", "months-long talks": the unit alone says how many.
            None if unit.is_some_and(|(_, _, end)| self.hyphened_long(end)) => {
                let plural = unit.is_some_and(|(_, plural, _)| plural);
                let amount = if plural {
                    Amount::Some
                } else {
                    Amount::Exactly(1)
                };
                (amount, start)
            }
            // Bare plurals after "for" or a verb of length ("for years", "the war lasted
            // decades"), or before what counts them back or fills them ("days later",
            // "months of talks", but not "the days of the week").
            None if (i > 0 && self.is(i - 1, &LENGTH_VERBS))
                || unit.is_some_and(|(_, plural, end)| {
                    let filled = self.word(end) == "of" && !(i > 0 && self.is(i - 1, &DETERMINERS));
                    plural
                        && (filled || self.is(end, &["before", "after", "ago", "later", "earlier"]))
                }) =>
            {
                (Amount::Some, start)
            }
            None => return None,
        };
        // "four-week", "two more years", "an additional year"
        let hyphened = self.word(next) == "-";
        let next = if self.is(
            next,
            &[
                "-",
                "more",
                "full",
                "straight",
                "mere",
                "whole",
                "additional",
                "extra",
                "further",
            ],
        ) {
            next + 1
        } else {
            next
        };
        // "30 business days": days of a kind are days still.
        let next = match self.unit(next + 1) {
            Some((Unit::Day, ..)) if self.is(next, &KINDS_OF_DAY) => next + 1,
            _ => next,
        };
        let (unit, plural, end) = self.unit(next)?;
        // "at 1430 hours", "0400 hrs": a time of the 24-hour clock, not a length.
        if unit == Unit::Hour && self.hours_of_the_clock(start) {
            return None;
        }
        // "a minute and a half", "an hour and a half"
        let (amount, end) = self.and_a_half(amount, end);

        // "a second attempt", "one second slower": an ordinal or a comparison, not a length.
        let second = unit == Unit::Second
            && !plural
            && self.tokens.get(end).is_some_and(|t| {
                t.kind == Kind::Word && !self.is(end, &["ago", "later", "earlier"])
            });
        if second {
            return None;
        }
        // "a year-earlier loss" compares with a date: the adjective is read on its own.
        if self.word(end) == "-" && self.is(end + 1, &["earlier", "ago"]) {
            return None;
        }
        // "a month-long siege": the article is the noun's, and "month-long" the length.
        let long = self.hyphened_long(end);
        if long && self.is(start, &["a", "an"]) {
            return None;
        }
        // "a two-year-long war", "a 24 hour long strike": the adjective ends with "long".
        let end = if long {
            end + 2
        } else if !plural && self.word(end) == "long" && amount != Amount::Some {
            end + 1
        } else {
            end
        };
        // "two years ago" is a date; "22-year-old", "ages 6 months" are ages.
        let age = self.word(end) == "old"
            || (self.word(end) == "-" && self.word(end + 1) == "old")
            || (i > 0 && self.is(i - 1, &["ages", "aged", "age"]));
        if self.is(end, &["ago", "back"]) || age {
            return None;
        }
        // "several years", "a few months", and as an adjective, "a several-year tenure".
        let several = hyphened && self.word(start) == "several";
        if amount == Amount::Some && !plural && self.word(start) != "a" && !several {
            return None;
        }
        // "the past two quarters", "several quarters" are P2Q and PXQ; "three quarters of the
        // vote" is a share, "in some quarters" a place, and "the quarter" a date.
        let counted_quarters = plural
            && self.word(end) != "of"
            && (amount != Amount::Some || self.is(start, &["several", "few", "a"]));
        if unit == Unit::Weekend || (unit == Unit::Quarter && !counted_quarters) {
            return None;
        }
        // "just over a year earlier" is a date: "over" is left to the length it counts back.
        if over.is_some() && self.is(end, &["earlier", "later", "before", "after"]) {
            return None;
        }
        // "a three-year period", "its one-year term": the stretch of time the length describes.
        let end = if !plural && self.is(end, &PERIODS) {
            end + 1
        } else {
            end
        };
        Found::new(end, Meaning::Duration { amount, unit }).map(|f| f.with_modifier(modifier))
    }
}
