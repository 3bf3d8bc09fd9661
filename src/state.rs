//! The app's state and the actions that change it, as a Yew reducer.

use std::rc::Rc;

use sourceline_core::Timeline;

use crate::components::Draft;
use yew::Reducible;

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
    /// Counts requests to scroll the selected event into view; the page reveals it on change.
    pub reveal: u32,
}

pub enum Action {
    /// Select an event by id and bring it into view; an unknown id is reported as a problem.
    Select(String),
    /// Select the event, or clear the selection when it is already selected.
    Toggle(String),
    /// Select the next event a sentence is evidence of, cycling when there are several; the
    /// sentence is in view already, so nothing scrolls.
    SelectBySentence(usize),
    Clear,
    /// Show another timeline; the selection and any problem are cleared.
    Load(Rc<Timeline>),
    Problem(String),
    DismissProblem,
}

impl AppState {
    /// Builds the timeline of a pasted article, or says why it cannot.
    pub fn build(draft: &Draft) -> Result<(Timeline, Option<String>), String> {
        if draft.text.trim().is_empty() {
            return Err("Paste the text of an article into \"Article text\" first.".into());
        }
        let timeline = sourceline_core::extract::timeline(&draft.text, draft.published);
        // Without a date, relative words cannot be dated: say so first, as it is the fix.
        let warning = if timeline.document.dateline.is_none() {
            Some(
                "This text has no date line, so words like \"Friday\" or \"last year\" could not be dated: \
                 enter the date it was published in \"Published\" and build again."
                    .to_string(),
            )
        } else if timeline.events.is_empty() {
            Some(
                "No dates were found in this text, so there is nothing to put on the timeline yet."
                    .to_string(),
            )
        } else {
            None
        };
        Ok((timeline, warning))
    }

    /// The seed article and its curated timeline.
    pub fn seed() -> Self {
        let timeline =
            Timeline::from_json(SEED_TIMELINE).expect("the embedded seed timeline is valid");
        AppState {
            timeline: Rc::new(timeline),
            selected: None,
            problem: None,
            reveal: 0,
        }
    }

    /// A file name for the timeline, from its title: "russia-north-korea-upgrade.timeline.json".
    pub fn export_name(&self) -> String {
        let words: Vec<String> = self
            .timeline
            .document
            .title
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .take(5)
            .map(str::to_lowercase)
            .collect();
        let stem = if words.is_empty() {
            "timeline".to_string()
        } else {
            words.join("-")
        };
        format!("{stem}.timeline.json")
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

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Select(id) if self.timeline.event(&id).is_some() => {
                next.selected = Some(id);
                next.reveal += 1;
            }
            Action::Select(id) => {
                next.problem = Some(format!(
                    "There is no event \"{id}\" in this timeline; the link may be out of date."
                ));
            }
            Action::Toggle(id) if self.selected.as_ref() == Some(&id) => next.selected = None,
            Action::Toggle(id) => return self.reduce(Action::Select(id)),
            Action::SelectBySentence(index) => {
                next.selected = self.event_for_sentence(index).or(next.selected)
            }
            Action::Clear => next.selected = None,
            Action::Load(timeline) => {
                next.timeline = timeline;
                next.selected = None;
                next.problem = None;
            }
            Action::Problem(message) => next.problem = Some(message),
            Action::DismissProblem => next.problem = None,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: Vec<Action>) -> Rc<AppState> {
        actions
            .into_iter()
            .fold(Rc::new(AppState::seed()), |state, action| {
                state.reduce(action)
            })
    }

    #[test]
    fn selecting_asks_for_a_reveal_but_a_sentence_click_does_not() {
        let state = after(vec![Action::Select("summit-2019".into())]);
        assert_eq!(state.reveal, 1);
        let sentence = state
            .timeline
            .document
            .sentences_of(&state.timeline.events[0].evidence[0])
            .next()
            .unwrap();
        let clicked = state.reduce(Action::SelectBySentence(sentence));
        assert_eq!(clicked.selected.as_deref(), Some("treaty-1961"));
        assert_eq!(clicked.reveal, 1);
    }

    #[test]
    fn a_pasted_article_gets_its_own_timeline_or_a_reason() {
        let draft = |text: &str, published| Draft {
            text: text.into(),
            published,
        };
        assert!(AppState::build(&draft("  \n ", None))
            .unwrap_err()
            .contains("Article text"));
        let (timeline, warning) =
            AppState::build(&draft("Vote\n\nThe council voted on Friday.", None)).unwrap();
        assert!(timeline.events.is_empty() && warning.unwrap().contains("Published"));
        let published = chrono::NaiveDate::from_ymd_opt(2013, 3, 22);
        let (_, warning) = AppState::build(&draft("Vote\n\nThe council met.", published)).unwrap();
        assert!(warning.unwrap().contains("No dates"));
        let published = chrono::NaiveDate::from_ymd_opt(2013, 3, 22);
        let (timeline, warning) =
            AppState::build(&draft("Vote\n\nThe council voted on Monday.", published)).unwrap();
        assert_eq!(warning, None);
        assert_eq!(timeline.events[0].date.to_string(), "2013-03-18");
        let (_, warning) =
            AppState::build(&draft("Vote\n\nThe council voted in 2011.", None)).unwrap();
        assert!(warning.unwrap().contains("Published"));
    }

    #[test]
    fn the_export_is_named_after_the_article() {
        assert_eq!(
            after(vec![]).export_name(),
            "russia-north-korea-upgrade-partnership.timeline.json"
        );
    }

    #[test]
    fn toggling_the_selected_event_clears_it() {
        let state = after(vec![Action::Toggle("summit-2019".into())]);
        assert_eq!(state.selected.as_deref(), Some("summit-2019"));
        assert_eq!(
            state
                .clone()
                .reduce(Action::Toggle("summit-2019".into()))
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
        let first = state.clone().reduce(Action::SelectBySentence(shared));
        assert_eq!(first.selected.as_deref(), Some("summit-2019"));
        let second = first.reduce(Action::SelectBySentence(shared));
        assert_eq!(second.selected.as_deref(), Some("summit-2023"));
        assert_eq!(
            second
                .reduce(Action::SelectBySentence(shared))
                .selected
                .as_deref(),
            Some("summit-2019")
        );
    }

    #[test]
    fn a_sentence_that_is_no_evidence_changes_nothing() {
        let state = after(vec![
            Action::Select("treaty-1961".into()),
            Action::SelectBySentence(0),
        ]);
        assert_eq!(state.selected.as_deref(), Some("treaty-1961"));
    }
}
