//! Fuzz targets for `sourceline-core`: each takes any bytes, calls the core the way the page
//! does, and panics when what comes back breaks a promise the core makes.
//!
//! The same functions run under AFL++ (`make fuzz TARGET=extract`, through the
//! `sourceline-fuzz` binary) and, on every file of the kept corpora in `fuzz/corpus/`, in
//! `cargo test` (`tests/corpus.rs`), so a crash the fuzzer found stays fixed.
//!
//! - [`extract`]: the extractor on any text.
//! - [`json`]: the JSON timeline reader, and what it reads written back.
//! - [`timelinejs`]: the TimelineJS3 (and 2) reader.
//! - [`html`]: HTML read as text, text written as HTML, and a dropped page stripped to its tags.
//! - [`csv`]: the CSV writer, on timelines read from JSON.

use chrono::NaiveDate;
use sourceline_core::extract::{extract as extract_from, timeline};
use sourceline_core::text::html::{bare_tags, escape, line, paragraphs};
use sourceline_core::{Span, Timeline};

/// A fuzz target: it returns when the core kept its promises on `data`, and panics otherwise.
pub type Target = fn(data: &[u8]);

/// Every target by the name `make fuzz TARGET=...` and `fuzz/corpus/<name>/` use.
pub const TARGETS: [(&str, Target); 5] = [
    ("extract", extract),
    ("json", json),
    ("timelinejs", timelinejs),
    ("html", html),
    ("csv", csv),
];

/// The target called `name`.
pub fn target(name: &str) -> Option<Target> {
    TARGETS.iter().find(|(n, _)| *n == name).map(|&(_, f)| f)
}

/// The targets' names, for a usage message.
pub fn names() -> String {
    TARGETS.map(|(name, _)| name).join(", ")
}

