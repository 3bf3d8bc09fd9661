//! Events: the happenings the article dates, each with the sentences that tell it (of a
//! sentence that dates several, the part that tells it).
//!
//! Every date the text gives (not its date line) dates an event: mentions of one date are one
//! event, and a range ("from 2019 to 2021") is one event over it. A sentence without a date
//! joins an event as TimeML's event-time links would anchor its happening: one told in the
//! past goes on telling what happened at the story's last date ("Following the summit, the
//! leaders laid a wreath"); one told in the present or present perfect ("has been shut
//! down", "are investigating") tells the article's own day.
//! Each event is titled by the clause its date modifies ([`super::clauses`]).
//!
//! The events are built as the sentences are read, each sentence once, from what the reader
//! of dates found in it ([`Builder::sentence`]).

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::clauses::Clauses;
use super::grammar::{quote_after_char, Tense};
use super::resolve::counted;
use super::timex::Expression;
use crate::doc::{slug, unused_id, Event, EventDate, Origin, Resolution, TimexType};
use crate::lexicon::REPORTING;
use crate::text::{head, tail, Span};
use crate::time::{Amount, Modifier, TimexValue, Unit};
use crate::TimeValue;

/// How many days before its date an article's news may be: a week, as news tells what
/// happened "on Tuesday".
const NEWS_DAYS: i64 = 7;

/// How far back from a date the word before it is read, in bytes: far longer than "between",
/// so that a word cut short by the window is not one of those compared.
const WORD_LOOKBACK: usize = 64;

/// An event in the making: its date, the mentions that give it (indices into all of the
/// text's), its sentences, and the best title found so far with how good it is (lower is
/// better).
struct Draft {
    date: EventDate,
    mentions: Vec<usize>,
    /// Its sentences, each with what of it tells the event: the sentence, or the part of it
    /// that tells this event's happening where the sentence dates several.
    sentences: Vec<(usize, Span)>,
    title: Option<(u8, String)>,
}

impl Draft {
    /// Takes the title `title` makes, ranked `rank` (lower is better), when the draft has
    /// none with words or only a worse one.
    fn offer_title(&mut self, rank: u8, title: impl FnOnce() -> Option<String>) {
        let better = self
            .title
            .as_ref()
            .is_none_or(|(best, title)| rank < *best || !worded(title));
        if !better {
            return;
        }
        if let Some(title) = title() {
            if worded(&title) || self.title.is_none() {
                self.title = Some((rank, title));
            }
        }
    }
}

/// A happening told as a length of time before or after a date of its sentence: "resigned on
/// Wednesday, two days after a newspaper published messages" tells a publishing on Monday.
struct Counted {
    /// The length's position among the sentence's expressions, and the date's.
    length: usize,
    from: usize,
    date: EventDate,
    /// The length and the clause after it ("two days after a newspaper published ..."), and
    /// the clause alone.
    passage: Span,
    clause: Span,
}

