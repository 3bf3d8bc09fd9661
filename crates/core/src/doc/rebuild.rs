//! Building an article again after its text changed, keeping what a person made of its
//! timeline: each curated event (renamed, dated by hand, merged, given or relieved of passages,
//! added) and each proposal deleted is found again in the new text by its quoted words.
//!
//! The two texts are matched a sentence at a time: a sentence unchanged is found by its words
//! (the nearest copy, in order); one that changed (a typo fixed) is the new sentence between
//! the same neighbours that shares most of its words. Passages and dates follow their sentences.

use std::collections::{HashMap, HashSet};

use super::{nearest, unused_id, Document, Event, Origin, Timeline};
use crate::text::Span;

/// What a new build of an article kept of the curation of its earlier timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Carried {
    /// The new timeline, with the curation carried onto it.
    pub timeline: Timeline,
    /// Curated events kept, each with its title, date and the passages still in the text.
    pub events: usize,
    /// Proposals a person had deleted that stay deleted.
    pub deletions: usize,
    /// What could not be kept, a sentence each, for the reader.
    pub lost: Vec<String>,
}

/// Of two sentences that differ, the share of words they must have in common to be one
/// sentence edited (Dice's coefficient of their words).
const SAME_SENTENCE: f64 = 0.5;
/// How much of a passage is quoted where it could not be kept.
const QUOTED_WORDS: usize = 10;

impl Timeline {
    /// Whether `document` is a version of this timeline's article: at least half of the
    /// article's sentences are in it, word for word.
    pub fn is_version_of(&self, document: &Document) -> bool {
        let old = &self.document;
        let new: HashSet<&str> = document
            .sentences
            .iter()
            .map(|s| s.of(&document.text))
            .collect();
        let kept = old
            .sentences
            .iter()
            .filter(|s| new.contains(s.of(&old.text)))
            .count();
        !old.sentences.is_empty() && 2 * kept >= old.sentences.len()
    }

    /// `fresh`, the extractor's timeline of a new version of this article, with this
    /// timeline's curation carried over: its curated events in place of the proposals they
    /// hold, its deletions kept, and the ids of its other events kept for their proposals.
    pub fn carried_onto(&self, fresh: Timeline) -> Carried {
        let (old, new) = (&*self.document, &*fresh.document);
        let sentences = SentenceMap::new(old, new);
        let mention = |span: Span| sentences.mention(old, new, span);
        // Where the dates of the old text are in the new one, and what each dated.
        let mut held: Vec<(Span, Held)> = Vec::new();
        for event in &self.events {
            let hold = match event.origin {
                Origin::Curated => Held::Curated,
                Origin::Extracted => Held::Proposal(&event.id),
            };
            held.extend(
                event
                    .mentions
                    .iter()
                    .filter_map(|m| Some((mention(m.span)?, hold))),
            );
        }
        crate::sort::stable_by(&mut held, |a, b| a.0.cmp(&b.0));
        // A date of the old text that dated no event: its proposal had been deleted.
        let dated = held.clone();
        held.extend(
            old.mentions
                .iter()
                .filter_map(|m| mention(m.span))
                .filter(|at| holder(&dated, *at).is_none())
                .map(|at| (at, Held::Deleted)),
        );
        crate::sort::stable_by(&mut held, |a, b| a.0.cmp(&b.0));

        let mut lost = Vec::new();
        let mut events: Vec<Event> = Vec::new();
        for event in self.events.iter().filter(|e| e.origin == Origin::Curated) {
            let mut evidence = Vec::new();
            for passage in &event.evidence {
                match sentences.passage(old, new, *passage) {
                    Some(at) => evidence.push(at),
                    None => lost.push(format!(
                        "a passage of \"{}\" (\"{}\") is no longer in the article",
                        event.title,
                        quoted(passage.of(&old.text))
                    )),
                }
            }
            if evidence.is_empty() {
                lost.push(format!(
                    "\"{}\" was left out: none of its passages is in the article any more",
                    event.title
                ));
                continue;
            }
            crate::sort::stable_by(&mut evidence, Ord::cmp);
            evidence.dedup();
            let mut kept = event.clone();
            kept.evidence = evidence;
            kept.mentions.retain_mut(|m| match mention(m.span) {
                Some(at) => {
                    m.span = at;
                    true
                }
                None => false,
            });
            events.push(kept);
        }
        let curated = events.len();
        let mut ids: HashSet<String> = events.iter().map(|e| e.id.clone()).collect();
        let mut deletions = 0;
        for mut proposal in fresh.events {
            // What the old timeline made of the words that date it (they may have changed:
            // "Febuary 2011" read as 2011, "February 2011" as a month).
            let holds: Vec<Option<Held>> = proposal
                .mentions
                .iter()
                .map(|m| holder(&held, m.span))
                .collect();
            if holds.contains(&Some(Held::Curated)) {
                continue;
            }
            if !holds.is_empty() && holds.iter().all(|h| *h == Some(Held::Deleted)) {
                deletions += 1;
                continue;
            }
            let stem = holds
                .iter()
                .find_map(|h| match h {
                    Some(Held::Proposal(id)) => Some(id.to_string()),
                    _ => None,
                })
                .unwrap_or_else(|| proposal.id.clone());
            proposal.id = unused_id(&stem, |id| ids.contains(id));
            ids.insert(proposal.id.clone());
            events.push(proposal);
        }
        let mut document = fresh.document;
        let doc = std::rc::Rc::make_mut(&mut document);
        doc.source = doc.source.take().or_else(|| old.source.clone());
        doc.lang = doc.lang.take().or_else(|| old.lang.clone());
        let mut timeline = Timeline { document, events };
        timeline.sort();
        Carried {
            timeline,
            events: curated,
            deletions,
            lost,
        }
    }
}