/// The page reads files and pasted text as UTF-8; other bytes never reach the core.
fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// Whether `span` lies inside `text` on its char boundaries, as every span the core makes must.
fn inside(text: &str, span: &Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

/// The extractor on any text, with and without a dateline: its spans lie inside the text, its
/// mentions do not overlap, and the timeline it makes reads back from JSON as it was.
pub fn extract(data: &[u8]) {
    let Some(text) = text(data) else { return };
    let found = extract_from(text, None);
    for span in found
        .sentences
        .iter()
        .chain(found.mentions.iter().map(|m| &m.span))
    {
        assert!(inside(text, span), "{span:?} is outside the text");
    }
    for pair in found.mentions.windows(2) {
        assert!(
            pair[0].span.end <= pair[1].span.start,
            "mentions overlap: {pair:?}"
        );
    }
    for event in &found.events {
        assert!(event.evidence.iter().all(|s| inside(text, s)), "{event:?}");
    }
    let made = timeline(text, NaiveDate::from_ymd_opt(2013, 3, 22));
    assert_eq!(Timeline::from_json(&made.to_json()).as_ref(), Ok(&made));
}

/// Any JSON is read or refused; what is read is written back and read as the same timeline,
/// and writes as TimelineJS3 and CSV.
pub fn json(data: &[u8]) {
    let Some(timeline) = text(data).and_then(|json| Timeline::from_json(json).ok()) else {
        return;
    };
    assert_eq!(
        Timeline::from_json(&timeline.to_json()).as_ref(),
        Ok(&timeline)
    );
    let again = Timeline::from_timelinejs(&timeline.to_timelinejs());
    assert_eq!(again.map(|read| read.left_out), Ok(None));
}

/// Any JSON is read as TimelineJS or refused; what is read is a valid timeline, which our JSON
/// format keeps as it is.
pub fn timelinejs(data: &[u8]) {
    let Some(json) = text(data) else { return };
    let looks_like_it = Timeline::looks_like_timelinejs(json);
    let Ok(read) = Timeline::from_timelinejs(json) else {
        return;
    };
    let timeline = read.timeline;
    assert!(
        looks_like_it,
        "read a file that does not look like TimelineJS"
    );
    assert_eq!(
        Timeline::from_json(&timeline.to_json()).as_ref(),
        Ok(&timeline)
    );
}

/// HTML read as text never panics; a headline is one line; text written as HTML reads back as
/// itself, its spaces collapsed; and a stripped page keeps no attribute and no script.
pub fn html(data: &[u8]) {
    let Some(text) = text(data) else { return };
    for paragraph in paragraphs(text) {
        assert!(!paragraph.trim().is_empty(), "an empty paragraph");
    }
    assert!(
        !line(text).contains('\n'),
        "a headline of more than one line"
    );
    assert_eq!(
        paragraphs(&escape(text)),
        shown(text),
        "escaped text reads back otherwise"
    );
    bare_keeps_no_attribute_or_script(&bare_tags(text));
}

/// `text` as a browser shows it written as HTML-escaped text, `<br>` for each line break:
/// runs of spaces collapsed, blank lines at its ends dropped, nothing when it has no words.
fn shown(text: &str) -> Vec<String> {
    let lines: Vec<String> = text
        .split('\n')
        .map(|l| l.split_ascii_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let shown = lines.join("\n");
    let shown = shown.trim_matches('\n');
    if shown.trim().is_empty() {
        Vec::new()
    } else {
        vec![shown.to_string()]
    }
}

/// Panics when the browser's tokenizer would read an attribute, or a `script` or `style`
/// element, in `bare`: every `<` must open a tag (`<` or `</`, then a letter) whose name runs
/// to its `>` with no space or `/` in it that would start an attribute.
fn bare_keeps_no_attribute_or_script(bare: &str) {
    let mut rest = bare;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let name_on = after.strip_prefix('/').unwrap_or(after);
        assert!(
            name_on.starts_with(|c: char| c.is_ascii_alphabetic()),
            "a '<' that opens no tag, before {name_on:?}, in {bare:?}"
        );
        let Some(end) = name_on.find('>') else {
            panic!("a tag left open in {bare:?}");
        };
        let name = &name_on[..end];
        assert!(
            !name.contains(|c: char| c.is_ascii_whitespace() || c == '/'),
            "a tag with attributes, {name:?}, in {bare:?}"
        );
        let opens = !after.starts_with('/');
        assert!(
            !(opens
                && ["script", "style"]
                    .iter()
                    .any(|n| name.eq_ignore_ascii_case(n))),
            "a {name} element in {bare:?}"
        );
        rest = &name_on[end + 1..];
    }
}

/// Any timeline read from JSON writes CSV that reads back as a header and one record of seven
/// fields per event, each event's id and title as written (a formula's first character
/// escaped).
pub fn csv(data: &[u8]) {
    let Some(timeline) = text(data).and_then(|json| Timeline::from_json(json).ok()) else {
        return;
    };
    let written = timeline.to_csv();
    let records = csv_records(&written).unwrap_or_else(|e| panic!("{e} in {written:?}"));
    assert_eq!(records.len(), timeline.events.len() + 1, "{written:?}");
    assert!(records.iter().all(|r| r.len() == 7), "{records:?}");
    for (event, record) in timeline.events.iter().zip(&records[1..]) {
        assert_eq!(record[0], as_cell(&event.id));
        assert_eq!(record[1], as_cell(&event.title));
    }
}

/// A text as a spreadsheet cell shows it: one that starts like a formula behind an apostrophe.
fn as_cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// Reads RFC 4180 records, each ended by CRLF, as a spreadsheet would.
///
/// # Errors
/// Where the text is not such records: a bare CR, a quote in an unquoted field or after a
/// closing one, or a last record without its CRLF.
pub fn csv_records(csv: &str) -> Result<Vec<Vec<String>>, String> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    // Whether the field so far was quoted, and whether its closing quote has been read.
    let (mut quoted, mut closed) = (false, false);
    let mut chars = csv.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted && !closed, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => closed = true,
            (true, c) => field.push(c),
            (false, '"') if field.is_empty() && !quoted => quoted = true,
            (false, '"') => return Err(format!("a stray quote after {field:?}")),
            (false, ',' | '\r') => {
                if c == '\r' && chars.next() != Some('\n') {
                    return Err("a bare CR".to_string());
                }
                record.push(std::mem::take(&mut field));
                (quoted, closed) = (false, false);
                if c == '\r' {
                    records.push(std::mem::take(&mut record));
                }
            }
            (false, _) if closed => return Err(format!("text after the quoted {field:?}")),
            (false, '\n') => return Err("a bare LF".to_string()),
            (false, c) => field.push(c),
        }
    }
    if !record.is_empty() || !field.is_empty() || quoted {
        return Err("the last record does not end in CRLF".to_string());
    }
    Ok(records)
}
