use sourceline_core::TimeValue;
use yew::prelude::*;

use crate::locale;
use crate::storage::Saved;

/// What a kept timeline is, beside its title, so that two builds of one article can be told
/// apart: "The Korea Times · built 28 November 2026 · 6 events, 2 curated · changed 28 November
/// 2026, 14:05".
pub fn described(saved: &Saved) -> String {
    let events = match (saved.events, saved.curated) {
        (1, 1) => "1 event, curated".to_string(),
        (1, _) => "1 event".to_string(),
        (n, 0) => format!("{n} events"),
        (n, curated) => format!("{n} events, {curated} curated"),
    };
    let built = saved.built.map(|at| {
        format!(
            "built {}",
            locale::value(&at.date().map_or(at, TimeValue::Day))
        )
    });
    let changed = saved
        .changed
        .map(|at| format!("changed {}", locale::value(&at)));
    [saved.source.clone(), built, Some(events), changed]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The timelines kept in this browser, to reopen or delete, and those deleted in this session,
/// to restore. A function drawn with the page, not a component of its own: a component's
/// machinery would cost the page's wasm more than redrawing these few nodes.
pub fn library(
    saved: &[Saved],
    deleted: &[Saved],
    onopen: &Callback<String>,
    ondelete: &Callback<String>,
    onrestore: &Callback<String>,
) -> Html {
    let pressed = |callback: &Callback<String>, key: &str| {
        let key = key.to_string();
        callback.reform(move |_: MouseEvent| key.clone())
    };
    let rows = saved.iter().map(|saved| {
        html! {
            <li>
                <button type="button" class="link" dir="auto" onclick={pressed(onopen, &saved.key)}>{ &saved.title }</button>
                <span class="hint">{ described(saved) }</span>
                <button type="button" class="link" aria-label={format!("Delete \"{}\" from the Library", saved.title)}
                    onclick={pressed(ondelete, &saved.key)}>{ "Delete" }</button>
            </li>
        }
    });
    let gone = deleted.iter().map(|saved| {
        html! {
            <li>
                <span dir="auto">{ &saved.title }</span>
                <span class="hint">{ described(saved) }</span>
                <button type="button" class="link" aria-label={format!("Restore \"{}\" to the Library", saved.title)}
                    onclick={pressed(onrestore, &saved.key)}>{ "Restore" }</button>
            </li>
        }
    });
    html! {
        <details class="library">
            <summary>{ format!("Library ({})", saved.len()) }</summary>
            if saved.is_empty() {
                <p class="hint">{ "Timelines you build, open or edit are kept here, in this browser only." }</p>
            } else {
                <ul aria-label="Saved timelines">{ for rows }</ul>
            }
            if !deleted.is_empty() {
                <ul class="deleted" aria-label="Deleted in this session">{ for gone }</ul>
            }
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_says_its_source_when_it_was_built_its_events_and_its_last_change() {
        let saved = Saved {
            key: "k".into(),
            title: "Harbor bridge".into(),
            events: 6,
            source: Some("The Daily Example".into()),
            curated: 2,
            article: None,
            built: "2026-11-28T09:30".parse().ok(),
            changed: "2026-11-28T14:05".parse().ok(),
        };
        assert_eq!(
            described(&saved),
            "The Daily Example · built 28 November 2026 · 6 events, 2 curated · changed 28 November 2026, 14:05"
        );
        let older = Saved {
            source: None,
            curated: 0,
            built: None,
            changed: None,
            ..saved
        };
        assert_eq!(described(&older), "6 events");
    }
}
