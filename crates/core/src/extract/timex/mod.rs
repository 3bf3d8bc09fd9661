//! Temporal expressions: the rules that find them in the tokens and say what their words mean.
//!
//! Rules are read at every token; the longest expression that starts there and can be
//! anchored wins. Each rule reads language, not documents, and yields a [`Timex`]: the fields
//! its words give (a month, a weekday, a count of units, a tense) and what it still needs.
//! The resolver anchors it. The rules are grouped by kind: `calendar` (dates the words state),
//! `relative` (today, Friday, last week, two years ago), `duration`, `clock`, `set` and
//! `modifier` (early, late, the end of).

mod calendar;
mod clock;
mod duration;
mod modifier;
mod relative;
mod set;

use std::sync::OnceLock;

use chrono::{NaiveDate, Weekday};

use super::clauses::Clauses;
use super::events::Sentence;
use super::grammar::{is_regular_past, read_tokens, Reading};
use super::meaning::{Meaning, Timex, Told};
use super::resolve::{counted_from_the_story, resolve, Aside, Context};
use super::tokens::{tokenize, Kind, Token};
use crate::doc::{Mention, Resolution, TimexType};
use crate::lexicon::{
    future_cue, past_cue, unit_of_time, Words, CLAUSE_ENDS, DAY_CUES, DECADES, DETERMINERS,
    FORTNIGHT, LABELS_BEFORE_A_NUMBER, LINKING, MONTHS, MONTHS_THAT_ARE_WORDS, MOVED_TO,
    NAMED_BY_A_YEAR, NOT_DESCRIBED, NOT_YEAR_BEFORE, ORDINAL_WORDS, PARTS_OF_DAY,
    PARTS_OF_DAY_SPELLED, PASSIVE_BE, PLACES_TO, PLANNED, PREPOSITIONS, PROMISES, RELATIVES,
    SMALL_NUMBERS, SOME, TENS, UNITS, UNTIL, WEEKDAYS,
};
use crate::text::{head, paragraphs, Span};
use crate::time::{Amount, Direction, Modifier, TimexValue, Unit};
use crate::TimeValue;

/// A temporal expression found and anchored: what the extractor hands on.
#[derive(Debug, Clone, PartialEq)]
pub struct Expression {
    pub span: Span,
    pub value: TimexValue,
    /// The TimeML `mod`: START, END, APPROX, ON_OR_AFTER...
    pub modifier: Option<Modifier>,
    pub resolution: Resolution,
    /// Whether it dates a happening its sentence's main clause tells, which moves the story
    /// to it ([`Clauses::moves_story`]).
    pub moves_story: bool,
}

impl Expression {
    pub fn kind(&self) -> TimexType {
        self.value.kind()
    }

    /// The expression as the document model stores it.
    pub fn mention(&self) -> Mention {
        Mention {
            span: self.span,
            value: self.value,
            modifier: self.modifier,
            resolution: self.resolution,
        }
    }
}

/// What a rule recognised: tokens up to `end` (exclusive), and what they mean.
#[derive(Debug, Clone, Copy)]
struct Found {
    end: usize,
    timex: Timex,
    modifier: Option<Modifier>,
}

impl Found {
    fn new(end: usize, timex: impl Into<Timex>) -> Option<Found> {
        Some(Found {
            end,
            timex: timex.into(),
            modifier: None,
        })
    }

    fn with_modifier(self, modifier: Option<Modifier>) -> Found {
        Found { modifier, ..self }
    }
}

/// Reads the expressions of one sentence, or of a piece of a long one.
struct Reader<'a> {
    tokens: &'a [Token<'a>],
    /// Whether an expression may start at each token ([`may_start`]), worked out once.
    starts: &'a [bool],
    /// Whether each token is a word of time that a word leading in may come before.
    timed: &'a [bool],
    /// Whether the text writes the day before the month ([`writes_day_first`]), so that a
    /// date in figures does too ("04/03/2025" is 4 March).
    day_first: bool,
}

/// Sentences longer than this are read in pieces, split at white space, so that memory stays
/// bounded on text without sentence breaks.
const LONGEST_PIECE: usize = 16 * 1024;

/// Finds every temporal expression in the sentences of `text`, anchoring relative ones on
/// `dct` and on what the text said before. Reads one sentence at a time: memory follows the
/// longest sentence.
pub fn find(text: &str, sentences: &[Span], dct: Option<NaiveDate>) -> Vec<Expression> {
    find_reporting(
        text,
        &paragraphs(text),
        sentences,
        dct,
        writes_day_first(text),
        &mut |_| {},
        &mut |_| {},
    )
}

/// The expressions of one `line` of a longer text without a date to read it against (its
/// date line), its dates in figures read in the order the whole text writes its dates in
/// (`day_first`, [`writes_day_first`]).
pub fn find_in_line(line: &str, day_first: bool) -> Vec<Expression> {
    let whole = [Span::new(0, line.len())];
    find_reporting(
        line,
        &whole,
        &whole,
        None,
        day_first,
        &mut |_| {},
        &mut |_| {},
    )
}

/// Like [`find`], for a text whose `paragraphs` are known and that writes its dates
/// `day_first` or not ([`writes_day_first`]), telling `reached` now and then how far into
/// the text it has read (a byte offset), so that a long run can show its progress, and
/// handing each sentence, read, to `read` as it goes: its expressions, its tense and, for one
/// with a date, its clauses, read from the same words.
pub fn find_reporting(
    text: &str,
    paragraphs: &[Span],
    sentences: &[Span],
    dct: Option<NaiveDate>,
    day_first: bool,
    reached: &mut dyn FnMut(usize),
    read: &mut dyn FnMut(&Sentence),
) -> Vec<Expression> {
    /// Often enough for a smooth progress bar, rarely enough to cost nothing.
    const SENTENCES_PER_REPORT: usize = 500;
    let mut found = Vec::new();
    // What each piece's tokens are, kept from piece to piece so as not to be made anew.
    let (mut starts, mut timed) = (Vec::new(), Vec::new());
    let mut classes = WordClasses::default();
    let mut context = Context::new(dct);
    for_each_year_in_figures(text, |year| context.count_year(year));
    let mut headings = year_headings(text, paragraphs).into_iter().peekable();
    // Sentences never cross paragraphs: a sentence that starts where one does begins it.
    let mut paragraph_starts = paragraphs.iter().map(|p| p.start).peekable();
    let mut previous_end = 0;
    for (n, sentence) in sentences.iter().enumerate() {
        if n % SENTENCES_PER_REPORT == 0 {
            reached(sentence.start);
        }
        while let Some((_, year)) = headings.next_if(|&(start, _)| start <= sentence.start) {
            context.begin_year(year);
        }
        let mut new_paragraph = false;
        while let Some(start) = paragraph_starts.next_if(|&start| start <= sentence.start) {
            new_paragraph |= start == sentence.start;
        }
        let gap = text.get(previous_end..sentence.start).unwrap_or("");
        let opens_line = new_paragraph || gap.contains('\n');
        if new_paragraph {
            context.new_paragraph();
        } else if opens_line {
            context.new_line();
        }
        previous_end = sentence.end;
        context.new_sentence();
        let first = found.len();
        // The grammar of a sentence is read from the words of its first piece.
        let mut first_piece = None;
        for piece in pieces(text, *sentence) {
            let tokens = tokenize(piece.of(text));
            starts.clear();
            timed.clear();
            for token in &tokens {
                let (may_start, of_time) = classes.of(token);
                starts.push(may_start);
                timed.push(of_time);
            }
            let reader = Reader {
                tokens: &tokens,
                starts: &starts,
                timed: &timed,
                day_first,
            };
            let mut i = 0;
            while i < tokens.len() {
                let Some((rule, value, resolution)) = reader.longest_at(i, &context) else {
                    i += 1;
                    continue;
                };
                let (value, resolution) =
                    reader.on_the_day_after(&rule, value, resolution, &context);
                let value = counted_from_the_story(&rule.timex, value, &context, || {
                    reader.told(i, reader.direction(i)) == Told::Back
                });
                // "until 1945", "(1939-1945)", "from 1939 to 1945": not yet where the story is.
                // "a campaign planned for 1976" is ahead of the story too, and "profits rose
                // every year since 1980" runs up to the time of writing.
                let before = i.checked_sub(1).map(|k| tokens[k].lower.as_ref());
                let aside = match before {
                    Some("since") => Aside::Since,
                    Some("until" | "till" | "through" | "(" | "to" | "-" | "–") => Aside::Ahead,
                    _ if reader.ends_a_limit(i)
                        || (matches!(rule.timex.meaning, Meaning::Calendar(_))
                            && reader.planned(i)) =>
                    {
                        Aside::Ahead
                    }
                    _ if reader.in_relative_clause(i) => Aside::Describes,
                    _ => Aside::No,
                };
                context.note(&rule.timex, &value, resolution, aside);
                let (end, bound) = reader.open_end(rule.end, value.kind());
                // A rule ends past the token it starts at, and reads a token past the last as
                // "": its last token is clamped to the tokens, and the loop always moves on.
                let end = end.max(i + 1);
                let start = i + usize::from(reader.article_of_the_noun_after(i, end));
                let span = Span::new(
                    piece.start + tokens[start].start,
                    piece.start + tokens[end.min(tokens.len()) - 1].end,
                );
                let since = aside == Aside::Since;
                let dates = matches!(value.kind(), TimexType::Date | TimexType::Time);
                // "since September": a date that opens a range running to the dateline.
                let modifier = rule
                    .modifier
                    .or(bound)
                    .or((since && dates).then_some(Modifier::OnOrAfter));
                found.push(Expression {
                    span,
                    value,
                    modifier,
                    resolution,
                    moves_story: false,
                });
                i = end;
            }
            first_piece.get_or_insert((piece, tokens));
        }
        let (mut tense, mut clauses) = (None, None);
        if let Some((piece, tokens)) = first_piece {
            // Dates are what the grammar reads as such; lengths ("a two-year ban") are words.
            let spans: Vec<Span> = found[first..]
                .iter()
                .filter(|e| dates_a_day(e))
                .map(|e| e.span)
                .collect();
            let dated = found[first..].iter().any(dates_a_day);
            let reading = read_tokens(piece.of(text), piece.start, tokens, &spans, dated);
            tense = reading.tense();
            if dated {
                clauses = Some(note_story(text, reading, &mut found[first..], &mut context));
            }
        }
        read(&Sentence {
            index: n,
            span: *sentence,
            expressions: &found[first..],
            first,
            tense,
            opens_line,
            clauses: clauses.as_ref(),
        });
    }
    found
}

