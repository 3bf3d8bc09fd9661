//! The hooks that hold the page's state machines ([`crate::state`]) and carry out the effects
//! their actions ask for.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::build::{self, Build, Request};
use crate::extraction::{self, Conversion, Job};
use crate::files::Export;
use crate::library::{self, Library};
use crate::state::{Action, AppState, Effect, SetAside};
use crate::storage;

/// The page's state, where to send actions, and the effects they asked for that wait for the
/// next state to be drawn.
pub struct AppHandle {
    pub state: Rc<AppState>,
    /// The same callback on every render.
    pub dispatch: Callback<Action>,
    pub effects: Rc<RefCell<Vec<Effect>>>,
    /// The state as the last action left it, drawn or not.
    latest: Rc<RefCell<Rc<AppState>>>,
}

/// The page's [`AppState`], from the seed article on (waiting for the `?timeline=` file the URL
/// names, if any): each action is reduced at once and draws the page again; its effects are
/// queued for [`AppHandle::effects`].
#[hook]
pub fn use_app_state() -> AppHandle {
    let state = use_mut_ref(|| match browser::timeline_in_url() {
        Some(_) => Rc::new(AppState::waiting_for_file()),
        None => Rc::new(AppState::seed()),
    });
    let effects = use_mut_ref(Vec::new);
    let redraw = use_force_update();
    let dispatch = {
        let (state, effects) = (state.clone(), effects.clone());
        use_memo((), move |_| {
            Callback::from(move |action| {
                let (next, asked) = state.borrow().reduce(action);
                *state.borrow_mut() = Rc::new(next);
                effects.borrow_mut().extend(asked);
                redraw.force_update();
            })
        })
    };
    let current = state.borrow().clone();
    AppHandle {
        state: current,
        dispatch: (*dispatch).clone(),
        effects,
        latest: state,
    }
}

/// The page's [`Build`], the worker doing it, and where the answers go.
#[derive(Clone)]
struct Builder {
    build: Rc<RefCell<Build>>,
    worker: Rc<RefCell<Option<Job>>>,
    redraw: UseForceUpdateHandle,
    onpage: Callback<Action>,
    /// The page's state, for an export.
    page: Rc<RefCell<Rc<AppState>>>,
}

impl Builder {
    /// Applies `action` to the build, draws the bar again if it changed, and carries out the
    /// effects.
    fn act(&self, action: build::Action) {
        let effects = {
            let mut build = self.build.borrow_mut();
            let before = build.progress();
            let effects = build.reduce(action);
            if build.progress() != before {
                self.redraw.force_update();
            }
            effects
        };
        for effect in effects {
            self.carry(effect);
        }
    }

    fn carry(&self, effect: build::Effect) {
        match effect {
            build::Effect::Stop => drop(self.worker.borrow_mut().take()),
            build::Effect::HandOver(job) => {
                let builder = self.clone();
                Timeout::new(0, move || builder.act(build::Action::HandOver(job))).forget();
            }
            build::Effect::Start(job, request) => {
                let onprogress = {
                    let builder = self.clone();
                    Callback::from(move |share| builder.act(build::Action::Progress(job, share)))
                };
                // Read in a task of its own, apart from the worker's message, and after the
                // callback (which the worker runs) returns, so that the worker can be stopped.
                let ondone = {
                    let builder = self.clone();
                    Callback::from(move |answer| {
                        let builder = builder.clone();
                        Timeout::new(0, move || builder.act(build::Action::Answered(job, answer)))
                            .forget();
                    })
                };
                let Request {
                    text,
                    published,
                    curated,
                } = request;
                let started =
                    extraction::build(&text, published, curated.as_deref(), onprogress, ondone);
                *self.worker.borrow_mut() = Some(started);
            }
            build::Effect::Page(action) => self.onpage.emit(action),
            build::Effect::Export(format) => {
                let state = self.page.borrow().clone();
                save_export(&state, format, self.onpage.clone());
            }
        }
    }
}

/// The page's reading of a text ([`Build`]): its share done, if one is in progress, and
/// where to send its actions (the same callback on every render); what it comes to is sent
/// to the `page`. A document without its temporal expressions (a timeline file may not
/// carry them) is read for its underlines.
#[hook]
pub fn use_build(page: &AppHandle) -> (Option<f64>, Callback<build::Action>) {
    let builder = Builder {
        build: use_mut_ref(Build::default),
        worker: use_mut_ref(|| None),
        redraw: use_force_update(),
        onpage: page.dispatch.clone(),
        page: page.latest.clone(),
    };
    let progress = builder.build.borrow().progress();
    let dispatch = use_memo((), move |_| {
        Callback::from(move |action| builder.act(action))
    });
    {
        let dispatch = (*dispatch).clone();
        use_effect_with(page.state.timeline.document.clone(), move |document| {
            dispatch.emit(build::Action::Underline(document.clone()));
        });
    }
    (progress, (*dispatch).clone())
}

/// The page's [`Library`], and the storage it lists.
#[derive(Clone)]
pub struct Librarian {
    library: Rc<RefCell<Library>>,
    redraw: UseForceUpdateHandle,
    onpage: Callback<Action>,
}

