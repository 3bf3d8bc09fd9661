//! The root component: wires the state to the timeline, the article and the URL.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use sourceline_core::doc::PartReader;
use sourceline_core::{Span, TimeValue, Timeline};
use yew::prelude::*;

use crate::browser::{self, Arrival};
use crate::build;
use crate::components::use_printing;
use crate::components::{
    library, not_opened, opened_in_part, problem_banner, ArticleView, ComposeForm, EmbedButton,
    EventEditor, OpenedFile, PrintedTimeline, ShortcutsHelp, ThemeMenu, TimelineView,
};
use crate::extraction::{self, Conversion};
use crate::files::{self, Export, Opened};
use crate::hooks::{use_app_state, use_build, use_library, use_page_effects};
use crate::recovery;
use crate::state::{Action, AppState};
use crate::storage;
use crate::titles::{self, DESCRIPTION};

/// Reads a timeline file, ours or TimelineJS's (which the worker reads, with what of it can
/// be read: what was left out is said for the reader).
///
/// # Errors
/// Why the file cannot be read, for the reader.
async fn open_timeline(json: String) -> Result<(Timeline, Option<String>), String> {
    match files::read_timeline(&json).map_err(|e| e.to_string())? {
        Opened::Ours(timeline) => Ok((timeline, None)),
        Opened::TimelineJs => {
            let answer = extraction::convert_in_worker(&Conversion::Import(json)).await?;
            extraction::imported(&answer)
        }
    }
}

/// How long the page reads a hosted file, or waits for it, before it lets the browser draw and
/// answer the reader; the first events of a file still arriving are shown then.
const SLICE_MS: f64 = 20.0;

/// Reads the `?timeline=` file at `url` as it arrives: what has arrived is taken first, and
/// read while more is on its way (bytes that keep coming are taken and read by turns). A file still arriving when a slice is over shows its first
/// events ([`show_first`], and `shown` is set) and then the whole (`Action::Arrived`); one
/// that has all arrived before any of it was read is read whole (`Timeline::from_json`).
/// Ends in the whole timeline, what of it was left out, and the site it came from.
///
/// # Errors
/// Why the file was not loaded, for the reader.
async fn read_hosted(
    url: &str,
    dispatch: &Callback<Action>,
    shown: &mut bool,
) -> Result<(Timeline, Option<String>, Option<String>), String> {
    let mut download = browser::fetch_hosted(url).await?;
    let from = download.from.clone();
    let mut reader = PartReader::with_length(download.length);
    let mut slice = js_sys::Date::now();
    // Whether bytes that have arrived wait to be read.
    let mut unread = false;
    loop {
        let left = (slice + SLICE_MS - js_sys::Date::now()).max(0.0) as i32;
        let within = match (unread, *shown) {
            (true, _) => Some(0),
            (false, false) => Some(left),
            (false, true) => None,
        };
        match download.next(within).await? {
            Arrival::Done => break,
            Arrival::Bytes(bytes) => {
                reader.push(&bytes);
                unread = true;
                // Bytes that keep coming are taken for a slice, then read for one.
                if js_sys::Date::now() - slice <= SLICE_MS || download.arrived() {
                    continue;
                }
            }
            // All there but its end: the whole is read at once.
            Arrival::Waiting if download.arrived() => {
                unread = false;
                continue;
            }
            Arrival::Waiting => {}
        }
        // Read to the slice's end, or for a slice of its own when taking bytes used this one.
        unread = read_slice(&mut reader, js_sys::Date::now().min(slice + SLICE_MS));
        if js_sys::Date::now() - slice > SLICE_MS {
            if !download.arrived() {
                show_first(&reader, dispatch, &from, shown);
            }
            browser::next_task().await;
            slice = js_sys::Date::now();
        }
    }
    drop(download);
    // Every byte has arrived. Once the first events are shown, the rest is read in slices;
    // before, the reader reads it at once (a file none of which was read yet, as a whole).
    while *shown && read_slice(&mut reader, slice) {
        browser::next_task().await;
        slice = js_sys::Date::now();
    }
    let (timeline, left_out) = match reader.finish() {
        Ok(timeline) => (timeline, None),
        Err(text) => open_timeline(text)
            .await
            .map_err(|e| format!("it could not be read: {e}"))?,
    };
    Ok((timeline, left_out, from))
}