/// Whether an expression dates something in days: a date or a time, not a length.
fn dates_a_day(expression: &Expression) -> bool {
    expression.kind() != TimexType::Duration
        && (expression.value.period().is_some()
            || matches!(expression.value, TimexValue::Weekend(..)))
}

/// Marks the expressions of one sentence, read as `reading`, that move the story (a date of a
/// happening its main clause tells) and moves the context's story to the finest of their days;
/// the sentence's clauses, for what comes after.
fn note_story<'t>(
    text: &'t str,
    reading: Reading<'t>,
    found: &mut [Expression],
    context: &mut Context,
) -> Clauses<'t> {
    let clauses = Clauses::of(text, reading);
    for expression in found.iter_mut().filter(|e| dates_a_day(e)) {
        expression.moves_story = clauses.moves_story(expression.span);
    }
    let finest = found
        .iter()
        .filter(|e| e.moves_story)
        .filter_map(|e| e.value.period())
        .min_by_key(|v| v.day_numbers().1 - v.day_numbers().0);
    if let Some(day) = finest.and_then(|v| v.date()) {
        context.story_moves_to(day);
    }
    let day_of = |e: &Expression| e.value.period().and_then(|v| v.date());
    let told = found
        .iter()
        .filter(|e| !clauses.quotes(e.span))
        .filter_map(day_of)
        .next_back();
    if let Some(day) = told {
        context.story_tells(day);
    }
    // "They called the November 27 agreement void. The following day ...": a day that only
    // names a happening is not where the text is.
    let mut days = found.iter().filter(|e| day_of(e).is_some());
    if days.all(|e| clauses.names_a_happening(e.span)) {
        context.forget_days_of_sentence();
    }
    clauses
}

/// How much of a text tells the order it writes its dates in: an article's worth.
const ORDER_SAMPLE: usize = 64 * 1024;

/// Whether `text` writes its dates day first, as most of the world does ("12 February", "4
/// March 2025"), rather than month first as American news does ("February 12"): more of its
/// month names come after a day than before one, in its first [`ORDER_SAMPLE`] bytes. Where
/// it writes none, month first.
pub fn writes_day_first(text: &str) -> bool {
    let text = head(text, ORDER_SAMPLE);
    let day = |word: &str| {
        let digits = word.trim_end_matches([',', ';', ')']);
        digits.len() <= 2
            && !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    };
    // A month's name, and whether a mark ends it ("12 February,"). "May" is left out: "12
    // May apply" is no date.
    let month = |word: &str| {
        let name = word.trim_end_matches([',', '.', ';', ')']);
        (name != "May" && MONTHS.contains(&name)).then_some(name.len() < word.len())
    };
    let year = |word: &str| {
        let digits = word.trim_end_matches([',', '.', ';', ')']);
        digits.len() == 4 && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let (mut day_month, mut month_day) = (0, 0);
    let mut words = text.split_whitespace().peekable();
    let (mut two_before, mut before) = ("", "");
    while let Some(word) = words.next() {
        let next = words.peek().copied().unwrap_or("");
        if let Some(marked) = month(word) {
            // "on 12 July", "12 February, ...", "24 March 2025", "5 September and": a day
            // before the month, after a preposition or where the date ends, with its year,
            // or before a phrase or clause ("top 10 March releases", "No. 2 April Ross" are
            // none).
            let ends = marked
                || next.is_empty()
                || year(next)
                || PREPOSITIONS.contains(&next)
                || matches!(next, "and" | "or" | "but" | "when" | "if" | "while");
            // Not "in": "in 10 March Madness games", "in 4 June primaries".
            let led = [
                "on", "by", "from", "since", "until", "till", "before", "after", "of",
            ]
            .iter()
            .any(|p| two_before.eq_ignore_ascii_case(p))
                && !next.starts_with(|c: char| c.is_uppercase());
            if day(before) && (ends || led) {
                day_month += 1;
            } else if !marked && day(next) {
                month_day += 1;
            }
        }
        two_before = before;
        before = word;
    }
    day_month > month_day
}

/// Calls `found` with every year `text` names in figures, a cheap look before reading it:
/// each four-digit number from 1000 to 2199 that stands alone, and each number before "BC"
/// (as year 0, which is 1 BC).
fn for_each_year_in_figures(text: &str, mut found: impl FnMut(i32)) {
    let bytes = text.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut i = 0;
    // `i` stops only after ASCII digits, and `start > 0` guards the look back: every index
    // and cut is in bounds and on a char boundary.
    while i < bytes.len() {
        if !digit(i) {
            i += 1;
            continue;
        }
        let start = i;
        while digit(i) {
            i += 1;
        }
        if start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
            continue;
        }
        let rest = text[i..].strip_prefix(' ').unwrap_or(&text[i..]);
        if rest.starts_with("BC") || rest.starts_with("B.C") {
            found(0);
        } else if let Some(year) = text[start..i]
            .parse()
            .ok()
            .filter(|y| (1000..=2199).contains(y))
        {
            if i - start == 4 {
                found(year);
            }
        }
    }
}

/// The headings that date the text's parts, when it tells its story year by year under
/// them ("2005: Elections", "1918", "Campaign of 1904"): where each heading that names a year
/// in figures starts, and its year when that is the one it names ("1861-1863" names a range),
/// if at least two name one year. A heading is a paragraph of one short line that ends no
/// sentence; one without a year in figures heads a part of the part above.
fn year_headings(text: &str, paragraphs: &[Span]) -> Vec<(usize, Option<i32>)> {
    /// Longer lines are sentences, not headings.
    const HEADING: usize = 80;
    let found: Vec<(usize, Option<i32>)> = paragraphs
        .iter()
        .filter_map(|p| {
            let line = p.of(text);
            let heading = line.len() <= HEADING
                && !line.contains('\n')
                && !line.ends_with(['.', '!', '?', ',', ';']);
            let mut years = Vec::new();
            for_each_year_in_figures(line, |year| years.push(year));
            (heading && !years.is_empty()).then(|| (p.start, the_one_year(line, &years)))
        })
        .collect();
    if found.iter().filter(|(_, year)| year.is_some()).count() >= 2 {
        found
    } else {
        Vec::new()
    }
}

