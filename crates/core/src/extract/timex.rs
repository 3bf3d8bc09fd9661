//! Temporal expressions: finding them in the tokens and normalizing them to TimeML values.
//!
//! Rules are read at every token; the longest expression that starts there wins. Each rule
//! reads language, not documents: month and weekday names, numbers in words or digits, units,
//! deictic words ("today", "last", "next", "ago"), and the tense cues that say which way a
//! date without a year points from the dateline.

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::tokens::{tokenize, Kind, Token};
use crate::doc::{Mention, Resolution, TimexType};
use crate::text::Span;
use crate::time::{month_year, nearest_weekday, Direction, MONTHS, PARTS_OF_DAY, WEEKDAYS};

/// A unit of time as the text names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

/// How many: a number, or an unspecified "several".
#[derive(Debug, Clone, Copy, PartialEq)]
enum Count {
    Exactly(u32),
    Some,
}

/// One expression found: tokens `[start, end)`, and its meaning.
struct Found {
    end: usize,
    kind: TimexType,
    value: String,
    modifier: Option<&'static str>,
    resolution: Resolution,
}

impl Found {
    fn new(end: usize, kind: TimexType, value: String, resolution: Resolution) -> Option<Found> {
        Some(Found {
            end,
            kind,
            value,
            modifier: None,
            resolution,
        })
    }
}

const SMALL_NUMBERS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
/// Words after which a bare month name ("in May") is a date, not a verb or a name.
const MONTH_CUES: [&str; 17] = [
    "in", "since", "until", "till", "by", "from", "of", "last", "this", "next", "early", "late",
    "mid", "through", "during", "before", "between",
];
/// Words before a four-digit number that make it a count or a label, not a year.
const NOT_YEAR_BEFORE: [&str; 12] = [
    "no", "nos", "number", "route", "flight", "room", "page", "chapter", "section", "article",
    "model", "$",
];
const FUTURE_CUES: &[&str] = &[
    "will",
    "ll",
    "shall",
    "scheduled",
    "expected",
    "expect",
    "expects",
    "plans",
    "planned",
    "plan",
    "planning",
    "due",
    "upcoming",
    "would",
    "hopes",
    "should",
    "could",
    "might",
    "may",
    "aims",
    "intends",
    "going",
    "seeks",
];
/// Time zones written after a clock time: "15:00 GMT", "8 p.m. ET".
const TIME_ZONES: [&str; 12] = [
    "gmt", "utc", "et", "est", "edt", "ct", "pt", "pst", "pdt", "bst", "cet", "cest",
];
const PAST_CUES: [&str; 7] = ["was", "were", "had", "did", "ago", "said", "last"];

/// How far from the dateline the story may be and still be news: beyond it, dates without a
/// year follow the story.
const NEWS_HORIZON_YEARS: i32 = 2;

/// Reads the expressions of one text.
struct Reader<'a> {
    tokens: &'a [Token<'a>],
    dct: Option<NaiveDate>,
    /// The last day-precise date the text stated, for "two days later".
    anchor: Option<NaiveDate>,
    /// The year the story is in: the last year, month or day the text stated.
    story_year: Option<i32>,
    /// Token range of the sentence being read, for tense cues.
    sentence: (usize, usize),
}

/// Sentences longer than this are read in pieces, split at white space, so that memory stays
/// bounded on text without sentence breaks.
const LONGEST_PIECE: usize = 16 * 1024;

/// Finds every temporal expression in the sentences of `text`, resolving relative ones
/// against `dct`. Reads one sentence at a time: memory follows the longest sentence.
pub fn find(text: &str, sentences: &[Span], dct: Option<NaiveDate>) -> Vec<Mention> {
    find_reporting(text, sentences, dct, &mut |_| {})
}

/// Like [`find`], telling `reached` now and then how far into the text it has read (a byte
/// offset), so that a long run can show its progress.
pub fn find_reporting(
    text: &str,
    sentences: &[Span],
    dct: Option<NaiveDate>,
    reached: &mut dyn FnMut(usize),
) -> Vec<Mention> {
    /// Often enough for a smooth progress bar, rarely enough to cost nothing.
    const SENTENCES_PER_REPORT: usize = 500;
    let mut mentions = Vec::new();
    let (mut anchor, mut story_year) = (None, None);
    let mut previous_end = 0;
    for (n, sentence) in sentences.iter().enumerate() {
        if n % SENTENCES_PER_REPORT == 0 {
            reached(sentence.start);
        }
        // A story's year holds within its paragraph.
        let gap = text.get(previous_end..sentence.start).unwrap_or("");
        if gap.matches('\n').count() >= 2 {
            story_year = None;
        }
        previous_end = sentence.end;
        for piece in pieces(text, *sentence) {
            let tokens = tokenize(piece.of(text));
            let mut reader = Reader {
                tokens: &tokens,
                dct,
                anchor,
                story_year,
                sentence: (0, tokens.len()),
            };
            let mut i = 0;
            while i < tokens.len() {
                let Some(found) = reader.longest_at(i) else {
                    i += 1;
                    continue;
                };
                if found.resolution == Resolution::Stated {
                    reader.anchor = day_of(&found.value).or(reader.anchor);
                    reader.story_year = story_year_of(&found.value).or(reader.story_year);
                }
                let span = Span::new(
                    piece.start + tokens[i].start,
                    piece.start + tokens[found.end - 1].end,
                );
                let modifier = found.modifier.or(since(&tokens, i, &found));
                mentions.push(Mention {
                    span,
                    kind: found.kind,
                    value: found.value,
                    modifier: modifier.map(str::to_string),
                    resolution: found.resolution,
                });
                i = found.end;
            }
            (anchor, story_year) = (reader.anchor, reader.story_year);
        }
    }
    mentions
}

