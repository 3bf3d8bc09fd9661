//! A timeline file read a part at a time, as it arrives: its outline (the outer object and
//! the list of events) is followed byte by byte, and each member and each event is read by
//! serde as soon as all of it is there, so that a long file's first events can be shown
//! before its last ones have arrived.
//!
//! What it accepts is what [`Timeline::from_json`] accepts, read to the same timeline; what it
//! cannot follow (another member, a member twice, a broken outline, bytes that are not
//! UTF-8) it leaves to `from_json`, by giving the bytes back, so that a file's problems are
//! named as they always are.

use std::collections::HashSet;
use std::ops::Range;
use std::rc::Rc;

use super::{check_kind, underlines, DocumentJson, EventJson, MentionJson};
use crate::doc::{Document, Event, Mention, TextCounts, Timeline};
use crate::text::CharIndex;

/// The members of the file's outer object, in the order this Sourceline writes them.
const MEMBERS: [&[u8]; 4] = [
    b"\"format\"",
    b"\"version\"",
    b"\"document\"",
    b"\"events\"",
];
const DOCUMENT: usize = 2;
const EVENTS: usize = 3;
/// The document's mentions read with it, enough for the article's first paragraphs; the rest
/// are read after the events that have arrived, so that a long file's first view does not
/// wait for every date of its article to be underlined.
const FIRST_MENTIONS: usize = 256;
/// The byte-order mark a file may open with, which the browser's reading of a text drops.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Where the reading of the file's outline is.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Place {
    /// Before the outer `{`.
    Start,
    /// After `{` (`first`) or a member's `,`: a member's name is next, or after `{` the `}`.
    Name { first: bool },
    /// After a member's name: its `:`.
    Colon(usize),
    /// Before a member's value.
    Value(usize),
    /// After a member's value: `,` or `}`.
    AfterValue,
    /// In the list of events, after `[` (`first`) or `,`: an event, or after `[` the `]`.
    Event { first: bool },
    /// After an event: `,` or `]`.
    AfterEvent,
    /// After the outer `}`: white space only.
    End,
}

/// A value being found: where it starts, and how deep in it the reading is.
#[derive(Debug, Clone, Copy)]
struct Found {
    start: usize,
    depth: usize,
    in_string: bool,
}

/// A timeline file read as its bytes arrive (see the module's overview).
///
/// # Example
/// ```
/// use sourceline_core::doc::PartReader;
/// use sourceline_core::Timeline;
/// let json = r#"{"format": "sourceline-timeline", "version": 1,
///   "document": {"title": "T", "dateline": null, "text": "Signed in 1961. Renewed in 1971."},
///   "events": [{"id": "signed", "title": "Signed", "date": "1961", "origin": "curated",
///     "evidence": [{"quote": "Signed in 1961."}]},
///     {"id": "renewed", "title": "Renewed", "date": "1971", "origin": "curated",
///     "evidence": [{"quote": "Renewed in 1971."}]}]}"#;
/// let mut reader = PartReader::default();
/// let (first, rest) = json.split_at(json.find("renewed").unwrap());
/// reader.push(first.as_bytes());
/// reader.read(usize::MAX);
/// assert_eq!(reader.so_far().unwrap().events.len(), 1);
/// reader.push(rest.as_bytes());
/// assert_eq!(reader.finish().unwrap(), Timeline::from_json(json).unwrap());
/// ```
#[derive(Debug)]
pub struct PartReader {
    bytes: Vec<u8>,
    /// How far the outline has been followed, and where that is in it.
    at: usize,
    place: Place,
    /// The value being found, if one has begun.
    found: Option<Found>,
    /// Where each member's value is, once all of it has arrived.
    members: [Option<Range<usize>>; 4],
    /// The events whose bytes have all arrived and are not read yet, in file order.
    waiting: Vec<Range<usize>>,
    /// How many of `waiting` have been read.
    taken: usize,
    kind_checked: bool,
    document: Option<Rc<Document>>,
    /// Where each of the document's mentions is, in file order, and how many have been read.
    mentions: Vec<Range<usize>>,
    mentions_taken: usize,
    /// The document's mentions read so far.
    underlined: Vec<Mention>,
    /// What an index of the document's text keeps, worked out once (the text may be long).
    marks: Vec<usize>,
    events: Vec<Event>,
    ids: HashSet<String>,
    counts: TextCounts,
    /// How many bytes `counts` has counted.
    counted: usize,
    /// Something this reader does not follow was met: `from_json` reads the file.
    lost: bool,
}