/// The year `line` names when its only figures are the one year of `years` standing alone
/// ("2005: Elections"), not a date line ("2009-12-19"), a range ("1861-1863"), a decade
/// ("1980s") or a year BC.
fn the_one_year(line: &str, years: &[i32]) -> Option<i32> {
    let mut runs = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|run| !run.is_empty());
    let (Some(run), None) = (runs.next(), runs.next()) else {
        return None;
    };
    // The one run of figures is found where it stands.
    let after = line.find(run).map_or("", |at| &line[at + run.len()..]);
    match *years {
        [year] if year != 0 && !after.starts_with(char::is_alphanumeric) => Some(year),
        _ => None,
    }
}

/// The sentence, or pieces of it no longer than [`LONGEST_PIECE`] cut at white space.
fn pieces(text: &str, sentence: Span) -> impl Iterator<Item = Span> + '_ {
    let mut start = Some(sentence.start);
    std::iter::from_fn(move || {
        let from = start?;
        if sentence.end - from <= LONGEST_PIECE {
            start = None;
            return Some(Span::new(from, sentence.end));
        }
        // `from` is below `sentence.end`; `cut` is moved back to a boundary before any slice.
        let mut cut = from + LONGEST_PIECE;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        // Just past the last white space, which may be wider than a byte (a no-break space).
        let cut = text[from..cut]
            .char_indices()
            .rfind(|&(_, c)| c.is_whitespace())
            .map_or(cut, |(i, space)| from + i + space.len_utf8());
        start = Some(cut);
        Some(Span::new(from, cut))
    })
}

