//! The timeline as a picture: an SVG document of the axis as the page draws it (ticks,
//! breaks, cards, clusters) for a stretch of it, headed by the article's title and source
//! line. Its text is text, so it can be searched, copied and read aloud; the page saves it
//! as it is, or as a PNG drawn from it (`browser::save_png`).

use sourceline_core::text::html::escape_xml;
use sourceline_core::Timeline;

use crate::axis::{
    px, Card, Layout, Visible, CARD_WIDTH, CLUSTER_HEIGHT, LANE_HEIGHT, ROWS, TICKS_HEIGHT,
};
use crate::locale;

/// Room above the axis for the title and the source line, and around the picture.
const HEADER: f64 = 64.0;
const PADDING: f64 = 16.0;
/// Most characters of a title a card as wide as [`CARD_WIDTH`] holds on a line.
const TITLE_CHARS: usize = 24;
/// About how wide a character of the axis's labels is, per pixel of font size (the system's
/// sans-serif: figures and small letters).
const CHAR_WIDTH: f64 = 0.55;
/// The picture's colours: the light theme's (styles/app.css), whatever the theme on screen.
const INK: &str = "#1d2330";
const MUTED: &str = "#5b6475";
const LINE: &str = "#d9dde5";
const PANEL: &str = "#ffffff";
const ACCENT: &str = "#1f5fbf";
const SOFT: &str = "#e3ecfb";
const BREAK: &str = "#eef0f4";

/// The characters of a title a column `width` wide holds on a line.
fn title_room(width: f64) -> usize {
    (TITLE_CHARS as f64 * width / CARD_WIDTH) as usize
}

/// `text` in lines of at most `room` characters, at most `most` of them, the last ending in "…"
/// where the text goes on: as a card on screen shows a title.
fn lines(text: &str, room: usize, most: usize) -> Vec<String> {
    let room = room.max(4);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        // A word longer than a line is broken where the line ends.
        while word.chars().count() > room {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let head: String = word.chars().take(room).collect();
            word = word.chars().skip(room).collect();
            lines.push(head);
        }
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > room {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line += &word;
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > most {
        lines.truncate(most);
        let last = &mut lines[most - 1];
        let kept: String = last.chars().take(room.saturating_sub(1)).collect();
        *last = format!("{}…", kept.trim_end());
    }
    lines
}

/// About how many pixels `text` takes at `size` pixels.
fn text_width(text: &str, size: f64) -> i64 {
    (text.chars().count() as f64 * size * CHAR_WIDTH).ceil() as i64
}

/// The picture of the axis from `left` to `right` (CSS pixels of the axis at this zoom) of
/// `timeline`'s events `shown` laid out as `layout`: the SVG document, its width and height.
pub fn svg(
    timeline: &Timeline,
    shown: &[usize],
    layout: &Layout,
    left: f64,
    right: f64,
) -> (String, f64, f64) {
    let visible = layout.visible(left, right);
    let lanes_bottom = TICKS_HEIGHT + LANE_HEIGHT * layout.lanes as f64;
    let clusters = !visible.clusters.is_empty();
    let axis_height = lanes_bottom + if clusters { CLUSTER_HEIGHT } else { 0.0 };
    // Whole pixels throughout, so that a PNG of it is exactly twice its size (and no float
    // formatting code comes into the wasm).
    let (width, height) = (
        (right - left + 2.0 * PADDING).ceil(),
        (HEADER + axis_height + PADDING).ceil(),
    );
    let x = |at: f64| px(at - left + PADDING);
    let y = |at: f64| px(at + HEADER);
    let (pad, card_width, bottom) = (px(PADDING), px(CARD_WIDTH), y(axis_height));
    let (w, h) = (px(width), px(height));
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"system-ui, sans-serif\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"{PANEL}\"/>\n"
    );
    out += &heading(timeline, pad);
    out += &ticks_and_breaks(layout, &visible, x, (y(0.0), y(18.0), bottom));
    for card in visible.cards.iter().map(|&c| &layout.cards[c]) {
        let (at, bar) = (x(card.x), y(TICKS_HEIGHT + LANE_HEIGHT * card.lane as f64));
        out += &card_of(timeline, shown, layout, card, (at, bar));
    }
    let marker = y(lanes_bottom) + 8;
    for cluster in &layout.clusters[visible.clusters] {
        let (at, count) = (x(cluster.x), cluster.members.len());
        out += &format!(
            "<rect x=\"{at}\" y=\"{marker}\" width=\"{card_width}\" height=\"34\" rx=\"17\" fill=\"{SOFT}\" stroke=\"{ACCENT}\"/>\n\
             <text x=\"{}\" y=\"{}\" font-size=\"13\" font-weight=\"700\" fill=\"{INK}\">{count} events</text>\n",
            at + 14,
            marker + 22,
        );
    }
    out += "</svg>\n";
    (out, width, height)
}

