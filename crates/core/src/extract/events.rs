//! Events: the happenings the article dates, each with the sentences that tell it.
//!
//! Every date the text gives (not its date line) dates an event: mentions of one date are one
//! event, and a range ("from 2019 to 2021") is one event over it. A sentence without a date
//! joins an event as TimeML's event-time links would anchor its happening: one that refers
//! back to a happening by name ("the summit") joins the event that named it; one told in the
//! past goes on telling what happened at the story's last date; one told in the present or
//! present perfect ("has been shut down", "are investigating") tells the article's own day.
//! Each event is titled by the clause its date modifies ([`super::titles`]).

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDate;

use super::grammar::Tense;
use super::timex::Expression;
use super::titles::Clauses;
use crate::doc::{slug, unused_id, Event, EventDate, Origin, Resolution, TimexType};
use crate::lexicon::{HAPPENINGS, NOT_THE_SAME};
use crate::text::{tail, Span};
use crate::TimeValue;

/// An event in the making: its date, the mentions that give it, its sentences.
struct Draft<'m> {
    date: EventDate,
    mentions: Vec<&'m Expression>,
    sentences: Vec<usize>,
}

/// Events by period, so that they come out in date order, longer periods first.
type Key = (i64, Reverse<i64>, String);

fn key(date: &EventDate) -> Key {
    let (start, end) = date.day_numbers();
    (start, Reverse(end), date.to_string())
}

/// The happening noun `word` is, in any case: "Summit" is "summit".
fn happening(word: &str) -> Option<&'static str> {
    // Most words are too short or too long to be one: skip the bisection for them.
    if !(3..=13).contains(&word.len()) {
        return None;
    }
    let lower = |b: &u8| b.to_ascii_lowercase();
    HAPPENINGS
        .binary_search_by(|h| h.bytes().cmp(word.bytes().map(|b| lower(&b))))
        .ok()
        // A position binary_search found in HAPPENINGS.
        .map(|i| HAPPENINGS[i])
}

/// How far back from a date the word before it is read, in bytes: far longer than "between",
/// so that a word cut short by the window is not one of those compared.
const WORD_LOOKBACK: usize = 64;

/// The article's events.
///
/// `dateline` is the date the article is read against, and `date_line` the span of the line
/// that states it in the text, if it has one: the article's own date is not an event, but the
/// happenings it tells in the present are on it.
pub fn group(
    text: &str,
    sentences: &[Span],
    mentions: &[Expression],
    dateline: Option<NaiveDate>,
    date_line: Option<Span>,
) -> Vec<Event> {
    let dated = dated_mentions(text, mentions, date_line);
    let mut drafts: BTreeMap<Key, Draft> = BTreeMap::new();
    let today = dateline.map(|d| EventDate::On(TimeValue::Day(d)));
    // The event the story has reached, the last that named each happening, the event the
    // last sentence joined, and whether a quotation runs on past it.
    let mut current: Option<EventDate> = None;
    let mut last_named: HashMap<&'static str, Option<EventDate>> = HashMap::new();
    let mut last_joined: Option<EventDate> = None;
    let mut quoting = false;
    let mut next = 0;
    for (s, sentence) in sentences.iter().enumerate() {
        // Mentions outside every sentence (in the space between two) date nothing.
        while dated
            .get(next)
            .is_some_and(|(m, _)| m[0].span.end <= sentence.start)
        {
            next += 1;
        }
        let first = next;
        while dated
            .get(next)
            .is_some_and(|(m, _)| m[0].span.start < sentence.end)
        {
            next += 1;
        }
        let here = &dated[first..next];
        let body = sentence.of(text);
        let inside_quote = quoting;
        quoting = quote_runs_on(body, quoting);
        let words = || words_of(text, *sentence);
        let clauses = || Clauses::read(text, *sentence, &spans_in(mentions, *sentence));
        if !here.is_empty() {
            for (with, date) in here {
                add(&mut drafts, *date, s)
                    .mentions
                    .extend(with.iter().copied());
            }
            // The story moves to the finest date that dates a happening of the sentence's
            // main clause; a story starts at its first sentence's finest date.
            let read = clauses();
            let finest = |dates: &mut dyn Iterator<Item = &(Vec<&Expression>, EventDate)>| {
                dates
                    .min_by_key(|(_, date)| date.day_numbers().1 - date.day_numbers().0)
                    .map(|(_, date)| *date)
            };
            let main = finest(
                &mut here
                    .iter()
                    .rev()
                    .filter(|(with, _)| read.moves_story(with[0].span)),
            );
            current = main.or(current).or_else(|| finest(&mut here.iter().rev()));
            last_joined = main.or(Some(here[0].1));
            let only = (here.len() == 1).then(|| here[0].1);
            for noun in words().filter_map(happening) {
                last_named.insert(noun, only);
            }
            continue;
        }
        if !tells_a_story(body) || date_line.is_some_and(|l| l.overlaps(sentence)) {
            last_joined = None;
            continue;
        }
        let joined = if inside_quote {
            // A quotation that runs over sentences is told where it began.
            last_joined
        } else if let Some(date) = refers_back(&words().collect::<Vec<_>>(), &last_named) {
            Some(date)
        } else {
            match clauses().tense() {
                Some(Tense::Past) => current,
                Some(Tense::Now) => today,
                _ => None,
            }
        };
        if let Some(date) = joined {
            add(&mut drafts, date, s);
        }
        last_joined = joined;
    }
    name(
        text,
        sentences,
        mentions,
        drafts.into_values().collect(),
        dateline,
    )
}

