//! The article and its events: [`Document`], [`Event`], [`Timeline`].
//!
//! Inside Rust every [`Span`] is in UTF-8 byte offsets. The JSON format ([`format`]) stores
//! offsets in Unicode scalar values beside the quoted text, so that a reader in any language
//! can re-anchor a quote, and a quote whose offsets drifted is found again by its words.

mod csv;
mod edit;
mod format;
mod rebuild;
mod timelinejs;

use std::fmt;
use std::rc::Rc;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text::{find_ignoring_ascii_case, sentences, Span};
use crate::time::{
    month_name, zone_offset_words, Amount, Modifier, Recurrence, TimexValue, Unit, Vague,
};
use crate::{sort, Error, TimeValue};

pub use crate::time::TimexType;
pub use edit::Edit;
pub use format::PartReader;
pub use rebuild::Carried;
pub use timelinejs::Import;

/// Checks that a file's contents are text worth reading, before they are read as an article or
/// a timeline: a picture opened by mistake should be named as such, not read as an article
/// without dates or as JSON broken at its first byte.
///
/// # Errors
/// [`Error::NotText`] when the text is empty or blank, or holds what no text file has: a NUL
/// byte, or control characters in more than one character in a hundred (the bytes of an
/// image). A stray one, such as the end-of-file mark of an old DOS file, is still text.
///
/// # Example
/// ```
/// use sourceline_core::doc::check_text;
/// assert!(check_text("Signed in 1961.\n").is_ok());
/// assert_eq!(check_text(" \n").unwrap_err().to_string(), "it is empty");
/// assert!(check_text("\u{89}PNG\r\n\u{1a}\n\0\0").unwrap_err().to_string().contains("not text"));
/// assert!(check_text("An old file, signed in 1961, that ends as DOS ended files.\r\n\u{1a}").is_ok());
/// ```
pub fn check_text(text: &str) -> Result<(), Error> {
    if text.trim().is_empty() {
        return Err(Error::NotText("it is empty"));
    }
    let mut counts = TextCounts::default();
    counts.feed(text.as_bytes());
    counts.verdict()
}

/// What [`check_text`] judges a text by, counted a part of its bytes at a time, so that a file
/// read as it arrives is judged as the whole of it would be.
#[derive(Debug, Default)]
pub(crate) struct TextCounts {
    chars: usize,
    controls: usize,
    after_c2: bool,
    /// A NUL byte was met: the text is judged by what came before it.
    nul: bool,
}

impl TextCounts {
    /// Counts the characters and control characters of the next bytes of the text.
    pub(crate) fn feed(&mut self, bytes: &[u8]) {
        // Read by bytes (a file may be 50 MB): a control character is one byte below 0x20 or
        // DEL, or U+0080 to U+009F, written C2 80 to C2 9F; every byte but a continuation byte
        // (10xxxxxx) starts a character. Eight printable ASCII bytes, most of a text or of a
        // JSON file, are passed at once.
        if self.nul {
            return;
        }
        let mut rest = bytes;
        while let Some((&byte, after)) = rest.split_first() {
            if let Some((eight, after)) = rest.split_first_chunk::<8>() {
                if printable_ascii(u64::from_le_bytes(*eight)) {
                    (self.chars, self.after_c2, rest) = (self.chars + 8, false, after);
                    continue;
                }
            }
            rest = after;
            self.chars += usize::from(byte & 0xC0 != 0x80);
            if byte == 0 {
                (self.controls, self.nul) = (self.chars, true);
                return;
            }
            let control = match byte {
                b'\t' | b'\n' | b'\r' | 0x0c => false,
                0..=0x1f | 0x7f => true,
                0x80..=0x9f => self.after_c2,
                _ => false,
            };
            self.controls += usize::from(control);
            self.after_c2 = byte == 0xC2;
        }
    }

    /// Whether the bytes counted so far are those of a text.
    ///
    /// # Errors
    /// [`Error::NotText`] when they are those of a binary file.
    pub(crate) fn verdict(&self) -> Result<(), Error> {
        if self.controls * 100 > self.chars.max(100) {
            return Err(Error::NotText(
                "it is not text: it holds bytes such as those of an image, a program or an archive",
            ));
        }
        Ok(())
    }
}

