//! Dates as the text gives them: TimeML values, their precision, and which way a date without
//! a year points.

mod direction;
mod value;

pub use direction::Direction;
pub(crate) use direction::{month_year, nearest_weekday};
pub use value::{Precision, Season, TimeValue};

/// English weekday names, Monday first (as ISO 8601 counts them).
pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The parts of the day and their TimeML codes: "morning" is `MO` (as in `2024-06-19TMO`).
pub(crate) const PARTS_OF_DAY: [(&str, &str); 4] = [
    ("morning", "MO"),
    ("afternoon", "AF"),
    ("evening", "EV"),
    ("night", "NI"),
];

/// English month names, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