/// Adds `sentence` to the event on `date`, made if there is none yet.
fn add<'d, 'm>(
    drafts: &'d mut BTreeMap<Key, Draft<'m>>,
    date: EventDate,
    sentence: usize,
) -> &'d mut Draft<'m> {
    let draft = drafts.entry(key(&date)).or_insert_with(|| Draft {
        date,
        mentions: Vec::new(),
        sentences: Vec::new(),
    });
    // Sentences come in text order, so a repeated one can only be the last.
    if draft.sentences.last() != Some(&sentence) {
        draft.sentences.push(sentence);
    }
    draft
}

/// The mentions that date a happening, with the date each gives (two joined as a range are
/// one), in text order: days, times (on their day) and longer periods, not lengths, sets or
/// the date line.
fn dated_mentions<'m>(
    text: &str,
    mentions: &'m [Expression],
    date_line: Option<Span>,
) -> Vec<(Vec<&'m Expression>, EventDate)> {
    let dated: Vec<(&Expression, TimeValue)> = mentions
        .iter()
        .filter(|m| matches!(m.kind(), TimexType::Date | TimexType::Time))
        .filter(|m| !date_line.is_some_and(|e| e.overlaps(&m.span)))
        .filter_map(|m| Some((m, m.value.period()?)))
        .collect();
    let mut found = Vec::new();
    let mut next = 0;
    while next < dated.len() {
        let (mention, value) = dated[next];
        next += 1;
        // "from 2019 to 2021", "2009-2010", "between March and May": one event over the range.
        if let Some(&(until, last)) = dated.get(next) {
            if joins_range(text, mention.span, until.span)
                && last.day_numbers().1 > value.day_numbers().0
            {
                found.push((vec![mention, until], EventDate::Between(value, last)));
                next += 1;
                continue;
            }
        }
        found.push((vec![mention], EventDate::On(value)));
    }
    found
}

/// The spans of the mentions inside `sentence` (mentions are in text order).
fn spans_in(mentions: &[Expression], sentence: Span) -> Vec<Span> {
    let first = mentions.partition_point(|m| m.span.end <= sentence.start);
    mentions[first..]
        .iter()
        .take_while(|m| m.span.start < sentence.end)
        .map(|m| m.span)
        .collect()
}

