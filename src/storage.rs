//! The Library: the reader's timelines, kept in the browser's local storage.
//!
//! Each timeline is kept in the JSON format under a key of its own, the same key for the same
//! article, so edits replace the earlier copy; an index lists them for the Library. Storage
//! can be full or turned off (private windows, site settings): then every call says so in a
//! sentence for the reader, and the app goes on with what is on screen.
//!
//! What the reader is typing and has not applied yet (an article pasted but not built, a
//! title not yet renamed) is a draft: kept in this tab's session storage, so that a reload
//! brings it back and another tab has drafts of its own.

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use sourceline_core::{Origin, TimeValue, Timeline};

const INDEX: &str = "sourceline.library";
const CURRENT: &str = "sourceline.current";
/// The timelines deleted from the Library in this tab, as listed, to restore (session
/// storage); each one's JSON is kept under [`deleted_item`].
const DELETED: &str = "sourceline.deleted";
/// The longest article kept, in bytes; its timeline file is about twice as long.
const LARGEST: usize = 2_000_000;

/// One timeline of the Library, as listed: enough to tell two builds of one article apart.
/// The fields after `events` are read as absent from an index kept before they were.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub key: String,
    pub title: String,
    pub events: usize,
    /// Who published the article, when it says.
    #[serde(default)]
    pub source: Option<String>,
    /// Of its events, those a person curated.
    #[serde(default)]
    pub curated: usize,
    /// [`key_of`] its article: a new one means it was built anew.
    #[serde(default)]
    pub article: Option<String>,
    /// When it was built or opened, and when it was last changed, in the reader's time.
    #[serde(default)]
    pub built: Option<TimeValue>,
    #[serde(default)]
    pub changed: Option<TimeValue>,
}

/// The reader's time now, to the minute; natively, none.
fn now() -> Option<TimeValue> {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        let day = chrono::NaiveDate::from_ymd_opt(
            i32::try_from(now.get_full_year()).ok()?,
            now.get_month() + 1,
            now.get_date(),
        )?;
        Some(TimeValue::Minute(day.and_hms_opt(
            now.get_hours(),
            now.get_minutes(),
            0,
        )?))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Whether this browser lets the page keep anything; `LocalStorage` panics where it does not.
fn available() -> bool {
    local().is_some()
}

fn item(key: &str) -> String {
    format!("sourceline.timeline.{key}")
}

fn deleted_item(key: &str) -> String {
    format!("sourceline.deleted.{key}")
}

/// The key of an article: a 64-bit FNV-1a hash of its title and text, stable across releases.
pub fn key_of(timeline: &Timeline) -> String {
    let doc = &timeline.document;
    let hash = [doc.title.as_bytes(), &[0], doc.text.as_bytes()]
        .concat()
        .iter()
        .fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
            (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
        });
    format!("{hash:016x}")
}

/// The kept timelines, the most recently changed first.
pub fn library() -> Vec<Saved> {
    if !available() {
        return Vec::new();
    }
    LocalStorage::get(INDEX).unwrap_or_default()
}

/// Keeps a timeline under `key` (the one it was kept under before), or under a new key, and
/// makes it the one the page reopens where `current` (not a timeline set aside for another);
/// returns the key and the new Library.
///
/// A new key never takes another version's place: building or opening an article again keeps
/// the curated copy of it and adds the new one beside it (same key and a `-2`, `-3`...).
/// # Errors
/// A sentence for the reader when storage is turned off or full; nothing is lost from the
/// page, and what was kept before stays.
pub fn keep(
    timeline: &Timeline,
    key: Option<&str>,
    current: bool,
) -> Result<(String, Vec<Saved>), String> {
    let title = &timeline.document.title;
    if !available() {
        return Err(format!(
            "This browser does not let the page keep anything, so \"{title}\" is only open here: \
             export it to keep it."
        ));
    }
    // Browsers give a page about five million characters; a longer article cannot fit, and
    // writing it out only to be refused would hold the page.
    if timeline.document.text.len() > LARGEST {
        return Err(format!(
            "\"{title}\" is too long to keep in this browser, so it is only open here: export \
             it to keep it."
        ));
    }
    let full = || {
        format!(
            "The browser's storage for this page is full, so the latest change to \"{title}\" \
             was not kept; it is still open here. Delete something from the Library, or export it."
        )
    };
    let json = timeline.to_json();
    let storage = LocalStorage::raw();
    let key = match key {
        Some(key) => key.to_string(),
        None => {
            let stem = key_of(timeline);
            (1..)
                .map(|n| match n {
                    1 => stem.clone(),
                    n => format!("{stem}-{n}"),
                })
                .find(|key| {
                    let kept = storage.get_item(&item(key)).ok().flatten();
                    kept.is_none_or(|kept| kept == json)
                })
                .unwrap_or(stem)
        }
    };
    storage.set_item(&item(&key), &json).map_err(|_| full())?;
    let mut index = library();
    let article = Some(key_of(timeline));
    let earlier = index
        .iter()
        .position(|s| s.key == key)
        .map(|at| index.remove(at));
    let changed = now();
    let built = earlier
        .filter(|e| e.article == article)
        .map_or(changed, |e| e.built);
    let doc = &timeline.document;
    index.insert(
        0,
        Saved {
            key: key.clone(),
            title: title.clone(),
            events: timeline.events.len(),
            source: doc.source.clone(),
            curated: timeline
                .events
                .iter()
                .filter(|e| e.origin == Origin::Curated)
                .count(),
            article,
            built,
            changed,
        },
    );
    LocalStorage::set(INDEX, &index).map_err(|_| full())?;
    if current {
        LocalStorage::set(CURRENT, &key).map_err(|_| full())?;
    }
    Ok((key, index))
}

