//! Sourceline's model of a news article and its chronology.
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
