//! Sourceline's web app: a news article beside the timeline of the events it mentions.
//!
//! - [`app`]: the root component; loads the seed or a `?timeline=` file, follows `#event=`.
//! - [`state`]: [`state::AppState`] and the [`state::Action`]s that change it.
//! - [`build`]: every reading of a text by the worker, asked for to answered (a state machine).
//! - [`library`]: the Library's lists and what the reader and other tabs do to them.
//! - [`hooks`]: the state machines held for the page, and their effects carried out.
//! - [`axis`]: where each event goes on the time axis (pure arithmetic).
//! - [`view`]: the timeline view's zoom, pan, keys and what it draws (a reducer).
//! - [`components`]: the timeline, the article, the editor, the Library and the forms.
//! - [`curation`]: edits typed and not applied yet, and what edits did, for the reader.
//! - [`picture`]: the timeline as an SVG picture.
//! - [`locale`]: dates and lengths of time in the reader's language.
//! - [`browser`]: the few browser APIs the app touches (URL, scrolling, fetching).
//! - [`storage`]: the Library, the reader's timelines kept in the browser.
//! - [`recovery`]: the panel that saves the work on screen if the page fails.
//! - [`files`]: the timeline files the page saves and opens, their formats and names.
//! - [`titles`]: what the page says of itself: its tagline, title and description.
//! - [`extraction`]: every reading of a text by the extractor, in a web worker, with progress.

pub mod app;
pub mod axis;
pub mod browser;
pub mod build;
pub mod components;
pub mod curation;
pub mod extraction;
pub mod files;
pub mod hooks;
pub mod library;
pub mod locale;
pub mod picture;
pub mod recovery;
pub mod state;
pub mod storage;
pub mod titles;
pub mod view;

pub use app::App;
