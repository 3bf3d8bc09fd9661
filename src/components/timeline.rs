use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use sourceline_core::{Event, EventDate, Precision, Timeline};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::axis::{self, BREAK_WIDTH};
use crate::browser;

/// Zoom never goes below a view of the whole timeline at half width, nor beyond days.
const ZOOM_RANGE: (f64, f64) = (0.5, 256.0);
const ZOOM_STEP: f64 = 1.6;
/// Height of the tick row and of one lane of labels, in CSS pixels (matches styles/app.css).
const TICKS_HEIGHT: f64 = 32.0;
const LANE_HEIGHT: f64 = 76.0;
/// Pointer travel past which a press on the axis is a drag, not a click.
const DRAG_THRESHOLD: f64 = 4.0;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub timeline: Rc<Timeline>,
    pub selected: Option<String>,
    /// An event's button was pressed (selects it, or clears it when it was selected).
    pub ontoggle: Callback<String>,
    /// Only events this search finds are shown.
    pub query: String,
    pub onquery: Callback<String>,
    pub order: Order,
    pub onorder: Callback<Order>,
}

/// How the events are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// On a time axis, in date order.
    Date,
    /// As a list, in the order the article tells them.
    Story,
}

/// A mouse drag that pans the axis.
#[derive(Default)]
struct Drag {
    start: Option<(f64, f64)>,
    moved: bool,
}