/// The happenings of `sentence` counted from its `dated` mentions ([`Counted`]). The length
/// stands right after the date, a comma and an adverb of degree apart at most ("on Tuesday,
/// just two days after"), so that both tell of one verb: not "who died on Friday, was born
/// three weeks before her due date", nor a prison term ("sentenced on Friday to five years
/// after"). It is a whole number of days, weeks, months or years, about as much only in months
/// or years; its clause runs to the next comma, names no date of its own ("three months after
/// an election in October 2018") and is more than words that point back ("two days after
/// that", "after the last of them does so").
fn counted_happenings(
    text: &str,
    sentence: &Sentence,
    dated: &[(Vec<usize>, EventDate)],
) -> Vec<Counted> {
    /// Words of degree that may stand before a length: "just two days after".
    const DEGREE: [&str; 9] = [
        "just", "only", "barely", "almost", "nearly", "about", "around", "roughly", "some",
    ];
    /// Far more than a clause a title is made of: what a length counts to is read no further.
    const CLAUSE_BYTES: usize = 400;
    let expressions = sentence.expressions;
    // Which of `dated` each expression is of, if any.
    let mut dated_by = vec![None; expressions.len()];
    for (with, date) in dated {
        for &k in with {
            dated_by[k] = Some(date);
        }
    }
    let mut happenings = Vec::new();
    for (length, expression) in expressions.iter().enumerate() {
        let TimexValue::Duration(Amount::Exactly(n), unit) = expression.value else {
            continue;
        };
        // The date right before it, and where the words of the length start.
        let next_to = length.checked_sub(1).and_then(|from| {
            let date = dated_by[from]?;
            let at = expressions[from].span;
            let between = text.get(at.end..expression.span.start)?;
            let words: Vec<&str> = between
                .split(|c: char| c.is_whitespace() || c == ',')
                .filter(|w| !w.is_empty())
                .take(2)
                .collect();
            let degree = match words.as_slice() {
                [] => None,
                [word] if DEGREE.contains(word) => Some(*word),
                _ => return None,
            };
            let start = degree
                .and_then(|word| between.rfind(word))
                .map_or(expression.span.start, |k| at.end + k);
            Some((from, date, degree, start))
        });
        let Some((from, &EventDate::On(point), degree, start)) = next_to else {
            continue;
        };
        let about = matches!(
            expression.modifier,
            Some(Modifier::Approx | Modifier::LessThan)
        ) || degree.is_some_and(|d| !matches!(d, "just" | "only" | "barely"));
        let countable = match unit {
            Unit::Day | Unit::Week => !about,
            Unit::Month | Unit::Year => true,
            _ => false,
        } && matches!(
            expression.modifier,
            None | Some(Modifier::Approx | Modifier::LessThan)
        );
        let after = Span::new(expression.span.end, sentence.span.end).of(text);
        let rest = head(after.trim_start(), CLAUSE_BYTES);
        let word = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let sign = match word {
            "after" => -1,
            "before" => 1,
            _ => continue,
        };
        // Up to a comma, a bracket, a quotation mark or a dash between spaces ("3–0" is one
        // word).
        let clause_text = rest[word.len()..]
            .split([',', ';', '(', '"', '“', '”'])
            .next()
            .unwrap_or("");
        let clause_text = clause_text
            .split(" — ")
            .next()
            .and_then(|t| t.split(" – ").next())
            .unwrap_or(clause_text);
        let clause_start = sentence.span.end - after.trim_start().len() + word.len();
        let clause_start = clause_start + (clause_text.len() - clause_text.trim_start().len());
        let words = clause_text
            .trim()
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        let clause = Span::new(clause_start, clause_start + words.len());
        let said: Vec<&str> = words.split_whitespace().collect();
        let points_back = said.len() < 2
            || matches!(
                said[0],
                "that" | "this" | "then" | "it" | "which" | "those" | "these"
            )
            || matches!(
                said[said.len() - 2..],
                ["do" | "does" | "did" | "done", "so"]
            );
        // Expressions are in the text's order: the next one is the first in the clause.
        let dated_inside = expressions
            .get(length + 1)
            .is_some_and(|e| e.span.start < clause.end);
        if !countable || points_back || dated_inside {
            continue;
        }
        let Some(date) = counted(point, unit, sign * n as i32) else {
            continue;
        };
        happenings.push(Counted {
            length,
            from,
            date: EventDate::On(date),
            passage: Span::new(start, clause.end),
            clause,
        });
    }
    happenings
}

/// One sentence as the reader of dates read it, for the events.
pub struct Sentence<'a, 't> {
    pub index: usize,
    pub span: Span,
    /// Its temporal expressions, and the index of the first among all of the text's.
    pub expressions: &'a [Expression],
    pub first: usize,
    pub tense: Option<Tense>,
    /// Whether it is the first of its line, and so of its paragraph.
    pub opens_line: bool,
    /// Its clauses, read when it has a date.
    pub clauses: Option<&'a Clauses<'t>>,
}

