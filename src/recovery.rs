//! When the page fails anyway: a panel to save the work on screen and to reload, in place of
//! a page that has stopped answering.
//!
//! After a panic the page's wasm does not run again (it is built to abort), so the panel is
//! plain markup with plain links: a download link to the timeline as it was on screen, written
//! out when the panel is drawn, and a link to the page itself. Nothing in it calls back into
//! the wasm.

use std::cell::RefCell;
use std::rc::Rc;

use sourceline_core::Timeline;
use wasm_bindgen::JsCast;

use crate::files::Export;

thread_local! {
    /// The timeline on screen, for the panel to save: a shared pointer, so keeping it costs
    /// no copy of the article.
    static ON_SCREEN: RefCell<Option<Rc<Timeline>>> = const { RefCell::new(None) };
}

/// Makes `timeline` the work the panel saves if the page fails.
pub fn remember(timeline: &Rc<Timeline>) {
    ON_SCREEN.with(|on_screen| {
        if let Ok(mut on_screen) = on_screen.try_borrow_mut() {
            *on_screen = Some(timeline.clone());
        }
    });
}

/// Shows the panel on any panic. (The standard hook it replaces writes to a standard error
/// that a page does not have.)
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show();
    }));
}

/// Draws the panel over the page, once: a heading, what happened, a link that saves the
/// timeline last on screen as a Sourceline JSON file, and one that reloads the page.
pub fn show() {
    let document = gloo::utils::document();
    if document.get_element_by_id("recovery").is_some() {
        return;
    }
    let element = |tag: &str, text: &str| {
        let element = document.create_element(tag).ok()?;
        element.set_text_content(Some(text));
        Some(element)
    };
    let Some(panel) = element("section", "") else {
        return;
    };
    panel.set_id("recovery");
    let _ = panel.set_attribute("role", "alertdialog");
    let _ = panel.set_attribute("aria-labelledby", "recovery-title");
    let _ = panel.set_attribute("aria-describedby", "recovery-text");
    let work = ON_SCREEN.with(|on_screen| on_screen.try_borrow().ok().and_then(|t| t.clone()));
    let text = if work.is_some() {
        "The page ran into a fault and no longer answers. The timeline that was on screen is \
         still here: save it, then reload the page and open the saved file with \"Open a file\"."
    } else {
        "The page ran into a fault and no longer answers. Reload it to go on."
    };
    let parts = [
        element("h2", "Sourceline stopped working").inspect(|h| h.set_id("recovery-title")),
        element("p", text).inspect(|p| p.set_id("recovery-text")),
        work.and_then(|timeline| {
            let (name, mime, json) = Export::Sourceline.file_of(&timeline);
            let blob = gloo::file::Blob::new_with_options(json.as_str(), Some(mime));
            // Kept for the page's lifetime: the reader may press the link at any time.
            let url = web_sys::Url::create_object_url_with_blob(blob.as_ref()).ok()?;
            let link = element("a", "Save the timeline")?;
            let _ = link.set_attribute("href", &url);
            let _ = link.set_attribute("download", &name);
            link.set_class_name("primary");
            Some(link)
        }),
        element("a", "Reload the page").inspect(|link| {
            // Without its fragment: a link to the same address and a fragment only scrolls.
            let here = gloo::utils::window().location().href().unwrap_or_default();
            let page = here.split('#').next().unwrap_or_default();
            let _ = link.set_attribute("href", page);
        }),
    ];
    for part in parts.into_iter().flatten() {
        let _ = panel.append_child(&part);
    }
    let body = gloo::utils::body();
    let _ = body.append_child(&panel);
    let first_link = panel.query_selector("a").ok().flatten();
    if let Some(link) = first_link.and_then(|l| l.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = link.focus();
    }
}