/// Whether every byte of `word` is printable ASCII, 0x20 to 0x7E: none below 0x20 (the
/// borrow of subtracting 0x20 from each byte reaches its top bit), none is DEL (XOR with 0x7F
/// leaves a zero byte), none has its top bit set.
fn printable_ascii(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word;
    let del = word ^ (ONES * 0x7F);
    let has_del = del.wrapping_sub(ONES) & !del;
    (below_space | has_del | word) & TOPS == 0
}

/// JSON as serde_json writes it, with the control characters it leaves raw (DEL and U+0080 to
/// U+009F) written as `\u` escapes: a file of a text full of them would otherwise look like an
/// image to [`check_text`], and a timeline the page saved would not open again.
///
/// serde_json escapes every control below U+0020 in strings, and outside them writes nothing
/// but ASCII: every raw control above U+001F is in a string, where an escape means the same.
pub(crate) fn escape_controls(json: String) -> String {
    let raw = |c: char| c.is_control() && c > '\u{1f}';
    if !json.contains(raw) {
        return json;
    }
    let mut escaped = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if raw(c) {
            escaped.push_str(&format!("\\u{:04x}", u32::from(c)));
        } else {
            escaped.push(c);
        }
    }
    escaped
}

/// Whether `id` can be an event's id: letters, digits, '-', '_' or '.', and not empty, so that
/// it reads well in `#event=<id>` and in a CSS selector.
pub(crate) fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// Up to three words of a title as an id: "Putin visits Pyongyang" is `putin-visits-pyongyang`.
pub(crate) fn slug(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() > 2 && !w.bytes().all(|b| b.is_ascii_digit()))
        .take(3)
        .map(str::to_ascii_lowercase)
        .collect();
    if words.is_empty() {
        "event".to_string()
    } else {
        words.join("-")
    }
}

/// `stem`, or `stem-2`, `stem-3`... whichever is not `taken` yet.
pub(crate) fn unused_id(stem: &str, taken: impl Fn(&str) -> bool) -> String {
    std::iter::once(stem.to_string())
        .chain((2..).map(|n| format!("{stem}-{n}")))
        .find(|id| !taken(id))
        .unwrap_or_default()
}

/// The copy of `quote` in `text` nearest to byte `hint`: where a quote is found by its words.
pub(crate) fn nearest(text: &str, quote: &str, hint: usize) -> Option<Span> {
    if quote.is_empty() {
        return None;
    }
    text.match_indices(quote)
        .map(|(s, _)| s)
        .min_by_key(|s| s.abs_diff(hint))
        .map(|s| Span::new(s, s + quote.len()))
}

/// An article: its title, dateline (document creation time), text and sentences.
#[derive(Debug, Clone, Eq)]
pub struct Document {
    /// Its headline.
    pub title: String,
    /// Who published it, when the article says.
    pub source: Option<String>,
    /// When it was written; relative dates ("last September") resolve against it.
    pub dateline: Option<TimeValue>,
    /// The language it is written in, a BCP 47 tag ("en", "he", "pt-BR"), when known.
    pub lang: Option<String>,
    /// The whole article, exactly as given.
    pub text: String,
    /// Sentence spans in text order; `data-sentence` in the page is an index into these.
    pub sentences: Vec<Span>,
    /// Every temporal expression in the text, in text order, where they are known: the
    /// extractor finds them; a timeline file may carry them.
    pub mentions: Vec<Mention>,
}

/// Documents are equal when every part is; the long parts are compared last, their lengths
/// first, so that two versions of a long article (its dates underlined or not yet, say) are
/// told apart without comparing its text byte by byte.
impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        let lengths = |d: &Document| (d.text.len(), d.sentences.len(), d.mentions.len());
        lengths(self) == lengths(other)
            && self.title == other.title
            && self.source == other.source
            && self.dateline == other.dateline
            && self.lang == other.lang
            && self.mentions == other.mentions
            && self.sentences == other.sentences
            && self.text == other.text
    }
}

/// The languages written right to left, by their primary language subtag (Kurdish is not
/// among them: Kurmanji is mostly written in Latin letters, Sorani is `ckb`).
const RIGHT_TO_LEFT_LANGUAGES: &[&str] = &[
    "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "syr", "ug", "ur", "yi",
];
/// The scripts written right to left, by their script subtag ("ku-Arab", "az-Arab").
const RIGHT_TO_LEFT_SCRIPTS: &[&str] = &["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"];

