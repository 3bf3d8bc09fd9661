use std::rc::Rc;

use gloo::timers::callback::Timeout;
use sourceline_core::doc::Edit;
use sourceline_core::{Span, Timeline};
use yew::prelude::*;

use crate::curation::{Reading, Typed};
use crate::{extraction, locale, storage};

/// The drafts of the event being edited, kept across a reload (see [`storage::draft`]).
const EVENT_DRAFT: &str = "event";
const TITLE_DRAFT: &str = "event-title";
const DATE_DRAFT: &str = "event-date";
/// How long typing in the date field pauses before its words are read.
const READ_AFTER_MS: u32 = 250;

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub timeline: Rc<Timeline>,
    /// The event being edited: the selected one.
    pub id: String,
    /// What is typed for it and not applied yet.
    pub typed: Option<Typed>,
    /// The sentences the reader has selected in the article, as one passage.
    pub passage: Option<Span>,
    pub onedit: Callback<Edit>,
    /// An entry that cannot become an edit, said for the reader.
    pub onproblem: Callback<String>,
    /// The title or date fields changed.
    pub ontype: Callback<Typed>,
    /// The date field's words were read: the event, the words, what they were read as.
    pub ondateread: Callback<(String, String, Reading)>,
}

/// Which date two events merged keep.
#[derive(Clone, Copy, PartialEq)]
enum Merged {
    /// From the earlier's start to the later's end.
    Spanning,
    This,
    Other,
}

/// Reads the date field's `words` in the worker, against the article's date, and tells
/// `ondateread`; then `ondone`, with what they were read as.
fn read_date(
    id: String,
    words: String,
    timeline: &Timeline,
    ondateread: Callback<(String, String, Reading)>,
    ondone: Callback<Reading>,
) {
    let published = timeline.document.dateline.and_then(|d| d.date());
    wasm_bindgen_futures::spawn_local(async move {
        let reading = extraction::read_date(&words, published).await;
        ondateread.emit((id, words, reading.clone()));
        ondone.emit(reading);
    });
}

/// Curating the selected event: its title, date, evidence, and merging, splitting, deleting.
/// What is typed is the page's state, not the fields': moving on to another event applies it
/// ([`Typed::settle`]).
#[component]
pub fn EventEditor(props: &EditorProps) -> Html {
    let merge_with = use_state(|| None::<String>);
    let merged = use_state(|| Merged::Spanning);
    let typed = props.typed.clone().unwrap_or_else(|| Typed {
        id: props.id.clone(),
        ..Typed::default()
    });
    use_drafts_brought_back(props, &typed);
    use_date_read_on_pause(props, &typed);
    let Some(event) = props.timeline.event(&props.id) else {
        return Html::default();
    };
    let text = &props.timeline.document.text;
    let id = event.id.clone();
    let shown_date = event.date.label();
    let oninput = |title: bool| {
        let (ontype, typed) = (props.ontype.clone(), typed.clone());
        let (was_title, was_date) = (event.title.clone(), shown_date.clone());
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut typed = typed.clone();
            if title {
                typed.title = (value != was_title).then_some(value);
            } else {
                typed.date = (value.trim() != was_date).then_some(value);
            }
            storage::keep_draft(EVENT_DRAFT, &typed.id);
            storage::keep_draft(TITLE_DRAFT, typed.title.as_deref().unwrap_or_default());
            storage::keep_draft(DATE_DRAFT, typed.date.as_deref().unwrap_or_default());
            ontype.emit(typed);
        })
    };

    let onrename = {
        let (onedit, typed) = (props.onedit.clone(), typed.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(title) = &typed.title {
                onedit.emit(Edit::Rename {
                    id: typed.id.clone(),
                    title: title.clone(),
                });
            }
        })
    };
    let onredate = on_redate(props, &typed);
    let edit = |edit: Edit| on_click(&props.onedit, edit);
    html! {
        <section class="editor" aria-label="Edit event" key={id.clone()}>
            <h3>{ "Edit this event" }</h3>
            <form class="field" onsubmit={onrename}>
                <label for="event-title">{ "Title" }</label>
                <input id="event-title" dir="auto" value={typed.title.clone().unwrap_or_else(|| event.title.clone())}
                    oninput={oninput(true)} />
                <button type="submit">{ "Rename" }</button>
            </form>
            <form class="field" onsubmit={onredate}>
                <label for="event-date">{ "Date" }</label>
                <input id="event-date" value={typed.date.clone().unwrap_or_else(|| shown_date.clone())} spellcheck="false"
                    oninput={oninput(false)} aria-describedby="event-date-understood" />
                <button type="submit">{ "Change date" }</button>
                <span id="event-date-understood" class="hint" aria-live="polite">{ understood(&typed) }</span>
            </form>
            { evidence(event, text, props.passage, &props.onedit) }
            { merging(event, &props.timeline, &merge_with, &merged, &props.onedit) }
            <div class="actions">
                <button type="button" disabled={event.evidence.len() < 2} onclick={edit(Edit::Split { id: id.clone() })}
                    title="One event for each passage of evidence">{ "Split" }</button>
                <button type="button" class="danger" onclick={edit(Edit::Delete { id: id.clone() })}>{ "Delete event" }</button>
            </div>
        </section>
    }
}

