//! The browser APIs the app uses: the URL, scrolling into view, and fetching a file.
//!
//! Only called from effects and event handlers, never while rendering, so the components
//! also render natively (server-side) in tests; those read while rendering say what they
//! answer natively.

use gloo::utils::{document, window};
use sourceline_core::text::html::bare_tags;
use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::Callback;

/// `text` in lower case, by the browser's own `toLowerCase` (natively, by Rust's): the same
/// Unicode mapping, without the page carrying its tables.
pub fn lowercase(text: &str) -> String {
    #[cfg(target_arch = "wasm32")]
    return js_sys::JsString::from(text).to_lower_case().into();
    #[cfg(not(target_arch = "wasm32"))]
    text.to_lowercase()
}

/// Whether the page matches the media `query` now; natively, where the first view is written
/// at build time, never.
pub fn matches_media(query: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    return window()
        .match_media(query)
        .ok()
        .flatten()
        .is_some_and(|q| q.matches());
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = query;
        false
    }
}

/// The width of the first view's timeline, on screen until the live page is drawn: the live
/// axis starts at the width the reader sees. None natively, or where there is no first view.
pub fn first_view_width() -> Option<f64> {
    #[cfg(target_arch = "wasm32")]
    return document()
        .query_selector("#prerendered .viewport")
        .ok()
        .flatten()
        .map(|viewport| f64::from(viewport.client_width()))
        .filter(|&width| width > 0.0);
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Draws the page in `theme` (`data-theme` on its root, which the stylesheet reads), or as the
/// system is (`None`).
pub fn show_theme(theme: Option<&str>) {
    if let Some(root) = document().document_element() {
        let _ = match theme {
            Some(theme) => root.set_attribute("data-theme", theme),
            None => root.remove_attribute("data-theme"),
        };
    }
}

thread_local! {
    /// The first view written into the page, kept before the app is mounted on the page's body
    /// (which empties it).
    static FIRST_VIEW: std::cell::RefCell<Option<web_sys::Element>> =
        const { std::cell::RefCell::new(None) };
}

/// Keeps the first view that `make dist` writes into the page, before the app is mounted on the
/// page's body (which empties it): a page that waits for its `?timeline=` file shows it
/// meanwhile ([`first_view`]).
pub fn hold_first_view() {
    let first = document().get_element_by_id("prerendered");
    FIRST_VIEW.with(|kept| *kept.borrow_mut() = first);
}

/// The first view [`hold_first_view`] kept, if the page has one.
pub fn first_view() -> Option<web_sys::Element> {
    FIRST_VIEW.with(|kept| kept.borrow().clone())
}

/// Removes the first view that `make dist` writes into the page (`scripts/prerender.rs`), once
/// the live page is drawn: until then the reader sees that one.
pub fn drop_first_view() {
    if let Some(first) = document().get_element_by_id("prerendered") {
        first.remove();
    }
}

/// Has the browser keep the page for reading offline: registers the service worker that
/// `make dist` writes beside the page (`scripts/offline.mjs`), whose scope is then the page's
/// own folder. Where there is none (`trunk serve`) or the browser offers none (a page not
/// served over https, say), the page goes on as before, without a word.
pub fn keep_for_offline() {
    let navigator = window().navigator();
    if js_sys::Reflect::has(&navigator, &"serviceWorker".into()) != Ok(true) {
        return;
    }
    let registering = navigator.service_worker().register("sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(registering).await;
    });
}

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

/// The `?timeline=<url>` parameter, if the page was opened with one (never natively, where
/// the first view is drawn).
pub fn timeline_in_url() -> Option<String> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
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
    let reduced_motion = matches_media("(prefers-reduced-motion: reduce)");
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

/// Offers the SVG picture `svg`, `width` × `height` CSS pixels, as a PNG file named `name`,
/// drawn at twice that size so that its text stays sharp; `ondone` hears that it was saved or
/// why not.
pub fn save_png(
    name: &str,
    svg: &str,
    (width, height): (f64, f64),
    ondone: Callback<Result<(), String>>,
) {
    use wasm_bindgen::{closure::Closure, JsCast};
    const SCALE: f64 = 2.0;
    let fail = {
        let ondone = ondone.clone();
        move |why: &str| ondone.emit(Err(why.to_string()))
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return fail("the browser could not make it");
    };
    let encoded: String = js_sys::encode_uri_component(svg).into();
    image.set_src(&format!("data:image/svg+xml;charset=utf-8,{encoded}"));
    let name = name.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        if wasm_bindgen_futures::JsFuture::from(image.decode())
            .await
            .is_err()
        {
            return fail("the browser could not read the picture");
        }
        let canvas = document()
            .create_element("canvas")
            .ok()
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        let context = canvas.as_ref().and_then(|canvas| {
            canvas.set_width((width * SCALE) as u32);
            canvas.set_height((height * SCALE) as u32);
            let context = canvas.get_context("2d").ok().flatten()?;
            context.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()
        });
        let (Some(canvas), Some(context)) = (canvas, context) else {
            return fail("the browser could not draw it");
        };
        let _ = context.scale(SCALE, SCALE);
        let _ = context.draw_image_with_html_image_element(&image, 0.0, 0.0);
        let saved = Closure::once_into_js(move |blob: Option<web_sys::Blob>| match blob {
            Some(blob) => ondone.emit(save(&name, &gloo::file::Blob::from(blob))),
            None => fail("the browser made no PNG of it"),
        });
        let _ = canvas.to_blob(saved.unchecked_ref());
    });
}

