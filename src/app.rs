//! The root component: wires the state to the timeline, the article and the URL.

use std::rc::Rc;

use gloo::events::EventListener;
use sourceline_core::Timeline;
use yew::prelude::*;

use crate::browser;
use crate::components::{ArticleView, ComposeForm, Draft, OpenedFile, ProblemBanner, TimelineView};
use crate::state::{Action, AppState};

/// Scrolls the first sentence of an event's evidence, and its button, into view.
fn reveal(state: &AppState, id: &str) {
    let timeline = &state.timeline;
    let first = timeline
        .event(id)
        .and_then(|e| e.evidence.first())
        .and_then(|span| timeline.document.sentences_of(span).next());
    if let Some(index) = first {
        browser::reveal_sentence(index);
    }
    browser::reveal_event(id);
}

/// Loads the `?timeline=` file, if any, then selects the `#event=` of the URL.
async fn load_from_url(dispatch: UseReducerDispatcher<AppState>) {
    if let Some(url) = browser::timeline_in_url() {
        let loaded = browser::fetch_text(&url).await.and_then(|json| {
            Timeline::from_json(&json).map_err(|e| format!("it could not be read: {e}"))
        });
        match loaded {
            Ok(timeline) => dispatch.dispatch(Action::Load(Rc::new(timeline))),
            Err(why) => dispatch.dispatch(Action::Problem(format!(
                "The timeline \"{url}\" was not loaded: {why}. The built-in timeline is shown instead."
            ))),
        }
    }
    if let Some(id) = browser::event_in_url() {
        dispatch.dispatch(Action::Select(id));
    }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::seed);
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(load_from_url(dispatch.clone()));
            let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                if let Some(id) = browser::event_in_url() {
                    dispatch.dispatch(Action::Select(id));
                }
            });
            move || drop(listener)
        });
    }

    // The URL follows the selection, once the selection the URL asked for is applied.
    {
        let reveals = state.reveal;
        use_effect_with(state.selected.clone(), move |selected| {
            if reveals > 0 || browser::event_in_url().is_none() {
                browser::show_event_in_url(selected.as_deref());
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with(state.reveal, move |_| {
            if let Some(id) = &state.selected {
                reveal(&state, id);
            }
        });
    }

    let ontoggle = {
        let dispatch = state.dispatcher();
        Callback::from(move |id: String| dispatch.dispatch(Action::Toggle(id)))
    };
    let onbuild = {
        let dispatch = state.dispatcher();
        Callback::from(move |draft: Draft| match AppState::build(&draft) {
            Ok((timeline, warning)) => {
                dispatch.dispatch(Action::Load(Rc::new(timeline)));
                if let Some(warning) = warning {
                    dispatch.dispatch(Action::Problem(warning));
                }
            }
            Err(problem) => dispatch.dispatch(Action::Problem(problem)),
        })
    };
    let onopentimeline = {
        let dispatch = state.dispatcher();
        Callback::from(
            move |file: OpenedFile| match Timeline::from_json(&file.text) {
                Ok(timeline) => dispatch.dispatch(Action::Load(Rc::new(timeline))),
                Err(e) => dispatch.dispatch(Action::Problem(format!(
                    "The file \"{}\" was not opened: {e}. The timeline on screen stays.",
                    file.name
                ))),
            },
        )
    };
    let onexport = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            browser::download(
                &state.export_name(),
                "application/json",
                &state.timeline.to_json(),
            );
        })
    };
    let onselectsentence = {
        let dispatch = state.dispatcher();
        Callback::from(move |index| dispatch.dispatch(Action::SelectBySentence(index)))
    };
    let ondismiss = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::DismissProblem))
    };
    let onkeydown = {
        let dispatch = state.dispatcher();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                dispatch.dispatch(Action::Clear);
            }
        })
    };

    let doc = &state.timeline.document;
    let published = doc.dateline.map(|d| format!("Published {}", d.label()));
    let byline: Vec<String> = doc.source.iter().cloned().chain(published).collect();
    html! {
        <div class="app" {onkeydown}>
            <header class="masthead">
                <h1 class="brand">{ "Sourceline" }</h1>
                <p class="tagline">{ "The chronology of a news article, every event linked to the sentences that state it." }</p>
                <ComposeForm {onbuild} {onopentimeline} />
            </header>
            <ProblemBanner message={state.problem.clone()} {ondismiss} />
            <main class="workspace">
                <TimelineView timeline={state.timeline.clone()} selected={state.selected.clone()} {ontoggle} />
                <div class="byline">
                    <p>{ byline.join(" · ") }</p>
                    <button type="button" class="secondary" onclick={onexport}
                        title="Save this timeline, with the article, as a JSON file to host beside the page">
                        { "Export JSON" }
                    </button>
                </div>
                <ArticleView timeline={state.timeline.clone()} selected={state.selected.clone()} {onselectsentence} />
            </main>
        </div>
    }
}
