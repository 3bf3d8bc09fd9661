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

/// The themes the page around an embed can choose (`?theme=`), with their names in the dialog:
/// a story page is most often white, so light comes first.
const THEMES: [(&str, &str); 3] = [
    ("light", "Light"),
    ("dark", "Dark"),
    ("auto", "As the reader's system"),
];

/// The code that embeds the page at `address` (with `?embed` and any `#event=`) in `theme`:
/// the frame, and a script that makes it as tall as the page in it says it is
/// (`sourceline:height`), so that nothing scrolls inside it.
fn embed_code(address: &str, title: &str, theme: &str) -> String {
    let (page, event) = address.split_once('#').unwrap_or((address, ""));
    let joiner = if page.contains('?') { '&' } else { '?' };
    let hash = if event.is_empty() { "" } else { "#" };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"640\" style=\"border: 0; display: block\" loading=\"lazy\" data-sourceline></iframe>\n\
         <script>addEventListener(\"message\", function (e) {{ document.querySelectorAll(\"iframe[data-sourceline]\").forEach(function (frame) {{ \
         if (e.source === frame.contentWindow && e.data && e.data.type === \"sourceline:height\") frame.style.height = e.data.height + \"px\"; }}); }});</script>",
        escape_xml(&format!("{page}{joiner}theme={theme}{hash}{event}")),
        escape_xml(&format!("Timeline: {title}")),
    )
}

#[component]
pub fn EmbedButton(props: &EmbedProps) -> Html {
    let dialog = use_node_ref();
    // Read when the dialog opens: the address then holds the selected event.
    let address = use_state(String::new);
    let theme = use_state(|| THEMES[0].0);
    let copied = use_state(String::new);
    let code = embed_code(&address, &props.title, &theme);
    let onopen = {
        let (dialog, address, copied) = (dialog.clone(), address.clone(), copied.clone());
        Callback::from(move |_: MouseEvent| {
            address.set(browser::page_address(true).unwrap_or_default());
            copied.set(String::new());
            browser::show_dialog(&dialog);
        })
    };
    let ontheme = {
        let (theme, copied) = (theme.clone(), copied.clone());
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let chosen = THEMES.iter().find(|(name, _)| *name == select.value());
            theme.set(chosen.map_or(THEMES[0].0, |(name, _)| name));
            copied.set(String::new());
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
                <p>{ "Paste this code into a page to show the timeline there, opened at the selected event, without the editor or the Library. The frame grows to the height of what it shows, so nothing scrolls inside it. Selecting an event in it tells the page (a message of type \"sourceline:select\" with the event's id and date)." }</p>
                <p>
                    <label for="embed-theme">{ "Theme" }</label>{ " " }
                    <select id="embed-theme" onchange={ontheme}>
                        { for THEMES.iter().map(|(name, label)| html! {
                            <option value={*name} selected={*name == *theme}>{ *label }</option>
                        }) }
                    </select>
                </p>
                <label for="embed-code">{ "Embed code" }</label>
                <textarea id="embed-code" readonly=true rows="6" value={code} />
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
    fn the_code_frames_the_address_in_a_theme_with_the_title_written_as_text() {
        let code = embed_code(
            "https://example.org/t/index.html?timeline=bridge.json&embed=#event=reopening",
            "Bridge \"reopens\" <soon> & more",
            "dark",
        );
        let (frame, script) = code.split_once('\n').unwrap();
        assert_eq!(
            frame,
            "<iframe src=\"https://example.org/t/index.html?timeline=bridge.json&amp;embed=&amp;theme=dark#event=reopening\" \
             title=\"Timeline: Bridge &quot;reopens&quot; &lt;soon&gt; &amp; more\" width=\"100%\" height=\"640\" \
             style=\"border: 0; display: block\" loading=\"lazy\" data-sourceline></iframe>"
        );
        assert!(script.starts_with("<script>") && script.contains("sourceline:height"));
        assert!(embed_code("https://example.org/?embed=", "T", "auto")
            .starts_with("<iframe src=\"https://example.org/?embed=&amp;theme=auto\""));
    }
}
