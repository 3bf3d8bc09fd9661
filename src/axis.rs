//! Where each event goes on the time axis: pure arithmetic, tested natively.
//!
//! Events are placed by their whole period (a year spans its year). Long empty stretches
//! between groups of events are cut out and replaced by a fixed-width break labelled with
//! its length, so that a timeline reaching from 1961 to 2024 still shows 2019, 2023 and 2024
//! apart. Labels that would overlap go to separate lanes, up to [`MAX_LANES`]; events that
//! would need more become one cluster marker with their count, so that no event hides another
//! and a long timeline draws a bounded number of parts.
//!
//! Time is counted in day numbers ([`TimeValue::day_numbers`]), so that one axis holds
//! minutes and the Big Bang alike; ticks step by days, months or years, the years in steps
//! of 1, 2 and 5 times a power of ten up to billions.
//!
//! A [`Layout`] is computed once per zoom; [`Layout::visible`] then answers, for any window of
//! the axis, which cards, clusters and ticks are in it, without looking at the others, so
//! panning only draws what comes into view.

use std::ops::Range;

use chrono::{Datelike, Months, NaiveDate};
use sourceline_core::{sort, Event, TimeValue};

/// Whole CSS pixels, as the page and its pictures write positions: sharper edges, and no
/// float formatting code in the wasm.
pub fn px(x: f64) -> i64 {
    x.round() as i64
}

/// Width of an event's label card, in CSS pixels.
pub const CARD_WIDTH: f64 = 176.0;
/// Heights of the tick row, of one lane of cards and of the row of clusters, in CSS pixels
/// (as in styles/app.css).
pub const TICKS_HEIGHT: f64 = 32.0;
pub const LANE_HEIGHT: f64 = 76.0;
pub const CLUSTER_HEIGHT: f64 = 52.0;
/// Width of a cut-out stretch of time.
pub const BREAK_WIDTH: f64 = 64.0;
/// Room left and right of the first and last event.
pub const MARGIN: f64 = 24.0;
/// How far the reader can zoom out and in: from half the width that fits the timeline to
/// 256 times it.
pub const ZOOM_RANGE: (f64, f64) = (0.5, 256.0);
/// Most lanes of cards: a denser stretch becomes a cluster.
pub const MAX_LANES: usize = 3;
/// A gap longer than this share of the whole period is cut out.
const BREAK_SHARE: f64 = 0.2;
/// A gap this many times as long as the rest of what is drawn is cut out too.
const DEEP_GAP: f64 = 10.0;
/// Minimum width of an event's bar, so a day stays visible at any zoom.
const MIN_BAR: f64 = 4.0;
/// Minimum distance between two tick labels.
const MIN_TICK_GAP: f64 = 64.0;
/// Room between two cards in one lane.
const CARD_GAP: f64 = 8.0;

/// Where an event is drawn: as a card in a lane, or counted in a cluster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    Lane(usize),
    /// An index into [`Layout::clusters`].
    Cluster(usize),
}

/// One event's place: `x` and `width` of its bar, and where its label goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub x: f64,
    pub width: f64,
    pub slot: Slot,
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
    /// The first of a month, with its year for January: "Feb", "Jan 2012".
    Month { first: NaiveDate, with_year: bool },
    /// A day: "3 Mar".
    Day(NaiveDate),
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
            AxisLabel::Day(day) => format!("{} {}", day.day(), month_abbreviation(day)),
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
    /// In axis order; markers never overlap one another.
    pub clusters: Vec<Cluster>,
    pub ticks: Vec<Tick>,
    pub breaks: Vec<Break>,
    /// The events drawn as cards, in axis order: what [`Layout::visible`] searches.
    cards: Vec<usize>,
    /// The widest a card or bar reaches right of its `x`.
    reach: f64,
}

/// What a window of the axis shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Visible {
    /// Events drawn as cards, in axis order.
    pub cards: Vec<usize>,
    /// A range of [`Layout::clusters`].
    pub clusters: Range<usize>,
    /// A range of [`Layout::ticks`].
    pub ticks: Range<usize>,
}

impl Layout {
    /// The cards, clusters and ticks that reach into `[left, right)`, in CSS pixels of the axis.
    pub fn visible(&self, left: f64, right: f64) -> Visible {
        let x = |i: usize| self.placements[i].x;
        let from = self.cards.partition_point(|&i| x(i) < left - self.reach);
        let to = self.cards.partition_point(|&i| x(i) < right);
        let cards = self.cards[from..to.max(from)]
            .iter()
            .copied()
            .filter(|&i| x(i) + self.extent(i) > left)
            .collect();
        let clusters = self.clusters.partition_point(|c| c.x + CARD_WIDTH <= left)
            ..self.clusters.partition_point(|c| c.x < right);
        let ticks = self.ticks.partition_point(|t| t.x + MIN_TICK_GAP <= left)
            ..self.ticks.partition_point(|t| t.x < right);
        Visible {
            clusters: clusters.start..clusters.end.max(clusters.start),
            ticks: ticks.start..ticks.end.max(ticks.start),
            cards,
        }
    }