/// A title or date typed for the event being edited and not yet applied comes back after a
/// reload; its drafts are cleared when the editor leaves the event.
#[hook]
fn use_drafts_brought_back(props: &EditorProps, typed: &Typed) {
    let (ontype, typed) = (props.ontype.clone(), typed.clone());
    use_effect_with(props.id.clone(), move |id| {
        if storage::draft(EVENT_DRAFT).as_ref() == Some(id) && typed.is_empty() {
            let kept = |field| storage::draft(field).filter(|d| !d.is_empty());
            ontype.emit(Typed {
                title: kept(TITLE_DRAFT),
                date: kept(DATE_DRAFT),
                ..typed
            });
        }
        let id = id.clone();
        move || {
            if storage::draft(EVENT_DRAFT).as_ref() == Some(&id) {
                storage::keep_draft(EVENT_DRAFT, "");
            }
        }
    });
}

/// The date field's words are read once typing pauses.
#[hook]
fn use_date_read_on_pause(props: &EditorProps, typed: &Typed) {
    let timeline = props.timeline.clone();
    let ondateread = props.ondateread.clone();
    let unread = typed.date.clone().filter(|_| typed.reading().is_none());
    use_effect_with((props.id.clone(), unread), move |(id, unread)| {
        let (id, unread) = (id.clone(), unread.clone());
        let pause = unread.map(|words| {
            Timeout::new(READ_AFTER_MS, move || {
                read_date(id, words, &timeline, ondateread, Callback::noop());
            })
        });
        move || drop(pause)
    });
}

/// Change date: the date field's reading applied to the event, or what it could not be read
/// as said; words not read yet are read first.
fn on_redate(props: &EditorProps, typed: &Typed) -> Callback<SubmitEvent> {
    let (onedit, onproblem, typed) = (props.onedit.clone(), props.onproblem.clone(), typed.clone());
    let (timeline, ondateread) = (props.timeline.clone(), props.ondateread.clone());
    Callback::from(move |e: SubmitEvent| {
        e.prevent_default();
        let id = typed.id.clone();
        let (onedit, onproblem) = (onedit.clone(), onproblem.clone());
        let apply = Callback::from(move |reading: Reading| match reading {
            Ok((date, _)) => onedit.emit(Edit::Redate {
                id: id.clone(),
                date,
            }),
            Err(why) => onproblem.emit(format!("The date was not changed: {why}.")),
        });
        match (typed.reading(), &typed.date) {
            (Some(reading), _) => apply.emit(reading),
            // Not read yet: read now, and apply what it gives.
            (None, Some(words)) => read_date(
                typed.id.clone(),
                words.clone(),
                &timeline,
                ondateread.clone(),
                apply,
            ),
            (None, None) => {}
        }
    })
}

/// The date field's hint: how to write a date, or what the words typed were read as.
fn understood(typed: &Typed) -> String {
    match typed.reading() {
        _ if typed.date.is_none() => {
            "Write it as you would: 20 March 2025, spring 2019, 2019 to 2021, the 1990s".to_string()
        }
        Some(Ok((date, said))) => {
            let drawn = locale::event_date(&date);
            if said == date.label() || said == drawn {
                format!("Understood: {said}")
            } else {
                format!("Understood: {said}, drawn as {drawn}")
            }
        }
        Some(Err(why)) => format!("Not understood: {why}."),
        None => "Reading…".to_string(),
    }
}