/// Reads parts of the file until [`SLICE_MS`] after `slice`; whether parts are left to read.
fn read_slice(reader: &mut PartReader, slice: f64) -> bool {
    while reader.read(64) > 0 {
        if js_sys::Date::now() - slice > SLICE_MS {
            return true;
        }
    }
    false
}

/// Shows the events of the hosted file read so far, once, and says that the rest is on its way.
fn show_first(
    reader: &PartReader,
    dispatch: &Callback<Action>,
    from: &Option<String>,
    shown: &mut bool,
) {
    if *shown {
        return;
    }
    let Some(first) = reader.so_far().filter(|t| !t.events.is_empty()) else {
        return;
    };
    let count = first.events.len();
    dispatch.emit(Action::Host(Rc::new(first), from.clone()));
    dispatch.emit(Action::Notice(format!(
        "The first {count} events are shown; the rest of the timeline is on its way."
    )));
    *shown = true;
}

/// Loads the `?timeline=` file, or else the timeline the reader last worked on, if any; then
/// selects the `#event=` of the URL.
async fn load_from_url(dispatch: Callback<Action>) {
    if let Some(url) = browser::timeline_in_url() {
        let mut shown = false;
        match read_hosted(&url, &dispatch, &mut shown).await {
            Ok((timeline, left_out, from)) => {
                let timeline = Rc::new(timeline);
                if shown {
                    // Drawn in a task of its own, after the task that read the last events.
                    browser::next_task().await;
                    dispatch.emit(Action::Arrived(timeline));
                } else {
                    dispatch.emit(Action::Host(timeline, from));
                }
                if let Some(left_out) = left_out {
                    let what = format!("The timeline \"{url}\"");
                    dispatch.emit(Action::Problem(opened_in_part(&what, &left_out)));
                }
            }
            Err(why) => {
                if shown {
                    // Its first events are on screen: the built-in timeline takes their place.
                    dispatch.emit(Action::Load(AppState::seed().timeline));
                }
                dispatch.emit(Action::Problem(format!(
                    "The timeline \"{url}\" was not loaded: {why}. The built-in timeline is \
                     shown instead."
                )));
            }
        }
    } else if let Some((key, kept)) = storage::current().filter(|_| !browser::embedded()) {
        dispatch.emit(Action::Reopen(Rc::new(kept), key));
    }
    if let Some(id) = browser::event_in_url() {
        dispatch.emit(Action::Select(id));
    }
}

/// How long the page waits for its `?timeline=` file before it is drawn with the built-in
/// timeline meanwhile (a host slow to answer).
const WAIT_MS: u32 = 2_000;

/// Loads what the URL asks for ([`load_from_url`]) once the page is drawn, and selects the
/// event of each new `#event=`. The first view written into the page stays until the live
/// page is drawn: while the page is `waiting` for its file, that is once the file shows.
#[hook]
fn use_load(dispatch: &Callback<Action>, waiting: bool) {
    {
        let dispatch = dispatch.clone();
        use_effect_with(waiting, move |&waiting| {
            let wait =
                waiting.then(|| Timeout::new(WAIT_MS, move || dispatch.emit(Action::Waited)));
            if !waiting {
                browser::drop_first_view();
            }
            move || drop(wait)
        });
    }
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let load = dispatch.clone();
        wasm_bindgen_futures::spawn_local(async move {
            load_from_url(load).await;
            // Once the page's own file is read: keeping the page for offline reading fetches
            // every file of the site again, which would slow the file's arrival.
            browser::keep_for_offline();
        });
        let onhash = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
            if let Some(id) = browser::event_in_url() {
                dispatch.emit(Action::Select(id));
            }
        });
        move || drop(onhash)
    });
}

/// Undo and redo from anywhere but a text field, which has its own.
#[hook]
fn use_undo_keys(dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_effect_with((), move |_| {
        let onkey = browser::on_page_key(move |e| {
            let key = e.key().to_ascii_lowercase();
            if !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            match (key.as_str(), e.shift_key()) {
                ("z", false) => dispatch.emit(Action::Undo),
                ("z", true) | ("y", false) => dispatch.emit(Action::Redo),
                _ => return,
            }
            e.prevent_default();
        });
        move || drop(onkey)
    });
}