/// The words of a sentence, split at anything not a letter or digit.
fn words_of(text: &str, sentence: Span) -> impl Iterator<Item = &str> {
    sentence
        .of(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// Whether a quotation is still open after `sentence`, given whether one was before it.
fn quote_runs_on(sentence: &str, mut open: bool) -> bool {
    for c in sentence.chars() {
        match c {
            '“' => open = true,
            '”' => open = false,
            '"' => open = !open,
            _ => {}
        }
    }
    open
}

/// Whether a sentence is one of the story's, ending as a sentence does: not a heading, a
/// byline or a caption.
fn tells_a_story(sentence: &str) -> bool {
    sentence
        .trim_end_matches(['"', '\'', '”', '’', ')', ']', '»'])
        .ends_with(['.', '!', '?', '…'])
}

/// The event a sentence without a date refers back to: "the summit", "the joint press
/// conference", a definite happening up to two words after "the", joins the last event that
/// named one, if it was the only event of its sentence; "the new treaty" or "the next summit"
/// name another one.
fn refers_back(
    words: &[&str],
    last_named: &HashMap<&'static str, Option<EventDate>>,
) -> Option<EventDate> {
    (0..words.len())
        .rev()
        .filter(|&i| words[i].eq_ignore_ascii_case("the"))
        .find_map(|i| {
            let noun =
                (i + 1..(i + 4).min(words.len())).find(|&j| happening(words[j]).is_some())?;
            let other = words[i + 1..noun]
                .iter()
                .any(|w| NOT_THE_SAME.iter().any(|n| n.eq_ignore_ascii_case(w)));
            if other {
                return None;
            }
            *last_named.get(happening(words[noun])?)?
        })
}

/// The drafts as events: titled, identified and told how their date follows from the words.
fn name(
    text: &str,
    sentences: &[Span],
    mentions: &[Expression],
    drafts: Vec<Draft>,
    dateline: Option<NaiveDate>,
) -> Vec<Event> {
    let sentence_of = |span: &Span| {
        let after = sentences.partition_point(|s| s.start <= span.start);
        after
            .checked_sub(1)
            .filter(|&i| sentences[i].overlaps(span))
    };
    let mut used_ids: HashSet<String> = HashSet::new();
    drafts
        .into_iter()
        .map(|mut draft| {
            draft.sentences.sort_unstable();
            let title = event_title(text, sentences, mentions, &draft, &sentence_of);
            let stem = format!(
                "{}-{}",
                slug(&title),
                draft.date.to_string().replace('/', "-to-").to_lowercase()
            );
            let id = unused_id(&stem, |id| used_ids.contains(id));
            used_ids.insert(id.clone());
            Event {
                id,
                title,
                date: draft.date,
                derivation: derivation(text, &draft.mentions, &draft.date, dateline),
                evidence: draft.sentences.iter().map(|&i| sentences[i]).collect(),
                mentions: draft.mentions.iter().map(|m| m.mention()).collect(),
                origin: Origin::Extracted,
            }
        })
        .collect()
}

/// An event's title: from the clause of the mention that tells it best (in the story rather
/// than its headline, outside quotation marks, not "since" or "until" a date, first), else
/// from its first sentence that titles it with words besides its date.
fn event_title(
    text: &str,
    sentences: &[Span],
    mentions: &[Expression],
    draft: &Draft,
    sentence_of: &dyn Fn(&Span) -> Option<usize>,
) -> String {
    let titled = |sentence: usize, anchor: Option<Span>| {
        let span = sentences[sentence];
        Clauses::read(text, span, &spans_in(mentions, span)).title(anchor)
    };
    let worded = |title: &String| title.chars().any(char::is_alphabetic);
    let mut ranked: Vec<(u8, &Expression, usize)> = draft
        .mentions
        .iter()
        .filter_map(|m| {
            let sentence = sentence_of(&m.span)?;
            let span = sentences[sentence];
            let before = tail(text[..m.span.start].trim_end(), WORD_LOOKBACK)
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            let headline = sentence == 0 && !tells_a_story(span.of(text));
            let quoted = text[span.start..m.span.start]
                .chars()
                .filter(|c| matches!(c, '"' | '“' | '”'))
                .count()
                % 2
                == 1;
            let limit = matches!(before.as_str(), "since" | "until" | "till" | "by");
            let rank = u8::from(headline) * 4 + u8::from(quoted) * 2 + u8::from(limit);
            Some((rank, *m, sentence))
        })
        .collect();
    ranked.sort_by_key(|(rank, m, _)| (*rank, m.span.start));
    ranked
        .iter()
        .map(|(_, m, sentence)| titled(*sentence, Some(m.span)))
        .chain(draft.sentences.iter().map(|&s| titled(s, None)))
        .find(worded)
        .unwrap_or_else(|| draft.date.label())
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
    let quoted: Vec<String> = mentions
        .iter()
        .map(|m| format!("\"{}\"", m.span.of(text)))
        .collect();
    let mut unique = quoted.clone();
    unique.dedup();
    let words = unique.join(", ");
    match mentions
        .iter()
        .map(|m| m.resolution)
        .min_by_key(|r| *r as u8)
    {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_dates_joined_as_a_range_make_one_event() {
        let dates = |text: &str| -> Vec<String> {
            crate::extract::extract(text, None)
                .events
                .iter()
                .map(|e| e.date.to_string())
                .collect()
        };
        assert_eq!(dates("The war lasted from 1950 to 1953."), ["1950/1953"]);
        assert_eq!(
            dates("The pandemic of 2009-2010 killed many."),
            ["2009/2010"]
        );
        assert_eq!(
            dates("Talks ran between March 2011 and May 2011."),
            ["2011-03/2011-05"]
        );
        assert_eq!(
            dates("Treaties were signed in 1961 and 2000."),
            ["1961", "2000"]
        );
    }

    #[test]
    fn a_title_stays_short_however_long_its_sentence() {
        // Without spaces a sentence is one word: its title is the start of it, not all of it.
        let text = "abc2024-01-05xyz".repeat(1000);
        let events = crate::extract::extract(&text, None).events;
        assert_eq!(events.len(), 1);
        assert!(
            events[0].title.chars().count() <= super::super::titles::LONGEST,
            "{}",
            events[0].title
        );
    }

    #[test]
    fn happenings_are_sorted_and_found_in_any_case() {
        assert!(HAPPENINGS.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(happening("Summit"), Some("summit"));
        assert_eq!(happening("summits"), None);
    }
}
