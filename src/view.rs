//! The timeline view's behaviour, plain Rust tested natively: zoom, pan, drag, which events
//! are drawn, the opened cluster, the keys and the roving tab stop.
//!
//! [`View::reduce`] takes what the reader did ([`Action`]) with what the page shows at that
//! moment ([`Frame`]) and returns what the page must do ([`Effect`]): scroll, focus an event,
//! toggle one. The timeline's hook carries effects out; [`View::rows`] and [`View::window`]
//! say what to draw. Positions come from the layout in [`crate::axis`].

use sourceline_core::sort;

use crate::axis::{Layout, Slot, Visible, CARD_WIDTH, ZOOM_RANGE};

/// How much one press of `+` or `-` zooms.
pub const ZOOM_STEP: f64 = 1.6;
/// Height of one row of the vertical list, in CSS pixels (as in styles/app.css).
pub const ROW_HEIGHT: f64 = 64.0;
/// Most events an opened cluster lists; the keys reach the others.
pub const OPEN_LIMIT: usize = 100;
/// Pointer travel past which a press on the axis is a drag, not a click.
const DRAG_THRESHOLD: f64 = 4.0;

/// What a zoom keeps in place on screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Anchor {
    /// The point at this share of the axis's width.
    Share(f64),
    /// An event's date (a position in the events shown).
    Event(usize),
}

impl Anchor {
    /// Where the anchor is on the axis of `layout`.
    pub fn x(self, layout: &Layout) -> f64 {
        match self {
            Anchor::Share(share) => share * layout.width,
            Anchor::Event(position) => layout.placements[position].x,
        }
    }
}

/// A key the view acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Next,
    Previous,
    First,
    Last,
    ZoomIn,
    ZoomOut,
    Fit,
}

impl Key {
    /// The key named `key` (as `KeyboardEvent.key` names it), if the view acts on it.
    pub fn parse(key: &str) -> Option<Key> {
        Some(match key {
            "ArrowRight" | "ArrowDown" => Key::Next,
            "ArrowLeft" | "ArrowUp" => Key::Previous,
            "Home" => Key::First,
            "End" => Key::Last,
            "+" | "=" => Key::ZoomIn,
            "-" | "_" => Key::ZoomOut,
            "0" => Key::Fit,
            _ => return None,
        })
    }
}

/// Something the reader did, or the page measured.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Action {
    /// The viewport's size, where it has one.
    Measured {
        width: Option<f64>,
        height: Option<f64>,
    },
    /// The page became narrow (a vertical list) or wide.
    Narrow(bool),
    /// The viewport is scrolled to `at` of its length, `screen` long.
    Scrolled { at: f64, screen: f64 },
    /// A list by date is shown: it opens at this row (see [`crate::axis::opening_row`]).
    ListOpened { row: usize },
    /// The selection changed, to a position in the events shown.
    Selected(Option<usize>),
    /// The zoom buttons: around the selected event.
    Zoom(f64),
    /// Ctrl or ⌘ + wheel (a pinch): around the point `offset` px from the viewport's left.
    ZoomAt { factor: f64, offset: f64 },
    /// The Fit button: the whole timeline in view.
    Fit,
    /// A plain wheel pans the axis by this many px.
    Pan(f64),
    /// A key, pressed on the event at this position or elsewhere in the timeline.
    Key { key: Key, focused: Option<usize> },
    /// An event's button got focus.
    Focused(usize),
    /// An event's button was pressed.
    Pressed(usize),
    /// A cluster marker was pressed.
    ClusterPressed(usize),
    /// A press on the viewport, at `x` (the main button of a mouse, or not).
    PointerDown { x: f64, mouse: bool },
    /// The pointer moved to `x`, the main button `held` or not.
    PointerMove { x: f64, held: bool },
    /// The press ended.
    PointerUp,
}

impl Action {
    /// What a wheel turned over the axis does: with Ctrl or ⌘ (a pinch) it zooms around the
    /// pointer, `offset` px from the viewport's left; turned up or down it pans the axis when it
    /// `scrolls` (is wider than its viewport). Else (`None`) it is the page's.
    pub fn wheel(dx: f64, dy: f64, zoom: bool, offset: f64, scrolls: bool) -> Option<Action> {
        if zoom {
            Some(Action::ZoomAt {
                factor: (-dy * 0.002).exp(),
                offset,
            })
        } else if dy.abs() > dx.abs() && scrolls {
            Some(Action::Pan(dy.round()))
        } else {
            None
        }
    }
}

