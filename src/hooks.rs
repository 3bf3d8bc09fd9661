//! The hooks that hold the page's state machines ([`crate::state`]) and carry out the effects
//! their actions ask for.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::build::{self, Build, Request};
use crate::extraction::{self, Job};
use crate::state::{Action, AppState, Effect};

/// The page's state, where to send actions, and the effects they asked for that wait for the
/// next state to be drawn.
pub struct AppHandle {
    pub state: Rc<AppState>,
    /// The same callback on every render.
    pub dispatch: Callback<Action>,
    pub effects: Rc<RefCell<Vec<Effect>>>,
}

/// The page's [`AppState`], from the seed article on: each action is reduced at once and
/// draws the page again; its effects are queued for [`AppHandle::effects`].
#[hook]
pub fn use_app_state() -> AppHandle {
    let state = use_mut_ref(|| Rc::new(AppState::seed()));
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
    }
}

/// The page's [`Build`], the worker doing it, and where the answers go.
#[derive(Clone)]
struct Builder {
    build: Rc<RefCell<Build>>,
    worker: Rc<RefCell<Option<Job>>>,
    redraw: UseForceUpdateHandle,
    onpage: Callback<Action>,
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
        }
    }
}

/// The page's reading of a text ([`Build`]): its share done, if one is in progress, and
/// where to send its actions (the same callback on every render); what it comes to is sent
/// to `onpage`.
#[hook]
pub fn use_build(onpage: &Callback<Action>) -> (Option<f64>, Callback<build::Action>) {
    let builder = Builder {
        build: use_mut_ref(Build::default),
        worker: use_mut_ref(|| None),
        redraw: use_force_update(),
        onpage: onpage.clone(),
    };
    let progress = builder.build.borrow().progress();
    let dispatch = use_memo((), move |_| {
        Callback::from(move |action| builder.act(action))
    });
    (progress, (*dispatch).clone())
}
