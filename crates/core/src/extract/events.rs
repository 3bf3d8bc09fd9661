//! Grouping mentions into events: one event per date the article states, with the sentences
//! that state it, titled from its first sentence.

use std::cmp::Reverse;
use std::collections::{BTreeMap, HashMap, HashSet};

use super::timex::Expression;
use crate::doc::{slug, unused_id, Event, EventDate, Origin, Resolution, TimexType};
use crate::lexicon::{HAPPENINGS, NOT_THE_SAME};
use crate::text::{head, tail, Span};
use crate::TimeValue;

/// An event in the making: its date, the mentions that give it, its sentences.
struct Draft<'m> {
    date: EventDate,
    mentions: Vec<&'m Expression>,
    sentences: Vec<usize>,
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

/// How far a title reads back from its date, and into its sentence, in bytes: room for ten
/// words, so that titling every date of one long sentence stays linear.
const TITLE_LOOKBACK: usize = 256;

/// Groups the mentions that date something into events.
///
/// `excluded` is the date line's span: the article's own date is not an event.
pub fn group(
    text: &str,
    sentences: &[Span],
    mentions: &[Expression],
    excluded: Option<Span>,
) -> Vec<Event> {
    // Sentences are in text order: the one a span starts in is found by bisection.
    let sentence_of = |span: &Span| {
        let after = sentences.partition_point(|s| s.start <= span.start);
        after
            .checked_sub(1)
            .filter(|&i| sentences[i].overlaps(span))
    };
    // Keyed by period, so that drafts come out in date order, longer periods first.
    let mut by_date: BTreeMap<(i64, Reverse<i64>, String), Draft> = BTreeMap::new();
    let dated: Vec<(&Expression, TimeValue)> = mentions
        .iter()
        .filter(|m| matches!(m.kind(), TimexType::Date | TimexType::Time))
        .filter(|m| !excluded.is_some_and(|e| e.overlaps(&m.span)))
        .filter_map(|m| Some((m, m.value.period()?)))
        .collect();
    let mut next = 0;
    while next < dated.len() {
        let (mention, value) = dated[next];
        next += 1;
        let Some(sentence) = sentence_of(&mention.span) else {
            continue;
        };
        // "from 2019 to 2021", "2009-2010", "between March and May": one event over the range.
        let mut with = vec![mention];
        let mut date = EventDate::On(value);
        if let Some(&(until, last)) = dated.get(next) {
            if joins_range(text, mention.span, until.span)
                && last.day_numbers().1 > value.day_numbers().0
            {
                date = EventDate::Between(value, last);
                with.push(until);
                next += 1;
            }
        }
        let (start, end) = date.day_numbers();
        let draft = by_date
            .entry((start, Reverse(end), date.to_string()))
            .or_insert_with(|| Draft {
                date,
                mentions: Vec::new(),
                sentences: Vec::new(),
            });
        draft.mentions.extend(with);
        // Mentions come in text order, so a repeated sentence can only be the last one.
        if draft.sentences.last() != Some(&sentence) {
            draft.sentences.push(sentence);
        }
    }
    let mut drafts: Vec<Draft> = by_date.into_values().collect();
    attach_references(text, sentences, &mut drafts);

    let mut used_ids: HashSet<String> = HashSet::new();
    drafts
        .into_iter()
        .map(|mut draft| {
            draft.sentences.sort_unstable();
            // A draft is made for a mention found in a sentence, so it has a first mention,
            // that mention has a sentence, and every sentence index is one of `sentences`.
            let first = draft.mentions[0];
            let sentence = sentences[sentence_of(&first.span).unwrap_or(0)];
            let title = title(text, sentence, first.span);
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
                derivation: derivation(text, &draft.mentions, &draft.date),
                evidence: draft.sentences.iter().map(|&i| sentences[i]).collect(),
                mentions: draft.mentions.iter().map(|m| m.mention()).collect(),
                origin: Origin::Extracted,
            }
        })
        .collect()
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

