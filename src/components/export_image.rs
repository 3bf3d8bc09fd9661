//! "Export image": the timeline saved as a picture, as on screen or whole, as SVG (its text
//! is text) or PNG, headed by the article's title and source line ([`crate::picture`]).

use std::rc::Rc;

use sourceline_core::Timeline;
use yew::prelude::*;

use crate::axis::{self, Layout};
use crate::{browser, files, picture};

#[derive(Properties, PartialEq)]
pub struct ExportImageProps {
    pub timeline: Rc<Timeline>,
    /// The events on screen, as indices into the timeline's.
    pub shown: Rc<Vec<usize>>,
    /// The axis as drawn; `None` where the events are a list, which has no axis to picture.
    pub layout: Option<Rc<Layout>>,
    /// The axis's scrolled box: what of it is on screen.
    pub viewport: NodeRef,
    /// The page's widest timeline, at which a list's events are pictured on an axis.
    pub widest: f64,
    pub onproblem: Callback<String>,
    /// The picture was saved: what the reader is told.
    pub onsaved: Callback<String>,
}

#[component]
pub fn ExportImage(props: &ExportImageProps) -> Html {
    let save = |whole: bool, png: bool| {
        let (timeline, shown) = (props.timeline.clone(), props.shown.clone());
        let (layout, viewport) = (props.layout.clone(), props.viewport.clone());
        let (widest, onproblem, onsaved) =
            (props.widest, props.onproblem.clone(), props.onsaved.clone());
        Callback::from(move |_: MouseEvent| {
            // A list is pictured whole, on the axis it would have at the page's widest.
            let layout = layout.clone().unwrap_or_else(|| {
                let periods = axis::periods_of(&timeline.events, &shown);
                Rc::new(axis::layout(&periods, widest, 1.0))
            });
            let on_screen = viewport
                .cast::<web_sys::Element>()
                .filter(|_| !whole)
                .map(|v| {
                    (
                        f64::from(v.scroll_left()),
                        f64::from(v.scroll_left() + v.client_width()),
                    )
                });
            let (left, right) = on_screen.unwrap_or((0.0, layout.width));
            let (svg, width, height) = picture::svg(&timeline, &shown, &layout, left, right);
            let name = format!(
                "{}.{}",
                files::file_stem(&timeline),
                if png { "png" } else { "svg" }
            );
            let ondone = {
                let (onproblem, onsaved, name) = (onproblem.clone(), onsaved.clone(), name.clone());
                Callback::from(move |saved: Result<(), String>| match saved {
                    Ok(()) => onsaved.emit(format!("Saved \"{name}\".")),
                    Err(why) => onproblem.emit(format!("The image was not saved: {why}.")),
                })
            };
            if png {
                browser::save_png(&name, &svg, (width, height), ondone);
            } else {
                ondone.emit(browser::download(&name, "image/svg+xml", &svg));
            }
        })
    };
    let on_screen = props.layout.is_some();
    html! {
        <details class="export-image">
            <summary>{ "Export image" }</summary>
            <div role="group" aria-label="Export image">
                if on_screen {
                    <button type="button" class="secondary" onclick={save(false, false)}>{ "SVG, as on screen" }</button>
                }
                <button type="button" class="secondary" onclick={save(true, false)}>{ "SVG, whole timeline" }</button>
                if on_screen {
                    <button type="button" class="secondary" onclick={save(false, true)}>{ "PNG, as on screen" }</button>
                }
                <button type="button" class="secondary" onclick={save(true, true)}>{ "PNG, whole timeline" }</button>
            </div>
        </details>
    }
}
