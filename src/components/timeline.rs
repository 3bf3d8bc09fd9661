use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use sourceline_core::{sort, EventDate, Precision, Timeline};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::axis::{self, px, Slot, CLUSTER_HEIGHT, LANE_HEIGHT, TICKS_HEIGHT, ZOOM_RANGE};
use crate::components::ExportImage;
use crate::{browser, locale};

/// Zoom never goes below a view of the whole timeline at half width, nor beyond days.
const ZOOM_STEP: f64 = 1.6;
/// Height of one row of the vertical list, in CSS pixels (as in styles/app.css).
const ROW_HEIGHT: f64 = 64.0;
/// Most events an opened cluster lists; the keys reach the others.
const OPEN_LIMIT: usize = 100;
/// Room below the clusters for an opened one's list (16rem and its margin, as in
/// styles/app.css), so the viewport does not cut it off.
const OPEN_HEIGHT: f64 = 272.0;
/// Pointer travel past which a press on the axis is a drag, not a click.
const DRAG_THRESHOLD: f64 = 4.0;
/// The timeline's width on every screen as wide as the page's widest (styles/app.css: `.app`
/// is at most 1200px wide, less its padding and the section's border): the first view is
/// drawn at it, so that on those screens nothing moves when the live page takes over.
const WIDEST: f64 = 1158.0;
/// The width at which the timeline becomes a vertical list (as in styles/app.css).
const NARROW: &str = "(max-width: 699.98px)";

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
    /// Something the reader asked for could not be done (an image not saved), said for them.
    pub onproblem: Callback<String>,
    /// Something the reader asked for was done (an image saved), said for them.
    pub onnotice: Callback<String>,
}

/// How the events are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// On a time axis, in date order.
    Date,
    /// As a list, in the order the article tells them.
    Story,
}

/// What a zoom keeps in place on screen.
#[derive(Debug, Clone, Copy)]
enum Anchor {
    /// The point at this share of the axis's width.
    Share(f64),
    /// An event's date (a position in the events shown).
    Event(usize),
}

/// A mouse drag that pans the axis.
#[derive(Default)]
struct Drag {
    start: Option<(f64, f64)>,
    moved: bool,
}

/// The part of the axis or list drawn: what is on screen and one screen either side. It
/// moves in steps of half a screen, so a pan draws again only at each step, and only what
/// came into view is new.
fn drawn_range(step: i64, screen: f64) -> (f64, f64) {
    let at = step as f64 * (screen / 2.0);
    (at - screen, at + 2.0 * screen)
}

