//! Which way a date without a year points from the dateline, and the arithmetic that follows.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::Season;

/// Which way an expression without a year points from the dateline when its words do not say.
///
/// News mostly reports what happened: "voted on Monday" is the Monday before the dateline;
/// "hopes to reopen by Tuesday" is the Tuesday after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Back from the dateline: "voted on Monday".
    Past,
    /// Ahead of it: "will close on Friday".
    Future,
    /// No word says: the nearest one, either way.
    Nearest,
}

/// The year of month `m` nearest the dateline in `direction`; the dateline's own month is
/// its own year.
pub(crate) fn month_year(dct: NaiveDate, m: u32, direction: Direction) -> i32 {
    match direction {
        Direction::Past if m > dct.month() => dct.year() - 1,
        Direction::Future if m < dct.month() => dct.year() + 1,
        Direction::Nearest if m + 6 < dct.month() => dct.year() + 1,
        Direction::Nearest if m > dct.month() + 6 => dct.year() - 1,
        _ => dct.year(),
    }
}

/// The year of the `season` a sentence pointing `direction` from the dateline means: "a
/// decision is expected in early spring", said in June, is next spring; "it fell in the
/// fall", said in March, last fall. Winter straddles two years, and stays the dateline's.
pub(crate) fn season_year(dct: NaiveDate, season: Season, direction: Direction) -> i32 {
    let (first, last) = match season {
        Season::Spring => (3, 5),
        Season::Summer => (6, 8),
        Season::Fall => (9, 11),
        Season::Winter => return dct.year(),
    };
    match direction {
        Direction::Future => month_year(dct, last, direction),
        Direction::Past => month_year(dct, first, direction),
        Direction::Nearest => dct.year(),
    }
}

/// The day named `weekday` nearest `from` in `direction`, `from` itself included.
pub(crate) fn nearest_weekday(
    from: NaiveDate,
    weekday: Weekday,
    direction: Direction,
) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    let behind = (7 - ahead) % 7;
    match direction {
        Direction::Future => from + Days::new(ahead.into()),
        Direction::Past => from - Days::new(behind.into()),
        Direction::Nearest if ahead < behind => from + Days::new(ahead.into()),
        Direction::Nearest => from - Days::new(behind.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dateline_itself_is_nearest_in_either_direction() {
        // 2013-03-22 is a Friday.
        let friday = NaiveDate::from_ymd_opt(2013, 3, 22).unwrap();
        assert_eq!(
            nearest_weekday(friday, Weekday::Fri, Direction::Past),
            friday
        );
        assert_eq!(
            nearest_weekday(friday, Weekday::Mon, Direction::Past).day(),
            18
        );
        assert_eq!(
            nearest_weekday(friday, Weekday::Mon, Direction::Future).day(),
            25
        );
        assert_eq!(month_year(friday, 10, Direction::Past), 2012);
        assert_eq!(month_year(friday, 3, Direction::Future), 2013);
    }
}
