//! The JSON timeline format, version 1.
//!
//! ```json
//! {
//!   "format": "sourceline-timeline", "version": 1,
//!   "document": {"title": "...", "source": "...", "dateline": "2024-06-19T09:20", "lang": "en",
//!                "text": "..."},
//!   "events": [{
//!     "id": "summit-2019", "title": "First Putin-Kim summit", "date": "2019-04",
//!     "origin": "curated", "derivation": "stated in full: \"April 2019\"",
//!     "evidence": [{"start": 3970, "end": 4084, "quote": "It was Putin's third summit ..."}],
//!     "mentions": [{"start": 4032, "end": 4042, "text": "April 2019", "type": "DATE",
//!                   "value": "2019-04", "resolution": "stated"}]
//!   }]
//! }
//! ```
//! Offsets count Unicode scalar values (a JavaScript reader must count code points, not
//! UTF-16 units). Offsets are a hint: a quote is found by its words when they do not match.

mod parts;

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::{
    is_language_tag, is_slug, Document, Event, EventDate, Mention, Origin, Resolution, Timeline,
    TimexType,
};
use crate::text::{CharIndex, Span};
use crate::time::{Modifier, TimexValue};
use crate::{sort, Error, TimeValue};

pub use parts::PartReader;

const FORMAT: &str = "sourceline-timeline";
const VERSION: u32 = 1;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: String,
    version: u32,
    document: DocumentJson,
    events: Vec<EventJson>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentJson {
    title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    source: Option<String>,
    dateline: Option<TimeValue>,
    /// Optional: files written before it was part of the format open as they did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<String>,
    text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    mentions: Vec<MentionJson>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct EventJson {
    id: String,
    title: String,
    date: EventDate,
    origin: Origin,
    #[serde(default)]
    derivation: String,
    evidence: Vec<Quote>,
    #[serde(default)]
    mentions: Vec<MentionJson>,
}

/// A passage of the text: where it is, and what it says.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Quote {
    #[serde(default)]
    start: Option<usize>,
    #[serde(default)]
    end: Option<usize>,
    quote: String,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MentionJson {
    #[serde(default)]
    start: Option<usize>,
    #[serde(default)]
    end: Option<usize>,
    text: String,
    #[serde(rename = "type")]
    kind: TimexType,
    value: String,
    #[serde(default, rename = "mod", skip_serializing_if = "Option::is_none")]
    modifier: Option<String>,
    resolution: Resolution,
}

impl Timeline {
    /// Reads a timeline from the JSON format.
    ///
    /// # Errors
    /// [`Error::NotText`] when the file is empty or not text; [`Error::BadFormat`] when the
    /// text is not JSON of this format (with the line and column of the problem);
    /// [`Error::BadTimeline`] when an event's id is empty, not a slug or
    /// repeated, or when a quote is not found in the article's text.
    ///
    /// # Example
    /// ```
    /// use sourceline_core::Timeline;
    /// let json = r#"{"format": "sourceline-timeline", "version": 1,
    ///   "document": {"title": "T", "dateline": null, "text": "Signed in 1961. Renewed."},
    ///   "events": [{"id": "treaty", "title": "Treaty", "date": "1961", "origin": "curated",
    ///     "evidence": [{"quote": "Signed in 1961."}]}]}"#;
    /// let timeline = Timeline::from_json(json).unwrap();
    /// assert_eq!(timeline.events[0].evidence[0].of(&timeline.document.text), "Signed in 1961.");
    /// let problem = Timeline::from_json("{}").unwrap_err().to_string();
    /// assert!(problem.contains("\"format\" is missing (line 1, column 2)"), "{problem}");
    /// ```
    pub fn from_json(json: &str) -> Result<Timeline, Error> {
        super::check_text(json)?;
        let file: File = serde_json::from_str(json).map_err(|e| json_problem(json, &e))?;
        check_kind(&file.format, file.version)?;
        let document = file.document.into_document()?;
        let index = CharIndex::new(&document.text);
        // A set, not a search of the events read so far: a file may hold 100,000 events.
        let mut ids: HashSet<String> = HashSet::with_capacity(file.events.len());
        let events = file
            .events
            .into_iter()
            .map(|event| event.into_event(&document.text, &index, &mut ids))
            .collect::<Result<Vec<Event>, Error>>()?;
        Ok(Timeline::new(document, events))
    }

    /// Writes the timeline in the JSON format, pretty-printed.
    pub fn to_json(&self) -> String {
        let text = &self.document.text;
        let index = CharIndex::new(text);
        let chars = |byte| index.char_offset(byte);
        let mention_json = |m: &Mention| MentionJson {
            start: chars(m.span.start),
            end: chars(m.span.end),
            text: m.span.of(text).to_string(),
            kind: m.kind(),
            value: m.value.to_string(),
            modifier: m.modifier.map(|m| m.to_string()),
            resolution: m.resolution,
        };
        let file = File {
            format: FORMAT.to_string(),
            version: VERSION,
            document: DocumentJson {
                title: self.document.title.clone(),
                source: self.document.source.clone(),
                dateline: self.document.dateline,
                lang: self.document.lang.clone(),
                text: text.clone(),
                mentions: self.document.mentions.iter().map(&mention_json).collect(),
            },
            events: self
                .events
                .iter()
                .map(|e| EventJson {
                    id: e.id.clone(),
                    title: e.title.clone(),
                    date: e.date,
                    origin: e.origin,
                    derivation: e.derivation.clone(),
                    evidence: e
                        .evidence
                        .iter()
                        .map(|s| Quote {
                            start: chars(s.start),
                            end: chars(s.end),
                            quote: s.of(text).to_string(),
                        })
                        .collect(),
                    mentions: e.mentions.iter().map(&mention_json).collect(),
                })
                .collect(),
        };
        // Serializing fails only for a map with keys that are not strings, or a Serialize
        // impl that errs: `File` has neither. No `expect`: its message would bring the
        // error's Debug text into the page's wasm.
        let json = serde_json::to_string_pretty(&file).unwrap_or_default();
        super::escape_controls(json)
    }
}

/// Checks a file's `format` and `version`.
///
/// # Errors
/// [`Error::BadFormat`] when it is another format or another version of this one.
pub(super) fn check_kind(format: &str, version: u32) -> Result<(), Error> {
    if format != FORMAT {
        return Err(Error::BadFormat(format!(
            "\"format\" is \"{format}\", expected \"{FORMAT}\""
        )));
    }
    if version != VERSION {
        return Err(Error::BadFormat(format!(
            "version {version} is not supported; this Sourceline reads version {VERSION}"
        )));
    }
    Ok(())
}

impl DocumentJson {
    /// The document without its mentions, and its mentions as the file has them.
    ///
    /// # Errors
    /// [`Error::BadFormat`] for a `lang` that is no language tag.
    pub(super) fn into_parts(self) -> Result<(Document, Vec<MentionJson>), Error> {
        let mut document = Document::new(self.title, self.text, self.dateline);
        document.source = self.source;
        if let Some(lang) = self.lang.as_deref().filter(|l| !is_language_tag(l)) {
            return Err(Error::BadFormat(format!(
                "\"lang\" is \"{lang}\", which is not a language tag such as \"en\" or \"pt-BR\""
            )));
        }
        document.lang = self.lang;
        Ok((document, self.mentions))
    }

    /// The document, its mentions found in its text.
    ///
    /// # Errors
    /// [`Error::BadFormat`] for a `lang` that is no language tag; [`Error::BadTimeline`] for
    /// a mention whose words are not in the text.
    pub(super) fn into_document(self) -> Result<Document, Error> {
        let (mut document, mentions) = self.into_parts()?;
        let index = CharIndex::new(&document.text);
        let mentions = mentions
            .iter()
            .map(|m| m.read(&document.text, &index))
            .collect::<Result<Vec<Mention>, Error>>()?;
        document.mentions = underlines(mentions);
        Ok(document)
    }
}

/// A document's mentions as the page underlines them, in one pass: in text order, none inside
/// another.
pub(super) fn underlines(mut mentions: Vec<Mention>) -> Vec<Mention> {
    sort::stable_by(&mut mentions, |a, b| a.span.cmp(&b.span));
    let mut last_end = 0;
    mentions.retain(|m| {
        let apart = m.span.start >= last_end;
        if apart {
            last_end = m.span.end;
        }
        apart
    });
    mentions
}

impl EventJson {
    /// The event, its evidence and mentions found in `text`; its id must not be in `ids`,
    /// which then holds it.
    ///
    /// # Errors
    /// [`Error::BadTimeline`] when the id is not a slug or is taken, or a quote is not in the
    /// text.
    pub(super) fn into_event(
        self,
        text: &str,
        index: &CharIndex<'_>,
        ids: &mut HashSet<String>,
    ) -> Result<Event, Error> {
        check_id(&self.id, ids)?;
        let anchor = |start, end, quote: &str| {
            anchor(text, index, start, end, quote).ok_or_else(|| {
                Error::BadTimeline(format!(
                    "event '{}' quotes \"{quote}\", which is not in the article",
                    self.id
                ))
            })
        };
        let mut evidence = self
            .evidence
            .iter()
            .map(|q| anchor(q.start, q.end, &q.quote))
            .collect::<Result<Vec<Span>, Error>>()?;
        sort::stable_by(&mut evidence, Ord::cmp);
        let mentions = self
            .mentions
            .iter()
            .map(|m| m.to_mention(anchor(m.start, m.end, &m.text)?))
            .collect::<Result<Vec<Mention>, Error>>()?;
        Ok(Event {
            id: self.id,
            title: self.title,
            date: self.date,
            derivation: self.derivation,
            evidence,
            mentions,
            origin: self.origin,
        })
    }
}

impl MentionJson {
    /// The mention of a document's `text`, found in it.
    ///
    /// # Errors
    /// [`Error::BadTimeline`] when its words are not in the text; [`Error::BadFormat`] for a
    /// value or mod that is not TimeML's.
    pub(super) fn read(&self, text: &str, index: &CharIndex<'_>) -> Result<Mention, Error> {
        let span = anchor(text, index, self.start, self.end, &self.text).ok_or_else(|| {
            Error::BadTimeline(format!("the article has no \"{}\" to underline", self.text))
        })?;
        self.to_mention(span)
    }

    fn to_mention(&self, span: Span) -> Result<Mention, Error> {
        let (value, modifier) = typed(self.kind, &self.value, self.modifier.as_deref())
            .map_err(|why| Error::BadFormat(format!("the mention \"{}\" {why}", self.text)))?;
        Ok(Mention {
            span,
            value,
            modifier,
            resolution: self.resolution,
        })
    }
}

/// A mention's TimeML `value` and `mod` as typed values, or what is wrong with them.
fn typed(
    kind: TimexType,
    value: &str,
    modifier: Option<&str>,
) -> Result<(TimexValue, Option<Modifier>), String> {
    let value = TimexValue::from_timeml(kind, value).ok_or_else(|| {
        format!("has the value \"{value}\", which is not a TimeML value of its type, {kind:?}")
    })?;
    let modifier = match modifier {
        Some(code) => Some(
            Modifier::from_timeml(code)
                .ok_or_else(|| format!("has the mod \"{code}\", which is not a TimeML mod"))?,
        ),
        None => None,
    };
    Ok((value, modifier))
}

/// A [`Mention`] as serde writes it, for a worker's messages: its value and modifier as
/// TimeML strings, read back with its type.
#[derive(Serialize, Deserialize)]
pub(super) struct MentionWire {
    span: Span,
    kind: TimexType,
    value: String,
    modifier: Option<String>,
    resolution: Resolution,
}

impl From<Mention> for MentionWire {
    fn from(mention: Mention) -> MentionWire {
        MentionWire {
            span: mention.span,
            kind: mention.kind(),
            value: mention.value.to_string(),
            modifier: mention.modifier.map(|m| m.to_string()),
            resolution: mention.resolution,
        }
    }
}

impl TryFrom<MentionWire> for Mention {
    type Error = String;

    fn try_from(wire: MentionWire) -> Result<Mention, String> {
        let (value, modifier) = typed(wire.kind, &wire.value, wire.modifier.as_deref())?;
        Ok(Mention {
            span: wire.span,
            value,
            modifier,
            resolution: wire.resolution,
        })
    }
}

fn check_id(id: &str, earlier: &mut HashSet<String>) -> Result<(), Error> {
    if !is_slug(id) {
        return Err(Error::BadTimeline(format!(
            "event id \"{id}\" must be letters, digits, '-', '_' or '.', and not empty"
        )));
    }
    if !earlier.insert(id.to_string()) {
        return Err(Error::BadTimeline(format!(
            "two events have the id \"{id}\""
        )));
    }
    Ok(())
}

/// Says what is wrong with a file serde could not read, and where, in the reader's words.
fn json_problem(json: &str, e: &serde_json::Error) -> Error {
    let (line, column) = (e.line(), e.column());
    let message = e.to_string();
    let what = message
        .strip_suffix(&format!(" at line {line} column {column}"))
        .unwrap_or(&message);
    let what = if e.is_syntax() || e.is_eof() {
        format!("it is not valid JSON: {what}")
    } else if json.trim_start().starts_with('[') {
        // serde reads a struct from a list too, by position: its complaint would be a field's.
        "it holds a list ([...]) where a timeline object ({...}) belongs".to_string()
    } else if let Some(field) = what.strip_prefix("missing field `") {
        format!("\"{}\" is missing", field.trim_end_matches('`'))
    } else {
        what.to_string()
    };
    Error::BadFormat(format!("{what} (line {line}, column {column})"))
}

/// Finds a quote in the text: at its offsets when they match, else its occurrence nearest them.
fn anchor(
    text: &str,
    index: &CharIndex<'_>,
    start: Option<usize>,
    end: Option<usize>,
    quote: &str,
) -> Option<Span> {
    if quote.is_empty() {
        return None;
    }
    let at = start.and_then(|s| index.byte_offset(s));
    if let (Some(s), Some(e)) = (at, end.and_then(|e| index.byte_offset(e))) {
        if text.get(s..e) == Some(quote) {
            return Some(Span::new(s, e));
        }
    }
    super::nearest(text, quote, at.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Kim’s visit came in 2019. He returned in 2019.";

    fn file(events: &str) -> String {
        format!(
            r#"{{"format": "sourceline-timeline", "version": 1,
              "document": {{"title": "T", "dateline": "2020-01-02", "text": "{TEXT}"}},
              "events": [{events}]}}"#
        )
    }

    #[test]
    fn offsets_count_chars_and_a_drifted_quote_is_found_again() {
        let json = file(
            r#"{"id": "a", "title": "A", "date": "2019", "origin": "curated",
                "evidence": [{"start": 26, "end": 46, "quote": "He returned in 2019."}]},
               {"id": "b", "title": "B", "date": "2019", "origin": "curated",
                "evidence": [{"start": 0, "end": 5, "quote": "He returned in 2019."}]}"#,
        );
        let timeline = Timeline::from_json(&json).unwrap();
        for event in &timeline.events {
            assert_eq!(event.evidence[0].of(TEXT), "He returned in 2019.");
        }
    }

    #[test]
    fn a_text_full_of_control_characters_is_saved_as_text_and_opens_again() {
        // DEL and C1 controls, which serde_json writes raw, as pasted from an old terminal log.
        let text = format!("Signed in 1961.{}", "\u{7f}\u{85}\u{9f}".repeat(20));
        let document = Document::new("Signed in 1961.", text.as_str(), None);
        let signing = Event {
            id: "signing-1961".into(),
            title: "Signed".into(),
            date: EventDate::On("1961".parse().unwrap()),
            derivation: String::new(),
            evidence: vec![Span::new(0, text.len())],
            mentions: Vec::new(),
            origin: Origin::Extracted,
        };
        let timeline = Timeline::new(document, vec![signing]);
        let json = timeline.to_json();
        assert!(super::super::check_text(&json).is_ok(), "{json}");
        assert_eq!(Timeline::from_json(&json).unwrap(), timeline);
        let timelinejs = timeline.to_timelinejs();
        assert!(
            super::super::check_text(&timelinejs).is_ok(),
            "{timelinejs}"
        );
    }

    #[test]
    fn export_then_import_gives_back_the_same_timeline() {
        let json = file(
            r#"{"id": "visit", "title": "Visit", "date": "2019/2020", "origin": "extracted",
                "derivation": "stated", "evidence": [{"quote": "Kim’s visit came in 2019."}],
                "mentions": [{"text": "2019", "type": "DATE", "value": "2019", "resolution": "stated"}]}"#,
        );
        let timeline = Timeline::from_json(&json).unwrap();
        let again = Timeline::from_json(&timeline.to_json()).unwrap();
        assert_eq!(again, timeline);
        assert!(timeline.to_json().contains(r#""start": 0"#));
        assert_eq!(
            timeline.document.dateline.unwrap().to_string(),
            "2020-01-02"
        );
    }

    #[test]
    fn the_articles_language_is_kept_and_files_without_one_still_open() {
        let without = Timeline::from_json(&file("")).unwrap();
        assert_eq!(without.document.lang, None);
        assert!(!without.to_json().contains("\"lang\""));
        let with = file("").replace(r#""dateline""#, r#""lang": "pt-BR", "dateline""#);
        let timeline = Timeline::from_json(&with).unwrap();
        assert_eq!(timeline.document.lang.as_deref(), Some("pt-BR"));
        assert_eq!(Timeline::from_json(&timeline.to_json()).unwrap(), timeline);
        let bad = file("").replace(r#""dateline""#, r#""lang": "<b>en</b>", "dateline""#);
        assert_eq!(
            Timeline::from_json(&bad).unwrap_err().to_string(),
            "not a Sourceline timeline file: \"lang\" is \"<b>en</b>\", which is not a language tag such as \"en\" or \"pt-BR\""
        );
    }

    #[test]
    fn problems_are_named_in_the_message() {
        let event = |id: &str, date: &str, quote: &str| {
            format!(
                r#"{{"id": "{id}", "title": "A", "date": "{date}", "origin": "curated", "evidence": [{{"quote": "{quote}"}}]}}"#
            )
        };
        let cases = [
            (
                file(&event("a", "2019", "not there")),
                "\"not there\", which is not in the article",
            ),
            (file(&event("a b", "2019", "2019")), "id \"a b\""),
            (
                file(&format!(
                    "{},{}",
                    event("a", "2019", "2019"),
                    event("a", "2019", "2019")
                )),
                "two events have the id \"a\"",
            ),
            (
                file(&event("a", "2019-13", "2019")),
                "'2019-13' is not a date",
            ),
            (
                file(&event("a", "2020/2019", "2019")),
                "'2020/2019' is not a date",
            ),
            (
                "{\"format\": ".to_string(),
                "not valid JSON: EOF while parsing a value (line 1, column 11)",
            ),
            (
                "{\n  \"format\": \"sourceline-timeline\",\n  \"version\": 1\n  \"document\": {}\n}"
                    .to_string(),
                "not valid JSON: expected `,` or `}` (line 4, column 3)",
            ),
            (
                r#"[{"title": "A", "date": "2019"}]"#.to_string(),
                "it holds a list ([...]) where a timeline object ({...}) belongs (line 1, column 1)",
            ),
            (
                r#"{"format": "sourceline-timeline", "version": 1,
                  "document": {"title": "T", "dateline": null, "text": "In 2019."}}"#
                    .to_string(),
                "\"events\" is missing (line 2, column 83)",
            ),
            (
                file(r#"{"id": "a", "title": 42, "date": "2019", "origin": "curated", "evidence": []}"#),
                "invalid type: integer `42`, expected a string (line 3, column 48)",
            ),
            (
                file(&event("a", "2023-02-30", "2019")),
                "'2023-02-30' is not a date: February 2023 has 28 days (line 3, column",
            ),
            (String::new(), "it is empty"),
            ("\u{1a}\0\0 {}".to_string(), "it is not text"),
            (
                file("").replace("sourceline-timeline", "other"),
                "expected \"sourceline-timeline\"",
            ),
            (
                file("").replace("\"version\": 1", "\"version\": 7"),
                "version 7 is not supported",
            ),
        ];
        for (json, expected) in cases {
            let message = Timeline::from_json(&json).unwrap_err().to_string();
            assert!(
                message.contains(expected),
                "{message:?} should mention {expected:?}"
            );
        }
    }

    #[test]
    fn the_articles_mentions_come_in_text_order_and_never_inside_one_another() {
        let json = r#"{"format": "sourceline-timeline", "version": 1,
          "document": {"title": "T", "dateline": null, "text": "Met in April 2019 and in 2020.",
            "mentions": [
              {"text": "2020", "type": "DATE", "value": "2020", "resolution": "stated"},
              {"text": "April 2019", "type": "DATE", "value": "2019-04", "resolution": "stated"},
              {"text": "2019", "type": "DATE", "value": "2019", "resolution": "stated"}]},
          "events": []}"#;
        let timeline = Timeline::from_json(json).unwrap();
        let text = &timeline.document.text;
        let found: Vec<&str> = timeline
            .document
            .mentions
            .iter()
            .map(|m| m.span.of(text))
            .collect();
        assert_eq!(found, ["April 2019", "2020"]);
    }
}