/// Whether `tag` is shaped as a BCP 47 language tag: a primary subtag of 2 to 8 letters, then
/// subtags of 1 to 8 letters or digits, joined by hyphens ("en", "pt-BR", "zh-Hant-TW").
pub fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    (2..=8).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_alphabetic())
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

impl Document {
    /// Whether the article is written right to left: as its language is, when known, or else
    /// as its text begins ([`crate::text::is_right_to_left`]).
    pub fn is_right_to_left(&self) -> bool {
        match &self.lang {
            Some(lang) => {
                let mut subtags = lang.split('-');
                let primary = subtags.next().unwrap_or_default();
                // A script subtag, four letters, says more than the language: "pa-Arab".
                match subtags.find(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic())) {
                    Some(script) => RIGHT_TO_LEFT_SCRIPTS
                        .iter()
                        .any(|rtl| rtl.eq_ignore_ascii_case(script)),
                    None => RIGHT_TO_LEFT_LANGUAGES
                        .iter()
                        .any(|rtl| rtl.eq_ignore_ascii_case(primary)),
                }
            }
            None => crate::text::is_right_to_left(&self.text),
        }
    }

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
            lang: None,
            text,
            sentences,
            mentions: Vec::new(),
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
    /// How it was found, in words: "relative to the dateline".
    pub fn describe(&self) -> &'static str {
        match self {
            Resolution::Stated => "stated in full",
            Resolution::Dateline => "relative to the dateline",
            Resolution::EarlierMention => "relative to an earlier date in the article",
        }
    }
}

/// A temporal expression in the text and what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "format::MentionWire", try_from = "format::MentionWire")]
pub struct Mention {
    /// Its words in the text.
    pub span: Span,
    /// What it means once anchored: `1961`, `2023-09`, `P3D`, `PRESENT_REF` as TimeML writes it.
    pub value: TimexValue,
    /// How it qualifies that: "about", "the end of", "more than".
    pub modifier: Option<Modifier>,
    /// How its value was found.
    pub resolution: Resolution,
}

impl Mention {
    /// Its TimeML type, which its value tells.
    pub fn kind(&self) -> TimexType {
        self.value.kind()
    }

    /// What the mention means, in words: "September 2023", "3 days", "every week", "early 2019".
    pub fn meaning(&self) -> String {
        self.meaning_with(&TimeValue::label)
    }

    /// [`Mention::meaning`], its dates written by `label` (in the reader's language, say).
    pub fn meaning_with(&self, label: &dyn Fn(&TimeValue) -> String) -> String {
        let meaning = match self.value {
            TimexValue::Point(value) => label(&value),
            TimexValue::Zoned(moment, offset) => {
                format!(
                    "{}{}",
                    label(&TimeValue::Minute(moment)),
                    zone_words(offset)
                )
            }
            TimexValue::PartOfDay(day, part) => {
                format!("{}, {}", label(&TimeValue::Day(day)), part.name())
            }
            // Named by its Saturday: "the weekend of 16 March 2013".
            TimexValue::Weekend(year, _) => match self.value.weekend_days() {
                Some((saturday, _)) => {
                    format!("the weekend of {}", label(&TimeValue::Day(saturday)))
                }
                None => format!("a weekend of {year}"),
            },
            TimexValue::Vague(Vague::Past) => "some time in the past".to_string(),
            TimexValue::Vague(Vague::Present) => "the time of writing".to_string(),
            TimexValue::Vague(Vague::Future) => "some time to come".to_string(),
            TimexValue::Duration(amount, unit) => duration_words(amount, unit),
            TimexValue::Set(Recurrence::Every(1, unit)) => format!("every {}", unit.name()),
            TimexValue::Set(Recurrence::Every(n, unit)) => {
                format!("every {}", duration_words(Amount::Exactly(n), unit))
            }
            TimexValue::Set(Recurrence::Weekday(day)) => format!("every {}", weekday_name(day)),
            TimexValue::Set(Recurrence::WeekdayPart(day, part)) => {
                format!("every {} {}", weekday_name(day), part.name())
            }
            TimexValue::Set(Recurrence::PartOfDay(part)) => format!("every {}", part.name()),
            TimexValue::Set(Recurrence::Month(month)) => {
                format!("every {}", month_name(month))
            }
            TimexValue::Set(Recurrence::Season(season)) => format!("every {}", season.name()),
        };
        let qualifier = self.modifier.map_or("", Modifier::words);
        format!("{qualifier}{meaning}")
    }