/// Adds to an event the undated sentences that refer back to it: "Following the summit, ..."
/// joins the event of the last dated sentence, before it, that named a summit.
fn attach_references(text: &str, sentences: &[Span], events: &mut [Draft]) {
    // Events hold indices into `sentences`, and `p` below is an `s` of an earlier sentence:
    // every `events_of` index is in range; `words` are indexed below their length.
    let mut events_of: Vec<Vec<usize>> = vec![Vec::new(); sentences.len()];
    for (e, event) in events.iter().enumerate() {
        for &s in &event.sentences {
            events_of[s].push(e);
        }
    }
    // The last dated sentence that named each happening, read front to back.
    let mut last_named: HashMap<&'static str, usize> = HashMap::new();
    for (s, span) in sentences.iter().enumerate() {
        let words: Vec<&str> = span
            .of(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        if !events_of[s].is_empty() {
            for noun in words.iter().filter_map(|w| happening(w)) {
                last_named.insert(noun, s);
            }
            continue;
        }
        // "the summit", "the joint press conference": a definite happening, up to two words
        // after "the"; "the new treaty" or "the next summit" name another one.
        let antecedent = (0..words.len())
            .filter(|&i| words[i].eq_ignore_ascii_case("the"))
            .filter_map(|i| {
                let noun =
                    (i + 1..(i + 4).min(words.len())).find(|&j| happening(words[j]).is_some())?;
                let other = words[i + 1..noun]
                    .iter()
                    .any(|w| NOT_THE_SAME.iter().any(|n| n.eq_ignore_ascii_case(w)));
                if other {
                    return None;
                }
                happening(words[noun]).and_then(|noun| last_named.get(noun).copied())
            })
            .max();
        if let Some(p) = antecedent {
            if let [only] = events_of[p][..] {
                events[only].sentences.push(s);
            }
        }
    }
}

/// Up to ten words of the mention's clause that lead to and include it, starting at a word
/// that names a happening where there is one: "summit with Kim following the first in April 2019".
fn title(text: &str, sentence: Span, mention: Span) -> String {
    let body = sentence.of(text);
    let end = (mention.end.saturating_sub(sentence.start)).min(body.len());
    let at = mention.start.saturating_sub(sentence.start).min(end);
    let breaks = |c: char| matches!(c, ',' | ';' | ':' | '"' | '“' | '”' | '—' | '(' | ')');
    // The mention and the sentence start on char boundaries of `text`, so `at` and `end`
    // are boundaries of `body`, and `start` only moves, within `lead`, to the start of a char.
    let lead = tail(&body[..at], TITLE_LOOKBACK);
    let mut start = at - lead.len();
    if let Some(i) = lead.rfind(breaks) {
        start += i + lead[i..].chars().next().map_or(1, char::len_utf8);
    } else if start > 0 {
        // The clause goes on before the window: start at its first whole word.
        start += lead.find(char::is_whitespace).unwrap_or(lead.len());
    }
    let words: Vec<&str> = body[start..end].split_whitespace().collect();
    let mut from = words.len().saturating_sub(10);
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    if let Some(noun) = (from..words.len()).find(|&i| happening(&bare(words[i])).is_some()) {
        from = noun;
    } else if let Some(article) =
        (from..words.len()).find(|&i| matches!(bare(words[i]).as_str(), "the" | "a" | "an"))
    {
        from = article;
    }
    // `from` is at most `words.len()`: the subtraction and the slice hold.
    let mut words: Vec<&str> = if words.len() - from < 2 {
        head(body, TITLE_LOOKBACK)
            .split_whitespace()
            .take(10)
            .collect()
    } else {
        words[from..].to_vec()
    };
    // A clause may open with a conjunction; a title does not.
    if words.len() > 2
        && matches!(
            bare(words[0]).as_str(),
            "and" | "but" | "or" | "so" | "while"
        )
    {
        words.remove(0);
    }
    let title = words
        .join(" ")
        .trim_end_matches(|c: char| matches!(c, '.' | '!' | '?' | ',') || c.is_whitespace())
        .to_string();
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => title,
    }
}

/// How the date follows from the words, for the reader.
fn derivation(text: &str, mentions: &[&Expression], value: &EventDate) -> String {
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
    fn titles_are_the_words_that_lead_to_the_date() {
        let title = |text: &str| crate::extract::extract(text, None).events[0].title.clone();
        assert_eq!(
            title("The mayor spoke, and the bridge opened in March 2019 after years of work."),
            "The bridge opened in March 2019"
        );
        assert_eq!(
            title("And Kim arrived in March 2019."),
            "Kim arrived in March 2019"
        );
    }

    #[test]
    fn a_title_stays_short_however_long_its_sentence() {
        // Without spaces a sentence is one word: its title is the start of it, not all of it.
        let text = "abc2024-01-05xyz".repeat(1000);
        let events = crate::extract::extract(&text, None).events;
        assert_eq!(events.len(), 1);
        assert!(events[0].title.starts_with("Abc2024-01-05xyz"));
        assert!(
            events[0].title.len() <= TITLE_LOOKBACK,
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