/// The events of an article, built a sentence at a time.
pub struct Builder<'t> {
    text: &'t str,
    /// The day the article is read against: what it tells in the present is on it.
    today: Option<EventDate>,
    /// The line that states the article's own date: not an event.
    date_line: Option<Span>,
    drafts: HashMap<EventDate, Draft>,
    /// The event the story has reached.
    current: Option<EventDate>,
    /// The last event of the news (of the week before the article) the story reached.
    news: Option<EventDate>,
    /// The last event the story reached that is not still to come: what it tells in the past
    /// after "Markets expect a cut in June" happened there, not in June.
    past: Option<EventDate>,
    /// The event the last sentence joined, and whether a quotation runs on past it.
    last_joined: Option<EventDate>,
    quoting: bool,
    /// The first sentence of the story, the first that ends as a sentence does, if any.
    story_starts_at: Option<usize>,
}

impl<'t> Builder<'t> {
    /// `dateline` is the date the article is read against, and `date_line` the span of the
    /// line that states it in the text, if it has one; `sentences` are the text's.
    pub fn new(
        text: &'t str,
        sentences: &[Span],
        dateline: Option<NaiveDate>,
        date_line: Option<Span>,
    ) -> Self {
        let story_starts_at = sentences.iter().position(|s| tells_a_story(s.of(text)));
        Builder {
            text,
            today: dateline.map(|d| EventDate::On(TimeValue::Day(d))),
            date_line,
            drafts: HashMap::new(),
            current: None,
            news: None,
            past: None,
            last_joined: None,
            quoting: false,
            story_starts_at,
        }
    }

    /// Takes in the next sentence.
    pub fn sentence(&mut self, sentence: &Sentence) {
        let body = sentence.span.of(self.text);
        let inside_quote = self.quoting;
        self.quoting = quote_runs_on(body, self.quoting);
        let story =
            tells_a_story(body) && !self.date_line.is_some_and(|l| l.overlaps(&sentence.span));
        // The lines above the story (headline, byline, "Published ...", "Updated ...") date
        // nothing: what they say, the story says again.
        if self
            .story_starts_at
            .is_some_and(|first| sentence.index < first)
        {
            return;
        }
        // A paragraph comes back to the news from the earlier days the story had gone back
        // to unless it dates its own ("He pleaded guilty last October. ¶ \"...,\" the judge
        // said as she passed sentence."): a newspaper dates its background.
        if sentence.opens_line && !inside_quote {
            self.reach(self.current.filter(|c| self.is_news(c)).or(self.news));
        }
        let mut dated = dated_mentions(self.text, sentence.expressions, self.date_line);
        if let Some(clauses) = sentence.clauses {
            let span = |with: &[usize]| sentence.expressions[with[0]].span;
            // A forecast of a month or a year ("will fall into a recession at the end of the
            // year") dates no happening; a day or a weekend foretold is one set ("will begin
            // withdrawing troops Friday", "could arrive this weekend").
            let forecast = |with: &[usize], date: &EventDate| {
                let (start, end) = date.day_numbers();
                end - start > 7 && clauses.foretold(span(with))
            };
            dated.retain(|(with, date)| {
                !clauses.compares(span(with))
                    && !clauses.describes_a_time(span(with))
                    && !forecast(with, date)
            });
            // "won the 2022 World Cup yesterday": the year only names what yesterday's day
            // is of; "will report fourth-quarter results on February 4": a quarter or a half
            // only names the results, and a century or a decade what a noun is, always ("a
            // 17th-century church lost its bell tower"); but "her 1995 debut" and "the 2022
            // heatwave" are happenings of their years.
            let days: Vec<(i64, i64)> = dated.iter().map(|(_, d)| d.day_numbers()).collect();
            let holds_finer = |(start, end): (i64, i64)| {
                days.iter()
                    .any(|&(s, e)| start <= s && e <= end && (s, e) != (start, end))
            };
            let finer =
                |(start, end): (i64, i64)| days.iter().any(|&(s, e)| 2 * (e - s) <= end - start);
            let names_a_kind = |(start, end): (i64, i64)| {
                end - start > 3650 || (85..=185).contains(&(end - start)) && finer((start, end))
            };
            dated.retain(|(with, date)| {
                let days = date.day_numbers();
                !(clauses.attributive(span(with)) && holds_finer(days)
                    || clauses.names_a_thing(span(with)) && names_a_kind(days))
            });
        }
        if !dated.is_empty() {
            self.dated(sentence, &dated);
            return;
        }
        if !story {
            self.last_joined = None;
            return;
        }
        // A quotation that runs over sentences is told where it began, and one that is a
        // sentence of its own, without who said it, where the sentence before it is.
        let quotes = body.starts_with(['"', '“'])
            && (quote_runs_on(body, false) || body.ends_with(['"', '”']));
        let joined = if inside_quote || quotes {
            self.last_joined
        } else {
            match sentence.tense {
                Some(Tense::Past) => self.current.filter(|c| !self.to_come(c)).or(self.past),
                Some(Tense::Now) => self.current.filter(|c| self.is_news(c)).or(self.today),
                _ => None,
            }
        };
        if let Some(date) = joined {
            self.add(date, sentence.index, sentence.span);
        }
        self.last_joined = joined;
    }

