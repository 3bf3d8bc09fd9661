//! The page's parts, each with its own small `Properties`.

mod article;
mod problem;
mod timeline;

pub use article::{ArticleProps, ArticleView};
pub use problem::ProblemBanner;
pub use timeline::{TimelineProps, TimelineView};
