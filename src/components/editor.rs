use std::rc::Rc;

use sourceline_core::doc::Edit;
use sourceline_core::{EventDate, Span, Timeline};
use yew::prelude::*;

use crate::{locale, storage};

/// The drafts of the event being edited, kept across a reload (see [`storage::draft`]).
const EVENT_DRAFT: &str = "event";
const TITLE_DRAFT: &str = "event-title";
const DATE_DRAFT: &str = "event-date";

#[derive(Properties, PartialEq)]
pub struct EditorProps {
    pub timeline: Rc<Timeline>,
    /// The event being edited: the selected one.
    pub id: String,
    /// The sentences the reader has selected in the article, as one passage.
    pub passage: Option<Span>,
    pub onedit: Callback<Edit>,
    /// An entry that cannot become an edit, said for the reader.
    pub onproblem: Callback<String>,
}

/// Curating the selected event: its title, date, evidence, and merging, splitting, deleting.
#[component]
pub fn EventEditor(props: &EditorProps) -> Html {
    let title = use_node_ref();
    let date = use_node_ref();
    let merge = use_node_ref();
    // A title or date typed and not yet applied comes back after a reload; choosing another
    // event leaves it.
    {
        let (title, date) = (title.clone(), date.clone());
        use_effect_with(props.id.clone(), move |id| {
            if storage::draft(EVENT_DRAFT).as_ref() == Some(id) {
                for (field, node) in [(TITLE_DRAFT, &title), (DATE_DRAFT, &date)] {
                    if let (Some(draft), Some(input)) = (
                        storage::draft(field),
                        node.cast::<web_sys::HtmlInputElement>(),
                    ) {
                        input.set_value(&draft);
                    }
                }
            }
            let id = id.clone();
            move || {
                if storage::draft(EVENT_DRAFT).as_ref() == Some(&id) {
                    storage::keep_draft(EVENT_DRAFT, "");
                }
            }
        });
    }
    let oninput = {
        let (id, title, date) = (props.id.clone(), title.clone(), date.clone());
        Callback::from(move |_: InputEvent| {
            storage::keep_draft(EVENT_DRAFT, &id);
            for (field, node) in [(TITLE_DRAFT, &title), (DATE_DRAFT, &date)] {
                if let Some(input) = node.cast::<web_sys::HtmlInputElement>() {
                    storage::keep_draft(field, &input.value());
                }
            }
        })
    };
    let Some(event) = props.timeline.event(&props.id) else {
        return Html::default();
    };
    let text = &props.timeline.document.text;
    let id = event.id.clone();
    let value_of = |node: &NodeRef| {
        node.cast::<web_sys::HtmlInputElement>()
            .map(|i| i.value())
            .unwrap_or_default()
    };

    let onrename = {
        let (id, title, onedit) = (id.clone(), title.clone(), props.onedit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            onedit.emit(Edit::Rename {
                id: id.clone(),
                title: value_of(&title),
            });
        })
    };
    let onredate = {
        let (id, date, onedit) = (id.clone(), date.clone(), props.onedit.clone());
        let onproblem = props.onproblem.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match value_of(&date).trim().parse::<EventDate>() {
                Ok(date) => onedit.emit(Edit::Redate {
                    id: id.clone(),
                    date,
                }),
                Err(why) => onproblem.emit(format!(
                    "The date was not changed: {why}, or a range such as 2019/2021."
                )),
            }
        })
    };
    let edit = |edit: Edit| {
        let onedit = props.onedit.clone();
        Callback::from(move |_: MouseEvent| onedit.emit(edit.clone()))
    };
    let onmerge = {
        let (id, merge, onedit) = (id.clone(), merge.clone(), props.onedit.clone());
        Callback::from(move |_: MouseEvent| {
            let from = merge
                .cast::<web_sys::HtmlSelectElement>()
                .map(|s| s.value())
                .unwrap_or_default();
            if !from.is_empty() {
                onedit.emit(Edit::Merge {
                    into: id.clone(),
                    from,
                    date: None,
                });
            }
        })
    };
    let passages = event.evidence.iter().enumerate().map(|(index, span)| {
        let words: Vec<&str> = span.of(text).split_whitespace().collect();
        let quote = match words.len() {
            0..=14 => words.join(" "),
            _ => format!("{} …", words[..14].join(" ")),
        };
        let remove = edit(Edit::RemoveEvidence {
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
    let mark = props.passage.map(|passage| {
        edit(Edit::AddEvidence {
            id: id.clone(),
            passage,
        })
    });
    let others = props.timeline.events.iter().filter(|e| e.id != id);
    html! {
        <section class="editor" aria-label="Edit event" key={id.clone()}>
            <h3>{ "Edit this event" }</h3>
            <form class="field" onsubmit={onrename}>
                <label for="event-title">{ "Title" }</label>
                <input id="event-title" dir="auto" ref={title} value={event.title.clone()} oninput={oninput.clone()} />
                <button type="submit">{ "Rename" }</button>
            </form>
            <form class="field" onsubmit={onredate}>
                <label for="event-date">{ "Date" }</label>
                <input id="event-date" ref={date} value={event.date.to_string()} spellcheck="false" {oninput}
                    aria-describedby="event-date-hint" />
                <button type="submit">{ "Change date" }</button>
                <span id="event-date-hint" class="hint">{ "2019, 2019-04, 2019-04-25, 2019-SU, or 2019/2021" }</span>
            </form>
            <h4>{ "Evidence" }</h4>
            <ol class="passages">{ for passages }</ol>
            <div class="actions">
                <button type="button" disabled={mark.is_none()} onclick={mark.unwrap_or_default()}
                    title="Select one or more sentences in the article first">
                    { "Mark selected text as evidence" }
                </button>
            </div>
            <div class="actions">
                <label for="merge-with">{ "Merge with" }</label>
                <select id="merge-with" ref={merge}>
                    { for others.map(|e| html! { <option value={e.id.clone()}>{ format!("{}: {}", locale::event_date(&e.date), e.title) }</option> }) }
                </select>
                <button type="button" onclick={onmerge} disabled={props.timeline.events.len() < 2}>{ "Merge" }</button>
            </div>
            <div class="actions">
                <button type="button" disabled={event.evidence.len() < 2} onclick={edit(Edit::Split { id: id.clone() })}
                    title="One event for each passage of evidence">{ "Split" }</button>
                <button type="button" class="danger" onclick={edit(Edit::Delete { id: id.clone() })}>{ "Delete event" }</button>
            </div>
        </section>
    }
}
