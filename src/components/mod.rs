//! The page's parts, each with its own small `Properties`.

mod article;
mod compose;
mod problem;
mod timeline;

pub use article::{ArticleProps, ArticleView};
pub use compose::{ComposeForm, ComposeProps, Draft, OpenedFile};
pub use problem::ProblemBanner;
pub use timeline::{TimelineProps, TimelineView};
