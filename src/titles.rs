//! What the page says of itself: its tagline, and the title and description tabs, bookmarks
//! and shared links show for the timeline on screen.

use sourceline_core::Timeline;

/// What the page says of itself: its tagline, and its description when it shows no titled
/// article (`index.html` says it too).
pub const DESCRIPTION: &str =
    "The chronology of a news article, every event linked to the sentences that state it.";

/// The page's title and description for `timeline` on screen, as tabs, bookmarks and
/// shared links show them.
pub fn page_title_and_description(timeline: &Timeline) -> (String, String) {
    let title = timeline.document.title.trim();
    if title.is_empty() {
        return ("Sourceline".into(), DESCRIPTION.into());
    }
    let events = match timeline.events.len() {
        1 => "One event".to_string(),
        n => format!("{n} events"),
    };
    (
        format!("{title} · Sourceline"),
        format!(
            "{events} from \u{201c}{title}\u{201d}, each linked to the sentences that state it."
        ),
    )
}

#[cfg(test)]
mod tests {
    use sourceline_core::Document;

    use super::*;
    use crate::state::AppState;

    #[test]
    fn the_page_is_titled_and_described_by_the_article_on_screen() {
        let (title, description) = page_title_and_description(&AppState::seed().timeline);
        assert!(
            title.starts_with("Russia, North Korea upgrade partnership"),
            "{title}"
        );
        assert!(title.ends_with(" · Sourceline"));
        assert!(
            description.starts_with("6 events from \u{201c}Russia, North Korea"),
            "{description}"
        );
        let untitled = Timeline::new(Document::new("  ", "Nothing dated here.", None), Vec::new());
        assert_eq!(page_title_and_description(&untitled).0, "Sourceline");
    }
}
