//! Where each event goes on the time axis: pure arithmetic, tested natively.
//!
//! Events are placed by their whole period (a year spans its year). Long empty stretches
//! between groups of events are cut out and replaced by a fixed-width break labelled with
//! its length, so that a timeline reaching from 1961 to 2024 still shows 2019, 2023 and 2024
//! apart. Labels that would overlap go to separate lanes, so no event hides another.

use chrono::{Datelike, Months, NaiveDate};

/// Width of an event's label card, in CSS pixels.
pub const CARD_WIDTH: f64 = 176.0;
/// Width of a cut-out stretch of time.
pub const BREAK_WIDTH: f64 = 64.0;
/// Room left and right of the first and last event.
pub const MARGIN: f64 = 24.0;
/// A gap longer than this share of the whole period is cut out.
const BREAK_SHARE: f64 = 0.2;
/// Minimum width of an event's bar, so a day stays visible at any zoom.
const MIN_BAR: f64 = 4.0;
/// Minimum distance between two tick labels.
const MIN_TICK_GAP: f64 = 64.0;

/// One event's place: `x` and `width` of its bar, and the lane of its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Placement {
    pub x: f64,
    pub width: f64,
    pub lane: usize,
}

/// A labelled tick on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
}

/// A cut-out stretch of time.
#[derive(Debug, Clone, PartialEq)]
pub struct Break {
    pub x: f64,
    pub label: String,
}

/// The whole axis for a set of events at one zoom.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub lanes: usize,
    pub placements: Vec<Placement>,
    pub ticks: Vec<Tick>,
    pub breaks: Vec<Break>,
}

/// A run of time drawn to scale: `[start, end)` in days, drawn from `x`.
struct Segment {
    start: NaiveDate,
    end: NaiveDate,
    x: f64,
}

/// Lays out events given as `[first day, day after the last)` periods.
///
/// `fit_width` is the width the whole axis fills at zoom 1; `zoom` stretches the drawn
/// stretches of time, never the breaks.
pub fn layout(periods: &[(NaiveDate, NaiveDate)], fit_width: f64, zoom: f64) -> Layout {
    if periods.is_empty() {
        return Layout {
            width: fit_width,
            lanes: 0,
            placements: Vec::new(),
            ticks: Vec::new(),
            breaks: Vec::new(),
        };
    }
    let mut order: Vec<usize> = (0..periods.len()).collect();
    order.sort_by_key(|&i| periods[i]);
    let first = periods[order[0]].0;
    let last = periods.iter().map(|p| p.1).max().unwrap_or(first);
    let whole = days(first, last).max(1.0);

    // Group events into runs separated by long gaps.
    let mut runs: Vec<(NaiveDate, NaiveDate)> = Vec::new();
    for &i in &order {
        let (start, end) = periods[i];
        match runs.last_mut() {
            Some(run) if days(run.1, start) <= whole * BREAK_SHARE => run.1 = run.1.max(end),
            _ => runs.push((start, end)),
        }
    }
    let pad = |run: &(NaiveDate, NaiveDate)| (days(run.0, run.1) * 0.04).max(1.0) as u64;
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
        let start = run.0 - chrono::Days::new(pad(run));
        let end = run.1 + chrono::Days::new(pad(run));
        segments.push(Segment { start, end, x });
        x += days(start, end) * scale;
    }
    let axis_end = x;
    let at = |date: NaiveDate| -> f64 {
        let segment = segments
            .iter()
            .rev()
            .find(|s| s.start <= date)
            .unwrap_or(&segments[0]);
        segment.x + days(segment.start, date.min(segment.end)) * scale
    };

    // Each label takes the first lane where it does not overlap the one before it.
    let mut lane_ends: Vec<f64> = Vec::new();
    let mut placements = vec![
        Placement {
            x: 0.0,
            width: 0.0,
            lane: 0
        };
        periods.len()
    ];
    for &i in &order {
        let (start, end) = periods[i];
        let x = at(start);
        let width = (at(end) - x).max(MIN_BAR);
        let lane = match lane_ends.iter().position(|&e| e <= x) {
            Some(lane) => lane,
            None => {
                lane_ends.push(0.0);
                lane_ends.len() - 1
            }
        };
        lane_ends[lane] = x + CARD_WIDTH.max(width) + 8.0;
        placements[i] = Placement { x, width, lane };
    }

    let last_label = placements
        .iter()
        .map(|p| p.x + CARD_WIDTH)
        .fold(axis_end, f64::max);
    let width = last_label + MARGIN;
    let ticks = segments.iter().flat_map(|s| ticks(s, scale)).collect();
    Layout {
        width,
        lanes: lane_ends.len(),
        placements,
        ticks,
        breaks,
    }
}

