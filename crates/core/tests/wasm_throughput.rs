//! Extraction throughput in WebAssembly, in headless Chromium: the browser's side of the
//! `extract` benchmark. `make bench` runs it in release mode and prints the figure.
#![cfg(target_arch = "wasm32")]

use sourceline_core::extract::extract;
use sourceline_core::Timeline;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SIZE: usize = 5 * 1024 * 1024;

#[wasm_bindgen_test]
fn extraction_throughput_in_the_browser() {
    let seed = Timeline::from_json(include_str!("../../../data/seed.timeline.json")).unwrap();
    let bridge =
        Timeline::from_json(include_str!("../../../e2e/fixtures/bridge.timeline.json")).unwrap();
    let mut text = String::with_capacity(SIZE + 10_000);
    while text.len() < SIZE {
        text.push_str(&seed.document.text);
        text.push_str("\n\n");
        text.push_str(&bridge.document.text);
        text.push_str("\n\n");
    }
    let start = js_sys::Date::now();
    let found = extract(&text, None);
    let seconds = (js_sys::Date::now() - start) / 1000.0;
    assert!(found.mentions.len() > 1000, "the text is full of dates");
    console_log!(
        "wasm extract: {:.1} MB in {:.2} s = {:.1} MB/s ({} mentions)",
        text.len() as f64 / 1e6,
        seconds,
        text.len() as f64 / 1e6 / seconds,
        found.mentions.len()
    );
}
