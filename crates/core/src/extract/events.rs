//! Grouping mentions into events: one event per date the article states, with the sentences
//! that state it, titled from its first sentence.

use std::cmp::Reverse;
use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::doc::{Event, EventDate, Mention, Origin, Resolution, TimexType};
use crate::text::Span;
use crate::TimeValue;

/// Nouns that name a happening; "the summit" in a sentence without a date refers back to the
/// last dated sentence that named a summit.
const HAPPENINGS: &[&str] = &[
    "summit",
    "meeting",
    "talks",
    "conference",
    "visit",
    "trip",
    "tour",
    "ceremony",
    "speech",
    "election",
    "vote",
    "referendum",
    "attack",
    "attacks",
    "strike",
    "bombing",
    "explosion",
    "crash",
    "earthquake",
    "storm",
    "hurricane",
    "treaty",
    "agreement",
    "deal",
    "accord",
    "war",
    "battle",
    "invasion",
    "protest",
    "protests",
    "rally",
    "trial",
    "hearing",
    "verdict",
    "ruling",
    "launch",
    "game",
    "match",
    "race",
    "tournament",
    "festival",
    "concert",
    "announcement",
    "interview",
    "session",
    "debate",
    "signing",
    "funeral",
    "wedding",
    "inauguration",
    "merger",
    "acquisition",
    "outbreak",
    "fire",
    "flood",
    "shooting",
    "arrest",
    "raid",
    "coup",
    "ceasefire",
    "talk",
    "negotiations",
    "parade",
    "reception",
    "celebration",
    "shutdown",
    "strike",
    "recall",
    "release",
    "report",
];

/// An event in the making: its date, the mentions that give it, its sentences.
struct Draft<'m> {
    value: TimeValue,
    mentions: Vec<&'m Mention>,
    sentences: Vec<usize>,
}

/// Words before a happening noun that make it a different happening from the one before.
const NOT_THE_SAME: &[&str] = &[
    "new", "next", "other", "another", "latest", "first", "second", "third", "last", "previous",
    "upcoming",
];

/// Groups the mentions that date something into events.
///
/// `excluded` is the date line's span: the article's own date is not an event.
pub fn group(
    text: &str,
    sentences: &[Span],
    mentions: &[Mention],
    excluded: Option<Span>,
) -> Vec<Event> {
    let sentence_of = |span: &Span| sentences.iter().position(|s| s.overlaps(span));
    // Keyed by period, so that drafts come out in date order, longer periods first.
    let mut by_date: BTreeMap<(NaiveDate, Reverse<NaiveDate>, String), Draft> = BTreeMap::new();
    for mention in mentions {
        let dates = matches!(mention.kind, TimexType::Date | TimexType::Time);
        if !dates || excluded.is_some_and(|e| e.overlaps(&mention.span)) {
            continue;
        }
        let date_part = mention.value.split('T').next().unwrap_or("");
        let Ok(value) = date_part.parse::<TimeValue>() else {
            continue;
        };
        let Some(sentence) = sentence_of(&mention.span) else {
            continue;
        };
        let (start, end) = value.days();
        let draft = by_date
            .entry((start, Reverse(end), value.to_string()))
            .or_insert_with(|| Draft {
                value,
                mentions: Vec::new(),
                sentences: Vec::new(),
            });
        draft.mentions.push(mention);
        if !draft.sentences.contains(&sentence) {
            draft.sentences.push(sentence);
        }
    }
    let mut drafts: Vec<Draft> = by_date.into_values().collect();
    attach_references(text, sentences, &mut drafts);

    let mut used_ids: Vec<String> = Vec::new();
    drafts
        .into_iter()
        .map(|mut draft| {
            draft.sentences.sort_unstable();
            let first = draft.mentions[0];
            let sentence = sentences[sentence_of(&first.span).unwrap_or(0)];
            let title = title(text, sentence, first.span);
            let mut id = format!(
                "{}-{}",
                slug(&title),
                draft.value.to_string().to_lowercase()
            );
            while used_ids.contains(&id) {
                id.push('x');
            }
            used_ids.push(id.clone());
            Event {
                id,
                title,
                date: EventDate::On(draft.value),
                derivation: derivation(text, &draft.mentions, &draft.value),
                evidence: draft.sentences.iter().map(|&i| sentences[i]).collect(),
                mentions: draft.mentions.into_iter().cloned().collect(),
                origin: Origin::Extracted,
            }
        })
        .collect()
}

/// Adds to an event the undated sentences that refer back to it: "Following the summit, ..."
/// joins the event of the last dated sentence, before it, that named a summit.
fn attach_references(text: &str, sentences: &[Span], events: &mut [Draft]) {
    let words = |span: &Span| -> Vec<String> {
        span.of(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    };
    let event_of_sentence = |events: &[Draft], s: usize| -> Vec<usize> {
        events
            .iter()
            .enumerate()
            .filter(|(_, e)| e.sentences.contains(&s))
            .map(|(i, _)| i)
            .collect()
    };
    let dated: Vec<bool> = (0..sentences.len())
        .map(|s| !event_of_sentence(events, s).is_empty())
        .collect();
    for (s, span) in sentences.iter().enumerate() {
        if dated[s] {
            continue;
        }
        let here = words(span);
        // "the summit", "the joint press conference": a definite happening, up to two words
        // after "the"; "the new treaty" or "the next summit" name another one.
        let referred: Vec<&str> = (0..here.len())
            .filter(|&i| here[i] == "the")
            .filter_map(|i| {
                let noun = (i + 1..(i + 4).min(here.len()))
                    .find(|&j| HAPPENINGS.contains(&here[j].as_str()))?;
                let other = here[i + 1..noun]
                    .iter()
                    .any(|w| NOT_THE_SAME.contains(&w.as_str()));
                (!other).then_some(here[noun].as_str())
            })
            .collect();
        if referred.is_empty() {
            continue;
        }
        let antecedent = (0..s).rev().filter(|&p| dated[p]).find(|&p| {
            let before = words(&sentences[p]);
            referred.iter().any(|noun| before.iter().any(|w| w == noun))
        });
        if let Some(p) = antecedent {
            if let [only] = event_of_sentence(events, p)[..] {
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
    let start = body[..at].rfind(breaks).map_or(0, |i| {
        i + body[i..].chars().next().map_or(1, char::len_utf8)
    });
    let words: Vec<&str> = body[start..end].split_whitespace().collect();
    let mut from = words.len().saturating_sub(10);
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    if let Some(noun) = (from..words.len()).find(|&i| HAPPENINGS.contains(&bare(words[i]).as_str()))
    {
        from = noun;
    } else if let Some(article) =
        (from..words.len()).find(|&i| matches!(bare(words[i]).as_str(), "the" | "a" | "an"))
    {
        from = article;
    }
    let words = if words.len() - from < 2 {
        body.split_whitespace().take(10).collect()
    } else {
        words[from..].to_vec()
    };
    let title = words
        .join(" ")
        .trim_end_matches(['.', '!', '?', ','])
        .to_string();
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => title,
    }
}

fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() > 2 && !w.bytes().all(|b| b.is_ascii_digit()))
        .take(3)
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        "event".to_string()
    } else {
        words.join("-")
    }
}

/// How the date follows from the words, for the reader.
fn derivation(text: &str, mentions: &[&Mention], value: &TimeValue) -> String {
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
