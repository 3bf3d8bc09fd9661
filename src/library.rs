//! The Library as the page shows it, a state machine: the timelines kept in this browser and
//! those deleted in this session, and what the reader and other tabs do to them.
//!
//! Storage is read and written by the `use_library` hook, which hands [`Library::reduce`] what
//! storage did; the reducer returns what the page is told ([`Effect::Page`]) and whether the
//! list is to be read again.

use std::rc::Rc;

use sourceline_core::Timeline;

use crate::state;
use crate::storage::{Elsewhere, Saved};

/// The Library's lists, as last read from storage.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub saved: Vec<Saved>,
    /// Deleted in this session, most recent first: what Restore brings back.
    pub deleted: Vec<Saved>,
}

/// What storage did, for the reader or for another tab.
#[derive(Debug)]
pub enum Action {
    /// The Library as storage lists it now, and the timelines deleted in this session when
    /// they were read too.
    Listed(Vec<Saved>, Option<Vec<Saved>>),
    /// The timeline on screen kept, under this key, or why not.
    Kept(Result<(String, Vec<Saved>), String>),
    /// A timeline another took the place of kept, or why not.
    SetAside(Result<Vec<Saved>, String>),
    /// The timeline kept under this key opened from the Library, or why not.
    Opened(String, Result<Timeline, String>),
    /// The timeline kept under this key deleted: the Library and the deleted ones then.
    Deleted(String, Result<(Vec<Saved>, Vec<Saved>), String>),
    /// A deleted timeline put back, as listed now, with the lists then; `on_screen` is the
    /// key of the article on screen when that is kept nowhere.
    Restored {
        restored: Result<(Saved, Vec<Saved>, Vec<Saved>), String>,
        on_screen: Option<String>,
    },
    /// Another tab or window of this page changed the storage.
    Elsewhere(Elsewhere),
}

/// What the hook does for an action.
#[derive(Debug, PartialEq)]
pub enum Effect {
    /// Tell the page.
    Page(state::Action),
    /// Read the Library's list again.
    Reread,
}