/// The picture's head, `pad` from its left: the article's title, and its source line (the
/// source, the dateline, "Sourceline").
fn heading(timeline: &Timeline, pad: i64) -> String {
    let doc = &timeline.document;
    let mut out = format!(
        "<text x=\"{pad}\" y=\"28\" font-size=\"18\" font-weight=\"700\" fill=\"{INK}\">{}</text>\n",
        escape_xml(&doc.title)
    );
    let dateline = doc.dateline.map(|d| locale::value(&d));
    let source: Vec<&str> = [doc.source.as_deref(), dateline.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    out += &format!(
        "<text x=\"{pad}\" y=\"50\" font-size=\"13\" fill=\"{MUTED}\">{}</text>\n",
        escape_xml(
            &source
                .into_iter()
                .chain(["Sourceline"])
                .collect::<Vec<_>>()
                .join(" · ")
        )
    );
    out
}

/// The ticks and the breaks of the axis `visible` shows, `x` placing them, from `top` to
/// `bottom` with their labels at `labels`: the ticks' lines and labels, then the breaks, a
/// tick's label left out where it would overlap a break or its label or another tick's.
fn ticks_and_breaks(
    layout: &Layout,
    visible: &Visible,
    x: impl Fn(f64) -> i64,
    (top, labels, bottom): (i64, i64, i64),
) -> String {
    // Where the breaks and their labels are, about: no tick's label is drawn over them.
    let mut taken: Vec<(i64, i64)> = Vec::new();
    let mut gaps = String::new();
    for gap in &layout.breaks[visible.breaks.clone()] {
        let (from, width) = (x(gap.x), px(gap.width));
        let centre = x(gap.x + gap.width / 2.0);
        gaps += &format!(
            "<rect x=\"{from}\" y=\"{top}\" width=\"{width}\" height=\"{}\" fill=\"{BREAK}\"/>\n",
            bottom - top
        );
        // A length too long for its break goes on two lines, as on screen, as wide as the
        // break and a little either side, where no tick's label is.
        let label = locale::axis(&gap.label);
        let room = ((width + 16) as f64 / (11.0 * CHAR_WIDTH)) as usize;
        let said = lines(&label, room, 2);
        for (k, line) in said.iter().enumerate() {
            let half = text_width(line, 11.0) / 2 + 2;
            taken.push((centre - half, centre + half));
            gaps += &format!(
                "<text x=\"{centre}\" y=\"{}\" font-size=\"11\" fill=\"{MUTED}\" text-anchor=\"middle\">{}</text>\n",
                labels + 13 * k as i64,
                escape_xml(line),
            );
        }
        taken.push((from, from + width));
    }
    let mut out = String::new();
    for (k, tick) in layout.ticks[visible.ticks.clone()].iter().enumerate() {
        let at = x(tick.x);
        out += &format!(
            "<line x1=\"{at}\" x2=\"{at}\" y1=\"{top}\" y2=\"{bottom}\" stroke=\"{LINE}\"/>\n"
        );
        // The first tick of the picture says its year: the one that said it may be left of it.
        let label = if k == 0 {
            tick.label.with_year()
        } else {
            tick.label
        };
        let label = locale::axis(&label);
        let (from, to) = (at + 4, at + 4 + text_width(&label, 12.0));
        if taken.iter().any(|&(a, b)| from < b && a < to) {
            continue;
        }
        taken.push((from, to));
        out += &format!(
            "<text x=\"{from}\" y=\"{labels}\" font-size=\"12\" fill=\"{MUTED}\">{}</text>\n",
            escape_xml(&label),
        );
    }
    out + &gaps
}

/// A card of `timeline`'s events `shown`, its left edge at `at` and its bar at `bar`: a bar
/// for each of its events, the first one's date, and their titles.
fn card_of(
    timeline: &Timeline,
    shown: &[usize],
    layout: &Layout,
    card: &Card,
    (at, bar): (i64, i64),
) -> String {
    let mut out = String::new();
    for &position in &card.members {
        let bar_width = px(layout.placements[position].width).max(1);
        out += &format!(
            "<rect x=\"{at}\" y=\"{bar}\" width=\"{bar_width}\" height=\"5\" rx=\"2\" fill=\"{ACCENT}\" opacity=\".55\"/>\n"
        );
    }
    let first = &timeline.events[shown[card.members[0]]];
    let (date_y, title_y) = (22, 40);
    out += &format!(
        "<rect x=\"{at}\" y=\"{0}\" width=\"{1}\" height=\"56\" rx=\"4\" fill=\"{PANEL}\" stroke=\"{LINE}\"/>\n\
         <rect x=\"{at}\" y=\"{0}\" width=\"3\" height=\"56\" fill=\"{ACCENT}\"/>\n\
         <text x=\"{2}\" y=\"{3}\" font-size=\"12\" font-weight=\"700\" fill=\"{INK}\">{4}</text>\n",
        bar + 8,
        px(card.width),
        at + 10,
        bar + date_y,
        escape_xml(&locale::event_date(&first.date)),
    );
    let columns = card.columns;
    let column = (card.width + 8.0) / columns as f64 - 8.0;
    // One event's title on the card's lines, as on screen; several events' titles a line
    // each, in rows of its columns.
    let room = title_room(column);
    let titled: Vec<String> = match card.members[..] {
        [only] => lines(&timeline.events[shown[only]].title, room, ROWS),
        _ => card
            .members
            .iter()
            .take(columns * ROWS)
            .flat_map(|&p| lines(&timeline.events[shown[p]].title, room, 1))
            .collect(),
    };
    for (k, line) in titled.iter().enumerate() {
        out += &format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"{INK}\">{}</text>\n",
            at + 10 + px((k % columns) as f64 * (column + 8.0)),
            bar + title_y + 16 * (k / columns) as i64,
            escape_xml(line),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use sourceline_core::Timeline;

    use super::svg;
    use crate::axis::{self, Layout};
    use crate::state::AppState;

    /// Every event of `timeline` shown, laid out at the page's widest.
    fn laid_out(timeline: &Timeline) -> (Vec<usize>, Layout) {
        let shown: Vec<usize> = (0..timeline.events.len()).collect();
        let periods = axis::periods_of(&timeline.events, &shown);
        (shown, axis::layout(&periods, 1158.0, 1.0))
    }

    #[test]
    fn the_picture_holds_the_title_source_and_every_event_on_screen_as_text() {
        let timeline = Rc::clone(&AppState::seed().timeline);
        let (shown, layout) = laid_out(&timeline);
        let (whole, width, height) = svg(&timeline, &shown, &layout, 0.0, layout.width);
        assert!(whole.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assert!(width > layout.width && height > 200.0, "{width} × {height}");
        assert!(whole.contains(
            ">Russia, North Korea upgrade partnership to deepen military and security ties</text>"
        ));
        assert!(
            whole.contains(">The Korea Times · 19 June 2024, 09:20 · Sourceline</text>"),
            "{whole}"
        );
        for label in [
            "1961",
            "July 2000",
            "April 2019",
            "19 June 2024",
            "38 years",
        ] {
            assert!(whole.contains(&format!(">{label}</text>")), "{label}");
        }
        // Titles on their cards' two lines, as on screen.
        for line in [
            "First Putin–Kim Jong-un",
            "summit",
            "comprehensive strategic…",
        ] {
            assert!(whole.contains(&format!(">{line}</text>")), "{line}");
        }
        // As on screen: only what a window of the axis shows.
        let (part, part_width, _) = svg(&timeline, &shown, &layout, 0.0, 300.0);
        assert!(part.contains(">1961</text>") && !part.contains(">19 June 2024</text>"));
        assert_eq!(part_width, 332.0);
    }

    /// The labels of the axis's row (ticks and breaks) as drawn: where each starts and ends,
    /// about, and what it says.
    fn axis_labels(picture: &str) -> Vec<(i64, i64, String)> {
        picture
            .lines()
            .filter(|l| {
                ["82", "95", "108"]
                    .iter()
                    .any(|y| l.contains(&format!("y=\"{y}\"")))
            })
            .filter_map(|l| {
                let number = |name: &str| -> Option<i64> {
                    l.split(&format!(" {name}=\""))
                        .nth(1)?
                        .split('"')
                        .next()?
                        .parse()
                        .ok()
                };
                let text = l.split('>').nth(1)?.split('<').next()?.to_string();
                let (x, size) = (number("x")?, number("font-size")?);
                let width = super::text_width(&text, size as f64);
                let start = if l.contains("middle") {
                    x - width / 2
                } else {
                    x
                };
                Some((start, start + width, text))
            })
            .collect()
    }

    #[test]
    fn a_picture_of_part_of_the_axis_says_the_year_of_its_first_tick_and_no_label_covers_another() {
        let mut timeline = (*AppState::seed().timeline).clone();
        for (event, date) in timeline.events.iter_mut().zip([
            "2023-04",
            "2023-05",
            "2023-06",
            "2023-07",
            "2024-04-10",
            "2024-05",
        ]) {
            event.date = date.parse().unwrap();
        }
        let (shown, layout) = laid_out(&timeline);
        let may = layout
            .ticks
            .iter()
            .find(|t| t.label.english() == "May")
            .unwrap()
            .x;
        let (part, ..) = svg(&timeline, &shown, &layout, may - 2.0, layout.width);
        let mut labels = axis_labels(&part);
        assert_eq!(labels[0].2, "May 2023", "{labels:?}");
        labels.sort_by_key(|l| l.0);
        for pair in labels.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "{pair:?}");
        }
        // A break too narrow for its length says it on two lines.
        let mut deep = (*AppState::seed().timeline).clone();
        deep.events[0].date = "BC9260000000".parse().unwrap();
        let (shown, layout) = laid_out(&deep);
        let (whole, ..) = svg(&deep, &shown, &layout, 0.0, layout.width);
        let labels = axis_labels(&whole);
        assert!(labels.iter().any(|l| l.2 == "years"), "{labels:?}");
    }

    #[test]
    fn text_in_the_picture_is_text_never_markup() {
        let mut timeline = (*AppState::seed().timeline).clone();
        timeline.events[0].title = "<script>alert(1)</script> and more".into();
        let mut document = (*timeline.document).clone();
        document.title = "Treaty & \"alliance\" <b>now</b>".into();
        timeline.document = Rc::new(document);
        let (shown, layout) = laid_out(&timeline);
        let (picture, _, _) = svg(&timeline, &shown, &layout, 0.0, layout.width);
        assert!(!picture.contains("<script>"));
        assert!(picture.contains(">&lt;script&gt;alert(1)&lt;/scrip"));
        assert!(
            picture.contains(">Treaty &amp; &quot;alliance&quot; &lt;b&gt;now&lt;/b&gt;</text>")
        );
    }
}