impl Default for PartReader {
    fn default() -> Self {
        PartReader {
            bytes: Vec::new(),
            at: 0,
            place: Place::Start,
            found: None,
            members: [None, None, None, None],
            waiting: Vec::new(),
            taken: 0,
            kind_checked: false,
            document: None,
            mentions: Vec::new(),
            mentions_taken: 0,
            underlined: Vec::new(),
            marks: Vec::new(),
            events: Vec::new(),
            ids: HashSet::new(),
            counts: TextCounts::default(),
            counted: 0,
            lost: false,
        }
    }
}

impl PartReader {
    /// A reader for a file of about `length` bytes, as its server announced: room for them
    /// is made once (up to 256 MiB, and only if there is that much), not at each doubling.
    pub fn with_length(length: usize) -> Self {
        let mut bytes = Vec::new();
        let _ = bytes.try_reserve_exact(length.min(1 << 28));
        PartReader {
            bytes,
            ..PartReader::default()
        }
    }

    /// Takes the next bytes of the file; [`PartReader::read`] reads them.
    pub fn push(&mut self, bytes: &[u8]) {
        self.bytes.extend_from_slice(bytes);
    }

    /// Follows the file's outline through the bytes pushed since it last did.
    fn take_in(&mut self) {
        let Some(body) = self.body_start().filter(|_| !self.lost) else {
            return;
        };
        if self.counted == self.bytes.len() {
            return;
        }
        self.counted = self.counted.max(body);
        self.counts.feed(&self.bytes[self.counted..]);
        self.counted = self.bytes.len();
        self.at = self.at.max(body);
        self.lost = !self.follow();
    }

    /// Reads what has arrived, the members first and then up to `most` events; says how many
    /// parts it read (a member or an event), none when it waits for bytes.
    pub fn read(&mut self, most: usize) -> usize {
        self.take_in();
        if self.lost {
            return 0;
        }
        let mut parts = 0;
        if self.document.is_none() {
            match self.read_members() {
                Some(read) => parts += read,
                None => {
                    self.lost = true;
                    return 0;
                }
            }
        }
        let Some(document) = self.document.clone() else {
            return parts;
        };
        let index = CharIndex::again(&document.text, std::mem::take(&mut self.marks));
        let end = self.waiting.len().min(self.taken.saturating_add(most));
        for i in self.taken..end {
            let range = self.waiting[i].clone();
            let event = parse::<EventJson>(&self.bytes[range])
                .and_then(|e| e.into_event(&document.text, &index, &mut self.ids).ok());
            let Some(event) = event else {
                self.lost = true;
                return parts;
            };
            self.events.push(event);
        }
        parts += end - self.taken;
        self.taken = end;
        if parts < most && !self.read_mentions(&document.text, &index, most - parts, &mut parts) {
            self.lost = true;
        }
        self.marks = index.into_marks();
        parts
    }

    /// Reads up to `most` of the document's mentions not read yet, counting them in `parts`;
    /// false when one is wrong.
    fn read_mentions(
        &mut self,
        text: &str,
        index: &CharIndex<'_>,
        most: usize,
        parts: &mut usize,
    ) -> bool {
        let end = self
            .mentions
            .len()
            .min(self.mentions_taken.saturating_add(most));
        for i in self.mentions_taken..end {
            let mention = parse::<MentionJson>(&self.bytes[self.mentions[i].clone()])
                .and_then(|m| m.read(text, index).ok());
            let Some(mention) = mention else {
                return false;
            };
            self.underlined.push(mention);
        }
        *parts += end - self.mentions_taken;
        self.mentions_taken = end;
        true
    }