/// The events on a time axis, each a toggle button; below 700 px wide, or in story order, a
/// vertical list.
#[component]
pub fn TimelineView(props: &TimelineProps) -> Html {
    let timeline = &props.timeline;
    let text = timeline.document.text.as_str();
    let ordered = match props.order {
        Order::Date => timeline.events.iter().collect(),
        Order::Story => timeline.story_order(),
    };
    let events: Vec<&Event> = ordered
        .into_iter()
        .filter(|e| e.matches(text, &props.query))
        .collect();
    let zoom = use_state(|| 1.0_f64);
    let fit_width = use_state(|| 960.0_f64);
    let active = use_state(|| 0_usize);
    let viewport = use_node_ref();
    let section = use_node_ref();
    let drag = use_mut_ref(Drag::default);
    // Where the zoom was centred: the share of the axis under `offset` px of the viewport.
    let anchor = use_mut_ref(|| None::<(f64, f64)>);

    let layout = {
        let periods: Vec<_> = events.iter().map(|e| e.date.days()).collect();
        axis::layout(&periods, *fit_width, *zoom)
    };
    let width = layout.width;
    // The page's sticky parts below the timeline (the event editor) start where it ends; its
    // height follows its lanes, its order, and the selection's line.
    {
        let section = section.clone();
        let shape = (
            layout.lanes,
            props.order,
            props.selected.clone(),
            events.len(),
        );
        use_effect_with(shape, move |_| {
            if let Some(element) = section.cast::<web_sys::HtmlElement>() {
                let height = format!("{}px", element.offset_height());
                let root = gloo::utils::document_element().unchecked_into::<web_sys::HtmlElement>();
                let _ = root.style().set_property("--timeline-height", &height);
            }
        });
    }

    // The roving tab stop follows the selection.
    {
        let active = active.clone();
        let index = props
            .selected
            .as_ref()
            .and_then(|id| events.iter().position(|e| &e.id == id));
        use_effect_with(index, move |index| {
            if let Some(i) = index {
                active.set(*i);
            }
        });
    }

    // At zoom 1 the axis fills the viewport; follow its width.
    {
        let fit_width = fit_width.clone();
        let viewport = viewport.clone();
        use_effect_with((), move |_| {
            let measure = move || {
                if let Some(element) = viewport.cast::<web_sys::Element>() {
                    let width = f64::from(element.client_width());
                    if width > 0.0 {
                        fit_width.set(width);
                    }
                }
            };
            measure();
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            move || drop(listener)
        });
    }

    let zoom_to = {
        let zoom = zoom.clone();
        let anchor = anchor.clone();
        let viewport = viewport.clone();
        Rc::new(move |factor: f64, offset: Option<f64>| {
            let Some(element) = viewport.cast::<web_sys::Element>() else {
                return;
            };
            let offset = offset.unwrap_or(f64::from(element.client_width()) / 2.0);
            let share = (f64::from(element.scroll_left()) + offset) / width;
            *anchor.borrow_mut() = Some((share, offset));
            zoom.set((*zoom * factor).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1));
        })
    };

    // Keep the point the zoom was centred on under the pointer (or the middle).
    {
        let viewport = viewport.clone();
        let anchor = anchor.clone();
        use_effect_with(*zoom, move |_| {
            if let (Some((share, offset)), Some(element)) = (
                anchor.borrow_mut().take(),
                viewport.cast::<web_sys::Element>(),
            ) {
                element.set_scroll_left((share * width - offset).round() as i32);
            }
        });
    }

    // Wheel: Ctrl/Cmd + wheel (and pinch on a touchpad) zooms, a plain wheel pans. Attached by
    // hand because Yew's wheel listeners are passive and could not keep the page still.
    {
        let viewport = viewport.clone();
        let zoom_to = zoom_to.clone();
        use_effect_with((), move |_| {
            let element = viewport.cast::<web_sys::Element>();
            let listener = element.clone().map(|element| {
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&element.clone(), "wheel", options, move |event| {
                    let Some(wheel) = event.dyn_ref::<web_sys::WheelEvent>() else {
                        return;
                    };
                    if wheel.ctrl_key() || wheel.meta_key() {
                        wheel.prevent_default();
                        let offset =
                            f64::from(wheel.client_x()) - element.get_bounding_client_rect().left();
                        zoom_to((-wheel.delta_y() * 0.002).exp(), Some(offset));
                    } else if wheel.delta_y().abs() > wheel.delta_x().abs()
                        && element.scroll_width() > element.client_width()
                    {
                        wheel.prevent_default();
                        element.set_scroll_left(
                            element.scroll_left() + wheel.delta_y().round() as i32,
                        );
                    }
                })
            });
            move || drop(listener)
        });
    }

    let onpointerdown = {
        let drag = drag.clone();
        let viewport = viewport.clone();
        Callback::from(move |e: PointerEvent| {
            let mut drag = drag.borrow_mut();
            drag.moved = false;
            if e.pointer_type() == "mouse" && e.button() == 0 {
                if let Some(element) = viewport.cast::<web_sys::Element>() {
                    drag.start = Some((f64::from(e.client_x()), f64::from(element.scroll_left())));
                }
            }
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        let viewport = viewport.clone();
        Callback::from(move |e: PointerEvent| {
            let mut drag = drag.borrow_mut();
            let Some((x, scroll)) = drag.start else {
                return;
            };
            if e.buttons() & 1 == 0 {
                drag.start = None;
                return;
            }
            let dx = f64::from(e.client_x()) - x;
            if dx.abs() > DRAG_THRESHOLD {
                drag.moved = true;
            }
            if drag.moved {
                if let Some(element) = viewport.cast::<web_sys::Element>() {
                    element.set_scroll_left((scroll - dx).round() as i32);
                }
            }
        })
    };
    let onpointerup = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| drag.borrow_mut().start = None)
    };

    let onkeydown = {
        let events: Vec<String> = events.iter().map(|e| e.id.clone()).collect();
        let active = active.clone();
        let zoom_to = zoom_to.clone();
        let zoom = zoom.clone();
        Callback::from(move |e: KeyboardEvent| {
            let last = events.len().saturating_sub(1);
            // A search or a deletion may have shortened the list under the tab stop.
            let current = (*active).min(last);
            let target = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some((current + 1).min(last)),
                "ArrowLeft" | "ArrowUp" => Some(current.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(last),
                "+" | "=" => {
                    zoom_to(ZOOM_STEP, None);
                    None
                }
                "-" | "_" => {
                    zoom_to(1.0 / ZOOM_STEP, None);
                    None
                }
                "0" => {
                    zoom.set(1.0);
                    None
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(index) = target.filter(|_| !events.is_empty()) {
                active.set(index);
                browser::focus_event(&events[index]);
            }
        })
    };

    let tab_stop = (*active).min(events.len().saturating_sub(1));
    let buttons = events
        .iter()
        .copied()
        .zip(&layout.placements)
        .enumerate()
        .map(|(index, (event, place))| {
            let pressed = props.selected.as_ref() == Some(&event.id);
            let onclick = {
                let drag = drag.clone();
                let active = active.clone();
                let id = event.id.clone();
                let ontoggle = props.ontoggle.clone();
                Callback::from(move |_: MouseEvent| {
                    // The press that ends a drag is not a click on the event under it.
                    if !drag.borrow().moved {
                        active.set(index);
                        ontoggle.emit(id.clone());
                    }
                })
            };
            let style = format!(
                "--x: {}px; --bar: {}px; --lane: {}",
                px(place.x),
                px(place.width),
                place.lane
            );
            html! {
                <li {style} class={classes!(precision_class(&event.date))}>
                    <span class="bar" aria-hidden="true"></span>
                    <button type="button" class="event" data-event-id={event.id.clone()}
                        data-date={event.date.to_string()} aria-pressed={pressed.to_string()}
                        tabindex={if index == tab_stop { "0" } else { "-1" }} {onclick}>
                        { date_html(&event.date) }
                        <span class="title">{ &event.title }</span>
                    </button>
                </li>
            }
        });

    let height = TICKS_HEIGHT + LANE_HEIGHT * layout.lanes as f64;
    let zoom_buttons = {
        let (zoom_in, zoom_out) = (zoom_to.clone(), zoom_to.clone());
        let zoom = zoom.clone();
        html! {
            <div class="zoom" role="group" aria-label="Zoom">
                <button type="button" aria-label="Zoom out" title="Zoom out (−)"
                    disabled={*zoom <= ZOOM_RANGE.0} onclick={move |_| zoom_out(1.0 / ZOOM_STEP, None)}>{ "−" }</button>
                <button type="button" aria-label="Zoom in" title="Zoom in (+)"
                    disabled={*zoom >= ZOOM_RANGE.1} onclick={move |_| zoom_in(ZOOM_STEP, None)}>{ "+" }</button>
                <button type="button" title="Fit the whole timeline (0)" onclick={move |_| zoom.set(1.0)}>{ "Fit" }</button>
            </div>
        }
    };
    let selection = match props
        .selected
        .as_deref()
        .and_then(|id| props.timeline.event(id))
    {
        Some(event) => {
            let count = event.evidence.len();
            html! {<>
                <strong>{ format!("{}: {}", event.date.label(), event.title) }</strong>
                { format!(" · {count} {} of evidence marked in the article", if count == 1 { "passage" } else { "passages" }) }
                if !event.derivation.is_empty() {
                    <span class="derivation">{ format!("How the date was found: {}", event.derivation) }</span>
                }
            </>}
        }
        None => html! { "Select an event to mark the sentences that state it." },
    };
    let dragging = drag.borrow().start.is_some();
    let all = timeline.events.len();
    let counted = match (events.len(), all) {
        (shown, all) if shown < all => format!("{shown} of {all} events match"),
        (_, 1) => "1 event".to_string(),
        (_, all) => format!("{all} events"),
    };
    let oninput = props.onquery.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    });
    html! {
        <section class={classes!("timeline", (props.order == Order::Story).then_some("story"))} aria-label="Timeline of events" ref={section}>
            <div class="timeline-bar">
                <h2>{ "Timeline" }</h2>
                <p class="hint">{ format!("{} · arrow keys move, Enter selects, Esc clears", counted) }</p>
                <input type="search" class="search" aria-label="Search events" placeholder="Search events and text"
                    value={props.query.clone()} {oninput} />
                <div class="order" role="group" aria-label="Order">
                    <button type="button" aria-pressed={(props.order == Order::Date).to_string()}
                        onclick={props.onorder.reform(|_| Order::Date)}>{ "By date" }</button>
                    <button type="button" aria-pressed={(props.order == Order::Story).to_string()}
                        onclick={props.onorder.reform(|_| Order::Story)}>{ "As told" }</button>
                </div>
                if props.order == Order::Date { { zoom_buttons } }
            </div>
            <div class={classes!("viewport", dragging.then_some("dragging"))} ref={viewport}
                {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
                <div class="canvas" style={format!("--width: {}px; --height: {}px", px(width), px(height))}>
                    <div class="axis" aria-hidden="true">
                        { for layout.ticks.iter().map(|t| html! {
                            <span class="tick" style={format!("--x: {}px", px(t.x))}>{ &t.label }</span>
                        }) }
                        { for layout.breaks.iter().map(|b| html! {
                            <span class="break" style={format!("--x: {}px; --w: {}px", px(b.x), px(BREAK_WIDTH))} title={format!("{} without events", b.label)}>
                                <span>{ &b.label }</span>
                            </span>
                        }) }
                    </div>
                    <ol aria-label="Timeline" class="events" {onkeydown}>{ for buttons }</ol>
                </div>
            </div>
            <p class="selection" aria-live="polite">{ selection }</p>
        </section>
    }
}

/// Whole CSS pixels: sharper edges, and no float formatting code in the wasm.
fn px(x: f64) -> i64 {
    x.round() as i64
}

fn date_html(date: &EventDate) -> Html {
    let machine = match date {
        // Only the precisions HTML's datetime syntax has.
        EventDate::On(v)
            if matches!(
                v.precision(),
                Precision::Year
                    | Precision::Month
                    | Precision::Week
                    | Precision::Day
                    | Precision::Minute
            ) =>
        {
            Some(v.to_string())
        }
        _ => None,
    };
    html! { <time class="date" datetime={machine}>{ date.label() }</time> }
}

fn precision_class(date: &EventDate) -> &'static str {
    match date {
        EventDate::On(v) if v.precision() >= Precision::Day => "day",
        EventDate::On(v) if v.precision() >= Precision::Month => "month",
        _ => "period",
    }
}
