//! The extractor never panics on any text, everything it returns points inside the text on
//! char boundaries, and the timeline it makes comes back the same from either file format.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use sourceline_core::doc::Edit;
use sourceline_core::extract::{extract, timeline};
use sourceline_core::{Span, Timeline};

/// Pieces that reach deep into the rules, mixed with arbitrary text.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("March 22, 2013".to_string()),
        Just("last September".to_string()),
        Just(" Friday afternoon".to_string()),
        Just("two years ago".to_string()),
        Just("the first quarter of".to_string()),
        Just("3:07:35 p.m. GMT".to_string()),
        Just("the 1990s".to_string()),
        Just("'90s".to_string()),
        Just("22nd".to_string()),
        Just("U.S.".to_string()),
        Just("No. 1961".to_string()),
        Just("early".to_string()),
        Just("the end of the".to_string()),
        Just(" - ".to_string()),
        Just("\n\n".to_string()),
        Just("İstanbul ŉ ß ﬁ".to_string()),
        Just("on the 15th to".to_string()),
        Just("13.8 billion years ago".to_string()),
        Just("the 470s BC".to_string()),
        Just("2024-03-05T14:30:00Z".to_string()),
        Just("30.11.2026".to_string()),
        Just("new years eve".to_string()),
        Just("at 0800 GMT on".to_string()),
        Just("FY25 1H".to_string()),
        Just("feb '".to_string()),
        Just("couple of".to_string()),
        Just("afternoon yesterday".to_string()),
        Just("years ago".to_string()),
        Just("billion years ago".to_string()),
        Just("s BC".to_string()),
        Just("centuries ago".to_string()),
        "[0-9]{1,5}",
        "\\PC{0,12}",
        "[ .,:;'\"\\-]{1,3}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.join(" "))
}

fn inside(text: &str, span: &Span) -> bool {
    span.start <= span.end
        && span.end <= text.len()
        && text.is_char_boundary(span.start)
        && text.is_char_boundary(span.end)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn every_span_is_inside_the_text(text in newsy()) {
        let found = extract(&text, None);
        for span in found.sentences.iter().chain(found.mentions.iter().map(|m| &m.span)) {
            prop_assert!(inside(&text, span), "{span:?}");
        }
        for pair in found.mentions.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start, "mentions overlap");
        }
        for event in &found.events {
            prop_assert!(event.evidence.iter().all(|s| inside(&text, s)));
        }
    }

    #[test]
    fn any_text_makes_a_timeline_that_round_trips(text in newsy(), curate in any::<bool>()) {
        round_trips(&text, curate)?;
    }
}

/// The timeline made from `text` (its events renamed when `curate`) reads back from our JSON
/// as it was, and from TimelineJS3 with each event's id, date, title and evidence.
fn round_trips(text: &str, curate: bool) -> Result<(), TestCaseError> {
    let mut made = timeline(text, chrono::NaiveDate::from_ymd_opt(2013, 3, 22));
    if curate {
        // Renaming makes an event curated: a person's title and the extractor's date.
        let ids: Vec<String> = made.events.iter().map(|e| e.id.clone()).collect();
        for (n, id) in ids.into_iter().enumerate() {
            let title = format!("Renamed “{n}” <b>");
            made.apply(&Edit::Rename { id, title })
                .expect("a rename applies");
        }
    }
    let again = Timeline::from_json(&made.to_json());
    prop_assert!(again.is_ok(), "{:?}", again.err());
    prop_assert_eq!(again.unwrap(), made.clone());

    // TimelineJS3 carries each event's id, date, title and evidence, not the article.
    let carried = |t: &Timeline| -> Vec<(String, String, String)> {
        t.events
            .iter()
            .map(|e| (e.id.clone(), e.date.to_string(), e.title.clone()))
            .collect()
    };
    let back = Timeline::from_timelinejs(&made.to_timelinejs());
    prop_assert!(back.is_ok(), "{:?}", back.err());
    let back = back.unwrap();
    prop_assert_eq!(&back.left_out, &None);
    let back = back.timeline;
    prop_assert_eq!(carried(&back), carried(&made));
    for (ours, theirs) in made.events.iter().zip(&back.events) {
        let quotes = |t: &Timeline, e: &sourceline_core::Event| -> Vec<String> {
            e.evidence
                .iter()
                .map(|s| {
                    s.of(&t.document.text)
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect()
        };
        prop_assert_eq!(quotes(&back, theirs), quotes(&made, ours));
    }
    Ok(())
}

#[test]
fn texts_that_once_broke_a_round_trip_make_one() {
    // A half of a year, and a century counted back to TimeML's "00".
    for text in ["FY25 1H 2024-03-05T14:30:00Z", "20 centuries ago"] {
        for curate in [false, true] {
            round_trips(text, curate).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        }
    }
}

#[test]
fn a_sentence_too_long_to_read_whole_is_cut_after_a_wide_space() {
    // Past 16 KB a sentence is read in pieces cut at white space, here a no-break space of
    // two bytes: a cut inside it would fall between a char's bytes.
    let text = format!("{}\u{a0}{} in 2019.", "a".repeat(16_000), "b".repeat(1_000));
    let found = extract(&text, None);
    let values: Vec<String> = found.mentions.iter().map(|m| m.value.to_string()).collect();
    assert_eq!(values, ["2019"]);
}