    /// The timeline of the events read so far, once the file's kind and its document are read.
    pub fn so_far(&self) -> Option<Timeline> {
        let document = self.document.clone().filter(|_| !self.lost)?;
        Some(Timeline::new(document, self.events.clone()))
    }

    /// Once every byte has arrived: the whole timeline, read on to its end.
    ///
    /// # Errors
    /// The file as text, when it is not one this reader follows to the end, or when none of
    /// it was read before it had all arrived (the whole is read faster so), for
    /// [`Timeline::from_json`] (or another format's reader) to read or to say what is wrong
    /// with it: as the browser reads a text, without its byte-order mark, bytes that are no
    /// UTF-8 as U+FFFD.
    pub fn finish(mut self) -> Result<Timeline, String> {
        if self.counted == 0 {
            return Err(as_text(self.bytes));
        }
        self.read(usize::MAX);
        let whole = self.place == Place::End
            && self.members.iter().all(Option::is_some)
            && self.taken == self.waiting.len()
            && self.counts.verdict().is_ok();
        match self.document.take() {
            Some(mut document) if whole && !self.lost => {
                // Mentions read after the first view was made: the document takes them all.
                if self.underlined.len() > document.mentions.len() {
                    Rc::make_mut(&mut document).mentions = underlines(self.underlined);
                }
                Ok(Timeline::new(document, self.events))
            }
            _ => Err(as_text(self.bytes)),
        }
    }

    /// Where the file's text starts, after a byte-order mark; not known while the bytes so
    /// far may be the start of one.
    fn body_start(&self) -> Option<usize> {
        if self.bytes.starts_with(BOM) {
            Some(BOM.len())
        } else if BOM.starts_with(&self.bytes) {
            None
        } else {
            Some(0)
        }
    }

    /// Reads the file's kind and its document once their values have arrived; how many of
    /// them it read, or `None` when one is wrong.
    fn read_members(&mut self) -> Option<usize> {
        let mut parts = 0;
        if !self.kind_checked {
            let [Some(format), Some(version), ..] = &self.members else {
                return Some(0);
            };
            let format: String = parse(&self.bytes[format.clone()])?;
            let version: u32 = parse(&self.bytes[version.clone()])?;
            check_kind(&format, version).ok()?;
            self.kind_checked = true;
            parts += 2;
        }
        if let Some(range) = self.members[DOCUMENT].clone() {
            let json = &self.bytes[range.clone()];
            // The mentions are left out of the document's reading and found in the bytes, to
            // be read later. A name spelled with an escape is left to `from_json`.
            let members = items(json, 0)?;
            if members
                .iter()
                .step_by(2)
                .any(|name| json[name.clone()].contains(&b'\\'))
            {
                return None;
            }
            let list = members
                .chunks_exact(2)
                .find(|m| json[m[0].clone()] == *b"\"mentions\"" && json[m[1].start] == b'[')
                .map_or(0..0, |m| m[1].clone());
            let rest = [&json[..list.start], b"[]", &json[list.end..]];
            let rest = if list.is_empty() {
                json
            } else {
                &rest.concat()
            };
            let document: DocumentJson = parse(rest)?;
            let (mut document, _) = document.into_parts().ok()?;
            let mentions = if list.is_empty() {
                Vec::new()
            } else {
                items(json, list.start)?
            };
            self.mentions = mentions
                .into_iter()
                .map(|m| range.start + m.start..range.start + m.end)
                .collect();
            let index = CharIndex::new(&document.text);
            let mut read = 0;
            if !self.read_mentions(&document.text, &index, FIRST_MENTIONS, &mut read) {
                return None;
            }
            document.mentions = underlines(self.underlined.clone());
            self.marks = index.into_marks();
            self.document = Some(Rc::new(document));
            parts += 1;
        }
        Some(parts)
    }

