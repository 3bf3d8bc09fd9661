//! Dates as the text gives them: TimeML values, their precision, and which way a date without
//! a year points.

mod direction;
mod timex;
mod value;

pub use direction::Direction;
pub(crate) use direction::{month_year, nearest_weekday, season_year};
pub(crate) use timex::zone_offset_words;
pub use timex::{Amount, Modifier, Recurrence, TimexType, TimexValue, Unit, Vague};
pub(crate) use value::{month_name, zone_offset, EARLIEST_DEEP_YEAR};
pub use value::{PartOfDay, Precision, Season, TimeValue};