impl Library {
    /// The next lists after `action`, and what the page is told.
    pub fn reduce(&mut self, action: Action) -> Vec<Effect> {
        use state::Action::{Forgotten, Kept, Notice, Problem};
        match action {
            Action::Listed(saved, deleted) => {
                self.saved = saved;
                if let Some(deleted) = deleted {
                    self.deleted = deleted;
                }
                Vec::new()
            }
            Action::Kept(Ok((key, saved))) => {
                self.saved = saved;
                vec![Effect::Page(Kept(key))]
            }
            Action::SetAside(Ok(saved)) => {
                self.saved = saved;
                Vec::new()
            }
            Action::Kept(Err(why)) | Action::SetAside(Err(why)) | Action::Deleted(_, Err(why)) => {
                vec![Effect::Page(Problem(why))]
            }
            Action::Opened(key, Ok(timeline)) => {
                vec![Effect::Page(state::Action::Reopen(Rc::new(timeline), key))]
            }
            Action::Opened(_, Err(why)) => vec![Effect::Page(Problem(format!(
                "That timeline was not opened: {why}."
            )))],
            Action::Deleted(key, Ok((saved, deleted))) => {
                let title = self
                    .saved
                    .iter()
                    .find(|s| s.key == key)
                    .map(|s| s.title.clone());
                (self.saved, self.deleted) = (saved, deleted);
                let said = format!(
                    "\"{}\" was deleted from the Library; Restore, in the Library, brings it back.",
                    title.unwrap_or_default()
                );
                vec![Effect::Page(Notice(said)), Effect::Page(Forgotten(key))]
            }
            Action::Restored {
                restored: Ok((restored, saved, deleted)),
                on_screen,
            } => {
                (self.saved, self.deleted) = (saved, deleted);
                let said = format!("\"{}\" is back in the Library.", restored.title);
                let mut effects = vec![Effect::Page(Notice(said))];
                // The one on screen, deleted, is kept under its key again.
                if on_screen.is_some() && restored.article == on_screen {
                    effects.push(Effect::Page(Kept(restored.key)));
                }
                effects
            }
            Action::Restored {
                restored: Err(why), ..
            } => vec![Effect::Page(Problem(format!(
                "That timeline was not restored: {why}."
            )))],
            Action::Elsewhere(Elsewhere::Nothing) => Vec::new(),
            Action::Elsewhere(Elsewhere::Library) => vec![Effect::Reread],
            Action::Elsewhere(Elsewhere::OnScreen(timeline)) => {
                let changed = state::Action::ChangedElsewhere(timeline.map(Rc::new));
                vec![Effect::Page(changed), Effect::Reread]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{Action as Page, AppState};

    fn saved(key: &str, title: &str) -> Saved {
        Saved {
            key: key.into(),
            title: title.into(),
            events: 6,
            source: None,
            curated: 0,
            article: Some(format!("article-{key}")),
            built: None,
            changed: None,
        }
    }

    fn told(effects: Vec<Effect>) -> Vec<Page> {
        effects
            .into_iter()
            .map(|effect| match effect {
                Effect::Page(action) => action,
                Effect::Reread => panic!("nothing to read again"),
            })
            .collect()
    }

    #[test]
    fn a_timeline_kept_is_listed_and_the_page_learns_its_key_or_why_not() {
        let mut library = Library::default();
        let listed = vec![saved("k", "Summit")];
        let effects = library.reduce(Action::Kept(Ok(("k".into(), listed.clone()))));
        assert_eq!(told(effects), [Page::Kept("k".into())]);
        assert_eq!(library.saved, listed);
        let full = "the browser's storage for this page is full".to_string();
        let effects = library.reduce(Action::Kept(Err(full.clone())));
        assert_eq!(told(effects), [Page::Problem(full.clone())]);
        assert_eq!(library.saved, listed, "the list stays as it was");
        let effects = library.reduce(Action::SetAside(Ok(Vec::new())));
        assert_eq!(told(effects), []);
        assert_eq!(
            library.saved,
            [],
            "another timeline set aside: the list as it is now"
        );
        let effects = library.reduce(Action::SetAside(Err(full.clone())));
        assert_eq!(told(effects), [Page::Problem(full)]);
    }

    #[test]
    fn a_deleted_timeline_is_said_by_its_title_and_restore_keeps_the_one_on_screen_again() {
        let mut library = Library::default();
        library.reduce(Action::Listed(
            vec![saved("k", "Summit"), saved("j", "Vote")],
            Some(Vec::new()),
        ));
        let effects = library.reduce(Action::Deleted(
            "k".into(),
            Ok((vec![saved("j", "Vote")], vec![saved("k", "Summit")])),
        ));
        assert_eq!(
            told(effects),
            [
                Page::Notice(
                    "\"Summit\" was deleted from the Library; Restore, in the Library, brings it \
                     back."
                        .into()
                ),
                Page::Forgotten("k".into())
            ]
        );
        assert_eq!((library.saved.len(), library.deleted.len()), (1, 1));
        // Restored under a new key while its article is on screen, kept nowhere: kept there.
        let restored = Saved {
            key: "k-2".into(),
            ..saved("k", "Summit")
        };
        let lists = (
            restored.clone(),
            vec![restored.clone(), saved("j", "Vote")],
            Vec::new(),
        );
        let effects = library.reduce(Action::Restored {
            restored: Ok(lists.clone()),
            on_screen: Some("article-k".into()),
        });
        assert_eq!(
            told(effects),
            [
                Page::Notice("\"Summit\" is back in the Library.".into()),
                Page::Kept("k-2".into())
            ]
        );
        assert_eq!((library.saved.len(), library.deleted.len()), (2, 0));
        // Another article on screen, or one kept elsewhere: only said.
        for on_screen in [Some("article-j".to_string()), None] {
            let effects = library.reduce(Action::Restored {
                restored: Ok(lists.clone()),
                on_screen,
            });
            assert_eq!(told(effects).len(), 1);
        }
        let effects = library.reduce(Action::Restored {
            restored: Err("it is no longer set aside".into()),
            on_screen: None,
        });
        assert_eq!(
            told(effects),
            [Page::Problem(
                "That timeline was not restored: it is no longer set aside.".into()
            )]
        );
    }

    #[test]
    fn a_delete_that_failed_is_explained_and_the_lists_stay() {
        let mut library = Library::default();
        library.reduce(Action::Listed(
            vec![saved("k", "Summit")],
            Some(vec![saved("j", "Vote")]),
        ));
        let effects = library.reduce(Action::Deleted(
            "k".into(),
            Err("the browser's storage could not be written".into()),
        ));
        assert_eq!(
            told(effects),
            [Page::Problem(
                "the browser's storage could not be written".into()
            )],
            "not forgotten: it is still kept"
        );
        assert_eq!(library.saved, [saved("k", "Summit")]);
        assert_eq!(library.deleted, [saved("j", "Vote")]);
        // The list read again alone leaves what Restore brings back.
        library.reduce(Action::Listed(Vec::new(), None));
        assert_eq!(library.deleted, [saved("j", "Vote")]);
    }

    #[test]
    fn another_tabs_save_of_the_timeline_on_screen_is_shown_and_the_list_read_again() {
        let mut library = Library::default();
        let theirs = (*AppState::seed().timeline).clone();
        let effects = library.reduce(Action::Elsewhere(Elsewhere::OnScreen(Some(theirs.clone()))));
        assert_eq!(
            effects,
            [
                Effect::Page(Page::ChangedElsewhere(Some(Rc::new(theirs)))),
                Effect::Reread
            ]
        );
        let effects = library.reduce(Action::Elsewhere(Elsewhere::OnScreen(None)));
        assert_eq!(
            effects,
            [Effect::Page(Page::ChangedElsewhere(None)), Effect::Reread]
        );
        assert_eq!(
            library.reduce(Action::Elsewhere(Elsewhere::Library)),
            [Effect::Reread]
        );
        assert_eq!(library.reduce(Action::Elsewhere(Elsewhere::Nothing)), []);
        library.reduce(Action::Listed(vec![saved("j", "Vote")], None));
        assert_eq!(library.saved, [saved("j", "Vote")]);
    }

    #[test]
    fn a_timeline_opened_from_the_library_is_reopened_under_its_key() {
        let mut library = Library::default();
        let timeline = (*AppState::seed().timeline).clone();
        let effects = library.reduce(Action::Opened("k".into(), Ok(timeline.clone())));
        assert_eq!(told(effects), [Page::Reopen(Rc::new(timeline), "k".into())]);
        let effects = library.reduce(Action::Opened("k".into(), Err("it is gone".into())));
        assert_eq!(
            told(effects),
            [Page::Problem(
                "That timeline was not opened: it is gone.".into()
            )]
        );
    }
}