    /// Follows the outline through the bytes that have arrived; false where it is broken or
    /// holds what this reader does not follow.
    fn follow(&mut self) -> bool {
        loop {
            if let Some(found) = self.found {
                let Some(end) = self.find_end(found) else {
                    return true;
                };
                self.found = None;
                self.at = end;
                let range = found.start..end;
                match self.place {
                    Place::Value(member) => {
                        self.members[member] = Some(range);
                        self.place = Place::AfterValue;
                    }
                    _ => {
                        self.waiting.push(range);
                        self.place = Place::AfterEvent;
                    }
                }
                continue;
            }
            self.at = after_space(&self.bytes, self.at);
            if self.at == self.bytes.len() {
                return true;
            }
            let byte = self.bytes[self.at];
            self.place = match (self.place, byte) {
                (Place::Start, b'{') => Place::Name { first: true },
                (Place::Name { first: true }, b'}') | (Place::AfterValue, b'}') => Place::End,
                (Place::Name { .. }, b'"') => {
                    let Some(name) = self.bytes[self.at + 1..].iter().position(|&b| b == b'"')
                    else {
                        return true;
                    };
                    let name = &self.bytes[self.at..self.at + name + 2];
                    let Some(member) = MEMBERS.iter().position(|m| *m == name) else {
                        return false;
                    };
                    if self.members[member].is_some() {
                        return false;
                    }
                    self.at += name.len() - 1;
                    Place::Colon(member)
                }
                (Place::Colon(member), b':') => Place::Value(member),
                (Place::Value(EVENTS), b'[') => {
                    self.members[EVENTS] = Some(self.at..self.at);
                    Place::Event { first: true }
                }
                // The events are a list, whose events are found one by one.
                (Place::Value(EVENTS), _) => return false,
                (Place::Value(_) | Place::Event { .. }, _)
                    if !matches!(byte, b']' | b',' | b'}' | b':') =>
                {
                    self.found = Some(Found {
                        start: self.at,
                        depth: 0,
                        in_string: false,
                    });
                    continue;
                }
                (Place::Event { first: true }, b']') | (Place::AfterEvent, b']') => {
                    Place::AfterValue
                }
                (Place::AfterValue, b',') => Place::Name { first: false },
                (Place::AfterEvent, b',') => Place::Event { first: false },
                _ => return false,
            };
            self.at += 1;
        }
    }

    /// The end of the value `found` begins, once it has arrived; until then `found` keeps how
    /// far the reading went.
    fn find_end(&mut self, mut found: Found) -> Option<usize> {
        let end = value_end(&self.bytes, &mut self.at, &mut found);
        if end.is_none() {
            self.found = Some(found);
        }
        end
    }
}

/// The end of the value `found` begins in `bytes`, read on from `at`; `None` while it has not
/// all arrived, `at` and `found` then saying how far the reading went.
fn value_end(bytes: &[u8], at: &mut usize, found: &mut Found) -> Option<usize> {
    if found.depth == 0 && !found.in_string && !matches!(bytes[found.start], b'{' | b'[' | b'"') {
        // A number, `true`, `false` or `null`: it ends where white space or punctuation
        // does; serde reads what it is.
        let length = bytes[found.start..]
            .iter()
            .position(|b| b" \t\n\r,]}".contains(b))?;
        return Some(found.start + length);
    }
    while *at < bytes.len() {
        if found.in_string {
            let Some(offset) = quote_or_backslash(&bytes[*at..]) else {
                *at = bytes.len();
                break;
            };
            *at += offset;
            if bytes[*at] == b'\\' {
                if *at + 1 >= bytes.len() {
                    break;
                }
                *at += 2;
                continue;
            }
            found.in_string = false;
        } else {
            match bytes[*at] {
                b'"' => found.in_string = true,
                b'{' | b'[' => found.depth += 1,
                b'}' | b']' => found.depth = found.depth.saturating_sub(1),
                _ => {}
            }
        }
        *at += 1;
        if found.depth == 0 && !found.in_string {
            return Some(*at);
        }
    }
    None
}

