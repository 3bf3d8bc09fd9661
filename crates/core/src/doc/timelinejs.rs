//! TimelineJS3's JSON format, so that a timeline can be shown by Knight Lab's TimelineJS and
//! one made there can be read.
//!
//! <https://timeline.knightlab.com/docs/json-format.html>: a title slide and one slide per
//! event, each with a `start_date` (`year`, `month`, `day`, `hour`, `minute`, as numbers or
//! numeric strings), an optional `end_date` and HTML text. A negative year -N is N BCE, as
//! TimelineJS shows it, down to the Big Bang's `-13800000000`.
//!
//! The older TimelineJS 2 format, a `timeline` object whose `date` list has events dated
//! `"2011,3,23"`, reads as well, as the TimelineJS3 file it would be (and so does the early
//! TimelineJS3 layout whose `timeline` has `slides`); files are written in TimelineJS3's
//! format only.
//!
//! Files made elsewhere open with what can be read: a date that cannot be read is left out
//! of its event, or the event is left out when it is its start date, and [`Import::left_out`]
//! says what was left out and where.
//!
//! TimelineJS has no seasons, quarters, weeks, decades or centuries: such a value is written
//! as the months, days or years it spans (`start_date` to `end_date`) with its label as
//! `display_date`, and read back as that value while the label and the span still agree.
//! Eras are neither written nor read: they are bands behind the events, with no text to quote.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use serde::{Deserialize, Serialize};

use super::{is_slug, slug, unused_id, Document, Event, EventDate, Origin, Timeline};
use crate::text::html::{escape, line, paragraphs};
use crate::text::Span;
use crate::time::Season;
use crate::{Error, TimeValue};

/// The document title of a file whose title slide has no headline.
const UNTITLED: &str = "Imported timeline";

/// The top level as written.
#[derive(Serialize)]
struct File {
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<Slide>,
    events: Vec<Slide>,
}

/// The top level as read: TimelineJS3's title and events, or TimelineJS 2's `timeline`.
/// Anything else in it (`eras`, `scale`...) is ignored.
#[derive(Deserialize)]
struct Input {
    title: Option<Slide>,
    events: Option<Vec<Slide>>,
    timeline: Option<Version2>,
}

/// TimelineJS 2's timeline, which hosted timelines and TimeLineCurator still write: its
/// headline and text are the title slide, and each of its dates an event. Its eras, assets,
/// tags and class names are ignored, as TimelineJS3's eras and media are. Early TimelineJS3
/// files have `slides` here instead, each an event as TimelineJS3's are.
#[derive(Deserialize)]
struct Version2 {
    headline: Option<String>,
    text: Option<String>,
    date: Option<Vec<Version2Event>>,
    slides: Option<Vec<Slide>>,
}

/// An event of TimelineJS 2: dates such as `"2011,3,23"`, and HTML text.
#[derive(Deserialize)]
struct Version2Event {
    #[serde(rename = "startDate")]
    start_date: Option<DateField>,
    #[serde(rename = "endDate")]
    end_date: Option<DateField>,
    headline: Option<String>,
    text: Option<String>,
}

impl Version2 {
    /// The title slide and the events' slides, as TimelineJS3 would have them.
    ///
    /// # Errors
    /// When it has neither a `date` list nor `slides`.
    fn slides(self) -> Result<(Slide, Vec<Slide>), Error> {
        let title = Slide {
            text: Text {
                headline: self.headline,
                text: self.text,
            },
            ..Slide::default()
        };
        if let Some(slides) = self.slides.filter(|_| self.date.is_none()) {
            return Ok((title, slides));
        }
        let dates = self.date.ok_or_else(|| {
            Error::BadTimelineJs(
                "its \"timeline\" has neither TimelineJS 2's \"date\" list nor \"slides\""
                    .to_string(),
            )
        })?;
        let events = dates
            .into_iter()
            .map(|event| Slide {
                start_date: event.start_date.and_then(version2_date),
                end_date: event.end_date.and_then(version2_date),
                text: Text {
                    headline: event.headline,
                    text: event.text,
                },
                ..Slide::default()
            })
            .collect();
        Ok((title, events))
    }
}

/// A TimelineJS 2 date as TimelineJS3's fields: `"YYYY,MM,DD,HH,MM,SS"`, cut after any part
/// (seconds are dropped, as TimelineJS3's are), or a year alone as a number; blank is absent.
/// Each part is read as TimelineJS3's field would be, so a bad one is told by the same
/// words, and the date as written is kept to name it.
fn version2_date(date: DateField) -> Option<DateJson> {
    let text = match date {
        DateField::Text(text) => text,
        year => {
            return Some(DateJson {
                year: Some(year),
                ..DateJson::default()
            })
        }
    };
    if text.trim().is_empty() {
        return None;
    }
    let mut parts = text.split(',').map(|p| DateField::Text(p.to_string()));
    Some(DateJson {
        year: parts.next(),
        month: parts.next(),
        day: parts.next(),
        hour: parts.next(),
        minute: parts.next(),
        display_date: None,
        written: Some(text),
    })
}

/// A slide: the title slide has no dates; unknown fields (`media`, `group`...) are ignored.
#[derive(Serialize, Deserialize, Default)]
struct Slide {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    unique_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    start_date: Option<DateJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    end_date: Option<DateJson>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    #[serde(default)]
    text: Text,
}

/// Both fields are HTML.
#[derive(Serialize, Deserialize, Default)]
struct Text {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    headline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
}

/// TimelineJS takes numbers or numeric strings in date fields (empty is absent).
#[derive(Serialize, Deserialize, Default, PartialEq)]
struct DateJson {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    year: Option<DateField>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    month: Option<DateField>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    day: Option<DateField>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    hour: Option<DateField>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    minute: Option<DateField>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    display_date: Option<String>,
    /// The date as the file wrote it, where that was not as fields (TimelineJS 2's text).
    #[serde(skip)]
    written: Option<String>,
}

impl DateJson {
    /// Whether it has no field of a date at all: blank, as an absent date.
    fn is_blank(&self) -> bool {
        [&self.year, &self.month, &self.day, &self.hour, &self.minute]
            .into_iter()
            .all(|field| matches!(number(field, ""), Ok(None)))
    }

    /// The date as the file wrote it, to name it to the reader: `"1960,2,15"` or
    /// `{"year":10000}`.
    fn as_written(&self) -> String {
        match &self.written {
            Some(text) => format!("\"{text}\""),
            None => serde_json::to_string(self).unwrap_or_default(),
        }
    }
}