    /// Takes in a sentence with dates: `dated` are its mentions that date something (their
    /// positions in the sentence's expressions), with the date each gives.
    fn dated(&mut self, sentence: &Sentence, dated: &[(Vec<usize>, EventDate)]) {
        let expression = |k: usize| &sentence.expressions[k];
        let text = self.text;
        let headline = sentence.index == 0 && !tells_a_story(sentence.span.of(text));
        let counted = counted_happenings(text, sentence, dated);
        let mut passages = passages(text, sentence, dated);
        // What is told of a counted happening at the end of a date's passage is not told of
        // that date; one in its middle stays in it, as a passage is of a piece. The counted
        // passages are apart and in order: the last to end within a passage is the one that
        // may end it.
        for passage in &mut passages {
            let within = counted.partition_point(|h| h.passage.end <= passage.end);
            let Some(told) = within.checked_sub(1).map(|k| counted[k].passage) else {
                continue;
            };
            let tail = Span::new(told.end, passage.end).of(text);
            if passage.start < told.start && !tail.chars().any(char::is_alphanumeric) {
                let before = Span::new(passage.start, told.start).of(text);
                passage.end = passage.start + before.trim_end_matches([' ', ',', '—']).len();
            }
        }
        for ((with, date), passage) in dated.iter().zip(passages) {
            let draft = self.add(*date, sentence.index, passage);
            draft
                .mentions
                .extend(with.iter().map(|k| sentence.first + k));
            // The title from the mention that tells it best: in the story rather than its
            // headline, outside quotation marks, not "since" or "until" a date, first.
            let anchor = expression(with[0]).span;
            let rank = title_rank(text, sentence.span, anchor, headline);
            draft.offer_title(rank, || {
                sentence.clauses.map(|clauses| clauses.title(Some(anchor)))
            });
        }
        for happening in counted {
            let length = expression(happening.length).span;
            // Below every title from a date of its own.
            let rank = title_rank(text, sentence.span, length, headline) + 8;
            let draft = self.add(happening.date, sentence.index, happening.passage);
            draft.mentions.extend([
                sentence.first + happening.length,
                sentence.first + happening.from,
            ]);
            draft.offer_title(rank, || {
                let clauses = Clauses::read(text, happening.clause, &[]);
                let title = clauses.title(None);
                Some(match worded(&title) {
                    true => title,
                    false => clauses.words_as_title(),
                })
            });
        }
        // The story moves to the finest date that dates a happening of the sentence's main
        // clause; a story starts at its first sentence's finest date.
        let finest = |dates: &mut dyn Iterator<Item = &(Vec<usize>, EventDate)>| {
            dates
                .min_by_key(|(_, date)| date.day_numbers().1 - date.day_numbers().0)
                .map(|(_, date)| *date)
        };
        let main = finest(
            &mut dated
                .iter()
                .rev()
                .filter(|(with, _)| expression(with[0]).moves_story),
        );
        // A story that opens "... on Monday, officials said Tuesday" is at Monday's.
        let saying = |(with, _): &&(Vec<usize>, EventDate)| {
            sentence
                .clauses
                .is_some_and(|c| c.dates_a_saying(expression(with[0]).span))
        };
        self.reach(
            main.or(self.current)
                .or_else(|| finest(&mut dated.iter().rev().filter(|d| !saying(d))))
                .or_else(|| finest(&mut dated.iter().rev())),
        );
        self.last_joined = main.or(Some(dated[0].1));
    }