/// What the page must do for an action.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Effect {
    /// Scroll the axis to this many px from its start.
    ScrollLeft(f64),
    /// Scroll the list to this many px from its top.
    ScrollTop(f64),
    /// Once drawn at the new zoom, scroll so that `anchor` is `offset` px from the left.
    Keep { anchor: Anchor, offset: f64 },
    /// Focus the event at this position (which scrolls it into view), once it is drawn.
    Focus(usize),
    /// Select the event at this position, or clear it when it is selected.
    Toggle(usize),
}

/// What the page shows when an action comes: read, never changed, by [`View::reduce`].
pub struct Frame<'a> {
    /// The axis at the view's zoom.
    pub layout: &'a Layout,
    /// How many events are shown.
    pub count: usize,
    pub selected: Option<usize>,
    /// A vertical list rather than an axis.
    pub list: bool,
    /// Where the viewport is scrolled to, and how wide it is, in px.
    pub scroll: f64,
    pub width: f64,
}

/// A mouse drag that pans the axis.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
struct Drag {
    /// Where the press began, and where the axis was scrolled then.
    start: Option<(f64, f64)>,
    /// Past the threshold: the press that ends it is not a click.
    moved: bool,
}

/// The state of the timeline's view.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// 1 fits the whole timeline in `fit_width`.
    pub zoom: f64,
    pub fit_width: f64,
    pub list_height: f64,
    pub narrow: bool,
    /// Where the viewport is scrolled to, in steps of half a screen (see [`drawn_range`]).
    step: i64,
    /// The roving tab stop: a position in the events shown.
    active: usize,
    /// The cluster listing its events, at the closest zoom.
    open: Option<usize>,
    drag: Drag,
    /// What a zoom keeps in place, until the viewport is scrolled to it.
    anchor: Option<(Anchor, f64)>,
}

/// What an axis draws: parts of the layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Window {
    /// What is in view; its cards with those of the tab stop and the selection.
    pub visible: Visible,
    /// The tab stop and the selection where a cluster counts them: positions drawn on their
    /// own below the clusters.
    pub loose: Vec<usize>,
    /// The opened cluster, an index into [`Layout::clusters`].
    pub open: Option<usize>,
}

/// The part of the axis or list drawn: what is on screen and one screen either side. It
/// moves in steps of half a screen, so a pan draws again only at each step, and only what
/// came into view is new.
fn drawn_range(step: i64, screen: f64) -> (f64, f64) {
    let at = step as f64 * (screen / 2.0);
    (at - screen, at + 2.0 * screen)
}

impl View {
    /// The view of a timeline at first: fitted to `fit_width`, scrolled to its start.
    pub fn new(fit_width: f64, narrow: bool) -> View {
        View {
            zoom: 1.0,
            fit_width,
            list_height: 384.0,
            narrow,
            step: 0,
            active: 0,
            open: None,
            drag: Drag::default(),
            anchor: None,
        }
    }

    /// Applies `action` and returns what the page must do for it.
    pub fn reduce(&mut self, action: Action, frame: &Frame) -> Vec<Effect> {
        match action {
            Action::Measured { width, height } => {
                self.fit_width = width.filter(|&w| w > 0.0).unwrap_or(self.fit_width);
                self.list_height = height.filter(|&h| h > 0.0).unwrap_or(self.list_height);
            }
            Action::Narrow(narrow) => self.narrow = narrow,
            Action::Scrolled { at, screen } => {
                self.step = (at as i64) / ((screen as i64) / 2).max(1);
                self.anchor = None;
            }
            Action::ListOpened { row } => return vec![Effect::ScrollTop(row as f64 * ROW_HEIGHT)],
            Action::Selected(selected) => self.active = selected.unwrap_or(self.active),
            Action::Zoom(factor) => return self.zoom_around(factor, frame.selected, frame),
            Action::ZoomAt { factor, offset } => {
                return self.zoom_at(factor, None, Some(offset), frame)
            }
            Action::Fit => self.fit(),
            Action::Pan(dx) => return vec![Effect::ScrollLeft(frame.scroll + dx)],
            Action::Key { key, focused } => return self.key(key, focused, frame),
            Action::Focused(position) => self.active = position,
            Action::Pressed(position) if !self.drag.moved => {
                self.active = position;
                return vec![Effect::Toggle(position)];
            }
            Action::Pressed(_) => {}
            Action::ClusterPressed(index) => return self.cluster_pressed(index, frame),
            Action::PointerDown { x, mouse } => {
                self.drag.moved = false;
                if mouse {
                    self.drag.start = Some((x, frame.scroll));
                }
            }
            Action::PointerMove { x, held } => return self.drag_to(x, held),
            Action::PointerUp => self.drag.start = None,
        }
        Vec::new()
    }