/// "since September": a date that opens a range running to the dateline.
fn since(tokens: &[Token], i: usize, found: &Found) -> Option<&'static str> {
    let dates = matches!(found.kind, TimexType::Date | TimexType::Time);
    (dates && i > 0 && tokens[i - 1].lower == "since").then_some("ON_OR_AFTER")
}

/// The sentence, or pieces of it no longer than [`LONGEST_PIECE`] cut at white space.
fn pieces(text: &str, sentence: Span) -> Vec<Span> {
    let mut found = Vec::new();
    let mut start = sentence.start;
    while sentence.end - start > LONGEST_PIECE {
        let mut cut = start + LONGEST_PIECE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut = text[start..cut]
            .rfind(char::is_whitespace)
            .map_or(cut, |i| start + i + 1);
        found.push(Span::new(start, cut));
        start = cut;
    }
    found.push(Span::new(start, sentence.end));
    found
}

fn day_of(value: &str) -> Option<NaiveDate> {
    value.get(..10)?.parse::<crate::TimeValue>().ok()?.date()
}

/// The year of a stated year, month or day value ("1941", "1941-06", "1941-06-22").
fn story_year_of(value: &str) -> Option<i32> {
    let year = value
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    matches!(value.len(), 4 | 7 | 10).then(|| year.parse().ok())?
}

