//! The browser APIs the app uses: the URL, scrolling into view, and fetching a file.
//!
//! Only called from effects and event handlers, never while rendering, so the components
//! also render natively (server-side) in tests.

use gloo::utils::{document, window};
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};

/// The event id in the URL's fragment, `#event=<id>`.
pub fn event_in_url() -> Option<String> {
    let hash = window().location().hash().ok()?;
    event_in_fragment(&hash)
}

/// Reads `event=<id>` from a fragment such as `#event=summit-2019`.
pub fn event_in_fragment(fragment: &str) -> Option<String> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|pair| pair.strip_prefix("event="))
        .filter(|id| !id.is_empty())
        .map(str::to_string)
}

/// Puts `#event=<id>` in the URL (or removes it) without adding a history entry.
pub fn show_event_in_url(id: Option<&str>) {
    let location = window().location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    let url = match id {
        Some(id) => format!("{path}{search}#event={id}"),
        None => format!("{path}{search}"),
    };
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The `?timeline=<url>` parameter, if the page was opened with one.
pub fn timeline_in_url() -> Option<String> {
    let search = window().location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get("timeline")
        .filter(|url| !url.is_empty())
}

/// Scrolls the sentence with index `index` into the middle of the view.
pub fn reveal_sentence(index: usize) {
    reveal(
        &format!("[data-sentence=\"{index}\"]"),
        ScrollLogicalPosition::Center,
    );
}

/// Scrolls an event's button into view inside the timeline.
pub fn reveal_event(id: &str) {
    reveal(
        &format!("[data-event-id=\"{id}\"]"),
        ScrollLogicalPosition::Nearest,
    );
}

fn reveal(selector: &str, block: ScrollLogicalPosition) {
    let Ok(Some(element)) = document().query_selector(selector) else {
        return;
    };
    let reduced_motion = window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let options = ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_inline(ScrollLogicalPosition::Nearest);
    options.set_behavior(if reduced_motion {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Offers `contents` to the reader as a file named `name`, as a download.
pub fn download(name: &str, mime: &str, contents: &str) {
    use wasm_bindgen::JsCast;
    let url = gloo::file::ObjectUrl::from(gloo::file::Blob::new_with_options(contents, Some(mime)));
    let Ok(link) = document().create_element("a") else {
        return;
    };
    let _ = link.set_attribute("href", &url);
    let _ = link.set_attribute("download", name);
    if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
        link.click();
    }
    // The browser reads the URL after the click returns; free it once it has.
    gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
}

/// Moves keyboard focus to an event's button.
pub fn focus_event(id: &str) {
    use wasm_bindgen::JsCast;
    let selector = format!("[data-event-id=\"{id}\"]");
    if let Ok(Some(element)) = document().query_selector(&selector) {
        if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
            let _ = element.focus();
        }
    }
}

/// Fetches a text file, relative URLs resolving against the page.
///
/// # Errors
/// A sentence for the reader: the server's answer, or why there was none.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let response = gloo::net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| format!("the request failed ({e})"))?;
    if !response.ok() {
        return Err(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    response
        .text()
        .await
        .map_err(|e| format!("its content could not be read ({e})"))
}

#[cfg(test)]
mod tests {
    use super::event_in_fragment;

    #[test]
    fn the_event_is_read_from_the_fragment() {
        assert_eq!(
            event_in_fragment("#event=summit-2019").as_deref(),
            Some("summit-2019")
        );
        assert_eq!(event_in_fragment("#x=1&event=a").as_deref(), Some("a"));
        assert_eq!(event_in_fragment("#event="), None);
        assert_eq!(event_in_fragment(""), None);
    }
}
