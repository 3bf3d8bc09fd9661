//! Where each event goes on the time axis: pure arithmetic, tested natively.
//!
//! Events are placed by their whole period (a year spans its year). Empty stretches of time
//! are cut out and replaced by a break labelled with their length wherever they dwarf the
//! rest: a gap longer than a share of the whole, one far longer than all else drawn, and, at
//! every scale, one far longer than the spacing of the events on either side of it. So a
//! timeline reaching from 1961 to 2024 still shows 2019, 2023 and 2024 apart, and a few weeks
//! of news after decades of history are a stretch of their own.
//!
//! Each event has a card in a lane, up to [`MAX_LANES`]; events of one period share a card that
//! lists them. Where the cards fit with time drawn to one scale, it is; where they would not,
//! the stretch between two events is widened to what their cards need, then cards narrow to
//! [`NARROW_CARD`], before any event is hidden ([`Axis::new`] decides, once, for the width
//! the timeline fills). Only events that still cannot be told apart (many more than the lanes
//! and the width hold) become one cluster marker with their count, so that no event hides
//! another and a long timeline draws a bounded number of parts. Where a short timeline must
//! hide some, they are its oldest: the news keeps its cards, its background shares a cluster.
//!
//! Time is counted in day numbers ([`TimeValue::day_numbers`]), so that one axis holds
//! minutes and the Big Bang alike; ticks step by days, months or years, the years in steps
//! of 1, 2 and 5 times a power of ten up to billions.
//!
//! An [`Axis`] is worked out once per set of events and width; [`Axis::layout`] lays it out
//! at a zoom, and [`Layout::visible`] then answers, for any window of the axis, which cards,
//! clusters, ticks and breaks are in it, without looking at the others, so panning only draws
//! what comes into view.

use std::ops::Range;

use chrono::{Datelike, Months, NaiveDate};
use sourceline_core::{sort, Event, TimeValue};

/// Whole CSS pixels, as the page and its pictures write positions: sharper edges, and no
/// float formatting code in the wasm.
pub fn px(x: f64) -> i64 {
    x.round() as i64
}

/// Width of an event's card, in CSS pixels, where there is room for it.
pub const CARD_WIDTH: f64 = 176.0;
/// The narrowest a card becomes where events crowd, before any is hidden in a cluster: its
/// title still reads on two lines.
pub const NARROW_CARD: f64 = 136.0;
/// Heights of the tick row, of one lane of cards and of the row of clusters, in CSS pixels
/// (as in styles/app.css).
pub const TICKS_HEIGHT: f64 = 32.0;
pub const LANE_HEIGHT: f64 = 70.0;
pub const CLUSTER_HEIGHT: f64 = 52.0;
/// Width of a cut-out stretch of time, where the events around it leave room for it.
pub const BREAK_WIDTH: f64 = 64.0;
/// Room left and right of the first and last event.
pub const MARGIN: f64 = 24.0;
/// How far the reader can zoom out and in: from half the width that fits the timeline to
/// 256 times it.
pub const ZOOM_RANGE: (f64, f64) = (0.5, 256.0);
/// Most lanes of cards: a denser stretch becomes a cluster.
pub const MAX_LANES: usize = 3;
/// Most events a card lists on one line each, in each of its columns.
pub const ROWS: usize = 2;
/// Most columns of a card that lists the events of one period; more events scroll in it.
const MAX_COLUMNS: usize = 4;
/// A gap longer than this share of the whole period is cut out.
const BREAK_SHARE: f64 = 0.2;
/// A gap this many times as long as the rest of what is drawn is cut out too.
const DEEP_GAP: f64 = 10.0;
/// A gap this many times as long as the spacing of the events on one side of it is cut out.
const DWARFS: f64 = 16.0;
/// How many gaps on each side of a gap tell the spacing of the events there.
const NEIGHBOURS: usize = 8;
/// Minimum width of an event's bar, so a day stays visible at any zoom.
const MIN_BAR: f64 = 4.0;
/// Minimum distance between two tick labels.
const MIN_TICK_GAP: f64 = 64.0;
/// Room between two cards in one lane.
const CARD_GAP: f64 = 8.0;

/// Where an event is drawn: on a card, or counted in a cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// An index into [`Layout::cards`].
    Card(usize),
    /// An index into [`Layout::clusters`].
    Cluster(usize),
}

/// One event's place: `x` and `width` of its bar, and where its title goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub x: f64,
    pub width: f64,
    pub slot: Slot,
}

/// A card in a lane: one event, or the events of one period, which it lists in rows of its
/// columns, [`ROWS`] rows in sight.
#[derive(Debug, Clone, PartialEq)]
pub struct Card {
    pub x: f64,
    pub width: f64,
    pub lane: usize,
    pub columns: usize,
    /// Indices of its events, in date order.
    pub members: Vec<usize>,
}

/// Events too close together at this zoom to be drawn apart, drawn as one marker at `x`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cluster {
    pub x: f64,
    /// Where the last of its events' bars ends.
    pub end: f64,
    /// Indices of its events, in date order.
    pub members: Vec<usize>,
}

/// What a tick or a break says: a value the page writes in the reader's language
/// (`crate::locale`), in English by [`AxisLabel::english`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum AxisLabel {
    /// A year, numbered as [`TimeValue::year`] numbers them (0 is 1 BC).
    Year(i64),
    /// The first of a month, with its year where no tick before it in its stretch says it:
    /// "Feb", "Jan 2012".
    Month { first: NaiveDate, with_year: bool },
    /// A day, with its year where no tick before it in its stretch says it: "3 Mar",
    /// "3 Mar 2024".
    Day { day: NaiveDate, with_year: bool },
    /// A length of time cut out: "38 years", "5 months", "12 days", "65 million years".
    Length(i64, Unit),
}

/// The unit of a length on the axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Year,
    Month,
    Day,
}

impl AxisLabel {
    /// The label saying its year, as the first of a stretch does: "Apr 2023", "3 Mar 2024".
    pub fn with_year(self) -> AxisLabel {
        match self {
            AxisLabel::Month { first, .. } => AxisLabel::Month {
                first,
                with_year: true,
            },
            AxisLabel::Day { day, .. } => AxisLabel::Day {
                day,
                with_year: true,
            },
            other => other,
        }
    }

    /// The label in English: "1961", "500 BC", "Jan 2012", "3 Mar", "38 years".
    pub fn english(&self) -> String {
        match *self {
            AxisLabel::Year(year) => year_label(year),
            AxisLabel::Month { first, with_year } if with_year => {
                format!(
                    "{} {}",
                    month_abbreviation(first),
                    year_label(first.year().into())
                )
            }
            AxisLabel::Month { first, .. } => month_abbreviation(first).to_string(),
            AxisLabel::Day { day, with_year } if with_year => format!(
                "{} {} {}",
                day.day(),
                month_abbreviation(day),
                year_label(day.year().into())
            ),
            AxisLabel::Day { day, .. } => format!("{} {}", day.day(), month_abbreviation(day)),
            AxisLabel::Length(years, Unit::Year) if years >= 1_000_000 => {
                // "65 million years ago" less its last word.
                let deep = TimeValue::DeepYear(1 - years).label();
                deep.trim_end_matches(" ago").to_string()
            }
            AxisLabel::Length(n, unit) => {
                let unit = match unit {
                    Unit::Year => "year",
                    Unit::Month => "month",
                    Unit::Day => "day",
                };
                format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
            }
        }
    }
}

/// A labelled tick on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: AxisLabel,
}

/// A cut-out stretch of time.
#[derive(Debug, Clone, PartialEq)]
pub struct Break {
    pub x: f64,
    pub width: f64,
    pub label: AxisLabel,
}

/// The whole axis for a set of events at one zoom.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    /// Lanes of cards in use, at most [`MAX_LANES`].
    pub lanes: usize,
    /// Each event's place, in the order the events were given.
    pub placements: Vec<Placement>,
    /// In axis order; no two in one lane overlap.
    pub cards: Vec<Card>,
    /// In axis order; markers never overlap one another.
    pub clusters: Vec<Cluster>,
    pub ticks: Vec<Tick>,
    pub breaks: Vec<Break>,
    /// The widest a card or bar reaches right of its `x`.
    reach: f64,
}