/// Tells the page which of the article's sentences the reader selects in `timeline`'s
/// article.
#[hook]
fn use_passage(timeline: &Rc<Timeline>, dispatch: &Callback<Action>) {
    let dispatch = dispatch.clone();
    use_effect_with(timeline.clone(), move |timeline| {
        let timeline = timeline.clone();
        let onselect = EventListener::new(&gloo::utils::document(), "selectionchange", move |_| {
            let sentences = &timeline.document.sentences;
            if let Some((first, last)) = browser::selected_sentences() {
                let passage = Span::new(sentences[first].start, sentences[last].end);
                dispatch.emit(Action::Passage(passage));
            }
        });
        move || drop(onselect)
    });
}

/// What follows the state outside the page: the work kept for recovery, the page's title and
/// description, and the URL with the selection, once the selection the URL asked for is
/// applied; a page this one is embedded in is told of it.
#[hook]
fn use_follow(state: &Rc<AppState>) {
    use_effect_with(state.timeline.clone(), |timeline| {
        recovery::remember(timeline)
    });
    {
        let state = state.clone();
        use_effect_with(state.timeline.clone(), move |_| {
            let (title, description) = titles::page_title_and_description(&state.timeline);
            browser::describe_page(&title, &description);
        });
    }
    let (follows, timeline) = (state.url_follows, state.timeline.clone());
    use_effect_with(state.selected.clone(), move |selected| {
        if follows || browser::event_in_url().is_none() {
            browser::show_event_in_url(selected.as_deref());
        }
        let event = selected.as_deref().and_then(|id| timeline.event(id));
        let date = event.map(|e| e.date.to_string());
        browser::tell_embedding_page(event.map(|e| e.id.as_str()).zip(date.as_deref()));
    });
}

/// Opens a timeline file the reader chose or dropped, saying what of it was left out.
fn open_file(dispatch: &Callback<Action>) -> Callback<OpenedFile> {
    let dispatch = dispatch.clone();
    Callback::from(move |file: OpenedFile| {
        let dispatch = dispatch.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match open_timeline(file.text).await {
                Ok((timeline, left_out)) => {
                    dispatch.emit(Action::Open(Rc::new(timeline)));
                    if let Some(left_out) = left_out {
                        let what = format!("The file \"{}\"", file.name);
                        dispatch.emit(Action::Problem(opened_in_part(&what, &left_out)));
                    }
                }
                Err(e) => dispatch.emit(Action::Problem(not_opened(&file.name, &e))),
            }
        });
    })
}

/// What floats over the page, and never moves what is about to be pressed: a reading's
/// progress, with Cancel, and what an action did.
fn toasts(
    progress: Option<f64>,
    notice: Option<&str>,
    build: &Callback<build::Action>,
    dispatch: &Callback<Action>,
) -> Html {
    let oncancel = build.reform(|_: MouseEvent| build::Action::Cancel);
    let ondismiss = dispatch.reform(|_: MouseEvent| Action::DismissNotice);
    html! {
        <div class="toasts">
            if let Some(percent) = progress.map(|share| (share * 100.0).round() as u32) {
                <div class="building" role="status">
                    <label for="build-progress">{ format!("Reading the article… {percent}%") }</label>
                    <progress id="build-progress" max="100" value={percent.to_string()}></progress>
                    <button type="button" class="secondary" onclick={oncancel}>{ "Cancel" }</button>
                </div>
            }
            <div class="notice" role="status">
                if let Some(said) = notice {
                    <p>{ said }</p>
                    <button type="button" class="dismiss" aria-label="Dismiss" onclick={ondismiss}>{ "×" }</button>
                }
            </div>
        </div>
    }
}

