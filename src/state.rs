//! The app's state and the actions that change it, as a Yew reducer.

use std::rc::Rc;

use sourceline_core::doc::Edit;
use sourceline_core::{Document, Mention, Span, Timeline};

use crate::curation::{self, Reading, Typed};

/// The curated timeline of the seed article, embedded in the app.
pub const SEED_TIMELINE: &str = include_str!("../data/seed.timeline.json");

/// Everything the page shows that outlives a single component.
#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub timeline: Rc<Timeline>,
    /// The id of the selected event.
    pub selected: Option<String>,
    /// What went wrong last, shown until dismissed.
    pub problem: Option<String>,
    /// Whether the URL follows the selection: from the first event selected on purpose (the
    /// URL's own `#event=`, or the reader's); before, a `#event=` still to be applied stays.
    pub url_follows: bool,
    /// The timelines before each edit, the latest last: what Undo goes back to.
    pub undo: Vec<Rc<Timeline>>,
    /// The timelines Undo left, the latest last: what Redo goes forward to.
    pub redo: Vec<Rc<Timeline>>,
    /// Whether the timeline on screen is the `?timeline=` file as hosted, so a link to the
    /// page shows it.
    pub hosted: bool,
    /// The site the `?timeline=` file on screen came from, when it is not the page's own:
    /// shown beside the article, so that a link cannot pass another site's file off as this
    /// site's.
    pub from: Option<String>,
    /// The Library key the timeline on screen is kept under, once it is.
    pub kept: Option<String>,
    /// What an action did, said until the next one says something or it is dismissed.
    pub notice: Option<String>,
    /// The words the reader searches the events and the article for.
    pub query: String,
    pub order: Order,
    /// The article's sentences the reader has selected, for a new event; cleared when the
    /// timeline changes.
    pub passage: Option<Span>,
    /// What is typed in the editors of events and not applied yet: the selected event's, and
    /// a date that could not be read when the reader moved on, kept with its event.
    pub typed: Vec<Typed>,
    /// Whether the page waits for its `?timeline=` file, none of which is shown yet: the first
    /// view written into the page stays on screen meanwhile, and the built-in timeline is not
    /// drawn only to be replaced.
    pub waiting: bool,
}

/// What an action asks the page to do, besides showing the next state; the page's hooks carry
/// it out once the next state is drawn.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Scroll the event's first sentence of evidence, and its button, into view.
    Reveal(String),
    /// Keep the timeline on screen in the Library: it changed by the reader's own work
    /// (opened, built, edited).
    Keep,
    /// Keep a timeline another one just replaced, with what was typed for it applied, before
    /// it is gone.
    SetAside(SetAside),
}

/// How the events are laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// On a time axis, in date order.
    Date,
    /// As a list, in the order the article tells them.
    Story,
}

/// A timeline set aside for another, and the Library key it is kept under, if any.
pub type SetAside = (Rc<Timeline>, Option<String>);

/// How many edits Undo can take back.
const UNDO_LIMIT: usize = 100;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Select an event by id and bring it into view; an unknown id is reported as a problem.
    Select(String),
    /// Select the event, or clear the selection when it is already selected.
    Toggle(String),
    /// Select the next event a sentence is evidence of, cycling when there are several; the
    /// sentence is in view already, so nothing scrolls.
    SelectBySentence(usize),
    Clear,
    /// Show another timeline; the selection, any problem and the edit history are cleared.
    Load(Rc<Timeline>),
    /// Like `Load`, for a timeline that is the reader's own work and is to be kept.
    Open(Rc<Timeline>),
    /// The timeline `sent` (on screen when Build was pressed) built again from a new version
    /// of its article by the worker, with what the reader is told and what could not be kept.
    Rebuilt {
        sent: Rc<Timeline>,
        timeline: Rc<Timeline>,
        said: String,
        lost: Option<String>,
    },
    /// Like `Load`, for the `?timeline=` file of the page's URL, with the site it came from
    /// when that is not the page's own.
    Host(Rc<Timeline>, Option<String>),
    /// The whole of the `?timeline=` file whose first events are on screen (`Host`): it takes
    /// their place, the selection kept. A reader who has changed them or moved on keeps what is
    /// on screen, and is told.
    Arrived(Rc<Timeline>),
    /// Like `Load`, for a timeline of the Library, kept under this key.
    Reopen(Rc<Timeline>, String),
    /// The timeline on screen is kept in the Library under this key.
    Kept(String),
    /// The timeline kept under this key was deleted from the Library in this tab.
    Forgotten(String),
    /// Another tab or window kept a new version of the timeline on screen (`Some`), or
    /// deleted it from the Library (`None`).
    ChangedElsewhere(Option<Rc<Timeline>>),
    /// Change the timeline; a refused edit is reported as a problem and changes nothing.
    Edit(Edit),
    Undo,
    Redo,
    /// The temporal expressions of a document found after it was opened (a file may not carry
    /// them), for the underlines: applied while that document is still the one on screen.
    Underline(Rc<Document>, Vec<Mention>),
    Problem(String),
    /// The `?timeline=` file is slow to come: the page is drawn meanwhile, the built-in
    /// timeline on it.
    Waited,
    DismissProblem,
    /// What the reader typed in an event's editor, not applied yet.
    Type(Typed),
    /// The words typed in an event's date field were read (by the worker).
    DateRead {
        id: String,
        words: String,
        reading: Reading,
    },
    /// Something done, said to the reader.
    Notice(String),
    DismissNotice,
    /// Search the events and the article for these words.
    Query(String),
    /// Lay the events out in this order.
    Order(Order),
    /// The reader selected these sentences of the article.
    Passage(Span),
}

