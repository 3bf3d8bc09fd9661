use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use sourceline_core::{sort, EventDate, Precision, Timeline};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::axis::{self, px, Layout, CLUSTER_HEIGHT, LANE_HEIGHT, TICKS_HEIGHT, ZOOM_RANGE};
use crate::components::ExportImage;
use crate::state::Order;
use crate::view::{Action, Effect, Frame, Key, View, Window, OPEN_LIMIT, ROW_HEIGHT, ZOOM_STEP};
use crate::{browser, locale};

/// Room below the clusters for an opened one's list (16rem and its margin, as in
/// styles/app.css), so the viewport does not cut it off.
const OPEN_HEIGHT: f64 = 272.0;
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

/// What the latest drawing shows: what actions between drawings act on.
struct Drawn {
    timeline: Rc<Timeline>,
    /// The events shown, as indices into the timeline's.
    shown: Rc<Vec<usize>>,
    layout: Rc<Layout>,
    selected: Option<usize>,
    list: bool,
    ontoggle: Callback<String>,
}

impl Drawn {
    fn id(&self, position: usize) -> Option<&str> {
        let index = *self.shown.get(position)?;
        Some(self.timeline.events[index].id.as_str())
    }
}

/// What the view's hook shares with the callbacks and effects it hands out.
#[derive(Clone)]
struct Cx {
    view: Rc<RefCell<View>>,
    drawn: Rc<RefCell<Option<Drawn>>>,
    viewport: NodeRef,
    /// Effects to carry out once the page is drawn again.
    later: Rc<RefCell<Vec<Effect>>>,
    redraw: UseForceUpdateHandle,
}

impl Cx {
    fn element(&self) -> Option<web_sys::Element> {
        self.viewport.cast::<web_sys::Element>()
    }

    /// Applies `action` to the view, draws again if it changed, and carries out its effects.
    fn act(&self, action: Action) {
        let effects = {
            let drawn = self.drawn.borrow();
            let Some(drawn) = drawn.as_ref() else {
                return;
            };
            let (scroll, width) = self.element().map_or((0.0, 0.0), |e| {
                (f64::from(e.scroll_left()), f64::from(e.client_width()))
            });
            let frame = Frame {
                layout: &drawn.layout,
                count: drawn.shown.len(),
                selected: drawn.selected,
                list: drawn.list,
                scroll,
                width,
            };
            let mut view = self.view.borrow_mut();
            let before = view.clone();
            let effects = view.reduce(action, &frame);
            if *view != before {
                self.redraw.force_update();
            }
            effects
        };
        for effect in effects {
            self.carry(effect);
        }
    }

    fn carry(&self, effect: Effect) {
        let Some(element) = self.element() else {
            return;
        };
        match effect {
            Effect::ScrollLeft(x) => element.set_scroll_left(px(x) as i32),
            Effect::ScrollTop(y) => {
                element.set_scroll_top(px(y) as i32);
                self.act(scrolled(&element, true));
            }
            // At once where it is drawn, so that the next key (pressed before any redrawing)
            // acts on it; else once the move has drawn it.
            Effect::Focus(position) if self.focus(position) => {}
            Effect::Keep { .. } | Effect::Focus(_) => self.later.borrow_mut().push(effect),
            Effect::Toggle(position) => {
                let drawn = self.drawn.borrow();
                if let Some(drawn) = drawn.as_ref() {
                    if let Some(id) = drawn.id(position) {
                        drawn.ontoggle.emit(id.to_string());
                    }
                }
            }
        }
    }

    fn focus(&self, position: usize) -> bool {
        let drawn = self.drawn.borrow();
        drawn
            .as_ref()
            .and_then(|drawn| drawn.id(position))
            .is_some_and(browser::focus_event)
    }

    /// Carries out what waited for this drawing: a zoom's scroll, a focus.
    fn drawn_again(&self) {
        let later = std::mem::take(&mut *self.later.borrow_mut());
        for effect in later {
            match effect {
                Effect::Keep { anchor, offset } => {
                    let Some(element) = self.element() else {
                        continue;
                    };
                    let x = self.drawn.borrow().as_ref().map(|d| anchor.x(&d.layout));
                    if let Some(x) = x {
                        element.set_scroll_left(px(x - offset) as i32);
                        self.act(scrolled(&element, false));
                    }
                }
                Effect::Focus(position) => {
                    self.focus(position);
                }
                _ => {}
            }
        }
    }
}