/// Offers `contents` to the reader as a file named `name`, as a download.
///
/// # Errors
/// Why the browser could not offer it, for the reader.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    save(
        name,
        &gloo::file::Blob::new_with_options(contents, Some(mime)),
    )
}

/// Offers `blob` to the reader as a file named `name`, as a download.
///
/// # Errors
/// Why the browser could not offer it, for the reader.
fn save(name: &str, blob: &gloo::file::Blob) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let url = gloo::file::ObjectUrl::from(blob.clone());
    let link = document()
        .create_element("a")
        .ok()
        .and_then(|link| link.dyn_into::<web_sys::HtmlElement>().ok())
        .ok_or("the browser could not offer the file")?;
    let _ = link.set_attribute("href", &url);
    let _ = link.set_attribute("download", name);
    link.click();
    // The browser reads the URL after the click returns; free it once it has.
    gloo::timers::callback::Timeout::new(10_000, move || drop(url)).forget();
    Ok(())
}

/// The first and last index of the article sentences the reader's text selection touches.
pub fn selected_sentences() -> Option<(usize, usize)> {
    use wasm_bindgen::JsCast;
    let selection = window().get_selection().ok().flatten()?;
    if selection.is_collapsed() {
        return None;
    }
    let sentence = |node: Option<web_sys::Node>| -> Option<usize> {
        let node = node?;
        let element = match node.dyn_ref::<web_sys::Element>() {
            Some(element) => element.clone(),
            None => node.parent_element()?,
        };
        element
            .closest("article [data-sentence]")
            .ok()
            .flatten()?
            .get_attribute("data-sentence")?
            .parse()
            .ok()
    };
    let (a, b) = (
        sentence(selection.anchor_node())?,
        sentence(selection.focus_node())?,
    );
    Some((a.min(b), a.max(b)))
}

/// Whether a key press goes to a text field, which has its own undo.
pub fn typing_in_field(event: &web_sys::KeyboardEvent) -> bool {
    target_element(event)
        .is_some_and(|e| matches!(e.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

/// The element a key was pressed in.
fn target_element(event: &web_sys::KeyboardEvent) -> Option<web_sys::Element> {
    use wasm_bindgen::JsCast;
    event.target()?.dyn_into::<web_sys::Element>().ok()
}

/// Calls `onkey` for every key pressed on the page, outside any text field (which has keys of
/// its own), until the listener returned is dropped; `onkey` may prevent the key's default.
pub fn on_page_key(
    mut onkey: impl FnMut(&web_sys::KeyboardEvent) + 'static,
) -> gloo::events::EventListener {
    use gloo::events::{EventListener, EventListenerOptions};
    use wasm_bindgen::JsCast;
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&window(), "keydown", options, move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() {
            if !typing_in_field(e) {
                onkey(e);
            }
        }
    })
}

/// Opens `dialog` (a `<dialog>`) as a modal one, which Escape closes and which gives focus
/// back where it was when it closes.
pub fn show_dialog(dialog: &yew::NodeRef) {
    if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
        if !dialog.open() {
            let _ = dialog.show_modal();
        }
    }
}

/// Closes `dialog` (a `<dialog>`).
pub fn close_dialog(dialog: &yew::NodeRef) {
    if let Some(dialog) = dialog.cast::<web_sys::HtmlDialogElement>() {
        dialog.close();
    }
}

/// Whether a key was pressed in a dialog, which answers Escape itself (it closes).
pub fn in_dialog(event: &web_sys::KeyboardEvent) -> bool {
    target_element(event).is_some_and(|e| e.closest("dialog").ok().flatten().is_some())
}

/// Titles and describes the page (its `<title>` and `<meta name="description">`), as tabs,
/// bookmarks and shared links show it.
pub fn describe_page(title: &str, description: &str) {
    document().set_title(title);
    if let Ok(Some(meta)) = document().query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}