    /// The mention's words, what they mean and how that was found, for the reader:
    /// "last September": September 2023, counted from the dateline, 19 June 2024.
    ///
    /// # Example
    /// ```
    /// use sourceline_core::time::TimexValue;
    /// use sourceline_core::{Mention, Resolution, Span, TimeValue};
    /// let text = "They met last September.";
    /// let last_september = Mention {
    ///     span: Span::new(9, 23),
    ///     value: TimexValue::Point(TimeValue::Month(2023, 9)),
    ///     modifier: None,
    ///     resolution: Resolution::Dateline,
    /// };
    /// let dateline = "2024-06-19".parse::<TimeValue>().ok();
    /// assert_eq!(
    ///     last_september.explain(text, dateline),
    ///     "\"last September\": September 2023, counted from the dateline, 19 June 2024"
    /// );
    /// ```
    pub fn explain(&self, text: &str, dateline: Option<TimeValue>) -> String {
        self.explain_with(text, dateline, &TimeValue::label)
    }

    /// [`Mention::explain`], its dates written by `label` (in the reader's language, say).
    pub fn explain_with(
        &self,
        text: &str,
        dateline: Option<TimeValue>,
        label: &dyn Fn(&TimeValue) -> String,
    ) -> String {
        let how = match (self.resolution, dateline) {
            (Resolution::Stated, _) => "stated in full".to_string(),
            (Resolution::Dateline, Some(dateline)) => {
                format!("counted from the dateline, {}", label(&dateline))
            }
            (Resolution::Dateline, None) => "counted from the dateline".to_string(),
            (Resolution::EarlierMention, _) => {
                "counted from an earlier date in the article".to_string()
            }
        };
        format!(
            "\"{}\": {}, {how}",
            self.span.of(text),
            self.meaning_with(label)
        )
    }
}

/// A length in words: "3 days", "1 hour", "some years", "2 and a half years".
fn duration_words(amount: Amount, unit: Unit) -> String {
    let plural = match unit {
        Unit::Century => "centuries".to_string(),
        unit => format!("{}s", unit.name()),
    };
    match amount {
        Amount::Exactly(1) => format!("1 {}", unit.name()),
        Amount::Exactly(n) => format!("{n} {plural}"),
        Amount::AndAHalf(0) => format!("half a {}", unit.name()),
        Amount::AndAHalf(n) => format!("{n} and a half {plural}"),
        Amount::Some => format!("some {plural}"),
    }
}

/// A day of the week in words: "Monday".
fn weekday_name(day: chrono::Weekday) -> &'static str {
    crate::lexicon::WEEKDAYS[day.num_days_from_monday() as usize]
}

/// A stated zone as a reader would say it with the time: " UTC", " UTC−05", " UTC+05:30".
fn zone_words(offset: i16) -> String {
    match offset {
        0 => " UTC".to_string(),
        _ => format!(" UTC{}", zone_offset_words(offset, '−')),
    }
}

/// When an event happened: one value, or a range between two.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EventDate {
    /// One period: "1961", "2019-04".
    On(TimeValue),
    /// From the first to the end of the second: "2019/2021".
    Between(TimeValue, TimeValue),
}

impl EventDate {
    /// The value it starts with and the one it ends with: the same for a single value.
    pub fn ends(&self) -> (TimeValue, TimeValue) {
        match *self {
            EventDate::On(v) => (v, v),
            EventDate::Between(a, b) => (a, b),
        }
    }

    /// First day and the day after the last, as day numbers ([`TimeValue::day_numbers`]):
    /// the axis's unit, from deep time to the minute.
    pub fn day_numbers(&self) -> (i64, i64) {
        let (first, last) = self.ends();
        (first.day_numbers().0, last.day_numbers().1)
    }

