//! CSV export (RFC 4180), for reading a timeline in a spreadsheet.
//!
//! Written by hand rather than with the `csv` crate: the app ships as WebAssembly, and its
//! size matters more than the few lines of quoting.

use super::{Event, Origin, Timeline};

const HEADER: [&str; 7] = [
    "id",
    "title",
    "date",
    "label",
    "origin",
    "derivation",
    "evidence",
];

impl Timeline {
    /// Writes the timeline as CSV: a header row, then one row per event in timeline order.
    ///
    /// `date` is the TimeML value (`2019-04`, `2019/2021`), `label` how a reader says it, and
    /// `evidence` the quoted passages, one per line. Rows end in CRLF; a field with a comma,
    /// quote, CR or LF is quoted, its quotes doubled.
    ///
    /// # Example
    /// ```
    /// use sourceline_core::Timeline;
    /// let json = r#"{"format": "sourceline-timeline", "version": 1,
    ///   "document": {"title": "T", "dateline": null, "text": "Signed in 1961. Kept."},
    ///   "events": [{"id": "treaty", "title": "Treaty, signed", "date": "1961",
    ///     "origin": "curated", "evidence": [{"quote": "Signed in 1961."}, {"quote": "Kept."}]}]}"#;
    /// let csv = Timeline::from_json(json).unwrap().to_csv();
    /// assert!(csv.ends_with("\r\ntreaty,\"Treaty, signed\",1961,1961,curated,,\"Signed in 1961.\nKept.\"\r\n"));
    /// ```
    pub fn to_csv(&self) -> String {
        let mut csv = row(HEADER.map(String::from));
        for event in &self.events {
            csv.push_str(&row(fields(event, &self.document.text)));
        }
        csv
    }
}

/// An event's row; `text` is the article its evidence is in.
fn fields(event: &Event, text: &str) -> [String; 7] {
    let quotes: Vec<&str> = event.evidence.iter().map(|s| s.of(text)).collect();
    [
        event.id.clone(),
        event.title.clone(),
        event.date.to_string(),
        event.date.label(),
        origin(event.origin),
        event.derivation.clone(),
        quotes.join("\n"),
    ]
}

/// The origin as the JSON format spells it.
fn origin(origin: Origin) -> String {
    // Written as a JSON string, quotes removed: no serde_json::Value needed in the page.
    serde_json::to_string(&origin)
        .map(|json| json.trim_matches('"').to_string())
        .unwrap_or_default()
}

/// One record, CRLF-terminated.
fn row(fields: [String; 7]) -> String {
    let fields: Vec<String> = fields.iter().map(|f| field(f)).collect();
    fields.join(",") + "\r\n"
}

/// A field as RFC 4180 writes it: quoted, quotes doubled, when it has a comma, quote, CR or LF.
fn field(text: &str) -> String {
    // A spreadsheet would run a cell that starts like a formula; an apostrophe keeps it text.
    let text = &if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Document, EventDate, Span, TimeValue};

    fn seed() -> Timeline {
        Timeline::from_json(include_str!("../../../../data/seed.timeline.json")).unwrap()
    }

    /// Reads RFC 4180 back, to check what a spreadsheet would see.
    fn records(csv: &str) -> Vec<Vec<String>> {
        sourceline_fuzz::csv_records(csv).unwrap_or_else(|e| panic!("{e} in {csv:?}"))
    }

    #[test]
    fn a_title_with_a_comma_and_quotes_is_quoted_and_its_quotes_doubled() {
        let text = "Kim said \"yes\", then left.";
        let event = Event {
            id: "yes".to_string(),
            title: "Kim says \"yes\", then leaves".to_string(),
            date: EventDate::On(TimeValue::Year(2019)),
            derivation: String::new(),
            evidence: vec![Span::new(0, text.len())],
            mentions: Vec::new(),
            origin: Origin::Extracted,
        };
        let csv = Timeline::new(Document::new("T", text, None), vec![event]).to_csv();
        assert!(
            csv.ends_with("\r\nyes,\"Kim says \"\"yes\"\", then leaves\",2019,2019,extracted,,\"Kim said \"\"yes\"\", then left.\"\r\n"),
            "{csv}"
        );
        let records = records(&csv);
        assert_eq!(records[1][1], "Kim says \"yes\", then leaves");
        assert_eq!(records[1][6], text);
    }

    #[test]
    fn a_cell_that_looks_like_a_formula_stays_text() {
        assert_eq!(field("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(field("-5 degrees"), "'-5 degrees");
        assert_eq!(field("2019-04"), "2019-04");
    }

    #[test]
    fn the_seed_has_a_header_and_one_row_per_event() {
        let seed = seed();
        let csv = seed.to_csv();
        assert!(csv.starts_with("id,title,date,label,origin,derivation,evidence\r\n"));
        let records = records(&csv);
        assert_eq!(records.len(), seed.events.len() + 1);
        let first = &seed.events[0];
        let quotes: Vec<&str> = first
            .evidence
            .iter()
            .map(|s| s.of(&seed.document.text))
            .collect();
        assert_eq!(
            records[1],
            [
                "treaty-1961",
                "1961 treaty between Moscow and Pyongyang",
                "1961",
                "1961",
                "curated",
                &first.derivation,
                &quotes.join("\n"),
            ]
        );
        assert_eq!(quotes.len(), 2, "the first row's evidence has two passages");
    }
}