/// The readable text of an HTML page: its title, then its paragraphs, one blank line apart.
///
/// The browser's own parser reads it, as [`bare_tags`] leaves it, into a document that is
/// never shown: its scripts do not run and nothing it links to is fetched. Scripts, styles and
/// other non-text parts are dropped.
pub fn readable_text(html: &str) -> Option<String> {
    let parsed = web_sys::DomParser::new()
        .ok()?
        .parse_from_string(&bare_tags(html), web_sys::SupportedType::TextHtml)
        .ok()?;
    let drop = parsed
        .query_selector_all(
            "script, style, noscript, template, iframe, object, svg, nav, form, button",
        )
        .ok()?;
    for i in 0..drop.length() {
        if let Some(node) = drop.item(i) {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(&node);
            }
        }
    }
    let blocks = parsed
        .query_selector_all(
            "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, div, section, article, header, \
             footer, figcaption, dt, dd, tr, br",
        )
        .ok()?;
    for i in 0..blocks.length() {
        if let Some(block) = blocks.item(i) {
            let _ = block.append_child(&parsed.create_text_node("\n\n"));
        }
    }
    let body = parsed.body()?.text_content().unwrap_or_default();
    let paragraphs: Vec<String> = std::iter::once(parsed.title())
        .chain(body.split("\n\n").map(str::to_string))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    let mut unique = paragraphs;
    // The title often opens the body too, as its headline.
    if unique.len() > 1 && unique[0] == unique[1] {
        unique.remove(0);
    }
    Some(unique.join("\n\n"))
}

/// Copies the address of the page's reader view (`?embed`: the timeline and the article,
/// no editor), with its `?timeline=` and `#event=`, to the clipboard: a link for readers.
///
/// # Errors
/// Why the browser refused, for the reader.
pub async fn copy_page_link() -> Result<(), String> {
    let href = page_address(true).ok_or("the page's address could not be read")?;
    copy_text(&href).await
}

/// Copies `text` to the clipboard.
///
/// # Errors
/// Why the browser refused, for the reader.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let copying = window().navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(copying)
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow access to the clipboard".to_string())
}

/// The page's address with `?embed` (the compact reader, for an `<iframe>`) or without it,
/// and without an embedding page's `?theme`.
pub fn page_address(embedded: bool) -> Option<String> {
    let url = web_sys::Url::new(&window().location().href().ok()?).ok()?;
    url.search_params().delete("theme");
    if embedded {
        url.search_params().set("embed", "");
    } else {
        url.search_params().delete("embed");
    }
    Some(url.href())
}

/// Whether the page is the compact reader of an embed (`?embed`, or in another page's frame,
/// which `first-paint.js` has marked on the page's root); natively, never.
pub fn embedded() -> bool {
    #[cfg(target_arch = "wasm32")]
    return document()
        .document_element()
        .is_some_and(|root| root.has_attribute("data-embed"));
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Tells the page this one is embedded in, if any, which event is selected (`None`: none):
/// a message `{ type: "sourceline:select", id, date }`, for any site that frames it (the
/// event's id and date are what the page's own address shows; an embedded page shows only
/// the timeline its address names, never the reader's own work).
pub fn tell_embedding_page(event: Option<(&str, &str)>) {
    if !embedded() {
        return;
    }
    let Ok(Some(parent)) = window().parent() else {
        return;
    };
    if parent == window() {
        return;
    }
    let message = js_sys::Object::new();
    let (id, date) = event.map_or(
        (wasm_bindgen::JsValue::NULL, wasm_bindgen::JsValue::NULL),
        |(id, date)| (id.into(), date.into()),
    );
    for (key, value) in [
        ("type", "sourceline:select".into()),
        ("id", id),
        ("date", date),
    ] {
        let _ = js_sys::Reflect::set(&message, &key.into(), &value);
    }
    let _ = parent.post_message(&message, "*");
}

/// Moves keyboard focus to an event's button; false where it is not drawn.
pub fn focus_event(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let selector = format!("[data-event-id=\"{id}\"]");
    let button = document().query_selector(&selector).ok().flatten();
    match button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(button) => button.focus().is_ok(),
        None => false,
    }
}

/// Resolves in a task of its own: the browser may draw and answer the reader in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Resolves once the browser has drawn the next frame: what was just rendered is on screen.
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().request_animation_frame(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(frame).await;
    next_task().await;
}

/// A `?timeline=` file on its way: its bytes as they arrive.
pub struct Download {
    /// The file's body; none for an answer without one.
    body: Option<web_sys::ReadableStreamDefaultReader>,
    /// The read asked for and not answered yet.
    reading: Option<js_sys::Promise>,
    /// How many bytes the server said the file has (0 where it did not say).
    pub length: usize,
    /// How many have arrived.
    received: usize,
    /// The site it came from (after any redirect) when that is not the page's own, as its
    /// host (`example.org`, `127.0.0.1:8081`).
    pub from: Option<String>,
}