    /// The date from the start of the earlier of two to the end of the later: what two events
    /// merged span ("June 2025 to 2027"), or the longer of the two where it holds the other.
    ///
    /// # Example
    /// ```
    /// use sourceline_core::EventDate;
    /// let date = |d: &str| d.parse::<EventDate>().unwrap();
    /// assert_eq!(date("2025-06").spanning(&date("2027")).to_string(), "2025-06/2027");
    /// assert_eq!(date("2019-04").spanning(&date("2019")).to_string(), "2019");
    /// ```
    pub fn spanning(&self, other: &EventDate) -> EventDate {
        let ((a, b), (c, d)) = (self.day_numbers(), other.day_numbers());
        let (first, last) = (self.ends(), other.ends());
        let start = if c < a { last.0 } else { first.0 };
        let end = if d > b { last.1 } else { first.1 };
        if start == end {
            EventDate::On(start)
        } else {
            EventDate::Between(start, end)
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
                if b.day_numbers().1 <= a.day_numbers().0 {
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

/// What a reading of a text proposes: its temporal expressions and the events they date.
/// The extractor makes one of what it finds; the model takes it for the edits that read a
/// text again ([`Edit::Add`], [`Edit::Republish`]), without knowing how it was read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Proposal {
    /// Every temporal expression of the text read, in text order.
    pub mentions: Vec<Mention>,
    /// The events they date, in date order.
    pub events: Vec<Event>,
}

/// Whether a person chose an event or the extractor proposed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// A person chose it.
    Curated,
    /// The extractor proposed it.
    Extracted,
}

/// Something that happened, dated by the article's words, with the sentences that state it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    /// A slug, unique in its timeline; `#event=<id>` selects it.
    pub id: String,
    /// Who did what: "Vladimir Putin and Kim Jong-un elevated their countries' relations".
    pub title: String,
    /// When it happened, never more precise than the text.
    pub date: EventDate,
    /// How the date follows from the text, in words.
    pub derivation: String,
    /// The passages that state the event, in text order.
    pub evidence: Vec<Span>,
    /// The temporal expressions that date it.
    pub mentions: Vec<Mention>,
    /// Whether a person chose it or the extractor proposed it.
    pub origin: Origin,
}

/// An article and its events in date order: what the JSON format stores.
///
/// The document is shared: a clone of the timeline, as an edit or an undo step makes, copies
/// the events and never the article's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timeline {
    /// The article.
    pub document: Rc<Document>,
    /// Its events, in date order.
    pub events: Vec<Event>,
}

impl Event {
    /// Whether a search finds the event: `query` in its title, date or evidence, ignoring the
    /// case of ASCII letters. An empty query finds every event.
    pub fn matches(&self, text: &str, query: &str) -> bool {
        let query = query.trim();
        let found = |haystack: &str| find_ignoring_ascii_case(haystack, query).next().is_some();
        query.is_empty()
            || found(&self.title)
            || found(&self.date.label())
            || found(&self.date.to_string())
            || self.evidence.iter().any(|span| found(span.of(text)))
    }
}

impl Timeline {
    /// The events in the order the article tells them: by where their evidence first appears.
    pub fn story_order(&self) -> Vec<&Event> {
        let mut events: Vec<&Event> = self.events.iter().collect();
        let start = |e: &&Event| e.evidence.first().map_or(usize::MAX, |s| s.start);
        sort::stable_by(&mut events, |a, b| start(a).cmp(&start(b)));
        events
    }

    /// A timeline whose events are put in date order (earlier and longer first). The document
    /// may be one another timeline shows too (the first events of a file, then all of them).
    pub fn new(document: impl Into<Rc<Document>>, events: Vec<Event>) -> Self {
        let mut timeline = Timeline {
            document: document.into(),
            events,
        };
        timeline.sort();
        timeline
    }

    /// Puts the events in date order, earlier and longer first; stable, so ties keep their order.
    fn sort(&mut self) {
        sort::stable_by_key(&mut self.events, |e| {
            let (start, end) = e.date.day_numbers();
            (start, std::cmp::Reverse(end))
        });
    }

    /// The event with this id, if there is one.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::{PartOfDay, Season};
    use chrono::NaiveDate;

    #[test]
    fn documents_are_equal_when_every_part_is() {
        let doc = Document::new("T", "Signed in 1961. Renewed in 1971.", None);
        assert_eq!(doc, doc.clone());
        let mut underlined = doc.clone();
        let seed = Timeline::from_json(include_str!("../../../../data/seed.timeline.json"));
        underlined.mentions = seed.unwrap().document.mentions.clone();
        assert_ne!(doc, underlined);
        let mut retitled = doc.clone();
        retitled.title = "U".into();
        assert_ne!(doc, retitled);
        let other = Document::new("T", "Signed in 1962. Renewed in 1971.", None);
        assert_ne!(doc, other, "the same lengths, another text");
    }