/// Where the values of the list that opens at `open` in `bytes`, all of which have arrived,
/// are; for an object, its members' names and values in turn. `None` where it is no list or
/// object, or is broken.
fn items(bytes: &[u8], open: usize) -> Option<Vec<Range<usize>>> {
    let close = match bytes.get(open)? {
        b'{' => b'}',
        b'[' => b']',
        _ => return None,
    };
    let mut items = Vec::new();
    let mut at = after_space(bytes, open + 1);
    if bytes.get(at) == Some(&close) {
        return Some(items);
    }
    loop {
        let start = at;
        let mut found = Found {
            start,
            depth: 0,
            in_string: false,
        };
        let end = value_end(bytes, &mut at, &mut found).filter(|&end| end > start)?;
        items.push(start..end);
        at = after_space(bytes, end);
        // An object's name is followed by `:`, its value by `,` or its end.
        let name = close == b'}' && items.len() % 2 == 1;
        match (bytes.get(at)?, name) {
            (b':', true) | (b',', false) => at = after_space(bytes, at + 1),
            (&b, false) if b == close => return Some(items),
            _ => return None,
        }
    }
}

/// Where the first byte from `at` on that is not JSON's white space is: the end of `bytes`
/// when there is none.
fn after_space(bytes: &[u8], at: usize) -> usize {
    at + bytes[at..]
        .iter()
        .take_while(|b| b" \t\n\r".contains(b))
        .count()
}

/// The value `bytes` hold, read as text as `from_json` reads it: one copy of serde's readers
/// of the format in the page's wasm, not one for text and one for bytes.
fn parse<'a, T: serde::Deserialize<'a>>(bytes: &'a [u8]) -> Option<T> {
    serde_json::from_str(std::str::from_utf8(bytes).ok()?).ok()
}

/// `bytes` as the browser's reading of a text has them (see [`PartReader::finish`]).
fn as_text(mut bytes: Vec<u8>) -> String {
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
    String::from_utf8(bytes)
        .unwrap_or_else(|invalid| String::from_utf8_lossy(invalid.as_bytes()).into_owned())
}