    /// Moves the story to `date`, if any: the news and the past it has reached go with it.
    fn reach(&mut self, date: Option<EventDate>) {
        self.current = date.or(self.current);
        self.news = self.current.filter(|c| self.is_news(c)).or(self.news);
        self.past = self.current.filter(|c| !self.to_come(c)).or(self.past);
    }

    /// Whether `date` is the news: a day within [`NEWS_DAYS`] before the article's own, whose
    /// state the article tells in the present ("are investigating", "has been shut down").
    fn is_news(&self, date: &EventDate) -> bool {
        let (start, end) = date.day_numbers();
        self.today.is_some_and(|today| {
            let today = today.day_numbers().0;
            end - start == 1 && (0..=NEWS_DAYS).contains(&(today - start))
        })
    }

    /// Whether `date` is still to come on the article's day: nothing told in the past
    /// happened then.
    fn to_come(&self, date: &EventDate) -> bool {
        self.today
            .is_some_and(|today| date.day_numbers().0 >= today.day_numbers().1)
    }

    /// Adds `passage` of `sentence` to the event on `date`, made if there is none yet.
    fn add(&mut self, date: EventDate, sentence: usize, passage: Span) -> &mut Draft {
        let draft = self.drafts.entry(date).or_insert_with(|| Draft {
            date,
            mentions: Vec::new(),
            sentences: Vec::new(),
            title: None,
        });
        // Sentences come in text order, so a repeated one can only be the last.
        match draft.sentences.last_mut() {
            Some((last, told)) if *last == sentence => *told = told.cover(&passage),
            _ => draft.sentences.push((sentence, passage)),
        }
        draft
    }

    /// The events, in date order: titled, identified and told how their date follows from
    /// the words. `sentences` and `mentions` are all of the text's.
    pub fn finish(self, sentences: &[Span], mentions: &[Expression]) -> Vec<Event> {
        let text = self.text;
        let dateline = self.today.and_then(|d| d.ends().0.date());
        let mut used_ids: HashSet<String> = HashSet::new();
        // What each sentence read whole tells, once: many events may cite one sentence.
        let mut told: HashMap<usize, String> = HashMap::new();
        in_date_order(self.drafts)
            .into_iter()
            .map(|draft| {
                let title = match draft.title {
                    Some((_, title)) if worded(&title) => title,
                    _ => title_from_sentences(text, sentences, mentions, &draft, &mut told),
                };
                let stem = format!(
                    "{}-{}",
                    slug(&title),
                    draft.date.to_string().replace('/', "-to-").to_lowercase()
                );
                let id = unused_id(&stem, |id| used_ids.contains(id));
                used_ids.insert(id.clone());
                let cited: Vec<&Expression> =
                    draft.mentions.iter().map(|&m| &mentions[m]).collect();
                Event {
                    id,
                    title,
                    date: draft.date,
                    derivation: derivation(text, &cited, &draft.date, dateline),
                    evidence: draft.sentences.iter().map(|&(_, told)| told).collect(),
                    mentions: cited.iter().map(|m| m.mention()).collect(),
                    origin: Origin::Extracted,
                }
            })
            .collect()
    }
}