impl Reader<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| &t.lower)
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.word(i))
    }

    /// Whether token `i` is there and written onto the one before it: "B.C.", "1/2", "7ish".
    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.spaced)
    }

    /// The token after `i` when token `i` is `word` (an optional comma, "of" or hyphen),
    /// else `i`.
    fn past(&self, i: usize, word: &str) -> usize {
        if self.word(i) == word {
            i + 1
        } else {
            i
        }
    }

    /// A clock time or part of a day without a day of its own takes the day named right
    /// after it: "11 a.m. on 11 November 1918", "at 8 p.m. on Nov. 5", "9 a.m. local time on
    /// Monday", "by mid-afternoon on Tuesday" (two expressions, as TimeML has them).
    fn on_the_day_after(
        &self,
        clock: &Found,
        value: TimexValue,
        resolution: Resolution,
        context: &Context,
    ) -> (TimexValue, Resolution) {
        if !matches!(clock.timex.meaning, Meaning::ThatDay { .. }) {
            return (value, resolution);
        }
        // "9 a.m. local time on Monday", "5:34 AM Baghdad time on March 20": the clock's zone,
        // in words, stands between.
        let zoned = self.word(clock.end + 1) == "time"
            && self
                .tokens
                .get(clock.end)
                .is_some_and(|t| t.kind == Kind::Word);
        let at = clock.end + if zoned { 2 } else { 0 };
        let day = self
            .is(at, &["on", ","])
            .then(|| self.longest_at(at + 1, context))
            .flatten();
        let Some((_, TimexValue::Point(TimeValue::Day(d)), day_resolution)) = day else {
            return (value, resolution);
        };
        match value {
            TimexValue::Point(TimeValue::Minute(t)) => (
                TimexValue::Point(TimeValue::Minute(d.and_time(t.time()))),
                day_resolution,
            ),
            TimexValue::PartOfDay(_, part) => (TimexValue::PartOfDay(d, part), day_resolution),
            _ => (value, resolution),
        }
    }

    /// The longest expression that starts at token `i` and can be anchored in `context`.
    fn longest_at(&self, i: usize, context: &Context) -> Option<(Found, TimexValue, Resolution)> {
        if !*self.starts.get(i)? {
            return None;
        }
        // "the", "a", "about" and the like start an expression only before its time words:
        // most of them start none, and the rules need not be tried there.
        let leads_in = first_words()
            .get(self.word(i))
            .is_none_or(|_| !LEADS_IN.contains(&self.word(i)));
        if !leads_in
            && !self
                .timed
                .iter()
                .skip(i + 1)
                .take(LEAD_IN_REACH)
                .any(|&t| t)
        {
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
        .filter_map(|found| {
            let (value, resolution) = resolve(&found.timex, context)?;
            Some((found, value, resolution))
        })
        // The longest; of equals, the first rule's ("the last few months" is vague before
        // it is a length).
        .rev()
        .max_by_key(|(found, ..)| found.end)
    }

    /// Skips the full stop of an abbreviation ("Feb.", "Sept.").
    fn after_abbreviation(&self, i: usize, full: bool) -> usize {
        if !full && self.word(i) == "." && self.glued(i) {
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

    /// A month name, full or abbreviated: (month, next token). Without a capital, as posts
    /// write them, only a full name that is no other word ("june", not "may"), or an
    /// abbreviation before a number ("jan 5").
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.tokens.get(i)?;
        if t.kind != Kind::Word {
            return None;
        }
        // "jan 5", "jan 1st", "feb '25"; "5 jan", "2nd of jan"
        let figures = |j: usize| {
            self.tokens.get(j).is_some_and(|n| {
                n.kind == Kind::Number || n.lower.starts_with(|c: char| c.is_ascii_digit())
            })
        };
        let before = match i.checked_sub(1) {
            Some(j) if self.word(j) == "of" => j.checked_sub(1),
            other => other,
        };
        let day_before = before.is_some_and(|j| figures(j) && self.day(j).is_some());
        let number_after = figures(i + 1)
            || (self.word(i + 1) == "'" && self.digits(i + 2).is_some())
            || day_before;
        let lower_ok = t.lower.len() > 3 && !MONTHS_THAT_ARE_WORDS.contains(&&*t.lower)
            || t.lower.len() == 3 && number_after && t.lower != "may";
        if !t.capital && !lower_ok {
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
        // "Jun 19, 2024", "7 Dec" but not "Mayor Jan Novak": an abbreviation without its full
        // stop needs a number after it, or a day before it.
        if !full && next == i + 1 && !number_after {
            return None;
        }
        Some((index as u32 + 1, next))
    }

    /// A weekday, full or abbreviated: (day, next token). Without a capital only in full,
    /// or short after a word that expects a day: "this sat", "on fri".
    fn weekday(&self, i: usize) -> Option<(Weekday, usize)> {
        let t = self.tokens.get(i)?;
        // "this sat", "fri night": a word that expects a day, or a part of the day after it.
        let expected =
            || (i > 0 && self.is(i - 1, &DAY_CUES)) || part_of_day(self.word(i + 1)).is_some();
        if !t.capital && t.lower.len() < 6 && !expected() {
            return None;
        }
        // "Thu", "Thurs", "Weds": a weekday's first letters, or "Weds" for Wednesday.
        let letters = if t.lower == "weds" { "wed" } else { &*t.lower };
        let (index, full) = WEEKDAYS.iter().enumerate().find_map(|(n, name)| {
            if name.eq_ignore_ascii_case(letters) {
                Some((n, true))
            } else if ((3..=4).contains(&letters.len()) || letters == "thurs")
                && begins_with(name, letters)
                && letters != "sun"
            {
                Some((n, false))
            } else {
                None
            }
        })?;
        let day = Weekday::try_from(index as u8).ok()?;
        let next = self.after_abbreviation(i + 1, full);
        // "the Sunday Times", "Monday Night Football": a name, unless a date follows.
        let name = self.tokens.get(next).is_some_and(|n| {
            n.capital && n.kind == Kind::Word && self.month(next).is_none() && n.spaced
        });
        (!name).then_some((day, next))
    }

    /// An ordinal in words, "eighth", "twenty-first", "thirtieth": (number, next token).
    fn ordinal_in_words(&self, i: usize) -> Option<(u32, usize)> {
        let word = self.word(i);
        if let Some(n) = ORDINAL_WORDS.iter().position(|o| *o == word) {
            return Some((n as u32 + 1, i + 1));
        }
        if word == "thirtieth" {
            return Some((30, i + 1));
        }
        let tens = match word {
            "twenty" => 20,
            "thirty" => 30,
            _ => return None,
        };
        let ones = self.past(i + 1, "-");
        let n = ORDINAL_WORDS[..9]
            .iter()
            .position(|o| *o == self.word(ones))?;
        Some((tens + n as u32 + 1, ones + 1))
    }

    /// A day of the month: "22", "22nd", and as speech is written down, "eighth".
    fn day(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((day, next)) = self.ordinal_in_words(i).filter(|(d, _)| *d <= 31) {
            return Some((day, next));
        }
        let t = self.tokens.get(i)?;
        let digits = t.lower.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
        // What the trim took off is ASCII: the cut is a boundary.
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

    /// An era's letters at token `i`, "BC", "B.C.", "BCE", "AD", "A.D.": (before the common
    /// era, next token).
    fn era(&self, i: usize) -> Option<(bool, usize)> {
        use crate::lexicon::{BEFORE_COMMON_ERA, COMMON_ERA};
        let t = self.tokens.get(i)?;
        if !t.capital {
            return None;
        }
        // "B.C.", "A.D.", "B.C.E.": letters joined by full stops.
        let mut letters = String::new();
        let mut j = i;
        while let Some(t) = self
            .tokens
            .get(j)
            .filter(|t| t.kind == Kind::Word && t.lower.len() <= 3 && (j == i || !t.spaced))
        {
            letters.push_str(&t.lower);
            j += 1;
            // Only single letters take full stops ("B.C."); "BC." ends a sentence.
            let dotted = t.lower.len() == 1 && self.word(j) == "." && self.glued(j);
            if !dotted {
                break;
            }
            j += 1;
        }
        let bc = BEFORE_COMMON_ERA.contains(&letters.as_str());
        (bc || COMMON_ERA.contains(&letters.as_str())).then_some((bc, j))
    }

    /// A year with its era: "490 BC", "146 BCE", "AD 14", "14 AD": (astronomical year, next).
    fn era_year(&self, i: usize) -> Option<(i32, usize)> {
        let year = |n: u32, bc: bool| if bc { 1 - n as i32 } else { n as i32 };
        if let Some(n) = self.digits(i).filter(|n| (1..=9999).contains(n)) {
            let (bc, next) = self.era(i + 1)?;
            return Some((year(n, bc), next));
        }
        let (false, next) = self.era(i)? else {
            return None;
        };
        let n = self.digits(next).filter(|n| (1..=9999).contains(n))?;
        Some((year(n, false), next + 1))
    }

    /// A four-digit year, or a year with its era, after a month, a day or a season
    /// ("November 2005 elections", "April 480 BC"), where a plural after it is what
    /// happened then, not what it counts.
    fn year_of_date(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(found) = self.era_year(i) {
            return Some(found);
        }
        let t = self.tokens.get(i)?;
        if t.kind != Kind::Number || t.lower.len() != 4 {
            return None;
        }
        let year: i32 = t.lower.parse().ok()?;
        let next = self.tokens.get(i + 1);
        let percent = next.is_some_and(|n| n.lower == "%");
        ((1000..=2199).contains(&year) && !percent).then_some((year, i + 1))
    }

    /// A four-digit year that reads as a year: not "No. 1961", "$1961", "2000 troops".
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let (year, end) = self.year_of_date(i)?;
        // A year with its era says what it is; only a bare number is checked further.
        if end > i + 1 {
            return Some((year, end));
        }
        // "Amalgamated Transit Union Local 1127", "on Highway 1010": a label inside the
        // sentence; not one that opens it ("Local 2024 elections saw ...") nor before what
        // a year names ("in Ward 2022 elections", "Terminal 2019 passenger numbers").
        let labelled = i > 1
            && self.is(i - 1, &LABELS_BEFORE_A_NUMBER)
            && self.tokens[i - 1].capital
            && !self.is(i + 1, &NAMED_BY_A_YEAR);
        // "C/2023 Q3", "A/RES/2019": a code of letters and slashes, written as one word; but
        // "Jan/2024", "H1/2023", "Fall/2023" are dates.
        let code = i > 1
            && self.word(i - 1) == "/"
            && self.glued(i)
            && self.glued(i - 1)
            && self.tokens[i - 2].kind == Kind::Word
            && !(self.word(i - 2).len() >= 3
                && MONTHS.iter().any(|m| begins_with(m, self.word(i - 2))))
            && season_named(self.word(i - 2)).is_none()
            && !matches!(self.word(i - 2), "h1" | "h2" | "q1" | "q2" | "q3" | "q4");
        if i > 0
            && (self.is(i - 1, &NOT_YEAR_BEFORE)
                || labelled
                || code
                || (self.is(i - 1, &["."]) && self.is(i.saturating_sub(2), &["no"])))
        {
            return None;
        }
        if let Some(next) = self.tokens.get(i + 1) {
            // "2025 looks weaker", "2026 marks the anniversary": the year does something; a
            // count's noun is not followed by an article.
            let verb = crate::lexicon::VERBS_AFTER_A_YEAR.contains(&&*next.lower)
                || self.is(i + 2, &crate::lexicon::DETERMINERS);
            // "the 2024 elections", "its 1988 levels", "fiscal 1989 sales", "1990 results": a
            // year that qualifies the noun, after an article, a possessive or "fiscal", or
            // before a noun of what a year has.
            let qualifies = crate::lexicon::QUALIFIED_BY_A_YEAR.contains(&&*next.lower)
                || i > 0
                    && (self.is(i - 1, &DETERMINERS)
                        || self.is(i - 1, &["fiscal", "our", "your", "whose"])
                        || (i > 1 && self.word(i - 1) == "s" && self.word(i - 2) == "'"));
            let unit_or_count = next.kind == Kind::Word
                && !verb
                && !next.capital
                && ((!qualifies
                    && next.lower.len() > 3
                    && next.lower.ends_with('s')
                    && !next.lower.ends_with("ss")
                    && !next.lower.ends_with("is")
                    && !next.lower.ends_with("us")
                    && self.unit(i + 1).is_none())
                    || crate::lexicon::COUNTED.contains(&&*next.lower));
            // "1936, 1937 and 1938" is a list of years; "1936,5" a number.
            let attached = !next.spaced
                && matches!(&*next.lower, "%" | "." | ",")
                && self.digits(i + 2).is_some()
                && self.glued(i + 2);
            if unit_or_count || next.lower == "%" || attached {
                return None;
            }
        }
        Some((year, i + 1))
    }

    /// A count in digits or words: "3", "three", "twenty-five", "a", "several", and with a
    /// half: "2 1/2", "two and a half", "half a".
    fn count(&self, i: usize) -> Option<(Amount, usize)> {
        if self.word(i) == "half" && self.is(i + 1, &["a", "an"]) {
            return Some((Amount::AndAHalf(0), i + 2));
        }
        let (amount, next) = self.whole_count(i)?;
        let (amount, next) = self.and_a_half(amount, next);
        // "a fortnight", "two fortnights": two weeks each.
        let amount = match amount {
            _ if !self.word(next).starts_with(FORTNIGHT) => amount,
            Amount::Exactly(n) => Amount::Exactly(2 * n),
            Amount::AndAHalf(n) => Amount::Exactly(2 * n + 1),
            Amount::Some => Amount::Some,
        };
        Some((amount, next))
    }

    /// `amount` and the half written after it, if any: "and a half", "1/2", "½".
    fn and_a_half(&self, amount: Amount, i: usize) -> (Amount, usize) {
        let Amount::Exactly(n) = amount else {
            return (amount, i);
        };
        let words =
            self.word(i) == "and" && self.is(i + 1, &["a", "one"]) && self.word(i + 2) == "half";
        let fraction = self.word(i) == "1"
            && self.word(i + 1) == "/"
            && self.word(i + 2) == "2"
            && self.glued(i + 1)
            && self.glued(i + 2);
        let end = if words || fraction {
            i + 3
        } else if self.word(i) == "½" {
            i + 1
        } else {
            return (amount, i);
        };
        (Amount::AndAHalf(n), end)
    }

    /// A number from zero to ninety-nine in words: "three", "twelve", "twenty-five", and as
    /// speech is written down, "twenty five": (number, next token).
    fn number_in_words(&self, i: usize) -> Option<(u32, usize)> {
        let word = self.word(i);
        if let Some(n) = SMALL_NUMBERS.iter().position(|w| *w == word) {
            return Some((n as u32, i + 1));
        }
        let tens = 20 + 10 * TENS.iter().position(|w| *w == word)? as u32;
        let ones = self.past(i + 1, "-");
        match SMALL_NUMBERS[1..10]
            .iter()
            .position(|w| *w == self.word(ones))
        {
            Some(unit) => Some((tens + unit as u32 + 1, ones + 1)),
            None => Some((tens, i + 1)),
        }
    }

    /// A whole count in digits or words: "3", "three", "twenty-five", "a", "several".
    fn whole_count(&self, i: usize) -> Option<(Amount, usize)> {
        if let Some(n) = self.digits(i) {
            return Some((Amount::Exactly(n), i + 1));
        }
        let word = self.word(i);
        let in_words = self.number_in_words(i);
        let hundreds = if matches!(word, "a" | "one") {
            Some((1, i + 1))
        } else {
            in_words
        };
        // "a hundred years", "two thousand years"
        if let Some((n, next)) = hundreds {
            let scale = match self.word(next) {
                "hundred" => Some(100),
                "thousand" => Some(1000),
                _ => None,
            };
            if let Some(scale) = scale {
                return Some((Amount::Exactly(n * scale), next + 1));
            }
        }
        if let Some((n, next)) = in_words {
            return Some((Amount::Exactly(n), next));
        }
        match word {
            "a" | "an" if self.is(i + 1, &["few", "couple"]) => {
                let next = self.past(i + 2, "of");
                if self.word(i + 1) == "couple" {
                    Some((Amount::Exactly(2), next))
                } else {
                    Some((Amount::Some, next))
                }
            }
            "a" | "an" | "one" => Some((Amount::Exactly(1), i + 1)),
            "dozen" => Some((Amount::Exactly(12), i + 1)),
            // "couple days ago", as posts drop the article
            "couple" => Some((Amount::Exactly(2), self.past(i + 1, "of"))),
            _ if SOME.contains(&word) => Some((Amount::Some, i + 1)),
            _ => None,
        }
    }

    /// A unit of time: (unit, plural, next token).
    fn unit(&self, i: usize) -> Option<(Unit, bool, usize)> {
        let (singular, plural, short) = unit_of_time(self.word(i))?;
        // A short form is a unit only after a count: "45 min", "a few hrs", not "min wage".
        // `unit_of_time` read a word at `i`, so `i - 1` (when `i > 0`) is a token.
        // A number before it: "45 min", "a fortnight", "two fortnights".
        let number = || {
            i > 0
                && (self.tokens[i - 1].kind == Kind::Number
                    || self.is(i - 1, &["a", "an"])
                    || self.is(i - 1, &SMALL_NUMBERS)
                    || self.is(i - 1, &TENS))
        };
        let counted = || {
            number()
                || (i > 0
                    && (self.is(i - 1, &["few", "couple", "several", "dozen"])
                        || self.is(
                            i - 1,
                            &["this", "last", "next", "past", "per", "every", "each"],
                        )))
        };
        if short && !counted() {
            return None;
        }
        // "a fortnight ago" is counted in weeks by `count`; "last fortnight" is no week.
        if self.word(i).starts_with(FORTNIGHT) && !number() {
            return None;
        }
        if self.cup_round(i) {
            return None;
        }
        Some((Unit::named(singular)?, plural, i + 1))
    }

    /// Whether the word at token `i` opens a round of a cup: "the quarter-final" is no quarter
    /// of a year.
    fn cup_round(&self, i: usize) -> bool {
        self.word(i + 1) == "-"
            && !self.tokens.get(i + 1).is_some_and(|t| t.spaced)
            && self.word(i + 2).starts_with("final")
    }

    /// Whether the word at token `i` is the point of a comparison ("than expected", "as
    /// planned"), which tells no tense of its own.
    fn compared(&self, i: usize) -> bool {
        i > 0 && self.is(i - 1, &["than", "as"])
    }

    /// Which way the sentence around token `i` points: the nearest tense cue, else nowhere.
    fn direction(&self, i: usize) -> Direction {
        let (start, end) = (0, self.tokens.len());
        // "by midnight Friday": the words before the time speak for the day after it.
        let i = self.clock_ending_at(i).unwrap_or(i);
        // Words that say the tense outright, and infinitives ("to run through June").
        let said = |j: usize| -> Option<Direction> {
            let word = self.word(j);
            // "fell more than expected", "as planned": a comparison with what was foreseen,
            // not a happening foreseen.
            if self.compared(j) {
                return None;
            }
            // "to resume talks", not "taken to hospital" nor "spoke to reporters": a plural
            // noun ends in "s" where a verb rarely does ("to discuss", "to focus").
            let plural = |t: &Token| {
                t.lower.ends_with('s') && !t.lower.ends_with("ss") && !t.lower.ends_with("us")
            };
            let to_verb = word == "to"
                && self
                    .tokens
                    .get(j + 1)
                    .is_some_and(|t| t.kind == Kind::Word && !t.capital && !plural(t))
                && !self.is(j + 1, &DETERMINERS)
                // "was taken to hospital", but "promised to work on Friday".
                && !(self.is(j + 1, &PLACES_TO)
                    && !(j > start
                        && (self.is(j - 1, &PROMISES) || future_cue(self.word(j - 1)))))
                // "sentenced to six years", "rose to forty".
                && !self.is(j + 1, &SMALL_NUMBERS)
                && !self.is(j + 1, &TENS);
            // "agreed to merge on Monday", "came from behind to beat them on Saturday": what
            // was agreed to or came of it was done then; but not what was promised
            // ("threatened to strike on Thursday"), nor agreed to since ("have agreed to vote
            // on Thursday").
            let after_past = to_verb && j > start && {
                // Past a particle, an adverb or a tally: "voted overwhelmingly to", "voted
                // 94% to", "voted 120-4 to".
                let between = |k: usize| {
                    let t = &self.tokens[k];
                    self.is(k, &PARTICLES)
                        || t.kind == Kind::Number
                        || self.is(k, &["%", "percent", "-"])
                        || (t.lower.ends_with("ly") && !t.capital && t.lower.len() > 4)
                };
                let v = (start..j)
                    .rev()
                    .take(4)
                    .find(|&k| !between(k))
                    .unwrap_or(start);
                let verb = self.word(v);
                // Not a passive before a particle: "were called on to elect".
                let passive = v + 1 < j
                    && v > start
                    && self.is(v - 1, &["is", "are", "was", "were", "be", "been"]);
                let promised = self.is(v, &PROMISES);
                let perfect = v > start && self.is(v - 1, &["has", "have"]);
                (past_cue(verb) || is_regular_past(verb)) && !promised && !passive && !perfect
            };
            let infinitive = to_verb && !after_past;
            // A word of the future, unless a noun ("the plan", "its deadline") or the month.
            let future_cue = future_cue(word);
            let future = future_cue && {
                // "May" with a capital inside a sentence is the month.
                // `word` is "may", read from token `j`, which therefore exists.
                let month = word == "may" && j > start && self.tokens[j].capital;
                // "the upcoming vote", "the scheduled talks" point ahead as adjectives, too.
                let adjective = self.is(
                    j,
                    &[
                        "upcoming",
                        "forthcoming",
                        "scheduled",
                        "planned",
                        "expected",
                    ],
                );
                // "hopes were high", "plans are": the subject of a verb, too. A deadline is
                // one whatever its determiner: "the deadline is midnight Friday".
                let subject = self.is(j + 1, &["was", "were", "is", "are", "has", "have", "had"]);
                // "England's hopes of a trophy": a noun a possessive leads to.
                let owned = j > start + 1 && self.word(j - 1) == "s" && self.is(j - 2, &["'", "’"]);
                let noun = ((j > start && self.is(j - 1, &DETERMINERS) && !adjective)
                    || subject
                    || owned
                    || self.kind_of_happening(j))
                    && word != "deadline";
                // "finishing 41 seconds ahead", "two points ahead": a lead, not a time ahead.
                let lead = word == "ahead"
                    && j > start + 1
                    && (self.tokens[j - 2].kind == Kind::Number || self.is(j - 2, &SMALL_NUMBERS));
                !month && !noun && !lead
            };
            // "is calling for a vote on Dec. 7": what is under way, or arranged.
            let progressive = word.len() > 5
                && word.ends_with("ing")
                && j > start
                && self.is(j - 1, &["is", "are", "am"]);
            // "see you Friday", "let's meet Sunday"
            let farewell = (word == "see" && self.is(j + 1, &["you", "u", "ya"]))
                || (word == "let" && self.word(j + 1) == "'");
            // "a hearing is set for Thursday": a time set, ahead.
            let set_for = word == "set"
                && j > start
                && self.is(j - 1, &["is", "are", "was", "were", "been", "be"])
                && self.word(j + 1) == "for";
            // "had been scheduled for December 18": a plan made before, for a day either side.
            let planned_before =
                j > start + 1 && self.word(j - 1) == "been" && self.is(j - 2, &["had"]);
            if future_cue && planned_before {
                Some(Direction::Nearest)
            } else if future || infinitive || progressive || farewell || set_for {
                Some(Direction::Future)
            } else if past_cue(word) && !(j > start && self.is(j - 1, &PASSIVE_BE)) {
                // "was paid", not "will be paid".
                Some(Direction::Past)
            } else {
                None
            }
        };
        // A verb in the past ("voted"), unless passive after a form of "be" ("to be published").
        let inflected = |j: usize| -> Option<Direction> {
            let word = self.word(j);
            if !is_regular_past(word) {
                return None;
            }
            let passive = j > start && (self.is(j - 1, &PASSIVE_BE) || self.is(j - 1, &LINKING));
            // "a still unspecified date": an adjective after its determiner; "will begin
            // inspecting damaged buildings": between a verb and the noun it describes. Not "as
            // soon as trading opened", nor "what the Fed will do rattled markets on Monday".
            let before_a_noun = || {
                self.tokens.get(j + 1).is_some_and(|t| {
                    t.kind == Kind::Word && !t.capital && !self.is(j + 1, &NOT_A_NOUN)
                })
            };
            // "will visit affected areas on Thursday": the same after a verb a modal or "to"
            // leads to, but not one that ends a clause of its own ("what the Fed will do
            // rattled markets").
            let clause_before = || {
                (start..j - 2)
                    .rev()
                    .take(4)
                    .any(|k| self.is(k, &["what", "whatever"]))
            };
            let after_a_verb = j > start + 1
                && (self.word(j - 1).ends_with("ing") && self.is(j - 2, &ASPECT)
                    || self.is(
                        j - 2,
                        &["will", "would", "shall", "ll", "to", "can", "could", "must"],
                    ) && !clause_before())
                && before_a_noun();
            // "that" after a noun and before a verb that no noun follows is a relative: "a
            // ballot that closed on 12 February"; not "With that completed", "Is that
            // needed", "That settled, ...".
            let relative = j > start + 1
                && self.word(j - 1) == "that"
                && self.tokens[j - 2].kind == Kind::Word
                && !self.tokens[j - 2].capital
                && !self.is(j - 2, &PREPOSITIONS)
                && !self.is(j - 2, &PASSIVE_BE)
                && !self.is(j - 2, &["is", "are", "was", "were", "said", "says"])
                && !before_a_noun();
            let adjective = (j > start && self.is(j - 1, &DETERMINERS) && !relative)
                || self.kind_of_happening(j)
                || (j > start + 1
                    && self.is(j - 2, &DETERMINERS)
                    && (self.word(j - 1).ends_with("ly") || self.is(j - 1, &["still", "yet"])))
                || after_a_verb;
            (!passive && !adjective && !self.compared(j)).then_some(Direction::Past)
        };
        // "no later than Friday" is a limit ahead unless told in the past ("came later than").
        if i > start + 1 && self.word(i - 1) == "than" && self.is(i - 2, &["later", "sooner"]) {
            let told = (start..i - 2)
                .rev()
                .take(10)
                .find_map(|j| said(j).or_else(|| inflected(j)));
            return told.unwrap_or(Direction::Future);
        }
        // "by Tuesday" is a limit ahead, unless what follows is told in the past ("By
        // September, Atlanta had fallen").
        if i > start && self.is(i - 1, &UNTIL) {
            // "plans to shut all stores by June 30 unless a buyer is found": the clause before
            // the limit speaks first.
            let before = (start..i - 1).rev().take(10).find_map(said);
            let told = before.or_else(|| (i..end).take(12).find_map(said));
            return told.unwrap_or(Direction::Future);
        }
        // "extended to Nov. 20", "postponed to May": a new time ahead.
        if i > start + 1 && self.word(i - 1) == "to" && self.is(i - 2, &MOVED_TO) {
            return Direction::Future;
        }
        if i > start && self.word(i - 1) == "since" {
            return Direction::Past;
        }
        // "a strike starting Thursday", "new rules effective Monday": the start of what is
        // planned, ahead.
        let skipped = |b: usize| self.is(b, &["on", "early", "late"]) && b > start;
        let lead = i.checked_sub(1).map(|b| if skipped(b) { b - 1 } else { b });
        if lead.is_some_and(|b| self.is(b, &["starting", "beginning", "effective"])) {
            return Direction::Future;
        }
        // "has called a strike for Wednesday": a day set for something, ahead (but "for
        // Tuesday's attack" names a day's happening).
        if i > start && self.word(i - 1) == "for" && self.set_for_a_day(start, i) {
            return Direction::Future;
        }
        // "the hearing is Tuesday", "the talks are on Monday": a time set, ahead.
        let before = match i.checked_sub(1) {
            Some(b) if self.word(b) == "on" => b.checked_sub(1),
            b => b,
        };
        if before.is_some_and(|b| self.is(b, &["is", "are"])) {
            return Direction::Future;
        }
        // The nearest cue before the date decides; after it, an infinitive is only a purpose
        // ("voted on Monday to approve").
        let before = (start..i)
            .rev()
            .take(10)
            .find_map(|j| said(j).or_else(|| inflected(j)));
        let after = || {
            (i..end)
                .take(8)
                .filter(|&j| self.word(j) != "to" && (j == 0 || self.word(j - 1) != "to"))
                .find_map(|j| said(j).or_else(|| inflected(j)))
        };
        // A modal rules the whole clause: "will be named commander of the shuttle for a
        // mission in December".
        let modal = || {
            (start..i)
                .rev()
                .take(24)
                .find(|&j| self.is(j, &["will", "ll", "shall"]))
                .map(|_| Direction::Future)
        };
        // So does a perfect: "All his results have been annulled, including his victory at the
        // Lisbon Half Marathon on March 1" is back, however far the date stands from it; but
        // not the end of a span it runs on to ("has extended loans through January").
        let span_end = i > start && self.is(i - 1, &["through", "to", "thru"]);
        let perfect = || {
            if span_end {
                return None;
            }
            (start..i)
                .rev()
                .take(24)
                .find(|&j| {
                    self.is(j, &["has", "have", "had"])
                        && (self.word(j + 1) == "been" || is_regular_past(self.word(j + 1)))
                })
                .map(|_| Direction::Past)
        };
        before
            .or_else(modal)
            .or_else(after)
            .or_else(perfect)
            .unwrap_or(Direction::Nearest)
    }

    /// Whether the date at token `i` ends a limit that "until" opens in its clause: "lasted
    /// until the fall of Budapest in February 1945" tells no more of 1945 than "until 1945".
    /// After "until" as a conjunction the story goes on: "until in March 1980, Iran
    /// downgraded its ties", "until the war ended in 1945".
    fn ends_a_limit(&self, i: usize) -> bool {
        /// How far back the limit may open.
        const LIMIT: usize = 8;
        let Some(until) = (i.saturating_sub(LIMIT)..i)
            .rev()
            .take_while(|&j| !self.ends_clause(j))
            .find(|&j| self.is(j, &["until", "till"]))
        else {
            return false;
        };
        let clause = self.is(until + 1, &["in", "on", "at", "after"])
            || (until + 1..i).any(|j| {
                let word = self.word(j);
                past_cue(word) || is_regular_past(word)
            });
        until + 1 < i && !clause
    }

    /// Whether the date at token `i`, after "for", is a day set for something (the sentence
    /// at token `start`): "for Wednesday", "has been listed for 12 July"; not a day a plan was
    /// made for before ("had been forecast for Tuesday"), nor one whose happening is named
    /// ("for Tuesday night's shooting").
    fn set_for_a_day(&self, start: usize, i: usize) -> bool {
        let possessive = |k: usize| self.is(k, &["'", "’"]);
        let owned =
            possessive(i + 1) || (part_of_day(self.word(i + 1)).is_some() && possessive(i + 2));
        let told_before = (start..i)
            .rev()
            .take(6)
            .any(|j| self.is(j, &["had", "was", "were"]));
        let a_day = self.weekday(i).is_some()
            || (self.month(i).is_some() && self.digits(i + 1).is_some())
            || (self.digits(i).is_some() && self.month(i + 1).is_some());
        a_day && !owned && !told_before
    }

    /// Whether token `i` stands in a relative clause a comma sets off ("Hale, who joined the
    /// firm in 2014, said ..."; "In the United States, where the drug was approved in 2021,
    /// ..."), which describes a noun or a place rather than telling the story. Read from the
    /// words alone, as dates are found before the sentence's clauses are read.
    fn in_relative_clause(&self, i: usize) -> bool {
        /// How far back the clause may open.
        const REACH: usize = 16;
        (i.saturating_sub(REACH)..i)
            .rev()
            .find(|&j| self.word(j) == ",")
            .is_some_and(|comma| {
                (self.is(comma + 1, &RELATIVES) || self.word(comma + 1) == "where")
                    && (comma + 1..i).all(|j| self.word(j) != ",")
            })
    }

    /// Whether the date at token `i` is one a plan was made for ("a campaign planned for
    /// 1976", "elections scheduled for 1956"): ahead of the story, which it does not move.
    fn planned(&self, i: usize) -> bool {
        (i.saturating_sub(6)..i).any(|j| self.is(j, &PLANNED))
    }

    /// Whether the word at `j` is a plan's word that only says what kind a happening is,
    /// telling no tense: "during scheduled maintenance", "after planned strikes".
    fn kind_of_happening(&self, j: usize) -> bool {
        j > 0
            && self.is(j, &["scheduled", "planned", "expected"])
            && self.is(j - 1, &["during", "after"])
    }

    /// Which way from the writing the sentence tells of token `i`: back in a past tense,
    /// not "since", which counts up to the time of writing; ahead of the writing itself
    /// ("will be held", "is planned for"), not "would", which may be ahead of a past.
    fn told(&self, i: usize, toward: Direction) -> Told {
        /// How far before the date its verb may stand.
        const REACH: usize = 12;
        if i > 0 && self.word(i - 1) == "since" {
            return Told::Unsaid;
        }
        if toward != Direction::Future {
            return Told::Back;
        }
        let ahead = (i.saturating_sub(REACH)..i)
            .rev()
            .find_map(|j| match self.word(j) {
                "will" | "shall" | "ll" => Some(true),
                "is" | "are" => Some(self.is(j + 1, &PLANNED) || self.is(j + 1, &["due", "set"])),
                "would" | "was" | "were" | "had" | ";" => Some(false),
                _ => None,
            });
        match ahead {
            Some(true) => Told::Ahead,
            _ => Told::Unsaid,
        }
    }

    /// Words after an expression ending at token `end` that leave it open or blur it: "1994
    /// or later", "2015 and beyond", "the next year or so": (new end, TimeML `mod`).
    fn open_end(&self, end: usize, kind: TimexType) -> (usize, Option<Modifier>) {
        let dates = matches!(kind, TimexType::Date | TimexType::Time);
        let bound = match (self.word(end), self.word(end + 1)) {
            ("or", "later" | "after") | ("and", "beyond") if dates => Some(Modifier::OnOrAfter),
            ("or", "earlier" | "before") if dates => Some(Modifier::OnOrBefore),
            ("or", "so") => Some(Modifier::Approx),
            ("or", "more") if kind == TimexType::Duration => Some(Modifier::EqualOrMore),
            _ => None,
        };
        match bound {
            Some(modifier) => (end + 2, Some(modifier)),
            None => (end, None),
        }
    }

    /// Whether the "the" at token `start` is the article of a noun after the expression that
    /// ends at `end`, which the expression only describes: "the summer offensive", "the two
    /// day rally", "the Spring Offensive". TimeML leaves that article out of the extent.
    fn article_of_the_noun_after(&self, start: usize, end: usize) -> bool {
        if self.word(start) != "the" || end <= start + 1 {
            return false;
        }
        // "the early October battle", "the mid-summer offensive"
        let head = match self.word(start + 1) {
            "early" | "late" => start + 2,
            "mid" => self.past(start + 2, "-"),
            _ => start + 1,
        };
        // What can describe a noun: a season, a month or a day of one, a count of units,
        // "future". "The next day", "the third quarter" keep their article.
        let month = self.month(head).is_some();
        let describes = season_named(self.word(head)).is_some()
            || month
            || self.digits(head).is_some()
            || self.number_in_words(head).is_some()
            || self.word(head) == "future";
        let Some(next) = self.tokens.get(end).filter(|t| t.kind == Kind::Word) else {
            return false;
        };
        if !describes || head >= end {
            return false;
        }
        if next.capital {
            // "the Spring Offensive", "the Seven Years War": words of a name. A month has its
            // capital anyway, and "the summer Germany attacked" is a clause.
            return self.tokens[head].capital && !month;
        }
        // A word with an ending may be a verb ("the summer ended", "the future looks") or
        // say more of the time ("the summer months").
        let word: &str = &next.lower;
        let inflected = ["s", "ed", "ing"].iter().any(|e| word.ends_with(e));
        !inflected && NOT_DESCRIBED.binary_search(&word).is_err() && unit_of_time(word).is_none()
    }

    /// Whether token `i` ends a clause: punctuation, a conjunction or the end of the text.
    fn ends_clause(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_none_or(|t| t.kind == Kind::Punct || self.is(i, &CLAUSE_ENDS))
    }

    /// Whether "the day before" or "the night after" ends at token `i`, so that it is the
    /// period next to the last date given, not one counted from what follows ("the day
    /// before the vote"): the clause ends, or an infinitive of purpose follows ("called his
    /// mother the evening before to say he was late").
    fn ends_neighbour(&self, i: usize) -> bool {
        self.ends_clause(i)
            || (self.word(i) == "to"
                && self.tokens.get(i + 1).is_some_and(|t| {
                    t.kind == Kind::Word && !t.capital && !self.is(i + 1, &DETERMINERS)
                }))
    }
}

/// Whether each word of a text may start an expression ([`may_start`]) and whether it is a
/// word of time ([`of_time`]), worked out once a word: an article says its words many times.
#[derive(Default)]
struct WordClasses(Words<(bool, bool)>);

impl WordClasses {
    fn of(&mut self, token: &Token) -> (bool, bool) {
        let word: &str = &token.lower;
        if let Some(&class) = self.0.get(word) {
            return class;
        }
        let starts = may_start(token);
        let class = (starts, of_time(token, starts));
        self.0.insert(word.to_string(), class);
        class
    }
}

/// Whether an expression can start at this token: a cheap test that spares most tokens the
/// rules. It lists every first word the rules read.
fn may_start(token: &Token) -> bool {
    if token.kind == Kind::Number || token.lower.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let word: &str = &token.lower;
    let first_words = first_words();
    // A month or a weekday, its name whole or cut short ("Sept", "Thurs", "Weds"), or days
    // of it ("Mondays"); not "market" or "mayor", which only begin as one does.
    let cut = word.strip_suffix('s').unwrap_or(word);
    if word
        .get(..3)
        .is_some_and(|head| first_words.get(head) == Some(&FirstWord::NameBeginning))
        && MONTHS
            .iter()
            .chain(WEEKDAYS.iter())
            .any(|name| begins_with(name, word) || begins_with(name, cut))
    {
        return true;
    }
    // "FY2012"
    if word
        .strip_prefix("fy")
        .is_some_and(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
    {
        return true;
    }
    // "weeklong"
    let unit = word.strip_suffix("long").unwrap_or(word);
    let unit = unit.strip_suffix('s').unwrap_or(unit);
    first_words.get(word).is_some_and(|w| *w != FirstWord::NameBeginning)
        || UNITS.contains(&unit)
        // "midafternoon"
        || word.strip_prefix("mid").is_some_and(|part| PARTS_OF_DAY.contains(&part))
        // "valentines day", "mothers day": a possessive written without its apostrophe.
        || word
            .strip_suffix('s')
            .is_some_and(|w| first_words.get(w) == Some(&FirstWord::Holiday))
}

/// Whether a token (that `starts` an expression or not) is a word of time that a word leading
/// in may come before ("the past year", "a later date").
fn of_time(token: &Token, starts: bool) -> bool {
    let word = token.lower.as_ref();
    (starts && !LEADS_IN.contains(&word))
        || TIME_AFTER_LEAD_IN.contains(&word)
        || DECADES.contains(&word)
        || unit_of_time(word).is_some()
        || PARTS_OF_DAY_SPELLED.iter().any(|(short, _)| *short == word)
}

/// What a word an expression may start with is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FirstWord {
    Word,
    /// The first word of a holiday's name: "Christmas", "Thanksgiving".
    Holiday,
    /// The first three letters of a month's or a weekday's name: "sep", "thu".
    NameBeginning,
}

/// Words that start expressions only as the first of several ("the last week", "about two
/// years", "a month ago"), before a word of time within [`LEAD_IN_REACH`] tokens.
const LEADS_IN: [&str; 30] = [
    "'",
    "the",
    "that",
    "a",
    "an",
    "this",
    "these",
    "at",
    "about",
    "around",
    "over",
    "under",
    "up",
    "no",
    "more",
    "less",
    "fewer",
    "longer",
    "shorter",
    "almost",
    "nearly",
    "roughly",
    "approximately",
    "per",
    "half",
    "early",
    "late",
    "mid",
    "right",
    "circa",
];

/// Words of time that only follow a word that leads in: "the future", "the time being", "the
/// near term", "the latest period", "a later date".
const TIME_AFTER_LEAD_IN: [&str; 9] = [
    "future",
    "time",
    "term",
    "period",
    "latest",
    "recent",
    "comparable",
    "past",
    "date",
];

/// How far after a word that leads in its word of time may stand: "the very first few days".
const LEAD_IN_REACH: usize = 5;

/// Words that may stand between a verb and the infinitive of what came of it: "came from
/// behind to beat", "went on to win"; not "flew out to face", a purpose.
const PARTICLES: [&str; 3] = ["from", "behind", "on"];

/// Verbs before a verb in "-ing" that goes on to its object: "will begin inspecting".
const ASPECT: [&str; 10] = [
    "begin",
    "begins",
    "began",
    "start",
    "starts",
    "started",
    "continue",
    "continues",
    "keep",
    "keeps",
];

/// Words after a participle that show it is no adjective before a noun: "celebrated on".
const NOT_A_NOUN: [&str; 22] = [
    "on", "in", "at", "by", "for", "to", "from", "with", "after", "before", "since", "until",
    "during", "and", "or", "but", "the", "a", "an", "last", "this", "next",
];

/// The words an expression may start with, and what each is.
fn first_words() -> &'static Words<FirstWord> {
    use crate::lexicon::{
        EASTER_HOLIDAYS, EVERY, HOLIDAYS, ORDINALS, RECURRING, SEASONS, SHIFTS, TODAY, TOMORROW,
        TONIGHT, VAGUE_FUTURE, VAGUE_PAST, VAGUE_PRESENT, WEEKDAY_HOLIDAYS, YESTERDAY,
    };
    static FIRST_WORDS: OnceLock<Words<FirstWord>> = OnceLock::new();
    FIRST_WORDS.get_or_init(|| {
        let mut words = Words::default();
        let lists: [&[&str]; 17] = [
            &[
                "'",
                "the",
                "that",
                "a",
                "an",
                "half",
                "present",
                "modern",
                "circa",
                "ca",
                "c",
                "rn",
                "atm",
                "per",
                "early",
                "earlier",
                "late",
                "later",
                "mid",
                "this",
                "right",
                "these",
                "almost",
                "nearly",
                "about",
                "around",
                "roughly",
                "approximately",
                "more",
                "less",
                "fewer",
                "longer",
                "shorter",
                "over",
                "under",
                "at",
                "up",
                "no",
                "noon",
                "midday",
                "midnight",
                "autumn",
                "dozen",
                "couple",
                "ad",
                "fiscal",
                "fy",
                "q1",
                "h1",
                "h2",
                "q2",
                "q3",
                "q4",
                "once",
                "twice",
                "thrice",
                "centuries",
            ],
            &SHIFTS.map(|(w, _)| w),
            &SOME,
            &EVERY,
            &RECURRING.map(|(w, _)| w),
            &SEASONS,
            &PARTS_OF_DAY,
            &ORDINALS,
            &TODAY,
            &YESTERDAY,
            &TOMORROW,
            &TONIGHT,
            &VAGUE_PAST,
            &VAGUE_PRESENT,
            &VAGUE_FUTURE,
            &SMALL_NUMBERS,
            &TENS,
        ];
        for name in MONTHS.iter().chain(WEEKDAYS.iter()) {
            words.insert(name[..3].to_ascii_lowercase(), FirstWord::NameBeginning);
        }
        for word in lists.into_iter().flatten() {
            words.insert(word.to_string(), FirstWord::Word);
        }
        let holidays = HOLIDAYS.iter().map(|(w, ..)| w[0]);
        let weekdays = WEEKDAY_HOLIDAYS.iter().map(|(w, ..)| w[0]);
        let easter = EASTER_HOLIDAYS.iter().map(|(w, _)| w[0]);
        for word in holidays.chain(weekdays).chain(easter) {
            words.insert(word.to_string(), FirstWord::Holiday);
        }
        words
    })
}

/// Whether `word` is the first word of a holiday's name (every name in the lexicon has one).
fn holiday_word(word: &str) -> bool {
    first_words().get(word) == Some(&FirstWord::Holiday)
}

/// Whether `name` ("September") begins with the lower-case `prefix` ("sep"), in any case.
fn begins_with(name: &str, prefix: &str) -> bool {
    name.get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix))
}