/// What a window of the axis shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visible {
    /// Indices into [`Layout::cards`], in axis order.
    pub cards: Vec<usize>,
    /// A range of [`Layout::clusters`].
    pub clusters: Range<usize>,
    /// A range of [`Layout::ticks`].
    pub ticks: Range<usize>,
    /// A range of [`Layout::breaks`].
    pub breaks: Range<usize>,
}

impl Layout {
    /// The cards, clusters, ticks and breaks that reach into `[left, right)`, in CSS pixels of
    /// the axis.
    pub fn visible(&self, left: f64, right: f64) -> Visible {
        let from = self.cards.partition_point(|c| c.x < left - self.reach);
        let to = self.cards.partition_point(|c| c.x < right).max(from);
        let cards = (from..to)
            .filter(|&c| self.cards[c].x + self.extent(c) > left)
            .collect();
        let range = |start: usize, end: usize| start..end.max(start);
        Visible {
            cards,
            clusters: range(
                self.clusters.partition_point(|c| c.x + CARD_WIDTH <= left),
                self.clusters.partition_point(|c| c.x < right),
            ),
            ticks: range(
                self.ticks.partition_point(|t| t.x + MIN_TICK_GAP <= left),
                self.ticks.partition_point(|t| t.x < right),
            ),
            breaks: range(
                self.breaks.partition_point(|b| b.x + b.width <= left),
                self.breaks.partition_point(|b| b.x < right),
            ),
        }
    }

    /// How far right of its `x` a card, or the bar of one of its events, reaches.
    fn extent(&self, card: usize) -> f64 {
        let card = &self.cards[card];
        card.members
            .iter()
            .map(|&i| self.placements[i].width)
            .fold(card.width, f64::max)
    }
}

/// A run of time drawn to scale: `[start, end)` in day numbers, drawn from `x`.
struct Segment {
    start: i64,
    end: i64,
    x: f64,
}

/// The periods of the events at `shown` (indices into `events`), in that order: what
/// [`layout`] lays out.
pub fn periods_of(events: &[Event], shown: &[usize]) -> Vec<(i64, i64)> {
    shown
        .iter()
        .map(|&i| events[i].date.day_numbers())
        .collect()
}

/// The row a list of events in date order (given as their periods) opens at: the article's
/// own days, the last event that starts on or before `dateline` (a day number), else the
/// first; the first where there is no dateline to tell the news from its history.
pub fn opening_row(periods: &[(i64, i64)], dateline: Option<i64>) -> usize {
    dateline.map_or(0, |day| {
        periods.partition_point(|p| p.0 <= day).saturating_sub(1)
    })
}

/// Lays out events given as `[first day, day after the last)` periods, in day numbers, at a
/// zoom: [`Axis::new`] then [`Axis::layout`].
pub fn layout(periods: &[(i64, i64)], fit_width: f64, zoom: f64) -> Layout {
    Axis::new(periods, fit_width).layout(zoom)
}

/// A stretch of the axis, `[start, end)` in day numbers.
#[derive(Debug, Clone)]
struct Piece {
    start: i64,
    end: i64,
    kind: Kind,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// Time drawn to scale: CSS pixels per day at zoom 1.
    Time(f64),
    /// Time cut out, drawn this wide at every zoom.
    Break(f64, AxisLabel),
}

impl Piece {
    fn width(&self, zoom: f64) -> f64 {
        match self.kind {
            Kind::Time(scale) => days(self.start, self.end) * scale * zoom,
            Kind::Break(width, _) => width,
        }
    }
}

/// A card's worth of events: one event, or the events of one period, which one card lists.
#[derive(Debug, Clone)]
struct Item {
    start: i64,
    /// Indices into the periods, in date order.
    members: Vec<usize>,
}

/// How cards are drawn: how wide each column of a card is, and how many columns a card that
/// lists several events has at most.
#[derive(Debug, Clone, Copy)]
struct Cards {
    column: f64,
    columns: usize,
}

impl Cards {
    /// Columns of a card of `count` events.
    fn columns(self, count: usize) -> usize {
        count.div_ceil(ROWS).clamp(1, self.columns)
    }

    /// The width of a card of `count` events.
    fn width(self, count: usize) -> f64 {
        let columns = self.columns(count) as f64;
        columns * (self.column + CARD_GAP) - CARD_GAP
    }
}

/// Cards as wide as there is room for.
const FULL: Cards = Cards {
    column: CARD_WIDTH,
    columns: MAX_COLUMNS,
};

/// The shape of the axis for a set of events and the width the timeline fills: where time is
/// cut out, how wide each stretch of it is drawn, and how narrow cards may be. Worked out once;
/// [`Axis::layout`] lays it out at any zoom.
#[derive(Debug, Clone)]
pub struct Axis {
    periods: Vec<(i64, i64)>,
    fit_width: f64,
    /// In date order.
    items: Vec<Item>,
    /// In axis order, one after the other in time.
    pieces: Vec<Piece>,
    /// How narrow cards are drawn, at the narrowest.
    cards: Cards,
}

impl Axis {
    /// The axis for events given as `[first day, day after the last)` periods, in day numbers,
    /// on a timeline `fit_width` wide at zoom 1.
    ///
    /// Time is drawn to one scale where the cards fit so in two lanes; else, if they fit in
    /// two lanes with the stretches between crowded events widened, so; else in three lanes,
    /// to scale, widened, and widened with narrower cards; else to scale, where crowded events
    /// become clusters, unless widening all but the fewest oldest events hides fewer: an
    /// article's history then shares a cluster and its news keeps its cards. Fewer lanes keep
    /// the timeline low while the article is read.
    pub fn new(periods: &[(i64, i64)], fit_width: f64) -> Axis {
        let mut axis = Axis {
            periods: periods.to_vec(),
            fit_width,
            items: Vec::new(),
            pieces: Vec::new(),
            cards: FULL,
        };
        if periods.is_empty() {
            return axis;
        }
        let mut order: Vec<usize> = (0..periods.len()).collect();
        sort::stable_by(&mut order, |&a, &b| periods[a].cmp(&periods[b]));
        axis.items = items(&order, periods);
        let pieces = pieces(&runs(&order, periods), &axis.items);
        let to_scale = to_scale(pieces.clone(), fit_width);
        let narrow = |columns| Cards {
            column: NARROW_CARD,
            columns,
        };
        let tries = [
            (2, FULL, false),
            (2, FULL, true),
            (3, FULL, false),
            (3, FULL, true),
            (3, narrow(MAX_COLUMNS), true),
            (3, narrow(2), true),
            (3, narrow(1), true),
        ];
        for (lanes, cards, widened) in tries {
            let shape = if widened {
                widened_for(&pieces, &axis.items, lanes, cards, fit_width, 0)
            } else {
                Some(to_scale.clone())
            };
            let Some(shape) = shape else { continue };
            axis.pieces = shape;
            axis.cards = cards;
            if axis.packs(lanes) {
                return axis;
            }
        }
        axis.pieces = to_scale;
        axis.cards = FULL;
        // Where no shape shows every event, the story's latest events have their cards and
        // the oldest, its background, share what room is left, if that hides fewer.
        let cards = narrow(1);
        if axis.items.len() <= 2 * MAX_LANES * axis.side_by_side(cards) {
            let fewest = (1..axis.items.len().saturating_sub(1)).find_map(|background| {
                widened_for(
                    &pieces,
                    &axis.items,
                    MAX_LANES,
                    cards,
                    fit_width,
                    background,
                )
            });
            if let Some(pieces) = fewest {
                let latest_first = Axis {
                    pieces,
                    cards,
                    ..axis.clone()
                };
                if latest_first.hidden() < axis.hidden() {
                    return latest_first;
                }
            }
        }
        axis
    }

    /// How many cards of `cards` fit side by side in the fit width.
    fn side_by_side(&self, cards: Cards) -> usize {
        (self.fit_width / (cards.column + CARD_GAP)).ceil() as usize
    }