impl AppState {
    /// The seed article and its curated timeline.
    pub fn seed() -> Self {
        // Said with the error's Display: `expect` would bring Debug's escaping into the page.
        let timeline = Timeline::from_json(SEED_TIMELINE)
            .unwrap_or_else(|e| panic!("the embedded seed timeline is not valid: {e}"));
        AppState {
            timeline: Rc::new(timeline),
            selected: None,
            problem: None,
            url_follows: false,
            undo: Vec::new(),
            redo: Vec::new(),
            hosted: false,
            from: None,
            kept: None,
            notice: None,
            query: String::new(),
            order: Order::Date,
            passage: None,
            typed: Vec::new(),
            waiting: false,
        }
    }

    /// The state of a page whose `?timeline=` file is on its way: the seed, not drawn yet.
    pub fn waiting_for_file() -> Self {
        AppState {
            waiting: true,
            ..AppState::seed()
        }
    }

    /// Shows `timeline` in place of the one on screen, which Undo brings back.
    fn replace_undoably(&mut self, timeline: Rc<Timeline>) {
        self.undo
            .push(std::mem::replace(&mut self.timeline, timeline));
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// After an edit: what was typed for it is no longer waiting to be applied.
    fn typed_applied(&mut self, edit: &Edit) {
        let (id, title, date) = match edit {
            Edit::Rename { id, .. } => (id, true, false),
            Edit::Redate { id, .. } => (id, false, true),
            Edit::Delete { id } => (id, true, true),
            _ => return,
        };
        for typed in self.typed.iter_mut().filter(|t| &t.id == id) {
            if title {
                typed.title = None;
            }
            if date {
                typed.date = None;
            }
        }
        self.typed.retain(|t| !t.is_empty());
    }

    /// After Undo or Redo: the selection stays where its event still exists.
    fn keep_selection_if_present(&mut self) {
        if self.selected_event().is_none() {
            self.selected = None;
        }
    }

    /// What is typed and not applied for event `id`.
    pub fn typed_for(&self, id: &str) -> Option<&Typed> {
        self.typed.iter().find(|t| t.id == id)
    }

    /// Before the selection leaves its event: what was typed for it and not applied is
    /// applied (one step, which Undo takes back, and kept) or kept with it, and the reader is
    /// told.
    fn leave(&mut self, effects: &mut Vec<Effect>) {
        let Some(at) = self
            .selected
            .as_ref()
            .and_then(|id| self.typed.iter().position(|t| &t.id == id))
        else {
            return;
        };
        let mut timeline = (*self.timeline).clone();
        let (made, said, kept) = self.typed.remove(at).settle(&mut timeline);
        if made {
            self.replace_undoably(Rc::new(timeline));
            effects.push(Effect::Keep);
            self.hosted = false;
        }
        self.typed.extend(kept);
        if said.is_some() {
            self.notice = said;
        }
    }

    /// Before another timeline takes this one's place: what was typed for its selected event
    /// is applied, and the result handed on to be kept in the Library.
    fn set_aside(&self) -> (Option<SetAside>, Option<String>) {
        let mut before = self.clone();
        before.leave(&mut Vec::new());
        if Rc::ptr_eq(&before.timeline, &self.timeline) {
            return (None, None);
        }
        let said = format!(
            "What you typed for an event of \"{}\" was applied before another timeline \
             took its place, and is kept in the Library.",
            self.timeline.document.title
        );
        (Some((before.timeline, self.kept.clone())), Some(said))
    }

    pub fn selected_event(&self) -> Option<&sourceline_core::Event> {
        self.selected
            .as_deref()
            .and_then(|id| self.timeline.event(id))
    }

    /// The event that a click on sentence `index` selects, if the sentence is evidence.
    pub fn event_for_sentence(&self, index: usize) -> Option<String> {
        let events = self.timeline.events_of_sentence(index);
        let current = events
            .iter()
            .position(|e| Some(&e.id) == self.selected.as_ref());
        let next = current.map_or(0, |i| (i + 1) % events.len());
        events.get(next).map(|e| e.id.clone())
    }
}

impl AppState {
    /// The state after `action`, and what it asks the page to do, in order; the timeline is
    /// kept once, however many of the action's steps changed it.
    pub fn reduce(&self, action: Action) -> (AppState, Vec<Effect>) {
        let mut effects = Vec::new();
        let next = self.step(action, &mut effects);
        effects.dedup_by(|a, b| matches!((a, b), (Effect::Keep, Effect::Keep)));
        (next, effects)
    }