    fn fit(&mut self) {
        self.zoom = 1.0;
        self.open = None;
    }

    /// Zooms by `factor` keeping `at` (by default the point under `offset`, by default the
    /// middle of the view) `offset` px from the viewport's left.
    fn zoom_at(
        &mut self,
        factor: f64,
        at: Option<Anchor>,
        offset: Option<f64>,
        frame: &Frame,
    ) -> Vec<Effect> {
        self.open = None;
        let zoom = (self.zoom * factor).clamp(ZOOM_RANGE.0, ZOOM_RANGE.1);
        if zoom == self.zoom {
            return Vec::new();
        }
        self.zoom = zoom;
        let offset = offset.unwrap_or(frame.width / 2.0);
        let anchor = at.unwrap_or(Anchor::Share((frame.scroll + offset) / frame.layout.width));
        self.anchor = Some((anchor, offset));
        vec![Effect::Keep { anchor, offset }]
    }

    /// Zooms keeping an event (the focused or selected one) where it is on screen, or in the
    /// middle when it is out of view; without one, the middle of the view.
    fn zoom_around(&mut self, factor: f64, event: Option<usize>, frame: &Frame) -> Vec<Effect> {
        let Some(position) = event.filter(|&p| p < frame.layout.placements.len()) else {
            return self.zoom_at(factor, None, None, frame);
        };
        let at = frame.layout.placements[position].x - frame.scroll;
        // Its card at least half in view.
        let seen = at > -CARD_WIDTH / 2.0 && at < frame.width;
        self.zoom_at(
            factor,
            Some(Anchor::Event(position)),
            seen.then_some(at),
            frame,
        )
    }

    fn key(&mut self, key: Key, focused: Option<usize>, frame: &Frame) -> Vec<Effect> {
        let last = frame.count.saturating_sub(1);
        // The keys move from the event that has focus; else from the tab stop, which a
        // search or a deletion may have left past the end of the list.
        let current = focused.unwrap_or(self.active.min(last));
        let target = match key {
            Key::Next => (current + 1).min(last),
            Key::Previous => current.saturating_sub(1),
            Key::First => 0,
            Key::Last => last,
            // A list has no zoom.
            Key::ZoomIn | Key::ZoomOut | Key::Fit if frame.list => return Vec::new(),
            // A zoom keeps the focused event in its place, else the selected one.
            Key::ZoomIn => return self.zoom_around(ZOOM_STEP, focused.or(frame.selected), frame),
            Key::ZoomOut => {
                return self.zoom_around(1.0 / ZOOM_STEP, focused.or(frame.selected), frame)
            }
            Key::Fit => {
                self.fit();
                return Vec::new();
            }
        };
        if frame.count == 0 {
            return Vec::new();
        }
        self.active = target;
        vec![Effect::Focus(target)]
    }

    /// A cluster zooms in on its events; at the closest zoom it lists them (or closes).
    fn cluster_pressed(&mut self, index: usize, frame: &Frame) -> Vec<Effect> {
        if self.zoom >= ZOOM_RANGE.1 {
            self.open = if self.open == Some(index) {
                None
            } else {
                Some(index)
            };
            return Vec::new();
        }
        let Some(cluster) = frame.layout.clusters.get(index) else {
            return Vec::new();
        };
        let middle = (cluster.x + cluster.end) / 2.0;
        let span = (cluster.end - cluster.x).max(1.0);
        // Close enough to spread its events over most of the view, a step at least, and no
        // closer than the closest zoom.
        let factor = (self.fit_width * 0.8 / span)
            .max(ZOOM_STEP)
            .min(ZOOM_RANGE.1 / self.zoom);
        let share = Anchor::Share(middle / frame.layout.width);
        self.zoom_at(factor, Some(share), None, frame)
    }