/// The events on a time axis, each a toggle button; below 700 px wide, or in story order, a
/// vertical list. Only what is in view (and a screen either side) is drawn, so a timeline of
/// any length draws a bounded number of parts; events too close together at the zoom are one
/// cluster marker with their count, which zooms in on them (or, at the closest zoom, lists
/// them) when pressed. The keyboard reaches every event: the one it moves to is drawn.
#[component]
pub fn TimelineView(props: &TimelineProps) -> Html {
    let timeline = &props.timeline;
    let all = &timeline.events;
    // The events shown, as indices into the timeline's: those the search finds, in the order
    // asked for (in story order, by where their evidence first appears, as
    // `Timeline::story_order`).
    let shown = use_memo(
        (timeline.clone(), props.query.clone(), props.order),
        |(timeline, query, order)| {
            let text = timeline.document.text.as_str();
            let events = &timeline.events;
            let mut shown: Vec<usize> = (0..events.len())
                .filter(|&i| events[i].matches(text, query))
                .collect();
            if *order == Order::Story {
                sort::stable_by(&mut shown, |&a, &b| {
                    let start =
                        |i: usize| events[i].evidence.first().map_or(usize::MAX, |s| s.start);
                    start(a).cmp(&start(b))
                });
            }
            shown
        },
    );
    let zoom = use_state(|| 1.0_f64);
    // From the first drawing on, the shape the page has on this screen, as the first view in
    // index.html has it: a first frame in another shape would move everything below it.
    let fit_width = use_state(|| browser::first_view_width().unwrap_or(WIDEST));
    let list_height = use_state(|| 384.0_f64);
    let narrow = use_state(|| browser::matches_media(NARROW));
    let list = props.order == Order::Story || *narrow;
    // Where the view is scrolled to, in steps of half a screen (see `drawn_range`).
    let step = use_state_eq(|| 0_i64);
    // The roving tab stop: a position in `shown`.
    let active = use_state(|| 0_usize);
    // The event to focus once it is drawn.
    let focus_next = use_mut_ref(|| None::<String>);
    // The cluster listing its events, at the closest zoom.
    let open = use_state(|| None::<usize>);
    let viewport = use_node_ref();
    let section = use_node_ref();
    let drag = use_mut_ref(Drag::default);
    // What the zoom keeps under `offset` px of the viewport.
    let anchor = use_mut_ref(|| None::<(Anchor, f64)>);

    // The axis's shape (its breaks, the room between crowded events): once per list of
    // events and width, for every zoom.
    let shape = use_memo(
        (shown.clone(), timeline.clone(), *fit_width, list),
        |(shown, timeline, fit_width, list)| {
            let periods = if *list {
                Vec::new()
            } else {
                axis::periods_of(&timeline.events, shown)
            };
            axis::Axis::new(&periods, *fit_width)
        },
    );
    // Positions, lanes and clusters: once per zoom, for every pan.
    let layout = {
        let shape = shape.clone();
        use_memo(
            (shown.clone(), timeline.clone(), *fit_width, list, *zoom),
            move |(.., zoom)| shape.layout(*zoom),
        )
    };
    let width = layout.width;
    // Where an anchor is on the axis.
    let anchored = {
        let layout = layout.clone();
        move |anchor: Anchor| match anchor {
            Anchor::Share(share) => share * layout.width,
            Anchor::Event(position) => layout.placements[position].x,
        }
    };

    let selected = props
        .selected
        .as_ref()
        .and_then(|id| shown.iter().position(|&i| &all[i].id == id));
    // The roving tab stop follows the selection.
    {
        let active = active.clone();
        use_effect_with(selected, move |selected| {
            if let Some(position) = selected {
                active.set(*position);
            }
        });
    }
    let tab_stop = (*active).min(shown.len().saturating_sub(1));

    // At zoom 1 the axis fills the viewport; follow its width, and whether the page is narrow.
    {
        let (fit_width, list_height, narrow) =
            (fit_width.clone(), list_height.clone(), narrow.clone());
        let viewport = viewport.clone();
        use_effect_with((), move |_| {
            let query = gloo::utils::window().match_media(NARROW).ok().flatten();
            let measure = move || {
                if let Some(element) = viewport.cast::<web_sys::Element>() {
                    let width = f64::from(element.client_width());
                    if width > 0.0 {
                        fit_width.set(width);
                    }
                    let height = f64::from(element.client_height());
                    if height > 0.0 {
                        list_height.set(height);
                    }
                }
            };
            let follow = {
                let query = query.clone();
                let measure = measure.clone();
                move || {
                    narrow.set(query.as_ref().is_some_and(|q| q.matches()));
                    measure();
                }
            };
            follow();
            let onresize = EventListener::new(&gloo::utils::window(), "resize", move |_| measure());
            let onnarrow = query.map(|q| EventListener::new(&q, "change", move |_| follow()));
            move || drop((onresize, onnarrow))
        });
    }
    // A new list, or a new shape of it, starts where its viewport is scrolled.
    {
        let (viewport, step, list_height) = (viewport.clone(), step.clone(), list_height.clone());
        use_effect_with(list, move |list| {
            if let Some(element) = viewport.cast::<web_sys::Element>() {
                let height = f64::from(element.client_height());
                if *list && height > 0.0 {
                    list_height.set(height);
                }
                step.set(scroll_step(&element, *list));
            }
        });
    }
    // A list by date opens at the article's own days, the news, not at its oldest event.
    {
        let (viewport, step) = (viewport.clone(), step.clone());
        let by_date = list && props.order == Order::Date;
        let shown = shown.clone();
        use_effect_with((timeline.clone(), by_date), move |(timeline, by_date)| {
            if let Some(element) = viewport.cast::<web_sys::Element>().filter(|_| *by_date) {
                let periods = axis::periods_of(&timeline.events, &shown);
                let dateline = timeline.document.dateline.map(|d| d.day_numbers().0);
                let row = axis::opening_row(&periods, dateline);
                element.set_scroll_top(px(row as f64 * ROW_HEIGHT) as i32);
                step.set(scroll_step(&element, true));
            }
        });
    }

    let zoom_at = {
        let (zoom, anchor, viewport, open) =
            (zoom.clone(), anchor.clone(), viewport.clone(), open.clone());
        Rc::new(
            move |factor: f64, at: Option<Anchor>, offset: Option<f64>| {
                let Some(element) = viewport.cast::<web_sys::Element>() else {
                    return;
                };
                let offset = offset.unwrap_or(f64::from(element.client_width()) / 2.0);
                let share = (f64::from(element.scroll_left()) + offset) / width;
                *anchor.borrow_mut() = Some((at.unwrap_or(Anchor::Share(share)), offset));
                open.set(None);
                zoom.set((*zoom * factor).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1));
            },
        )
    };
    let zoom_to = {
        let zoom_at = zoom_at.clone();
        Rc::new(move |factor: f64, offset: Option<f64>| zoom_at(factor, None, offset))
    };
    // Zooms keeping an event (the focused or selected one) where it is on screen, or in the
    // middle when it is out of view; without one, the middle of the view.
    let zoom_around = {
        let (zoom_at, viewport, layout) = (zoom_at.clone(), viewport.clone(), layout.clone());
        Rc::new(move |factor: f64, event: Option<usize>| {
            let on_screen = event
                .zip(viewport.cast::<web_sys::Element>())
                .map(|(p, element)| {
                    let at = layout.placements[p].x - f64::from(element.scroll_left());
                    // Its card at least half in view.
                    let width = f64::from(element.client_width());
                    let seen = at > -axis::CARD_WIDTH / 2.0 && at < width;
                    (p, seen.then_some(at))
                });
            match on_screen {
                Some((p, offset)) => zoom_at(factor, Some(Anchor::Event(p)), offset),
                None => zoom_at(factor, None, None),
            }
        })
    };

    // Keep what the zoom was centred on under the pointer, or in its place.
    {
        let (viewport, anchor, step) = (viewport.clone(), anchor.clone(), step.clone());
        let anchored = anchored.clone();
        use_effect_with(*zoom, move |_| {
            if let (Some((at, offset)), Some(element)) = (
                anchor.borrow_mut().take(),
                viewport.cast::<web_sys::Element>(),
            ) {
                element.set_scroll_left((anchored(at) - offset).round() as i32);
                step.set(scroll_step(&element, false));
            }
        });
    }
    // The event the keys moved to is drawn now: focus it (which scrolls it into view).
    {
        let focus_next = focus_next.clone();
        use_effect(move || {
            if let Some(id) = focus_next.borrow_mut().take() {
                let _ = browser::focus_event(&id);
            }
        });
    }

    // Wheel: Ctrl/Cmd + wheel (and pinch on a touchpad) zooms, a plain wheel pans. Attached by
    // hand because Yew's wheel listeners are passive and could not keep the page still.
    {
        let viewport = viewport.clone();
        let zoom_to = zoom_to.clone();
        use_effect_with(list, move |list| {
            let element = viewport.cast::<web_sys::Element>().filter(|_| !*list);
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

    let onscroll = {
        let step = step.clone();
        Callback::from(move |e: web_sys::Event| {
            step.set(scroll_step(&e.target_unchecked_into(), list));
        })
    };
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
        let ids: Rc<Vec<usize>> = shown.clone();
        let timeline = timeline.clone();
        let (active, focus_next) = (active.clone(), focus_next.clone());
        let zoom_around = zoom_around.clone();
        let zoom = zoom.clone();
        Callback::from(move |e: KeyboardEvent| {
            let last = ids.len().saturating_sub(1);
            // The keys move from the event that has focus; else from the tab stop, which a
            // search or a deletion may have left past the end of the list.
            let focused = position_of(e.target(), &ids, &timeline);
            let current = focused.unwrap_or((*active).min(last));
            // A zoom keeps the focused event in its place, else the selected one.
            let around = focused.or(selected);
            let target = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some((current + 1).min(last)),
                "ArrowLeft" | "ArrowUp" => Some(current.saturating_sub(1)),
                "Home" => Some(0),
                "End" => Some(last),
                "+" | "=" => {
                    zoom_around(ZOOM_STEP, around);
                    None
                }
                "-" | "_" => {
                    zoom_around(1.0 / ZOOM_STEP, around);
                    None
                }
                "0" => {
                    zoom.set(1.0);
                    None
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(position) = target.filter(|_| !ids.is_empty()) {
                active.set(position);
                // At once where it is drawn, so that the next key (pressed before any
                // redrawing) acts on it; else once the move has drawn it.
                let id = &timeline.events[ids[position]].id;
                if !browser::focus_event(id) {
                    *focus_next.borrow_mut() = Some(id.clone());
                }
            }
        })
    };

    // The tab stop follows focus, however it came (Tab, a click, a script).
    let onfocusin = {
        let (ids, timeline, active) = (shown.clone(), timeline.clone(), active.clone());
        Callback::from(move |e: FocusEvent| {
            if let Some(position) = position_of(e.target(), &ids, &timeline) {
                active.set(position);
            }
        })
    };

    // One event's button, at a position in `shown`.
    let card = |position: usize| -> Html {
        let event = &all[shown[position]];
        let pressed = props.selected.as_ref() == Some(&event.id);
        let onclick = {
            let (drag, active) = (drag.clone(), active.clone());
            let id = event.id.clone();
            let ontoggle = props.ontoggle.clone();
            Callback::from(move |_: MouseEvent| {
                // The press that ends a drag is not a click on the event under it.
                if !drag.borrow().moved {
                    active.set(position);
                    ontoggle.emit(id.clone());
                }
            })
        };
        html! {
            <button type="button" class="event" data-event-id={event.id.clone()}
                data-date={event.date.to_string()} aria-pressed={pressed.to_string()}
                tabindex={if position == tab_stop { "0" } else { "-1" }} {onclick}>
                { date_html(&event.date) }
                <span class="title" dir="auto">{ &event.title }</span>
            </button>
        }
    };
    // The tab stop and the selection are always drawn, wherever they are.
    let pinned: Vec<usize> = std::iter::once(tab_stop)
        .chain(selected)
        .filter(|&p| p < shown.len())
        .collect();

    let (items, height) = if list {
        let (top, bottom) = drawn_range(*step, *list_height);
        let rows = (top / ROW_HEIGHT).floor().max(0.0) as usize
            ..((bottom / ROW_HEIGHT).ceil().max(0.0) as usize).min(shown.len());
        let mut drawn: Vec<usize> = rows.clone().collect();
        drawn.extend(pinned.iter().filter(|p| !rows.contains(p)));
        sort::stable_by(&mut drawn, Ord::cmp);
        drawn.dedup();
        let story = props.order == Order::Story;
        let items: Html = drawn
            .into_iter()
            .map(|position| {
                let style = format!("--top: {}px", px(position as f64 * ROW_HEIGHT));
                let number = story.then(|| (position + 1).to_string());
                html! {
                    <li key={all[shown[position]].id.clone()} {style} value={number}>{ card(position) }</li>
                }
            })
            .collect();
        (items, shown.len() as f64 * ROW_HEIGHT)
    } else {
        let (left, right) = match *anchor.borrow() {
            // Drawn where the zoom's anchor is about to scroll to.
            Some((at, offset)) => {
                let at = anchored(at) - offset;
                (at - *fit_width, at + 2.0 * *fit_width)
            }
            None => drawn_range(*step, *fit_width),
        };
        let visible = layout.visible(left, right);
        let opened = (*open).and_then(|c| layout.clusters.get(c).map(|cluster| (c, cluster)));
        let listed = |position: &usize| {
            opened.is_some_and(|(_, c)| {
                c.members[..c.members.len().min(OPEN_LIMIT)].contains(position)
            })
        };
        // The cards in view, and those of the tab stop and the selection wherever they are;
        // those two, when a cluster counts them, are drawn in a row below the clusters.
        let mut drawn = visible.cards.clone();
        let mut loose: Vec<usize> = Vec::new();
        for &position in &pinned {
            match layout.placements[position].slot {
                Slot::Card(card) => drawn.push(card),
                Slot::Cluster(_) if !listed(&position) => loose.push(position),
                Slot::Cluster(_) => {}
            }
        }
        sort::stable_by(&mut drawn, Ord::cmp);
        drawn.dedup();
        sort::stable_by(&mut loose, Ord::cmp);
        loose.dedup();
        let lanes_bottom = TICKS_HEIGHT + LANE_HEIGHT * layout.lanes as f64;
        let clusters_bottom = lanes_bottom
            + if layout.clusters.is_empty() {
                0.0
            } else {
                CLUSTER_HEIGHT
            };
        // `--row`: where the list would put it (see `#prerendered` in styles/app.css).
        let place = |position: usize, top: f64, width: f64| {
            let bar = &layout.placements[position];
            format!(
                "--x: {}px; --bar: {}px; --top: {}px; --w: {}px; --row: {}px",
                px(bar.x),
                px(bar.width),
                px(top),
                px(width),
                px(position as f64 * ROW_HEIGHT)
            )
        };
        let cards = drawn.into_iter().map(|index| {
            let drawn_card = &layout.cards[index];
            let top = TICKS_HEIGHT + LANE_HEIGHT * drawn_card.lane as f64;
            let first = drawn_card.members[0];
            let event = &all[shown[first]];
            // A card in the bottom lane shows a long title by growing up, not out of view.
            let up = if drawn_card.lane + 1 == layout.lanes { " up" } else { "" };
            let class = format!("{}{up}", precision_class(&event.date));
            let style = place(first, top, drawn_card.width);
            if let [only] = drawn_card.members[..] {
                return html! {
                    <li key={event.id.clone()} {style} {class}>
                        <span class="bar" aria-hidden="true"></span>
                        { card(only) }
                    </li>
                };
            }
            // Events of one period: one card lists them, in rows of its columns.
            let members = drawn_card.members.iter().enumerate().filter(|&(k, p)| k < OPEN_LIMIT || pinned.contains(p));
            let more = drawn_card.members.len().saturating_sub(OPEN_LIMIT);
            let style = format!("{style}; --columns: {}", drawn_card.columns);
            html! {
                <li key={format!("period:{}", event.id)} {style} class={format!("shared {class}")}>
                    <span class="bar" aria-hidden="true"></span>
                    <div class="listing">
                        <span class="date" aria-hidden="true">{ locale::event_date(&event.date) }</span>
                        <ul>
                            { for members.map(|(_, &p)| html! { <li key={all[shown[p]].id.clone()}>{ card(p) }</li> }) }
                            if more > 0 { <li class="hint">{ format!("and {more} more: the arrow keys reach them") }</li> }
                        </ul>
                    </div>
                </li>
            }
        }).collect::<Vec<Html>>();
        let loose = loose.iter().map(|&position| {
            let event = &all[shown[position]];
            html! {
                <li key={event.id.clone()} style={place(position, clusters_bottom, axis::CARD_WIDTH)} class={precision_class(&event.date)}>
                    <span class="bar" aria-hidden="true"></span>
                    { card(position) }
                </li>
            }
        }).collect::<Vec<Html>>();
        let onclusterclick = |index: usize| {
            let cluster = &layout.clusters[index];
            let (middle, span) = (
                (cluster.x + cluster.end) / 2.0,
                (cluster.end - cluster.x).max(1.0),
            );
            let (zoom_at, open) = (zoom_at.clone(), open.clone());
            let (zoom, fit_width) = (*zoom, *fit_width);
            Callback::from(move |_: MouseEvent| {
                if zoom < ZOOM_RANGE.1 {
                    // Close enough to spread its events over most of the view, a step at
                    // least, and no closer than the closest zoom (`clamp` would panic when
                    // less than a step is left: its bounds cross).
                    let factor = (fit_width * 0.8 / span)
                        .max(ZOOM_STEP)
                        .min(ZOOM_RANGE.1 / zoom);
                    zoom_at(factor, Some(Anchor::Share(middle / width)), None);
                } else {
                    open.set(if *open == Some(index) {
                        None
                    } else {
                        Some(index)
                    });
                }
            })
        };
        let clusters = visible.clusters.clone().map(|index| {
            let cluster = &layout.clusters[index];
            let first = &all[shown[cluster.members[0]]];
            let last = &all[shown[cluster.members[cluster.members.len() - 1]]];
            // From the first one's start to the last one's end: "2010 to 2011", not "2010 to
            // March 2011 to October 2011" when the last is a range.
            let (from, to) = (
                locale::value(&first.date.ends().0),
                locale::value(&last.date.ends().1),
            );
            let period = if from == to { from } else { format!("{from} to {to}") };
            let count = cluster.members.len();
            let is_open = opened.is_some_and(|(c, _)| c == index);
            let action = if *zoom < ZOOM_RANGE.1 { "zoom in to tell them apart" } else { "list them" };
            let members = is_open.then(|| {
                let more = count.saturating_sub(OPEN_LIMIT);
                html! {
                    <ul class="members">
                        { for cluster.members.iter().take(OPEN_LIMIT).map(|&p| html! { <li key={all[shown[p]].id.clone()}>{ card(p) }</li> }) }
                        if more > 0 { <li class="hint">{ format!("and {more} more: the arrow keys reach them") }</li> }
                    </ul>
                }
            });
            html! {
                <li key={format!("cluster:{}", first.id)} class="cluster"
                    style={format!("--x: {}px; --top: {}px", px(cluster.x), px(lanes_bottom))}>
                    <button type="button" class="cluster" aria-expanded={is_open.to_string()}
                        aria-label={format!("{count} events, {period}: {action}")} title={period.clone()}
                        onclick={onclusterclick(index)}>
                        <span class="count">{ count }</span>
                        <span class="period">{ period }</span>
                    </button>
                    { for members }
                </li>
            }
        }).collect::<Vec<Html>>();
        let height = clusters_bottom
            + if opened.is_some() {
                OPEN_HEIGHT
            } else if !loose.is_empty() {
                LANE_HEIGHT
            } else {
                0.0
            };
        (
            html! { <>{ for cards }{ for loose }{ for clusters }</> },
            height,
        )
    };

    // The page's sticky parts below the timeline (the event editor) start where it ends; its
    // height follows its lanes, its order, and the selection's line.
    {
        let section = section.clone();
        let shape = (px(height), list, props.selected.clone(), shown.len());
        use_effect_with(shape, move |_| {
            if let Some(element) = section.cast::<web_sys::HtmlElement>() {
                let height = format!("{}px", element.offset_height());
                let root = gloo::utils::document_element().unchecked_into::<web_sys::HtmlElement>();
                let _ = root.style().set_property("--timeline-height", &height);
            }
        });
    }

    let zoom_buttons = {
        let (zoom_in, zoom_out) = (zoom_around.clone(), zoom_around.clone());
        let zoom = zoom.clone();
        html! {
            <div class="zoom" role="group" aria-label="Zoom">
                <button type="button" aria-label="Zoom out" title="Zoom out (−)"
                    disabled={*zoom <= ZOOM_RANGE.0} onclick={move |_| zoom_out(1.0 / ZOOM_STEP, selected)}>{ "−" }</button>
                <button type="button" aria-label="Zoom in" title="Zoom in (+)"
                    disabled={*zoom >= ZOOM_RANGE.1} onclick={move |_| zoom_in(ZOOM_STEP, selected)}>{ "+" }</button>
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
                <strong>{ format!("{}: ", locale::event_date(&event.date)) }<bdi>{ &event.title }</bdi></strong>
                { format!(" · {count} {} of evidence marked in the article", if count == 1 { "passage" } else { "passages" }) }
                if !event.derivation.is_empty() {
                    <span class="derivation">{ format!("How the date was found: {}", event.derivation) }</span>
                }
            </>}
        }
        None => html! { "Select an event to mark the sentences that state it." },
    };
    let dragging = drag.borrow().start.is_some();
    let counted = match (shown.len(), all.len()) {
        (shown, all) if shown < all => format!("{shown} of {all} events match"),
        (_, 1) => "1 event".to_string(),
        (_, all) => format!("{all} events"),
    };
    let oninput = props.onquery.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    });
    let axis = (!list).then(|| {
        let visible = layout.visible(
            drawn_range(*step, *fit_width).0,
            drawn_range(*step, *fit_width).1,
        );
        html! {
            <div class="axis" aria-hidden="true">
                { for layout.ticks[visible.ticks].iter().map(|t| html! {
                    <span class="tick" style={format!("--x: {}px", px(t.x))}>{ locale::axis(&t.label) }</span>
                }) }
                { for layout.breaks[visible.breaks].iter().map(|b| html! {
                    <span class="break" style={format!("--x: {}px; --w: {}px", px(b.x), px(b.width))} title={format!("{} without events", locale::axis(&b.label))}>
                        <span>{ locale::axis(&b.label) }</span>
                    </span>
                }) }
            </div>
        }
    });
    html! {
        <section class={match (list, props.order == Order::Story) {
            (true, true) => "timeline list story",
            (true, false) => "timeline list",
            (false, _) => "timeline",
        }} aria-label="Timeline of events" ref={section}>
            <div class="timeline-bar">
                <h2>{ "Timeline" }</h2>
                <p class="hint">{ counted }<span class="keys">{ " · arrow keys move, Enter selects, Esc clears, ? lists every key" }</span></p>
                <input type="search" class="search" aria-label="Search events" placeholder="Search events and text"
                    value={props.query.clone()} {oninput} />
                <div class="order" role="group" aria-label="Order">
                    <button type="button" aria-pressed={(props.order == Order::Date).to_string()}
                        onclick={props.onorder.reform(|_| Order::Date)}>{ "By date" }</button>
                    <button type="button" aria-pressed={(props.order == Order::Story).to_string()}
                        onclick={props.onorder.reform(|_| Order::Story)}>{ "As told" }</button>
                </div>
                if !list { { zoom_buttons } }
                <ExportImage timeline={timeline.clone()} shown={shown.clone()} layout={(!list).then(|| layout.clone())}
                    viewport={viewport.clone()} widest={WIDEST} onproblem={props.onproblem.clone()} onsaved={props.onnotice.clone()} />
            </div>
            <div class={if dragging { "viewport dragging" } else { "viewport" }} ref={viewport} {onscroll}
                {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
                <div class="canvas" style={format!("--width: {}px; --height: {}px; --rows: {}px", px(width), px(height), px(shown.len() as f64 * ROW_HEIGHT))}>
                    { for axis }
                    <ol aria-label="Timeline" class="events" {onkeydown} {onfocusin}>{ items }</ol>
                </div>
            </div>
            <p class="selection" aria-live="polite">{ selection }</p>
        </section>
    }
}