    /// Shows `timeline` in place of the one on screen, which is set aside; the selection, any
    /// problem, the edit history and where it came from are cleared.
    fn load(&mut self, timeline: Rc<Timeline>, effects: &mut Vec<Effect>) {
        let (aside, said) = self.set_aside();
        effects.extend(aside.map(Effect::SetAside));
        self.notice = said;
        self.typed.clear();
        self.timeline = timeline;
        self.selected = None;
        self.problem = None;
        self.undo.clear();
        self.redo.clear();
        self.hosted = false;
        self.from = None;
        self.kept = None;
        self.waiting = false;
    }

    /// Shows the timeline on screen built again, one undo step; `changed` when it changed
    /// since the build was asked for.
    fn rebuilt(
        &mut self,
        timeline: Rc<Timeline>,
        said: String,
        lost: Option<String>,
        changed: bool,
        effects: &mut Vec<Effect>,
    ) {
        self.replace_undoably(timeline);
        effects.push(Effect::Keep);
        self.hosted = false;
        self.notice = Some(said);
        self.problem = lost;
        if changed {
            self.problem = Some(
                "The timeline changed while the article was read: it was built again \
                 with the curation it had when you pressed \"Build timeline\". Undo \
                 brings back the later changes."
                    .to_string(),
            );
        }
        // What was typed for the selected event is applied to it as rebuilt.
        if self.selected_event().is_some() {
            self.leave(effects);
        } else {
            self.selected = None;
        }
        let timeline = self.timeline.clone();
        self.typed.retain(|t| timeline.event(&t.id).is_some());
    }

    /// Makes `edit`, one undo step, and shows the event it leaves selected; a refused edit
    /// is said and changes nothing.
    fn edit(&mut self, edit: Edit, effects: &mut Vec<Effect>) {
        let mut timeline = (*self.timeline).clone();
        match timeline.apply(&edit) {
            Ok(shown) => {
                self.typed_applied(&edit);
                if let Edit::Republish { .. } = edit {
                    self.notice = Some(curation::republished(&self.timeline, &timeline));
                }
                self.replace_undoably(Rc::new(timeline));
                effects.extend(shown.clone().map(Effect::Reveal));
                self.selected = shown;
                self.url_follows = true;
                effects.push(Effect::Keep);
                self.problem = None;
                self.hosted = false;
            }
            Err(e) => self.problem = Some(format!("That edit was not made: {e}.")),
        }
    }

    /// Shows the new version of the timeline on screen that another tab or window kept
    /// (`Some`; Undo brings back this tab's), or says that it deleted it (`None`).
    fn changed_elsewhere(&mut self, changed: Option<Rc<Timeline>>) {
        match changed {
            Some(timeline) if timeline != self.timeline => {
                let title = &timeline.document.title;
                self.problem = Some(format!(
                    "\"{title}\" was changed in another tab or window, so its new version is shown \
                     here; Undo brings back the version this tab had."
                ));
                self.replace_undoably(timeline);
                if self.selected_event().is_none() {
                    self.selected = None;
                }
            }
            Some(_) => {}
            None => {
                let title = &self.timeline.document.title;
                self.problem = Some(format!(
                    "\"{title}\" was deleted from the Library in another tab or window. It is \
                     still open here, and is kept again at your next change."
                ));
                self.kept = None;
            }
        }
    }

    /// Shows the whole of the hosted file whose first events are on screen, the selection
    /// kept, unless the reader changed them or moved on: then says it was left out.
    fn arrived(&mut self, timeline: Rc<Timeline>) {
        if self.hosted {
            self.timeline = timeline;
            self.notice = None;
            if self.selected_event().is_none() {
                self.selected = None;
            }
        } else {
            self.notice = Some(format!(
                "The rest of \"{}\" arrived after the timeline on screen had changed, \
                 and was left out: open the link again to see all of it.",
                timeline.document.title
            ));
        }
    }

