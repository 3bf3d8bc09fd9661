//! "Embed": the `<iframe>` code that shows the hosted timeline on another page, opened at the
//! selected event, as the compact reader (`?embed`).

use sourceline_core::text::html::escape_xml;
use yew::prelude::*;

use crate::browser;

#[derive(Properties, PartialEq)]
pub struct EmbedProps {
    /// The article's title, which names the frame for assistive technology.
    pub title: String,
}

/// The code that embeds the page at `address` (with `?embed` and any `#event=`).
fn embed_code(address: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" style=\"border: 0\" loading=\"lazy\"></iframe>",
        escape_xml(address),
        escape_xml(&format!("Timeline: {title}")),
    )
}

#[component]
pub fn EmbedButton(props: &EmbedProps) -> Html {
    let dialog = use_node_ref();
    // Written when the dialog opens: the address then holds the selected event.
    let code = use_state(String::new);
    let copied = use_state(String::new);
    let onopen = {
        let (dialog, code, copied, title) = (
            dialog.clone(),
            code.clone(),
            copied.clone(),
            props.title.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            if let Some(address) = browser::page_address(true) {
                code.set(embed_code(&address, &title));
            }
            copied.set(String::new());
            browser::show_dialog(&dialog);
        })
    };
    let oncopy = {
        let (code, copied) = (code.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            let (code, copied) = (code.clone(), copied.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copied.set(match browser::copy_text(&code).await {
                    Ok(()) => "Code copied.".to_string(),
                    Err(why) => format!("The code was not copied: {why}."),
                });
            });
        })
    };
    let onclose = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| browser::close_dialog(&dialog))
    };
    html! {
        <>
            <button type="button" class="secondary" aria-haspopup="dialog" onclick={onopen}
                title="Code to show this timeline, at the selected event, on another page">{ "Embed" }</button>
            <dialog class="embed" ref={dialog} aria-labelledby="embed-title">
                <h2 id="embed-title">{ "Embed this timeline" }</h2>
                <p>{ "Paste this code into a page to show the timeline there, opened at the selected event, without the editor or the Library. Selecting an event in it tells the page (a message of type \"sourceline:select\" with the event's id and date)." }</p>
                <label for="embed-code">{ "Embed code" }</label>
                <textarea id="embed-code" readonly=true rows="4" value={(*code).clone()} />
                <div class="actions">
                    <button type="button" class="secondary" onclick={oncopy}>{ "Copy code" }</button>
                    <button type="button" class="secondary" onclick={onclose}>{ "Close" }</button>
                    <span class="status" aria-live="polite">{ (*copied).clone() }</span>
                </div>
            </dialog>
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::embed_code;

    #[test]
    fn the_code_frames_the_address_with_the_title_written_as_text() {
        let code = embed_code(
            "https://example.org/t/index.html?timeline=bridge.json&embed=#event=reopening",
            "Bridge \"reopens\" <soon> & more",
        );
        assert_eq!(
            code,
            "<iframe src=\"https://example.org/t/index.html?timeline=bridge.json&amp;embed=#event=reopening\" \
             title=\"Timeline: Bridge &quot;reopens&quot; &lt;soon&gt; &amp; more\" width=\"100%\" height=\"640\" \
             style=\"border: 0\" loading=\"lazy\"></iframe>"
        );
    }
}