    #[test]
    fn a_language_tag_is_shaped_as_bcp_47_has_it() {
        for tag in ["en", "he", "pt-BR", "zh-Hant-TW", "es-419", "yue"] {
            assert!(is_language_tag(tag), "{tag}");
        }
        for tag in [
            "",
            "e",
            "en-",
            "en_US",
            "english language",
            "-en",
            "en--US",
            "abcdefghi",
        ] {
            assert!(!is_language_tag(tag), "{tag}");
        }
    }

    #[test]
    fn the_direction_is_the_languages_when_known_else_the_texts() {
        let mut doc = Document::new("T", "Signed in 1961.", None);
        assert!(!doc.is_right_to_left());
        doc.lang = Some("he".into());
        assert!(doc.is_right_to_left());
        doc.lang = Some("AR-eg".into());
        assert!(doc.is_right_to_left());
        doc.lang = Some("ku".into());
        assert!(!doc.is_right_to_left(), "Kurmanji, in Latin letters");
        doc.lang = Some("ku-Arab".into());
        assert!(doc.is_right_to_left());
        doc.lang = Some("az-Arab-IR".into());
        assert!(doc.is_right_to_left());
        doc.lang = Some("uz-Latn".into());
        assert!(!doc.is_right_to_left());
        let mut hebrew = Document::new("T", "נחתם ב-1961.", None);
        assert!(hebrew.is_right_to_left());
        hebrew.lang = Some("en".into());
        assert!(!hebrew.is_right_to_left());
    }

