//! Sourceline's model of a news article and its chronology.
//!
//! # Quick start
//!
//! An article in, its timeline out: events that say who did what, at a date never more
//! precise than the words, each with the sentences that tell it.
//!
//! ```
//! use sourceline_core::extract::timeline;
//!
//! let article = "Ferry runs aground off Skye\n\
//!                Tuesday, May 14, 2024\n\
//!                A ferry ran aground off the Isle of Skye on Sunday. Forty passengers were rescued.\n\
//!                The ship had been inspected in March.";
//! let timeline = timeline(article, None);
//! let sunday = &timeline.events[1];
//! assert_eq!(sunday.date.to_string(), "2024-05-12");
//! assert_eq!(sunday.title, "Ferry ran aground off the Isle of Skye");
//! let told: Vec<&str> = sunday.evidence.iter().map(|s| s.of(article)).collect();
//! assert_eq!(told, ["A ferry ran aground off the Isle of Skye on Sunday.", "Forty passengers were rescued."]);
//! // The JSON format keeps the article with its events; read back, it is the same timeline.
//! let json = timeline.to_json();
//! assert_eq!(sourceline_core::Timeline::from_json(&json).unwrap(), timeline);
//! ```
//!
//! # Layout
//!
//! - [`text`]: [`Span`]s of an article's text and its [`text::sentences`]; HTML read as text
//!   ([`text::html`]).
//! - `lexicon`: the English words the sentence splitter and the extractor read.
//! - [`time`]: [`TimeValue`], a date in TimeML value syntax at the precision the text gives.
//! - [`extract`]: any article to its sentences, temporal expressions and dated events.
//! - [`sort`]: the one stable sort the page's lists share.
//! - [`doc`]: [`Document`], [`Event`] and [`Timeline`], and the JSON timeline format that
//!   stores them ([`Timeline::from_json`], [`Timeline::to_json`]).
//!
//! Everything here is plain Rust: it builds natively and for `wasm32-unknown-unknown`.
//! Lower layers never call upper ones: `text` < `time` < `doc` (the model) < `extract`.

#![deny(missing_docs)]

pub mod doc;
pub mod error;
pub mod extract;
mod lexicon;
pub mod sort;
pub mod text;
pub mod time;

pub use doc::{Document, Event, EventDate, Mention, Origin, Proposal, Resolution, Timeline};
pub use error::Error;
pub use text::Span;
pub use time::{Precision, TimeValue};
