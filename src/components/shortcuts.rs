//! The list of every key the page answers to: `?` or the Keys button opens it.

use yew::prelude::*;

use crate::browser;

/// Every key, as the reader presses it, and what it does. The timeline's keys act where an
/// event has focus (`components::timeline`); the others anywhere but a text field (`app`).
const KEYS: &[(&str, &str)] = &[
    ("← → ↑ ↓", "The previous or next event, in the timeline"),
    ("Home, End", "The first or last event"),
    (
        "Enter, Space",
        "Select the event in focus, or clear it when it is selected",
    ),
    ("+, -", "Zoom in or out around the event in focus"),
    ("0", "The whole timeline"),
    ("Escape", "Clear the selection, or close this list"),
    ("Ctrl+Z, ⌘Z", "Undo the last edit"),
    ("Shift+Ctrl+Z, ⇧⌘Z, Ctrl+Y", "Redo it"),
    ("?", "This list"),
];

#[component]
pub fn ShortcutsHelp() -> Html {
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            let onkey = browser::on_page_key(move |e| {
                if e.key() == "?" && !(e.ctrl_key() || e.meta_key()) {
                    e.prevent_default();
                    browser::show_dialog(&dialog);
                }
            });
            move || drop(onkey)
        });
    }
    let onopen = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| browser::show_dialog(&dialog))
    };
    let onclose = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| browser::close_dialog(&dialog))
    };
    let rows = KEYS.iter().map(|(keys, what)| {
        html! { <><dt><kbd>{ *keys }</kbd></dt><dd>{ *what }</dd></> }
    });
    html! {
        <>
            <button type="button" class="secondary keys" aria-haspopup="dialog" onclick={onopen}
                title="Keyboard shortcuts (?)">{ "Keys" }</button>
            <dialog class="shortcuts" ref={dialog} aria-labelledby="shortcuts-title">
                <h2 id="shortcuts-title">{ "Keyboard shortcuts" }</h2>
                <dl>{ for rows }</dl>
                <button type="button" class="secondary" onclick={onclose}>{ "Close" }</button>
            </dialog>
        </>
    }
}