    /// How many events are in clusters at zoom 1.
    fn hidden(&self) -> usize {
        let (at, _) = positions(&self.pieces, 1.0);
        let starts: Vec<f64> = self.items.iter().map(|item| at(item.start)).collect();
        let (_, clustered) = pack(&self.items, &starts, self.cards, MAX_LANES);
        clustered
            .iter()
            .flatten()
            .map(|&k| self.items[k].members.len())
            .sum()
    }

    /// Whether every event has a card at zoom 1, in at most `lanes` lanes and the fit width.
    fn packs(&self, lanes: usize) -> bool {
        // More cards than the lanes hold side by side never fit: a long timeline is not laid
        // out to find that out.
        if self.items.len() > lanes * self.side_by_side(self.cards) {
            return false;
        }
        let (at, axis_end) = positions(&self.pieces, 1.0);
        let starts: Vec<f64> = self.items.iter().map(|item| at(item.start)).collect();
        let (slots, _) = pack(&self.items, &starts, self.cards, lanes);
        slots.iter().all(Option::is_some)
            && extent(&self.items, &starts, axis_end, self.cards) <= self.fit_width + 0.5
    }

    /// The axis at `zoom`, which stretches time but not breaks.
    pub fn layout(&self, zoom: f64) -> Layout {
        if self.items.is_empty() {
            return Layout {
                width: self.fit_width,
                lanes: 0,
                placements: Vec::new(),
                cards: Vec::new(),
                clusters: Vec::new(),
                ticks: Vec::new(),
                breaks: Vec::new(),
                reach: CARD_WIDTH,
            };
        }
        let (at, axis_end) = positions(&self.pieces, zoom);
        let bars: Vec<(f64, f64)> = self
            .periods
            .iter()
            .map(|&(start, end)| {
                let x = at(start);
                (x, (at(end) - x).max(MIN_BAR))
            })
            .collect();
        let starts: Vec<f64> = self.items.iter().map(|item| at(item.start)).collect();
        // Zoomed in, there is room for the last cards to be as wide as they can be.
        let widest = Cards {
            column: CARD_WIDTH,
            ..self.cards
        };
        let width = extent(
            &self.items,
            &starts,
            axis_end,
            if zoom > 1.0 { widest } else { self.cards },
        );
        let (slots, clustered) = pack(&self.items, &starts, self.cards, MAX_LANES);

        let mut placements: Vec<Placement> = bars
            .iter()
            .map(|&(x, width)| Placement {
                x,
                width,
                slot: Slot::Cluster(0),
            })
            .collect();
        let mut cards = Vec::new();
        for (k, item) in self.items.iter().enumerate() {
            if let Some(lane) = slots[k] {
                for &i in &item.members {
                    placements[i].slot = Slot::Card(cards.len());
                }
                let count = item.members.len();
                cards.push(Card {
                    x: starts[k],
                    width: self.cards.width(count),
                    lane,
                    columns: self.cards.columns(count),
                    members: item.members.clone(),
                });
            }
        }
        widen(&mut cards, width - MARGIN);
        let clusters = clustered
            .iter()
            .enumerate()
            .map(|(index, group)| {
                let members: Vec<usize> = group
                    .iter()
                    .flat_map(|&k| self.items[k].members.iter().copied())
                    .collect();
                for &i in &members {
                    placements[i].slot = Slot::Cluster(index);
                }
                let x = starts[group[0]];
                let end = members
                    .iter()
                    .map(|&i| bars[i].0 + bars[i].1)
                    .fold(x, f64::max);
                Cluster { x, end, members }
            })
            .collect();
        let lanes = cards.iter().map(|c| c.lane + 1).max().unwrap_or(0);
        let reach = bars
            .iter()
            .map(|b| b.1)
            .chain(cards.iter().map(|c| c.width))
            .fold(CARD_WIDTH, f64::max);
        let (ticks, breaks) = self.ticks_and_breaks(zoom);
        Layout {
            width,
            lanes,
            placements,
            cards,
            clusters,
            ticks,
            breaks,
            reach,
        }
    }

    /// The ticks of each stretch drawn to one scale, far enough apart to read and clear of the
    /// breaks, a month's with its year where no tick before it in that stretch says the year;
    /// and the breaks.
    fn ticks_and_breaks(&self, zoom: f64) -> (Vec<Tick>, Vec<Break>) {
        let mut ticks: Vec<Tick> = Vec::new();
        let mut breaks = Vec::new();
        // The year the ticks since the last break have named.
        let mut year_told: Option<i32> = None;
        let mut x = MARGIN;
        let mut k = 0;
        while k < self.pieces.len() {
            let piece = &self.pieces[k];
            let scale = match piece.kind {
                Kind::Break(width, label) => {
                    // A tick too close to the break to say its label is left out.
                    while ticks
                        .last()
                        .is_some_and(|t| t.x + label_width(&t.label.english()) > x)
                    {
                        ticks.pop();
                    }
                    breaks.push(Break { x, width, label });
                    year_told = None;
                    x += width;
                    k += 1;
                    continue;
                }
                Kind::Time(scale) => scale,
            };
            // Pieces of one scale are one segment, ticked at one step.
            let same = self.pieces[k..]
                .iter()
                .take_while(|p| p.kind == Kind::Time(scale))
                .count();
            let segment = Segment {
                start: piece.start,
                end: self.pieces[k + same - 1].end,
                x,
            };
            for mut tick in ticks_of(&segment, scale * zoom) {
                let room = ticks.last().map(|t| t.x + tick_gap(&t.label.english()));
                if room.is_some_and(|room| tick.x < room) {
                    continue;
                }
                match &mut tick.label {
                    AxisLabel::Year(year) => year_told = i32::try_from(*year).ok(),
                    AxisLabel::Month {
                        first: date,
                        with_year,
                    }
                    | AxisLabel::Day {
                        day: date,
                        with_year,
                    } => {
                        // A January tick says its year, as does the first of a stretch.
                        *with_year = date.ordinal() == 1 || year_told != Some(date.year());
                        year_told = Some(date.year());
                    }
                    _ => {}
                }
                ticks.push(tick);
            }
            x += self.pieces[k..k + same]
                .iter()
                .map(|p| p.width(zoom))
                .sum::<f64>();
            k += same;
        }
        (ticks, breaks)
    }
}

/// Where each day is drawn on the axis of `pieces` at `zoom`, and where its time ends.
fn positions(pieces: &[Piece], zoom: f64) -> (impl Fn(i64) -> f64 + '_, f64) {
    let mut starts = Vec::with_capacity(pieces.len());
    let mut x = MARGIN;
    for piece in pieces {
        starts.push(x);
        x += piece.width(zoom);
    }
    let at = move |day: i64| -> f64 {
        let k = pieces
            .partition_point(|p| p.end <= day)
            .min(pieces.len() - 1);
        let piece = &pieces[k];
        let share = days(piece.start, day.clamp(piece.start, piece.end))
            / days(piece.start, piece.end).max(1.0);
        starts[k] + share * piece.width(zoom)
    };
    (at, x)
}

/// The width of an axis whose time ends at `axis_end`, or whose cards (`items` at `starts`,
/// drawn as `cards`) reach past it.
fn extent(items: &[Item], starts: &[f64], axis_end: f64, cards: Cards) -> f64 {
    let ends = items
        .iter()
        .zip(starts)
        .map(|(item, &x)| x + cards.width(item.members.len()));
    ends.fold(axis_end, f64::max) + MARGIN
}

/// The events in date order (`order`) as cards' worths: those of one period share one.
fn items(order: &[usize], periods: &[(i64, i64)]) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    for &i in order {
        match items.last_mut() {
            Some(item) if periods[item.members[0]] == periods[i] => item.members.push(i),
            _ => items.push(Item {
                start: periods[i].0,
                members: vec![i],
            }),
        }
    }
    items
}

