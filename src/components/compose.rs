use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use sourceline_core::TimeValue;
use yew::prelude::*;

use crate::build::Draft;
use crate::storage;

/// The longest file put in "Article text" when opened, in bytes.
const LONGEST_IN_BOX: usize = 1_000_000;

/// The drafts of this form kept across a reload (see [`storage::draft`]).
const ARTICLE_DRAFT: &str = "article";
const PUBLISHED_DRAFT: &str = "published";

/// A file the reader opened or dropped: its name and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedFile {
    pub name: String,
    pub text: String,
}

/// What the reader is told when the file `name` cannot be opened, and `why`.
pub fn not_opened(name: &str, why: &str) -> String {
    format!("The file \"{name}\" was not opened: {why}. The timeline on screen stays.")
}

/// What the reader is told when `what` (the file "taylor.json") was opened without parts of
/// it that could not be read, said by `left_out`.
pub fn opened_in_part(what: &str, left_out: &str) -> String {
    format!("{what} was opened without what could not be read: {left_out}.")
}

#[derive(Properties, PartialEq)]
pub struct ComposeProps {
    pub onbuild: Callback<Draft>,
    /// A timeline file (`.json`) was opened.
    pub onopentimeline: Callback<OpenedFile>,
    /// A file that is no article nor timeline (empty, or not text) was opened.
    pub onproblem: Callback<String>,
}

/// Keeps what is typed in the article's box (`text`) and the `published` field as drafts: they
/// come back after a reload, and are kept when the page is left and shortly after each pause
/// in typing (a long text is not written out at every keystroke). The callbacks for the box's
/// input and the field's change.
#[hook]
fn use_drafts(text: &NodeRef, published: &NodeRef) -> (Callback<InputEvent>, Callback<Event>) {
    let keep_drafts = {
        let (text, published) = (text.clone(), published.clone());
        move || {
            if let Some(area) = text.cast::<web_sys::HtmlTextAreaElement>() {
                storage::keep_draft(ARTICLE_DRAFT, &area.value());
            }
            if let Some(input) = published.cast::<web_sys::HtmlInputElement>() {
                storage::keep_draft(PUBLISHED_DRAFT, &input.value());
            }
        }
    };
    {
        let (text, published) = (text.clone(), published.clone());
        let keep_drafts = keep_drafts.clone();
        use_effect_with((), move |_| {
            let article = storage::draft(ARTICLE_DRAFT).filter(|a| !a.trim().is_empty());
            if let (Some(article), Some(area)) =
                (article, text.cast::<web_sys::HtmlTextAreaElement>())
            {
                area.set_value(&article);
            }
            if let (Some(date), Some(input)) = (
                storage::draft(PUBLISHED_DRAFT),
                published.cast::<web_sys::HtmlInputElement>(),
            ) {
                input.set_value(&date);
            }
            let onleave =
                EventListener::new(&gloo::utils::window(), "pagehide", move |_| keep_drafts());
            move || drop(onleave)
        });
    }
    let pending = use_mut_ref(|| None::<Timeout>);
    let oninput = {
        let keep_drafts = keep_drafts.clone();
        Callback::from(move |_: InputEvent| {
            *pending.borrow_mut() = Some(Timeout::new(500, keep_drafts.clone()));
        })
    };
    let onpublished = Callback::from(move |_: Event| keep_drafts());
    (oninput, onpublished)
}

