//! The background extractor, run as a web worker: see `sourceline::extraction`.

use wasm_bindgen::prelude::*;

fn main() {
    sourceline::extraction::serve();
}

/// The worker's answer to `request`, for a page whose worker could not start: it loads this
/// wasm itself and asks here.
///
/// # Errors
/// Why the request cannot be answered, for the reader.
#[wasm_bindgen]
pub fn answer_on_page(request: JsValue) -> Result<String, JsValue> {
    sourceline::extraction::answer(&request, &|_| {}).map_err(|why| JsValue::from_str(&why))
}
