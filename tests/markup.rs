//! The page's markup as rendered on first load (server-side, natively): the stable hooks that
//! tests and embedders rely on, and the marked evidence of a selected event.
#![cfg(not(target_arch = "wasm32"))]

use std::rc::Rc;

use sourceline::components::{
    ArticleProps, ArticleView, Order, PrintedProps, PrintedTimeline, TimelineProps, TimelineView,
};
use sourceline::state::AppState;
use sourceline::App;
use sourceline_core::{Document, Timeline};
use yew::{Callback, LocalServerRenderer};

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

/// The text of some markup, its tags left out.
fn words_of(html: &str) -> String {
    html.split('<')
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once('>').map_or("", |(_, text)| text)
            }
        })
        .collect()
}

async fn article(selected: Option<&str>) -> String {
    let state = AppState::seed();
    let props = ArticleProps {
        timeline: state.timeline.clone(),
        selected: selected.map(str::to_string),
        query: String::new(),
        onselectsentence: Callback::noop(),
        whole: false,
    };
    LocalServerRenderer::<ArticleView>::with_props(props)
        .render()
        .await
}

#[tokio::test]
async fn the_page_has_its_stable_hooks() {
    let html = LocalServerRenderer::<App>::new().render().await;
    assert!(
        html.contains(r#"<ol aria-label="Timeline""#),
        "the events are in a list labelled Timeline"
    );
    assert_eq!(count(&html, "data-event-id="), 6);
    for (id, date) in [
        ("treaty-1961", "1961"),
        ("treaty-2000", "2000"),
        ("summit-2000", "2000-07"),
        ("summit-2019", "2019-04"),
        ("summit-2023", "2023-09"),
        ("summit-2024", "2024-06-19"),
    ] {
        assert!(
            html.contains(&format!(r#"data-event-id="{id}" data-date="{date}""#)),
            "{id}"
        );
    }
    assert_eq!(count(&html, r#"aria-pressed="false" tabindex="#), 6);
    assert!(html.contains("<article"));
    let sentences = AppState::seed().timeline.document.sentences.len();
    assert_eq!(count(&html, "data-sentence="), sentences);
    assert!(html.contains(r#"role="alert""#));
    assert!(
        !html.contains("<mark>"),
        "nothing is marked before a selection"
    );
}

#[tokio::test]
async fn the_selected_events_evidence_is_marked() {
    let html = article(Some("summit-2023")).await;
    assert_eq!(count(&html, "<mark>"), 3);
    for quote in [
        "the second in September last year.",
        "visit to Russia last September.",
        "Since the previous summit in September,",
    ] {
        let marked = html
            .split("<mark>")
            .skip(1)
            .any(|m| words_of(m.split("</mark>").next().unwrap()).contains(quote));
        assert!(marked, "{quote} is marked");
    }
}

#[tokio::test]
async fn only_the_selected_event_is_pressed() {
    let state = AppState::seed();
    let props = TimelineProps {
        timeline: Rc::clone(&state.timeline),
        selected: Some("summit-2019".into()),
        ontoggle: Callback::noop(),
        query: String::new(),
        onquery: Callback::noop(),
        order: Order::Date,
        onorder: Callback::noop(),
        onproblem: Callback::noop(),
        onnotice: Callback::noop(),
    };
    let html = LocalServerRenderer::<TimelineView>::with_props(props)
        .render()
        .await;
    let pressed: Vec<&str> = html
        .split("data-event-id=\"")
        .skip(1)
        .filter(|button| {
            button
                .split('>')
                .next()
                .unwrap()
                .contains(r#"aria-pressed="true""#)
        })
        .collect();
    assert_eq!(pressed.len(), 1);
    assert!(pressed[0].starts_with("summit-2019\""));
    assert!(
        words_of(&html).contains("April 2019: First Putin–Kim Jong-un summit"),
        "the selection is described"
    );
}

#[tokio::test]
async fn text_is_rendered_as_text_never_as_html() {
    let json = AppState::seed().timeline.to_json().replace(
        "Kim Jong-un describes new relationship as 'alliance'",
        "Kim Jong-un describes <script>alert(1)</script> as 'alliance'",
    );
    let timeline = sourceline_core::Timeline::from_json(&json).unwrap();
    let props = ArticleProps {
        timeline: Rc::new(timeline),
        selected: None,
        query: String::new(),
        onselectsentence: Callback::noop(),
        whole: false,
    };
    let html = LocalServerRenderer::<ArticleView>::with_props(props)
        .render()
        .await;
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script>"));
}

#[tokio::test]
async fn every_temporal_expression_is_underlined_with_its_value_and_derivation() {
    let html = article(Some("summit-2023")).await;
    assert!(
        html.contains(
            "data-tip=\"&quot;last September&quot;: September 2023, counted from the dateline, 19 June 2024, 09:20\""
        ),
        "{html}"
    );
    assert!(html.contains("data-tip=\"&quot;1961&quot;: 1961, stated in full\""));
    assert_eq!(count(&html, "class=\"timex\""), 12);
    // Underlines sit inside the evidence mark, which stays one element per passage.
    assert!(html.contains("<mark>Since the previous summit in <span tabindex=\"0\""));
}

#[tokio::test]
async fn printed_each_event_is_dated_with_its_evidence_quoted() {
    let timeline = AppState::seed().timeline;
    let props = PrintedProps {
        timeline: timeline.clone(),
    };
    let html = LocalServerRenderer::<PrintedTimeline>::with_props(props)
        .render()
        .await;
    assert_eq!(count(&html, "<li>"), 6);
    assert!(
        html.contains("<time datetime=\"2019-04\">April 2019</time>"),
        "{html}"
    );
    let summit = timeline.event("summit-2023").unwrap();
    let text = &timeline.document.text;
    let quoted = count(&html, "<blockquote");
    let evidence: usize = timeline.events.iter().map(|e| e.evidence.len()).sum();
    assert_eq!(quoted, evidence);
    for span in &summit.evidence {
        let first_words: String = span.of(text).trim().chars().take(24).collect();
        assert!(words_of(&html).contains(&first_words), "{first_words}");
    }
}

#[tokio::test]
async fn a_long_article_printed_is_drawn_whole() {
    let text: String = (1..=500)
        .map(|n| format!("Paragraph {n} of the report.\n\n"))
        .collect();
    let timeline = Rc::new(Timeline::new(
        Document::new("Report", text, None),
        Vec::new(),
    ));
    let drawn = |whole| {
        let props = ArticleProps {
            timeline: timeline.clone(),
            selected: None,
            query: String::new(),
            onselectsentence: Callback::noop(),
            whole,
        };
        LocalServerRenderer::<ArticleView>::with_props(props).render()
    };
    let on_screen = drawn(false).await;
    assert!(!on_screen.contains("Paragraph 500 "));
    assert!(on_screen.contains("Show more of the article"));
    let printed = drawn(true).await;
    assert!(printed.contains("Paragraph 500 of the report."));
    assert!(!printed.contains("Show more of the article"));
}