/// What the old timeline made of a date of its text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Held<'a> {
    /// It dates a curated event, which stands for every proposal of it.
    Curated,
    /// It dates the extractor's proposal with this id.
    Proposal(&'a str),
    /// It dated no event: a person deleted its proposal.
    Deleted,
}

/// What holds the date at `span` of the new text, among `held` (in text order, none inside
/// another, as an article's dates are).
fn holder<'a>(held: &[(Span, Held<'a>)], span: Span) -> Option<Held<'a>> {
    let at = held.partition_point(|(s, _)| s.end <= span.start);
    held.get(at)
        .filter(|(s, _)| s.start < span.end)
        .map(|(_, h)| *h)
}

/// The first words of a passage, for a message.
fn quoted(passage: &str) -> String {
    let words: Vec<&str> = passage.split_whitespace().collect();
    if words.len() <= QUOTED_WORDS {
        return words.join(" ");
    }
    format!("{} …", words[..QUOTED_WORDS].join(" "))
}

/// The lower-cased words of a sentence, sorted: what two versions of it are compared by.
fn words(sentence: &str) -> Vec<String> {
    let mut words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    crate::sort::stable_by(&mut words, Ord::cmp);
    words
}

/// Dice's coefficient of two sorted lists of words: twice the words they share over all.
fn likeness(a: &[String], b: &[String]) -> f64 {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => (i, j, shared) = (i + 1, j + 1, shared + 1),
        }
    }
    let all = a.len() + b.len();
    if all == 0 {
        0.0
    } else {
        2.0 * shared as f64 / all as f64
    }
}

/// Which sentence of the new text each sentence of the old one became, if any.
struct SentenceMap(Vec<Option<usize>>);

impl SentenceMap {
    fn new(old: &Document, new: &Document) -> SentenceMap {
        let mut copies: HashMap<&str, Vec<usize>> = HashMap::new();
        for (k, s) in new.sentences.iter().enumerate() {
            copies.entry(s.of(&new.text)).or_default().push(k);
        }
        // Unchanged sentences first, each the first copy after the one before it.
        let mut found = vec![None; old.sentences.len()];
        let mut after = 0;
        for (i, s) in old.sentences.iter().enumerate() {
            let Some(at) = copies.get(s.of(&old.text)) else {
                continue;
            };
            if let Some(&k) = at.iter().find(|&&k| k >= after).or(at.last()) {
                found[i] = Some(k);
                after = k + 1;
            }
        }
        // A sentence that changed is the new one between the same neighbours most like it.
        let taken: HashSet<usize> = found.iter().flatten().copied().collect();
        for i in 0..found.len() {
            if found[i].is_some() {
                continue;
            }
            let from = found[..i]
                .iter()
                .rev()
                .find_map(|k| *k)
                .map_or(0, |k| k + 1);
            let to = found[i..]
                .iter()
                .find_map(|k| *k)
                .unwrap_or(new.sentences.len());
            let was = words(old.sentences[i].of(&old.text));
            found[i] = (from..to.max(from))
                .filter(|k| !taken.contains(k))
                .map(|k| (k, likeness(&was, &words(new.sentences[k].of(&new.text)))))
                .filter(|&(_, like)| like >= SAME_SENTENCE)
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|(k, _)| k);
        }
        SentenceMap(found)
    }

    /// Where a passage of the old text is in the new one: the new sentences its sentences
    /// became, or the same words near the same place.
    fn passage(&self, old: &Document, new: &Document, passage: Span) -> Option<Span> {
        let within: Vec<usize> = old.sentences_of(&passage).collect();
        let whole = match (within.first(), within.last()) {
            (Some(&first), Some(&last)) => {
                old.sentences[first].start == passage.start
                    && old.sentences[last].end == passage.end
            }
            _ => false,
        };
        if whole {
            let mut became = within.iter().filter_map(|&i| self.0[i]);
            let first = became.next()?;
            let last = became.next_back().unwrap_or(first);
            return Some(Span::new(
                new.sentences[first].start,
                new.sentences[last].end,
            ));
        }
        nearest(&new.text, passage.of(&old.text), passage.start)
    }

    /// Where a date's words in the old text are in the new one: in the sentence theirs became.
    fn mention(&self, old: &Document, new: &Document, span: Span) -> Option<Span> {
        let i = old.sentences_of(&span).next()?;
        let sentence = new.sentences[self.0[i]?];
        let offset = span.start - old.sentences[i].start;
        nearest(sentence.of(&new.text), span.of(&old.text), offset)
            .map(|s| Span::new(s.start + sentence.start, s.end + sentence.start))
    }
}