fn days(from: NaiveDate, to: NaiveDate) -> f64 {
    (to - from).num_days() as f64
}

/// "38 years", "5 months", "12 days".
fn gap_label(from: NaiveDate, to: NaiveDate) -> String {
    let months = (to.year() - from.year()) * 12 + to.month() as i32 - from.month() as i32;
    let plural = |n: i64, unit: &str| format!("{n} {unit}{}", if n == 1 { "" } else { "s" });
    if months >= 24 {
        plural(i64::from(months / 12), "year")
    } else if months >= 2 {
        plural(i64::from(months), "month")
    } else {
        plural((to - from).num_days(), "day")
    }
}

/// Ticks at the first of every step of months (or days) inside a segment.
fn ticks(segment: &Segment, scale: f64) -> Vec<Tick> {
    let x = |date: NaiveDate| segment.x + days(segment.start, date) * scale;
    let mut found = Vec::new();
    if 30.0 * scale < MIN_TICK_GAP {
        // Years: every 1, 2, 5, 10... years, whichever leaves room for the label.
        let step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
            .into_iter()
            .find(|n| f64::from(*n) * 365.0 * scale >= MIN_TICK_GAP)
            .unwrap_or(1000);
        let mut year = segment.start.year() + (step - segment.start.year().rem_euclid(step)) % step;
        while let Some(date) = NaiveDate::from_ymd_opt(year, 1, 1).filter(|d| *d < segment.end) {
            if date >= segment.start {
                found.push(Tick {
                    x: x(date),
                    label: year.to_string(),
                });
            }
            year += step;
        }
    } else if scale < MIN_TICK_GAP {
        let step = [1, 2, 3, 6]
            .into_iter()
            .find(|n| f64::from(*n) * 30.0 * scale >= MIN_TICK_GAP)
            .unwrap_or(6);
        let mut date = NaiveDate::from_ymd_opt(segment.start.year(), 1, 1).unwrap_or(segment.start);
        while date < segment.end {
            if date >= segment.start {
                let label = if date.month() == 1 {
                    format!("{} {}", month_abbreviation(date), date.year())
                } else {
                    month_abbreviation(date).to_string()
                };
                found.push(Tick {
                    x: x(date),
                    label: label.to_string(),
                });
            }
            date = date + Months::new(step);
        }
    } else {
        let mut date = segment.start;
        while date < segment.end {
            found.push(Tick {
                x: x(date),
                label: format!("{} {}", date.day(), month_abbreviation(date)),
            });
            date = date.succ_opt().unwrap_or(segment.end);
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

    fn period(from: &str, to: &str) -> (NaiveDate, NaiveDate) {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        (day(from), day(to))
    }

    /// The seed's periods: 1961, 2000, July 2000, April 2019, September 2023, 19 June 2024.
    fn seed() -> Vec<(NaiveDate, NaiveDate)> {
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
        let labels: Vec<&str> = layout.breaks.iter().map(|b| b.label.as_str()).collect();
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
            let cards: Vec<&Placement> = layout.placements.iter().collect();
            for (i, a) in cards.iter().enumerate() {
                for b in &cards[i + 1..] {
                    let apart = (a.x - b.x).abs() >= CARD_WIDTH;
                    assert!(apart || a.lane != b.lane, "zoom {zoom}: {a:?} hides {b:?}");
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
        for zoom in [1.0, 8.0, 400.0] {
            let layout = layout(&seed(), 960.0, zoom);
            assert!(!layout.ticks.is_empty());
            for pair in layout.ticks.windows(2) {
                assert!(pair[1].x > pair[0].x, "zoom {zoom}: {pair:?}");
            }
        }
        let labels: Vec<String> = layout(&seed(), 960.0, 1.0)
            .ticks
            .iter()
            .map(|t| t.label.clone())
            .collect();
        assert!(
            labels.contains(&"1961".to_string()) && labels.contains(&"2020".to_string()),
            "{labels:?}"
        );
    }

    #[test]
    fn one_event_or_none_still_lays_out() {
        assert!(layout(&[], 500.0, 1.0).placements.is_empty());
        let one = layout(&[period("2024-06-19", "2024-06-20")], 500.0, 1.0);
        assert_eq!(one.placements.len(), 1);
        assert!(one.placements[0].width >= 4.0);
    }
}
