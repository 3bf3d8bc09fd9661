//! The curated seed timeline: six events, each date following from the words it cites.

use sourceline_core::extract::extract;
use sourceline_core::{Resolution, TimeValue, Timeline};

const SEED: &str = include_str!("../../../data/seed.timeline.json");

fn seed() -> Timeline {
    Timeline::from_json(SEED).expect("the seed timeline reads")
}

#[test]
fn the_seed_has_its_six_events_in_date_order() {
    let found: Vec<(String, String)> = seed()
        .events
        .iter()
        .map(|e| (e.id.clone(), e.date.to_string()))
        .collect();
    let expected = [
        ("treaty-1961", "1961"),
        ("treaty-2000", "2000"),
        ("summit-2000", "2000-07"),
        ("summit-2019", "2019-04"),
        ("summit-2023", "2023-09"),
        ("summit-2024", "2024-06-19"),
    ];
    let expected: Vec<(String, String)> = expected
        .iter()
        .map(|(i, d)| (i.to_string(), d.to_string()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn every_evidence_quote_is_the_curated_quote_and_a_whole_sentence() {
    let timeline = seed();
    let doc = &timeline.document;
    // The quotes as the curator wrote them in the file.
    let file: serde_json::Value = serde_json::from_str(SEED).unwrap();
    let curated = file["events"].as_array().unwrap();
    assert_eq!(curated.len(), timeline.events.len());
    for (event, written) in timeline.events.iter().zip(curated) {
        assert_eq!(written["id"], event.id.as_str());
        let mut quotes: Vec<&str> = written["evidence"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["quote"].as_str().unwrap())
            .collect();
        let mut read: Vec<&str> = event.evidence.iter().map(|s| s.of(&doc.text)).collect();
        assert!(!read.is_empty(), "{} has no evidence", event.id);
        // The reader keeps evidence in the order of the text; the file may list it otherwise.
        quotes.sort_unstable();
        read.sort_unstable();
        assert_eq!(read, quotes, "{}", event.id);
        for span in &event.evidence {
            assert!(
                doc.sentences.contains(span),
                "{}: \"{}\" is not one sentence",
                event.id,
                span.of(&doc.text)
            );
        }
    }
}

#[test]
fn every_date_follows_from_the_words_it_cites() {
    let timeline = seed();
    let doc = &timeline.document;
    let dateline = doc.dateline.and_then(|d| d.date());
    assert_eq!(
        dateline.map(|d| d.to_string()).as_deref(),
        Some("2024-06-19")
    );
    let found = extract(&doc.text, None);
    assert_eq!(found.dateline, dateline);
    for event in &timeline.events {
        assert!(!event.mentions.is_empty(), "{} cites no words", event.id);
        for mention in &event.mentions {
            let words = mention.span.of(&doc.text);
            assert!(
                event.evidence.iter().any(|e| e.contains(&mention.span)),
                "{}: \"{words}\" is not in its evidence",
                event.id
            );
            // The extractor, reading the words in their sentence against the dateline, gives
            // the cited value (it may take in a word more: "early Wednesday morning").
            let read = found
                .mentions
                .iter()
                .find(|m| m.span.overlaps(&mention.span))
                .unwrap_or_else(|| panic!("{}: \"{words}\" is not read as a date", event.id));
            assert_eq!(
                read.value.period(),
                mention.value.period(),
                "{}: \"{words}\"",
                event.id
            );
            assert_eq!(
                mention.value.to_string(),
                event.date.to_string(),
                "{}: \"{words}\"",
                event.id
            );
            assert_eq!(
                read.resolution, mention.resolution,
                "{}: \"{words}\"",
                event.id
            );
            assert_eq!(
                mention.resolution == Resolution::Stated,
                words.chars().any(|c| c.is_ascii_digit()),
                "{}: \"{words}\"",
                event.id
            );
        }
    }
}

#[test]
fn a_year_is_drawn_as_the_whole_year() {
    let timeline = seed();
    let (start, end) = timeline.event("treaty-1961").unwrap().date.day_numbers();
    let day_number = |date: &str| TimeValue::day_number(date.parse().unwrap());
    assert_eq!(
        (start, end),
        (day_number("1961-01-01"), day_number("1962-01-01"))
    );
}
