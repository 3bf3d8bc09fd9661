use yew::prelude::*;

use crate::storage::Saved;

/// The timelines kept in this browser, to reopen or delete. A function drawn with the page, not
/// a component of its own: a component's machinery would cost the page's wasm more than
/// redrawing these few nodes.
pub fn library(saved: &[Saved], onopen: &Callback<String>, ondelete: &Callback<String>) -> Html {
    let rows = saved.iter().map(|saved| {
        let open = onopen.reform({
            let key = saved.key.clone();
            move |_: MouseEvent| key.clone()
        });
        let delete = ondelete.reform({
            let key = saved.key.clone();
            move |_: MouseEvent| key.clone()
        });
        let events = match saved.events {
            1 => "1 event".to_string(),
            n => format!("{n} events"),
        };
        html! {
            <li>
                <button type="button" class="link" dir="auto" onclick={open}>{ &saved.title }</button>
                <span class="hint">{ events }</span>
                <button type="button" class="link" aria-label={format!("Delete \"{}\" from the Library", saved.title)}
                    onclick={delete}>{ "Delete" }</button>
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
        </details>
    }
}
