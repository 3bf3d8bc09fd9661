//! What a printed page holds in place of the interactive timeline: the article's title, then
//! every event as a dated entry with its evidence quoted. Drawn only while the page is
//! printed, so that a long timeline costs the screen nothing.

use std::rc::Rc;

use gloo::events::EventListener;
use sourceline_core::Timeline;
use yew::prelude::*;

use crate::locale;

/// Whether the page is being printed (or shown as printed): from `beforeprint` to
/// `afterprint`, and while the `print` media query holds.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state_eq(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on = |name: &'static str, value: bool| {
                let printing = printing.clone();
                EventListener::new(&window, name, move |_| printing.set(value))
            };
            let mut listeners = vec![on("beforeprint", true), on("afterprint", false)];
            if let Ok(Some(print)) = window.match_media("print") {
                let printing = printing.clone();
                let query = print.clone();
                listeners.push(EventListener::new(&print, "change", move |_| {
                    printing.set(query.matches());
                }));
            }
            move || drop(listeners)
        });
    }
    *printing
}

#[derive(Properties, PartialEq)]
pub struct PrintedProps {
    pub timeline: Rc<Timeline>,
}

/// The timeline as a dated list, each event with the passages that state it.
#[component]
pub fn PrintedTimeline(props: &PrintedProps) -> Html {
    let timeline = &props.timeline;
    let text = timeline.document.text.as_str();
    // The quotes are in the article's language; the page's date labels are not.
    let lang = &timeline.document.lang;
    let entries = timeline.events.iter().map(|event| {
        let quotes = event.evidence.iter().map(|span| {
            html! { <blockquote dir="auto" lang={lang.clone()}>{ span.of(text).trim() }</blockquote> }
        });
        html! {
            <li>
                <h3><time datetime={event.date.to_string()}>{ locale::event_date(&event.date) }</time>{ " " }<span dir="auto">{ &event.title }</span></h3>
                { for quotes }
            </li>
        }
    });
    html! {
        <section class="printed" aria-label="Timeline, as printed">
            <h2 dir="auto" lang={lang.clone()}>{ &timeline.document.title }</h2>
            <ol>{ for entries }</ol>
        </section>
    }
}