/// -1 for "last", "previous" or "past", 1 for "next", "coming" or "following", else 0.
fn shift(word: &str) -> i32 {
    crate::lexicon::SHIFTS
        .iter()
        .find(|(w, _)| *w == word)
        .map_or(0, |(_, k)| *k)
}

/// The season a word names: "summer", "autumn".
pub(super) fn season_named(word: &str) -> Option<crate::time::Season> {
    if word == crate::lexicon::AUTUMN {
        return Some(crate::time::Season::Fall);
    }
    crate::lexicon::SEASONS
        .iter()
        .position(|s| *s == word)
        // Both lists have the four seasons, in the same order.
        .map(|n| crate::time::Season::ALL[n].0)
}

/// The part of the day a word names: "morning".
fn part_of_day(word: &str) -> Option<crate::time::PartOfDay> {
    let word = crate::lexicon::PARTS_OF_DAY_SPELLED
        .iter()
        .find(|(spelled, _)| *spelled == word)
        .map_or(word, |(_, part)| part);
    crate::lexicon::PARTS_OF_DAY
        .iter()
        .position(|name| *name == word)
        // Both lists have the four parts of the day, in the same order.
        .map(|i| crate::time::PartOfDay::ALL[i].0)
}

#[cfg(test)]
mod tests;