impl Librarian {
    /// Hands `action` to the Library, draws it again, and carries out the effects.
    fn act(&self, action: library::Action) {
        // Drawn again whatever storage did: the lists are short.
        let effects = self.library.borrow_mut().reduce(action);
        self.redraw.force_update();
        for effect in effects {
            match effect {
                library::Effect::Page(action) => self.onpage.emit(action),
                library::Effect::Reread => {
                    self.act(library::Action::Listed(storage::library(), None));
                }
            }
        }
    }

    /// The Library's lists as drawn now.
    pub fn lists(&self) -> std::cell::Ref<'_, Library> {
        self.library.borrow()
    }

    /// Keeps the timeline on screen, the reader's work, under its key if it has one.
    fn keep(&self, state: &AppState) {
        let kept = storage::keep(&state.timeline, state.kept.as_deref(), true);
        self.act(library::Action::Kept(kept));
    }

    /// Keeps a timeline another one just replaced.
    fn set_aside(&self, (timeline, key): SetAside) {
        let kept = storage::keep(&timeline, key.as_deref(), false);
        self.act(library::Action::SetAside(kept.map(|(_, saved)| saved)));
    }

    /// Opens the timeline kept under a key.
    pub fn onopen(&self) -> Callback<String> {
        let librarian = self.clone();
        Callback::from(move |key: String| {
            let opened = storage::open(&key);
            librarian.act(library::Action::Opened(key, opened));
        })
    }

    /// Deletes the timeline kept under a key, for Restore to bring back.
    pub fn ondelete(&self) -> Callback<String> {
        let librarian = self.clone();
        Callback::from(move |key: String| {
            let lists = storage::forget(&key).map(|saved| (saved, storage::deleted()));
            librarian.act(library::Action::Deleted(key, lists));
        })
    }

    /// Restores a timeline deleted in this session; `state` is the page's now.
    pub fn onrestore(&self, state: &AppState) -> Callback<String> {
        let librarian = self.clone();
        let on_screen = state
            .kept
            .is_none()
            .then(|| storage::key_of(&state.timeline));
        Callback::from(move |key: String| {
            let restored = storage::restore(&key)
                .map(|(restored, saved)| (restored, saved, storage::deleted()));
            let on_screen = on_screen.clone();
            librarian.act(library::Action::Restored {
                restored,
                on_screen,
            });
        })
    }
}

/// The Library ([`Library`]), read after the first drawing (storage is a browser API, and the
/// page is drawn natively too), and kept up with the saves of other tabs or windows of this
/// page, which share its storage: so that neither overwrites the other's work unseen. What it
/// comes to is sent to `onpage`; `kept` is the key of the timeline on screen.
#[hook]
pub fn use_library(onpage: &Callback<Action>, kept: Option<String>) -> Librarian {
    let librarian = Librarian {
        library: use_mut_ref(Library::default),
        redraw: use_force_update(),
        onpage: onpage.clone(),
    };
    {
        let librarian = librarian.clone();
        use_effect_with((), move |_| {
            librarian.act(library::Action::Listed(
                storage::library(),
                Some(storage::deleted()),
            ));
        });
    }
    {
        let librarian = librarian.clone();
        use_effect_with(kept, move |kept| {
            let kept = kept.clone();
            let onstorage = EventListener::new(&gloo::utils::window(), "storage", move |e| {
                if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
                    let what = storage::elsewhere(e.key().as_deref(), kept.as_deref());
                    librarian.act(library::Action::Elsewhere(what));
                }
            });
            move || drop(onstorage)
        });
    }
    librarian
}

/// Carries out what the page's actions asked for ([`Effect`]) once their state is drawn: a
/// timeline set aside for another, then the reader's work, kept in the Library; an event
/// brought into view.
#[hook]
pub fn use_page_effects(page: &AppHandle, librarian: &Librarian) {
    let (state, effects, librarian) = (page.state.clone(), page.effects.clone(), librarian.clone());
    use_effect(move || {
        let asked = std::mem::take(&mut *effects.borrow_mut());
        for effect in asked {
            match effect {
                Effect::SetAside(aside) => librarian.set_aside(aside),
                Effect::Keep => librarian.keep(&state),
                Effect::Reveal(id) => reveal(&state, &id),
            }
        }
    });
}

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

/// Saves the timeline on screen as a file in `format`: our JSON at once, the other formats as
/// the worker writes them from it; the reader is told the file's name, or why there is none.
fn save_export(state: &AppState, format: Export, dispatch: Callback<Action>) {
    let (name, mime, json) = format.file_of(&state.timeline);
    let said = {
        let name = name.clone();
        move |saved: Result<(), String>| match saved {
            Ok(()) => Action::Notice(format!("Saved \"{name}\".")),
            Err(why) => Action::Problem(format!("The timeline was not exported: {why}.")),
        }
    };
    if format == Export::Sourceline {
        dispatch.emit(said(browser::download(&name, mime, &json)));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let saved = extraction::convert_in_worker(&Conversion::Export(format, json))
            .await
            .and_then(|contents| browser::download(&name, mime, &contents));
        dispatch.emit(said(saved));
    });
}
