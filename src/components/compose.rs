use chrono::NaiveDate;
use sourceline_core::TimeValue;
use yew::prelude::*;

/// A pasted article and the date it was published, if the reader gave one.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub text: String,
    pub published: Option<NaiveDate>,
}

#[derive(Properties, PartialEq)]
pub struct ComposeProps {
    pub onbuild: Callback<Draft>,
}

/// "Your own article": paste a text, say when it was published, build its timeline. The text
/// stays in the box after building, so nothing typed is lost.
#[component]
pub fn ComposeForm(props: &ComposeProps) -> Html {
    let text = use_node_ref();
    let published = use_node_ref();
    let onsubmit = {
        let (text, published) = (text.clone(), published.clone());
        let onbuild = props.onbuild.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let value =
                |node: &NodeRef| node.cast::<web_sys::HtmlInputElement>().map(|i| i.value());
            let text = text
                .cast::<web_sys::HtmlTextAreaElement>()
                .map(|t| t.value())
                .unwrap_or_default();
            let published = value(&published).and_then(|d| d.parse::<TimeValue>().ok()?.date());
            onbuild.emit(Draft { text, published });
        })
    };
    html! {
        <details class="compose">
            <summary>{ "Your own article" }</summary>
            <form {onsubmit}>
                <label for="article-text">{ "Article text" }</label>
                <textarea id="article-text" ref={text} rows="10" spellcheck="false"
                    placeholder="Paste a news article: headline, date line, then the text." />
                <div class="compose-actions">
                    <label for="published">{ "Published" }</label>
                    <input id="published" type="date" ref={published} />
                    <span class="hint">{ "used when the text has no date line of its own" }</span>
                    <button type="submit" class="primary">{ "Build timeline" }</button>
                </div>
            </form>
        </details>
    }
}
