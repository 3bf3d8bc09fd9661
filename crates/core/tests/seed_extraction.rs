//! The extractor alone, without the curated file, finds the seed article's six events with
//! the curated evidence among its evidence.

use sourceline_core::extract::extract;
use sourceline_core::Timeline;

const SEED: &str = include_str!("../../../data/seed.timeline.json");

#[test]
fn the_extractor_finds_the_six_seed_events_with_their_evidence() {
    let curated = Timeline::from_json(SEED).unwrap();
    let text = &curated.document.text;
    let found = extract(text, None);
    assert_eq!(
        found.dateline.map(|d| d.to_string()).as_deref(),
        Some("2024-06-19")
    );
    for wanted in &curated.events {
        let event = found
            .events
            .iter()
            .find(|e| e.date == wanted.date)
            .unwrap_or_else(|| panic!("no extracted event dated {}", wanted.date));
        for evidence in &wanted.evidence {
            assert!(
                event.evidence.contains(evidence),
                "{}: \"{}\" is not among the evidence",
                wanted.date,
                evidence.of(text)
            );
        }
    }
}