/// The part of `sentence` that tells the happening each of `dated` dates: the whole sentence
/// when it dates one, else the stretch its clause tells ([`Clauses::told_at`]), one stretch
/// for dates joined by "and" ("inked in 1961 and 2000"). The parts are widened to cover the
/// sentence: words before or between them go with the one after them ("and became chief
/// executive three years later"), words after them all with the one that reaches furthest.
/// None opens with the comma or space that ends the one before.
fn passages(text: &str, sentence: &Sentence, dated: &[(Vec<usize>, EventDate)]) -> Vec<Span> {
    let whole = vec![sentence.span; dated.len()];
    let Some(clauses) = sentence.clauses else {
        return whole;
    };
    let first = dated.first().map(|(_, date)| date);
    if dated.iter().all(|(_, date)| Some(date) == first) {
        return whole;
    }
    let anchors: Vec<Span> = dated
        .iter()
        .map(|(with, _)| sentence.expressions[with[0]].span)
        .collect();
    let mut parts: Vec<Span> = anchors.iter().map(|&a| clauses.told_at(a)).collect();
    // A date joined to the one before it tells its happening.
    let mut by_place: Vec<usize> = (0..anchors.len()).collect();
    by_place.sort_by_key(|&k| anchors[k].start);
    for run in by_place.chunk_by(|&a, &b| {
        anchors[a].end <= anchors[b].start && joins_dates(&text[anchors[a].end..anchors[b].start])
    }) {
        let hull = run
            .iter()
            .fold(parts[run[0]], |hull, &k| hull.cover(&parts[k]));
        for &k in run {
            parts[k] = hull;
        }
    }
    // "Residents told reporters on Saturday that they had warned officials last month": the
    // saying's stretch ends where what was said, dated on its own after "that", begins; not
    // at a date of the saying itself ("said on Monday in a statement issued on Sunday night
    // that ..."), and never before the saying's verb ("On Tuesday, the minister said ...").
    let mut place = vec![0; anchors.len()];
    for (p, &k) in by_place.iter().enumerate() {
        place[k] = p;
    }
    let said_after_that = |a: usize, b: usize| {
        Span::new(anchors[a].end, anchors[b].start.max(anchors[a].end))
            .of(text)
            .split(|c: char| !c.is_alphanumeric())
            .any(|word| word == "that")
    };
    for a in 0..parts.len() {
        if !clauses.dates_a_saying(anchors[a]) {
            continue;
        }
        // The date after it in the sentence.
        let next = by_place.get(place[a] + 1).copied();
        let said = next
            .filter(|&b| anchors[b].start >= anchors[a].end && parts[b] != parts[a])
            .filter(|&b| said_after_that(a, b))
            .map(|b| parts[b].start)
            .filter(|&start| parts[a].start < start && start < parts[a].end);
        if let Some(start) = said {
            let before = Span::new(parts[a].start, start).of(text).trim_end();
            let before = before.strip_suffix(" that").unwrap_or(before);
            let saying = before
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| REPORTING.iter().any(|r| r.eq_ignore_ascii_case(word)));
            if saying {
                parts[a].end = parts[a].start + before.trim_end_matches([' ', ',']).len();
            }
        }
    }
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&k| (parts[k].start, Reverse(parts[k].end)));
    let mut covered = sentence.span.start;
    // The part before in that order, as told and as widened: one shared is widened once.
    let mut before: Option<(Span, usize)> = None;
    let mut last: Option<usize> = None;
    for &k in &order {
        let told = parts[k];
        // "... on Wednesday evening, killing four people, officials said Thursday": what was
        // said goes on telling the happening before the saying.
        let said_of = last.filter(|_| covered < told.start && clauses.dates_a_saying(anchors[k]));
        let start = match (before, said_of) {
            (Some((shared, start)), _) if shared == told => start,
            (_, Some(l)) => {
                let said = Span::new(parts[l].end, told.start).of(text);
                parts[l].end += said.trim_end_matches([' ', ',']).len();
                told.start
            }
            _ => told.start.min(covered),
        };
        covered = covered.max(told.end);
        parts[k].start = start;
        before = Some((told, start));
        last = Some(k);
    }
    let furthest = parts
        .iter()
        .map(|p| p.end)
        .max()
        .unwrap_or(sentence.span.end);
    for part in &mut parts {
        if part.end == furthest {
            part.end = sentence.span.end;
        }
        let words = part
            .of(text)
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
        part.start = part.end - words.len();
    }
    parts
}

