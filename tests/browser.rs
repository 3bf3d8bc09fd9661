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

/// How far apart the first and the last event are placed on the axis, in CSS pixels.
fn spread(root: &Element) -> f64 {
    let x = |selector: &str| {
        let item = find(root, selector);
        let value = item.style().get_property_value("--x").unwrap();
        value.trim().trim_end_matches("px").parse::<f64>().unwrap()
    };
    x(".events li:last-child") - x(".events li:first-child")
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