/// Merging `event` with another event of `timeline`: the one chosen (`merge_with`, else the
/// first other), and, where their dates differ, the date the merged event keeps (`merged`).
fn merging(
    event: &sourceline_core::Event,
    timeline: &Timeline,
    merge_with: &UseStateHandle<Option<String>>,
    merged: &UseStateHandle<Merged>,
    onedit: &Callback<Edit>,
) -> Html {
    let others: Vec<_> = timeline
        .events
        .iter()
        .filter(|e| e.id != event.id)
        .collect();
    let partner = merge_with
        .as_deref()
        .and_then(|other| others.iter().find(|e| e.id == other))
        .or(others.first());
    // Two dates merged: which the merged event keeps, the span of both offered first.
    let choices = partner.filter(|p| p.date != event.date).map(|p| {
        [
            (Merged::Spanning, event.date.spanning(&p.date), "both"),
            (Merged::This, event.date, "this event's"),
            (Merged::Other, p.date, "the other's"),
        ]
    });
    let onmerge = {
        let onedit = onedit.clone();
        let from = partner.map(|p| p.id.clone());
        let date = choices
            .as_ref()
            .and_then(|all| all.iter().find(|(which, ..)| *which == **merged))
            .map(|(_, date, _)| *date);
        let into = event.id.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(from) = from.clone() {
                onedit.emit(Edit::Merge {
                    into: into.clone(),
                    from,
                    date,
                });
            }
        })
    };
    let onpartner = {
        let merge_with = merge_with.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            merge_with.set(Some(select.value()));
        })
    };
    let merge_dates = choices.map(|all| {
        let options = all.into_iter().map(|(which, date, whose)| {
            let merged = merged.clone();
            html! {
                <label>
                    <input type="radio" name="merged-date" checked={*merged == which}
                        onchange={move |_| merged.set(which)} />
                    { format!("{} ({whose})", locale::event_date(&date)) }
                </label>
            }
        });
        html! {
            <fieldset class="merged-date">
                <legend>{ "Date after merging" }</legend>
                { for options }
            </fieldset>
        }
    });
    let partner_id = partner.map(|p| p.id.clone());
    html! {
    <div class="actions">
        <label for="merge-with">{ "Merge with" }</label>
        <select id="merge-with" onchange={onpartner}>
            { for others.iter().map(|e| html! {
                <option value={e.id.clone()} selected={Some(&e.id) == partner_id.as_ref()}>
                    { format!("{}: {}", locale::event_date(&e.date), e.title) }
                </option>
            }) }
        </select>
        <button type="button" onclick={onmerge} disabled={partner.is_none()}>{ "Merge" }</button>
        { for merge_dates }
    </div>
    }
}

/// A button's click that makes `edit`.
fn on_click(onedit: &Callback<Edit>, edit: Edit) -> Callback<MouseEvent> {
    let onedit = onedit.clone();
    Callback::from(move |_: MouseEvent| onedit.emit(edit.clone()))
}

/// The passages of `event`'s evidence in `text`, each to remove, and the article's `passage`
/// selected, to add.
fn evidence(
    event: &sourceline_core::Event,
    text: &str,
    passage: Option<Span>,
    onedit: &Callback<Edit>,
) -> Html {
    let id = &event.id;
    let passages = event.evidence.iter().enumerate().map(|(index, span)| {
        let words: Vec<&str> = span.of(text).split_whitespace().collect();
        let quote = match words.len() {
            0..=14 => words.join(" "),
            _ => format!("{} …", words[..14].join(" ")),
        };
        let remove = on_click(onedit, Edit::RemoveEvidence {
            id: id.clone(),
            index,
        });
        html! {
            <li>
                <q>{ quote }</q>
                <button type="button" class="link" aria-label={format!("Remove passage {} from the evidence", index + 1)}
                    disabled={event.evidence.len() < 2} onclick={remove}>{ "Remove" }</button>
            </li>
        }
    });
    let mark = passage.map(|passage| {
        on_click(
            onedit,
            Edit::AddEvidence {
                id: id.clone(),
                passage,
            },
        )
    });
    html! {
        <>
            <h4>{ "Evidence" }</h4>
            <ol class="passages">{ for passages }</ol>
            <div class="actions">
                <button type="button" disabled={mark.is_none()} onclick={mark.unwrap_or_default()}
                    title="Select one or more sentences in the article first">
                    { "Mark selected text as evidence" }
                </button>
            </div>
        </>
    }
}