/// What [`Download::next`] brings.
pub enum Arrival {
    /// The next bytes of the file.
    Bytes(Vec<u8>),
    /// None yet, in the time given.
    Waiting,
    /// Every byte has arrived.
    Done,
}

impl Download {
    /// The next bytes of the file as they arrive, or `Waiting` when none have within
    /// `within` ms (`None`: however long it takes); the bytes asked for then come next.
    ///
    /// # Errors
    /// A sentence for the reader: why the rest did not arrive.
    pub async fn next(&mut self, within: Option<i32>) -> Result<Arrival, String> {
        use wasm_bindgen::JsCast;
        let Some(body) = &self.body else {
            return Ok(Arrival::Done);
        };
        let read = self.reading.get_or_insert_with(|| body.read()).clone();
        let first = match within {
            Some(ms) => js_sys::Promise::race(&js_sys::Array::of2(
                &read,
                &js_sys::Promise::new(&mut |resolve, _| {
                    let _ = window()
                        .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
                }),
            )),
            None => read,
        };
        let first = wasm_bindgen_futures::JsFuture::from(first)
            .await
            .map_err(|e| format!("its content could not be read ({})", said(&e)))?;
        // The timer's answer is `undefined`; a read's, an object.
        if first.is_undefined() {
            return Ok(Arrival::Waiting);
        }
        self.reading = None;
        let read = web_sys::ReadableStreamReadResult::unchecked_from_js(first);
        if read.get_done() == Some(true) {
            return Ok(Arrival::Done);
        }
        // Copied into the wasm at once, as bytes: a string would cross a character at a time.
        let bytes = js_sys::Uint8Array::new(&read.get_value()).to_vec();
        self.received += bytes.len();
        Ok(Arrival::Bytes(bytes))
    }

    /// Whether every byte the server said the file has has arrived (for a file it sent
    /// compressed, sooner: the length it says is the compressed one).
    pub fn arrived(&self) -> bool {
        self.length > 0 && self.received >= self.length
    }
}

impl Drop for Download {
    /// A file left unread (one found wrong before its end) stops arriving.
    fn drop(&mut self) {
        if let Some(body) = &self.body {
            let _ = body.cancel();
        }
    }
}

/// What a JavaScript error says (`TypeError: Failed to fetch`).
fn said(error: &wasm_bindgen::JsValue) -> String {
    use wasm_bindgen::JsCast;
    match error.dyn_ref::<js_sys::Error>() {
        Some(error) => format!("{}: {}", error.name(), error.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}

/// Starts reading the `?timeline=` file `url` names, relative URLs resolving against the page:
/// the request `first-paint.js` made for it as the page started, else a new one.
///
/// # Errors
/// A sentence for the reader: the server's answer, or why there was none.
pub async fn fetch_hosted(url: &str) -> Result<Download, String> {
    use wasm_bindgen::JsCast;
    // Only web addresses: the page's policy forbids fetching any other (`data:`, `blob:`).
    let page = window().location().href().unwrap_or_default();
    let url = web_sys::Url::new_with_base(url, &page)
        .map_err(|_| "it is not a web address".to_string())?;
    if !matches!(url.protocol().as_str(), "http:" | "https:") {
        return Err(format!(
            "only http and https addresses are read, not {}",
            url.protocol()
        ));
    }
    // Taken once: whatever asks again fetches again.
    let key = wasm_bindgen::JsValue::from_str("sourcelineHosted");
    let early = js_sys::Reflect::get(&window(), &key).ok();
    let _ = js_sys::Reflect::delete_property(&window(), &key);
    let asked = early
        .filter(|early| {
            js_sys::Reflect::get(early, &"url".into())
                .ok()
                .and_then(|asked| asked.as_string())
                == Some(url.href())
        })
        .and_then(|early| js_sys::Reflect::get(&early, &"response".into()).ok())
        .and_then(|response| response.dyn_into::<js_sys::Promise>().ok())
        .unwrap_or_else(|| window().fetch_with_str(&url.href()));
    let response = wasm_bindgen_futures::JsFuture::from(asked)
        .await
        .map_err(|e| format!("the request failed ({})", said(&e)))?;
    let response = web_sys::Response::unchecked_from_js(response);
    if !response.ok() {
        return Err(format!(
            "the server answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let from = web_sys::Url::new(&response.url())
        .ok()
        .filter(|came| Some(came.origin()) != window().location().origin().ok())
        .map(|came| came.host());
    let length = response
        .headers()
        .get("content-length")
        .ok()
        .flatten()
        .and_then(|length| length.parse().ok())
        .unwrap_or(0);
    let body = response.body().map(|body| {
        web_sys::ReadableStreamDefaultReader::unchecked_from_js(body.get_reader().into())
    });
    Ok(Download {
        body,
        reading: None,
        length,
        received: 0,
        from,
    })
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