/// The stretches of the axis, each run of events with a little room either side and a break
/// between runs, cut at each card's start so that the stretch between two cards can be
/// widened alone. Time is not yet scaled.
fn pieces(runs: &[(i64, i64)], items: &[Item]) -> Vec<Piece> {
    // Room either side of a run: a little of its length, a day at least, never a third of the
    // gap beside it.
    let pad = |k: usize| {
        let (start, end) = runs[k];
        let room = |gap: Option<i64>| gap.map_or(i64::MAX, |g| g / 3);
        let own = (days(start, end) * 0.04).max(1.0) as i64;
        let before = k.checked_sub(1).map(|j| start - runs[j].1);
        let after = runs.get(k + 1).map(|next| next.0 - end);
        (own.min(room(before)), own.min(room(after)))
    };
    let mut pieces: Vec<Piece> = Vec::with_capacity(items.len() + 2 * runs.len());
    let mut starts = items.iter().map(|item| item.start).peekable();
    for (k, &(start, end)) in runs.iter().enumerate() {
        let (before, after) = pad(k);
        let mut from = start - before;
        if let Some(cut_from) = pieces.last().map(|p| p.end) {
            let label = gap_label(runs[k - 1].1, start);
            pieces.push(Piece {
                start: cut_from,
                end: from,
                kind: Kind::Break(BREAK_WIDTH, label),
            });
        }
        while let Some(at) = starts.next_if(|&s| s < end) {
            if at > from {
                pieces.push(Piece {
                    start: from,
                    end: at,
                    kind: Kind::Time(0.0),
                });
                from = at;
            }
        }
        pieces.push(Piece {
            start: from,
            end: end + after,
            kind: Kind::Time(0.0),
        });
    }
    pieces
}

/// The pieces drawn to one scale, so that the axis fills `fit_width` with room for the last
/// card.
fn to_scale(mut pieces: Vec<Piece>, fit_width: f64) -> Vec<Piece> {
    let breaks = pieces
        .iter()
        .filter(|p| matches!(p.kind, Kind::Break(..)))
        .count();
    let drawn_days: f64 = pieces
        .iter()
        .filter(|p| matches!(p.kind, Kind::Time(_)))
        .map(|p| days(p.start, p.end))
        .sum();
    // The last card needs room to the right of its date.
    let room =
        (fit_width - 2.0 * MARGIN - breaks as f64 * BREAK_WIDTH - CARD_WIDTH).max(fit_width * 0.4);
    let scale = room / drawn_days.max(1.0);
    for piece in &mut pieces {
        if let Kind::Time(_) = piece.kind {
            piece.kind = Kind::Time(scale);
        }
    }
    pieces
}

/// The pieces drawn to one scale except where two cards (drawn as `cards`, in `lanes` lanes)
/// would crowd: there the stretch between them, or the break between them, is widened
/// to what they need ([`steps`]). The scale is the largest that fits `fit_width`, breaks
/// narrowing to what the cards around them need when the width is short. The first
/// `background` items, the oldest, get no room of their own but a card's clear of the rest.
/// `None` when no scale fits.
fn widened_for(
    pieces: &[Piece],
    items: &[Item],
    lanes: usize,
    cards: Cards,
    fit_width: f64,
    background: usize,
) -> Option<Vec<Piece>> {
    let (oldest, latest) = items.split_at(background);
    // Steps are between distinct starts, and one start is all background or none.
    if oldest
        .last()
        .zip(latest.first())
        .is_some_and(|(a, b)| a.start == b.start)
    {
        return None;
    }
    let mut distinct: Vec<i64> = oldest.iter().map(|item| item.start).collect();
    distinct.dedup();
    let mut all = vec![0.0; distinct.len().saturating_sub(1)];
    if background > 0 {
        all.push(cards.column + CARD_GAP);
    }
    all.extend(steps(latest, lanes, cards, fit_width)?);
    Widening::new(pieces.to_vec(), items, all).fitting(items, cards, fit_width)
}

/// Pieces to be widened where cards crowd: the pieces between each start and the next, and
/// the least distance the cards need there.
struct Widening {
    pieces: Vec<Piece>,
    between: Vec<Range<usize>>,
    steps: Vec<f64>,
}

impl Widening {
    fn new(pieces: Vec<Piece>, items: &[Item], steps: Vec<f64>) -> Widening {
        // Pieces are cut at every start.
        let first_piece = |day: i64| pieces.partition_point(|p| p.start < day);
        let mut distinct: Vec<i64> = items.iter().map(|item| item.start).collect();
        distinct.dedup();
        let between = distinct
            .windows(2)
            .map(|pair| first_piece(pair[0])..first_piece(pair[1]))
            .collect();
        Widening {
            pieces,
            between,
            steps,
        }
    }

    /// The pieces widened at the largest scale whose cards fit `fit_width`, with breaks of
    /// their own width if they fit so, else as narrow as the cards around them allow.
    fn fitting(&self, items: &[Item], cards: Cards, fit_width: f64) -> Option<Vec<Piece>> {
        let width_of = |shaped: &[Piece]| -> f64 {
            let (at, axis_end) = positions(shaped, 1.0);
            let starts: Vec<f64> = items.iter().map(|item| at(item.start)).collect();
            extent(items, &starts, axis_end, cards)
        };
        for break_width in [BREAK_WIDTH, 0.0] {
            if width_of(&self.shaped(0.0, break_width)) > fit_width {
                continue;
            }
            // The largest scale that fits: the width grows with the scale.
            let (mut low, mut high) = (0.0, fit_width);
            for _ in 0..60 {
                let middle = (low + high) / 2.0;
                if width_of(&self.shaped(middle, break_width)) <= fit_width {
                    low = middle;
                } else {
                    high = middle;
                }
            }
            return Some(self.shaped(low, break_width));
        }
        None
    }

    /// The pieces with time drawn at `scale` and breaks `break_width` wide, each stretch
    /// between two starts widened to what its cards need.
    fn shaped(&self, scale: f64, break_width: f64) -> Vec<Piece> {
        let mut shaped = self.pieces.clone();
        for piece in &mut shaped {
            piece.kind = match piece.kind {
                Kind::Time(_) => Kind::Time(scale),
                Kind::Break(_, label) => Kind::Break(break_width, label),
            };
        }
        for (range, &need) in self.between.iter().zip(&self.steps) {
            let drawn: f64 = shaped[range.clone()].iter().map(|p| p.width(1.0)).sum();
            if drawn >= need {
                continue;
            }
            let cut = shaped[range.clone()]
                .iter_mut()
                .find(|p| matches!(p.kind, Kind::Break(..)));
            match cut {
                Some(piece) => {
                    if let Kind::Break(width, label) = piece.kind {
                        piece.kind = Kind::Break(width + need - drawn, label);
                    }
                }
                // Within a run, the stretch between two starts is one piece.
                None => {
                    let piece = &mut shaped[range.start];
                    piece.kind = Kind::Time(need / days(piece.start, piece.end).max(1.0));
                }
            }
        }
        shaped
    }
}

/// The least distance from each card's start to the next that lets every card (drawn as
/// `cards`) have a lane, of `lanes`, to itself: found by
/// placing them as [`pack`] does, each start a step after the last that staggers the lanes
/// (so that time still reads left to right) or, where lanes are full, where the first of them
/// is free. Any greater distances place them too: fewer cards then overlap any point. `None`
/// when more cards start on one day than there are lanes, or when the steps alone are longer
/// than `most`, which no scale can help.
fn steps(items: &[Item], lanes: usize, cards: Cards, most: f64) -> Option<Vec<f64>> {
    let stagger = (cards.column + CARD_GAP) / lanes as f64;
    let mut free_from = vec![f64::NEG_INFINITY; lanes];
    let mut steps = Vec::new();
    let mut at: Option<f64> = None;
    let mut k = 0;
    while k < items.len() {
        let together = items[k..]
            .iter()
            .take_while(|item| item.start == items[k].start)
            .count();
        if together > lanes {
            return None;
        }
        sort::stable_by(&mut free_from, f64::total_cmp);
        // As many lanes as start here are free from the one that frees them.
        let x = at.map_or(0.0, |last| free_from[together - 1].max(last + stagger));
        if x > most {
            return None;
        }
        if let Some(last) = at {
            steps.push(x - last);
        }
        for item in &items[k..k + together] {
            let lane = free_from.iter().position(|&free| free <= x)?;
            free_from[lane] = x + cards.width(item.members.len()) + CARD_GAP;
        }
        at = Some(x);
        k += together;
    }
    Some(steps)
}