/// Where a viewport is scrolled to, along its list or its axis.
fn scrolled(element: &web_sys::Element, list: bool) -> Action {
    let (at, screen) = if list {
        (element.scroll_top(), element.client_height())
    } else {
        (element.scroll_left(), element.client_width())
    };
    Action::Scrolled {
        at: f64::from(at),
        screen: f64::from(screen),
    }
}

/// The view's state and its layout, and where to send actions.
struct ViewHandle {
    view: View,
    layout: Rc<Layout>,
    list: bool,
    dispatch: Callback<Action>,
}

/// The timeline's view: its state ([`View`]), the axis laid out at its zoom, and the effects
/// its actions ask for, carried out; it follows the viewport's size, the page's width, the
/// selection and the wheel.
#[hook]
fn use_timeline_view(
    props: &TimelineProps,
    shown: &Rc<Vec<usize>>,
    selected: Option<usize>,
    viewport: &NodeRef,
) -> ViewHandle {
    // From the first drawing on, the shape the page has on this screen, as the first view in
    // index.html has it: a first frame in another shape would move everything below it.
    let state = use_mut_ref(|| {
        let width = browser::first_view_width().unwrap_or(WIDEST);
        View::new(width, browser::matches_media(NARROW))
    });
    let cx = Cx {
        view: state.clone(),
        drawn: use_mut_ref(|| None),
        viewport: viewport.clone(),
        later: use_mut_ref(Vec::new),
        redraw: use_force_update(),
    };
    let view = state.borrow().clone();
    let list = props.order == Order::Story || view.narrow;
    let timeline = props.timeline.clone();
    // The axis's shape (its breaks, the room between crowded events): once per list of
    // events and width, for every zoom.
    let shape = use_memo(
        (shown.clone(), timeline.clone(), view.fit_width, list),
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
    let layout = use_memo(
        (
            shown.clone(),
            timeline.clone(),
            view.fit_width,
            list,
            view.zoom,
        ),
        move |(.., zoom)| shape.layout(*zoom),
    );
    *cx.drawn.borrow_mut() = Some(Drawn {
        timeline: timeline.clone(),
        shown: shown.clone(),
        layout: layout.clone(),
        selected,
        list,
        ontoggle: props.ontoggle.clone(),
    });
    {
        let cx = cx.clone();
        use_effect(move || cx.drawn_again());
    }
    use_follow_page(&cx, selected, list);
    // A list by date opens at the article's own days, the news, not at its oldest event.
    {
        let cx = cx.clone();
        let by_date = list && props.order == Order::Date;
        let shown = shown.clone();
        use_effect_with((timeline, by_date), move |(timeline, by_date)| {
            if *by_date {
                let periods = axis::periods_of(&timeline.events, &shown);
                let dateline = timeline.document.dateline.map(|d| d.day_numbers().0);
                let row = axis::opening_row(&periods, dateline);
                cx.act(Action::ListOpened { row });
            }
        });
    }
    use_wheel(&cx, list);
    let dispatch = Callback::from(move |action| cx.act(action));
    ViewHandle {
        view,
        layout,
        list,
        dispatch,
    }
}

/// The view follows the selection, the viewport's size and the page's width.
#[hook]
fn use_follow_page(cx: &Cx, selected: Option<usize>, list: bool) {
    {
        let cx = cx.clone();
        use_effect_with(selected, move |selected| {
            cx.act(Action::Selected(*selected))
        });
    }
    // At zoom 1 the axis fills the viewport; follow its width, and whether the page is narrow.
    {
        let cx = cx.clone();
        use_effect_with((), move |_| {
            let query = gloo::utils::window().match_media(NARROW).ok().flatten();
            let measure = {
                let cx = cx.clone();
                move || {
                    if let Some(element) = cx.element() {
                        cx.act(Action::Measured {
                            width: Some(f64::from(element.client_width())),
                            height: Some(f64::from(element.client_height())),
                        });
                    }
                }
            };
            let follow = {
                let query = query.clone();
                let measure = measure.clone();
                move || {
                    cx.act(Action::Narrow(query.as_ref().is_some_and(|q| q.matches())));
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
        let cx = cx.clone();
        use_effect_with(list, move |list| {
            if let Some(element) = cx.element() {
                let height = f64::from(element.client_height());
                cx.act(Action::Measured {
                    width: None,
                    height: list.then_some(height),
                });
                cx.act(scrolled(&element, *list));
            }
        });
    }
}

/// Wheel: Ctrl/Cmd + wheel (and pinch on a touchpad) zooms, a plain wheel pans. Attached by
/// hand because Yew's wheel listeners are passive and could not keep the page still.
#[hook]
fn use_wheel(cx: &Cx, list: bool) {
    let cx = cx.clone();
    use_effect_with(list, move |list| {
        let element = cx.element().filter(|_| !*list);
        let listener = element.clone().map(|element| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&element.clone(), "wheel", options, move |event| {
                let Some(wheel) = event.dyn_ref::<web_sys::WheelEvent>() else {
                    return;
                };
                let offset =
                    f64::from(wheel.client_x()) - element.get_bounding_client_rect().left();
                let action = Action::wheel(
                    wheel.delta_x(),
                    wheel.delta_y(),
                    wheel.ctrl_key() || wheel.meta_key(),
                    offset,
                    element.scroll_width() > element.client_width(),
                );
                if let Some(action) = action {
                    wheel.prevent_default();
                    cx.act(action);
                }
            })
        });
        move || drop(listener)
    });
}

/// The events shown, as indices into the timeline's: those the search finds, in the order
/// asked for (in story order, by where their evidence first appears, as
/// `Timeline::story_order`).
#[hook]
fn use_shown(timeline: &Rc<Timeline>, query: &str, order: Order) -> Rc<Vec<usize>> {
    use_memo(
        (timeline.clone(), query.to_string(), order),
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
    )
}

/// The page's sticky parts below the timeline (the event editor) start where it ends; its
/// height follows its lanes, its order, and the selection's line.
#[hook]
fn use_timeline_height(section: &NodeRef, shape: (i64, bool, Option<String>, usize)) {
    let section = section.clone();
    use_effect_with(shape, move |_| {
        if let Some(element) = section.cast::<web_sys::HtmlElement>() {
            let height = format!("{}px", element.offset_height());
            let root = gloo::utils::document_element().unchecked_into::<web_sys::HtmlElement>();
            let _ = root.style().set_property("--timeline-height", &height);
        }
    });
}
/// The events on a time axis, each a toggle button; below 700 px wide, or in story order, a
/// vertical list. Only what is in view (and a screen either side) is drawn, so a timeline of
/// any length draws a bounded number of parts; events too close together at the zoom are one
/// cluster marker with their count, which zooms in on them (or, at the closest zoom, lists
/// them) when pressed. The keyboard reaches every event: the one it moves to is drawn.
#[component]
pub fn TimelineView(props: &TimelineProps) -> Html {
    let timeline = &props.timeline;
    let shown = use_shown(timeline, &props.query, props.order);
    let selected = props
        .selected
        .as_ref()
        .and_then(|id| shown.iter().position(|&i| &timeline.events[i].id == id));
    let viewport = use_node_ref();
    let section = use_node_ref();
    let ViewHandle {
        view,
        layout,
        list,
        dispatch,
    } = use_timeline_view(props, &shown, selected, &viewport);
    let parts = Parts {
        props,
        shown: &shown,
        layout: &layout,
        view: &view,
        selected,
        dispatch: &dispatch,
    };
    let window = (!list).then(|| view.window(&layout, selected));
    let (items, height) = match &window {
        Some(window) => parts.axis_items(window),
        None => parts.list_items(),
    };
    let shape = (px(height), list, props.selected.clone(), shown.len());
    use_timeline_height(&section, shape);

    let onscroll = dispatch.reform(move |e: Event| scrolled(&e.target_unchecked_into(), list));
    let onpointerdown = dispatch.reform(|e: PointerEvent| Action::PointerDown {
        x: f64::from(e.client_x()),
        mouse: e.pointer_type() == "mouse" && e.button() == 0,
    });
    let onpointermove = dispatch.reform(|e: PointerEvent| Action::PointerMove {
        x: f64::from(e.client_x()),
        held: e.buttons() & 1 != 0,
    });
    let onpointerup = dispatch.reform(|_: PointerEvent| Action::PointerUp);
    let onkeydown = {
        let (dispatch, shown, timeline) = (dispatch.clone(), shown.clone(), timeline.clone());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(key) = Key::parse(&e.key()) {
                e.prevent_default();
                let focused = position_of(e.target(), &shown, &timeline);
                dispatch.emit(Action::Key { key, focused });
            }
        })
    };
    // The tab stop follows focus, however it came (Tab, a click, a script).
    let onfocusin = {
        let (dispatch, shown, timeline) = (dispatch.clone(), shown.clone(), timeline.clone());
        Callback::from(move |e: FocusEvent| {
            if let Some(position) = position_of(e.target(), &shown, &timeline) {
                dispatch.emit(Action::Focused(position));
            }
        })
    };
    let oninput = props.onquery.reform(|e: InputEvent| {
        e.target_unchecked_into::<web_sys::HtmlInputElement>()
            .value()
    });
    let class = match (list, props.order == Order::Story) {
        (true, true) => "timeline list story",
        (true, false) => "timeline list",
        (false, _) => "timeline",
    };
    let canvas = format!(
        "--width: {}px; --height: {}px; --rows: {}px",
        px(layout.width),
        px(height),
        px(shown.len() as f64 * ROW_HEIGHT)
    );
    html! {
        <section {class} aria-label="Timeline of events" ref={section}>
            <div class="timeline-bar">
                <h2>{ "Timeline" }</h2>
                <p class="hint">{ counted(shown.len(), timeline.events.len()) }<span class="keys">{ " · arrow keys move, Enter selects, Esc clears, ? lists every key" }</span></p>
                <input type="search" class="search" aria-label="Search events" placeholder="Search events and text"
                    value={props.query.clone()} {oninput} />
                <div class="order" role="group" aria-label="Order">
                    <button type="button" aria-pressed={(props.order == Order::Date).to_string()}
                        onclick={props.onorder.reform(|_| Order::Date)}>{ "By date" }</button>
                    <button type="button" aria-pressed={(props.order == Order::Story).to_string()}
                        onclick={props.onorder.reform(|_| Order::Story)}>{ "As told" }</button>
                </div>
                if !list { <ZoomButtons zoom={view.zoom} ondispatch={dispatch.clone()} /> }
                <ExportImage timeline={timeline.clone()} shown={shown.clone()} layout={(!list).then(|| layout.clone())}
                    viewport={viewport.clone()} widest={WIDEST} onproblem={props.onproblem.clone()} onsaved={props.onnotice.clone()} />
            </div>
            <div class={if view.dragging() { "viewport dragging" } else { "viewport" }} ref={viewport} {onscroll}
                {onpointerdown} {onpointermove} onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
                <div class="canvas" style={canvas}>
                    { for window.map(|window| parts.axis(&window)) }
                    <ol aria-label="Timeline" class="events" {onkeydown} {onfocusin}>{ items }</ol>
                </div>
            </div>
            <p class="selection" aria-live="polite">{ selection(props) }</p>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ZoomButtonsProps {
    zoom: f64,
    ondispatch: Callback<Action>,
}

/// Zoom out, in (around the selected event) and back to the whole timeline.
#[component]
fn ZoomButtons(props: &ZoomButtonsProps) -> Html {
    let zoom = |factor: f64| {
        props
            .ondispatch
            .reform(move |_: MouseEvent| Action::Zoom(factor))
    };
    html! {
        <div class="zoom" role="group" aria-label="Zoom">
            <button type="button" aria-label="Zoom out" title="Zoom out (−)"
                disabled={props.zoom <= ZOOM_RANGE.0} onclick={zoom(1.0 / ZOOM_STEP)}>{ "−" }</button>
            <button type="button" aria-label="Zoom in" title="Zoom in (+)"
                disabled={props.zoom >= ZOOM_RANGE.1} onclick={zoom(ZOOM_STEP)}>{ "+" }</button>
            <button type="button" title="Fit the whole timeline (0)" onclick={props.ondispatch.reform(|_| Action::Fit)}>{ "Fit" }</button>
        </div>
    }
}

/// How many events there are, and how many the search finds.
fn counted(shown: usize, all: usize) -> String {
    match (shown, all) {
        (shown, all) if shown < all => format!("{shown} of {all} events match"),
        (_, 1) => "1 event".to_string(),
        (_, all) => format!("{all} events"),
    }
}

/// The selected event's date, title and evidence, said in a line.
fn selection(props: &TimelineProps) -> Html {
    let event = props
        .selected
        .as_deref()
        .and_then(|id| props.timeline.event(id));
    let Some(event) = event else {
        return html! { "Select an event to mark the sentences that state it." };
    };
    let count = event.evidence.len();
    html! {<>
        <strong>{ format!("{}: ", locale::event_date(&event.date)) }<bdi>{ &event.title }</bdi></strong>
        { format!(" · {count} {} of evidence marked in the article", if count == 1 { "passage" } else { "passages" }) }
        if !event.derivation.is_empty() {
            <span class="derivation">{ format!("How the date was found: {}", event.derivation) }</span>
        }
    </>}
}

/// What the timeline's parts are drawn from.
struct Parts<'a> {
    props: &'a TimelineProps,
    shown: &'a [usize],
    layout: &'a Layout,
    view: &'a View,
    selected: Option<usize>,
    dispatch: &'a Callback<Action>,
}

impl Parts<'_> {
    fn event(&self, position: usize) -> &sourceline_core::Event {
        &self.props.timeline.events[self.shown[position]]
    }

    /// One event's button, at a position in the events shown.
    fn card(&self, position: usize) -> Html {
        let event = self.event(position);
        let pressed = self.props.selected.as_ref() == Some(&event.id);
        let tab_stop = position == self.view.tab_stop(self.shown.len());
        html! {
            <button type="button" class="event" data-event-id={event.id.clone()}
                data-date={event.date.to_string()} aria-pressed={pressed.to_string()}
                tabindex={if tab_stop { "0" } else { "-1" }}
                onclick={self.dispatch.reform(move |_: MouseEvent| Action::Pressed(position))}>
                { date_html(&event.date) }
                <span class="title" dir="auto">{ &event.title }</span>
            </button>
        }
    }

    /// Buttons in a list, each its own item; past `OPEN_LIMIT` only those pinned, and a line
    /// that says how many more the keys reach.
    fn listing(&self, members: &[usize], pinned: &[usize]) -> Html {
        let more = members.len().saturating_sub(OPEN_LIMIT);
        let listed = members
            .iter()
            .enumerate()
            .filter(|&(k, p)| k < OPEN_LIMIT || pinned.contains(p));
        html! {<>
            { for listed.map(|(_, &p)| html! { <li key={self.event(p).id.clone()}>{ self.card(p) }</li> }) }
            if more > 0 { <li class="hint">{ format!("and {more} more: the arrow keys reach them") }</li> }
        </>}
    }

    /// The rows of the vertical list in view, and its height.
    fn list_items(&self) -> (Html, f64) {
        let story = self.props.order == Order::Story;
        let items = self
            .view
            .rows(self.shown.len(), self.selected)
            .into_iter()
            .map(|position| {
                let style = format!("--top: {}px", px(position as f64 * ROW_HEIGHT));
                let number = story.then(|| (position + 1).to_string());
                html! {
                    <li key={self.event(position).id.clone()} {style} value={number}>{ self.card(position) }</li>
                }
            })
            .collect();
        (items, self.shown.len() as f64 * ROW_HEIGHT)
    }

    /// Where an event's item is drawn: `--row` is where the list would put it (see
    /// `#prerendered` in styles/app.css).
    fn place(&self, position: usize, top: f64, width: f64) -> String {
        let bar = &self.layout.placements[position];
        format!(
            "--x: {}px; --bar: {}px; --top: {}px; --w: {}px; --row: {}px",
            px(bar.x),
            px(bar.width),
            px(top),
            px(width),
            px(position as f64 * ROW_HEIGHT)
        )
    }

    /// The cards, loose events and clusters of the axis in `window`, and the axis's height.
    fn axis_items(&self, window: &Window) -> (Html, f64) {
        let layout = self.layout;
        let lanes_bottom = TICKS_HEIGHT + LANE_HEIGHT * layout.lanes as f64;
        let clusters_bottom = lanes_bottom
            + if layout.clusters.is_empty() {
                0.0
            } else {
                CLUSTER_HEIGHT
            };
        let pinned = self.view.pinned(self.shown.len(), self.selected);
        let cards = window
            .visible
            .cards
            .iter()
            .map(|&c| self.placed_card(c, &pinned));
        // The tab stop and the selection, where a cluster counts them, in a row below it.
        let loose = window.loose.iter().map(|&position| {
            let event = self.event(position);
            html! {
                <li key={event.id.clone()} style={self.place(position, clusters_bottom, axis::CARD_WIDTH)} class={precision_class(&event.date)}>
                    <span class="bar" aria-hidden="true"></span>
                    { self.card(position) }
                </li>
            }
        });
        let clusters = window
            .visible
            .clusters
            .clone()
            .map(|c| self.cluster(c, window.open == Some(c), lanes_bottom));
        let height = clusters_bottom
            + if window.open.is_some() {
                OPEN_HEIGHT
            } else if !window.loose.is_empty() {
                LANE_HEIGHT
            } else {
                0.0
            };
        let items = html! { <>{ for cards }{ for loose }{ for clusters }</> };
        (items, height)
    }

    /// A card of the axis: one event's, or one that lists the events of one period.
    fn placed_card(&self, index: usize, pinned: &[usize]) -> Html {
        let layout = self.layout;
        let card = &layout.cards[index];
        let top = TICKS_HEIGHT + LANE_HEIGHT * card.lane as f64;
        let first = card.members[0];
        let event = self.event(first);
        // A card in the bottom lane shows a long title by growing up, not out of view.
        let up = if card.lane + 1 == layout.lanes {
            " up"
        } else {
            ""
        };
        let class = format!("{}{up}", precision_class(&event.date));
        let style = self.place(first, top, card.width);
        if let [only] = card.members[..] {
            return html! {
                <li key={event.id.clone()} {style} {class}>
                    <span class="bar" aria-hidden="true"></span>
                    { self.card(only) }
                </li>
            };
        }
        // Events of one period: one card lists them, in rows of its columns.
        let style = format!("{style}; --columns: {}", card.columns);
        html! {
            <li key={format!("period:{}", event.id)} {style} class={format!("shared {class}")}>
                <span class="bar" aria-hidden="true"></span>
                <div class="listing">
                    <span class="date" aria-hidden="true">{ locale::event_date(&event.date) }</span>
                    <ul>{ self.listing(&card.members, pinned) }</ul>
                </div>
            </li>
        }
    }

    /// A cluster's marker: its count and period; it zooms in on its events, or lists them.
    fn cluster(&self, index: usize, open: bool, top: f64) -> Html {
        let cluster = &self.layout.clusters[index];
        let first = self.event(cluster.members[0]);
        let last = self.event(cluster.members[cluster.members.len() - 1]);
        // From the first one's start to the last one's end: "2010 to 2011", not "2010 to
        // March 2011 to October 2011" when the last is a range.
        let (from, to) = (
            locale::value(&first.date.ends().0),
            locale::value(&last.date.ends().1),
        );
        let period = if from == to {
            from
        } else {
            format!("{from} to {to}")
        };
        let count = cluster.members.len();
        let action = if self.view.zoom < ZOOM_RANGE.1 {
            "zoom in to tell them apart"
        } else {
            "list them"
        };
        let members = open
            .then(|| html! { <ul class="members">{ self.listing(&cluster.members, &[]) }</ul> });
        html! {
            <li key={format!("cluster:{}", first.id)} class="cluster"
                style={format!("--x: {}px; --top: {}px", px(cluster.x), px(top))}>
                <button type="button" class="cluster" aria-expanded={open.to_string()}
                    aria-label={format!("{count} events, {period}: {action}")} title={period.clone()}
                    onclick={self.dispatch.reform(move |_: MouseEvent| Action::ClusterPressed(index))}>
                    <span class="count">{ count }</span>
                    <span class="period">{ period }</span>
                </button>
                { for members }
            </li>
        }
    }

    /// The axis's ticks and breaks in `window`.
    fn axis(&self, window: &Window) -> Html {
        let layout = self.layout;
        html! {
            <div class="axis" aria-hidden="true">
                { for layout.ticks[window.visible.ticks.clone()].iter().map(|t| html! {
                    <span class="tick" style={format!("--x: {}px", px(t.x))}>{ locale::axis(&t.label) }</span>
                }) }
                { for layout.breaks[window.visible.breaks.clone()].iter().map(|b| html! {
                    <span class="break" style={format!("--x: {}px; --w: {}px", px(b.x), px(b.width))} title={format!("{} without events", locale::axis(&b.label))}>
                        <span>{ locale::axis(&b.label) }</span>
                    </span>
                }) }
            </div>
        }
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