/// Undo, Redo, and a new event from the passage selected in the article.
fn edits(state: &AppState, build: &Callback<build::Action>, dispatch: &Callback<Action>) -> Html {
    let add = state.passage.map(|evidence| {
        let timeline = state.timeline.clone();
        build.reform(move |_: MouseEvent| build::Action::Passage(timeline.clone(), evidence))
    });
    html! {
        <div class="edits" role="toolbar" aria-label="Edits">
            <button type="button" onclick={dispatch.reform(|_: MouseEvent| Action::Undo)} disabled={state.undo.is_empty()} title="Undo (Ctrl+Z)">{ "Undo" }</button>
            <button type="button" onclick={dispatch.reform(|_: MouseEvent| Action::Redo)} disabled={state.redo.is_empty()} title="Redo (Shift+Ctrl+Z)">{ "Redo" }</button>
            <button type="button" disabled={add.is_none()} onclick={add.unwrap_or_default()}
                title="Select one or more sentences with a date in the article first">
                { "New event from selected text" }
            </button>
        </div>
    }
}

/// Copies a link to the page as it is, and says so.
fn copy_link(dispatch: &Callback<Action>) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_: MouseEvent| {
        let dispatch = dispatch.clone();
        wasm_bindgen_futures::spawn_local(async move {
            dispatch.emit(match browser::copy_page_link().await {
                Ok(()) => Action::Notice(
                    "Link copied. It opens this timeline for readers, without the editor; \
                     \"Open in Sourceline\" there opens it whole."
                        .to_string(),
                ),
                Err(why) => Action::Problem(format!("The link was not copied: {why}.")),
            });
        });
    })
}

/// Where the timeline came from, who published the article and when (a new date reads it
/// again), and what can be done with it: a link, an embedding, the whole page, exports.
fn byline(state: &AppState, build: &Callback<build::Action>, dispatch: &Callback<Action>) -> Html {
    let doc = &state.timeline.document;
    let published = doc.dateline.and_then(|d| d.date()).map(|d| d.to_string());
    // A new date is applied when the field is left or Enter is pressed, not at each keystroke
    // (a year typed digit by digit would be four dates).
    let republish = {
        let current = published.clone();
        let (build, document) = (build.clone(), doc.clone());
        Rc::new(move |input: web_sys::HtmlInputElement| {
            let value = input.value();
            if Some(&value) == current.as_ref() {
                return;
            }
            if let Some(published) = value.parse::<TimeValue>().ok().and_then(|v| v.date()) {
                build.emit(build::Action::Republish(document.clone(), published));
            }
        })
    };
    let onrepublish = {
        let republish = republish.clone();
        Callback::from(move |e: FocusEvent| republish(e.target_unchecked_into()))
    };
    let onrepublishkey = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" {
            republish(e.target_unchecked_into());
        }
    });
    // The address as it is when the link is followed: the selection moves it after drawing.
    let onopenfull = Callback::from(|e: MouseEvent| {
        let link: web_sys::Element = e.target_unchecked_into();
        if let Some(address) = browser::page_address(false) {
            let _ = link.set_attribute("href", &address);
        }
    });
    let export = |format| build.reform(move |_: MouseEvent| build::Action::Export(format));
    html! {
        <div class="byline">
            <p>
                if let Some(from) = &state.from {
                    <span class="origin" title={format!("This timeline is a file from {from}, not from this site")}>
                        { format!("from {from}") }
                    </span>{ " · " }
                }
                if let Some(source) = &doc.source { { source }{ " · " } }
                <label for="dateline">{ "Published on" }</label>
                <input id="dateline" type="date" value={published.clone().unwrap_or_default()} onblur={onrepublish} onkeydown={onrepublishkey}
                    title="Changing it reads words like \"last September\" again against the new date" />
                if published.is_none() {
                    <span class="hint">{ " unknown: enter it to date words like \"Friday\"" }</span>
                }
            </p>
            if state.hosted {
                <button type="button" class="secondary" onclick={copy_link(dispatch)}
                    title="Copy a link to this page with this timeline and the selected event">{ "Copy link" }</button>
                <EmbedButton title={doc.title.clone()} />
            }
            if browser::embedded() {
                <a class="full" href={browser::page_address(false).unwrap_or_default()} target="_blank" rel="noopener"
                    onclick={onopenfull}>{ "Open in Sourceline" }</a>
            }
            <div class="exports" role="group" aria-label="Export">
                <button type="button" class="secondary" onclick={export(Export::Sourceline)}
                    title="Save this timeline, with the article, as a JSON file to host beside the page">
                    { "Export JSON" }
                </button>
                <button type="button" class="secondary" onclick={export(Export::TimelineJs)}
                    title="Save the events as a TimelineJS file">{ "Export TimelineJS" }</button>
                <button type="button" class="secondary" onclick={export(Export::Csv)}
                    title="Save one row per event, with its evidence, for a spreadsheet">{ "Export CSV" }</button>
            </div>
        </div>
    }
}

