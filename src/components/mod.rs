//! The page's parts, each with its own small `Properties`.

mod article;
mod compose;
mod editor;
mod embed;
mod export_image;
mod library;
mod printed;
mod problem;
mod shortcuts;
mod theme;
mod timeline;

pub use crate::state::Order;
pub use article::{ArticleProps, ArticleView};
pub use compose::{not_opened, opened_in_part, ComposeForm, ComposeProps, OpenedFile};
pub use editor::{EditorProps, EventEditor};
pub use embed::{EmbedButton, EmbedProps};
pub use export_image::{ExportImage, ExportImageProps};
pub use library::library;
pub use printed::{use_printing, PrintedProps, PrintedTimeline};
pub use problem::problem_banner;
pub use shortcuts::ShortcutsHelp;
pub use theme::ThemeMenu;
pub use timeline::{TimelineProps, TimelineView};
