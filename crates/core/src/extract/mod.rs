//! The extractor: an article's text to its sentences, temporal expressions and dated events.
//!
//! [`extract`] runs the whole pipeline: the date line ([`dateline`]), the temporal expressions
//! (`timex`: rules that read what the words say, a `meaning::Timex`), anchored by the one
//! resolver (`resolve`) into a [`TimexValue`](crate::time::TimexValue), and the events they date (`events`). The
//! English words live in the crate's lexicon. It is pure Rust and linear in the text: the
//! same code runs natively and in the browser.

mod clauses;
pub mod dateline;
mod events;
mod grammar;
mod meaning;
mod resolve;
mod timex;
mod tokens;
pub mod typed;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::doc::{Document, Event, Mention, Proposal, Timeline};
use crate::text::{head, paragraphs, sentences_in, Span};
use crate::TimeValue;

/// What the extractor found in one article, with spans in UTF-8 byte offsets.
///
/// It serializes (serde) so that a web worker can hand it to the page: without the text,
/// which the page has, it is a fraction of the timeline file, and needs no re-anchoring.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    /// The document creation time: the caller's, or the article's own date line.
    #[serde(with = "day")]
    pub dateline: Option<NaiveDate>,
    /// The sentences of the text, in text order.
    pub sentences: Vec<Span>,
    /// Every temporal expression, in text order.
    pub mentions: Vec<Mention>,
    /// The events the mentions date, in date order, each with its evidence: the sentences that
    /// tell it, or of a sentence that dates several happenings, the part that tells this one.
    pub events: Vec<Event>,
}

/// What the extractor found, as the model takes a reading of a text for an edit.
impl From<Extraction> for Proposal {
    fn from(found: Extraction) -> Proposal {
        Proposal {
            mentions: found.mentions,
            events: found.events,
        }
    }
}

/// A day as a TimeML value (`2024-06-19`), read by [`TimeValue`]: chrono's general date
/// parser would add its weight to the page for one field.
mod day {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use crate::TimeValue;

    pub fn serialize<S: Serializer>(day: &Option<NaiveDate>, to: S) -> Result<S::Ok, S::Error> {
        day.map(TimeValue::Day).serialize(to)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<TimeValue>::deserialize(from)?.and_then(|v| v.date()))
    }
}

/// Extracts the timeline of `text`, read against `dateline` where the reader gives one, else
/// against the article's own date line: one rule for the command line, the worker and the page.
///
/// # Example
/// ```
/// use sourceline_core::extract::extract;
/// let found = extract("Talks end\n\nMarch 22, 2013\n\nThe talks ended on Thursday after two days.", None);
/// assert_eq!(found.dateline.map(|d| d.to_string()).as_deref(), Some("2013-03-22"));
/// let values: Vec<String> = found.mentions.iter().map(|m| m.value.to_string()).collect();
/// assert_eq!(values, ["2013-03-22", "2013-03-21", "P2D"]);
/// assert_eq!(found.events.len(), 1, "the date line is not an event");
/// ```
pub fn extract(text: &str, dateline: Option<NaiveDate>) -> Extraction {
    extract_reporting(text, dateline, &mut |_| {})
}

/// Like [`extract`], telling `progress` now and then how much of the work is done, from 0.0
/// to 1.0, so that a page can show the progress of a long article.
pub fn extract_reporting(
    text: &str,
    dateline: Option<NaiveDate>,
    progress: &mut dyn FnMut(f64),
) -> Extraction {
    // Shares of the work, as measured on news text: most of it is reading the dates.
    const SENTENCES: f64 = 0.15;
    const DATES: f64 = 0.8;
    progress(0.0);
    let paragraphs = paragraphs(text);
    let sentences = sentences_in(text, &paragraphs);
    progress(SENTENCES);
    // The order the text writes its dates in, for its date line and for all of its dates.
    let day_first = timex::writes_day_first(text);
    let own = dateline::find_in_order(text, day_first);
    let dateline = dateline.or(own.map(|(date, _)| date));
    let length = text.len().max(1) as f64;
    let mut events = events::Builder::new(text, &sentences, dateline, own.map(|(_, span)| span));
    let found = timex::find_reporting(
        text,
        &paragraphs,
        &sentences,
        dateline,
        day_first,
        &mut |reached| progress(SENTENCES + DATES * reached as f64 / length),
        &mut |sentence| events.sentence(sentence),
    );
    progress(SENTENCES + DATES);
    let events = events.finish(&sentences, &found);
    progress(1.0);
    Extraction {
        dateline,
        sentences,
        mentions: found.iter().map(timex::Expression::mention).collect(),
        events,
    }
}

/// The timeline of an article nobody curated: its first paragraph as title, the events found,
/// read against `published` where the reader gives it, else against its own date line.
///
/// # Example
/// ```
/// use sourceline_core::extract::timeline;
/// let timeline = timeline("Bridge reopens\n\nMarch 22, 2013\n\nIt closed in February 2011.", None);
/// assert_eq!(timeline.document.title, "Bridge reopens");
/// assert_eq!(timeline.events[0].date.to_string(), "2011-02");
/// ```
pub fn timeline(text: &str, published: Option<NaiveDate>) -> Timeline {
    timeline_reporting(text, published, &mut |_| {})
}

/// Like [`timeline`], telling `progress` how much of the work is done, as [`extract_reporting`].
pub fn timeline_reporting(
    text: &str,
    published: Option<NaiveDate>,
    progress: &mut dyn FnMut(f64),
) -> Timeline {
    let found = extract_reporting(text, published, progress);
    timeline_of(text.to_string(), found)
}

/// How far into the text its first paragraph, the title, is looked for, in bytes.
const OPENING: usize = 8 * 1024;

/// The timeline of an article from what the extractor found in it: its first paragraph as
/// title, and the events found.
pub fn timeline_of(text: String, found: Extraction) -> Timeline {
    // The first paragraph is near the top: no need to find all of them.
    let opening = head(&text, OPENING);
    let title = paragraphs(opening).first().map_or("", |p| p.of(opening));
    let title: String = title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(160)
        .collect();
    let document = Document {
        title,
        source: None,
        dateline: found.dateline.map(TimeValue::Day),
        lang: None,
        text,
        sentences: found.sentences,
        mentions: found.mentions,
    };
    Timeline::new(document, found.events)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_rises_from_nothing_to_all_of_the_work() {
        let text = "Floods\n\nMarch 22, 2013\n\n".to_string()
            + &"The river rose on Monday and fell on Friday. ".repeat(3000);
        let mut seen = Vec::new();
        let timeline = timeline_reporting(&text, None, &mut |share| seen.push(share));
        assert_eq!(seen.first(), Some(&0.0));
        assert_eq!(seen.last(), Some(&1.0));
        assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
        assert!(seen.len() > 5, "a long text reports as it goes: {seen:?}");
        assert_eq!(
            timeline.document.mentions.len(),
            1 + 6000,
            "the date line, then two a sentence"
        );
    }
}