/// Whether `between` two dates joins them as dates of one happening: "and", "or", a comma,
/// with the preposition said again ("in 1961 and in 2000").
fn joins_dates(between: &str) -> bool {
    let words: Vec<&str> = between
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    matches!(
        words.as_slice(),
        [] | ["and" | "or"] | ["and" | "or", "in" | "on" | "at"]
    )
}

/// Whether a title says something besides a date.
fn worded(title: &str) -> bool {
    title.chars().any(char::is_alphabetic)
}

/// How well the mention at `anchor` in `sentence` would title its event, lower better: in the
/// headline, inside quotation marks, or a limit ("since", "until") are each worse.
fn title_rank(text: &str, sentence: Span, anchor: Span, headline: bool) -> u8 {
    let before = tail(text[..anchor.start].trim_end(), WORD_LOOKBACK)
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let quoted = tail(&text[sentence.start..anchor.start], WORD_LOOKBACK * 16)
        .chars()
        .filter(|c| matches!(c, '"' | '“' | '”'))
        .count()
        % 2
        == 1;
    let limit = matches!(before.as_str(), "since" | "until" | "till" | "by");
    u8::from(headline) * 4 + u8::from(quoted) * 2 + u8::from(limit)
}

/// The title of an event whose mentions gave none with words: from its first sentences that
/// give one (an event told in the present has no mention of its own).
fn title_from_sentences(
    text: &str,
    sentences: &[Span],
    mentions: &[Expression],
    draft: &Draft,
    told: &mut HashMap<usize, String>,
) -> String {
    /// Enough sentences to find one that says something.
    const CHOICES: usize = 16;
    draft
        .sentences
        .iter()
        .take(CHOICES)
        .map(|&(s, _)| {
            told.entry(s)
                .or_insert_with(|| {
                    let span = sentences[s];
                    Clauses::read(text, span, &spans_in(mentions, span)).title(None)
                })
                .clone()
        })
        .find(|title| worded(title))
        .unwrap_or_else(|| draft.date.label())
}

/// The drafts in date order, longer periods first, and by their TimeML value where two
/// periods are the same days.
fn in_date_order(drafts: HashMap<EventDate, Draft>) -> Vec<Draft> {
    let mut drafts: Vec<(i64, Reverse<i64>, String, Draft)> = drafts
        .into_values()
        .map(|draft| {
            let (start, end) = draft.date.day_numbers();
            (start, Reverse(end), draft.date.to_string(), draft)
        })
        .collect();
    drafts.sort_unstable_by(|a, b| (a.0, a.1, &a.2).cmp(&(b.0, b.1, &b.2)));
    drafts.into_iter().map(|(.., draft)| draft).collect()
}

/// The mentions of a sentence that date a happening, as their positions among `expressions`
/// (two joined as a range are one), with the date each gives: days, times (on their day) and
/// longer periods, not lengths, sets or the date line.
fn dated_mentions(
    text: &str,
    expressions: &[Expression],
    date_line: Option<Span>,
) -> Vec<(Vec<usize>, EventDate)> {
    let in_text = |(_, m): &(usize, &Expression)| {
        matches!(m.kind(), TimexType::Date | TimexType::Time)
            && !date_line.is_some_and(|e| e.overlaps(&m.span))
    };
    let dated: Vec<(usize, TimeValue)> = expressions
        .iter()
        .enumerate()
        .filter(in_text)
        .filter_map(|(k, m)| Some((k, m.value.period()?)))
        .collect();
    let mut found = Vec::new();
    let mut next = 0;
    while next < dated.len() {
        let (k, value) = dated[next];
        next += 1;
        // "from 2019 to 2021", "2009-2010", "between March and May": one event over the range.
        if let Some(&(until, last)) = dated.get(next) {
            let joined = joins_range(text, expressions[k].span, expressions[until].span);
            if joined && last.day_numbers().1 > value.day_numbers().0 {
                // "a curfew from 10 p.m. to 5 a.m.": two times of one day are on that day.
                let date = if last == value {
                    EventDate::On(value)
                } else {
                    EventDate::Between(value, last)
                };
                found.push((vec![k, until], date));
                next += 1;
                continue;
            }
        }
        found.push((vec![k], EventDate::On(value)));
    }
    // "could arrive this weekend": an event over its Saturday and Sunday.
    for (k, m) in expressions.iter().enumerate().filter(|e| in_text(e)) {
        if let Some((saturday, sunday)) = m.value.weekend_days() {
            let days = EventDate::Between(TimeValue::Day(saturday), TimeValue::Day(sunday));
            found.push((vec![k], days));
        }
    }
    found.sort_by_key(|(with, _)| with[0]);
    found
}

