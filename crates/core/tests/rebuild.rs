//! Building an article again after its text changed: the curation carried onto the new
//! version by its quoted words.

use sourceline_core::doc::Edit;
use sourceline_core::extract::timeline;
use sourceline_core::{Event, Origin, Timeline};

const TEXT: &str = "Harbor bridge reopens\n\nMarch 22, 2013\n\n\
    The bridge reopened on Thursday, the city said. It had been closed since a barge struck \
    one of its piers in Febuary 2011.\n\nEngineers finished the last load tests in late 2012. \
    A second bridge opened in 2009.\n\nThe city first planned the repair in 2010.";

fn title_of<'t>(timeline: &'t Timeline, words: &str) -> &'t Event {
    timeline
        .events
        .iter()
        .find(|e| {
            e.evidence
                .iter()
                .any(|s| s.of(&timeline.document.text).contains(words))
        })
        .unwrap_or_else(|| panic!("no event stated by {words:?}"))
}

#[test]
fn a_typo_fixed_keeps_every_rename_deletion_merge_and_passage() {
    let mut curated = timeline(TEXT, None);
    let id = |t: &Timeline, words: &str| title_of(t, words).id.clone();
    let tests = id(&curated, "load tests");
    curated
        .apply(&Edit::Rename {
            id: tests.clone(),
            title: "Load tests end".into(),
        })
        .unwrap();
    let second = id(&curated, "second bridge");
    curated.apply(&Edit::Delete { id: second }).unwrap();
    let (planned, barge) = (id(&curated, "planned"), id(&curated, "barge struck"));
    curated
        .apply(&Edit::Merge {
            into: barge.clone(),
            from: planned,
            date: None,
        })
        .unwrap();
    let before = curated.events.len();

    let fixed = TEXT.replace("Febuary", "February");
    assert!(curated.is_version_of(&timeline(&fixed, None).document));
    let carried = curated.carried_onto(timeline(&fixed, None));
    let after = &carried.timeline;
    assert_eq!(carried.lost, Vec::<String>::new());
    assert_eq!((carried.events, carried.deletions), (2, 1));
    assert_eq!(after.events.len(), before, "no proposal came back");
    assert_eq!(after.event(&tests).unwrap().title, "Load tests end");
    let merged = after.event(&barge).unwrap();
    assert_eq!(merged.evidence.len(), 2, "the merge holds both passages");
    assert!(merged.evidence[0].of(&fixed).contains("February 2011"));
    assert!(!after.events.iter().any(|e| e
        .evidence
        .iter()
        .any(|s| s.of(&fixed).contains("second bridge"))));
    assert_eq!(after.document.text, fixed);
}

#[test]
fn what_is_no_longer_in_the_text_is_said_and_new_words_are_proposed() {
    let mut curated = timeline(TEXT, None);
    let planned = title_of(&curated, "planned").id.clone();
    curated
        .apply(&Edit::Rename {
            id: planned,
            title: "Repair planned".into(),
        })
        .unwrap();
    let rewritten = TEXT.replace(
        "The city first planned the repair in 2010.",
        "Tolls rise in 2014.",
    );
    let carried = curated.carried_onto(timeline(&rewritten, None));
    assert_eq!(
        carried.lost,
        [
            "a passage of \"Repair planned\" (\"The city first planned the repair in 2010.\") is no longer in the article",
            "\"Repair planned\" was left out: none of its passages is in the article any more"
        ]
    );
    assert!(title_of(&carried.timeline, "Tolls rise").origin == Origin::Extracted);
}

#[test]
fn another_article_is_no_version_of_this_one() {
    let bridge = timeline(TEXT, None);
    let other = timeline("Council vote\n\nThe council voted in 2011.", None);
    assert!(!bridge.is_version_of(&other.document));
    assert!(bridge.is_version_of(&bridge.document));
}