/// The page: the state machines' hooks, and the parts drawn from what they hold.
#[component]
pub fn App() -> Html {
    let page = use_app_state();
    let (state, dispatch) = (page.state.clone(), page.dispatch.clone());
    let librarian = use_library(&dispatch, state.kept.clone());
    // Every reading of a text (a build, a new publication date, a file's underlines) is done
    // by the worker: the extractor is not part of the page.
    let (progress, build) = use_build(&page);
    use_page_effects(&page, &librarian);
    use_load(&dispatch, state.waiting);
    use_undo_keys(&dispatch);
    use_follow(&state);
    use_passage(&state.timeline, &dispatch);
    let printing = use_printing();
    // The same callback on every render, so the article's parts need not draw again.
    let onselectsentence = use_callback(dispatch.clone(), |index, dispatch| {
        dispatch.emit(Action::SelectBySentence(index))
    });
    if state.waiting {
        // The first view stays on screen until the file shows (`use_load`).
        return browser::first_view().map_or_else(Html::default, |view| Html::VRef(view.into()));
    }
    let onbuild = {
        let on_screen = state.timeline.clone();
        build.reform(move |draft| build::Action::Article(draft, on_screen.clone()))
    };
    let onkeydown = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !browser::typing_in_field(&e) && !browser::in_dialog(&e) {
                dispatch.emit(Action::Clear);
            }
        })
    };
    let onproblem = dispatch.reform(Action::Problem);
    let ondateread =
        dispatch.reform(|(id, words, reading)| Action::DateRead { id, words, reading });
    let lists = librarian.lists();
    let doc = &state.timeline.document;
    html! {
        <div class="app" dir={if doc.is_right_to_left() { "rtl" } else { "ltr" }} {onkeydown}>
            <header class="masthead">
                <h1 class="brand">{ "Sourceline" }</h1>
                <p class="tagline">{ DESCRIPTION }</p>
                <ThemeMenu />
                <ShortcutsHelp />
                <ComposeForm {onbuild} onopentimeline={open_file(&dispatch)} onproblem={onproblem.clone()} />
                { library(&lists.saved, &lists.deleted, &librarian.onopen(), &librarian.ondelete(), &librarian.onrestore(&state)) }
            </header>
            { toasts(progress, state.notice.as_deref(), &build, &dispatch) }
            { problem_banner(state.problem.as_deref(), &dispatch.reform(|_| Action::DismissProblem)) }
            <main class="workspace">
                <TimelineView timeline={state.timeline.clone()} selected={state.selected.clone()} ontoggle={dispatch.reform(Action::Toggle)}
                    query={state.query.clone()} onquery={dispatch.reform(Action::Query)} order={state.order} onorder={dispatch.reform(Action::Order)} onproblem={onproblem.clone()}
                    onnotice={dispatch.reform(Action::Notice)} />
                { edits(&state, &build, &dispatch) }
                if let Some(id) = state.selected.clone() {
                    <EventEditor timeline={state.timeline.clone()} typed={state.typed_for(&id).cloned()} {id} passage={state.passage}
                        onedit={dispatch.reform(Action::Edit)} {onproblem} ontype={dispatch.reform(Action::Type)} {ondateread} />
                }
                { byline(&state, &build, &dispatch) }
                if printing {
                    <PrintedTimeline timeline={state.timeline.clone()} />
                }
                <ArticleView timeline={state.timeline.clone()} selected={state.selected.clone()}
                    query={state.query.clone()} {onselectsentence} whole={printing} />
            </main>
        </div>
    }
}