/// "Your own article": paste a text or open a file (an article in text, Markdown or HTML, or a
/// timeline), say when it was published, build its timeline. The text stays in the box after
/// building, and through a reload, so nothing typed is lost; a long file is built without
/// taking its place.
#[component]
pub fn ComposeForm(props: &ComposeProps) -> Html {
    let text = use_node_ref();
    let published = use_node_ref();
    let (oninput, onpublished) = use_drafts(&text, &published);
    // The reading in progress; dropping it would cancel it.
    let reading = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    let published_date = {
        let published = published.clone();
        move || {
            let value = published.cast::<web_sys::HtmlInputElement>()?.value();
            value.parse::<TimeValue>().ok()?.date()
        }
    };
    // An article file goes into the box and is built at once; a timeline file is opened.
    let open = {
        let (text, onbuild) = (text.clone(), props.onbuild.clone());
        let onopentimeline = props.onopentimeline.clone();
        let onproblem = props.onproblem.clone();
        let published_date = published_date.clone();
        Rc::new(move |file: web_sys::File| {
            let file = gloo::file::File::from(file);
            let name = file.name();
            let (text, onbuild, onopentimeline, onproblem) = (
                text.clone(),
                onbuild.clone(),
                onopentimeline.clone(),
                onproblem.clone(),
            );
            let published = published_date();
            let reader = gloo::file::callbacks::read_as_text(&file, move |read| {
                take_file(
                    name,
                    read,
                    published,
                    &text,
                    &onbuild,
                    &onopentimeline,
                    &onproblem,
                );
            });
            *reading.borrow_mut() = Some(reader);
        })
    };
    let onchange = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                open(file);
            }
            input.set_value("");
        })
    };
    let ondrop = Callback::from(move |e: DragEvent| {
        if let Some(file) = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0))
        {
            e.prevent_default();
            open(file);
        }
    });
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let onsubmit = {
        let text = text.clone();
        let onbuild = props.onbuild.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let (text, onbuild, published) = (text.clone(), onbuild.clone(), published_date());
            // Copying a long text out of the box takes a while: it is a task of its own, after
            // the press is drawn and before the build starts, so that the page stays responsive.
            Timeout::new(0, move || {
                let text = text
                    .cast::<web_sys::HtmlTextAreaElement>()
                    .map(|t| t.value())
                    .unwrap_or_default();
                Timeout::new(0, move || {
                    onbuild.emit(Draft {
                        text,
                        published,
                        file: None,
                    })
                })
                .forget();
            })
            .forget();
        })
    };
    html! {
        <details class="compose">
            <summary>{ "Your own article" }</summary>
            <form {onsubmit} {ondrop} {ondragover}>
                <label for="article-text">{ "Article text" }</label>
                <textarea id="article-text" ref={text} rows="10" spellcheck="false" {oninput}
                    placeholder="Paste a news article: headline, date line, then the text." />
                <div class="compose-actions">
                    <label for="published">{ "Published" }</label>
                    <input id="published" type="date" ref={published} onchange={onpublished} />
                    <span class="hint">{ "dates the text; left empty, its own date line does" }</span>
                    <label class="open-file">
                        { "Open a file" }
                        <input type="file" accept=".txt,.md,.html,.htm,.json,text/plain,text/markdown,text/html,application/json" {onchange} />
                    </label>
                    <button type="submit" class="primary">{ "Build timeline" }</button>
                </div>
            </form>
        </details>
    }
}

/// A file read as text: a timeline file (`.json`) is opened; an article (text, Markdown or
/// HTML) goes into the box `text`, unless too long to lay out there, and is built as
/// published on `published`; a file that is neither is explained.
fn take_file(
    name: String,
    read: Result<String, gloo::file::FileReadError>,
    published: Option<chrono::NaiveDate>,
    text: &NodeRef,
    onbuild: &Callback<Draft>,
    onopentimeline: &Callback<OpenedFile>,
    onproblem: &Callback<String>,
) {
    let checked = read
        .map_err(|e| format!("it could not be read ({e})"))
        .and_then(
            |contents| match sourceline_core::doc::check_text(&contents) {
                Ok(()) => Ok(contents),
                Err(why) => Err(why.to_string()),
            },
        );
    let contents = match checked {
        Ok(contents) => contents,
        Err(why) => return onproblem.emit(not_opened(&name, &why)),
    };
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".json") {
        onopentimeline.emit(OpenedFile {
            name,
            text: contents,
        });
        return;
    }
    let contents = if lower.ends_with(".html") || lower.ends_with(".htm") {
        crate::browser::readable_text(&contents).unwrap_or_default()
    } else {
        contents
    };
    // A box holding a long text takes seconds to lay out (about half a second a
    // megabyte): a long file is built without being put in it, and the box keeps
    // what it had.
    if contents.len() <= LONGEST_IN_BOX {
        if let Some(area) = text.cast::<web_sys::HtmlTextAreaElement>() {
            area.set_value(&contents);
        }
    }
    onbuild.emit(Draft {
        text: contents,
        published,
        file: Some(name),
    });
}