/// The position in `shown` of the event whose button `target` is (or is inside).
fn position_of(
    target: Option<web_sys::EventTarget>,
    shown: &[usize],
    timeline: &Timeline,
) -> Option<usize> {
    let element = target?.dyn_into::<web_sys::Element>().ok()?;
    let id = element
        .closest("[data-event-id]")
        .ok()??
        .get_attribute("data-event-id")?;
    shown.iter().position(|&i| timeline.events[i].id == id)
}

/// Which half-screen step of its length a viewport is scrolled to (see `drawn_range`).
fn scroll_step(element: &web_sys::Element, list: bool) -> i64 {
    let (at, screen) = if list {
        (element.scroll_top(), element.client_height())
    } else {
        (element.scroll_left(), element.client_width())
    };
    i64::from(at) / i64::from((screen / 2).max(1))
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
            // HTML has no years before the common era.
            Some(v.to_string()).filter(|text| !text.starts_with("BC"))
        }
        _ => None,
    };
    html! { <time class="date" datetime={machine}>{ locale::event_date(date) }</time> }
}

fn precision_class(date: &EventDate) -> &'static str {
    match date {
        EventDate::On(v) if v.precision() >= Precision::Day => "day",
        EventDate::On(v) if v.precision() >= Precision::Month => "month",
        _ => "period",
    }
}