/// Puts each item's card (drawn as `cards`) in the lowest of `lanes` lanes free at its start
/// or, where a group of items starting within one card's column of each other would need more,
/// the whole group in a cluster. `starts` are the items' `x`. Returns each item's lane, and
/// the clusters (as items).
fn pack(
    items: &[Item],
    starts: &[f64],
    cards: Cards,
    lanes: usize,
) -> (Vec<Option<usize>>, Vec<Vec<usize>>) {
    let mut slots = vec![None; items.len()];
    let mut clusters = Vec::new();
    let mut free_from = [f64::NEG_INFINITY; MAX_LANES];
    let lanes = lanes.min(MAX_LANES);
    let mut k = 0;
    while k < items.len() {
        let start = starts[k];
        let group_end = (k + starts[k..].partition_point(|&x| x < start + cards.column)).max(k + 1);
        let mut trial = free_from;
        let placed = (k..group_end).all(|j| {
            // A rounding error's overlap is none.
            let free = trial[..lanes]
                .iter()
                .position(|&free| free <= starts[j] + 1e-6);
            if let Some(lane) = free {
                trial[lane] = starts[j] + cards.width(items[j].members.len()) + CARD_GAP;
                slots[j] = Some(lane);
            }
            free.is_some()
        });
        if placed {
            free_from = trial;
        } else {
            slots[k..group_end].fill(None);
            clusters.push((k..group_end).collect());
        }
        k = group_end;
    }
    (slots, clusters)
}

/// Widens each card into the room before the next card of its lane, up to its full width
/// ([`CARD_WIDTH`] a column), and never past `right`.
fn widen(cards: &mut [Card], right: f64) {
    let mut next_in_lane = [right + CARD_GAP; MAX_LANES];
    for card in cards.iter_mut().rev() {
        let columns = card.columns as f64;
        let full = columns * (CARD_WIDTH + CARD_GAP) - CARD_GAP;
        let room = next_in_lane[card.lane] - CARD_GAP - card.x;
        card.width = card.width.max(room.min(full));
        next_in_lane[card.lane] = card.x;
    }
}

/// Groups events (`order`, in date order) into runs separated by the gaps cut out: a gap
/// longer than [`BREAK_SHARE`] of the whole period; at every scale, one that dwarfs the
/// spacing of the events on one side of it ([`dwarfed`]); then, again and again, a gap
/// [`DEEP_GAP`] times as long as all else still drawn, so that the Big Bang does not squeeze
/// the last 3,000 years into a point.
fn runs(order: &[usize], periods: &[(i64, i64)]) -> Vec<(i64, i64)> {
    // Stretches covered by events, one after the other.
    let mut covered: Vec<(i64, i64)> = Vec::new();
    for &i in order {
        let (start, end) = periods[i];
        match covered.last_mut() {
            Some(run) if start <= run.1 => run.1 = run.1.max(end),
            _ => covered.push((start, end)),
        }
    }
    let whole = days(covered[0].0, covered[covered.len() - 1].1).max(1.0);
    let gaps: Vec<f64> = covered.windows(2).map(|w| days(w[0].1, w[1].0)).collect();
    let mut cut: Vec<bool> = gaps.iter().map(|&g| g > whole * BREAK_SHARE).collect();
    dwarfed(&gaps, &mut cut);
    let mut drawn = whole
        - gaps
            .iter()
            .zip(&cut)
            .filter(|(_, &c)| c)
            .map(|(g, _)| g)
            .sum::<f64>();
    loop {
        let next = gaps
            .iter()
            .zip(&cut)
            .position(|(&length, &c)| !c && length > DEEP_GAP * (drawn - length));
        let Some(g) = next else { break };
        cut[g] = true;
        drawn -= gaps[g];
    }
    let mut runs = vec![covered[0]];
    for (k, &next) in covered.iter().enumerate().skip(1) {
        if cut[k - 1] {
            runs.push(next);
        } else if let Some(run) = runs.last_mut() {
            run.1 = next.1;
        }
    }
    runs
}

/// Cuts each gap (between stretches covered by events) that is more than [`DWARFS`] times
/// the spacing of the events on one side of it: the mean of the [`NEIGHBOURS`] gaps nearest
/// it there that are not cut, two at least. Taken from the longest down, so that the gap
/// before a bunch of news is cut, but neither a gap among evenly crowded events nor one
/// beside a few that chance put close together in a crowd.
fn dwarfed(gaps: &[f64], cut: &mut [bool]) {
    let mut by_length: Vec<usize> = (0..gaps.len()).filter(|&g| !cut[g]).collect();
    sort::stable_by(&mut by_length, |&a, &b| gaps[b].total_cmp(&gaps[a]));
    for g in by_length {
        let dwarfs = |side: &mut dyn Iterator<Item = usize>| {
            let (sum, count) = side
                .filter(|&k| !cut[k])
                .take(NEIGHBOURS)
                .fold((0.0, 0), |(sum, count), k| (sum + gaps[k], count + 1));
            count >= 2 && gaps[g] > DWARFS * sum / f64::from(count)
        };
        cut[g] = dwarfs(&mut (0..g).rev()) || dwarfs(&mut (g + 1..gaps.len()));
    }
}

fn days(from: i64, to: i64) -> f64 {
    (to - from) as f64
}

/// The length cut out between two day numbers: in years, or in months or days when short.
fn gap_label(from: i64, to: i64) -> AxisLabel {
    let years = TimeValue::year_at(to) - TimeValue::year_at(from);
    let (Some(first), Some(last)) = (TimeValue::calendar_day(from), TimeValue::calendar_day(to))
    else {
        return AxisLabel::Length(years, Unit::Year);
    };
    let months = (last.year() - first.year()) * 12 + last.month() as i32 - first.month() as i32;
    if months >= 24 {
        AxisLabel::Length(i64::from(months / 12), Unit::Year)
    } else if months >= 2 {
        AxisLabel::Length(i64::from(months), Unit::Month)
    } else {
        AxisLabel::Length(to - from, Unit::Day)
    }
}

/// A year tick's label: "1961", "500 BC", "65 million years ago".
fn year_label(year: i64) -> String {
    TimeValue::year(year).map_or_else(|| year.to_string(), |v| v.label())
}

/// Room a tick label needs: [`MIN_TICK_GAP`], or more for a long one.
fn tick_gap(label: &str) -> f64 {
    MIN_TICK_GAP.max(label_width(label))
}

/// How wide a tick's label is drawn, about.
fn label_width(label: &str) -> f64 {
    7.0 * label.len() as f64 + 8.0
}

/// Ticks at the first of every step of years, months or days inside a segment.
fn ticks_of(segment: &Segment, scale: f64) -> Vec<Tick> {
    let x = |day: i64| segment.x + days(segment.start, day) * scale;
    let mut found = Vec::new();
    let calendar =
        TimeValue::calendar_day(segment.start).zip(TimeValue::calendar_day(segment.end - 1));
    if 30.0 * scale < MIN_TICK_GAP || calendar.is_none() {
        // Years: every 1, 2, 5, 10... years, whichever leaves room for the label. Steps are
        // counted in the years a reader names (1000 BC, AD 1000), so that 1000 BC is a tick.
        let named = TimeValue::named_year;
        let astronomical = |named: i64| TimeValue::year_from_named(named).unwrap_or(named);
        let first = named(TimeValue::year_at(segment.start));
        let first_tick = |step: i64| first + (step - first.rem_euclid(step)) % step;
        let steps = (0..11).flat_map(|power| [1, 2, 5].map(|k| k * 10_i64.pow(power)));
        let step = steps
            .into_iter()
            .find(|&n| {
                let label = year_label(astronomical(first_tick(n)));
                n as f64 * 365.0 * scale >= tick_gap(&label)
            })
            .unwrap_or(5 * 10_i64.pow(10));
        let mut tick = first_tick(step);
        loop {
            let year = astronomical(tick);
            let at = TimeValue::first_day_of_year(year);
            if at >= segment.end {
                break;
            }
            // There is no year 0 between 1 BC and AD 1.
            if at >= segment.start && tick != 0 {
                found.push(Tick {
                    x: x(at),
                    label: AxisLabel::Year(year),
                });
            }
            tick += step;
        }
    } else if let Some((start, end)) = calendar.filter(|_| scale < MIN_TICK_GAP) {
        let step = [1, 2, 3, 6]
            .into_iter()
            .find(|n| f64::from(*n) * 30.0 * scale >= MIN_TICK_GAP)
            .unwrap_or(6);
        let mut date = NaiveDate::from_ymd_opt(start.year(), 1, 1).unwrap_or(start);
        while date <= end {
            if date >= start {
                let label = AxisLabel::Month {
                    first: date,
                    with_year: date.month() == 1,
                };
                found.push(Tick {
                    x: x(TimeValue::day_number(date)),
                    label,
                });
            }
            let Some(next) = date.checked_add_months(Months::new(step)) else {
                break;
            };
            date = next;
        }
    } else if let Some((start, end)) = calendar {
        let mut date = start;
        while date <= end {
            found.push(Tick {
                x: x(TimeValue::day_number(date)),
                label: AxisLabel::Day {
                    day: date,
                    with_year: date.ordinal() == 1,
                },
            });
            let Some(next) = date.succ_opt() else {
                break;
            };
            date = next;
        }
    }
    found
}

