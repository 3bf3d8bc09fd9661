//! The app mounted in a real browser (headless Chromium): clicks, keys and the URL.
#![cfg(target_arch = "wasm32")]

use gloo::utils::{body, document, window};
use sourceline::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a fresh app in its own container and waits for it to render.
async fn mount() -> Element {
    let root = document().create_element("div").unwrap();
    body().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .unwrap()
}

fn marked(root: &Element) -> Vec<String> {
    let marks = root.query_selector_all("article mark").unwrap();
    (0..marks.length())
        .map(|i| marks.get(i).unwrap().text_content().unwrap())
        .collect()
}

async fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

fn focused_event() -> Option<String> {
    document()
        .active_element()
        .and_then(|e| e.get_attribute("data-event-id"))
}

#[wasm_bindgen_test]
async fn clicking_an_event_marks_its_evidence_and_names_it_in_the_url() {
    let root = mount().await;
    let button = find(&root, r#"[data-event-id="summit-2019"]"#);
    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert_eq!(
        marked(&root),
        ["It was Putin's third summit with Kim Jong-un following the first in April 2019 and the second in September last year."]
    );
    assert_eq!(window().location().hash().unwrap(), "#event=summit-2019");

    button.click();
    yew::scheduler::flush().await;
    assert_eq!(
        button.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(marked(&root).is_empty());
    assert_eq!(window().location().hash().unwrap(), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_events_in_date_order_and_escape_clears() {
    let root = mount().await;
    let first = find(&root, r#"[data-event-id="treaty-1961"]"#);
    assert_eq!(
        first.tab_index(),
        0,
        "Tab reaches the timeline at its first event"
    );
    first.focus().unwrap();
    press(&first, "ArrowRight").await;
    assert_eq!(focused_event().as_deref(), Some("treaty-2000"));
    press(&find(&root, r#"[data-event-id="treaty-2000"]"#), "End").await;
    assert_eq!(focused_event().as_deref(), Some("summit-2024"));
    let last = find(&root, r#"[data-event-id="summit-2024"]"#);
    press(&last, "ArrowDown").await;
    assert_eq!(
        focused_event().as_deref(),
        Some("summit-2024"),
        "the last event stays focused"
    );
    press(&last, "ArrowUp").await;
    assert_eq!(focused_event().as_deref(), Some("summit-2023"));

    let focused = find(&root, r#"[data-event-id="summit-2023"]"#);
    focused.click();
    yew::scheduler::flush().await;
    assert_eq!(marked(&root).len(), 3);
    press(&focused, "Escape").await;
    assert!(marked(&root).is_empty());
    assert_eq!(
        focused.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn arrow_keys_move_from_the_focused_event_not_from_the_selected_one() {
    let root = mount().await;
    find(&root, r#"[data-event-id="summit-2024"]"#).click();
    yew::scheduler::flush().await;
    let first = find(&root, r#"[data-event-id="treaty-1961"]"#);
    first.focus().unwrap();
    yew::scheduler::flush().await;
    assert_eq!(first.tab_index(), 0, "the tab stop follows focus");
    press(&first, "ArrowRight").await;
    assert_eq!(focused_event().as_deref(), Some("treaty-2000"));
    let selected = find(&root, r#"[data-event-id][aria-pressed="true"]"#);
    assert_eq!(
        selected.get_attribute("data-event-id").as_deref(),
        Some("summit-2024"),
        "moving does not select"
    );
    // Cleared again, so the next test's page opens without an #event= selection.
    selected.click();
    yew::scheduler::flush().await;
    assert_eq!(window().location().hash().unwrap(), "");
    root.remove();
}

#[wasm_bindgen_test]
async fn clicking_an_evidence_sentence_selects_its_event() {
    let root = mount().await;
    let sentences = root.query_selector_all("[data-sentence]").unwrap();
    let sentence: HtmlElement = (0..sentences.length())
        .map(|i| sentences.get(i).unwrap().dyn_into::<HtmlElement>().unwrap())
        .find(|s| {
            s.text_content()
                .unwrap()
                .starts_with("The visit was also reciprocal")
        })
        .unwrap();
    sentence.click();
    yew::scheduler::flush().await;
    let pressed = find(&root, r#"[data-event-id][aria-pressed="true"]"#);
    assert_eq!(
        pressed.get_attribute("data-event-id").as_deref(),
        Some("summit-2023")
    );
    assert_eq!(marked(&root).len(), 3);
    root.remove();
}

/// How wide the axis is drawn, in CSS pixels: zooming in spreads the events over more of it.
fn spread(root: &Element) -> f64 {
    let value = find(root, ".canvas")
        .style()
        .get_property_value("--width")
        .unwrap();
    value.trim().trim_end_matches("px").parse::<f64>().unwrap()
}

#[wasm_bindgen_test]
async fn zoom_buttons_and_keys_spread_and_gather_the_events() {
    let root = mount().await;
    let before = spread(&root);
    find(&root, r#"[aria-label="Zoom in"]"#).click();
    yew::scheduler::flush().await;
    let zoomed = spread(&root);
    assert!(zoomed > before * 1.3, "{before} -> {zoomed}");
    find(&root, r#"[aria-label="Zoom out"]"#).click();
    yew::scheduler::flush().await;
    assert!((spread(&root) - before).abs() < 1.0);
    let first = find(&root, r#"[data-event-id="treaty-1961"]"#);
    press(&first, "+").await;
    press(&first, "+").await;
    assert!(spread(&root) > zoomed * 1.3);
    press(&first, "0").await;
    assert!((spread(&root) - before).abs() < 1.0);
    root.remove();
}

/// A timeline of `count` one-day events, `record-1` to `record-{count}` in date order, spread
/// evenly from 1950 to 2024, each with a sentence of its own as evidence.
fn generated(count: usize) -> std::rc::Rc<sourceline_core::Timeline> {
    use sourceline_core::{Document, Event, Origin, Span, Timeline};
    let first = chrono::NaiveDate::from_ymd_opt(1950, 1, 1).unwrap();
    let mut text = String::from("Records\n\n");
    let mut events = Vec::with_capacity(count);
    for i in 1..=count {
        let day = first + chrono::Days::new(((i - 1) * 27_000 / count) as u64);
        let start = text.len();
        text.push_str(&format!("Record {i} was filed on {day}.\n\n"));
        events.push(Event {
            id: format!("record-{i}"),
            title: format!("Record {i} filed"),
            date: day.to_string().parse().unwrap(),
            derivation: String::new(),
            evidence: vec![Span::new(start, text.len() - 2)],
            mentions: Vec::new(),
            origin: Origin::Curated,
        });
    }
    let document = Document::new("Records", text, None);
    std::rc::Rc::new(Timeline::new(document, events))
}

/// Mounts the timeline view alone with `timeline`, as the page draws it.
async fn mount_timeline(timeline: std::rc::Rc<sourceline_core::Timeline>) -> Element {
    use sourceline::components::{Order, TimelineProps, TimelineView};
    let root = document().create_element("div").unwrap();
    root.set_attribute("style", "width: 1000px").unwrap();
    // The page's own styles, as the page has them: the viewport scrolls, the parts have sizes.
    let styles = document().create_element("style").unwrap();
    styles.set_text_content(Some(include_str!("../styles/app.css")));
    document().head().unwrap().append_child(&styles).unwrap();
    body().append_child(&root).unwrap();
    let props = TimelineProps {
        timeline,
        selected: None,
        ontoggle: yew::Callback::noop(),
        query: String::new(),
        onquery: yew::Callback::noop(),
        order: Order::Date,
        onorder: yew::Callback::noop(),
        onproblem: yew::Callback::noop(),
        onnotice: yew::Callback::noop(),
    };
    yew::Renderer::<TimelineView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    // The view measures its width after the first render, and draws again.
    yew::scheduler::flush().await;
    root
}

fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

#[wasm_bindgen_test]
async fn ten_thousand_events_draw_what_is_in_view_and_count_the_rest() {
    let root = mount_timeline(generated(10_000)).await;
    let buttons = count(&root, r#"ol[aria-label="Timeline"] button"#);
    assert!(buttons > 0 && buttons < 200, "{buttons} buttons drawn");
    let cluster = find(&root, "button.cluster");
    let label = cluster.get_attribute("aria-label").unwrap();
    let told: usize = label.split(' ').next().unwrap().parse().unwrap();
    assert!(told > 1, "{label}");
    assert!(cluster
        .text_content()
        .unwrap()
        .starts_with(&told.to_string()));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_cluster_zooms_in_when_pressed_and_lists_its_events_at_the_closest_zoom() {
    let root = mount_timeline(generated(10_000)).await;
    let before = spread(&root);
    find(&root, "button.cluster").click();
    yew::scheduler::flush().await;
    assert!(
        spread(&root) > before * 1.5,
        "{before} -> {}",
        spread(&root)
    );
    // Pressed again and again, it reaches the closest zoom, where it opens.
    for _ in 0..12 {
        if count(&root, r#"button.cluster[aria-expanded="true"]"#) > 0 {
            break;
        }
        find(&root, "button.cluster").click();
        yew::scheduler::flush().await;
    }
    let opened = find(&root, r#"button.cluster[aria-expanded="true"]"#);
    let label = opened.get_attribute("aria-label").unwrap();
    let told: u32 = label.split(' ').next().unwrap().parse().unwrap();
    assert!(label.ends_with("list them"), "{label}");
    let listed = count(&root, ".members [data-event-id]");
    assert_eq!(listed, told.min(100), "the opened cluster lists its events");
    let list = find(&root, ".members").get_bounding_client_rect();
    let view = find(&root, ".viewport").get_bounding_client_rect();
    assert!(
        list.bottom() <= view.bottom() + 1.0,
        "the list is not cut off: {} below {}",
        list.bottom(),
        view.bottom()
    );
    root.remove();
}

#[wasm_bindgen_test]
async fn a_cluster_pressed_less_than_a_step_from_the_closest_zoom_goes_there() {
    let root = mount_timeline(generated(10_000)).await;
    // Eleven steps of 1.6 are 176 times closer: less than a step from the closest, 256.
    for _ in 0..11 {
        find(&root, r#"[aria-label="Zoom in"]"#).click();
        yew::scheduler::flush().await;
    }
    let label = find(&root, "button.cluster")
        .get_attribute("aria-label")
        .unwrap();
    assert!(label.ends_with("tell them apart"), "{label}");
    find(&root, "button.cluster").click();
    yew::scheduler::flush().await;
    let label = find(&root, "button.cluster")
        .get_attribute("aria-label")
        .unwrap();
    assert!(label.ends_with("list them"), "{label}");
    root.remove();
}

#[wasm_bindgen_test]
async fn the_keys_reach_the_last_of_ten_thousand_events() {
    let root = mount_timeline(generated(10_000)).await;
    let first = find(&root, r#"ol[aria-label="Timeline"] [tabindex="0"]"#);
    assert_eq!(
        first.get_attribute("data-event-id").as_deref(),
        Some("record-1")
    );
    first.focus().unwrap();
    press(&first, "End").await;
    assert_eq!(focused_event().as_deref(), Some("record-10000"));
    let last = find(&root, r#"[data-event-id="record-10000"]"#);
    press(&last, "ArrowLeft").await;
    assert_eq!(focused_event().as_deref(), Some("record-9999"));
    let buttons = count(&root, "[data-event-id]");
    assert!(buttons < 200, "{buttons} events drawn");
    root.remove();
}

#[wasm_bindgen_test]
async fn after_a_fault_a_panel_saves_the_timeline_on_screen_and_reloads_the_page() {
    let root = mount().await;
    sourceline::recovery::show();
    let panel = document()
        .get_element_by_id("recovery")
        .expect("the recovery panel is drawn");
    assert_eq!(panel.get_attribute("role").as_deref(), Some("alertdialog"));
    let save = panel
        .query_selector("a[download]")
        .unwrap()
        .expect("a link that saves");
    assert_eq!(
        save.get_attribute("download").as_deref(),
        Some("russia-north-korea-upgrade-partnership.timeline.json")
    );
    assert_eq!(
        document().active_element().as_ref(),
        Some(&save),
        "the link that saves the work has the focus"
    );
    let href = save.get_attribute("href").unwrap();
    let saved = gloo::net::http::Request::get(&href)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let timeline = sourceline_core::Timeline::from_json(&saved).expect("the saved file opens");
    assert_eq!(timeline.events.len(), 6);
    let reload = panel.query_selector("a:not([download])").unwrap().unwrap();
    let page = window().location().href().unwrap();
    assert_eq!(
        reload.get_attribute("href").as_deref(),
        page.split('#').next()
    );
    panel.remove();
    root.remove();
}
