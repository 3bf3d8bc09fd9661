//! Edits that read a text again ("New event from selected text", a new "Published on"): the
//! model takes what a reading proposes, here the extractor's.

use chrono::NaiveDate;
use sourceline_core::doc::Edit;
use sourceline_core::extract::{extract, timeline};
use sourceline_core::{Origin, Span, Timeline};

fn seed() -> Timeline {
    Timeline::from_json(include_str!("../../../data/seed.timeline.json")).unwrap()
}

fn sentence_with(timeline: &Timeline, words: &str) -> Span {
    let text = &timeline.document.text;
    *timeline
        .document
        .sentences
        .iter()
        .find(|s| s.of(text).contains(words))
        .unwrap()
}

#[test]
fn a_passage_with_a_date_becomes_an_event_and_one_without_is_refused() {
    let mut timeline = seed();
    let read = |timeline: &Timeline, passage: Span| {
        let (text, dateline) = timeline.passage_to_read(passage).unwrap();
        extract(text, dateline).into()
    };
    let passage = sentence_with(&timeline, "since July 2000");
    let found = read(&timeline, passage);
    let id = timeline
        .apply(&Edit::Add {
            evidence: passage,
            found,
        })
        .unwrap()
        .unwrap();
    let event = timeline.event(&id).unwrap();
    assert_eq!(event.evidence, vec![passage]);
    assert_eq!(event.date.to_string(), "2000-07");
    assert_eq!(event.origin, Origin::Curated);
    assert!(passage.contains(&event.mentions[0].span));

    let undated = sentence_with(&timeline, "Putin also criticized international sanctions");
    let found = read(&timeline, undated);
    let refused = timeline.apply(&Edit::Add {
        evidence: undated,
        found,
    });
    assert!(refused.unwrap_err().to_string().contains("no date"));
}

#[test]
fn a_new_publication_date_reads_relative_dates_again_and_keeps_curated_events() {
    let text = "Vote\n\nThe council voted on Monday, after a hearing in 2023.";
    let mut timeline = timeline(text, None);
    let dates =
        |t: &Timeline| -> Vec<String> { t.events.iter().map(|e| e.date.to_string()).collect() };
    assert_eq!(dates(&timeline), ["2023"]);
    let hearing = timeline.events[0].id.clone();
    timeline
        .apply(&Edit::Rename {
            id: hearing.clone(),
            title: "Hearing".into(),
        })
        .unwrap();
    let published = NaiveDate::from_ymd_opt(2013, 3, 22).unwrap();
    let found = extract(&timeline.document.text, Some(published)).into();
    timeline
        .apply(&Edit::Republish { published, found })
        .unwrap();
    assert_eq!(dates(&timeline), ["2013-03-18", "2023"]);
    assert_eq!(timeline.event(&hearing).unwrap().title, "Hearing");
    assert_eq!(
        timeline.document.dateline.unwrap().to_string(),
        "2013-03-22"
    );
}

#[test]
fn a_new_published_date_wins_over_the_articles_own_date_line_as_a_first_build_with_it_would() {
    // One rule for the date line everywhere: the date the reader gives is the one the text is
    // read against, whether given before the first build or changed after it.
    let text = "Ferry runs aground\nTuesday, May 14, 2024\nA ferry ran aground on Sunday. Its owner said on Monday that repairs will take a month.";
    let published = NaiveDate::from_ymd_opt(2024, 6, 20).unwrap();
    let dates = |timeline: &Timeline| -> Vec<(String, String)> {
        let mut dates: Vec<_> = timeline
            .events
            .iter()
            .map(|e| (e.date.to_string(), e.title.clone()))
            .collect();
        dates.sort();
        dates
    };

    let mut republished = timeline(text, None);
    assert_eq!(
        dates(&republished),
        [
            ("2024-05-12".to_string(), "Ferry ran aground".to_string()),
            (
                "2024-05-13".to_string(),
                "Its owner said that repairs will take a month".to_string()
            ),
        ],
        "read against its own date line first"
    );
    republished
        .apply(&Edit::Republish {
            published,
            found: extract(text, Some(published)).into(),
        })
        .unwrap();

    let built_with_it = timeline(text, Some(published));
    assert_eq!(dates(&republished), dates(&built_with_it));
    assert_eq!(
        dates(&republished)[0].0,
        "2024-06-16",
        "Sunday before 20 June"
    );
    assert_eq!(
        republished.document.dateline.and_then(|d| d.date()),
        Some(published)
    );
    assert_eq!(
        republished.document.mentions,
        built_with_it.document.mentions
    );
}
