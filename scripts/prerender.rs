//! Writes the seed page's first view into the built `index.html`, so that its six events
//! show from the HTML alone, before the wasm arrives: `make dist` runs it after Trunk.
//!
//! The view is the app's own first render (Yew's server-side renderer, natively), inside
//! `<div id="prerendered" inert>`: seen but not yet live. The app, once running, draws the
//! live page and removes it (`browser::drop_first_view`).
//!
//! ```sh
//! cargo run --example prerender -- dist/index.html
//! ```

use std::process::ExitCode;

/// Where the first view goes: the start of the page's body.
const BODY: &str = "<body>";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: prerender dist/index.html");
        return ExitCode::from(2);
    };
    let page = match std::fs::read_to_string(&path) {
        Ok(page) => page,
        Err(e) => {
            eprintln!("prerender: {path} could not be read: {e}");
            return ExitCode::FAILURE;
        }
    };
    if !page.contains(BODY) || page.contains("id=\"prerendered\"") {
        eprintln!("prerender: {path} has no {BODY} to put the first view in, or has one already");
        return ExitCode::FAILURE;
    }
    let view = yew::LocalServerRenderer::<sourceline::App>::new()
        .hydratable(false)
        .render()
        .await;
    let first = format!("{BODY}\n    <div id=\"prerendered\" inert>{view}</div>");
    if let Err(e) = std::fs::write(&path, page.replacen(BODY, &first, 1)) {
        eprintln!("prerender: {path} could not be written: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