    fn drag_to(&mut self, x: f64, held: bool) -> Vec<Effect> {
        let Some((from, scroll)) = self.drag.start else {
            return Vec::new();
        };
        if !held {
            self.drag.start = None;
            return Vec::new();
        }
        let dx = x - from;
        self.drag.moved |= dx.abs() > DRAG_THRESHOLD;
        if self.drag.moved {
            vec![Effect::ScrollLeft(scroll - dx)]
        } else {
            Vec::new()
        }
    }

    /// A mouse is pressed on the axis (it may become a drag).
    pub fn dragging(&self) -> bool {
        self.drag.start.is_some()
    }

    /// The roving tab stop among `count` events.
    pub fn tab_stop(&self, count: usize) -> usize {
        self.active.min(count.saturating_sub(1))
    }

    /// The tab stop and the selection: always drawn, wherever they are.
    pub fn pinned(&self, count: usize, selected: Option<usize>) -> Vec<usize> {
        std::iter::once(self.tab_stop(count))
            .chain(selected)
            .filter(|&p| p < count)
            .collect()
    }

    /// The rows a list of `count` events draws, in order.
    pub fn rows(&self, count: usize, selected: Option<usize>) -> Vec<usize> {
        let (top, bottom) = drawn_range(self.step, self.list_height);
        let rows = (top / ROW_HEIGHT).floor().max(0.0) as usize
            ..((bottom / ROW_HEIGHT).ceil().max(0.0) as usize).min(count);
        let mut drawn: Vec<usize> = rows.clone().collect();
        drawn.extend(
            self.pinned(count, selected)
                .into_iter()
                .filter(|p| !rows.contains(p)),
        );
        sort::stable_by(&mut drawn, Ord::cmp);
        drawn.dedup();
        drawn
    }