    /// What `check_text` tells, read char by char: the byte-wise reading must agree.
    fn binary_by_chars(text: &str) -> bool {
        let (mut chars, mut controls) = (0usize, 0usize);
        for c in text.chars() {
            chars += 1;
            if c == '\0' {
                controls = chars;
                break;
            }
            controls += usize::from(c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'));
        }
        controls * 100 > chars.max(100)
    }

    proptest::proptest! {
        #[test]
        fn text_is_told_from_binary_as_chars_tell_it(text in "(\\PC|\\p{Cc}|\u{85}|\u{9f}|\u{a0}|\u{100}){0,300}") {
            proptest::prop_assert_eq!(
                check_text(&text).is_err(),
                text.trim().is_empty() || binary_by_chars(&text)
            );
        }

        #[test]
        fn runs_of_plain_ascii_are_told_as_chars_tell_them(text in "([ -~]{0,40}(\\p{Cc}|\u{85}|\u{e9}|\u{0}){0,3}){0,20}") {
            proptest::prop_assert_eq!(
                check_text(&text).is_err(),
                text.trim().is_empty() || binary_by_chars(&text)
            );
        }
    }

    #[test]
    fn eight_bytes_are_printable_ascii_when_each_is() {
        // Every byte in every place of a printable word, then every pair of bytes about the
        // bounds in every two places: where a subtraction's borrow could carry wrongly.
        let printable = |bytes: &[u8; 8]| bytes.iter().all(|b| (0x20..=0x7E).contains(b));
        for at in 0..8 {
            for byte in 0..=u8::MAX {
                let mut bytes = *b"a Word. ";
                bytes[at] = byte;
                assert_eq!(
                    printable_ascii(u64::from_le_bytes(bytes)),
                    printable(&bytes)
                );
            }
        }
        let bounds = [0x00, 0x01, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xC2, 0xFF];
        for (first, second) in (0..8).flat_map(|a| (0..8).map(move |b| (a, b))) {
            for (&x, &y) in bounds
                .iter()
                .flat_map(|x| bounds.iter().map(move |y| (x, y)))
            {
                let mut bytes = *b"a Word. ";
                (bytes[first], bytes[second]) = (x, y);
                assert_eq!(
                    printable_ascii(u64::from_le_bytes(bytes)),
                    printable(&bytes)
                );
            }
        }
    }

    fn mention(value: TimexValue, modifier: Option<Modifier>) -> Mention {
        Mention {
            span: Span::new(0, 0),
            value,
            modifier,
            resolution: Resolution::Stated,
        }
    }

    #[test]
    fn the_dates_of_an_explanation_can_be_written_another_way() {
        let september = TimexValue::Point(TimeValue::Month(2023, 9));
        let mut said = mention(september, Some(Modifier::Start));
        said.span = Span::new(9, 23);
        said.resolution = Resolution::Dateline;
        let dateline = "2024-06-19".parse().ok();
        let label = |v: &TimeValue| format!("<{v}>");
        assert_eq!(
            said.explain_with("They met last September.", dateline, &label),
            "\"last September\": the start of <2023-09>, counted from the dateline, <2024-06-19>"
        );
        let day = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap();
        let part = mention(TimexValue::PartOfDay(day, PartOfDay::Evening), None);
        assert_eq!(part.meaning_with(&label), "<2024-06-19>, evening");
    }

    #[test]
    fn values_are_said_in_words() {
        use chrono::Weekday;
        let said = |value, modifier| mention(value, modifier).meaning();
        let day = NaiveDate::from_ymd_opt(2024, 6, 19).unwrap();
        let length = |amount, unit| TimexValue::Duration(amount, unit);
        let every = |recurrence| TimexValue::Set(recurrence);
        for (value, modifier, words) in [
            (
                TimexValue::Point(TimeValue::Month(2023, 9)),
                None,
                "September 2023",
            ),
            (
                TimexValue::Point(TimeValue::Year(2019)),
                Some(Modifier::Start),
                "the start of 2019",
            ),
            (
                TimexValue::Vague(Vague::Present),
                None,
                "the time of writing",
            ),
            (length(Amount::Exactly(3), Unit::Day), None, "3 days"),
            (
                length(Amount::Exactly(1), Unit::Hour),
                Some(Modifier::Approx),
                "about 1 hour",
            ),
            (
                length(Amount::Exactly(2), Unit::Century),
                None,
                "2 centuries",
            ),
            (length(Amount::Some, Unit::Year), None, "some years"),
            (
                length(Amount::AndAHalf(2), Unit::Year),
                None,
                "2 and a half years",
            ),
            (length(Amount::AndAHalf(0), Unit::Hour), None, "half a hour"),
            (
                length(Amount::Exactly(1), Unit::Week),
                Some(Modifier::MoreThan),
                "more than 1 week",
            ),
            (every(Recurrence::Every(1, Unit::Week)), None, "every week"),
            (
                every(Recurrence::Every(2, Unit::Year)),
                None,
                "every 2 years",
            ),
            (
                every(Recurrence::Weekday(Weekday::Mon)),
                None,
                "every Monday",
            ),
            (
                every(Recurrence::WeekdayPart(Weekday::Tue, PartOfDay::Night)),
                None,
                "every Tuesday night",
            ),
            (every(Recurrence::Month(7)), None, "every July"),
            (
                every(Recurrence::Season(Season::Summer)),
                None,
                "every summer",
            ),
            (
                TimexValue::PartOfDay(day, PartOfDay::Morning),
                None,
                "19 June 2024, morning",
            ),
            (
                TimexValue::Weekend(2013, 11),
                None,
                "the weekend of 16 March 2013",
            ),
        ] {
            assert_eq!(said(value, modifier), words);
        }
        // A stated zone is said with the time.
        let moment = |h, m| day.and_hms_opt(h, m, 0).unwrap();
        assert!(said(TimexValue::Zoned(moment(16, 8), 0), None).ends_with("16:08 UTC"));
        assert!(said(TimexValue::Zoned(moment(9, 0), -300), None).ends_with("09:00 UTC−05"));
        assert!(said(TimexValue::Zoned(moment(9, 0), 330), None).ends_with("09:00 UTC+05:30"));
    }

    #[test]
    fn a_search_finds_events_by_title_date_or_evidence_and_story_order_follows_the_text() {
        let timeline =
            Timeline::from_json(include_str!("../../../../data/seed.timeline.json")).unwrap();
        let text = &timeline.document.text;
        let found = |query: &str| -> Vec<&str> {
            timeline
                .events
                .iter()
                .filter(|e| e.matches(text, query))
                .map(|e| e.id.as_str())
                .collect()
        };
        assert_eq!(found("").len(), 6);
        assert_eq!(found("KIM JONG-IL"), ["summit-2000"]);
        assert_eq!(
            found("April 2019"),
            ["summit-2019", "summit-2023"],
            "a shared sentence"
        );
        assert_eq!(found(" 2019-04 "), ["summit-2019"]);
        assert!(found("ammunition").contains(&"summit-2023"));
        assert!(found("no such words").is_empty());
        let told: Vec<&str> = timeline
            .story_order()
            .iter()
            .map(|e| e.id.as_str())
            .collect();
        assert_eq!(
            told[0], "summit-2024",
            "the article opens with the 2024 summit"
        );
        assert_eq!(told.len(), 6);
    }
}