/// Where the first `"` or `\` of `bytes` is: eight bytes are looked at at once, as the
/// strings of a long file (its article, its quotes) are most of it.
fn quote_or_backslash(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const TOPS: u64 = 0x8080_8080_8080_8080;
    let has = |word: u64, byte: u8| {
        let x = word ^ (ONES * u64::from(byte));
        x.wrapping_sub(ONES) & !x & TOPS != 0
    };
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        if has(word, b'"') || has(word, b'\\') {
            break;
        }
        at += 8;
    }
    bytes[at..]
        .iter()
        .position(|&b| b == b'"' || b == b'\\')
        .map(|offset| at + offset)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../../../../../data/seed.timeline.json");

    /// `json` read by a reader given it in `parts`, each part read as it arrives.
    fn read_in(json: &[u8], parts: &[usize]) -> Result<Timeline, String> {
        let mut reader = PartReader::default();
        let mut at = 0;
        for &length in parts {
            let end = (at + length).min(json.len());
            reader.push(&json[at..end]);
            reader.read(3);
            at = end;
        }
        reader.push(&json[at..]);
        reader.read(3);
        reader.finish()
    }

    #[test]
    fn a_file_cut_anywhere_reads_as_the_whole_file_does() {
        let whole = Timeline::from_json(SEED).unwrap();
        for cut in (0..SEED.len()).step_by(7) {
            assert_eq!(
                read_in(SEED.as_bytes(), &[cut]).as_ref(),
                Ok(&whole),
                "cut at {cut}"
            );
        }
        // A byte at a time, escapes and multi-byte characters cut in two.
        assert_eq!(read_in(SEED.as_bytes(), &[1; 20_000]), Ok(whole));
    }

    #[test]
    fn the_first_events_are_there_before_the_last_have_arrived() {
        let mut reader = PartReader::default();
        let second = SEED.find("\"id\": \"treaty-2000\"").unwrap();
        reader.push(&SEED.as_bytes()[..second]);
        assert!(reader.so_far().is_none(), "the document is read first");
        assert_eq!(
            reader.read(usize::MAX),
            4,
            "format, version, document, an event"
        );
        let first = reader.so_far().unwrap();
        assert_eq!(first.events.len(), 1);
        reader.push(&SEED.as_bytes()[second..]);
        let whole = reader.finish().unwrap();
        assert!(Rc::ptr_eq(&first.document, &whole.document));
        assert_eq!(whole.events.len(), 6);
    }

    #[test]
    fn the_first_view_underlines_the_first_dates_and_the_whole_all_of_them() {
        let count = FIRST_MENTIONS + 44;
        let sentences: Vec<String> = (0..count)
            .map(|i| format!("Filed in {}.", 1700 + i))
            .collect();
        let text = sentences.join(" ");
        let mentions: Vec<serde_json::Value> = (0..count)
            .map(|i| {
                let year = (1700 + i).to_string();
                serde_json::json!({"text": year, "type": "DATE", "value": year, "resolution": "stated"})
            })
            .collect();
        let document =
            serde_json::json!({"title": "T", "dateline": null, "text": text, "mentions": mentions});
        let events = serde_json::json!([{"id": "filed", "title": "Filed", "date": "1700",
            "origin": "curated", "evidence": [{"quote": sentences[0]}]}, {"id": "last",
            "title": "Last", "date": "1700", "origin": "curated", "evidence": [{"quote": sentences[1]}]}]);
        let json = format!(
            r#"{{"format": "sourceline-timeline", "version": 1, "document": {document}, "events": {events}}}"#
        );
        let mut reader = PartReader::default();
        let last = json.find("\"id\":\"last\"").unwrap();
        reader.push(&json.as_bytes()[..last]);
        reader.read(1);
        let first = reader.so_far().unwrap();
        assert_eq!(first.document.mentions.len(), FIRST_MENTIONS);
        assert_eq!(
            first.events.len(),
            1,
            "the events before the rest of the dates"
        );
        reader.push(&json.as_bytes()[last..]);
        let whole = reader.finish().unwrap();
        assert_eq!(whole.document.mentions.len(), count);
        assert_eq!(Ok(whole), Timeline::from_json(&json));
    }

    #[test]
    fn a_file_not_read_before_it_has_all_arrived_is_given_back_whole() {
        let mut reader = PartReader::default();
        reader.push(SEED.as_bytes());
        assert_eq!(reader.finish(), Err(SEED.to_string()));
    }

    #[test]
    fn members_in_any_order_and_a_byte_order_mark_read_the_same() {
        let whole = Timeline::from_json(SEED).unwrap();
        let value: serde_json::Value = serde_json::from_str(SEED).unwrap();
        let reordered = format!(
            "\u{feff} {{\"events\": {}, \"document\": {},\n\"version\": 1, \"format\": \"sourceline-timeline\"}}\n",
            value["events"], value["document"]
        );
        assert_eq!(read_in(reordered.as_bytes(), &[100, 5000]), Ok(whole));
    }

    #[test]
    fn a_document_s_mentions_in_any_place_read_as_from_json_reads_them() {
        let mention =
            r#"{"text": "1961", "type": "DATE", "value": "1961", "resolution": "stated"}"#;
        let file = |document: &str| {
            format!(
                r#"{{"format": "sourceline-timeline", "version": 1, "document": {{{document}}},
                  "events": []}}"#
            )
        };
        let read = [
            format!(
                r#" "mentions" : [ {mention} , {mention} ] , "title": "T", "dateline": null, "text": "In 1961." "#
            ),
            r#""title": "T", "dateline": null, "text": "In 1961.", "mentions": []"#.to_string(),
        ];
        // Given back to `from_json`: a name with an escape, which it reads, and what it refuses.
        let given_back = [
            format!(
                r#""title": "T", "dateline": null, "text": "In 1961.", "ment\u0069ons": [{mention}]"#
            ),
            format!(
                r#""title": "T", "dateline": null, "text": "In 1961.", "mentions": [{mention}], "mentions": []"#
            ),
            r#""title": "T", "dateline": null, "text": "In 1961.", "mentions": null"#.to_string(),
            format!(
                r#""title": "T", "dateline": null, "text": "In 1961.", "mentions": [{mention},]"#
            ),
            r#""title": "T", "dateline": null, "text": "In 1961.", "mentions": [1961]"#.to_string(),
        ];
        for document in read {
            let json = file(&document);
            let timeline = Timeline::from_json(&json).unwrap();
            assert_eq!(read_in(json.as_bytes(), &[30]), Ok(timeline), "{json}");
        }
        for document in given_back {
            let json = file(&document);
            assert_eq!(read_in(json.as_bytes(), &[30]), Err(json.clone()));
        }
    }

    #[test]
    fn what_it_does_not_follow_is_given_back_as_text_for_from_json() {
        let file = |events: &str| {
            format!(
                r#"{{"format": "sourceline-timeline", "version": 1,
                  "document": {{"title": "T", "dateline": null, "text": "In 1961."}},
                  "events": {events}}}"#
            )
        };
        let event = r#"{"id": "a", "title": "A", "date": "1961", "origin": "curated", "evidence": [{"quote": "In 1961."}]}"#;
        let cases = [
            file("null"),
            file(&format!("[{event},]")),
            file(&format!("[{event}, {event}]")),
            file(&format!("[{event}]")).replace("\"version\"", "\"vers\\u0069on\""),
            file(&format!("[{event}]")).replace("\"version\": 1", "\"version\": 1, \"version\": 1"),
            file(&format!("[{event}]")).replace("\"version\": 1", "\"version\": 1, \"extra\": 1"),
            file(&format!("[{event}]")) + " x",
            file(&format!("[{event}]")).replace("\"format\": ", "\"format\":: "),
            format!(
                "{}\u{7f}",
                file(&format!("[{event}]")).replace(' ', "\u{7f}")
            ),
            String::new(),
        ];
        // A byte that is no UTF-8 in the article's text: the browser reads it as U+FFFD.
        let mut not_utf8 = file(&format!("[{event}]")).into_bytes();
        let at = not_utf8.iter().position(|&b| b == b'.').unwrap();
        not_utf8.insert(at, 0xFF);
        for json in cases.map(String::into_bytes).into_iter().chain([not_utf8]) {
            let given_back = read_in(&json, &[40]).unwrap_err();
            assert_eq!(given_back, String::from_utf8_lossy(&json), "{json:?}");
        }
        assert_eq!(as_text(b"\xEF\xBB\xBF{\"a\": 1}".to_vec()), "{\"a\": 1}");
        assert_eq!(
            as_text(b"1961 \xFF treaty".to_vec()),
            "1961 \u{FFFD} treaty"
        );
    }

    #[test]
    fn strings_are_searched_eight_bytes_at_a_time_and_found_exactly() {
        let text = "The quoted \"word\" and a \\ backslash";
        for start in 0..text.len() {
            let expected = text[start..].find(['"', '\\']);
            assert_eq!(quote_or_backslash(&text.as_bytes()[start..]), expected);
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(400))]

        /// However a file is changed and cut, the reader reads what `from_json` reads, to the
        /// same timeline, or gives it back.
        #[test]
        fn never_reads_what_from_json_would_not(
            at in 0..SEED.len(),
            removed in 0..3usize,
            inserted in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..3),
            parts in proptest::collection::vec(1..4000usize, 0..6),
        ) {
            let mut json = SEED.as_bytes().to_vec();
            let end = (at + removed).min(json.len());
            json.splice(at..end, inserted);
            match read_in(&json, &parts) {
                Ok(timeline) => {
                    let text = String::from_utf8_lossy(&json);
                    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                    proptest::prop_assert_eq!(Timeline::from_json(text), Ok(timeline));
                }
                Err(text) => proptest::prop_assert_eq!(text, as_text(json)),
            }
        }
    }
}