/// Reads a kept timeline.
///
/// # Errors
/// A sentence for the reader when it is gone or no longer readable.
fn read(key: &str) -> Result<Timeline, String> {
    let json = available()
        .then(|| LocalStorage::raw().get_item(&item(key)).ok().flatten())
        .flatten()
        .ok_or("it is no longer in this browser's storage")?;
    Timeline::from_json(&json).map_err(|e| e.to_string())
}

/// Reads a kept timeline and makes it the one the page reopens.
///
/// # Errors
/// A sentence for the reader when it is gone or no longer readable.
pub fn open(key: &str) -> Result<Timeline, String> {
    let timeline = read(key)?;
    let _ = LocalStorage::set(CURRENT, key);
    Ok(timeline)
}

/// What a change to the storage made by another tab or window of this page means here.
#[derive(Debug)]
pub enum Elsewhere {
    /// Nothing this page shows.
    Nothing,
    /// The Library's list changed.
    Library,
    /// The timeline on screen was kept anew (`Some`, as it is now) or deleted (`None`).
    OnScreen(Option<Timeline>),
}

/// What the change of storage item `changed` (`None`: all of them were cleared) means for a
/// page showing the timeline kept under `kept`.
pub fn elsewhere(changed: Option<&str>, kept: Option<&str>) -> Elsewhere {
    let on_screen = kept.map(item);
    match changed {
        Some(INDEX) => Elsewhere::Library,
        Some(changed) if Some(changed) == on_screen.as_deref() => {
            Elsewhere::OnScreen(kept.and_then(|key| read(key).ok()))
        }
        Some(_) => Elsewhere::Nothing,
        None if kept.is_some() => Elsewhere::OnScreen(None),
        None => Elsewhere::Library,
    }
}

/// The timeline the reader last worked on, with its key, if one is kept.
pub fn current() -> Option<(String, Timeline)> {
    let key: String = available()
        .then(|| LocalStorage::get(CURRENT).ok())
        .flatten()?;
    let timeline = open(&key).ok()?;
    Some((key, timeline))
}

/// The theme the reader chose, kept as its plain name: `assets/first-paint.js` reads it before the
/// page's first paint.
const THEME: &str = "sourceline.theme";

/// The theme the reader chose in this browser, if any.
pub fn theme() -> Option<String> {
    local()?.get_item(THEME).ok().flatten()
}

/// Keeps the reader's theme (`None`: the system's again). Where the browser keeps nothing, the
/// theme holds until the page is left.
pub fn keep_theme(theme: Option<&str>) {
    if let Some(local) = local() {
        let _ = match theme {
            Some(theme) => local.set_item(THEME, theme),
            None => local.remove_item(THEME),
        };
    }
}

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn draft_item(field: &str) -> String {
    format!("sourceline.draft.{field}")
}

/// The draft of `field` this tab kept, if any.
pub fn draft(field: &str) -> Option<String> {
    session()?.get_item(&draft_item(field)).ok().flatten()
}

