//! The article and its events: [`Document`], [`Event`], [`Timeline`].
//!
//! Inside Rust every [`Span`] is in UTF-8 byte offsets. The JSON format ([`format`]) stores
//! offsets in Unicode scalar values beside the quoted text, so that a reader in any language
//! can re-anchor a quote, and a quote whose offsets drifted is found again by its words.

mod format;

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text::{sentences, Span};
use crate::{Error, TimeValue};

/// An article: its title, dateline (document creation time), text and sentences.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub title: String,
    /// Who published it, when the article says.
    pub source: Option<String>,
    /// When it was written; relative dates ("last September") resolve against it.
    pub dateline: Option<TimeValue>,
    pub text: String,
    /// Sentence spans in text order; `data-sentence` in the page is an index into these.
    pub sentences: Vec<Span>,
}

impl Document {
    /// A document whose sentences are found in `text`.
    pub fn new(
        title: impl Into<String>,
        text: impl Into<String>,
        dateline: Option<TimeValue>,
    ) -> Self {
        let text = text.into();
        let sentences = sentences(&text);
        Document {
            title: title.into(),
            source: None,
            dateline,
            text,
            sentences,
        }
    }

    /// The indices of the sentences a span overlaps.
    pub fn sentences_of(&self, span: &Span) -> impl Iterator<Item = usize> + '_ {
        let span = *span;
        self.sentences
            .iter()
            .enumerate()
            .filter(move |(_, s)| s.overlaps(&span))
            .map(|(i, _)| i)
    }
}

/// The TimeML type of a temporal expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum TimexType {
    Date,
    Time,
    Duration,
    Set,
}

/// How a mention's value was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// The words state it in full: "July 2000".
    Stated,
    /// Relative to the dateline: "last September".
    Dateline,
    /// Relative to an earlier mention: "two days later".
    EarlierMention,
}

impl Resolution {
    pub fn describe(&self) -> &'static str {
        match self {
            Resolution::Stated => "stated in full",
            Resolution::Dateline => "relative to the dateline",
            Resolution::EarlierMention => "relative to an earlier date in the article",
        }
    }
}

/// A temporal expression in the text and what it means.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub span: Span,
    pub kind: TimexType,
    /// The TimeML value: `1961`, `2023-09`, `P3D`, `PRESENT_REF`...
    pub value: String,
    /// The TimeML `mod`: EARLY, MID, LATE, BEFORE, AFTER...
    pub modifier: Option<String>,
    pub resolution: Resolution,
}

/// When an event happened: one value, or a range between two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventDate {
    On(TimeValue),
    Between(TimeValue, TimeValue),
}

impl EventDate {
    /// First day and the day after the last, the axis's unit.
    pub fn days(&self) -> (chrono::NaiveDate, chrono::NaiveDate) {
        match self {
            EventDate::On(v) => v.days(),
            EventDate::Between(a, b) => (a.days().0, b.days().1),
        }
    }

    /// The date as a reader would say it: "July 2000", "2019 to 2021".
    pub fn label(&self) -> String {
        match self {
            EventDate::On(v) => v.label(),
            EventDate::Between(a, b) => format!("{} to {}", a.label(), b.label()),
        }
    }
}

/// TimeML value syntax; a range is two values joined by `/` as in ISO 8601 (`2019/2021`).
impl fmt::Display for EventDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EventDate::On(v) => write!(f, "{v}"),
            EventDate::Between(a, b) => write!(f, "{a}/{b}"),
        }
    }
}

impl FromStr for EventDate {
    type Err = Error;

    fn from_str(text: &str) -> Result<Self, Error> {
        match text.split_once('/') {
            Some((a, b)) => {
                let (a, b): (TimeValue, TimeValue) = (a.parse()?, b.parse()?);
                if b.days().1 <= a.days().0 {
                    return Err(Error::BadDate(text.to_string()));
                }
                Ok(EventDate::Between(a, b))
            }
            None => Ok(EventDate::On(text.parse()?)),
        }
    }
}

impl Serialize for EventDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for EventDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// Whether a person chose an event or the extractor proposed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    Curated,
    Extracted,
}

/// Something that happened, dated by the article's words, with the sentences that state it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// A slug, unique in its timeline; `#event=<id>` selects it.
    pub id: String,
    pub title: String,
    pub date: EventDate,
    /// How the date follows from the text, in words.
    pub derivation: String,
    /// The passages that state the event, in text order.
    pub evidence: Vec<Span>,
    /// The temporal expressions that date it.
    pub mentions: Vec<Mention>,
    pub origin: Origin,
}

/// An article and its events in date order: what the JSON format stores.
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub document: Document,
    pub events: Vec<Event>,
}

impl Timeline {
    /// A timeline whose events are put in date order (earlier and longer first).
    pub fn new(document: Document, mut events: Vec<Event>) -> Self {
        events.sort_by_key(|e| {
            let (start, end) = e.date.days();
            (start, std::cmp::Reverse(end))
        });
        Timeline { document, events }
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    /// The events whose evidence includes sentence `index`, in date order.
    pub fn events_of_sentence(&self, index: usize) -> Vec<&Event> {
        let Some(sentence) = self.document.sentences.get(index) else {
            return Vec::new();
        };
        self.events
            .iter()
            .filter(|e| e.evidence.iter().any(|s| s.overlaps(sentence)))
            .collect()
    }
}
