use yew::prelude::*;

use crate::storage::Saved;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub saved: Vec<Saved>,
    pub onopen: Callback<String>,
    pub ondelete: Callback<String>,
}

/// The timelines kept in this browser, to reopen or delete.
#[component]
pub fn Library(props: &LibraryProps) -> Html {
    let rows = props.saved.iter().map(|saved| {
        let open = props.onopen.reform({
            let key = saved.key.clone();
            move |_: MouseEvent| key.clone()
        });
        let delete = props.ondelete.reform({
            let key = saved.key.clone();
            move |_: MouseEvent| key.clone()
        });
        let events = match saved.events {
            1 => "1 event".to_string(),
            n => format!("{n} events"),
        };
        html! {
            <li>
                <button type="button" class="link" onclick={open}>{ &saved.title }</button>
                <span class="hint">{ events }</span>
                <button type="button" class="link" aria-label={format!("Delete \"{}\" from the Library", saved.title)}
                    onclick={delete}>{ "Delete" }</button>
            </li>
        }
    });
    html! {
        <details class="library">
            <summary>{ format!("Library ({})", props.saved.len()) }</summary>
            if props.saved.is_empty() {
                <p class="hint">{ "Timelines you build, open or edit are kept here, in this browser only." }</p>
            } else {
                <ul aria-label="Saved timelines">{ for rows }</ul>
            }
        </details>
    }
}
