//! Dates and lengths of time as the reader's language writes them ("19 juin 2024", "38 ans"),
//! through the browser's `Intl`. English, the labels of `sourceline-core` and
//! [`AxisLabel::english`], where the reader reads English (the page's own language), for what
//! `Intl` has no words for (seasons, quarters, halves, weeks, decades, centuries, years before
//! AD 1000, deep time), and natively, where the first view is written.

use sourceline_core::{EventDate, TimeValue};

use crate::axis::AxisLabel;

/// An event's date as the reader writes it; a range is its two ends joined by a dash.
pub fn event_date(date: &EventDate) -> String {
    let local = |value: &TimeValue| reader::value(value);
    match date {
        EventDate::On(value) => local(value).unwrap_or_else(|| date.label()),
        EventDate::Between(a, b) => match (local(a), local(b)) {
            (Some(a), Some(b)) => format!("{a} – {b}"),
            _ => date.label(),
        },
    }
}

/// A value as the reader writes it, as [`event_date`] does.
pub fn value(value: &TimeValue) -> String {
    reader::value(value).unwrap_or_else(|| value.label())
}

/// A tick's or a break's label as the reader writes it.
pub fn axis(label: &AxisLabel) -> String {
    reader::axis(label).unwrap_or_else(|| label.english())
}

#[cfg(target_arch = "wasm32")]
mod reader {
    use chrono::{Datelike, NaiveDate, Timelike};
    use js_sys::{Array, Function, Intl, Object, Reflect};
    use sourceline_core::TimeValue;
    use wasm_bindgen::JsValue;

    use crate::axis::{AxisLabel, Unit};

    /// The reader's formats, made once: making one costs more than formatting with it.
    struct Formats {
        year: Function,
        month: Function,
        day: Function,
        minute: Function,
        short_month: Function,
        short_month_year: Function,
        short_day: Function,
        years: Function,
        months: Function,
        days: Function,
    }

    thread_local! {
        static FORMATS: Option<Formats> = Formats::of_reader();
    }

    fn options(pairs: &[(&str, &str)]) -> Object {
        let options = Object::new();
        for (key, value) in pairs {
            let _ = Reflect::set(&options, &(*key).into(), &(*value).into());
        }
        options
    }

    impl Formats {
        /// The formats of the browser's language, or none where that is English.
        fn of_reader() -> Option<Formats> {
            let language = gloo::utils::window().navigator().language()?;
            if language.is_empty()
                || language.eq_ignore_ascii_case("en")
                || language.to_ascii_lowercase().starts_with("en-")
            {
                return None;
            }
            let locales = Array::of1(&language.into());
            // Every date is a day of the Gregorian calendar the article's dates are in,
            // written as it is wherever the reader is.
            let date = |pairs: &[(&str, &str)]| {
                let mut all = pairs.to_vec();
                all.extend([("timeZone", "UTC"), ("calendar", "gregory")]);
                Intl::DateTimeFormat::new(&locales, &options(&all)).format()
            };
            let length = |unit: &str| {
                let pairs = [("style", "unit"), ("unit", unit), ("unitDisplay", "long")];
                Intl::NumberFormat::new(&locales, &options(&pairs)).format()
            };
            Some(Formats {
                year: date(&[("year", "numeric")]),
                month: date(&[("year", "numeric"), ("month", "long")]),
                day: date(&[("year", "numeric"), ("month", "long"), ("day", "numeric")]),
                minute: date(&[
                    ("year", "numeric"),
                    ("month", "long"),
                    ("day", "numeric"),
                    ("hour", "2-digit"),
                    ("minute", "2-digit"),
                ]),
                short_month: date(&[("month", "short")]),
                short_month_year: date(&[("year", "numeric"), ("month", "short")]),
                short_day: date(&[("month", "short"), ("day", "numeric")]),
                years: length("year"),
                months: length("month"),
                days: length("day"),
            })
        }
    }

    /// `format` applied to `argument`, as text.
    fn written(format: &Function, argument: &JsValue) -> Option<String> {
        format.call1(&JsValue::NULL, argument).ok()?.as_string()
    }

    /// The instant a calendar day (and time) begins, in UTC, as a JavaScript date.
    fn instant(day: NaiveDate, hour: u32, minute: u32) -> Option<JsValue> {
        let epoch = NaiveDate::from_ymd_opt(1970, 1, 1)?;
        let minutes = (day - epoch).num_days() * 1440 + i64::from(hour * 60 + minute);
        Some(js_sys::Date::new(&JsValue::from_f64(minutes as f64 * 60_000.0)).into())
    }

    /// Only years from AD 1000 on: a shorter year would read as a day or as a number.
    fn calendar(day: NaiveDate) -> Option<NaiveDate> {
        (day.year() >= 1000).then_some(day)
    }

    /// A calendar day written by `format`.
    fn on(format: &Function, day: NaiveDate) -> Option<String> {
        written(format, &instant(calendar(day)?, 0, 0)?)
    }

    pub fn value(value: &TimeValue) -> Option<String> {
        FORMATS.with(|formats| {
            let formats = formats.as_ref()?;
            match *value {
                TimeValue::Year(year) => on(&formats.year, NaiveDate::from_ymd_opt(year, 1, 1)?),
                TimeValue::Month(year, month) => {
                    on(&formats.month, NaiveDate::from_ymd_opt(year, month, 1)?)
                }
                TimeValue::Day(day) => on(&formats.day, day),
                TimeValue::Minute(time) => written(
                    &formats.minute,
                    &instant(calendar(time.date())?, time.hour(), time.minute())?,
                ),
                _ => None,
            }
        })
    }

    pub fn axis(label: &AxisLabel) -> Option<String> {
        FORMATS.with(|formats| {
            let formats = formats.as_ref()?;
            match *label {
                AxisLabel::Year(year) => on(
                    &formats.year,
                    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, 1, 1)?,
                ),
                AxisLabel::Month {
                    first,
                    with_year: true,
                } => on(&formats.short_month_year, first),
                AxisLabel::Month { first, .. } => on(&formats.short_month, first),
                AxisLabel::Day {
                    day,
                    with_year: true,
                } => on(&formats.day, day),
                AxisLabel::Day { day, .. } => on(&formats.short_day, day),
                // Deep time keeps its English words ("65 million years").
                AxisLabel::Length(n, _) if n >= 1_000_000 => None,
                AxisLabel::Length(n, unit) => {
                    let format = match unit {
                        Unit::Year => &formats.years,
                        Unit::Month => &formats.months,
                        Unit::Day => &formats.days,
                    };
                    written(format, &JsValue::from_f64(n as f64))
                }
            }
        })
    }
}

/// Natively there is no reader: English throughout.
#[cfg(not(target_arch = "wasm32"))]
mod reader {
    use sourceline_core::TimeValue;

    use crate::axis::AxisLabel;

    pub fn value(_: &TimeValue) -> Option<String> {
        None
    }

    pub fn axis(_: &AxisLabel) -> Option<String> {
        None
    }
}