/// A timeline read from a TimelineJS file, and what of the file could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct Import {
    /// What could be read, as a timeline.
    pub timeline: Timeline,
    /// What was left out, and of which event, for the reader (`the end date "196002152034"
    /// of "Stars in Butterfield 8" could not be read (…) and was left out`); `None` when the
    /// whole file was read.
    pub left_out: Option<String>,
}

/// Most parts left out that [`Import::left_out`] names; it counts the others.
const NAMED: usize = 3;

/// An event of the file, read but not yet given an id or a place in the text.
struct Imported {
    unique_id: Option<String>,
    title: String,
    date: EventDate,
    paragraphs: Vec<String>,
}

impl Timeline {
    /// Writes the timeline as a TimelineJS3 JSON file, pretty-printed.
    ///
    /// The title slide shows the article's title, source and dateline; each event's slide has
    /// its id as `unique_id`, its title as headline and its evidence as text, escaped so that
    /// the article's words never become markup. Dates carry only the fields their precision
    /// has, and `display_date` is the date's label.
    pub fn to_timelinejs(&self) -> String {
        let document = &self.document;
        let about: String = document
            .source
            .iter()
            .cloned()
            .chain(document.dateline.map(|d| d.label()))
            .map(|line| paragraph(&line))
            .collect();
        let title = Slide {
            text: Text {
                headline: Some(escape(&document.title)),
                text: (!about.is_empty()).then_some(about),
            },
            ..Slide::default()
        };
        let file = File {
            title: Some(title),
            events: self
                .events
                .iter()
                .map(|e| slide(e, &document.text))
                .collect(),
        };
        // Serializing fails only for a map with keys that are not strings, or a Serialize
        // impl that errs: `File` has neither.
        let json =
            serde_json::to_string_pretty(&file).expect("a TimelineJS file always serializes");
        super::escape_controls(json)
    }

    /// Whether `json` looks like a TimelineJS file (3 or 2) rather than Sourceline's own
    /// format: what decides which reader explains why a file that neither reads is refused.
    ///
    /// # Example
    /// ```
    /// use sourceline_core::Timeline;
    /// assert!(Timeline::looks_like_timelinejs(r#"{"events": [{"start_date": {}}]}"#));
    /// assert!(Timeline::looks_like_timelinejs(r#"{"timeline": {"date": [{"startDate": ""}]}}"#));
    /// assert!(!Timeline::looks_like_timelinejs(r#"{"format": "sourceline-timeline"}"#));
    /// ```
    pub fn looks_like_timelinejs(json: &str) -> bool {
        !json.contains("\"sourceline-timeline\"")
            && (json.contains("\"start_date\"") || json.contains("\"startDate\""))
    }

    /// Reads a TimelineJS3 JSON file, or a TimelineJS 2 one, with what of it can be read.
    ///
    /// TimelineJS has no article, so the document is composed from the file: its title is the
    /// title slide's headline, and its text has, for each event, the headline and then each
    /// paragraph of the event's text (tags dropped, entities decoded), separated by blank
    /// lines. An event's evidence is its text's paragraphs, or its headline when it has no
    /// text. Its id is its `unique_id` when that is a slug no other event has, else a slug of
    /// its headline. Hours and minutes are kept; seconds are dropped. A year -N is N BC, as
    /// TimelineJS shows it; before 9999 BC it is a year in deep time, whose month and day are
    /// dropped.
    ///
    /// An end date that cannot be read (not a number, after the year 9999, a day its month
    /// lacks, before the start) is left out of its event; an event whose start date cannot be
    /// read is left out. [`Import::left_out`] says which, naming each event by its headline.
    ///
    /// # Errors
    /// [`Error::BadTimelineJs`] when the text is not JSON with an `events` list (or, in
    /// TimelineJS 2, a `timeline` with a `date` list), or when it has events and none of them
    /// has a start date that can be read.
    ///
    /// # Example
    /// ```
    /// use sourceline_core::Timeline;
    /// let json = r#"{"events": [{"start_date": {"year": "1961", "month": 7},
    ///   "text": {"headline": "Treaty", "text": "<p>Signed in <b>1961</b>.</p>"}},
    ///   {"start_date": {"year": 2000}, "end_date": {"year": "MM"},
    ///   "text": {"headline": "Summit"}}]}"#;
    /// let read = Timeline::from_timelinejs(json).unwrap();
    /// let event = &read.timeline.events[0];
    /// assert_eq!((event.id.as_str(), event.date.to_string()), ("treaty", "1961-07".into()));
    /// assert_eq!(event.evidence[0].of(&read.timeline.document.text), "Signed in 1961.");
    /// assert_eq!(read.timeline.events[1].date.to_string(), "2000");
    /// assert_eq!(
    ///     read.left_out.as_deref(),
    ///     Some(r#"the end date {"year":"MM"} of "Summit" could not be read (the year "MM" is not a whole number) and was left out"#)
    /// );
    /// ```
    pub fn from_timelinejs(json: &str) -> Result<Import, Error> {
        let input: Input =
            serde_json::from_str(json).map_err(|e| Error::BadTimelineJs(e.to_string()))?;
        let (title, events) = match (input.events, input.timeline) {
            (Some(events), _) => (input.title, events),
            (None, Some(version2)) => {
                let (title, events) = version2.slides()?;
                (Some(title), events)
            }
            (None, None) => {
                return Err(Error::BadTimelineJs(
                    "it has neither TimelineJS3's \"events\" nor TimelineJS 2's \"timeline\""
                        .to_string(),
                ))
            }
        };
        let mut left_out = Vec::new();
        let imported: Vec<Imported> = events
            .into_iter()
            .enumerate()
            .filter_map(|(n, slide)| import(n, slide, &mut left_out))
            .collect();
        let left_out = told(&left_out);
        if let (true, Some(why)) = (imported.is_empty(), &left_out) {
            return Err(Error::BadTimelineJs(format!(
                "none of its events has a start date that can be read: {why}"
            )));
        }
        let title = title
            .and_then(|t| t.text.headline)
            .map(|h| line(&h))
            .filter(|h| !h.is_empty())
            .unwrap_or_else(|| UNTITLED.to_string());

        let mut text = String::new();
        let mut push = |paragraph: &str| {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            text.push_str(paragraph);
            // The paragraph just pushed: its bytes end the text, on a boundary.
            Span::new(text.len() - paragraph.len(), text.len())
        };
        let ids = ids(&imported);
        let events = imported
            .into_iter()
            .zip(ids)
            .map(|(event, id)| {
                let headline = push(&event.title);
                let mut evidence: Vec<Span> = event.paragraphs.iter().map(|p| push(p)).collect();
                if evidence.is_empty() {
                    evidence.push(headline);
                }
                Event {
                    id,
                    title: event.title,
                    date: event.date,
                    derivation: "from the TimelineJS file".to_string(),
                    evidence,
                    mentions: Vec::new(),
                    origin: Origin::Curated,
                }
            })
            .collect();
        Ok(Import {
            timeline: Timeline::new(Document::new(title, text, None), events),
            left_out,
        })
    }
}

