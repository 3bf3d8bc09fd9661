//! The hooks that hold the page's state machines ([`crate::state`]) and carry out the effects
//! their actions ask for.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

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
