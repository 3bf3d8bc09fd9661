//! The extractor: an article's text to its sentences, temporal expressions and dated events.
//!
//! [`extract`] runs the whole pipeline: the date line ([`dateline`]), the temporal expressions
//! with their TimeML values (`timex`), and the events they date (`events`). It is pure Rust
//! and linear in the text: the same code runs natively and in the browser.

pub mod dateline;
mod events;
mod timex;
mod tokens;

use chrono::NaiveDate;

use crate::doc::{Document, Event, Mention, Timeline};
use crate::text::{paragraphs, sentences, Span};
use crate::TimeValue;

/// What the extractor found in one article.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    /// The document creation time: the caller's, or the article's own date line.
    pub dateline: Option<NaiveDate>,
    pub sentences: Vec<Span>,
    /// Every temporal expression, in text order.
    pub mentions: Vec<Mention>,
    /// The events the mentions date, in date order, each with its evidence sentences.
    pub events: Vec<Event>,
}

/// Extracts the timeline of `text`; `dateline` overrides the date line found in the text.
///
/// # Example
/// ```
/// use sourceline_core::extract::extract;
/// let found = extract("Talks end\n\nMarch 22, 2013\n\nThe talks ended on Thursday after two days.", None);
/// assert_eq!(found.dateline.map(|d| d.to_string()).as_deref(), Some("2013-03-22"));
/// let values: Vec<&str> = found.mentions.iter().map(|m| m.value.as_str()).collect();
/// assert_eq!(values, ["2013-03-22", "2013-03-21", "P2D"]);
/// assert_eq!(found.events.len(), 1, "the date line is not an event");
/// ```
pub fn extract(text: &str, dateline: Option<NaiveDate>) -> Extraction {
    let sentences = sentences(text);
    let own = dateline::find(text);
    let dateline = dateline.or(own.map(|(date, _)| date));
    let mentions = timex::find(text, &sentences, dateline);
    let events = events::group(text, &sentences, &mentions, own.map(|(_, span)| span));
    Extraction {
        dateline,
        sentences,
        mentions,
        events,
    }
}

/// The timeline of an article nobody curated: its first paragraph as title, its own date line
/// (or, where it has none, `published`), and the extracted events.
///
/// # Example
/// ```
/// use sourceline_core::extract::timeline;
/// let timeline = timeline("Bridge reopens\n\nMarch 22, 2013\n\nIt closed in February 2011.", None);
/// assert_eq!(timeline.document.title, "Bridge reopens");
/// assert_eq!(timeline.events[0].date.to_string(), "2011-02");
/// ```
pub fn timeline(text: &str, published: Option<NaiveDate>) -> Timeline {
    let found = extract(
        text,
        dateline::find(text).map(|(date, _)| date).or(published),
    );
    let title = paragraphs(text)
        .first()
        .map(|p| p.of(text))
        .unwrap_or_default();
    let title: String = title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(160)
        .collect();
    let mut document = Document::new(title, text, found.dateline.map(TimeValue::Day));
    document.sentences = found.sentences;
    Timeline::new(document, found.events)
}