    /// The state after `action`, with the effects it asks for added to `effects`.
    fn step(&self, action: Action, effects: &mut Vec<Effect>) -> AppState {
        let mut next = self.clone();
        match action {
            Action::Select(id) if self.timeline.event(&id).is_some() => {
                if self.selected.as_ref() != Some(&id) {
                    next.leave(effects);
                }
                effects.push(Effect::Reveal(id.clone()));
                next.selected = Some(id);
                next.url_follows = true;
            }
            Action::Select(id) => {
                next.problem = Some(format!(
                    "There is no event \"{id}\" in this timeline; the link may be out of date."
                ));
            }
            Action::Toggle(id) if self.selected.as_ref() == Some(&id) => {
                next.leave(effects);
                next.selected = None;
            }
            Action::Toggle(id) => return self.step(Action::Select(id), effects),
            Action::SelectBySentence(index) => {
                let chosen = self.event_for_sentence(index);
                if chosen.is_some() && chosen != self.selected {
                    next.leave(effects);
                    next.selected = chosen;
                }
            }
            Action::Clear => {
                next.leave(effects);
                next.selected = None;
            }
            Action::Load(timeline) => next.load(timeline, effects),
            Action::Kept(key) => next.kept = Some(key),
            Action::Forgotten(key) if self.kept.as_ref() == Some(&key) => {
                next.kept = None;
                next.notice = Some(format!(
                    "\"{}\" was deleted from the Library; it stays on screen, and Restore in the \
                     Library brings it back.",
                    self.timeline.document.title
                ));
            }
            Action::Forgotten(_) => {}
            Action::ChangedElsewhere(changed) => next.changed_elsewhere(changed),
            Action::Reopen(timeline, key) => {
                next = self.step(Action::Load(timeline), effects);
                next.kept = Some(key);
            }
            Action::Host(timeline, from) => {
                next = self.step(Action::Load(timeline), effects);
                next.hosted = true;
                next.from = from;
            }
            Action::Arrived(timeline) => next.arrived(timeline),
            Action::Open(timeline) => {
                next = self.step(Action::Load(timeline), effects);
                effects.push(Effect::Keep);
            }
            Action::Rebuilt {
                sent,
                timeline,
                said,
                lost,
            } => {
                let changed = !Rc::ptr_eq(&sent, &self.timeline);
                next.rebuilt(timeline, said, lost, changed, effects);
            }
            Action::Edit(edit) => next.edit(edit, effects),
            Action::Undo => {
                if let Some(earlier) = next.undo.pop() {
                    next.redo
                        .push(std::mem::replace(&mut next.timeline, earlier));
                    next.keep_selection_if_present();
                    effects.push(Effect::Keep);
                }
            }
            Action::Redo => {
                if let Some(later) = next.redo.pop() {
                    next.undo.push(std::mem::replace(&mut next.timeline, later));
                    next.keep_selection_if_present();
                    effects.push(Effect::Keep);
                }
            }
            Action::Underline(document, mentions) => {
                if Rc::ptr_eq(&document, &self.timeline.document) {
                    let mut timeline = (*self.timeline).clone();
                    Rc::make_mut(&mut timeline.document).mentions = mentions;
                    next.timeline = Rc::new(timeline);
                }
            }
            Action::Problem(message) => {
                next.problem = Some(message);
                next.waiting = false;
            }
            Action::Waited => next.waiting = false,
            Action::DismissProblem => next.problem = None,
            Action::Type(typed) => {
                let read = self.typed_for(&typed.id).and_then(|t| t.read.clone());
                next.typed.retain(|t| t.id != typed.id);
                if !typed.is_empty() {
                    next.typed.push(Typed { read, ..typed });
                }
            }
            Action::DateRead { id, words, reading } => {
                if let Some(typed) = next.typed.iter_mut().find(|t| t.id == id) {
                    typed.read = Some((words, reading));
                }
            }
            Action::Notice(said) => next.notice = Some(said),
            Action::DismissNotice => next.notice = None,
            Action::Query(words) => next.query = words,
            Action::Order(order) => next.order = order,
            Action::Passage(passage) => next.passage = Some(passage),
        }
        if !Rc::ptr_eq(&next.timeline, &self.timeline) {
            next.passage = None;
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: Vec<Action>) -> AppState {
        actions
            .into_iter()
            .fold(AppState::seed(), |state, action| state.then(action))
    }

    /// The next state, for tests that follow the state alone.
    trait Then {
        fn then(&self, action: Action) -> AppState;
    }

    impl Then for AppState {
        fn then(&self, action: Action) -> AppState {
            self.reduce(action).0
        }
    }

    #[test]
    fn where_a_hosted_file_came_from_lasts_until_another_timeline_is_shown() {
        let seed = Rc::new(AppState::seed().timeline.as_ref().clone());
        let hosted = after(vec![Action::Host(seed.clone(), Some("example.org".into()))]);
        assert_eq!(hosted.from.as_deref(), Some("example.org"));
        // An edit keeps it: the words are still the other site's file.
        let edited = hosted.then(Action::Edit(Edit::Delete {
            id: "treaty-1961".into(),
        }));
        assert_eq!(edited.from.as_deref(), Some("example.org"));
        assert_eq!(edited.then(Action::Open(seed.clone())).from, None);
        assert_eq!(after(vec![Action::Host(seed, None)]).from, None);
    }

    #[test]
    fn the_whole_of_a_hosted_file_takes_the_place_of_its_first_events() {
        let whole = Rc::new(AppState::seed().timeline.as_ref().clone());
        let mut first = whole.as_ref().clone();
        first.events.truncate(2);
        let first_id = first.events[0].id.clone();
        let shown = after(vec![
            Action::Host(Rc::new(first), None),
            Action::Select(first_id.clone()),
        ]);
        let arrived = shown.clone().then(Action::Arrived(whole.clone()));
        assert_eq!(arrived.timeline.events.len(), 6);
        assert_eq!(arrived.selected.as_deref(), Some(first_id.as_str()));
        assert!(arrived.hosted);
        // Changed meanwhile: what is on screen stays, and the reader is told.
        let edited = shown.then(Action::Edit(Edit::Delete { id: first_id }));
        let kept = edited.then(Action::Arrived(whole));
        assert_eq!(kept.timeline.events.len(), 1);
        assert!(kept.notice.as_deref().unwrap().contains("left out"));
    }

    #[test]
    fn a_page_waits_for_its_file_until_it_shows_fails_or_is_slow_to_come() {
        let waiting = AppState::waiting_for_file();
        assert!(waiting.waiting);
        assert_eq!(waiting.timeline, AppState::seed().timeline);
        let file = Rc::new(AppState::seed().timeline.as_ref().clone());
        assert!(!waiting.then(Action::Host(file, None)).waiting);
        let failed = waiting.then(Action::Problem("The timeline was not loaded.".into()));
        assert!(!failed.waiting);
        assert!(!waiting.then(Action::Waited).waiting);
        // Nothing else draws the page before its file.
        assert!(waiting.then(Action::Clear).waiting);
    }

    #[test]
    fn selecting_asks_for_a_reveal_but_a_sentence_click_does_not() {
        let (state, effects) = AppState::seed().reduce(Action::Select("summit-2019".into()));
        assert_eq!(effects, [Effect::Reveal("summit-2019".into())]);
        assert!(state.url_follows);
        let sentence = state
            .timeline
            .document
            .sentences_of(&state.timeline.events[0].evidence[0])
            .next()
            .unwrap();
        let (clicked, effects) = state.reduce(Action::SelectBySentence(sentence));
        assert_eq!(clicked.selected.as_deref(), Some("treaty-1961"));
        assert_eq!(effects, []);
    }

    #[test]
    fn toggling_the_selected_event_clears_it() {
        let state = after(vec![Action::Toggle("summit-2019".into())]);
        assert_eq!(state.selected.as_deref(), Some("summit-2019"));
        assert_eq!(
            state
                .clone()
                .then(Action::Toggle("summit-2019".into()))
                .selected,
            None
        );
    }

    #[test]
    fn an_unknown_event_keeps_the_selection_and_says_so() {
        let state = after(vec![
            Action::Select("summit-2019".into()),
            Action::Select("nope".into()),
        ]);
        assert_eq!(state.selected.as_deref(), Some("summit-2019"));
        assert!(state.problem.as_deref().unwrap().contains("\"nope\""));
    }

    #[test]
    fn a_sentence_shared_by_two_events_cycles_between_them() {
        let state = after(vec![]);
        let shared = state
            .timeline
            .document
            .sentences
            .iter()
            .position(|s| {
                s.of(&state.timeline.document.text)
                    .starts_with("It was Putin's third summit")
            })
            .unwrap();
        let first = state.clone().then(Action::SelectBySentence(shared));
        assert_eq!(first.selected.as_deref(), Some("summit-2019"));
        let second = first.then(Action::SelectBySentence(shared));
        assert_eq!(second.selected.as_deref(), Some("summit-2023"));
        assert_eq!(
            second
                .then(Action::SelectBySentence(shared))
                .selected
                .as_deref(),
            Some("summit-2019")
        );
    }

    #[test]
    fn every_edit_can_be_undone_and_redone_and_a_new_edit_drops_the_redo() {
        let seed = after(vec![]);
        let delete = |id: &str| Action::Edit(Edit::Delete { id: id.into() });
        let state = after(vec![delete("treaty-1961")]);
        // An edit asks for the timeline to be kept in the Library.
        let (state, effects) = state.reduce(delete("treaty-2000"));
        assert_eq!(state.timeline.events.len(), 4);
        assert_eq!(effects, [Effect::Keep]);
        let (undone, effects) = state.reduce(Action::Undo);
        assert_eq!(effects, [Effect::Keep], "what Undo brings back is kept");
        let undone = undone.then(Action::Undo);
        assert_eq!(undone.timeline, seed.timeline);
        assert_eq!(undone.clone().then(Action::Undo).timeline, seed.timeline);
        let redone = undone.then(Action::Redo);
        assert_eq!(redone.timeline.events.len(), 5);
        let branched = redone.then(delete("summit-2019"));
        assert!(branched.redo.is_empty());
        assert_eq!(
            branched.clone().then(Action::Redo).timeline,
            branched.timeline
        );
    }

    #[test]
    fn edits_and_undo_steps_share_the_article_instead_of_copying_it() {
        let state = after(vec![Action::Edit(Edit::Delete {
            id: "treaty-1961".into(),
        })]);
        assert!(Rc::ptr_eq(
            &state.timeline.document,
            &state.undo[0].document
        ));
        let undone = state.then(Action::Undo);
        assert!(Rc::ptr_eq(
            &undone.timeline.document,
            &undone.redo[0].document
        ));
        // A new publication date changes the article's dates: that edit has its own copy.
        let published = chrono::NaiveDate::from_ymd_opt(2024, 6, 20).unwrap();
        let found =
            sourceline_core::extract::extract(&undone.timeline.document.text, Some(published));
        let republished = undone.then(Action::Edit(Edit::Republish {
            published,
            found: found.into(),
        }));
        assert!(!Rc::ptr_eq(
            &republished.timeline.document,
            &republished.undo[0].document
        ));
    }

    #[test]
    fn underlines_found_later_go_to_their_document_only() {
        let seed = after(vec![]);
        let mut bare = (*seed.timeline).clone();
        std::rc::Rc::make_mut(&mut bare.document).mentions.clear();
        let opened = seed.then(Action::Load(Rc::new(bare)));
        let document = opened.timeline.document.clone();
        let mentions = AppState::seed().timeline.document.mentions.clone();
        let stale = opened.clone().then(Action::Underline(
            Rc::new((*document).clone()),
            mentions.clone(),
        ));
        assert!(
            stale.timeline.document.mentions.is_empty(),
            "another document's"
        );
        let underlined = opened.then(Action::Underline(document, mentions.clone()));
        assert_eq!(underlined.timeline.document.mentions, mentions);
    }

    #[test]
    fn a_refused_edit_is_explained_and_changes_nothing() {
        let state = after(vec![Action::Edit(Edit::Rename {
            id: "summit-2019".into(),
            title: " ".into(),
        })]);
        assert_eq!(state.timeline, AppState::seed().timeline);
        assert!(state.undo.is_empty());
        let (_, effects) = AppState::seed().reduce(Action::Edit(Edit::Rename {
            id: "summit-2019".into(),
            title: " ".into(),
        }));
        assert_eq!(effects, [], "nothing to keep");
        assert!(state.problem.as_deref().unwrap().contains("needs a title"));
    }

    #[test]
    fn a_sentence_that_is_no_evidence_changes_nothing() {
        let state = after(vec![
            Action::Select("treaty-1961".into()),
            Action::SelectBySentence(0),
        ]);
        assert_eq!(state.selected.as_deref(), Some("treaty-1961"));
    }

    fn typed(id: &str, title: Option<&str>, date: Option<&str>) -> Action {
        Action::Type(Typed {
            id: id.into(),
            title: title.map(str::to_string),
            date: date.map(str::to_string),
            read: None,
        })
    }

    #[test]
    fn what_is_typed_is_applied_as_the_reader_moves_on_in_one_step_undo_takes_back() {
        let state = after(vec![
            Action::Select("summit-2019".into()),
            typed("summit-2019", Some("Hanoi summit"), Some("2019-04-25")),
            Action::Select("summit-2023".into()),
        ]);
        let event = state.timeline.event("summit-2019").unwrap();
        assert_eq!(
            (event.title.as_str(), event.date.to_string().as_str()),
            ("Hanoi summit", "2019-04-25")
        );
        assert_eq!(state.selected.as_deref(), Some("summit-2023"));
        assert!(state.notice.as_deref().unwrap().contains("as you moved on"));
        assert!(state.typed.is_empty());
        assert_eq!(state.undo.len(), 1);
        assert_eq!(state.then(Action::Undo).timeline, AppState::seed().timeline);
        // Clearing the selection moves on too; applying it there leaves nothing waiting.
        let cleared = after(vec![
            Action::Select("summit-2019".into()),
            typed("summit-2019", Some("Hanoi summit"), None),
            Action::Clear,
        ]);
        assert_eq!(
            cleared.timeline.event("summit-2019").unwrap().title,
            "Hanoi summit"
        );
        let renamed = after(vec![
            Action::Select("summit-2019".into()),
            typed("summit-2019", Some("Hanoi summit"), None),
            Action::Edit(Edit::Rename {
                id: "summit-2019".into(),
                title: "Hanoi summit".into(),
            }),
        ]);
        assert!(renamed.typed.is_empty());
    }

    #[test]
    fn a_date_read_by_the_worker_is_applied_as_the_reader_moves_on_and_an_erased_one_is_not() {
        let words = "the day after the summit";
        let read = |words: &str| Action::DateRead {
            id: "summit-2019".into(),
            words: words.into(),
            reading: Ok(("2019-04-25".parse().unwrap(), "25 April 2019".into())),
        };
        let typing = after(vec![
            Action::Select("summit-2019".into()),
            typed("summit-2019", None, Some(words)),
            read(words),
            // Typing the title keeps what the date's words were read as.
            typed("summit-2019", Some("Hanoi summit"), Some(words)),
        ]);
        let (moved, effects) = typing.reduce(Action::Select("summit-2023".into()));
        let event = moved.timeline.event("summit-2019").unwrap();
        assert_eq!(
            (event.title.as_str(), event.date.to_string().as_str()),
            ("Hanoi summit", "2019-04-25")
        );
        assert_eq!(
            effects,
            [Effect::Keep, Effect::Reveal("summit-2023".into())]
        );
        // A reading of words no longer in the field is not applied.
        let stale = after(vec![
            Action::Select("summit-2019".into()),
            typed("summit-2019", None, Some("last spring")),
            read(words),
            Action::Clear,
        ]);
        assert_eq!(stale.timeline, AppState::seed().timeline);
        assert!(stale.notice.as_deref().unwrap().contains("not read yet"));
        // Erased: nothing waits, and moving on changes nothing.
        let erased = after(vec![
            Action::Select("summit-2019".into()),
            typed("summit-2019", None, Some(words)),
            typed("summit-2019", None, None),
        ]);
        assert!(erased.typed.is_empty());
        let (moved, effects) = erased.reduce(Action::Clear);
        assert_eq!((moved.notice, moved.undo.len(), effects), (None, 0, vec![]));
    }

    #[test]
    fn a_date_not_read_stays_with_its_event_and_a_replaced_timeline_is_set_aside_with_its_edits() {
        let state = after(vec![
            Action::Select("summit-2019".into()),
            typed("summit-2019", None, Some("someday")),
            Action::DateRead {
                id: "summit-2019".into(),
                words: "someday".into(),
                reading: Err("no date was found".into()),
            },
            Action::Select("summit-2023".into()),
        ]);
        assert_eq!(state.timeline, AppState::seed().timeline);
        assert_eq!(
            state.typed_for("summit-2019").unwrap().date.as_deref(),
            Some("someday")
        );
        assert!(state.notice.as_deref().unwrap().contains("\"someday\""));

        let other = Rc::new(Timeline::new(
            Document::new("T", "In 2011.", None),
            Vec::new(),
        ));
        let typing = after(vec![
            Action::Kept("k".into()),
            Action::Select("summit-2019".into()),
            typed("summit-2019", Some("Hanoi summit"), None),
        ]);
        let (replaced, effects) = typing.reduce(Action::Open(other));
        let [Effect::SetAside((aside, key)), Effect::Keep] = &effects[..] else {
            panic!("set aside, then the opened one kept: {effects:?}");
        };
        assert_eq!(aside.event("summit-2019").unwrap().title, "Hanoi summit");
        assert_eq!(key.as_deref(), Some("k"));
        assert!(replaced.typed.is_empty());
        assert_eq!(replaced.reduce(Action::Clear).1, [], "handed on once");
    }

    #[test]
    fn a_timeline_rebuilt_is_one_undo_step_and_says_when_it_missed_later_changes() {
        let seed = after(vec![]);
        let mut rebuilt = (*seed.timeline).clone();
        rebuilt.events.pop();
        let rebuild = |sent: &Rc<Timeline>| Action::Rebuilt {
            sent: sent.clone(),
            timeline: Rc::new(rebuilt.clone()),
            said: "Built again".into(),
            lost: None,
        };
        let state = seed.clone().then(rebuild(&seed.timeline));
        assert_eq!(state.timeline.events.len(), 5);
        assert_eq!(state.notice.as_deref(), Some("Built again"));
        assert_eq!(state.problem, None);
        assert_eq!(state.then(Action::Undo).timeline, seed.timeline);
        let edited = seed.clone().then(Action::Edit(Edit::Delete {
            id: "treaty-1961".into(),
        }));
        let late = edited.then(rebuild(&seed.timeline));
        assert!(late
            .problem
            .as_deref()
            .unwrap()
            .contains("changed while the article was read"));
    }

    #[test]
    fn a_new_publication_date_says_curated_dates_stay() {
        let published = chrono::NaiveDate::from_ymd_opt(2024, 7, 25).unwrap();
        let seed = after(vec![]);
        let found =
            sourceline_core::extract::extract(&seed.timeline.document.text, Some(published));
        let state = seed.then(Action::Edit(Edit::Republish {
            published,
            found: found.into(),
        }));
        assert_eq!(
            state.notice.as_deref(),
            Some(
                "Published on 25 July 2024: words such as \"last week\" are now counted from that \
                 day. The 6 events you curated keep the dates you gave them: change one in its \
                 editor to date it again."
            )
        );
    }

    #[test]
    fn deleting_the_timeline_on_screen_from_the_library_unlinks_it_and_says_so() {
        let kept = after(vec![Action::Kept("k".into())]);
        let other = kept.clone().then(Action::Forgotten("j".into()));
        assert_eq!(other.kept.as_deref(), Some("k"));
        let gone = kept.then(Action::Forgotten("k".into()));
        assert_eq!(gone.kept, None);
        assert!(gone.notice.as_deref().unwrap().contains("Restore"));
    }

    #[test]
    fn a_version_kept_in_another_tab_is_shown_and_undo_brings_back_this_tabs() {
        let mine = after(vec![
            Action::Kept("k".into()),
            Action::Select("summit-2019".into()),
        ]);
        let mut theirs = (*mine.timeline).clone();
        theirs
            .apply(&Edit::Delete {
                id: "treaty-1961".into(),
            })
            .unwrap();
        let shown = mine
            .clone()
            .then(Action::ChangedElsewhere(Some(Rc::new(theirs.clone()))));
        assert_eq!(*shown.timeline, theirs);
        assert_eq!(shown.selected.as_deref(), Some("summit-2019"));
        assert!(shown.problem.as_deref().unwrap().contains("another tab"));
        // Shown, not kept again: it is in storage already.
        let (_, effects) = mine.reduce(Action::ChangedElsewhere(Some(Rc::new(theirs.clone()))));
        assert_eq!(effects, []);
        let (undone, effects) = shown.reduce(Action::Undo);
        assert_eq!(undone.timeline, mine.timeline);
        assert_eq!(effects, [Effect::Keep], "this tab's version is kept again");
        // The same version again (its own write coming back) changes nothing.
        let same = mine
            .clone()
            .then(Action::ChangedElsewhere(Some(mine.timeline.clone())));
        assert_eq!(same, mine);
        let deleted = mine.clone().then(Action::ChangedElsewhere(None));
        assert_eq!(deleted.kept, None);
        assert_eq!(deleted.timeline, mine.timeline);
    }

    #[test]
    fn a_problem_is_shown_until_dismissed_and_the_timeline_and_selection_stay() {
        let edited = after(vec![
            Action::Select("summit-2019".into()),
            Action::Edit(Edit::Delete {
                id: "treaty-1961".into(),
            }),
            Action::Select("summit-2023".into()),
        ]);
        let (shown, effects) = edited.reduce(Action::Problem("The link was not copied.".into()));
        assert_eq!(shown.problem.as_deref(), Some("The link was not copied."));
        assert_eq!(effects, [], "nothing to keep or reveal");
        let (dismissed, effects) = shown.reduce(Action::DismissProblem);
        assert_eq!(dismissed.problem, None);
        assert_eq!(effects, []);
        assert_eq!(
            dismissed, edited,
            "the timeline, selection and history stay"
        );
    }

    #[test]
    fn a_notice_is_said_until_the_next_one_or_dismissed() {
        let (said, effects) = AppState::seed().reduce(Action::Notice("Link copied.".into()));
        assert_eq!(said.notice.as_deref(), Some("Link copied."));
        assert_eq!(effects, []);
        let next = said.then(Action::Notice("Saved \"summit.svg\".".into()));
        assert_eq!(next.notice.as_deref(), Some("Saved \"summit.svg\"."));
        let dismissed = next.then(Action::DismissNotice);
        assert_eq!(dismissed.notice, None);
        assert_eq!(dismissed.timeline, AppState::seed().timeline);
    }

    #[test]
    fn a_timeline_loaded_starts_afresh_and_one_reopened_is_linked_to_its_key_not_kept_again() {
        let worked = after(vec![
            Action::Kept("k".into()),
            Action::Select("summit-2019".into()),
            Action::Edit(Edit::Delete {
                id: "treaty-1961".into(),
            }),
            Action::Problem("Something went wrong.".into()),
        ]);
        let other = Rc::new(Timeline::new(
            Document::new("Vote", "The council voted in 2011.", None),
            Vec::new(),
        ));
        let (loaded, effects) = worked.reduce(Action::Load(other.clone()));
        assert_eq!(loaded.timeline, other);
        assert_eq!(
            (
                loaded.selected.as_ref(),
                loaded.problem.as_ref(),
                loaded.kept.as_ref()
            ),
            (None, None, None)
        );
        assert!(
            loaded.undo.is_empty(),
            "Undo does not bring back another timeline"
        );
        assert_eq!(
            effects,
            [],
            "a timeline shown, not the reader's work to keep"
        );

        let kept = AppState::seed().timeline;
        let (reopened, effects) = worked.reduce(Action::Reopen(kept.clone(), "j".into()));
        assert_eq!(reopened.timeline, kept);
        assert_eq!(reopened.kept.as_deref(), Some("j"));
        assert_eq!((reopened.selected.as_ref(), reopened.undo.len()), (None, 0));
        assert_eq!(effects, [], "it is in the Library already");
        // The reader's next change is kept, under that key still.
        let (changed, effects) = reopened.reduce(Action::Edit(Edit::Delete {
            id: "treaty-1961".into(),
        }));
        assert_eq!(effects, [Effect::Keep]);
        assert_eq!(changed.kept.as_deref(), Some("j"));
    }

    #[test]
    fn underlines_found_after_an_edit_still_reach_the_edited_article() {
        let mut bare = (*AppState::seed().timeline).clone();
        Rc::make_mut(&mut bare.document).mentions.clear();
        let opened = after(vec![Action::Open(Rc::new(bare))]);
        let document = opened.timeline.document.clone();
        let edited = opened.then(Action::Edit(Edit::Delete {
            id: "treaty-1961".into(),
        }));
        let mentions = AppState::seed().timeline.document.mentions.clone();
        let (underlined, effects) = edited.reduce(Action::Underline(document, mentions.clone()));
        assert_eq!(underlined.timeline.document.mentions, mentions);
        assert_eq!(underlined.timeline.events.len(), 5, "the edit stays");
        assert_eq!(underlined.undo, edited.undo, "no undo step of its own");
        assert_eq!(effects, [], "found again from the article, not kept");
    }

    #[test]
    fn a_selected_passage_lasts_until_the_timeline_changes_and_the_search_and_order_stay() {
        let seed = AppState::seed();
        let passage = seed.timeline.events[0].evidence[0];
        let state = after(vec![
            Action::Query("summit".into()),
            Action::Order(Order::Story),
            Action::Passage(passage),
            Action::Select("summit-2019".into()),
        ]);
        assert_eq!(state.passage, Some(passage), "selecting an event keeps it");
        let edited = state.then(Action::Edit(Edit::Delete {
            id: "treaty-1961".into(),
        }));
        assert_eq!(edited.passage, None);
        assert_eq!(
            (edited.query.as_str(), edited.order),
            ("summit", Order::Story)
        );
    }
}