/// The spans of the mentions inside `sentence` that date something (mentions are in text
/// order).
fn spans_in(mentions: &[Expression], sentence: Span) -> Vec<Span> {
    let first = mentions.partition_point(|m| m.span.end <= sentence.start);
    mentions[first..]
        .iter()
        .take_while(|m| m.span.start < sentence.end)
        .filter(|m| m.kind() != TimexType::Duration && m.value.period().is_some())
        .map(|m| m.span)
        .collect()
}

/// Whether a quotation is still open after `sentence`, given whether one was before it.
fn quote_runs_on(sentence: &str, open: bool) -> bool {
    // Most sentences hold no quotation mark ('"', or '“' and '”', which start with 0xE2).
    if !sentence.bytes().any(|b| b == b'"' || b == 0xE2) {
        return open;
    }
    sentence
        .chars()
        .fold(open, |open, c| quote_after_char(c, open))
}

/// Whether a sentence is one of the story's, ending as a sentence does: not a heading, a
/// byline or a caption.
fn tells_a_story(sentence: &str) -> bool {
    sentence
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
        .ends_with(['.', '!', '?', '…'])
}

/// Whether the words between two dates make them the ends of one range: "from 2019 to 2021",
/// "2009-2010", "between March and May", "March through May".
fn joins_range(text: &str, first: Span, second: Span) -> bool {
    let Some(between) = text.get(first.end..second.start) else {
        return false;
    };
    // `between` exists, so `first.start <= first.end <= text.len()`, on a boundary.
    let before = tail(text[..first.start].trim_end(), WORD_LOOKBACK)
        .split_whitespace()
        .next_back()
        .unwrap_or("")
        .to_lowercase();
    match between.trim().to_lowercase().as_str() {
        "-" | "–" | "—" => !between.contains('\n'),
        "to" => before == "from",
        "through" | "until" | "till" => true,
        "and" => before == "between",
        _ => false,
    }
}
/// How the date follows from the words, for the reader.
fn derivation(
    text: &str,
    mentions: &[&Expression],
    value: &EventDate,
    dateline: Option<NaiveDate>,
) -> String {
    let quoted = |m: &Expression| format!("\"{}\"", m.span.of(text));
    // "two days" after "Wednesday": a happening counted from a date of its sentence.
    if let [length, from] = mentions {
        if length.kind() == TimexType::Duration {
            let after = Span::new(length.span.end, text.len()).of(text).trim_start();
            let word = after.split(' ').next().unwrap_or("");
            return format!(
                "{} {word} {}: {}, counted from a date of its sentence.",
                quoted(length),
                quoted(from),
                value.label()
            );
        }
    }
    // A length counted from a date is not how a date stated elsewhere is found.
    let dates = mentions.iter().filter(|m| m.kind() != TimexType::Duration);
    let quoted: Vec<String> = dates.clone().map(|m| quoted(m)).collect();
    let mut unique = quoted.clone();
    unique.dedup();
    let words = unique.join(", ");
    match dates.map(|m| m.resolution).min_by_key(|r| *r as u8) {
        Some(Resolution::Stated) => format!("Stated in full: {words}."),
        Some(Resolution::EarlierMention) => format!(
            "{words}: {}, relative to an earlier date in the article.",
            value.label()
        ),
        None => format!(
            "Told in the present, as of the article's date{}.",
            dateline.map_or(String::new(), |d| format!(
                ", {}",
                TimeValue::Day(d).label()
            ))
        ),
        _ => format!("{words}: {}, relative to the dateline.", value.label()),
    }
}