fn ymd(date: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

fn year_month(year: i32, month: u32) -> String {
    format!("{year:04}-{month:02}")
}

fn week_of(date: NaiveDate) -> String {
    let week = date.iso_week();
    format!("{:04}-W{:02}", week.year(), week.week())
}

impl Reader<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| &t.lower)
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.word(i))
    }

    /// Skips the full stop of an abbreviation ("Feb.", "Sept.").
    fn after_abbreviation(&self, i: usize, full: bool) -> usize {
        if !full && self.word(i) == "." && self.tokens.get(i).is_some_and(|t| !t.spaced) {
            i + 1
        } else {
            i
        }
    }

    fn digits(&self, i: usize) -> Option<u32> {
        let t = self.tokens.get(i)?;
        (t.kind == Kind::Number && t.lower.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.lower.parse().ok())?
    }

    /// A month name, full or abbreviated, capitalized: (month, next token).
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tokens.get(i)?;
        if !t.capital || t.kind != Kind::Word {
            return None;
        }
        let word = if t.lower == "sept" { "sep" } else { &*t.lower };
        let (index, full) = MONTHS.iter().enumerate().find_map(|(n, name)| {
            if name.eq_ignore_ascii_case(word) {
                Some((n, true))
            } else if word.len() == 3 && begins_with(name, word) && word != "may" {
                Some((n, false))
            } else {
                None
            }
        })?;
        let next = self.after_abbreviation(i + 1, full);
        // "Jun 19, 2024" but not "Mayor Jan Novak": an abbreviation without its full stop
        // needs a number after it.
        if !full && next == i + 1 && self.tokens.get(next).is_none_or(|t| t.kind != Kind::Number) {
            return None;
        }
        Some((index as u32 + 1, next))
    }

    fn weekday(&self, i: usize) -> Option<(Weekday, usize)> {
        let t = self.tokens.get(i)?;
        if !t.capital {
            return None;
        }
        let (index, full) = WEEKDAYS.iter().enumerate().find_map(|(n, name)| {
            if name.eq_ignore_ascii_case(&t.lower) {
                Some((n, true))
            } else if (3..=4).contains(&t.lower.len())
                && begins_with(name, &t.lower)
                && t.lower != "sun"
            {
                Some((n, false))
            } else {
                None
            }
        })?;
        let day = Weekday::try_from(index as u8).ok()?;
        Some((day, self.after_abbreviation(i + 1, full)))
    }

    /// A day of the month: "22", "22nd".
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tokens.get(i)?;
        let digits = t.lower.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
        let suffix = &t.lower[digits.len()..];
        if !matches!(suffix, "" | "st" | "nd" | "rd" | "th")
            || digits.is_empty()
            || digits.len() > 2
        {
            return None;
        }
        let day: u32 = digits.parse().ok()?;
        (1..=31).contains(&day).then_some((day, i + 1))
    }

    /// A four-digit year that reads as a year: not "No. 1961", "$1961", "2000 troops".
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let t = self.tokens.get(i)?;
        if t.kind != Kind::Number || t.lower.len() != 4 {
            return None;
        }
        let year: i32 = t.lower.parse().ok()?;
        if !(1000..=2199).contains(&year) {
            return None;
        }
        if i > 0
            && (self.is(i - 1, &NOT_YEAR_BEFORE)
                || (self.is(i - 1, &["."]) && self.is(i.saturating_sub(2), &["no"])))
        {
            return None;
        }
        if let Some(next) = self.tokens.get(i + 1) {
            let unit_or_count = next.kind == Kind::Word
                && !next.capital
                && ((next.lower.len() > 3
                    && next.lower.ends_with('s')
                    && !next.lower.ends_with("ss")
                    && !next.lower.ends_with("is")
                    && !next.lower.ends_with("us")
                    && self.unit(i + 1).is_none())
                    || matches!(
                        &*next.lower,
                        "percent" | "people" | "men" | "women" | "children" | "feet"
                    ));
            let attached = !next.spaced
                && matches!(&*next.lower, "%" | "." | ",")
                && self.digits(i + 2).is_some();
            if unit_or_count || next.lower == "%" || attached {
                return None;
            }
        }
        Some((year, i + 1))
    }

    /// A count in digits or words: "3", "three", "twenty-five", "a", "several".
    fn count(&self, i: usize) -> Option<(Count, usize)> {
        if let Some(n) = self.digits(i) {
            return Some((Count::Exactly(n), i + 1));
        }
        let word = self.word(i);
        if let Some(n) = SMALL_NUMBERS.iter().position(|w| *w == word) {
            return Some((Count::Exactly(n as u32), i + 1));
        }
        if let Some(n) = TENS.iter().position(|w| *w == word) {
            let tens = 20 + 10 * n as u32;
            if self.word(i + 1) == "-" {
                if let Some(unit) = SMALL_NUMBERS[1..10]
                    .iter()
                    .position(|w| *w == self.word(i + 2))
                {
                    return Some((Count::Exactly(tens + unit as u32 + 1), i + 3));
                }
            }
            return Some((Count::Exactly(tens), i + 1));
        }
        match word {
            "a" | "an" if self.is(i + 1, &["few", "couple"]) => {
                let next = if self.word(i + 2) == "of" {
                    i + 3
                } else {
                    i + 2
                };
                if self.word(i + 1) == "couple" {
                    Some((Count::Exactly(2), next))
                } else {
                    Some((Count::Some, next))
                }
            }
            "a" | "an" | "one" => Some((Count::Exactly(1), i + 1)),
            "dozen" => Some((Count::Exactly(12), i + 1)),
            "several" | "few" | "many" | "some" | "recent" | "coming" => Some((Count::Some, i + 1)),
            _ => None,
        }
    }

    /// A unit of time: (unit, plural, next token).
    fn unit(&self, i: usize) -> Option<(Unit, bool, usize)> {
        let word = self.word(i);
        let (singular, plural) = match word.strip_suffix('s') {
            Some(stem) if word != "s" => (stem, true),
            _ => (word, false),
        };
        let unit = match singular {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "weekend" => Unit::Weekend,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            _ if word == "century" => Unit::Century,
            _ if word == "centuries" => return Some((Unit::Century, true, i + 1)),
            _ => return None,
        };
        Some((unit, plural, i + 1))
    }

    /// Which way the sentence around token `i` points: the nearest tense cue, else the past.
    fn direction(&self, i: usize) -> Direction {
        let (start, end) = self.sentence;
        // Words that say the tense outright, and infinitives ("to run through June").
        let said = |j: usize| -> Option<Direction> {
            let word = self.word(j);
            let infinitive = word == "to"
                && self
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.kind == Kind::Word && !t.capital)
                && !self.is(
                    j + 1,
                    &[
                        "the", "a", "an", "his", "her", "its", "their", "this", "that",
                    ],
                );
            if FUTURE_CUES.contains(&word) || infinitive {
                Some(Direction::Future)
            } else if PAST_CUES.contains(&word) {
                Some(Direction::Past)
            } else {
                None
            }
        };
        // A verb in the past ("voted"), unless passive after a form of "be" ("to be published").
        let inflected = |j: usize| -> Option<Direction> {
            let word = self.word(j);
            let past = word.len() > 4 && word.ends_with("ed") && !word.ends_with("eed");
            let passive = j > start && self.is(j - 1, &["be", "been", "being"]);
            (past && !passive).then_some(Direction::Past)
        };
        if i > start && self.is(i - 1, &["by", "until", "till"]) {
            return Direction::Future;
        }
        if i > start && self.word(i - 1) == "since" {
            return Direction::Past;
        }
        // The nearest cue before the date decides; after it, an infinitive is only a purpose
        // ("voted on Monday to approve").
        let before = (start..i)
            .rev()
            .take(8)
            .find_map(|j| said(j).or_else(|| inflected(j)));
        let after = || {
            let words = (i..end)
                .take(8)
                .filter(|&j| self.word(j) != "to" && (j == 0 || self.word(j - 1) != "to"));
            words
                .clone()
                .find_map(said)
                .or_else(|| words.clone().find_map(inflected))
        };
        before.or_else(after).unwrap_or(Direction::Past)
    }

    /// In a story told years before its dateline (history, a profile), a month or day without
    /// a year belongs to the year the story has reached, not to the dateline's.
    fn narrative_year(&self, i: usize) -> Option<i32> {
        let year = self.story_year?;
        if i > 0 && self.word(i - 1) == "since" || self.direction(i) == Direction::Future {
            return None;
        }
        match self.dct {
            Some(dct) if (dct.year() - year).abs() <= NEWS_HORIZON_YEARS => None,
            _ => Some(year),
        }
    }

    /// Whether token `i` ends a clause: punctuation, a conjunction or the end of the text.
    fn ends_clause(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_none_or(|t| t.kind == Kind::Punct || self.is(i, &["and", "but", "when", "as"]))
    }

    fn dated<F: FnOnce(NaiveDate) -> String>(
        &self,
        end: usize,
        kind: TimexType,
        value: F,
    ) -> Option<Found> {
        let dct = self.dct?;
        Found::new(end, kind, value(dct), Resolution::Dateline)
    }

    /// The longest expression that starts at token `i`.
    fn longest_at(&self, i: usize) -> Option<Found> {
        if !may_start(self.tokens.get(i)?) {
            return None;
        }
        [
            self.modified(i),
            self.calendar(i),
            self.relative(i),
            self.duration(i),
            self.clock(i),
            self.set(i),
        ]
        .into_iter()
        .flatten()
        .max_by_key(|f| f.end)
    }

    /// "early 2011", "late last July", "the end of the year", "mid-March".
    fn modified(&self, i: usize) -> Option<Found> {
        let (modifier, next) = match self.word(i) {
            "early" => ("START", i + 1),
            "late" => ("END", i + 1),
            "mid" if self.word(i + 1) == "-" => ("MID", i + 2),
            "mid" => ("MID", i + 1),
            "the"
                if self.is(i + 1, &["beginning", "start", "end", "middle"])
                    && self.word(i + 2) == "of" =>
            {
                let modifier = match self.word(i + 1) {
                    "end" => "END",
                    "middle" => "MID",
                    _ => "START",
                };
                let next = if self.word(i + 3) == "the" {
                    i + 4
                } else {
                    i + 3
                };
                // "the end of the year" without a number: the nearest such part of a year in
                // the sentence's direction ("peaked by the end of the year", said in March, is
                // last year's end; "will finish by the end of the year" this year's).
                if self.word(next) == "year" {
                    let direction = self.direction(i);
                    let found = self.dated(next + 1, TimexType::Date, |d| {
                        let year = match (modifier, direction) {
                            ("END", Direction::Past) if d.month() < 12 => d.year() - 1,
                            ("START", Direction::Future) if d.month() > 1 => d.year() + 1,
                            _ => d.year(),
                        };
                        format!("{year:04}")
                    });
                    return found.map(|f| Found {
                        modifier: Some(modifier),
                        ..f
                    });
                }
                (modifier, next)
            }
            _ => return None,
        };
        let inner = [self.calendar(next), self.relative(next)]
            .into_iter()
            .flatten()
            .max_by_key(|f| f.end)?;
        if inner.kind != TimexType::Date || inner.value.contains('P') {
            return None;
        }
        Some(Found {
            modifier: Some(modifier),
            ..inner
        })
    }

    /// Calendar dates: full dates, months, years, decades, centuries, seasons, quarters.
    fn calendar(&self, i: usize) -> Option<Found> {
        let stated =
            |end, value: String| Found::new(end, TimexType::Date, value, Resolution::Stated);
        // A weekday before a full date belongs to it: "Tuesday, October 15, 2024".
        if let Some((_, next)) = self.weekday(i) {
            let next = if self.word(next) == "," {
                next + 1
            } else {
                next
            };
            if let Some(found) = self.calendar(next).filter(|f| f.value.len() == 10) {
                return Some(found);
            }
        }
        if let Some((month, next)) = self.month(i) {
            // "March 22, 2013", "March 22 2013", "March 22"
            if let Some((day, after_day)) = self.day(next) {
                let comma = if self.word(after_day) == "," {
                    after_day + 1
                } else {
                    after_day
                };
                if let Some((year, end)) = self.year(comma) {
                    return NaiveDate::from_ymd_opt(year, month, day)
                        .and_then(|d| stated(end, ymd(d)));
                }
                return self.month_day(after_day, month, day, i);
            }
            // "March 2013", "March of 2013", "March, 2013"
            let of = if self.is(next, &["of", ","]) {
                next + 1
            } else {
                next
            };
            if let Some((year, end)) = self.year(of) {
                return stated(end, year_month(year, month));
            }
            // "September last year"
            if self.is(next, &["last", "this", "next"]) && self.word(next + 1) == "year" {
                let shift = shift(self.word(next));
                return self.dated(next + 2, TimexType::Date, |d| {
                    year_month(d.year() + shift, month)
                });
            }
            let cued = i > 0
                && (self.is(i - 1, &MONTH_CUES)
                    || self.tokens[i - 1].kind == Kind::Number
                    // the second month of "between March and May", "March to May"
                    || (i >= 2 && self.is(i - 1, &["and", "to", "through", "-"]) && self.month(i - 2).is_some()));
            // A bare month name before another capitalized word is a name: "August Klein".
            let before_name = self
                .tokens
                .get(next)
                .is_some_and(|t| t.capital && t.kind == Kind::Word);
            let plain = !matches!(month, 3 | 5) && i > self.sentence.0 && !before_name;
            if cued || plain {
                if let Some(year) = self.narrative_year(i) {
                    return Found::new(
                        next,
                        TimexType::Date,
                        year_month(year, month),
                        Resolution::EarlierMention,
                    );
                }
                let direction = self.direction(i);
                return self.dated(next, TimexType::Date, |d| {
                    year_month(month_year(d, month, direction), month)
                });
            }
            return None;
        }
        // "22 March 2013", "22 March"
        if let Some((day, next)) = self.day(i) {
            let of = if self.word(next) == "of" {
                next + 1
            } else {
                next
            };
            if let Some((month, after)) = self.month(of) {
                if let Some((year, end)) = self.year(after) {
                    return NaiveDate::from_ymd_opt(year, month, day)
                        .and_then(|d| stated(end, ymd(d)));
                }
                if self.tokens[i].kind == Kind::Word || self.digits(i).is_some() {
                    return self.month_day(after, month, day, i);
                }
            }
        }
        // "2013-03-22"
        if let Some(year) = self.digits(i).filter(|_| self.tokens[i].lower.len() == 4) {
            if self.word(i + 1) == "-" && self.word(i + 3) == "-" {
                if let (Some(m), Some(d)) = (self.digits(i + 2), self.digits(i + 4)) {
                    if let Some(date) = NaiveDate::from_ymd_opt(year as i32, m, d) {
                        return stated(i + 5, ymd(date));
                    }
                }
            }
        }
        if let Some((year, end)) = self.year(i) {
            return stated(end, format!("{year:04}"));
        }
        // Decades and centuries: "1990s", "the 1990s", "'90s", "the 20th century", "1800s".
        let start = if self.word(i) == "the" { i + 1 } else { i };
        let word = self.word(start);
        if let Some(digits) = word
            .strip_suffix('s')
            .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))
        {
            let value = match digits.len() {
                4 if digits.ends_with("00") => Some(digits[..2].to_string()),
                4 => Some(format!("{}X", &digits[..3])),
                2 if start > 0 && self.word(start - 1) == "'" => {
                    Some(format!("19{}X", &digits[..1]))
                }
                _ => None,
            };
            if let Some(value) = value {
                return stated(start + 1, value);
            }
        }
        if let Some((n, next)) = self.day(i).filter(|_| self.tokens[i].kind == Kind::Word) {
            let next = if self.word(next) == "-" {
                next + 1
            } else {
                next
            };
            if self.word(next) == "century" {
                return stated(next + 1, format!("{:02}", n - 1));
            }
        }
        self.season_or_quarter(i)
    }

    /// A month and day without a year: the nearest such day in the sentence's direction.
    fn month_day(&self, end: usize, month: u32, day: u32, at: usize) -> Option<Found> {
        if let Some(year) = self.narrative_year(at) {
            let date = NaiveDate::from_ymd_opt(year, month, day)?;
            return Found::new(end, TimexType::Date, ymd(date), Resolution::EarlierMention);
        }
        let direction = self.direction(at);
        let dct = self.dct?;
        let year = month_day_year(dct, month, day, direction);
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        Found::new(end, TimexType::Date, ymd(date), Resolution::Dateline)
    }

    /// "last summer", "spring 2021", "the first quarter of 2013", "the fourth quarter".
    fn season_or_quarter(&self, i: usize) -> Option<Found> {
        let (shift_word, start) = match self.word(i) {
            "last" | "this" | "next" | "past" => (Some(self.word(i)), i + 1),
            "the" => (None, i + 1),
            _ => (None, i),
        };
        let season = match self.word(start) {
            "spring" => Some("SP"),
            "summer" => Some("SU"),
            "fall" | "autumn" => Some("FA"),
            "winter" => Some("WI"),
            _ => None,
        };
        let quarter = ORDINALS
            .iter()
            .position(|o| *o == self.word(start))
            .filter(|_| {
                let next = if self.word(start + 1) == "-" {
                    start + 2
                } else {
                    start + 1
                };
                self.word(next) == "quarter"
            });
        let (code, next) = match (season, quarter) {
            (Some(code), _) => (code.to_string(), start + 1),
            (None, Some(q)) => {
                let next = if self.word(start + 1) == "-" {
                    start + 3
                } else {
                    start + 2
                };
                (format!("Q{}", q + 1), next)
            }
            _ => return None,
        };
        let of = if self.word(next) == "of" {
            next + 1
        } else {
            next
        };
        if let Some((year, end)) = self.year(of) {
            return Found::new(
                end,
                TimexType::Date,
                format!("{year:04}-{code}"),
                Resolution::Stated,
            );
        }
        if shift_word.is_none() && season.is_some() && i == start {
            // A bare season word is too often not a date ("fall", "spring" as verbs).
            return None;
        }
        let direction = match shift_word {
            Some("last") | Some("past") => Some(-1),
            Some("next") => Some(1),
            _ => None,
        };
        self.dated(next, TimexType::Date, |d| {
            let current = (d.month0() / 3) as i32;
            let year = match (direction, season.is_some()) {
                (Some(-1), true) => d.year() - 1,
                (Some(1), true) => d.year() + 1,
                (Some(k), false) => {
                    let q = current + k;
                    return format!("{:04}-Q{}", d.year() + q.div_euclid(4), q.rem_euclid(4) + 1);
                }
                _ => d.year(),
            };
            format!("{year:04}-{code}")
        })
    }

    /// Dates relative to the dateline or to an earlier date: today, Friday, last week, two
    /// years ago, the next day.
    fn relative(&self, i: usize) -> Option<Found> {
        let word = self.word(i);
        let date = |end, f: &dyn Fn(NaiveDate) -> Option<NaiveDate>| -> Option<Found> {
            let day = f(self.dct?)?;
            self.with_part_of_day(end, ymd(day))
        };
        match word {
            "today" => return date(i + 1, &Some),
            "yesterday" => return date(i + 1, &|d| d.pred_opt()),
            "tomorrow" => return date(i + 1, &|d| d.succ_opt()),
            "tonight" => return self.dated(i + 1, TimexType::Time, |d| format!("{}TNI", ymd(d))),
            "now" | "currently" | "nowadays" => {
                return Found::new(
                    i + 1,
                    TimexType::Date,
                    "PRESENT_REF".into(),
                    Resolution::Dateline,
                )
            }
            "these" if self.word(i + 1) == "days" => {
                return Found::new(
                    i + 2,
                    TimexType::Date,
                    "PRESENT_REF".into(),
                    Resolution::Dateline,
                )
            }
            "the"
                if self.word(i + 1) == "past"
                    && !self.is(i + 2, &["few", "several"])
                    && self.count(i + 2).is_none()
                    && self.unit(i + 2).is_none() =>
            {
                return Found::new(
                    i + 2,
                    TimexType::Date,
                    "PAST_REF".into(),
                    Resolution::Dateline,
                )
            }
            "the" if self.word(i + 1) == "future" => {
                return Found::new(
                    i + 2,
                    TimexType::Date,
                    "FUTURE_REF".into(),
                    Resolution::Dateline,
                )
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
            let direction = if matches!(shift_word, "next" | "coming" | "following") {
                Direction::Future
            } else {
                Direction::Past
            };
            return self.dated(next, TimexType::Date, |d| {
                // "last June" is never the dateline's own month; "this June" may be.
                let year = match (shift_word, direction) {
                    ("this", _) => d.year(),
                    (_, Direction::Past) if month >= d.month() => d.year() - 1,
                    (_, Direction::Future) if month <= d.month() => d.year() + 1,
                    _ => d.year(),
                };
                year_month(year, month)
            });
        }
        if let Some((weekday, next)) = self.weekday(start) {
            let direction = match shift_word {
                Some("next") | Some("coming") => Direction::Future,
                Some("last") | Some("previous") | Some("past") => Direction::Past,
                _ => self.direction(i),
            };
            let skip_today = shift_word.is_some_and(|w| w != "this");
            return date(next, &|d| {
                let from = match (skip_today, direction) {
                    (true, Direction::Past) => d.pred_opt()?,
                    (true, Direction::Future) => d.succ_opt()?,
                    _ => d,
                };
                Some(nearest_weekday(from, weekday, direction))
            });
        }
        // "last month", "this week", "next year", "the following week".
        if let (Some(shift_word), Some((unit, false, end))) = (shift_word, self.unit(start)) {
            let k = shift(shift_word);
            if shift_word == "following" || (shift_word == "next" && word == "the") {
                let anchor = self.anchor.or(self.dct)?;
                return shifted(anchor, unit, k).map(|value| Found {
                    end,
                    kind: TimexType::Date,
                    value,
                    modifier: None,
                    resolution: Resolution::EarlierMention,
                });
            }
            let value = shifted(self.dct?, unit, k)?;
            return Found::new(end, TimexType::Date, value, Resolution::Dateline);
        }
        // "two years ago", "three days later", "a week earlier".
        if let Some((Count::Exactly(n), next)) = self.count(i) {
            if let Some((unit, _, after)) = self.unit(next) {
                let k = n as i32;
                return match self.word(after) {
                    "ago" => shifted(self.dct?, unit, -k).map(|value| Found {
                        end: after + 1,
                        kind: TimexType::Date,
                        value,
                        modifier: None,
                        resolution: Resolution::Dateline,
                    }),
                    "later" | "earlier" if self.anchor.is_some() && self.ends_clause(after + 1) => {
                        let sign = if self.word(after) == "later" { 1 } else { -1 };
                        shifted(self.anchor?, unit, sign * k).map(|value| Found {
                            end: after + 1,
                            kind: TimexType::Date,
                            value,
                            modifier: None,
                            resolution: Resolution::EarlierMention,
                        })
                    }
                    _ => None,
                };
            }
        }
        None
    }

    /// A day, with "morning", "afternoon", "evening" or "night" after it as a TIME.
    fn with_part_of_day(&self, end: usize, day: String) -> Option<Found> {
        match part_of_day(self.word(end)) {
            Some(part) => Found::new(
                end + 1,
                TimexType::Time,
                format!("{day}T{part}"),
                Resolution::Dateline,
            ),
            None => Found::new(end, TimexType::Date, day, Resolution::Dateline),
        }
    }

    /// Durations: "three days", "a decade", "18 months", "several weeks", "the past two
    /// years", "four-week", "almost seven years".
    fn duration(&self, i: usize) -> Option<Found> {
        let (modifier, start) = match self.word(i) {
            "almost" | "nearly" => (Some("LESS_THAN"), i + 1),
            "about" | "around" | "roughly" | "approximately" => (Some("APPROX"), i + 1),
            _ => (None, i),
        };
        // "the past two years", "the next few months", "the 90 years"
        let start = match (self.word(start), self.word(start + 1)) {
            ("the", "past" | "last" | "next" | "coming" | "first" | "following") => start + 2,
            ("the", _) if self.digits(start + 1).is_some() => start + 1,
            _ => start,
        };
        let (count, next) = match self.count(start) {
            Some(found) => found,
            // Bare plurals after "for" or "in": "for years", "in recent weeks".
            None if (i > 0 && self.is(i - 1, &["for", "over", "within"]))
                || self.unit(start).is_some_and(|(_, plural, end)| {
                    plural && self.is(end, &["before", "after", "ago", "later", "earlier"])
                }) =>
            {
                (Count::Some, start)
            }
            None => return None,
        };
        let next = if self.is(next, &["-", "more", "full", "straight", "mere", "whole"]) {
            next + 1
        } else {
            next
        };
        let (unit, plural, end) = self.unit(next)?;
        // "five years' work": the possessive belongs to the length.
        let end = if self.word(end) == "'" { end + 1 } else { end };
        // "a second attempt", "one second slower": an ordinal or a comparison, not a length.
        let second = unit == Unit::Second
            && !plural
            && self.tokens.get(end).is_some_and(|t| {
                t.kind == Kind::Word && !self.is(end, &["ago", "later", "earlier"])
            });
        if second {
            return None;
        }
        // "two years ago" is a date; "22-year-old", "ages 6 months" are ages.
        let age = self.word(end) == "old"
            || (self.word(end) == "-" && self.word(end + 1) == "old")
            || (i > 0 && self.is(i - 1, &["ages", "aged", "age"]));
        if self.word(end) == "ago" || age {
            return None;
        }
        if count == Count::Some && !plural && self.word(start) != "a" {
            return None;
        }
        if matches!(unit, Unit::Weekend | Unit::Quarter) {
            return None;
        }
        let n = match count {
            Count::Exactly(n) => n.to_string(),
            Count::Some => "X".to_string(),
        };
        let value = match unit {
            Unit::Second => format!("PT{n}S"),
            Unit::Minute => format!("PT{n}M"),
            Unit::Hour => format!("PT{n}H"),
            Unit::Day => format!("P{n}D"),
            Unit::Week => format!("P{n}W"),
            Unit::Month => format!("P{n}M"),
            Unit::Year => format!("P{n}Y"),
            Unit::Decade => match count {
                Count::Exactly(n) => format!("P{}Y", 10 * n),
                Count::Some => "PXDE".to_string(),
            },
            Unit::Century => match count {
                Count::Exactly(n) => format!("P{}Y", 100 * n),
                Count::Some => "PXCE".to_string(),
            },
            Unit::Weekend | Unit::Quarter => return None,
        };
        let more_than =
            i >= 2 && self.is(i - 2, &["more", "less", "fewer"]) && self.word(i - 1) == "than";
        let modifier = if more_than {
            Some(if self.word(i - 2) == "more" {
                "MORE_THAN"
            } else {
                "LESS_THAN"
            })
        } else {
            modifier
        };
        Some(Found {
            end,
            kind: TimexType::Duration,
            value,
            modifier,
            resolution: Resolution::Stated,
        })
    }

    /// Clock times: "8 PM", "3:30 p.m.", "15:00 GMT", "noon", with a following day if any.
    fn clock(&self, i: usize) -> Option<Found> {
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
        // The day it is on: a following weekday or deictic word, else the dateline.
        let day = self
            .relative(next)
            .filter(|f| f.kind == TimexType::Date && f.value.len() == 10);
        let (end, date) = match day {
            Some(found) => (found.end, found.value),
            None => (next, ymd(self.dct?)),
        };
        Found::new(
            end,
            TimexType::Time,
            format!("{date}T{hour:02}:{minute:02}"),
            Resolution::Dateline,
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

    /// Recurring times: "every year", "each week", "daily", "annually", "every morning".
    fn set(&self, i: usize) -> Option<Found> {
        let value = match self.word(i) {
            "daily" => Some("P1D"),
            "weekly" => Some("P1W"),
            "monthly" => Some("P1M"),
            "annually" | "yearly" => Some("P1Y"),
            _ => None,
        };
        if let Some(value) = value {
            return Found::new(i + 1, TimexType::Set, value.into(), Resolution::Stated);
        }
        if !self.is(i, &["every", "each"]) {
            return None;
        }
        if let Some((unit, false, end)) = self.unit(i + 1) {
            let value = match unit {
                Unit::Day => "P1D",
                Unit::Week => "P1W",
                Unit::Month => "P1M",
                Unit::Year => "P1Y",
                Unit::Hour => "PT1H",
                _ => return None,
            };
            return Found::new(end, TimexType::Set, value.into(), Resolution::Stated);
        }
        if let Some((weekday, end)) = self.weekday(i + 1) {
            let value = format!("XXXX-WXX-{}", weekday.number_from_monday());
            return Found::new(end, TimexType::Set, value, Resolution::Stated);
        }
        let part = part_of_day(self.word(i + 1))?;
        Found::new(
            i + 2,
            TimexType::Set,
            format!("XXXX-XX-XXT{part}"),
            Resolution::Stated,
        )
    }
}

/// Whether an expression can start at this token: a cheap test that spares most tokens the
/// rules. It lists every first word the rules read.
fn may_start(token: &Token) -> bool {
    if token.kind == Kind::Number || token.lower.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    if let Some(head) = token.lower.get(..3).filter(|_| token.capital) {
        if MONTHS
            .iter()
            .chain(WEEKDAYS.iter())
            .any(|name| begins_with(name, head))
        {
            return true;
        }
    }
    let word: &str = &token.lower;
    let unit = word.strip_suffix('s').unwrap_or(word);
    matches!(
        word,
        "'" | "the"
            | "a"
            | "an"
            | "early"
            | "late"
            | "mid"
            | "last"
            | "this"
            | "next"
            | "previous"
            | "coming"
            | "past"
            | "every"
            | "each"
            | "daily"
            | "weekly"
            | "monthly"
            | "annually"
            | "yearly"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "tonight"
            | "now"
            | "currently"
            | "nowadays"
            | "these"
            | "several"
            | "few"
            | "many"
            | "some"
            | "recent"
            | "almost"
            | "nearly"
            | "about"
            | "around"
            | "roughly"
            | "approximately"
            | "noon"
            | "midday"
            | "midnight"
            | "spring"
            | "summer"
            | "fall"
            | "autumn"
            | "winter"
            | "first"
            | "second"
            | "third"
            | "fourth"
            | "dozen"
            | "centuries"
    ) || SMALL_NUMBERS.contains(&word)
        || TENS.contains(&word)
        || matches!(
            unit,
            "second"
                | "minute"
                | "hour"
                | "day"
                | "week"
                | "weekend"
                | "month"
                | "quarter"
                | "year"
                | "decade"
                | "century"
        )
}

/// Whether `name` ("September") begins with the lower-case `prefix` ("sep"), in any case.
fn begins_with(name: &str, prefix: &str) -> bool {
    name.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// -1 for "last", "previous" or "past", 1 for "next", "coming" or "following", else 0.
fn shift(word: &str) -> i32 {
    match word {
        "last" | "previous" | "past" => -1,
        "next" | "coming" | "following" => 1,
        _ => 0,
    }
}

/// The TimeML code of a part of the day: "morning" is MO.
fn part_of_day(word: &str) -> Option<&'static str> {
    PARTS_OF_DAY
        .iter()
        .find(|(name, _)| *name == word)
        .map(|(_, code)| *code)
}

/// The value of the unit that contains `from`, moved by `k` units: "2013-W11", "2012".
fn shifted(from: NaiveDate, unit: Unit, k: i32) -> Option<String> {
    let months = |n: i32| -> Option<NaiveDate> {
        if n >= 0 {
            from.checked_add_months(Months::new(n as u32))
        } else {
            from.checked_sub_months(Months::new(n.unsigned_abs()))
        }
    };
    let days = |n: i64| -> Option<NaiveDate> {
        if n >= 0 {
            from.checked_add_days(Days::new(n as u64))
        } else {
            from.checked_sub_days(Days::new(n.unsigned_abs()))
        }
    };
    Some(match unit {
        Unit::Day => ymd(days(k.into())?),
        Unit::Week => week_of(days(7 * i64::from(k))?),
        Unit::Weekend => format!("{}-WE", week_of(days(7 * i64::from(k))?)),
        Unit::Month => {
            let d = months(k)?;
            year_month(d.year(), d.month())
        }
        Unit::Quarter => {
            let d = months(3 * k)?;
            format!("{:04}-Q{}", d.year(), d.month0() / 3 + 1)
        }
        Unit::Year => format!("{:04}", from.year() + k),
        Unit::Decade => format!("{:03}X", (from.year() + 10 * k) / 10),
        Unit::Century => format!("{:02}", (from.year() + 100 * k) / 100),
        Unit::Hour | Unit::Minute | Unit::Second => return None,
    })
}

/// The year of a month and day nearest the dateline in `direction`.
fn month_day_year(dct: NaiveDate, m: u32, d: u32, direction: Direction) -> i32 {
    match direction {
        Direction::Past if (m, d) > (dct.month(), dct.day()) => dct.year() - 1,
        Direction::Future if (m, d) < (dct.month(), dct.day()) => dct.year() + 1,
        _ => dct.year(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    /// (words, type, value) of every expression in `text`, read against `dct`.
    fn found(text: &str, dct: &str) -> Vec<(String, String, String)> {
        let dct = dct.parse::<crate::TimeValue>().ok().and_then(|v| v.date());
        find(text, &sentences(text), dct)
            .into_iter()
            .map(|m| {
                let kind = format!("{:?}", m.kind).to_uppercase();
                (m.span.of(text).to_string(), kind, m.value)
            })
            .collect()
    }

    fn expect(text: &str, dct: &str, expected: &[(&str, &str, &str)]) {
        let expected: Vec<(String, String, String)> = expected
            .iter()
            .map(|(w, k, v)| (w.to_string(), k.to_string(), v.to_string()))
            .collect();
        assert_eq!(found(text, dct), expected, "{text}");
    }

    #[test]
    fn calendar_dates_in_news_formats() {
        let dct = "2013-03-22";
        expect(
            "It began on Feb. 28, 2011 and ended 3 June 2012.",
            dct,
            &[
                ("Feb. 28, 2011", "DATE", "2011-02-28"),
                ("3 June 2012", "DATE", "2012-06-03"),
            ],
        );
        expect(
            "Sales fell in May 2010, in the 1990s and in the 20th century.",
            dct,
            &[
                ("May 2010", "DATE", "2010-05"),
                ("the 1990s", "DATE", "199X"),
                ("20th century", "DATE", "19"),
            ],
        );
        expect(
            "The pandemic of 2009-2010 was noted.",
            dct,
            &[("2009", "DATE", "2009"), ("2010", "DATE", "2010")],
        );
    }

    #[test]
    fn numbers_that_are_not_years() {
        expect(
            "No. 1961 won 2000 points, $2013 and 14,000 signatures, 7-2.",
            "2013-03-22",
            &[],
        );
    }

    #[test]
    fn the_tense_points_a_date_without_a_year() {
        // 2013-03-22 is a Friday.
        let dct = "2013-03-22";
        expect(
            "The council voted on Monday.",
            dct,
            &[("Monday", "DATE", "2013-03-18")],
        );
        expect(
            "The council voted on Monday to approve it.",
            dct,
            &[("Monday", "DATE", "2013-03-18")],
        );
        expect(
            "The council hopes to reopen by Tuesday.",
            dct,
            &[("Tuesday", "DATE", "2013-03-26")],
        );
        expect(
            "Sales rose in October.",
            dct,
            &[("October", "DATE", "2012-10")],
        );
        expect(
            "The book is due to be published in May.",
            dct,
            &[("May", "DATE", "2013-05")],
        );
        expect(
            "He died last June and she left late last July.",
            dct,
            &[
                ("last June", "DATE", "2012-06"),
                ("late last July", "DATE", "2012-07"),
            ],
        );
    }

    #[test]
    fn relative_dates_durations_and_sets() {
        let dct = "2013-03-22";
        expect(
            "Two years ago, and then last week, the plan was made.",
            dct,
            &[
                ("Two years ago", "DATE", "2011"),
                ("last week", "DATE", "2013-W11"),
            ],
        );
        expect(
            "It lasted three days, a month earlier than usual, for years.",
            dct,
            &[
                ("three days", "DURATION", "P3D"),
                ("a month", "DURATION", "P1M"),
                ("years", "DURATION", "PXY"),
            ],
        );
        expect(
            "The talks ended on March 1, 2013. Two days later, they resumed.",
            dct,
            &[
                ("March 1, 2013", "DATE", "2013-03-01"),
                ("Two days later", "DATE", "2013-03-03"),
            ],
        );
        expect(
            "Her 22-year-old son, ages 6 months and up, met daily at 8 p.m. Friday.",
            dct,
            &[
                ("daily", "SET", "P1D"),
                ("8 p.m. Friday", "TIME", "2013-03-22T20:00"),
            ],
        );
    }

    #[test]
    fn names_are_not_months_and_ranges_of_months_are() {
        let dct = "2024-10-15";
        expect("Mayor Jan Novak met Owner August Klein.", dct, &[]);
        expect(
            "The line closed between March and May.",
            dct,
            &[("March", "DATE", "2024-03"), ("May", "DATE", "2024-05")],
        );
        expect("He tried a second time, one second slower.", dct, &[]);
    }

    #[test]
    fn modals_and_expectations_point_ahead() {
        let dct = "2023-03-03";
        expect(
            "Forecasters expect a calmer April.",
            dct,
            &[("April", "DATE", "2023-04")],
        );
        expect(
            "Repairs should be finished in May.",
            dct,
            &[("May", "DATE", "2023-05")],
        );
    }

    #[test]
    fn an_old_year_does_not_date_what_happens_since_or_next() {
        expect(
            "Service ran from 2019 to 2021. Ridership has fallen since September and will recover in June.",
            "2024-10-15",
            &[
                ("2019", "DATE", "2019"),
                ("2021", "DATE", "2021"),
                ("September", "DATE", "2024-09"),
                ("June", "DATE", "2025-06"),
            ],
        );
    }

    #[test]
    fn since_opens_a_range_to_the_dateline() {
        let text = "Prices have risen since September.";
        let dct = NaiveDate::from_ymd_opt(2013, 3, 22);
        let found = find(text, &sentences(text), dct);
        assert_eq!(found[0].value, "2012-09");
        assert_eq!(found[0].modifier.as_deref(), Some("ON_OR_AFTER"));
    }

    #[test]
    fn a_story_told_long_ago_keeps_its_year_within_a_paragraph() {
        expect(
            "In 1941 the army advanced. In June it reached the river.",
            "2009-12-19",
            &[("1941", "DATE", "1941"), ("June", "DATE", "1941-06")],
        );
        expect(
            "In 1941 the army advanced.\n\nIn June it reached the river.",
            "2009-12-19",
            &[("1941", "DATE", "1941"), ("June", "DATE", "2009-06")],
        );
    }
}