/// Keeps what the reader has typed in `field` so far, for this tab; when the browser will not
/// (or it is longer than an article the Library keeps), the field still has it until the page
/// is left, and no older draft comes back in its place.
pub fn keep_draft(field: &str, value: &str) {
    if let Some(session) = session() {
        let item = draft_item(field);
        if value.len() > LARGEST || session.set_item(&item, value).is_err() {
            let _ = session.remove_item(&item);
        }
    }
}

/// Removes a timeline from the Library, setting it aside for this tab's session so that
/// [`restore`] can bring it back; returns the new Library.
///
/// # Errors
/// A sentence for the reader when it cannot be set aside (too long for the session's
/// storage): then it is deleted only if the reader agrees that it cannot come back.
pub fn forget(key: &str) -> Result<Vec<Saved>, String> {
    if !available() {
        return Ok(Vec::new());
    }
    let mut index = library();
    let Some(at) = index.iter().position(|s| s.key == key) else {
        return Ok(index);
    };
    let json = LocalStorage::raw().get_item(&item(key)).ok().flatten();
    let mut deleted = deleted();
    deleted.retain(|d| d.key != key);
    deleted.insert(0, index[at].clone());
    let kept = session().is_some_and(|session| {
        let listed = serde_json::to_string(&deleted).unwrap_or_default();
        session
            .set_item(&deleted_item(key), &json.unwrap_or_default())
            .is_ok()
            && session.set_item(DELETED, &listed).is_ok()
    });
    let title = &index[at].title;
    let agreed = || {
        let question = format!(
            "\"{title}\" is too long to keep for Restore: once deleted it cannot come back. Delete it?"
        );
        gloo::utils::window()
            .confirm_with_message(&question)
            .unwrap_or(false)
    };
    if !kept && !agreed() {
        return Err(format!(
            "\"{title}\" was not deleted; export it to keep a copy first."
        ));
    }
    LocalStorage::delete(item(key));
    index.remove(at);
    let _ = LocalStorage::set(INDEX, &index);
    if LocalStorage::get::<String>(CURRENT).ok().as_deref() == Some(key) {
        LocalStorage::delete(CURRENT);
    }
    Ok(index)
}

/// The timelines deleted in this tab's session, most recent first, which [`restore`] can
/// bring back.
pub fn deleted() -> Vec<Saved> {
    session()
        .and_then(|s| s.get_item(DELETED).ok().flatten())
        .and_then(|listed| serde_json::from_str(&listed).ok())
        .unwrap_or_default()
}

/// Puts a timeline deleted in this session back in the Library (under a new key, where a new
/// timeline took its own); returns it as listed now, and the new Library.
///
/// # Errors
/// A sentence for the reader when it is no longer set aside, or storage refuses it.
pub fn restore(key: &str) -> Result<(Saved, Vec<Saved>), String> {
    let session = session().ok_or("this browser keeps nothing for the session")?;
    let mut deleted = deleted();
    let at = deleted.iter().position(|d| d.key == key);
    let json = session.get_item(&deleted_item(key)).ok().flatten();
    let (Some(at), Some(json)) = (at, json) else {
        return Err("it is no longer set aside".to_string());
    };
    let mut saved = deleted.remove(at);
    let storage = LocalStorage::raw();
    saved.key = (1..)
        .map(|n| match n {
            1 => key.to_string(),
            n => format!("{key}-{n}"),
        })
        .find(|k| storage.get_item(&item(k)).ok().flatten().is_none())
        .unwrap_or_else(|| key.to_string());
    let full = "the browser's storage for this page is full";
    storage
        .set_item(&item(&saved.key), &json)
        .map_err(|_| full.to_string())?;
    let mut index = library();
    index.insert(0, saved.clone());
    LocalStorage::set(INDEX, &index).map_err(|_| full.to_string())?;
    let _ = session.remove_item(&deleted_item(key));
    let _ = session.set_item(
        DELETED,
        &serde_json::to_string(&deleted).unwrap_or_default(),
    );
    Ok((saved, index))
}

#[cfg(test)]
mod tests {
    use super::key_of;
    use crate::state::AppState;

    #[test]
    fn an_article_keeps_its_key_through_edits_and_another_article_gets_its_own() {
        let seed = AppState::seed().timeline;
        let mut edited = (*seed).clone();
        edited.events.pop();
        assert_eq!(key_of(&edited), key_of(&seed));
        std::rc::Rc::make_mut(&mut edited.document).text.push('.');
        assert_ne!(key_of(&edited), key_of(&seed));
        assert_eq!(key_of(&seed).len(), 16);
    }
}