fn month_abbreviation(date: NaiveDate) -> &'static str {
    const NAMES: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    NAMES[date.month0() as usize]
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// The timeline's width on a wide screen (1280 px), as the page draws it.
    const WIDE: f64 = 1158.0;

    fn day(s: &str) -> i64 {
        TimeValue::day_number(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    fn period(from: &str, to: &str) -> (i64, i64) {
        (day(from), day(to))
    }

    fn period_of(value: &str) -> (i64, i64) {
        value.parse::<TimeValue>().unwrap().day_numbers()
    }

    pub(crate) fn periods(values: &[&str]) -> Vec<(i64, i64)> {
        values.iter().map(|v| period_of(v)).collect()
    }

    /// The seed's periods: 1961, 2000, July 2000, April 2019, September 2023, 19 June 2024.
    pub(crate) fn seed() -> Vec<(i64, i64)> {
        periods(&[
            "1961",
            "2000",
            "2000-07",
            "2019-04",
            "2023-09",
            "2024-06-19",
        ])
    }

    /// A news article's nine events: a treaty in 1965, events in 2011, 2018 and July 2019,
    /// then five from March to June 2023, the news itself.
    fn nine() -> Vec<(i64, i64)> {
        periods(&[
            "1965",
            "2011",
            "2018",
            "2019-07",
            "2023-03-06",
            "2023-03-16",
            "2023-04-24",
            "2023-05-07",
            "2023-06-27",
        ])
    }

    /// Twenty events: five across a century, then fifteen on days of March.
    fn twenty() -> Vec<(i64, i64)> {
        let mut values: Vec<String> = ["1927", "1953", "1965", "1993", "2011"]
            .map(String::from)
            .to_vec();
        for d in [1, 3, 4, 5, 8, 10, 11, 13, 15, 17, 19, 21, 24, 26, 28] {
            values.push(format!("2024-03-{d:02}"));
        }
        values.iter().map(|v| period_of(v)).collect()
    }

    /// Checks what a reader of a wide screen sees at first: every event on a card (events of
    /// one period sharing one), every card inside the view and at least [`NARROW_CARD`] wide,
    /// no two cards of one lane overlapping, every card at its events' date.
    fn every_event_on_a_card(layout: &Layout, count: usize, fit: f64) {
        assert!(layout.clusters.is_empty(), "{:?}", layout.clusters);
        assert!(
            layout.width <= fit + 0.5,
            "{} wider than {fit}",
            layout.width
        );
        let mut carded = vec![0; count];
        for (index, card) in layout.cards.iter().enumerate() {
            assert!(card.width >= NARROW_CARD - 0.01, "{card:?}");
            assert!(
                card.x >= 0.0 && card.x + card.width <= layout.width,
                "{card:?}"
            );
            for &i in &card.members {
                carded[i] += 1;
                assert_eq!(layout.placements[i].slot, Slot::Card(index));
                assert_eq!(layout.placements[i].x, card.x);
            }
        }
        assert!(carded.iter().all(|&n| n == 1), "{carded:?}");
        every_card_apart(layout);
    }

    /// No two cards of a lane overlap, in at most [`MAX_LANES`] lanes.
    fn every_card_apart(layout: &Layout) {
        for (i, a) in layout.cards.iter().enumerate() {
            for b in &layout.cards[i + 1..] {
                let apart = a.x + a.width <= b.x || b.x + b.width <= a.x;
                assert!(a.lane != b.lane || apart, "{a:?} overlaps {b:?}");
            }
        }
        assert!(layout.lanes <= MAX_LANES);
    }

    #[test]
    fn the_seed_is_drawn_as_it_always_was() {
        let layout = layout(&seed(), WIDE, 1.0);
        let places: Vec<(i64, usize)> = layout
            .placements
            .iter()
            .map(|p| match p.slot {
                Slot::Card(c) => (px(p.x), layout.cards[c].lane),
                Slot::Cluster(_) => panic!("{p:?}"),
            })
            .collect();
        assert_eq!(
            places,
            [(28, 0), (203, 1), (255, 0), (396, 1), (853, 0), (936, 1)]
        );
        let breaks: Vec<(i64, String)> = layout
            .breaks
            .iter()
            .map(|b| (px(b.x), b.label.english()))
            .collect();
        assert_eq!(
            breaks,
            [(135, "38 years".to_string()), (311, "18 years".to_string())]
        );
        assert!(layout.cards.iter().all(|c| c.width == CARD_WIDTH));
        assert_eq!(px(layout.width), 1136);
    }

    #[test]
    fn long_empty_stretches_become_labelled_breaks() {
        let layout = layout(&seed(), 960.0, 1.0);
        let labels: Vec<String> = layout.breaks.iter().map(|b| b.label.english()).collect();
        assert_eq!(labels, ["38 years", "18 years"]);
        every_event_on_a_card(&layout, 6, 960.0);
    }

    #[test]
    fn recent_events_are_apart_at_the_default_zoom() {
        let layout = layout(&seed(), 960.0, 1.0);
        let x: Vec<f64> = layout.placements.iter().map(|p| p.x).collect();
        assert!(x[4] - x[3] > 200.0, "2019 to 2023: {}", x[4] - x[3]);
        assert!(x[5] - x[4] > 40.0, "2023 to 2024: {}", x[5] - x[4]);
    }

    #[test]
    fn a_year_is_as_wide_as_its_twelve_months() {
        let layout = layout(&seed(), WIDE, 1.0);
        let (year, july) = (&layout.placements[1], &layout.placements[2]);
        assert!(year.width > 11.0 * july.width && year.width < 13.0 * july.width);
        assert!(july.x > year.x + year.width * 0.45 && july.x < year.x + year.width * 0.55);
    }

    #[test]
    fn a_bunch_of_news_after_decades_of_history_has_every_event_on_a_card() {
        for fit in [WIDE, 960.0] {
            let layout = layout(&nine(), fit, 1.0);
            every_event_on_a_card(&layout, 9, fit);
            // Two lanes: the timeline stays low while the article is read.
            assert_eq!(layout.lanes, 2, "{fit}");
        }
        let layout = layout(&nine(), WIDE, 1.0);
        let labels: Vec<String> = layout.breaks.iter().map(|b| b.label.english()).collect();
        // The gaps before the news are cut out; the weeks of news are drawn, and get the
        // room their cards need.
        assert!(labels.contains(&"45 years".to_string()), "{labels:?}");
        assert!(labels.contains(&"3 years".to_string()), "{labels:?}");
        let news = &layout.placements[4..];
        assert!(news[4].x - news[0].x > 2.0 * CARD_WIDTH, "{news:?}");
    }

    #[test]
    fn twenty_events_of_a_century_and_a_month_each_have_a_card() {
        let layout = layout(&twenty(), WIDE, 1.0);
        every_event_on_a_card(&layout, 20, WIDE);
        assert_eq!(layout.lanes, 3);
        // In time order, left to right.
        let x: Vec<f64> = layout.placements.iter().map(|p| p.x).collect();
        assert!(x.windows(2).all(|p| p[0] < p[1]), "{x:?}");
    }

    #[test]
    fn events_of_one_day_share_a_card_that_lists_them() {
        let mut values = vec!["2024-06-19"; 5];
        values.extend(["2024-06-01", "2024-07-01"]);
        let layout = layout(&periods(&values), WIDE, 1.0);
        every_event_on_a_card(&layout, 7, WIDE);
        let shared = layout.cards.iter().find(|c| c.members.len() > 1).unwrap();
        assert_eq!(shared.members, [0, 1, 2, 3, 4]);
        assert_eq!(shared.columns, 3);
        // Ten events on one day stay one card however far the axis is zoomed, and listing
        // them takes columns, not lanes.
        for zoom in [ZOOM_RANGE.0, 1.0, ZOOM_RANGE.1] {
            let same_day = layout_of_days(&[period("2024-06-19", "2024-06-20"); 10], zoom);
            assert_eq!(same_day.cards.len(), 1);
            assert_eq!((same_day.cards[0].members.len(), same_day.lanes), (10, 1));
        }
    }

    #[test]
    fn where_not_every_event_fits_the_latest_have_cards_and_the_oldest_share_a_cluster() {
        // A news article of 23 events: a life told from 1961, then the weeks of its news.
        let events = periods(&[
            "1961",
            "1981",
            "199",
            "1990",
            "2002",
            "2014",
            "2016",
            "2018",
            "2019",
            "2021",
            "2022",
            "2022-03",
            "2022-11",
            "2022-12",
            "2023-06",
            "2023-06-23",
            "2023-06-24",
            "2023-07-03",
            "2023-08-21",
            "2023-08-23",
            "2023-08-24",
            "2023-08-25",
            "2024",
        ]);
        let layout = layout(&events, WIDE, 1.0);
        let hidden: Vec<&[usize]> = layout.clusters.iter().map(|c| &c.members[..]).collect();
        assert_eq!(hidden.len(), 1, "{hidden:?}");
        assert!(hidden[0].len() <= 6, "{hidden:?}");
        // What is hidden is the background: the oldest events.
        let mut oldest = hidden[0].to_vec();
        oldest.sort_unstable();
        assert_eq!(oldest, (0..oldest.len()).collect::<Vec<_>>());
        every_card_apart(&layout);
        assert!(layout.width <= WIDE + 0.5);
        // Zoomed in, the background has room too.
        let far = self::layout(&events, WIDE, ZOOM_RANGE.1);
        assert!(far.clusters.is_empty(), "{:?}", far.clusters);
    }

    #[test]
    fn zooming_in_keeps_every_card_and_widens_them_into_the_room() {
        let near = layout(&twenty(), WIDE, 1.0);
        for zoom in [1.6, 4.0, 32.0, ZOOM_RANGE.1] {
            let far = layout(&twenty(), WIDE, zoom);
            every_event_on_a_card(&far, 20, f64::INFINITY);
            assert!(far.width > near.width, "{zoom}");
        }
        let far = layout(&twenty(), WIDE, 32.0);
        assert!(far.cards.iter().all(|c| c.width == CARD_WIDTH));
    }

    #[test]
    fn overlapping_labels_go_to_different_lanes() {
        for zoom in [1.0, 4.0, 32.0] {
            let layout = layout(&seed(), 960.0, zoom);
            every_event_on_a_card(&layout, 6, f64::INFINITY);
        }
    }

    #[test]
    fn zooming_in_widens_time_but_not_breaks() {
        let (near, far) = (layout(&seed(), WIDE, 1.0), layout(&seed(), WIDE, 4.0));
        assert!(far.width > 3.0 * (near.width - 2.0 * BREAK_WIDTH));
        assert_eq!(near.breaks, {
            let mut breaks = far.breaks.clone();
            for (b, n) in breaks.iter_mut().zip(&near.breaks) {
                b.x = n.x;
            }
            breaks
        });
        let gap = |l: &Layout| l.placements[3].x - l.placements[2].x - l.placements[2].width;
        assert!(gap(&far) > gap(&near));
    }

    #[test]
    fn ticks_are_readable_and_in_order() {
        // Across the whole range the reader can zoom, its ends included.
        for events in [seed(), nine(), twenty()] {
            for zoom in [ZOOM_RANGE.0, 1.0, 8.0, ZOOM_RANGE.1] {
                let layout = layout(&events, WIDE, zoom);
                assert!(!layout.ticks.is_empty());
                for pair in layout.ticks.windows(2) {
                    // In order, and far enough apart that labels do not run into each other.
                    assert!(
                        pair[1].x - pair[0].x >= MIN_TICK_GAP,
                        "zoom {zoom}: {pair:?}"
                    );
                }
            }
        }
        let labels: Vec<String> = layout(&seed(), 960.0, 1.0)
            .ticks
            .iter()
            .map(|t| t.label.english())
            .collect();
        assert!(
            labels.contains(&"1961".to_string()) && labels.contains(&"2020".to_string()),
            "{labels:?}"
        );
        // A stretch of months after a break says its year on its first month.
        let labels: Vec<String> = layout(&nine(), WIDE, 4.0)
            .ticks
            .iter()
            .map(|t| t.label.english())
            .collect();
        let first_month = labels
            .iter()
            .find(|l| l.contains("Mar") || l.contains("Apr"));
        assert!(
            first_month.is_some_and(|l| l.ends_with("2023")),
            "{labels:?}"
        );
        // So does a stretch of days, on its first day: "1 Mar 2024", not "1 Mar".
        let says_year = |label: &str| {
            label
                .split(' ')
                .any(|w| w.len() >= 4 && w.bytes().all(|b| b.is_ascii_digit()))
        };
        for zoom in [1.0, 4.0, 16.0] {
            let layout = layout(&twenty(), WIDE, zoom);
            for gap in &layout.breaks {
                let after = layout.ticks.iter().find(|t| t.x > gap.x);
                assert!(
                    after.is_none_or(|t| says_year(&t.label.english())),
                    "zoom {zoom}: {after:?} after {gap:?}"
                );
            }
        }
    }

    /// The Big Bang, the Earth, the dinosaurs' end, Marathon (490 BC), Augustus's death (AD 14)
    /// and 1961.
    fn deep() -> Vec<(i64, i64)> {
        periods(&[
            "BC13800000000",
            "BC4540000000",
            "BC66000000",
            "BC0490",
            "0014",
            "1961",
        ])
    }

    #[test]
    fn deep_time_and_years_bc_lay_out_in_order_with_their_own_labels() {
        for zoom in [ZOOM_RANGE.0, 1.0, 16.0, ZOOM_RANGE.1] {
            let layout = layout(&deep(), 960.0, zoom);
            let x: Vec<f64> = layout.placements.iter().map(|p| p.x).collect();
            assert!(x.windows(2).all(|p| p[0] < p[1]), "zoom {zoom}: {x:?}");
            assert!(
                layout.width.is_finite() && layout.width < 1e9,
                "zoom {zoom}"
            );
            for pair in layout.ticks.windows(2) {
                assert!(
                    pair[1].x - pair[0].x >= MIN_TICK_GAP,
                    "zoom {zoom}: {pair:?}"
                );
            }
        }
        let layout = layout(&deep(), 960.0, 1.0);
        every_event_on_a_card(&layout, 6, 960.0);
        // Each stretch is labelled once it is wide enough for its labels.
        let labels = |events: &[(i64, i64)]| -> Vec<String> {
            [1.0, 4.0, 16.0, ZOOM_RANGE.1]
                .into_iter()
                .flat_map(|zoom| super::layout(events, 960.0, zoom).ticks)
                .map(|t| t.label.english())
                .collect()
        };
        let history = labels(&deep());
        assert!(history.iter().any(|l| l.ends_with(" BC")), "{history:?}");
        assert!(!history.iter().any(|l| l.starts_with('-')), "{history:?}");
        let eons = labels(&periods(&[
            "BC13800000000",
            "BC4540000000",
            "BC3700000000",
            "BC2400000000",
        ]));
        assert!(
            eons.iter().any(|l| l.ends_with("billion years ago")),
            "{eons:?}"
        );
        let breaks: Vec<String> = layout.breaks.iter().map(|b| b.label.english()).collect();
        assert!(
            breaks.iter().any(|b| b == "4.47 billion years"),
            "{breaks:?}"
        );
        // Years BC are ticked at round numbers a reader names: 500 BC, not 501 BC.
        let wars: Vec<(i64, i64)> = (0..8)
            .map(|k| period_of(&format!("BC{:04}", 510 - 5 * k)))
            .collect();
        let bc = layout_of_days(&wars, 1.0);
        let labels: Vec<String> = bc.ticks.iter().map(|t| t.label.english()).collect();
        assert!(labels.iter().any(|l| l == "500 BC"), "{labels:?}");
    }

    #[test]
    fn one_event_or_none_still_lays_out() {
        assert!(layout(&[], 500.0, 1.0).placements.is_empty());
        let one = layout(&[period("2024-06-19", "2024-06-20")], 500.0, 1.0);
        assert_eq!(one.placements.len(), 1);
        assert!(one.placements[0].width >= 4.0);
    }

    #[test]
    fn a_list_opens_at_the_articles_own_days() {
        let nine = nine();
        assert_eq!(opening_row(&nine, Some(day("2023-06-27"))), 8);
        assert_eq!(opening_row(&nine, Some(day("2023-04-01"))), 5);
        assert_eq!(opening_row(&nine, Some(day("1900-01-01"))), 0);
        assert_eq!(opening_row(&nine, None), 0);
    }

    /// `count` one-day events spread evenly over 1950 to 2025, in date order.
    fn many(count: usize) -> Vec<(i64, i64)> {
        let first = day("1950-01-01");
        (0..count)
            .map(|i| {
                let day = first + (i * 27_000 / count) as i64;
                (day, day + 1)
            })
            .collect()
    }

    #[test]
    fn crowded_events_become_clusters_that_count_them_all() {
        let layout = layout(&many(10_000), 960.0, 1.0);
        assert!(!layout.clusters.is_empty());
        assert!(layout.lanes <= MAX_LANES);
        let clustered: usize = layout.clusters.iter().map(|c| c.members.len()).sum();
        let carded: usize = layout.cards.iter().map(|c| c.members.len()).sum();
        assert_eq!(clustered + carded, 10_000, "every event is drawn once");
        for (index, cluster) in layout.clusters.iter().enumerate() {
            assert!(cluster.members.len() > 1 || layout.lanes == MAX_LANES);
            for &member in &cluster.members {
                assert_eq!(layout.placements[member].slot, Slot::Cluster(index));
            }
        }
        for pair in layout.clusters.windows(2) {
            assert!(pair[1].x >= pair[0].x + CARD_WIDTH, "markers never overlap");
        }
        // Evenly spread, they are drawn to one scale: no stretch of them is cut out.
        assert!(layout.breaks.is_empty());
    }

    #[test]
    fn a_crowd_at_random_days_is_not_cut_up() {
        // A thousand days drawn at random from 1950 to 2025 (a linear congruential
        // generator): some days close together, some gaps long, none dwarfing the crowd.
        let first = day("1950-01-01");
        let mut state: u64 = 1;
        let random: Vec<(i64, i64)> = (0..1_000)
            .map(|_| {
                state = state
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1);
                let day = first + ((state >> 33) % 27_000) as i64;
                (day, day + 1)
            })
            .collect();
        let layout = layout(&random, 960.0, 1.0);
        assert!(layout.breaks.len() <= 2, "{:?}", layout.breaks);
    }

    fn layout_of_days(periods: &[(i64, i64)], zoom: f64) -> Layout {
        layout(periods, 960.0, zoom)
    }

    #[test]
    fn zooming_in_opens_clusters() {
        let events = many(2_000);
        let clustered = |zoom: f64| {
            layout(&events, 960.0, zoom)
                .clusters
                .iter()
                .map(|c| c.members.len())
                .sum::<usize>()
        };
        assert!(clustered(1.0) > 1_000);
        assert!(clustered(128.0) <= clustered(1.0));
        assert_eq!(
            clustered(256.0),
            0,
            "two weeks apart are far enough at the closest zoom"
        );
    }

    #[test]
    fn a_window_holds_only_what_reaches_into_it() {
        let layout = layout(&many(2_000), 960.0, 256.0);
        assert!(layout.width > 100_000.0);
        let (left, right) = (20_000.0, 21_000.0);
        let shown = layout.visible(left, right);
        assert!(!shown.cards.is_empty());
        // A card's width apart each, in each lane: the window's share, not the whole axis.
        let bound = MAX_LANES * ((right - left) / CARD_WIDTH) as usize + 2 * MAX_LANES;
        assert!(shown.cards.len() <= bound, "{} cards", shown.cards.len());
        let reaches = |c: &Card| c.x < right && c.x + c.width > left;
        for &c in &shown.cards {
            assert!(reaches(&layout.cards[c]));
        }
        let inside = layout.cards.iter().filter(|c| reaches(c)).count();
        assert_eq!(
            inside,
            shown.cards.len(),
            "nothing in the window is left out"
        );
        for c in &layout.clusters[shown.clusters.clone()] {
            assert!(c.x < right && c.x + CARD_WIDTH > left);
        }
        for t in &layout.ticks[shown.ticks.clone()] {
            assert!(t.x < right && t.x + 64.0 > left);
        }
        let seed = super::layout(&seed(), WIDE, 1.0);
        assert_eq!(seed.visible(0.0, 200.0).breaks, 0..1);
        assert_eq!(seed.visible(400.0, 900.0).breaks, 2..2);
    }

    #[test]
    fn panning_draws_the_same_places() {
        let layout = layout(&many(2_000), 960.0, 256.0);
        let (a, b) = (
            layout.visible(20_000.0, 21_000.0),
            layout.visible(20_500.0, 21_500.0),
        );
        let shared: Vec<&usize> = a.cards.iter().filter(|i| b.cards.contains(i)).collect();
        assert!(!shared.is_empty());
        // One layout serves every window: a card in two windows is the same card.
        let mut both: Vec<usize> = a.cards.iter().chain(&b.cards).copied().collect();
        both.sort_unstable();
        both.dedup();
        let union = layout.visible(20_000.0, 21_500.0).cards;
        assert_eq!(union.len(), both.len());
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod any_spread {
        use super::*;
        use proptest::prelude::*;

        /// A date a news article gives, as a year, a month or a day: over two centuries, in
        /// one year, or in one week, so that events are years apart, days apart, or both.
        fn value() -> impl Strategy<Value = String> {
            let dated = |year: i32, month: u32, day: u32, precision: u8| match precision {
                0 => format!("{year}"),
                1 => format!("{year}-{month:02}"),
                _ => format!("{year}-{month:02}-{day:02}"),
            };
            prop_oneof![
                (1800_i32..2030, 1_u32..=12, 1_u32..=28, 0_u8..3)
                    .prop_map(move |(y, m, d, p)| dated(y, m, d, p)),
                (1_u32..=12, 1_u32..=28, 1_u8..3).prop_map(move |(m, d, p)| dated(2023, m, d, p)),
                (1_u32..=7).prop_map(move |d| dated(2024, 3, d, 2)),
            ]
        }

        proptest! {
            #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

            /// On a wide screen, any twenty dated events or fewer each have a card in sight
            /// (those of one period sharing one), and no two cards overlap.
            #[test]
            fn up_to_twenty_events_of_any_spread_each_have_a_card_in_sight(
                values in prop::collection::vec(value(), 1..=20),
            ) {
                let events: Vec<(i64, i64)> = values.iter().map(|v| period_of(v)).collect();
                let layout = layout(&events, WIDE, 1.0);
                every_event_on_a_card(&layout, events.len(), WIDE);
            }
        }
    }
}