/// What was left out, in one sentence: the first [`NAMED`] parts, and how many more.
fn told(left_out: &[String]) -> Option<String> {
    let (first, more) = left_out.split_at(left_out.len().min(NAMED));
    let mut told = first.join("; ");
    match more.len() {
        0 => {}
        1 => told.push_str("; and one more part"),
        n => told.push_str(&format!("; and {n} more parts")),
    }
    (!told.is_empty()).then_some(told)
}

/// The slide of one event.
fn slide(event: &Event, text: &str) -> Slide {
    let (first, last) = event.date.ends();
    let start = date_json(first, false);
    let end = date_json(last, true);
    // A single value needs an end only when TimelineJS cannot name it by its start.
    let ranged = matches!(event.date, EventDate::Between(..)) || end != start;
    Slide {
        unique_id: Some(event.id.clone()),
        start_date: Some(start),
        end_date: ranged.then_some(end),
        display_date: Some(event.date.label()),
        text: Text {
            headline: Some(escape(&event.title)),
            text: Some(
                event
                    .evidence
                    .iter()
                    .map(|s| paragraph(s.of(text)))
                    .collect(),
            ),
        },
    }
}

/// The fields of a value's first day, or with `last` of its last day, down to its precision:
/// a season or a quarter is its first or last month, a week its Monday or Sunday, a decade or
/// a century its first or last year, each with the value's label as `display_date`.
fn date_json(value: TimeValue, last: bool) -> DateJson {
    let (first, after) = value.days();
    let day = if last {
        after.pred_opt().unwrap_or(after)
    } else {
        first
    };
    let (month, day_of_month, time) = match value {
        TimeValue::Century(_)
        | TimeValue::Decade(_)
        | TimeValue::Year(_)
        | TimeValue::DeepYear(_) => (None, None, None),
        TimeValue::Half(..)
        | TimeValue::Season(..)
        | TimeValue::Quarter(..)
        | TimeValue::Month(..) => (Some(day.month()), None, None),
        TimeValue::Week(..) | TimeValue::Day(_) => (Some(day.month()), Some(day.day()), None),
        TimeValue::Minute(t) => (Some(day.month()), Some(day.day()), Some(t.time())),
    };
    let fields_say_it = matches!(
        value,
        TimeValue::Year(_) | TimeValue::Month(..) | TimeValue::Day(_) | TimeValue::Minute(_)
    );
    let year = match value {
        TimeValue::DeepYear(year) => year,
        _ => day.year().into(),
    };
    DateJson {
        // TimelineJS shows a year -N as "N BCE": years are numbered as readers number them.
        year: Some(DateField::Whole(TimeValue::named_year(year))),
        month: month.map(Into::into),
        day: day_of_month.map(Into::into),
        hour: time.map(|t| t.hour().into()),
        minute: time.map(|t| t.minute().into()),
        display_date: (!fields_say_it).then(|| value.label()),
        written: None,
    }
}

/// Reads event number `n` (from 0) of the file, with what of it can be read: `None`, when its
/// start date cannot be. What is left out is added to `left_out`, naming the event by its
/// headline.
fn import(n: usize, slide: Slide, left_out: &mut Vec<String>) -> Option<Imported> {
    let headline = slide.text.headline.as_deref().map(line).unwrap_or_default();
    let name = if headline.is_empty() {
        format!("event number {}", n + 1)
    } else {
        format!("\"{headline}\"")
    };
    let Some(start_date) = slide.start_date.filter(|d| !d.is_blank()) else {
        left_out.push(format!("{name} was left out: it has no start date"));
        return None;
    };
    let start = match value(&start_date) {
        Ok(start) => start,
        Err(why) => {
            left_out.push(format!(
                "{name} was left out: its start date {} could not be read ({why})",
                start_date.as_written()
            ));
            return None;
        }
    };
    let end = slide
        .end_date
        .filter(|d| !d.is_blank())
        .and_then(|end_date| {
            let written = end_date.as_written();
            match value(&end_date) {
                Ok(end) if end.day_numbers().1 > start.day_numbers().0 => Some(end),
                Ok(_) => {
                    left_out.push(format!(
                    "the end date {written} of {name} is before its start date and was left out"
                ));
                    None
                }
                Err(why) => {
                    left_out.push(format!(
                    "the end date {written} of {name} could not be read ({why}) and was left out"
                ));
                    None
                }
            }
        });
    let display = slide
        .display_date
        .or(start_date.display_date)
        .map(|d| line(&d));
    let date = event_date(start, end, display.as_deref());
    let title = [headline, display.unwrap_or_default()]
        .into_iter()
        .find(|t| !t.is_empty())
        .unwrap_or_else(|| date.label());
    Some(Imported {
        unique_id: slide.unique_id,
        title,
        date,
        paragraphs: slide
            .text
            .text
            .as_deref()
            .map(paragraphs)
            .unwrap_or_default(),
    })
}

/// The value a TimelineJS date states, as precise as the fields it has. A year in deep time
/// (before 9999 BC) is the year alone: no calendar holds its months and days, so they are
/// dropped, as seconds are.
///
/// # Errors
/// Why it cannot be read, for the reader: "the month 13 is not 1 to 12".
fn value(fields: &DateJson) -> Result<TimeValue, String> {
    let written = number(&fields.year, "year")?.ok_or("it has no year")?;
    let year = match TimeValue::year_from_named(written).and_then(TimeValue::year) {
        Some(TimeValue::Year(year)) => year,
        Some(deep) => return Ok(deep),
        None => {
            return Err(format!(
                "the year {written} is not between a thousand billion years ago and 9999"
            ))
        }
    };
    let (month, day) = (number(&fields.month, "month")?, number(&fields.day, "day")?);
    let Some(month) = month else {
        return match day {
            None => Ok(TimeValue::Year(year)),
            Some(_) => Err("it has a day but no month".to_string()),
        };
    };
    let month = u32::try_from(month)
        .ok()
        .filter(|m| (1..=12).contains(m))
        .ok_or_else(|| format!("the month {month} is not 1 to 12"))?;
    let Some(day) = day else {
        return Ok(TimeValue::Month(year, month));
    };
    let date = u32::try_from(day)
        .ok()
        .and_then(|d| NaiveDate::from_ymd_opt(year, month, d))
        .ok_or_else(|| format!("{written}-{month:02} has no day {day}"))?;
    let Some(hour) = number(&fields.hour, "hour")? else {
        return Ok(TimeValue::Day(date));
    };
    let minute = number(&fields.minute, "minute")?.unwrap_or(0);
    let time = u32::try_from(hour)
        .ok()
        .zip(u32::try_from(minute).ok())
        .and_then(|(h, m)| NaiveTime::from_hms_opt(h, m, 0))
        .ok_or_else(|| format!("{hour}:{minute:02} is not a time of day"))?;
    Ok(TimeValue::Minute(date.and_time(time)))
}

