//! The timeline as a picture: an SVG document of the axis as the page draws it (ticks,
//! breaks, cards, clusters) for a stretch of it, headed by the article's title and source
//! line. Its text is text, so it can be searched, copied and read aloud; the page saves it
//! as it is, or as a PNG drawn from it (`browser::save_png`).

use sourceline_core::text::html::escape_xml;
use sourceline_core::Timeline;

use crate::axis::{px, Layout, CARD_WIDTH, CLUSTER_HEIGHT, LANE_HEIGHT, ROWS, TICKS_HEIGHT};
use crate::locale;

/// Room above the axis for the title and the source line, and around the picture.
const HEADER: f64 = 64.0;
const PADDING: f64 = 16.0;
/// Most characters of a title a card as wide as [`CARD_WIDTH`] holds on its one line.
const TITLE_CHARS: usize = 24;
/// The picture's colours: the light theme's (styles/app.css), whatever the theme on screen.
const INK: &str = "#1d2330";
const MUTED: &str = "#5b6475";
const LINE: &str = "#d9dde5";
const PANEL: &str = "#ffffff";
const ACCENT: &str = "#1f5fbf";
const SOFT: &str = "#e3ecfb";
const BREAK: &str = "#eef0f4";

/// A title cut to what a card's column `width` wide shows on one line.
fn shortened(title: &str, width: f64) -> String {
    let most = (TITLE_CHARS as f64 * width / CARD_WIDTH) as usize;
    if title.chars().count() <= most {
        return title.to_string();
    }
    let cut: String = title.chars().take(most.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
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
    let (pad, card, bottom) = (px(PADDING), px(CARD_WIDTH), y(axis_height));
    let (w, h) = (px(width), px(height));
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"system-ui, sans-serif\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"{PANEL}\"/>\n"
    );
    let doc = &timeline.document;
    out += &format!(
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
    let (top, labels) = (y(0.0), y(18.0));
    for tick in &layout.ticks[visible.ticks] {
        let at = x(tick.x);
        out += &format!(
            "<line x1=\"{at}\" x2=\"{at}\" y1=\"{top}\" y2=\"{bottom}\" stroke=\"{LINE}\"/>\n\
             <text x=\"{}\" y=\"{labels}\" font-size=\"12\" fill=\"{MUTED}\">{}</text>\n",
            at + 4,
            escape_xml(&locale::axis(&tick.label)),
        );
    }
    for gap in &layout.breaks[visible.breaks] {
        out += &format!(
            "<rect x=\"{}\" y=\"{top}\" width=\"{}\" height=\"{}\" fill=\"{BREAK}\"/>\n\
             <text x=\"{}\" y=\"{labels}\" font-size=\"11\" fill=\"{MUTED}\" text-anchor=\"middle\">{}</text>\n",
            x(gap.x),
            px(gap.width),
            bottom - top,
            x(gap.x + gap.width / 2.0),
            escape_xml(&locale::axis(&gap.label)),
        );
    }
    for card in visible.cards.iter().map(|&c| &layout.cards[c]) {
        let (at, bar) = (x(card.x), y(TICKS_HEIGHT + LANE_HEIGHT * card.lane as f64));
        for &position in &card.members {
            let bar_width = px(layout.placements[position].width).max(1);
            out += &format!(
                "<rect x=\"{at}\" y=\"{bar}\" width=\"{bar_width}\" height=\"5\" rx=\"2\" fill=\"{ACCENT}\" opacity=\".55\"/>\n"
            );
        }
        let first = &timeline.events[shown[card.members[0]]];
        // A card of several events lists their titles a line each, in rows of its columns.
        let (listed, rows) = (
            card.members.len(),
            if card.members.len() == 1 { 1 } else { ROWS },
        );
        let (date_y, title_y) = if listed == 1 { (28, 48) } else { (22, 40) };
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
        for (k, &position) in card.members.iter().take(columns * rows).enumerate() {
            let title = &timeline.events[shown[position]].title;
            out += &format!(
                "<text x=\"{}\" y=\"{}\" font-size=\"13\" fill=\"{INK}\">{}</text>\n",
                at + 10 + px((k % columns) as f64 * (column + 8.0)),
                bar + title_y + 16 * (k / columns) as i64,
                escape_xml(&shortened(title, column)),
            );
        }
    }
    let marker = y(lanes_bottom) + 8;
    for cluster in &layout.clusters[visible.clusters] {
        let (at, count) = (x(cluster.x), cluster.members.len());
        out += &format!(
            "<rect x=\"{at}\" y=\"{marker}\" width=\"{card}\" height=\"34\" rx=\"17\" fill=\"{SOFT}\" stroke=\"{ACCENT}\"/>\n\
             <text x=\"{}\" y=\"{}\" font-size=\"13\" font-weight=\"700\" fill=\"{INK}\">{count} events</text>\n",
            at + 14,
            marker + 22,
        );
    }
    out += "</svg>\n";
    (out, width, height)
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
        assert!(
            whole.contains(">First Putin–Kim Jong-un…</text>"),
            "titles cut to one line"
        );
        // As on screen: only what a window of the axis shows.
        let (part, part_width, _) = svg(&timeline, &shown, &layout, 0.0, 300.0);
        assert!(part.contains(">1961</text>") && !part.contains(">19 June 2024</text>"));
        assert_eq!(part_width, 332.0);
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
        assert!(picture.contains(">&lt;script&gt;alert(1)&lt;/scrip…</text>"));
        assert!(
            picture.contains(">Treaty &amp; &quot;alliance&quot; &lt;b&gt;now&lt;/b&gt;</text>")
        );
    }
}