    /// How far right of its `x` an event's card or bar reaches.
    fn extent(&self, index: usize) -> f64 {
        CARD_WIDTH.max(self.placements[index].width)
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

/// Lays out events given as `[first day, day after the last)` periods, in day numbers.
///
/// `fit_width` is the width the whole axis fills at zoom 1; `zoom` stretches the drawn
/// stretches of time, never the breaks.
pub fn layout(periods: &[(i64, i64)], fit_width: f64, zoom: f64) -> Layout {
    if periods.is_empty() {
        return Layout {
            width: fit_width,
            lanes: 0,
            placements: Vec::new(),
            clusters: Vec::new(),
            ticks: Vec::new(),
            breaks: Vec::new(),
            cards: Vec::new(),
            reach: CARD_WIDTH,
        };
    }
    let mut order: Vec<usize> = (0..periods.len()).collect();
    sort::stable_by(&mut order, |&a, &b| periods[a].cmp(&periods[b]));
    let first = periods[order[0]].0;
    let last = periods.iter().map(|p| p.1).max().unwrap_or(first);
    let whole = days(first, last).max(1.0);

    let runs = runs(&order, periods, whole);
    let pad = |run: &(i64, i64)| (days(run.0, run.1) * 0.04).max(1.0) as i64;
    let drawn_days: f64 = runs
        .iter()
        .map(|r| days(r.0, r.1) + 2.0 * pad(r) as f64)
        .sum();
    let gaps = runs.len() - 1;
    // The last label needs room to the right of its date.
    let room =
        (fit_width - 2.0 * MARGIN - gaps as f64 * BREAK_WIDTH - CARD_WIDTH).max(fit_width * 0.4);
    let scale = room / drawn_days * zoom;

    let mut segments = Vec::with_capacity(runs.len());
    let mut breaks = Vec::with_capacity(gaps);
    let mut x = MARGIN;
    for (k, run) in runs.iter().enumerate() {
        if k > 0 {
            breaks.push(Break {
                x,
                label: gap_label(runs[k - 1].1, run.0),
            });
            x += BREAK_WIDTH;
        }
        let start = run.0 - pad(run);
        let end = run.1 + pad(run);
        segments.push(Segment { start, end, x });
        x += days(start, end) * scale;
    }
    let axis_end = x;
    let at = |date: i64| -> f64 {
        let segment = segments
            .iter()
            .rev()
            .find(|s| s.start <= date)
            .unwrap_or(&segments[0]);
        segment.x + days(segment.start, date.min(segment.end)) * scale
    };

    let bars: Vec<(f64, f64)> = periods
        .iter()
        .map(|&(start, end)| {
            let x = at(start);
            (x, (at(end) - x).max(MIN_BAR))
        })
        .collect();
    let (placements, clusters, lanes) = slots(&order, &bars);
    let mut cards: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| matches!(placements[i].slot, Slot::Lane(_)))
        .collect();
    sort::stable_by(&mut cards, |&a, &b| {
        placements[a].x.total_cmp(&placements[b].x)
    });
    let reach = bars.iter().map(|b| b.1).fold(CARD_WIDTH, f64::max);

    let last_label = bars
        .iter()
        .map(|b| b.0 + CARD_WIDTH)
        .fold(axis_end, f64::max);
    let width = last_label + MARGIN;
    let ticks = segments.iter().flat_map(|s| ticks(s, scale)).collect();
    Layout {
        width,
        lanes,
        placements,
        clusters,
        ticks,
        breaks,
        cards,
        reach,
    }
}

/// Groups events (`order`, in date order) into runs separated by long gaps: a gap longer than
/// [`BREAK_SHARE`] of the whole period, then, again and again, a gap [`DEEP_GAP`] times as
/// long as all else still drawn, so that the Big Bang does not squeeze the last 3,000 years
/// into a point.
fn runs(order: &[usize], periods: &[(i64, i64)], whole: f64) -> Vec<(i64, i64)> {
    // Each gap between one event and all before it: (index in `order`, its length).
    let mut reach = periods[order[0]].1;
    let mut gaps: Vec<(usize, f64)> = Vec::new();
    for (k, &i) in order.iter().enumerate().skip(1) {
        let (start, end) = periods[i];
        if start > reach {
            gaps.push((k, days(reach, start)));
        }
        reach = reach.max(end);
    }
    let mut cut = vec![false; gaps.len()];
    let mut drawn = whole;
    for (g, &(_, length)) in gaps.iter().enumerate() {
        if length > whole * BREAK_SHARE {
            cut[g] = true;
            drawn -= length;
        }
    }
    loop {
        let next = gaps
            .iter()
            .zip(&cut)
            .position(|(&(_, length), &c)| !c && length > DEEP_GAP * (drawn - length));
        let Some(g) = next else { break };
        cut[g] = true;
        drawn -= gaps[g].1;
    }
    let mut runs: Vec<(i64, i64)> = Vec::new();
    let mut cuts = gaps.iter().zip(&cut).filter(|(_, &c)| c).map(|(g, _)| g.0);
    let mut next_cut = cuts.next();
    for (k, &i) in order.iter().enumerate() {
        let (start, end) = periods[i];
        match runs.last_mut() {
            Some(run) if next_cut != Some(k) => run.1 = run.1.max(end),
            _ => {
                if next_cut == Some(k) {
                    next_cut = cuts.next();
                }
                runs.push((start, end));
            }
        }
    }
    runs
}

/// Puts each event's card in a lane or, where a group of cards starting within one card's
/// width of each other would need more than [`MAX_LANES`], the whole group in a cluster.
/// `order` is the events in axis order; `bars` their `x` and width. Returns the placements,
/// the clusters and the number of lanes used.
fn slots(order: &[usize], bars: &[(f64, f64)]) -> (Vec<Placement>, Vec<Cluster>, usize) {
    let mut placements: Vec<Placement> = bars
        .iter()
        .map(|&(x, width)| Placement {
            x,
            width,
            slot: Slot::Lane(0),
        })
        .collect();
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut lane_ends = [f64::NEG_INFINITY; MAX_LANES];
    let mut lanes = 0;
    let mut k = 0;
    while k < order.len() {
        let start = bars[order[k]].0;
        let group_end = k + order[k..].partition_point(|&i| bars[i].0 < start + CARD_WIDTH);
        let group = &order[k..group_end.max(k + 1)];
        let mut trial = lane_ends;
        let mut chosen = Vec::with_capacity(group.len());
        for &i in group {
            let (x, width) = bars[i];
            match trial.iter().position(|&end| end <= x) {
                Some(lane) => {
                    trial[lane] = x + CARD_WIDTH.max(width) + CARD_GAP;
                    chosen.push(lane);
                }
                None => break,
            }
        }
        if chosen.len() == group.len() {
            lane_ends = trial;
            for (&i, lane) in group.iter().zip(chosen) {
                placements[i].slot = Slot::Lane(lane);
                lanes = lanes.max(lane + 1);
            }
        } else {
            for &i in group {
                placements[i].slot = Slot::Cluster(clusters.len());
            }
            clusters.push(Cluster {
                x: start,
                end: group
                    .iter()
                    .map(|&i| bars[i].0 + bars[i].1)
                    .fold(start, f64::max),
                members: group.to_vec(),
            });
        }
        k += group.len();
    }
    (placements, clusters, lanes)
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
    MIN_TICK_GAP.max(7.0 * label.len() as f64 + 8.0)
}

/// Ticks at the first of every step of years, months or days inside a segment.
fn ticks(segment: &Segment, scale: f64) -> Vec<Tick> {
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
                label: AxisLabel::Day(date),
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
mod tests {
    use super::*;

    fn period(from: &str, to: &str) -> (i64, i64) {
        let day =
            |s: &str| TimeValue::day_number(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
        (day(from), day(to))
    }

    /// The seed's periods: 1961, 2000, July 2000, April 2019, September 2023, 19 June 2024.
    fn seed() -> Vec<(i64, i64)> {
        vec![
            period("1961-01-01", "1962-01-01"),
            period("2000-01-01", "2001-01-01"),
            period("2000-07-01", "2000-08-01"),
            period("2019-04-01", "2019-05-01"),
            period("2023-09-01", "2023-10-01"),
            period("2024-06-19", "2024-06-20"),
        ]
    }

    #[test]
    fn long_empty_stretches_become_labelled_breaks() {
        let layout = layout(&seed(), 960.0, 1.0);
        let labels: Vec<String> = layout.breaks.iter().map(|b| b.label.english()).collect();
        assert_eq!(labels, ["38 years", "18 years"]);
        assert!(layout.width <= 960.5, "fits at zoom 1: {}", layout.width);
        let last = layout.placements.last().unwrap();
        assert!(
            last.x + CARD_WIDTH <= layout.width,
            "the last label is inside the axis"
        );
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
        let layout = layout(&seed(), 960.0, 1.0);
        let (year, july) = (&layout.placements[1], &layout.placements[2]);
        assert!(year.width > 11.0 * july.width && year.width < 13.0 * july.width);
        assert!(july.x > year.x + year.width * 0.45 && july.x < year.x + year.width * 0.55);
    }

    #[test]
    fn overlapping_labels_go_to_different_lanes() {
        for zoom in [0.5, 1.0, 4.0, 32.0] {
            let layout = layout(&seed(), 960.0, zoom);
            assert!(layout.clusters.is_empty(), "zoom {zoom}: six events fit");
            let cards: Vec<&Placement> = layout.placements.iter().collect();
            for (i, a) in cards.iter().enumerate() {
                for b in &cards[i + 1..] {
                    let apart = (a.x - b.x).abs() >= CARD_WIDTH;
                    assert!(apart || a.slot != b.slot, "zoom {zoom}: {a:?} hides {b:?}");
                }
            }
        }
    }

    #[test]
    fn zooming_in_widens_time_but_not_breaks() {
        let (near, far) = (layout(&seed(), 960.0, 1.0), layout(&seed(), 960.0, 4.0));
        assert!(far.width > 3.0 * (near.width - 2.0 * BREAK_WIDTH));
        assert_eq!(near.breaks.len(), far.breaks.len());
        let gap = |l: &Layout| l.placements[3].x - l.placements[2].x - l.placements[2].width;
        assert!(gap(&far) > gap(&near));
    }

    #[test]
    fn ticks_are_readable_and_in_order() {
        // Across the whole range the reader can zoom, its ends included.
        for zoom in [ZOOM_RANGE.0, 1.0, 8.0, ZOOM_RANGE.1] {
            let layout = layout(&seed(), 960.0, zoom);
            assert!(!layout.ticks.is_empty());
            for pair in layout.ticks.windows(2) {
                // In order, and far enough apart that labels do not run into each other.
                assert!(
                    pair[1].x - pair[0].x >= MIN_TICK_GAP,
                    "zoom {zoom}: {pair:?}"
                );
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
    }

    /// The Big Bang, the Earth, the dinosaurs' end, Marathon (490 BC), Augustus's death (AD 14)
    /// and 1961.
    fn deep() -> Vec<(i64, i64)> {
        [
            "BC13800000000",
            "BC4540000000",
            "BC66000000",
            "BC0490",
            "0014",
            "1961",
        ]
        .iter()
        .map(|v| v.parse::<TimeValue>().unwrap().day_numbers())
        .collect()
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
        let labels: Vec<String> = layout.ticks.iter().map(|t| t.label.english()).collect();
        assert!(
            labels.iter().any(|l| l.ends_with("billion years ago")),
            "{labels:?}"
        );
        assert!(labels.iter().any(|l| l.ends_with(" BC")), "{labels:?}");
        assert!(!labels.iter().any(|l| l.starts_with('-')), "{labels:?}");
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

    fn period_of(value: &str) -> (i64, i64) {
        value.parse::<TimeValue>().unwrap().day_numbers()
    }

    #[test]
    fn one_event_or_none_still_lays_out() {
        assert!(layout(&[], 500.0, 1.0).placements.is_empty());
        let one = layout(&[period("2024-06-19", "2024-06-20")], 500.0, 1.0);
        assert_eq!(one.placements.len(), 1);
        assert!(one.placements[0].width >= 4.0);
    }

    /// `count` one-day events spread evenly over 1950 to 2025, in date order.
    fn many(count: usize) -> Vec<(i64, i64)> {
        let first = TimeValue::day_number(NaiveDate::from_ymd_opt(1950, 1, 1).unwrap());
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
        let carded = layout
            .placements
            .iter()
            .filter(|p| matches!(p.slot, Slot::Lane(_)))
            .count();
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
        // Ten events on one day stay one cluster however far the axis is zoomed.
        let day = period("2024-06-19", "2024-06-20");
        let same_day = layout_of_days(&[day; 10], 256.0);
        assert_eq!(same_day.clusters.len(), 1);
        assert_eq!(same_day.clusters[0].members.len(), 10);
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
        for &i in &shown.cards {
            let p = &layout.placements[i];
            assert!(p.x < right && p.x + CARD_WIDTH.max(p.width) > left);
        }
        let all: Vec<usize> = layout.visible(f64::MIN, f64::MAX).cards;
        let inside = all
            .iter()
            .filter(|&&i| {
                let p = &layout.placements[i];
                p.x < right && p.x + CARD_WIDTH.max(p.width) > left
            })
            .count();
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
}