/// A date field as written: a whole number, a string (that should hold one), or anything else.
/// Read by hand rather than as a `serde_json::Value`, which would double the size of this
/// reader in the page's wasm.
#[derive(Debug, PartialEq)]
enum DateField {
    Whole(i64),
    Text(String),
    Other,
}

impl Serialize for DateField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            DateField::Whole(n) => serializer.serialize_i64(*n),
            DateField::Text(s) => serializer.serialize_str(s),
            DateField::Other => serializer.serialize_unit(),
        }
    }
}

impl<'de> Deserialize<'de> for DateField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = DateField;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number or a string")
            }
            fn visit_i64<E>(self, n: i64) -> Result<DateField, E> {
                Ok(DateField::Whole(n))
            }
            fn visit_u64<E>(self, n: u64) -> Result<DateField, E> {
                Ok(i64::try_from(n).map_or(DateField::Other, DateField::Whole))
            }
            fn visit_f64<E>(self, f: f64) -> Result<DateField, E> {
                let whole = f.fract() == 0.0 && f.abs() < 1e15;
                Ok(if whole {
                    DateField::Whole(f as i64)
                } else {
                    DateField::Other
                })
            }
            fn visit_str<E>(self, s: &str) -> Result<DateField, E> {
                Ok(DateField::Text(s.to_string()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<DateField, E> {
                Ok(DateField::Other)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<DateField, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(DateField::Other)
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<DateField, A::Error> {
                while map
                    .next_entry::<serde::de::IgnoredAny, serde::de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(DateField::Other)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl From<u32> for DateField {
    fn from(n: u32) -> Self {
        DateField::Whole(n.into())
    }
}

impl From<i32> for DateField {
    fn from(n: i32) -> Self {
        DateField::Whole(n.into())
    }
}

/// A date field: a whole number or a string of one; absent, null (which serde reads as
/// absent) or blank is `None`.
fn number(field: &Option<DateField>, name: &str) -> Result<Option<i64>, String> {
    match field {
        None => Ok(None),
        Some(DateField::Whole(n)) => Ok(Some(*n)),
        Some(DateField::Text(s)) if s.trim().is_empty() => Ok(None),
        Some(DateField::Text(s)) => s
            .trim()
            .parse()
            .map(Some)
            .map_err(|_| format!("the {name} \"{s}\" is not a whole number")),
        Some(DateField::Other) => Err(format!("its {name} is not a whole number")),
    }
}

/// The event's date: what its start and end (which ends after the start begins) state, unless
/// its display date names a coarser value (a season, a decade...) that spans exactly those
/// days, as [`date_json`] writes one.
fn event_date(start: TimeValue, end: Option<TimeValue>, display: Option<&str>) -> EventDate {
    let Some(end) = end else {
        return EventDate::On(start);
    };
    let stated = if end == start {
        EventDate::On(start)
    } else {
        EventDate::Between(start, end)
    };
    let Some(display) = display.map(str::trim) else {
        return stated;
    };
    let (firsts, lasts) = (around(start), around(end));
    let single = firsts.iter().map(|&v| EventDate::On(v));
    let ranges = firsts
        .iter()
        .flat_map(|&a| lasts.iter().map(move |&b| EventDate::Between(a, b)));
    single
        .chain(ranges)
        .find(|d| {
            d.day_numbers() == stated.day_numbers() && d.label().eq_ignore_ascii_case(display)
        })
        .unwrap_or(stated)
}

/// `value` and every value around its first day, from its century down to the day, that
/// Sourceline's format can write back (it has no weeks BC); deep time has only years.
fn around(value: TimeValue) -> Vec<TimeValue> {
    if let TimeValue::DeepYear(_) = value {
        return vec![value];
    }
    let day = value.days().0;
    let (year, month) = (day.year(), day.month());
    let season = match month {
        3..=5 => Season::Spring,
        6..=8 => Season::Summer,
        9..=11 => Season::Fall,
        _ => Season::Winter,
    };
    // Winter is named by the year of its December.
    let season_year = if month < 3 { year - 1 } else { year };
    let week = day.iso_week();
    [
        value,
        TimeValue::Year(year),
        TimeValue::Half(year, if month <= 6 { 1 } else { 2 }),
        TimeValue::Season(season_year, season),
        TimeValue::Quarter(year, (month - 1) / 3 + 1),
        TimeValue::Month(year, month),
        TimeValue::Week(week.year(), week.week()),
        TimeValue::Day(day),
    ]
    .into_iter()
    .chain(TimeValue::century_of(year))
    .chain(TimeValue::decade_of(year))
    .filter(|v| v.to_string().parse() == Ok(*v))
    .collect()
}

/// Each event's id: its `unique_id` when that is a slug no earlier event has, else a slug of
/// its title that no event has.
fn ids(events: &[Imported]) -> Vec<String> {
    let mut taken = HashSet::new();
    let kept: Vec<Option<&str>> = events
        .iter()
        .map(|e| {
            e.unique_id
                .as_deref()
                .filter(|id| is_slug(id) && taken.insert(id.to_string()))
        })
        .collect();
    kept.into_iter()
        .zip(events)
        .map(|(kept, event)| match kept {
            Some(id) => id.to_string(),
            None => {
                let id = unused_id(&slug(&event.title), |id| taken.contains(id));
                taken.insert(id.clone());
                id
            }
        })
        .collect()
}

/// One HTML paragraph that shows `text`.
fn paragraph(text: &str) -> String {
    format!("<p>{}</p>", escape(text))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn seed() -> Timeline {
        Timeline::from_json(include_str!("../../../../data/seed.timeline.json")).unwrap()
    }

    /// What a round trip keeps of each event: id, title, date and the words of its evidence.
    fn kept(timeline: &Timeline) -> Vec<(String, String, EventDate, Vec<String>)> {
        let text = &timeline.document.text;
        timeline
            .events
            .iter()
            .map(|e| {
                let quotes = e.evidence.iter().map(|s| s.of(text).to_string()).collect();
                (e.id.clone(), e.title.clone(), e.date, quotes)
            })
            .collect()
    }

    /// A timeline with one event per date, each stated by its own sentence of `sentences`.
    fn dated(dates: &[&str], sentences: &[&str]) -> Timeline {
        let mut text = String::new();
        let events = dates
            .iter()
            .zip(sentences.iter().cycle())
            .enumerate()
            .map(|(n, (date, sentence))| {
                let start = text.len();
                text.push_str(sentence);
                let evidence = vec![Span::new(start, text.len())];
                text.push_str("\n\n");
                Event {
                    id: format!("event-{n}"),
                    title: format!("Event {n}, on {date}"),
                    date: date.parse().unwrap(),
                    derivation: String::new(),
                    evidence,
                    mentions: Vec::new(),
                    origin: Origin::Extracted,
                }
            })
            .collect();
        Timeline::new(Document::new("Dates", text, None), events)
    }

    /// The file as JSON values, to look at its fields.
    fn slides(timeline: &Timeline) -> Vec<Value> {
        let file: Value = serde_json::from_str(&timeline.to_timelinejs()).unwrap();
        file["events"].as_array().unwrap().clone()
    }

    /// Each event's id and date, in the timeline's order.
    fn dates(timeline: &Timeline) -> Vec<String> {
        let date = |e: &Event| format!("{} {}", e.id, e.date);
        timeline.events.iter().map(date).collect()
    }

    /// The timeline of a file read whole: nothing was left out of it.
    fn read(json: &str) -> Timeline {
        let read = Timeline::from_timelinejs(json).unwrap();
        assert_eq!(read.left_out, None, "{json}");
        read.timeline
    }

    /// The events (as [`dates`]) read from a file that had parts left out, and what says so.
    fn read_in_part(json: &str) -> (Vec<String>, String) {
        let read = Timeline::from_timelinejs(json).unwrap();
        let told = read
            .left_out
            .unwrap_or_else(|| panic!("{json}: nothing left out"));
        (dates(&read.timeline), told)
    }

    fn problem(json: &str) -> String {
        match Timeline::from_timelinejs(json) {
            Ok(_) => panic!("{json} should be refused"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn the_seed_comes_back_with_its_ids_titles_dates_and_quotes() {
        let seed = seed();
        let again = read(&seed.to_timelinejs());
        assert_eq!(kept(&again), kept(&seed));
        assert!(Timeline::looks_like_timelinejs(&seed.to_timelinejs()));
        assert!(!Timeline::looks_like_timelinejs(&seed.to_json()));
        assert_eq!(again.document.title, seed.document.title);
        assert_eq!(again.document.dateline, None);
        assert!(again.events.iter().all(|e| e.origin == Origin::Curated));
    }

    #[test]
    fn dates_carry_only_the_fields_their_precision_has() {
        let seed = seed();
        let slides = slides(&seed);
        let dates: Vec<(&Value, &Value)> = slides
            .iter()
            .map(|s| (&s["start_date"], &s["end_date"]))
            .collect();
        assert_eq!(dates[0], (&serde_json::json!({"year": 1961}), &Value::Null));
        assert_eq!(dates[3].0, &serde_json::json!({"year": 2019, "month": 4}));
        assert_eq!(
            dates[5].0,
            &serde_json::json!({"year": 2024, "month": 6, "day": 19})
        );
        for (slide, event) in slides.iter().zip(&seed.events) {
            assert_eq!(slide["display_date"], event.date.label());
            assert_eq!(slide["unique_id"], event.id.as_str());
        }
    }

    #[test]
    fn coarse_dates_are_written_as_their_span_and_read_back_as_themselves() {
        let dates = [
            "19",
            "199",
            "2021-SP",
            "2023-WI",
            "2024-Q1",
            "2013-H2",
            "2024-W40",
            "2024-06-19T09:20",
            "2019/2021",
            "2021-SP/2022-Q3",
            "2019/2019",
            "00",
        ];
        let timeline = dated(&dates, &["It happened."]);
        let again = read(&timeline.to_timelinejs());
        assert_eq!(kept(&again), kept(&timeline));

        let slides = slides(&timeline);
        let decade = slides.iter().find(|s| s["unique_id"] == "event-1").unwrap();
        let label = "199".parse::<TimeValue>().unwrap().label();
        assert_eq!(
            decade["start_date"],
            serde_json::json!({"year": 1990, "display_date": label})
        );
        assert_eq!(
            decade["end_date"],
            serde_json::json!({"year": 1999, "display_date": label})
        );
        let winter = slides.iter().find(|s| s["unique_id"] == "event-3").unwrap();
        assert_eq!(winter["start_date"]["month"], 12);
        assert_eq!(winter["end_date"]["year"], 2024);
        assert_eq!(winter["end_date"]["month"], 2);
    }

    #[test]
    fn years_bce_and_deep_time_read_in_date_order_and_come_back_as_written() {
        let json = r#"{"title": {"text": {"headline": "From the beginning"}},
          "events": [
            {"start_date": {"year": -500}, "text": {"headline": "Reforms of Kleisthenes"}},
            {"start_date": {"year": "-44", "month": 3, "day": "15"},
             "text": {"headline": "Caesar is killed"}},
            {"start_date": {"year": "-13800000000"}, "text": {"headline": "Big Bang"}},
            {"start_date": {"year": -66000000, "month": 6, "day": 1},
             "text": {"headline": "Chicxulub impact"}},
            {"start_date": {"year": 0}, "text": {"headline": "Year zero"}},
            {"start_date": {"year": -1}, "text": {"headline": "Last year BC"}},
            {"start_date": {"year": 1}, "text": {"headline": "First year AD"}}
          ]}"#;
        let timeline = read(json);
        assert_eq!(
            dates(&timeline),
            [
                "big-bang BC13800000000",
                "chicxulub-impact BC66000000",
                "reforms-kleisthenes BC0500",
                "caesar-killed BC0044-03-15",
                "year-zero BC0001",
                "last-year BC0001",
                "first-year 0001",
            ]
        );
        let labels: Vec<String> = timeline.events[..3]
            .iter()
            .map(|e| e.date.label())
            .collect();
        assert_eq!(
            labels,
            ["13.8 billion years ago", "66 million years ago", "500 BC"]
        );

        let written = slides(&timeline);
        let start = |title: &str| {
            let slide = written.iter().find(|s| s["text"]["headline"] == title);
            slide.unwrap()["start_date"].clone()
        };
        assert_eq!(
            start("Big Bang"),
            serde_json::json!({"year": -13_800_000_000_i64,
                "display_date": "13.8 billion years ago"})
        );
        assert_eq!(
            start("Reforms of Kleisthenes"),
            serde_json::json!({"year": -500})
        );
        assert_eq!(start("Last year BC"), serde_json::json!({"year": -1}));
        let again = read(&timeline.to_timelinejs());
        assert_eq!(kept(&again), kept(&timeline));
    }

    #[test]
    fn centuries_seasons_and_ranges_bc_come_back_as_themselves() {
        let dates = [
            "BC07",
            "BC0218-SP",
            "BC0480-04",
            "BC0001-03-15T11:34",
            "BC0490/BC0479",
            "BC65000000/BC10000",
            "BC07/01",
        ];
        let timeline = dated(&dates, &["It happened."]);
        let again = read(&timeline.to_timelinejs());
        assert_eq!(kept(&again), kept(&timeline));

        // Ten years BC under a label that names no decade (the 500s BC are 509 to 500 BC):
        // they stay years, and the timeline can be saved.
        let json = r#"{"events": [{"start_date": {"year": -501}, "end_date": {"year": -492},
          "display_date": "the -500s", "text": {"headline": "Ten years"}}]}"#;
        let decade = read(json);
        assert_eq!(decade.events[0].date.to_string(), "BC0501/BC0492");
        assert_eq!(Timeline::from_json(&decade.to_json()).unwrap(), decade);
        let slides = slides(&timeline);
        let century = slides.iter().find(|s| s["unique_id"] == "event-0").unwrap();
        assert_eq!(century["start_date"]["year"], -799);
        assert_eq!(century["end_date"]["year"], -700);
    }

    #[test]
    fn a_hand_written_file_reads_with_string_years_months_ranges_and_unknown_fields() {
        let json = r##"{
          "title": {"text": {"headline": "A <i>short</i> history", "text": "<p>Intro</p>"},
                    "media": {"url": "https://example.com/a.jpg"}},
          "scale": "human",
          "eras": [{"start_date": {"year": 1990}, "end_date": {"year": 1999},
                    "text": {"headline": "The nineties"}}],
          "events": [
            {"start_date": {"year": "1961", "month": "", "day": ""},
             "text": {"headline": "Treaty signed", "text": "Signed in Moscow."},
             "media": {"url": "https://example.com/b.jpg", "caption": "c"},
             "group": "Treaties", "background": {"color": "#fff"}, "autolink": true},
            {"start_date": {"year": 2000, "month": "7"}, "text": {"headline": "Putin visits"}},
            {"unique_id": "war", "start_date": {"year": 1950, "month": 6, "day": 25},
             "end_date": {"year": "1953", "month": 7, "day": 27, "hour": ""},
             "text": {"headline": "Korean War",
                      "text": "<p>It began.</p><p>It ended &amp; an armistice was signed.</p>"}},
            {"start_date": {"year": 2024, "month": 6, "day": 19, "hour": 9, "minute": "20",
                            "second": 5},
             "display_date": "Wednesday morning", "text": {"text": "<p>Arrival.</p>"}}
          ]
        }"##;
        let timeline = read(json);
        assert_eq!(timeline.document.title, "A short history");
        assert_eq!(
            timeline.document.text,
            "Treaty signed\n\nSigned in Moscow.\n\nPutin visits\n\nKorean War\n\nIt began.\n\n\
             It ended & an armistice was signed.\n\nWednesday morning\n\nArrival."
        );
        let found: Vec<(&str, &str, String)> = timeline
            .events
            .iter()
            .map(|e| (e.id.as_str(), e.title.as_str(), e.date.to_string()))
            .collect();
        assert_eq!(
            found,
            [
                ("war", "Korean War", "1950-06-25/1953-07-27".to_string()),
                ("treaty-signed", "Treaty signed", "1961".to_string()),
                ("putin-visits", "Putin visits", "2000-07".to_string()),
                (
                    "wednesday-morning",
                    "Wednesday morning",
                    "2024-06-19T09:20".to_string()
                ),
            ]
        );
        let quotes = &kept(&timeline)[0].3;
        assert_eq!(
            quotes,
            &["It began.", "It ended & an armistice was signed."]
        );
        assert_eq!(
            kept(&timeline)[2].3,
            ["Putin visits"],
            "no text: the headline"
        );
        assert!(timeline.events.iter().all(|e| e.mentions.is_empty()));
    }

    #[test]
    fn a_timelinejs_2_file_reads_as_its_timelinejs3_file_would() {
        let json = r#"{"timeline": {
          "headline": "The <i>Arab</i> Spring", "type": "default",
          "text": "<p>How it spread</p>", "startDate": "2010,12,17",
          "asset": {"media": "https://example.com/a.jpg", "credit": "", "caption": ""},
          "date": [
            {"startDate": "2011,3,23", "endDate": "2011,3,24", "headline": "Protests in Daraa",
             "text": "<p>Crowds gathered.</p><p>Shots were fired.</p>", "tag": "Syria",
             "classname": "syria", "asset": {"media": "", "credit": "", "caption": ""}},
            {"startDate": "2011,1,14,17,30", "endDate": "", "headline": "Ben Ali leaves"},
            {"startDate": "2011,2", "headline": "A month of protests"},
            {"startDate": 2012, "headline": "Elections"},
            {"startDate": "-500", "endDate": "-480,9", "headline": "Greek democracy"}
          ],
          "era": [{"startDate": "2010,12,17", "endDate": "2012,12,31",
                   "headline": "Uprisings", "tag": ""}]
        }}"#;
        assert!(Timeline::looks_like_timelinejs(json));
        let timeline = read(json);
        assert_eq!(timeline.document.title, "The Arab Spring");
        assert_eq!(
            dates(&timeline),
            [
                "greek-democracy BC0500/BC0480-09",
                "ben-ali-leaves 2011-01-14T17:30",
                "month-protests 2011-02",
                "protests-daraa 2011-03-23/2011-03-24",
                "elections 2012",
            ]
        );
        assert_eq!(
            kept(&timeline)[3].3,
            ["Crowds gathered.", "Shots were fired."]
        );
        let again = read(&timeline.to_timelinejs());
        assert_eq!(kept(&again), kept(&timeline));
    }

    #[test]
    fn a_bad_timelinejs_2_date_is_left_out_and_said_so_naming_the_event() {
        let event = |date: &str| {
            format!(
                r#"{{"timeline": {{"headline": "T", "date": [{{"startDate": "2011,3,1",
                  "headline": "Fine"}}, {{{date}, "headline": "Protests in <b>Daraa</b>"}}]}}}}"#
            )
        };
        let without = |why: &str| {
            (
                vec!["fine 2011-03-01".to_string()],
                format!("\"Protests in Daraa\" was left out: {why}"),
            )
        };
        let cases = [
            (
                r#""startDate": "2011,13,40""#,
                without(
                    "its start date \"2011,13,40\" could not be read (the month 13 is not 1 to 12)",
                ),
            ),
            (
                r#""startDate": "2011,2,30""#,
                without("its start date \"2011,2,30\" could not be read (2011-02 has no day 30)"),
            ),
            (
                r#""startDate": "23/3/2011""#,
                without(
                    "its start date \"23/3/2011\" could not be read (the year \"23/3/2011\" is \
                     not a whole number)",
                ),
            ),
            (r#""startDate": """#, without("it has no start date")),
            (
                r#""startDate": [2011]"#,
                without(
                    "its start date {\"year\":null} could not be read (its year is not a whole \
                     number)",
                ),
            ),
            (
                r#""startDate": "2011,3,23", "endDate": "2011,3,22""#,
                (
                    vec![
                        "fine 2011-03-01".to_string(),
                        "protests-daraa 2011-03-23".to_string(),
                    ],
                    "the end date \"2011,3,22\" of \"Protests in Daraa\" is before its start \
                     date and was left out"
                        .to_string(),
                ),
            ),
        ];
        for (date, expected) in cases {
            assert_eq!(read_in_part(&event(date)), expected, "{date}");
        }
    }

    #[test]
    fn html_is_read_as_text_and_the_article_is_written_escaped() {
        let words = "Kim wrote <script>alert('x')</script> & \"left\".\nThen came back.";
        let timeline = dated(&["2019"], &[words]);
        let json = timeline.to_timelinejs();
        assert!(!json.contains("<script>"), "{json}");
        assert!(json.contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;left&quot;.<br>Then"
        ));
        let again = read(&json);
        assert_eq!(kept(&again), kept(&timeline));

        let text = concat!(
            "<p>Before<script>alert(\"x\")</script> after</p><style>p {}</style><!-- note -->",
            "<div>Tom &amp; Jerry&nbsp;&#8212;&#x2014; &lt;b&gt; &bogus; a < b  c</div>",
            "Line<br/>break<SCRIPT>never closed"
        );
        let json = serde_json::json!({"events": [{"start_date": {"year": 2019},
            "text": {"headline": "<b>Bold</b>\n move", "text": text}}]});
        let timeline = read(&json.to_string());
        let event = &kept(&timeline)[0];
        assert_eq!(event.1, "Bold move");
        assert_eq!(
            event.3,
            [
                "Before after",
                "Tom & Jerry\u{a0}—— <b> &bogus; a < b c",
                "Line\nbreak"
            ]
        );
    }

    #[test]
    fn ids_are_kept_when_unique_slugs_and_else_made_from_headlines() {
        let json = serde_json::json!({"events": [
            {"unique_id": "not a slug", "start_date": {"year": 2000},
             "text": {"headline": "Summit in Pyongyang"}},
            {"unique_id": "dup", "start_date": {"year": 2000}, "text": {"headline": "First"}},
            {"unique_id": "dup", "start_date": {"year": 2000}, "text": {"headline": "Dup"}},
            {"start_date": {"year": 2000}, "text": {"headline": "Summit in Pyongyang!"}},
            {"start_date": {"year": 2000}, "text": {"headline": "김정은"}},
        ]});
        let timeline = read(&json.to_string());
        let ids: Vec<&str> = timeline.events.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "summit-pyongyang",
                "dup",
                "dup-2",
                "summit-pyongyang-2",
                "event"
            ]
        );
    }

    #[test]
    fn a_bad_date_is_left_out_naming_the_event_and_a_file_without_one_readable_is_refused() {
        let file = |start: &str, end: &str| {
            format!(
                r#"{{"events": [{{"start_date": {{"year": 2020}}, "text": {{"headline": "Fine"}}}},
                  {{"start_date": {start}, "end_date": {end},
                  "text": {{"headline": "Caesar crosses the <i>Rubicon</i>"}}}}]}}"#
            )
        };
        let start_cases = [
            (
                r#"{"year": 10000}"#,
                r#"{"year":10000} could not be read (the year 10000 is not between a thousand billion years ago and 9999)"#,
            ),
            (
                r#"{"year": "-9223372036854775808"}"#,
                r#"{"year":"-9223372036854775808"} could not be read (the year -9223372036854775808 is not between a thousand billion years ago and 9999)"#,
            ),
            (
                r#"{"year": -50, "month": 2, "day": 29}"#,
                r#"{"year":-50,"month":2,"day":29} could not be read (-50-02 has no day 29)"#,
            ),
            (
                r#"{"year": "MMXX"}"#,
                r#"{"year":"MMXX"} could not be read (the year "MMXX" is not a whole number)"#,
            ),
            (
                r#"{"month": 3}"#,
                r#"{"month":3} could not be read (it has no year)"#,
            ),
            (
                r#"{"year": 2019, "month": 13}"#,
                r#"{"year":2019,"month":13} could not be read (the month 13 is not 1 to 12)"#,
            ),
            (
                r#"{"year": 2019, "day": 3}"#,
                r#"{"year":2019,"day":3} could not be read (it has a day but no month)"#,
            ),
            (
                r#"{"year": 2019, "month": 1, "day": 3, "hour": 25}"#,
                r#"{"year":2019,"month":1,"day":3,"hour":25} could not be read (25:00 is not a time of day)"#,
            ),
        ];
        for (start, told) in start_cases {
            let expected = (
                vec!["fine 2020".to_string()],
                format!("\"Caesar crosses the Rubicon\" was left out: its start date {told}"),
            );
            assert_eq!(read_in_part(&file(start, "null")), expected);
        }
        let ends = [
            (
                r#"{"year": 2018}"#,
                r#"the end date {"year":2018} of "Caesar crosses the Rubicon" is before its start date and was left out"#,
            ),
            (
                r#"{"year": []}"#,
                r#"the end date {"year":null} of "Caesar crosses the Rubicon" could not be read (its year is not a whole number) and was left out"#,
            ),
        ];
        for (end, told) in ends {
            let expected = (
                vec!["caesar-crosses-the 2019".into(), "fine 2020".into()],
                told.into(),
            );
            assert_eq!(read_in_part(&file(r#"{"year": 2019}"#, end)), expected);
        }
        // A blank end date is no end date.
        let blank = read(&file(r#"{"year": 2019}"#, r#"{"year": "", "month": ""}"#));
        assert_eq!(dates(&blank), ["caesar-crosses-the 2019", "fine 2020"]);

        // Past three, what was left out is counted.
        let many = serde_json::json!({"events": (1..=6).map(|n| serde_json::json!(
            {"start_date": {"year": 2000 + n}, "end_date": {"year": 1900},
             "text": {"headline": format!("Event {n}")}})).collect::<Vec<_>>()});
        let (kept, told) = read_in_part(&many.to_string());
        assert_eq!(kept.len(), 6);
        assert_eq!(told.matches("was left out").count(), 3);
        assert!(told.ends_with("; and 3 more parts"), "{told}");

        assert_eq!(
            problem(r#"{"events": [{"text": {}}, {"start_date": {"year": "x"}}]}"#),
            "not a TimelineJS file Sourceline can read: none of its events has a start date \
             that can be read: event number 1 was left out: it has no start date; event number \
             2 was left out: its start date {\"year\":\"x\"} could not be read (the year \"x\" \
             is not a whole number)"
        );
        assert!(problem("{}").contains("neither TimelineJS3's \"events\""));
        assert!(problem(r#"{"timeline": {}}"#).contains("neither TimelineJS 2's \"date\" list"));
        assert!(problem("[").contains("TimelineJS"));
        assert_eq!(read(r#"{"events": []}"#).events.len(), 0);
    }

    /// The events a TimelineJS file lists, whichever layout it has.
    fn listed(json: &str) -> usize {
        let file: Value = serde_json::from_str(json).unwrap();
        [
            &file["events"],
            &file["timeline"]["date"],
            &file["timeline"]["slides"],
        ]
        .iter()
        .find_map(|list| list.as_array())
        .map_or(0, Vec::len)
    }

    #[test]
    fn every_timelinejs_file_of_the_end_to_end_tests_opens_with_all_its_events() {
        let whole = [
            include_str!("../../../../e2e/fixtures/apollo.timelinejs.json"),
            include_str!("../../../../e2e/fixtures/cosmos.timelinejs.json"),
            include_str!("../../../../e2e/fixtures/welcome.timelinejs.json"),
            include_str!("../../../../e2e/fixtures/ancient.timeline2.json"),
            include_str!("../../../../e2e/fixtures/spring.timeline2.json"),
        ];
        for json in whole {
            assert_eq!(read(json).events.len(), listed(json));
        }
        // Elizabeth Taylor's life, as TimelineJS 2's example has it: one end date is not a
        // date, and only it is left out.
        let taylor = include_str!("../../../../e2e/fixtures/taylor.timeline2.json");
        let read = Timeline::from_timelinejs(taylor).unwrap();
        assert_eq!((listed(taylor), read.timeline.events.len()), (28, 28));
        assert_eq!(
            read.left_out.as_deref(),
            Some(
                "the end date \"196002152034\" of \"Stars in 'Butterfield 8'\" could not be read \
                 (the year 196002152034 is not between a thousand billion years ago and 9999) \
                 and was left out"
            )
        );
        let butterfield = read
            .timeline
            .events
            .iter()
            .find(|e| e.title.contains("Butterfield"));
        assert_eq!(butterfield.unwrap().date.to_string(), "1961-01-01");
        assert_eq!(read.timeline.document.title, "Elizabeth Taylor 1932-2011");
    }

    #[test]
    fn an_early_timelinejs3_file_of_slides_reads_each_slide_as_an_event() {
        let json = r#"{"timeline": {"slides": [
          {"media": {"url": "https://example.com/a.jpg"}, "start_date": {"year": "1888"},
           "text": {"headline": "Welcome", "text": "<p>An early file.</p>"}},
          {"start_date": {"month": "2", "day": "7", "year": "1950"},
           "text": {"headline": "A day"}}]}}"#;
        assert!(Timeline::looks_like_timelinejs(json));
        let timeline = read(json);
        assert_eq!(dates(&timeline), ["welcome 1888", "day 1950-02-07"]);
        assert_eq!(timeline.document.title, UNTITLED);
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod never_panics {
        use super::*;
        use proptest::prelude::*;

        fn html() -> impl Strategy<Value = String> {
            let piece = prop_oneof![
                Just("<p>".to_string()),
                Just("</p>".to_string()),
                Just("<br>".to_string()),
                Just("<script>".to_string()),
                Just("</script".to_string()),
                Just("<!--".to_string()),
                Just("&amp;".to_string()),
                Just("&#x".to_string()),
                Just(";".to_string()),
                Just("\n\n".to_string()),
                "[<>&#;'\" ]{1,3}",
                "\\PC{0,8}",
            ];
            prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
        }

        /// A date field, mostly one below `max` that reads, so that most files get past their
        /// dates.
        fn field(max: i64) -> impl Strategy<Value = Value> {
            prop_oneof![
                6 => (0..max).prop_map(Value::from),
                2 => (0..max).prop_map(|n| Value::from(n.to_string())),
                4 => Just(Value::Null),
                1 => any::<i64>().prop_map(Value::from),
                1 => any::<f64>().prop_map(Value::from),
                1 => "\\PC{0,4}".prop_map(Value::from),
            ]
        }

        /// A date's fields: year, month, day, hour, minute.
        fn date() -> impl Strategy<Value = Value> {
            let year = prop_oneof![field(3000), (-20_000_i64..0).prop_map(Value::from)];
            (year, field(13), field(29), field(24), field(60)).prop_map(|f| {
                serde_json::json!({"year": f.0, "month": f.1, "day": f.2, "hour": f.3,
                    "minute": f.4})
            })
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

            /// Any file is read, whole or in part, or refused, and what is read is a valid
            /// timeline.
            #[test]
            fn any_file_is_read_or_refused(
                headline in html(),
                text in html(),
                id in prop_oneof![Just("a".to_string()), "\\PC{0,4}"],
                start in date(),
                end in prop::option::weighted(0.3, date()),
                display in prop::option::of("\\PC{0,12}"),
            ) {
                let slide = serde_json::json!({"unique_id": id, "start_date": start,
                    "end_date": end, "display_date": display,
                    "text": {"headline": headline, "text": text}});
                let json = serde_json::json!({"events": [slide.clone(), slide]}).to_string();
                if let Ok(read) = Timeline::from_timelinejs(&json) {
                    // The two events are alike: both are kept, or neither (and it is refused).
                    prop_assert_eq!(read.timeline.events.len(), 2);
                    let timeline = read.timeline;
                    prop_assert_eq!(Timeline::from_json(&timeline.to_json()).unwrap(), timeline);
                }
            }

            /// So is any TimelineJS 2 file, whose dates are numbers joined by commas.
            #[test]
            fn any_timelinejs_2_file_is_read_or_refused(
                headline in html(),
                start in "-?[0-9]{1,12}(,[0-9]{0,2}){0,6}|\\PC{0,12}",
                end in prop::option::weighted(0.3, "-?[0-9]{1,5}(,[0-9]{0,2}){0,3}"),
            ) {
                let event = serde_json::json!({"startDate": start, "endDate": end,
                    "headline": headline});
                let json = serde_json::json!({"timeline": {"date": [event]}}).to_string();
                if let Ok(read) = Timeline::from_timelinejs(&json) {
                    prop_assert_eq!(read.timeline.events.len(), 1);
                    let timeline = read.timeline;
                    prop_assert_eq!(Timeline::from_json(&timeline.to_json()).unwrap(), timeline);
                }
            }
        }
    }
}