    /// What an axis draws of `layout`: what is in view and a screen either side (where a
    /// zoom is about to scroll to, while it does), and the tab stop and the selection.
    pub fn window(&self, layout: &Layout, selected: Option<usize>) -> Window {
        let count = layout.placements.len();
        let (left, right) = match self.anchor {
            Some((at, offset)) => {
                let at = at.x(layout) - offset;
                (at - self.fit_width, at + 2.0 * self.fit_width)
            }
            None => drawn_range(self.step, self.fit_width),
        };
        let visible = layout.visible(left, right);
        let open = self.open.filter(|&c| c < layout.clusters.len());
        let listed = |position: usize| {
            open.is_some_and(|c| {
                let members = &layout.clusters[c].members;
                members[..members.len().min(OPEN_LIMIT)].contains(&position)
            })
        };
        let mut cards = visible.cards.clone();
        let mut loose = Vec::new();
        for position in self.pinned(count, selected) {
            match layout.placements[position].slot {
                Slot::Card(card) => cards.push(card),
                Slot::Cluster(_) if !listed(position) => loose.push(position),
                Slot::Cluster(_) => {}
            }
        }
        sort::stable_by(&mut cards, Ord::cmp);
        cards.dedup();
        sort::stable_by(&mut loose, Ord::cmp);
        loose.dedup();
        // The ticks and breaks follow the scrolling alone.
        let scrolled = drawn_range(self.step, self.fit_width);
        let axis = layout.visible(scrolled.0, scrolled.1);
        Window {
            visible: Visible {
                cards,
                clusters: visible.clusters,
                ..axis
            },
            loose,
            open,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::axis::{self, Axis};

    /// The timeline's width on a wide screen (1280 px), as the page draws it.
    const WIDE: f64 = 1158.0;

    /// The page as a reader sees it: the view, its axis laid out at the view's zoom, and the
    /// viewport, which scrolls where the effects ask (as far as the axis reaches).
    struct Page {
        view: View,
        axis: Axis,
        layout: Layout,
        /// The zoom `layout` is laid out at.
        laid_at: f64,
        scroll: f64,
        selected: Option<usize>,
        list: bool,
    }

    impl Page {
        fn new(periods: &[(i64, i64)]) -> Page {
            let axis = Axis::new(periods, WIDE);
            let layout = axis.layout(1.0);
            Page {
                view: View::new(WIDE, false),
                axis,
                layout,
                laid_at: 1.0,
                scroll: 0.0,
                selected: None,
                list: false,
            }
        }

        fn act(&mut self, action: Action) -> Vec<Effect> {
            let frame = Frame {
                layout: &self.layout,
                count: self.layout.placements.len(),
                selected: self.selected,
                list: self.list,
                scroll: self.scroll,
                width: WIDE,
            };
            let effects = self.view.reduce(action, &frame);
            if self.view.zoom != self.laid_at {
                self.laid_at = self.view.zoom;
                self.layout = self.axis.layout(self.view.zoom);
            }
            for effect in &effects {
                let to = match *effect {
                    Effect::ScrollLeft(x) => x,
                    Effect::Keep { anchor, offset } => anchor.x(&self.layout) - offset,
                    _ => continue,
                };
                self.scroll = to.round().clamp(0.0, (self.layout.width - WIDE).max(0.0));
                self.act(Action::Scrolled {
                    at: self.scroll,
                    screen: WIDE,
                });
            }
            effects
        }

        /// Where an event is on screen, px from the viewport's left.
        fn on_screen(&self, position: usize) -> f64 {
            self.layout.placements[position].x - self.scroll
        }

        /// The events whose buttons are drawn.
        fn drawn(&self) -> Vec<usize> {
            let window = self.view.window(&self.layout, self.selected);
            let mut drawn: Vec<usize> = window
                .visible
                .cards
                .iter()
                .flat_map(|&c| self.layout.cards[c].members.clone())
                .chain(window.loose)
                .collect();
            drawn.sort_unstable();
            drawn
        }
    }

    /// The seed's six events: 1961, 2000, July 2000, April 2019, September 2023, 19 June 2024.
    fn seed() -> Page {
        Page::new(&axis::tests::seed())
    }

    /// `count` events a day or so apart over 74 years, in date order.
    fn records(count: usize) -> Page {
        let first = axis::tests::periods(&["1950-01-01"])[0].0;
        let periods: Vec<(i64, i64)> = (0..count)
            .map(|i| {
                let day = first + (i * 27_000 / count) as i64;
                (day, day + 1)
            })
            .collect();
        Page::new(&periods)
    }

    fn key(page: &mut Page, name: &str, focused: Option<usize>) -> Vec<Effect> {
        let key = Key::parse(name).unwrap();
        page.act(Action::Key { key, focused })
    }

    #[test]
    fn plus_zooms_in_around_the_focused_event_which_stays_where_it_is() {
        let mut page = seed();
        let before = page.on_screen(3);
        let effects = key(&mut page, "+", Some(3));
        assert_eq!(page.view.zoom, ZOOM_STEP);
        assert_eq!(
            effects,
            [Effect::Keep {
                anchor: Anchor::Event(3),
                offset: before
            }]
        );
        assert!((page.on_screen(3) - before).abs() <= 1.0);
        assert!(page.drawn().contains(&3));
    }

    #[test]
    fn minus_zooms_out_around_the_selected_event_when_none_has_focus() {
        let mut page = seed();
        page.selected = Some(5);
        key(&mut page, "+", None);
        key(&mut page, "+", None);
        let before = page.on_screen(5);
        let effects = key(&mut page, "-", None);
        assert_eq!(page.view.zoom, ZOOM_STEP * ZOOM_STEP / ZOOM_STEP);
        assert_eq!(
            effects,
            [Effect::Keep {
                anchor: Anchor::Event(5),
                offset: before
            }]
        );
        assert!((page.on_screen(5) - before).abs() <= 1.0);
    }

    #[test]
    fn the_zoom_buttons_bring_a_selected_event_out_of_view_to_the_middle() {
        let mut page = seed();
        for _ in 0..4 {
            key(&mut page, "+", Some(0));
        }
        page.selected = Some(3);
        assert!(page.on_screen(3) > WIDE, "the selection is out of view");
        let effects = page.act(Action::Zoom(ZOOM_STEP));
        assert_eq!(
            effects,
            [Effect::Keep {
                anchor: Anchor::Event(3),
                offset: WIDE / 2.0
            }]
        );
        assert!((page.on_screen(3) - WIDE / 2.0).abs() <= 1.0);
    }

    #[test]
    fn without_an_event_a_zoom_keeps_the_middle_of_the_view_in_place() {
        let mut page = records(1000);
        page.act(Action::Zoom(4.0));
        let middle = (page.scroll + WIDE / 2.0) / page.layout.width;
        let effects = page.act(Action::Zoom(1.0 / ZOOM_STEP));
        assert_eq!(
            effects,
            [Effect::Keep {
                anchor: Anchor::Share(middle),
                offset: WIDE / 2.0
            }]
        );
        let after = (page.scroll + WIDE / 2.0) / page.layout.width;
        assert!((after - middle).abs() < 0.001, "{middle} -> {after}");
    }

    #[test]
    fn ctrl_wheel_zooms_around_the_pointer() {
        let mut page = records(1000);
        page.act(Action::Zoom(8.0));
        let under = (page.scroll + 200.0) / page.layout.width;
        let effects = page.act(Action::ZoomAt {
            factor: 2.0,
            offset: 200.0,
        });
        assert_eq!(page.view.zoom, 16.0);
        assert_eq!(
            effects,
            [Effect::Keep {
                anchor: Anchor::Share(under),
                offset: 200.0
            }]
        );
    }

    #[test]
    fn the_zoom_stops_at_its_ends_and_then_asks_for_nothing() {
        let mut page = seed();
        for _ in 0..20 {
            key(&mut page, "+", Some(2));
        }
        assert_eq!(page.view.zoom, ZOOM_RANGE.1);
        assert_eq!(key(&mut page, "+", Some(2)), []);
        for _ in 0..40 {
            key(&mut page, "-", None);
        }
        assert_eq!(page.view.zoom, ZOOM_RANGE.0);
        assert_eq!(page.act(Action::Zoom(1.0 / ZOOM_STEP)), []);
    }

    #[test]
    fn zero_and_fit_show_the_whole_timeline_again() {
        let mut page = seed();
        key(&mut page, "+", Some(1));
        key(&mut page, "+", Some(1));
        assert_eq!(key(&mut page, "0", Some(1)), []);
        assert_eq!(page.view.zoom, 1.0);
        key(&mut page, "-", None);
        assert_eq!(page.act(Action::Fit), []);
        assert_eq!(page.view.zoom, 1.0);
        assert!(page.axis.layout(1.0).width <= WIDE);
    }

    #[test]
    fn the_wheel_zooms_with_ctrl_pans_a_wide_axis_and_else_is_the_page_s() {
        let zoom = Action::wheel(0.0, -400.0, true, 300.0, true);
        assert_eq!(
            zoom,
            Some(Action::ZoomAt {
                factor: 0.8_f64.exp(),
                offset: 300.0
            })
        );
        assert_eq!(
            Action::wheel(0.0, 99.6, false, 300.0, true),
            Some(Action::Pan(100.0))
        );
        assert_eq!(Action::wheel(0.0, 100.0, false, 300.0, false), None);
        assert_eq!(Action::wheel(120.0, 100.0, false, 300.0, true), None);
    }

    #[test]
    fn a_plain_wheel_pans_the_axis_from_where_it_is() {
        let mut page = records(1000);
        page.act(Action::Zoom(4.0));
        let from = page.scroll;
        assert_eq!(
            page.act(Action::Pan(300.0)),
            [Effect::ScrollLeft(from + 300.0)]
        );
        assert_eq!(page.scroll, from + 300.0);
    }

    #[test]
    fn a_drag_pans_and_the_release_does_not_press_the_event_under_it() {
        let mut page = records(1000);
        page.act(Action::Zoom(4.0));
        let from = page.scroll;
        page.act(Action::PointerDown {
            x: 600.0,
            mouse: true,
        });
        assert!(page.view.dragging());
        // A tremble is not a drag.
        let held = |x| Action::PointerMove { x, held: true };
        assert_eq!(page.act(held(598.0)), []);
        assert_eq!(page.act(held(450.0)), [Effect::ScrollLeft(from + 150.0)]);
        assert_eq!(page.act(held(400.0)), [Effect::ScrollLeft(from + 200.0)]);
        page.act(Action::PointerUp);
        assert!(!page.view.dragging());
        assert_eq!(page.act(Action::Pressed(7)), []);
        // The next press is a click again.
        page.act(Action::PointerDown {
            x: 600.0,
            mouse: true,
        });
        page.act(Action::PointerUp);
        assert_eq!(page.act(Action::Pressed(7)), [Effect::Toggle(7)]);
        assert_eq!(page.view.tab_stop(1000), 7);
    }

    #[test]
    fn a_drag_ends_when_the_button_was_let_go_elsewhere_and_a_touch_never_drags() {
        let mut page = records(1000);
        // A press at 600 px, then the pointer at 300 px.
        let mut sweep = |mouse: bool, held: bool| {
            page.act(Action::PointerDown { x: 600.0, mouse });
            page.act(Action::PointerMove { x: 300.0, held })
        };
        assert_eq!(sweep(true, false), []);
        assert_eq!(sweep(false, true), [], "a touch scrolls natively");
        assert!(!page.view.dragging());
    }

    #[test]
    fn arrows_home_and_end_move_the_focus_between_events() {
        let mut page = seed();
        assert_eq!(key(&mut page, "ArrowRight", None), [Effect::Focus(1)]);
        assert_eq!(key(&mut page, "ArrowDown", Some(1)), [Effect::Focus(2)]);
        assert_eq!(key(&mut page, "ArrowLeft", Some(2)), [Effect::Focus(1)]);
        assert_eq!(key(&mut page, "End", Some(1)), [Effect::Focus(5)]);
        assert_eq!(key(&mut page, "ArrowRight", Some(5)), [Effect::Focus(5)]);
        assert_eq!(key(&mut page, "Home", Some(5)), [Effect::Focus(0)]);
        assert_eq!(key(&mut page, "ArrowUp", Some(0)), [Effect::Focus(0)]);
        assert_eq!(page.view.tab_stop(6), 0);
        // Enter and Space press the focused button itself.
        assert_eq!(Key::parse("Enter"), None);
        assert_eq!(page.act(Action::Pressed(0)), [Effect::Toggle(0)]);
    }

    #[test]
    fn the_keys_move_from_the_tab_stop_which_follows_focus_and_selection() {
        let mut page = seed();
        page.act(Action::Focused(3));
        assert_eq!(key(&mut page, "ArrowRight", None), [Effect::Focus(4)]);
        page.act(Action::Selected(Some(1)));
        assert_eq!(page.view.tab_stop(6), 1);
        page.act(Action::Selected(None));
        assert_eq!(page.view.tab_stop(6), 1, "a cleared selection leaves it");
        // A search that leaves fewer events: the tab stop is the last of them.
        assert_eq!(page.view.tab_stop(1), 0);
    }

    #[test]
    fn a_timeline_with_no_events_shown_takes_the_keys_and_moves_nowhere() {
        let mut page = Page::new(&[]);
        assert_eq!(key(&mut page, "End", None), []);
        assert_eq!(page.view.rows(0, None), Vec::<usize>::new());
    }

    #[test]
    fn a_list_has_no_zoom() {
        let mut page = seed();
        page.list = true;
        assert_eq!(key(&mut page, "+", Some(2)), []);
        assert_eq!(page.view.zoom, 1.0);
        assert_eq!(key(&mut page, "ArrowDown", Some(2)), [Effect::Focus(3)]);
    }

    #[test]
    fn a_list_draws_its_rows_in_view_and_the_tab_stop_and_selection() {
        let mut page = records(100_000);
        page.list = true;
        let screen = 384.0;
        page.act(Action::Measured {
            width: None,
            height: Some(screen),
        });
        assert_eq!(
            page.act(Action::ListOpened { row: 50_000 }),
            [Effect::ScrollTop(50_000.0 * ROW_HEIGHT)]
        );
        page.act(Action::Scrolled {
            at: 50_000.0 * ROW_HEIGHT,
            screen,
        });
        let rows = page.view.rows(100_000, Some(99_999));
        assert!(rows.len() < 30, "{} rows", rows.len());
        assert!(rows.contains(&50_000) && rows.contains(&50_005));
        assert!(rows.contains(&0), "the tab stop");
        assert_eq!(rows.last(), Some(&99_999), "the selection");
    }

    #[test]
    fn a_cluster_zooms_in_on_its_events_and_at_the_closest_zoom_lists_them() {
        let mut page = records(10_000);
        let cluster = page.layout.clusters[0].clone();
        let middle = (cluster.x + cluster.end) / 2.0 / page.layout.width;
        let effects = page.act(Action::ClusterPressed(0));
        assert!(page.view.zoom >= ZOOM_STEP);
        assert_eq!(
            effects,
            [Effect::Keep {
                anchor: Anchor::Share(middle),
                offset: WIDE / 2.0
            }]
        );
        for _ in 0..12 {
            page.act(Action::ClusterPressed(0));
        }
        assert_eq!(page.view.zoom, ZOOM_RANGE.1);
        assert_eq!(page.view.window(&page.layout, None).open, Some(0));
        page.act(Action::ClusterPressed(0));
        assert_eq!(page.view.window(&page.layout, None).open, None);
        page.act(Action::ClusterPressed(0));
        page.act(Action::Fit);
        assert_eq!(page.view.window(&page.layout, None).open, None);
    }

    #[test]
    fn the_measured_width_is_what_a_cluster_zooms_to_fill_and_a_hidden_viewport_keeps_the_last() {
        let mut wide = records(10_000);
        let mut narrow = records(10_000);
        let measured = |width| Action::Measured {
            width: Some(width),
            height: Some(200.0),
        };
        assert_eq!(narrow.act(measured(400.0)), []);
        assert_eq!(
            (narrow.view.fit_width, narrow.view.list_height),
            (400.0, 200.0)
        );
        // Hidden (printing, a closed tab) it measures nothing: the last size stays.
        assert_eq!(narrow.act(measured(0.0)), []);
        narrow.act(Action::Measured {
            width: None,
            height: None,
        });
        assert_eq!(
            (narrow.view.fit_width, narrow.view.list_height),
            (400.0, 200.0)
        );
        wide.act(Action::ClusterPressed(0));
        narrow.act(Action::ClusterPressed(0));
        assert!(
            narrow.view.zoom < wide.view.zoom,
            "its events spread over the narrower view: {} < {}",
            narrow.view.zoom,
            wide.view.zoom
        );
    }

    #[test]
    fn a_page_that_becomes_narrow_is_remembered_as_narrow_until_it_widens() {
        let mut page = seed();
        assert!(!page.view.narrow);
        assert_eq!(page.act(Action::Narrow(true)), []);
        assert!(page.view.narrow, "the timeline is drawn as a list");
        assert_eq!(page.view.zoom, 1.0);
        page.act(Action::Narrow(false));
        assert!(!page.view.narrow);
    }

    #[test]
    fn on_a_hundred_thousand_events_the_keys_zoom_and_pan_draw_a_bounded_part() {
        let mut page = records(100_000);
        let bounded = |page: &Page| {
            let window = page.view.window(&page.layout, page.selected);
            assert!(
                window.visible.cards.len() < 100,
                "{} cards",
                window.visible.cards.len()
            );
            assert!(
                window.visible.clusters.len() < 100,
                "{} clusters",
                window.visible.clusters.len()
            );
        };
        bounded(&page);
        assert_eq!(key(&mut page, "End", None), [Effect::Focus(99_999)]);
        assert!(page.drawn().contains(&99_999), "the event the keys reach");
        bounded(&page);

        for _ in 0..6 {
            key(&mut page, "+", Some(99_999));
        }
        assert!((page.view.zoom - ZOOM_STEP.powi(6)).abs() < 1e-9);
        let zoomed = page.on_screen(99_999);
        assert!((0.0..WIDE).contains(&zoomed), "still in view: {zoomed}");
        bounded(&page);

        let from = page.scroll;
        page.act(Action::Pan(-2.0 * WIDE));
        assert_eq!(page.scroll, from - 2.0 * WIDE);
        bounded(&page);
        let window = page.view.window(&page.layout, None);
        let in_view = window
            .visible
            .cards
            .iter()
            .any(|&c| (page.layout.cards[c].x - page.scroll).abs() < WIDE);
        assert!(
            in_view || !window.visible.clusters.is_empty(),
            "the panned-to part is drawn"
        );

        assert_eq!(key(&mut page, "Home", Some(99_999)), [Effect::Focus(0)]);
        assert!(page.drawn().contains(&0));
        assert_eq!(key(&mut page, "ArrowRight", Some(0)), [Effect::Focus(1)]);
        assert!(page.drawn().contains(&1));
    }
}
