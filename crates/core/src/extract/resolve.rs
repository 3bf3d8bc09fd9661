//! The resolver: the one place a temporal expression is anchored, on the dateline, on the last
//! date the text gave, or on the year the story has reached.

use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime};

use super::meaning::{Edge, Meaning, TimeOfDay, Timex, Told};
use crate::doc::Resolution;
use crate::time::{
    month_year, nearest_weekday, season_year, Direction, TimeValue, TimexValue, Unit,
};

/// How many months before the last month a month must be for the story to have moved on
/// over the turn of a year: two thirds of a year.
const TURN_OF_THE_YEAR: i32 = 8;

/// The year of `month` told after `last`, a month of `year`: the next year when the story
/// has moved on over its turn ("In December 1916 ... on April 2" is 1917).
fn year_after(year: i32, last: u32, month: u32) -> i32 {
    match last as i32 - month as i32 >= TURN_OF_THE_YEAR {
        true => year + 1,
        false => year,
    }
}

/// How far from the dateline the story may be and still be news: beyond it, dates without a
/// year follow the story.
const NEWS_HORIZON_YEARS: i32 = 2;

/// Where a date the text gives stands to the story it tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aside {
    /// Where the story is.
    No,
    /// Not yet where the story is: a limit ahead ("until 1945"), a range's end ("from 1939
    /// to 1945"), a parenthesis, a plan ("planned for 1976").
    Ahead,
    /// Where what the story tells began, long before: "a province since 513 BC". A later
    /// "the following year" does not count from it.
    Since,
    /// In a clause that describes a noun, set off by a comma: "EFTA, which was founded in
    /// 1960, has concluded 29 agreements". A later "three years later" counts from it; in
    /// news, a month without a year is not of a year stated there.
    Describes,
}

/// What the text has established so far, that expressions are anchored on.
#[derive(Debug, Clone, Copy, Default)]
pub struct Context {
    /// The document creation time.
    pub dateline: Option<NaiveDate>,
    /// The last day the text gave, for "two days later", "the next day".
    last_day: Option<NaiveDate>,
    /// The last day the text gave that is not after the dateline: what a day counted in the
    /// past counts from.
    last_day_gone: Option<NaiveDate>,
    /// The last day the current sentence gave, for "2024-01-05 at 14:00".
    day_in_sentence: Option<NaiveDate>,
    /// The last day the text gave before the current sentence.
    last_day_before_sentence: Option<NaiveDate>,
    /// The month the story last told, where it told no day after it: "last October, and the
    /// following week" is of that October.
    month_told: Option<TimeValue>,
    /// The year and month of the last month or day the current sentence stated in full: "on
    /// February 16, 2021, and ... on March 22" is of 2021.
    stated_in_sentence: Option<(i32, u32)>,
    /// Whether the current sentence stated a year in full in its own clause: "In 1862 Lincoln
    /// announced that the proclamation shall take effect on January 1" tells of that past.
    year_in_sentence: bool,
    /// The day the story has reached: the last a happening of a main clause was dated by,
    /// for a clock time without a day of its own ("It was under control by 8:30pm").
    story_day: Option<NaiveDate>,
    /// The last day the story named outside quotation marks, in any clause ("a plane that
    /// crashed Wednesday"): for a clock time when no main clause has dated a day.
    told_day: Option<NaiveDate>,
    /// The first day of the last month the text gave, for "the following month".
    last_month: Option<NaiveDate>,
    /// The last calendar period the text gave, for "a year earlier".
    last: Option<TimeValue>,
    /// The last quarter the text named: what a report is about.
    last_quarter: Option<TimeValue>,
    /// The year the story is in: the last year, month or day the text stated in full.
    story_year: Option<i32>,
    /// Whether the current paragraph stated that year.
    story_year_here: bool,
    /// How many years the text names near the dateline, and how many long before it: a text
    /// that mostly tells of earlier years is a story told long after, not news.
    near: u32,
    far: u32,
    /// The year of the heading the text is under when it tells its story year by year
    /// ("2007: The surge"): each paragraph below starts in it, and a month or day without a
    /// year is of the year the story has reached, however near the dateline.
    heading_year: Option<i32>,
}

impl Context {
    /// A context that knows only the dateline.
    pub fn new(dateline: Option<NaiveDate>) -> Context {
        Context {
            dateline,
            ..Context::default()
        }
    }

    /// Takes in an expression just read: every date moves the reference on, except a look
    /// back ("a year earlier"), which compares rather than tells what came next, and the start
    /// of what is told `since`; a date stated in full moves the story's year, unless it is an
    /// [`Aside`].
    pub fn note(
        &mut self,
        timex: &Timex,
        value: &TimexValue,
        resolution: Resolution,
        aside: Aside,
    ) {
        // "the following morning" moves the story to its day: "that evening" is of it.
        if let TimexValue::PartOfDay(day, _) = *value {
            self.last_day = Some(day);
            self.note_day_gone(day);
            self.day_in_sentence = Some(day);
            self.month_told = None;
            // "the next morning ... a day later": the day after that morning's.
            if aside != Aside::Since {
                self.last = Some(TimeValue::Day(day));
            }
            // "the early morning hours of November 1, 1954" states its year, too.
            self.note_stated_year(Some(day.year()), resolution, aside);
            return;
        }
        let point = match *value {
            TimexValue::Point(point) => point,
            TimexValue::Zoned(moment, _) => TimeValue::Minute(moment),
            _ => return,
        };
        let point = &point;
        // Deep time has no calendar day for a later "the following year" to count from.
        if let TimeValue::DeepYear(_) = point {
            return;
        }
        let look_back = match timex.meaning {
            Meaning::Shifted { offset, .. } => offset < 0,
            Meaning::ReportedQuarter { years } => years < 0,
            _ => false,
        };
        if look_back {
            return;
        }
        if let Some(day) = point.date() {
            self.last_day = Some(day);
            self.note_day_gone(day);
            self.day_in_sentence = Some(day);
            self.month_told = None;
        } else if aside == Aside::No {
            // Not one a relative clause names: "Söder, who took office in March, said the
            // next day" counts from the day before.
            self.month_told = matches!(point, TimeValue::Month(..)).then_some(*point);
        }
        // Of a sentence's own clause: not "Galbraith, who joined in May 2021, told MSPs in
        // March".
        if resolution == Resolution::Stated && aside == Aside::No {
            self.year_in_sentence |= stated_year(point).is_some();
            if let TimeValue::Month(year, month) = *point {
                self.stated_in_sentence = Some((year, month));
            } else if let Some(day) = point.date() {
                self.stated_in_sentence = Some((day.year(), day.month()));
            }
        }
        if aside != Aside::Since {
            self.last = Some(*point);
        }
        // "Drilling is scheduled to begin on Monday": a date counted from the date line
        // brings the story back to the time of writing, from the year its paragraph stated
        // ("a contract awarded in 2021"), so that "around Dec. 1" after it is this one's.
        if resolution == Resolution::Dateline && aside == Aside::No {
            self.story_year_here = false;
        }
        // A quarter the text names, not one it counts back to ("a year ago").
        let named = matches!(
            timex.meaning,
            Meaning::Calendar(_) | Meaning::Quarter { .. } | Meaning::QuarterOfYear(_)
        );
        // A report is about the latest quarter that has ended: "the impact on fourth-quarter
        // results", said in October, looks ahead, and "after a flat second quarter" back,
        // and "the latest quarter" stays the third.
        let ended = self.dateline.is_none_or(|dct| point.days().1 <= dct);
        let latest = self
            .last_quarter
            .is_none_or(|q| q.days().0 < point.days().0);
        if let (TimeValue::Quarter(..), true, true, true) = (point, named, ended, latest) {
            self.last_quarter = Some(*point);
        }
        if let TimeValue::Day(_) | TimeValue::Minute(_) | TimeValue::Month(..) = point {
            self.last_month = Some(point.days().0);
        }
        // "Jones, who was arrested in March 2019, ... was freed in May": a month or a day a
        // relative clause states is still the story's year; only a year is an aside there.
        let aside = match aside == Aside::Describes && !matches!(point, TimeValue::Year(_)) {
            true => Aside::No,
            false => aside,
        };
        self.note_stated_year(stated_year(point), resolution, aside);
    }

    /// Moves the story to the `year` a date stated in full gives, unless it is an `aside`.
    fn note_stated_year(&mut self, year: Option<i32>, resolution: Resolution, aside: Aside) {
        // A history tells its story in relative clauses too ("Washington, who attacked at
        // Princeton on January 3, 1777"); news describes there.
        let tells = aside == Aside::No || (aside == Aside::Describes && self.is_narrative());
        if resolution == Resolution::Stated && tells {
            if let Some(year) = year {
                self.story_year = Some(year);
                self.story_year_here = true;
            }
        }
    }

    /// Moves the story to `day`: a happening the text tells in a main clause is on it.
    pub fn story_moves_to(&mut self, day: NaiveDate) {
        self.story_day = Some(day);
    }

    /// Notes that the story named `day`, outside quotation marks.
    pub fn story_tells(&mut self, day: NaiveDate) {
        self.told_day = Some(day);
    }

    fn note_day_gone(&mut self, day: NaiveDate) {
        if self.dateline.is_none_or(|today| day <= today) {
            self.last_day_gone = Some(day);
        }
    }

    /// Begins a sentence.
    pub fn new_sentence(&mut self) {
        self.day_in_sentence = None;
        self.stated_in_sentence = None;
        self.year_in_sentence = false;
        self.last_day_before_sentence = self.last_day;
    }

    /// Takes back the days the current sentence gave: they only name happenings.
    pub fn forget_days_of_sentence(&mut self) {
        self.day_in_sentence = None;
        self.last_day = self.last_day_before_sentence;
    }

    /// Begins a paragraph, which may tell another part of the story.
    pub fn new_paragraph(&mut self) {
        self.story_year_here = false;
        self.new_line();
    }

    /// Begins a line, which under a heading with a year starts in that year, as pages set
    /// their paragraphs one a line.
    pub fn new_line(&mut self) {
        if self.heading_year.is_some() {
            self.story_year = self.heading_year;
        }
    }

    /// Begins a part of a text told year by year under headings: the part of the `year` its
    /// heading names, if it names one.
    pub fn begin_year(&mut self, year: Option<i32>) {
        self.heading_year = year;
        if year.is_some() {
            self.story_year = year;
        }
    }

    /// Counts a year the text names, before it is read: a text that names mostly years long
    /// before its dateline is a story told long after (history, a profile), not news.
    pub fn count_year(&mut self, year: i32) {
        match self.dateline {
            Some(dct) if dct.year() - year <= NEWS_HORIZON_YEARS => self.near += 1,
            Some(_) => self.far += 1,
            None => {}
        }
    }

    /// Whether the text so far names mostly years long before its dateline: a story told
    /// long after (history, a profile), not news.
    fn is_narrative(&self) -> bool {
        self.far >= 8 && self.far > 8 * self.near
    }

    /// The year a month or day without one belongs to in a story told years before its
    /// dateline (history, a profile, or a paragraph of news that goes back years): the year
    /// the story has reached, not the dateline's.
    fn narrative_year(&self) -> Option<i32> {
        self.story_year_for(false)
    }

    /// [`Context::narrative_year`], where in news a year stated long before the dateline
    /// also dates what its own paragraph `looks_back` at.
    fn story_year_for(&self, looks_back: bool) -> Option<i32> {
        let year = self.story_year?;
        if self.heading_year.is_some() {
            return Some(year);
        }
        match self.dateline {
            Some(dct) if dct.year() - year <= NEWS_HORIZON_YEARS => None,
            Some(_) if self.is_narrative() => Some(year),
            Some(_) if !(looks_back && self.story_year_here) => None,
            _ => Some(year),
        }
    }

    /// The story's `year`, or the next one when the last month the text gave is late in the
    /// year and `month` early: a story moves on, so "In December 1916 ... the response of 14
    /// January" is in 1917, and so is "on April 2", but "In January 1917 ... in December"
    /// stays in 1917.
    fn year_after_last_month(&self, year: i32, month: u32) -> i32 {
        match self.last_month.filter(|m| m.year() == year) {
            Some(last) => year_after(year, last.month(), month),
            None => year,
        }
    }

    /// The quarter a report is about, while the text is still near it: once the text has
    /// moved to another year ("The war ended in 1945; ten years later ..."), years are
    /// counted from that.
    fn reported_quarter(&self) -> Option<TimeValue> {
        let quarter = self.last_quarter?;
        let year = quarter.days().0.year();
        let near = self
            .last
            .is_none_or(|last| (year - 1..=year).contains(&last.days().0.year()));
        near.then_some(quarter)
    }

    /// [`Context::story_year_for`], or else the dateline's year: the year and what it is.
    fn story_or_dateline_year(&self, looks_back: bool) -> Option<(i32, Resolution)> {
        match self.story_year_for(looks_back) {
            Some(year) => Some((year, Resolution::EarlierMention)),
            None => Some((self.dateline?.year(), Resolution::Dateline)),
        }
    }

    /// [`Context::reference`], or else the dateline: the day to count from and what it is.
    fn reference_or_dateline(&self, unit: Unit) -> Option<(NaiveDate, Resolution)> {
        match self.reference(unit) {
            Some(day) => Some((day, Resolution::EarlierMention)),
            None => Some((self.dateline?, Resolution::Dateline)),
        }
    }

    /// The first day and the day after the last of the time the text last gave, else of the
    /// dateline.
    fn period_or_dateline(&self) -> Option<((NaiveDate, NaiveDate), Resolution)> {
        match self.last.or(self.last_day.map(TimeValue::Day)) {
            Some(point) => Some((point.days(), Resolution::EarlierMention)),
            None => Some((TimeValue::Day(self.dateline?).days(), Resolution::Dateline)),
        }
    }

    /// The last date the text gave at the precision of `unit`, to count "later" from.
    fn reference(&self, unit: Unit) -> Option<NaiveDate> {
        match unit {
            Unit::Month | Unit::Quarter => self.last_month.or(self.last_day),
            Unit::Year | Unit::Decade | Unit::Century => {
                self.last.map(|point| point.days().0).or(self.last_day)
            }
            _ => self.last_day,
        }
    }
}

/// The year of a year, season, quarter, month or day; decades and centuries span too many.
fn stated_year(point: &TimeValue) -> Option<i32> {
    match *point {
        TimeValue::Year(y)
        | TimeValue::Half(y, _)
        | TimeValue::Season(y, _)
        | TimeValue::Quarter(y, _)
        | TimeValue::Month(y, _) => Some(y),
        TimeValue::Day(d) => Some(d.year()),
        _ => None,
    }
}

/// A day counted from the last one the text gave ("the same day", "the next day") in a
/// sentence told in the past, where that last day is still to come: what was said of it
/// ("said on Sunday that the rerun would be held on August 10") is not the story. It is
/// counted from the last day the text gave that is gone ("the same day, Mulenga welcomed the
/// ruling" is Sunday).
pub fn counted_from_the_story(
    timex: &Timex,
    value: TimexValue,
    context: &Context,
    told_back: impl FnOnce() -> bool,
) -> TimexValue {
    let Meaning::FromPrevious {
        unit: Unit::Day,
        offset,
    } = timex.meaning
    else {
        return value;
    };
    let to_come = |day: NaiveDate| context.dateline.is_some_and(|today| day > today);
    let (Some(last), Some(gone)) = (context.last_day, context.last_day_gone) else {
        return value;
    };
    if !to_come(last) || !told_back() {
        return value;
    }
    let Some(day) = add_days(gone, offset.into()) else {
        return value;
    };
    match value {
        TimexValue::Point(TimeValue::Day(_)) => TimexValue::Point(TimeValue::Day(day)),
        TimexValue::PartOfDay(_, part) => TimexValue::PartOfDay(day, part),
        other => other,
    }
}

/// Anchors `timex` in `context`: its value and what it was anchored on, or `None` when the
/// context lacks what it needs (a weekday without a dateline) or the date does not exist.
pub fn resolve(timex: &Timex, context: &Context) -> Option<(TimexValue, Resolution)> {
    let (value, resolution) = anchor(&timex.meaning, context)?;
    let Some(time_of_day) = timex.time_of_day else {
        return Some((value, resolution));
    };
    let TimexValue::Point(TimeValue::Day(day)) = value else {
        return None;
    };
    let value = match time_of_day {
        TimeOfDay::Part(part) => TimexValue::PartOfDay(day, part),
        TimeOfDay::Clock { hour, minute, zone } => {
            let time = NaiveTime::from_hms_opt(hour, minute, 0)?;
            match zone {
                Some(offset) => TimexValue::Zoned(day.and_time(time), offset),
                None => TimexValue::Point(TimeValue::Minute(day.and_time(time))),
            }
        }
    };
    Some((value, resolution))
}

fn anchor(meaning: &Meaning, context: &Context) -> Option<(TimexValue, Resolution)> {
    let dated = |value: TimeValue| Some((TimexValue::Point(value), Resolution::Dateline));
    let dct = context.dateline;
    match *meaning {
        Meaning::Calendar(value) => Some((TimexValue::Point(value), Resolution::Stated)),
        Meaning::Duration { amount, unit } => {
            Some((TimexValue::Duration(amount, unit), Resolution::Stated))
        }
        Meaning::Set(recurrence) => Some((TimexValue::Set(recurrence), Resolution::Stated)),
        Meaning::Vague(vague) => Some((TimexValue::Vague(vague), Resolution::Dateline)),
        Meaning::YearLess {
            month,
            day,
            toward,
            told,
        } => {
            // A year stated in the sentence comes first, the story's next, unless told ahead
            // of the writing ("A memorial will be held in September" in an obituary); a story
            // moves on over the turn of a year.
            let in_sentence = context
                .stated_in_sentence
                .map(|(year, last)| year_after(year, last, month));
            let ahead = told == Told::Ahead
                && context.dateline.is_some()
                && context.heading_year.is_none()
                && !context.year_in_sentence;
            let story_year = || {
                context
                    .story_year_for(told == Told::Back)
                    .filter(|_| !ahead)
                    .map(|year| context.year_after_last_month(year, month))
            };
            let (year, resolution) = match in_sentence.or_else(story_year) {
                Some(year) => (year, Resolution::EarlierMention),
                None => {
                    let dct = dct?;
                    // The nearest such month or day the sentence points to; where it
                    // points neither way, the nearest one: "a line of credit in January",
                    // said in November, is the coming January.
                    let year = match day {
                        Some(d) => month_day_year(dct, month, d, toward),
                        None => month_year(dct, month, toward),
                    };
                    (year, Resolution::Dateline)
                }
            };
            // February 29 is in the nearest leap year that way.
            let step = if toward == Direction::Future { 1 } else { -1 };
            let point = (0..4).find_map(|k| month_or_day(year + step * k, month, day))?;
            Some((TimexValue::Point(point), resolution))
        }
        Meaning::WeekOfMonth {
            week,
            month,
            year,
            toward,
            told,
        } => {
            let (year, resolution) = match year {
                Some(year) => (year, Resolution::Stated),
                None => {
                    let year_less = Meaning::YearLess {
                        month,
                        day: None,
                        toward,
                        told,
                    };
                    match anchor(&year_less, context)? {
                        (TimexValue::Point(point), resolution) => {
                            (stated_year(&point)?, resolution)
                        }
                        _ => return None,
                    }
                }
            };
            // The ISO week that holds the middle day of that week of the month.
            let first = NaiveDate::from_ymd_opt(year, month, 1)?;
            let middle = match week {
                -1 => add_days(add_months(first, 1)?, -4)?,
                n => add_days(first, 7 * i64::from(n - 1) + 3)?,
            };
            let iso = middle.iso_week();
            Some((
                TimexValue::Point(TimeValue::Week(iso.year(), iso.week())),
                resolution,
            ))
        }
        Meaning::DayOfMonth { day, toward } => {
            if let Some(month) = context.last_month {
                let date = NaiveDate::from_ymd_opt(month.year(), month.month(), day)?;
                return Some((
                    TimexValue::Point(TimeValue::Day(date)),
                    Resolution::EarlierMention,
                ));
            }
            let dct = dct?;
            let first = dct.with_day(1)?;
            // The day in the month before, the dateline's and the one after.
            let candidates = [-1, 0, 1].map(|k| add_months(first, k).and_then(|m| m.with_day(day)));
            let [before, this, after] = candidates;
            let distance = |d: &NaiveDate| (*d - dct).num_days().abs();
            let date = match toward {
                Direction::Future => this.filter(|d| *d >= dct).or(after),
                Direction::Past => this.filter(|d| *d <= dct).or(before),
                Direction::Nearest => candidates.into_iter().flatten().min_by_key(distance),
            }?;
            dated(TimeValue::Day(date))
        }
        Meaning::DayOfWeekday {
            month,
            day,
            weekday,
        } => {
            let (year, resolution) = context.story_or_dateline_year(false)?;
            // The same day of the month falls on the same weekday again within eleven years.
            let date = (0..=11)
                .flat_map(|n| [year - n, year + n])
                .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                .find(|date| date.weekday() == weekday)?;
            Some((TimexValue::Point(TimeValue::Day(date)), resolution))
        }
        Meaning::HalfOfYear { half, years } => {
            let (year, resolution) = context.story_or_dateline_year(false)?;
            Some((
                TimexValue::Point(TimeValue::Half(year + years, half)),
                resolution,
            ))
        }
        Meaning::Holiday { movable, toward } => {
            if let Some(year) = context.narrative_year() {
                let day = movable.in_year(year)?;
                return Some((
                    TimexValue::Point(TimeValue::Day(day)),
                    Resolution::EarlierMention,
                ));
            }
            let dct = dct?;
            let days = |year: i32| movable.in_year(year);
            let (last, this, next) = (
                days(dct.year() - 1)?,
                days(dct.year())?,
                days(dct.year() + 1)?,
            );
            let behind = if this <= dct { this } else { last };
            let ahead = if this >= dct { this } else { next };
            let day = match toward {
                Direction::Past => behind,
                Direction::Future => ahead,
                Direction::Nearest if ahead - dct < dct - behind => ahead,
                Direction::Nearest => behind,
            };
            dated(TimeValue::Day(day))
        }
        Meaning::ShortYear { yy, month, day } => {
            // Within ten years ahead of the dateline it is this century; else the one before.
            // In a story told long after, the century nearest the story's year ("the class
            // of '99" in a story of the 1890s).
            let year = match context.narrative_year() {
                Some(story) => {
                    let century = story.div_euclid(100) * 100;
                    [century - 100, century, century + 100]
                        .map(|c| c + yy as i32)
                        .into_iter()
                        .min_by_key(|y| (y - story).abs())
                        .unwrap_or(century + yy as i32)
                }
                None => {
                    let now = dct.map_or(2000, |d| d.year());
                    let year = now.div_euclid(100) * 100 + yy as i32;
                    if year > now + 10 {
                        year - 100
                    } else {
                        year
                    }
                }
            };
            let value = match month {
                Some(m) => month_or_day(year, m, day)?,
                None => TimeValue::Year(year),
            };
            Some((TimexValue::Point(value), Resolution::Stated))
        }
        Meaning::InYearOfPrevious { month, day, years } => {
            let (from, resolution) = context.reference_or_dateline(Unit::Year)?;
            let value = month_or_day(from.year() + years, month, day)?;
            Some((TimexValue::Point(value), resolution))
        }
        Meaning::MonthNextTo { month, offset } => {
            // After "April last year", "the following July" is of that year; after "In 2004",
            // of the next.
            let ((first, after), resolution) = context.period_or_dateline()?;
            let year = match offset {
                1 => {
                    let last = after.pred_opt()?;
                    last.year() + i32::from(month <= last.month())
                }
                _ => first.year() - i32::from(month >= first.month()),
            };
            Some((TimexValue::Point(TimeValue::Month(year, month)), resolution))
        }
        Meaning::SeasonOfPrevious { season, years } => {
            let (from, resolution) = context.reference_or_dateline(Unit::Year)?;
            // After a year, the next or the last year's season ("that summer": the season of
            // the year given); after a month or a day, the first such season that starts after
            // it, or the last that ended before it: "in March 2011 ... the following summer"
            // is the summer of 2011, "the previous winter" the one that ended in February 2011.
            let year = if years == 0 || matches!(context.last, Some(TimeValue::Year(_))) {
                from.year() + years
            } else {
                let month = |year: i32, m: u32| year * 12 + m as i32 - 1;
                let at = month(from.year(), from.month());
                let starts = |year: i32| month(year, season.first_month());
                let mut year = from.year() - 1;
                if years > 0 {
                    while starts(year) <= at {
                        year += 1;
                    }
                } else {
                    year += 1;
                    while starts(year) + 3 > at {
                        year -= 1;
                    }
                }
                year
            };
            Some((
                TimexValue::Point(TimeValue::Season(year, season)),
                resolution,
            ))
        }
        Meaning::ShiftedMonth { month, shift } => {
            let dct = dct?;
            // "last June" is never the dateline's own month; "this June" may be.
            let year = match shift {
                s if s < 0 && month >= dct.month() => dct.year() - 1,
                s if s > 0 && month <= dct.month() => dct.year() + 1,
                _ => dct.year(),
            };
            dated(TimeValue::Month(year, month))
        }
        Meaning::MonthOfYear { month, day, years } => {
            dated(month_or_day(dct?.year() + years, month, day)?)
        }
        Meaning::Weekend { toward } => {
            let saturday = nearest_weekday(dct?, chrono::Weekday::Sat, toward);
            let week = saturday.iso_week();
            Some((
                TimexValue::Weekend(week.year(), week.week()),
                Resolution::Dateline,
            ))
        }
        Meaning::ThatDay { told } => {
            // The day the sentence gave; else the day the story has reached; in a story told
            // long after, the last day it gave. A time told ahead in news is not on a day
            // gone in the last year ("Picket lines will be set up from 8am", after "a ballot
            // that closed on the 12th"); a history's days stay ("In 1912 ... on April 14.
            // The ship will sink at 2.20am").
            let gone = |day: &NaiveDate| {
                told == Told::Ahead
                    && context.narrative_year().is_none()
                    && dct.is_some_and(|today| {
                        *day < today && today.signed_duration_since(*day).num_days() <= 366
                    })
            };
            let earlier = context.day_in_sentence.or(context
                .story_day
                .or(context.told_day)
                .or(context.narrative_year().and(context.last_day))
                .filter(|day| !gone(day)));
            match earlier {
                Some(day) => Some((
                    TimexValue::Point(TimeValue::Day(day)),
                    Resolution::EarlierMention,
                )),
                None => dated(TimeValue::Day(dct?)),
            }
        }
        Meaning::Weekday {
            day,
            toward,
            skip_today,
        } => {
            let dct = dct?;
            let from = match (skip_today, toward) {
                (true, Direction::Past) => dct.pred_opt()?,
                (true, Direction::Future) => dct.succ_opt()?,
                _ => dct,
            };
            // A weekday no tense points is the one before, as news mostly reports.
            let toward = match toward {
                Direction::Nearest => Direction::Past,
                other => other,
            };
            dated(TimeValue::Day(nearest_weekday(from, day, toward)))
        }
        Meaning::ReportedYear if context.is_narrative() => None,
        Meaning::ReportedYear => dated(TimeValue::Year(dct?.year())),
        Meaning::WeekdayNextTo { day, offset } => {
            let (from, resolution) = context.reference_or_dateline(Unit::Day)?;
            let (from, toward) = match offset {
                1 => (from.succ_opt()?, Direction::Future),
                _ => (from.pred_opt()?, Direction::Past),
            };
            let weekday = nearest_weekday(from, day, toward);
            Some((TimexValue::Point(TimeValue::Day(weekday)), resolution))
        }
        Meaning::WeekdayOfWeek { day, weeks } => {
            let dct = dct?;
            let monday = add_days(dct, -i64::from(dct.weekday().num_days_from_monday()))?;
            let days = 7 * i64::from(weeks) + i64::from(day.num_days_from_monday());
            dated(TimeValue::Day(add_days(monday, days)?))
        }
        Meaning::FromDateline { unit, offset } => {
            Some((shifted(dct?, unit, offset)?, Resolution::Dateline))
        }
        Meaning::FromPrevious { unit, offset } => {
            // "last October, and the following week": a week of that month, as far as told.
            if let (Unit::Day | Unit::Week, Some(month)) = (unit, context.month_told) {
                let point = shifted_keeping_precision(month, unit, offset)?;
                return Some((TimexValue::Point(point), Resolution::EarlierMention));
            }
            if let (None, Some(TimeValue::Year(year))) = (context.reference(unit), context.last) {
                let point = year_counted(year, unit, offset)?;
                return Some((TimexValue::Point(point), Resolution::EarlierMention));
            }
            let (from, resolution) = context.reference_or_dateline(unit)?;
            Some((shifted(from, unit, offset)?, resolution))
        }
        Meaning::Ago { unit, count } if !unit.is_within_a_day() => {
            let count = count as i32;
            match context.reported_quarter().filter(|_| unit == Unit::Year) {
                Some(quarter) => Some((
                    TimexValue::Point(shifted_keeping_precision(quarter, unit, -count)?),
                    Resolution::EarlierMention,
                )),
                None => Some((shifted(dct?, unit, -count)?, Resolution::Dateline)),
            }
        }
        Meaning::LongAgo { years, precision } => {
            // Years BC: the dateline's year is within the count's precision or rounds away.
            let since = dct.map_or(1, |d| i64::from(d.year()));
            let years_bc = i64::try_from(years).ok()? + 1 - since;
            let precision = i64::try_from(precision).ok()?.max(1);
            let rounded = (years_bc + precision / 2) / precision * precision;
            dated(TimeValue::year(1 - rounded)?)
        }
        // A dateline has no time of day: "two hours ago" is its day, or the days they make.
        Meaning::Ago { unit, count } => {
            let seconds = match unit {
                Unit::Hour => 3600,
                Unit::Minute => 60,
                _ => 1,
            };
            let day = add_days(dct?, -(i64::from(count) * seconds / 86_400))?;
            dated(TimeValue::Day(day))
        }
        Meaning::QuarterOfYear(year) => {
            let quarter = match context.last_quarter {
                Some(TimeValue::Quarter(_, q)) => q,
                _ => (dct?.month0() / 3 + 3) % 4 + 1,
            };
            Some((
                TimexValue::Point(TimeValue::Quarter(year, quarter)),
                Resolution::EarlierMention,
            ))
        }
        Meaning::ReportedQuarter { years } => {
            let (quarter, resolution) = match context.last_quarter {
                Some(quarter) => (quarter, Resolution::EarlierMention),
                None => match shifted(dct?, Unit::Quarter, -1)? {
                    TimexValue::Point(quarter) => (quarter, Resolution::Dateline),
                    _ => return None,
                },
            };
            let quarter = shifted_keeping_precision(quarter, Unit::Year, years)?;
            Some((TimexValue::Point(quarter), resolution))
        }
        // "two decades earlier" is a decade, whatever the precision of the date it counts from.
        Meaning::Shifted {
            unit: unit @ (Unit::Decade | Unit::Century),
            offset,
        } => {
            let (from, resolution) = context.reference_or_dateline(unit)?;
            Some((shifted(from, unit, offset)?, resolution))
        }
        Meaning::Shifted { unit, offset } => {
            // Years back from a report on a quarter are counted in quarters.
            let quarter = context.reported_quarter().filter(|_| unit == Unit::Year);
            let earlier = [quarter, context.last, context.last_day.map(TimeValue::Day)]
                .into_iter()
                .flatten()
                .find_map(|last| counted(last, unit, offset));
            match earlier {
                Some(point) => Some((TimexValue::Point(point), Resolution::EarlierMention)),
                None => Some((shifted(dct?, unit, offset)?, Resolution::Dateline)),
            }
        }
        Meaning::Season { season, years } => dated(TimeValue::Season(dct?.year() + years, season)),
        Meaning::PastSeason(season) => {
            let dct = dct?;
            let year = if dct.month() > season.first_month() {
                dct.year()
            } else {
                dct.year() - 1
            };
            dated(TimeValue::Season(year, season))
        }
        Meaning::StorySeason { season, toward } => {
            let (year, resolution) = match context.story_year_for(true) {
                Some(year) => (year, Resolution::EarlierMention),
                None => (season_year(dct?, season, toward), Resolution::Dateline),
            };
            Some((
                TimexValue::Point(TimeValue::Season(year, season)),
                resolution,
            ))
        }
        Meaning::Quarter {
            quarter,
            years,
            toward,
        } => {
            let dct = dct?;
            let begun = dct.month0() / 3 + 1 >= quarter;
            let year = match (years, begun, toward) {
                (0, false, Direction::Past | Direction::Nearest) => dct.year() - 1,
                _ => dct.year() + years,
            };
            dated(TimeValue::Quarter(year, quarter))
        }
        Meaning::YearEdge { edge, toward } => {
            if let Some(year) = context.story_year_for(toward != Direction::Future) {
                return Some((
                    TimexValue::Point(TimeValue::Year(year)),
                    Resolution::EarlierMention,
                ));
            }
            // "peaked by the end of the year", said in March, is last year's end; "will
            // finish by the end of the year" this year's.
            let dct = dct?;
            let year = match (edge, toward) {
                (Edge::End, Direction::Past) if dct.month() < 12 => dct.year() - 1,
                (Edge::Start, Direction::Future) if dct.month() > 1 => dct.year() + 1,
                _ => dct.year(),
            };
            dated(TimeValue::Year(year))
        }
    }
}

/// The period of `unit` that contains `from`, moved by `k` units: `2013-W11`, `2012`.
fn shifted(from: NaiveDate, unit: Unit, k: i32) -> Option<TimexValue> {
    let months = |n: i32| add_months(from, n);
    let days = |n: i64| add_days(from, n);
    let week = |d: NaiveDate| {
        let week = d.iso_week();
        (week.year(), week.week())
    };
    let point = match unit {
        Unit::Day => TimeValue::Day(days(k.into())?),
        Unit::Week => {
            let (year, week) = week(days(7 * i64::from(k))?);
            TimeValue::Week(year, week)
        }
        Unit::Weekend => {
            let (year, week) = week(days(7 * i64::from(k))?);
            return Some(TimexValue::Weekend(year, week));
        }
        Unit::Month => {
            let d = months(k)?;
            TimeValue::Month(d.year(), d.month())
        }
        Unit::Quarter => {
            let d = months(3 * k)?;
            TimeValue::Quarter(d.year(), d.month0() / 3 + 1)
        }
        Unit::Year => TimeValue::year(i64::from(from.year()) + i64::from(k))?,
        Unit::Decade => TimeValue::decade_of(from.year().checked_add(k.checked_mul(10)?)?)?,
        Unit::Century => TimeValue::century_of(from.year().checked_add(k.checked_mul(100)?)?)?,
        Unit::Hour | Unit::Minute | Unit::Second => return None,
    };
    Some(TimexValue::Point(point))
}

/// `point` moved by `k` units, at no finer a precision than the unit's: "three days later"
/// than a day is a day, "two years before" a day is a year.
pub(crate) fn counted(point: TimeValue, unit: Unit, k: i32) -> Option<TimeValue> {
    shifted_keeping_precision(no_finer(point, unit), unit, k)
}

/// `point` moved by `k` units, at its own precision, when the unit is not finer than it:
/// two days after a day, a year before a quarter, eighteen months after a month.
fn shifted_keeping_precision(point: TimeValue, unit: Unit, k: i32) -> Option<TimeValue> {
    let months = match unit {
        Unit::Year => 12 * k,
        Unit::Quarter => 3 * k,
        Unit::Month => k,
        Unit::Decade => 120 * k,
        Unit::Century => 1200 * k,
        Unit::Day | Unit::Week => {
            let days = i64::from(k) * if unit == Unit::Week { 7 } else { 1 };
            return match point {
                // "in early March 2011 ... three days later": the month that many days from
                // the middle of it falls in, as far as the text tells.
                TimeValue::Month(year, month) => {
                    let day = add_days(NaiveDate::from_ymd_opt(year, month, 15)?, days)?;
                    Some(TimeValue::Month(day.year(), day.month()))
                }
                TimeValue::Year(year) => year_counted(year, unit, k),
                _ => Some(TimeValue::Day(add_days(point.date()?, days)?)),
            };
        }
        _ => return None,
    };
    let add = |y: i32, m: u32| -> (i32, u32) {
        let total = y * 12 + m as i32 - 1 + months;
        (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
    };
    let point = match point {
        TimeValue::Minute(t) => TimeValue::Day(t.date()),
        other => other,
    };
    Some(match point {
        TimeValue::Year(y) if months % 12 == 0 => TimeValue::Year(y + months / 12),
        TimeValue::Season(y, s) if months % 12 == 0 => TimeValue::Season(y + months / 12, s),
        TimeValue::Quarter(y, q) if months % 3 == 0 => {
            let (y, m) = add(y, 3 * q - 2);
            TimeValue::Quarter(y, (m - 1) / 3 + 1)
        }
        TimeValue::Month(y, m) => {
            let (y, m) = add(y, m);
            TimeValue::Month(y, m)
        }
        TimeValue::Day(d) => TimeValue::Day(add_months(d, months)?),
        _ => return None,
    })
}

/// Days, weeks or months counted from a year the text gave without a finer date ("closed in
/// 2019 ... two weeks later", "the day prior"): the year they reach from its middle, as far as
/// the text tells, rather than a day counted from the date line.
fn year_counted(year: i32, unit: Unit, offset: i32) -> Option<TimeValue> {
    let middle = NaiveDate::from_ymd_opt(year, 7, 2)?;
    let day = match unit {
        Unit::Day => add_days(middle, offset.into())?,
        Unit::Week => add_days(middle, 7 * i64::from(offset))?,
        Unit::Month => add_months(middle, offset)?,
        _ => return None,
    };
    Some(TimeValue::Year(day.year()))
}

/// `point` at the precision of `unit` when it is finer: "two years earlier" than July 1776 is
/// 1776, "fifteen months later" than a day a month. A quarter or a season keeps its own.
fn no_finer(point: TimeValue, unit: Unit) -> TimeValue {
    let day = point.date();
    match (unit, point, day) {
        (Unit::Year, TimeValue::Month(year, _), _) => TimeValue::Year(year),
        (Unit::Year, TimeValue::Day(_) | TimeValue::Minute(_), Some(d)) => {
            TimeValue::Year(d.year())
        }
        (Unit::Month, TimeValue::Day(_) | TimeValue::Minute(_), Some(d)) => {
            TimeValue::Month(d.year(), d.month())
        }
        _ => point,
    }
}

/// `date` moved by `n` days, either way.
fn add_days(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    if n >= 0 {
        date.checked_add_days(Days::new(n as u64))
    } else {
        date.checked_sub_days(Days::new(n.unsigned_abs()))
    }
}

/// `date` moved by `n` months, either way.
fn add_months(date: NaiveDate, n: i32) -> Option<NaiveDate> {
    if n >= 0 {
        date.checked_add_months(Months::new(n as u32))
    } else {
        date.checked_sub_months(Months::new(n.unsigned_abs()))
    }
}

/// A month of `year`, or a day of it when the words give one.
fn month_or_day(year: i32, month: u32, day: Option<u32>) -> Option<TimeValue> {
    Some(match day {
        Some(d) => TimeValue::Day(NaiveDate::from_ymd_opt(year, month, d)?),
        None => TimeValue::Month(year, month),
    })
}

/// The year of a month and day nearest the dateline in `direction`.
fn month_day_year(dct: NaiveDate, m: u32, d: u32, direction: Direction) -> i32 {
    match direction {
        Direction::Past if (m, d) > (dct.month(), dct.day()) => dct.year() - 1,
        Direction::Future if (m, d) < (dct.month(), dct.day()) => dct.year() + 1,
        Direction::Nearest => month_year(dct, m, direction),
        _ => dct.year(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday;

    fn at(dateline: &str) -> Context {
        Context::new(dateline.parse::<TimeValue>().ok().and_then(|v| v.date()))
    }

    /// Tells `context` that the text stated `point` in full.
    fn stated(context: &mut Context, point: TimeValue) {
        context.note(
            &Meaning::Calendar(point).into(),
            &TimexValue::Point(point),
            Resolution::Stated,
            Aside::No,
        );
    }

    fn resolved(meaning: Meaning, context: &Context) -> Option<(String, Resolution)> {
        resolve(&meaning.into(), context).map(|(v, r)| (v.to_string(), r))
    }

    #[test]
    fn a_weekday_is_the_nearest_one_the_sentence_points_to() {
        // 2013-03-22 is a Friday.
        let context = at("2013-03-22");
        let monday = |toward, skip_today| Meaning::Weekday {
            day: Weekday::Mon,
            toward,
            skip_today,
        };
        let friday = Meaning::Weekday {
            day: Weekday::Fri,
            toward: Direction::Past,
            skip_today: true,
        };
        assert_eq!(
            resolved(monday(Direction::Past, false), &context),
            Some(("2013-03-18".into(), Resolution::Dateline))
        );
        assert_eq!(
            resolved(monday(Direction::Future, false), &context)
                .unwrap()
                .0,
            "2013-03-25"
        );
        assert_eq!(resolved(friday, &context).unwrap().0, "2013-03-15");
        assert_eq!(resolved(monday(Direction::Past, false), &at("")), None);
    }

    #[test]
    fn a_story_told_long_ago_gives_its_year_to_months_without_one() {
        let may = Meaning::YearLess {
            month: 5,
            day: None,
            toward: Direction::Past,
            told: Told::Back,
        };
        let mut context = at("2009-12-19");
        assert_eq!(resolved(may, &context).unwrap().0, "2009-05");
        for year in 1938..=1945 {
            context.count_year(year);
        }
        stated(&mut context, TimeValue::Year(1941));
        // A story told long after keeps its year into the next paragraph.
        context.new_paragraph();
        assert_eq!(
            resolved(may, &context),
            Some(("1941-05".into(), Resolution::EarlierMention))
        );
        // Near the dateline, the dateline decides.
        stated(&mut context, TimeValue::Year(2008));
        assert_eq!(resolved(may, &context).unwrap().0, "2009-05");
    }

    #[test]
    fn later_counts_from_the_last_stated_day_or_else_the_dateline() {
        let later = Meaning::FromPrevious {
            unit: Unit::Day,
            offset: 2,
        };
        let mut context = at("2013-03-22");
        assert_eq!(
            resolved(later, &context),
            Some(("2013-03-24".into(), Resolution::Dateline))
        );
        let first = NaiveDate::from_ymd_opt(2013, 3, 1).unwrap();
        stated(&mut context, TimeValue::Day(first));
        assert_eq!(
            resolved(later, &context),
            Some(("2013-03-03".into(), Resolution::EarlierMention))
        );
    }

    #[test]
    fn a_shift_from_the_last_date_is_no_finer_than_its_unit() {
        let mut context = at("2009-12-19");
        let day = NaiveDate::from_ymd_opt(1916, 6, 23).unwrap();
        stated(&mut context, TimeValue::Day(day));
        for (unit, offset, expected) in [
            (Unit::Year, -20, "1896"),
            (Unit::Month, 15, "1917-09"),
            (Unit::Day, 3, "1916-06-26"),
        ] {
            let shifted = Meaning::Shifted { unit, offset };
            assert_eq!(resolved(shifted, &context).unwrap().0, expected, "{unit:?}");
        }
        stated(&mut context, TimeValue::Quarter(1989, 3));
        let year_earlier = Meaning::Shifted {
            unit: Unit::Year,
            offset: -1,
        };
        assert_eq!(resolved(year_earlier, &context).unwrap().0, "1988-Q3");
        // A text that has moved on from the quarter to another year counts from that year.
        stated(&mut context, TimeValue::Year(1945));
        let later = Meaning::Shifted {
            unit: Unit::Year,
            offset: 10,
        };
        assert_eq!(resolved(later, &context).unwrap().0, "1955");
    }

    #[test]
    fn periods_shift_by_their_own_unit() {
        let context = at("2013-03-22");
        for (unit, offset, expected) in [
            (Unit::Week, -1, "2013-W11"),
            (Unit::Weekend, 0, "2013-W12-WE"),
            (Unit::Month, -3, "2012-12"),
            (Unit::Quarter, -1, "2012-Q4"),
            (Unit::Year, 1, "2014"),
            (Unit::Decade, -1, "200"),
            (Unit::Century, 0, "20"),
        ] {
            let meaning = Meaning::FromDateline { unit, offset };
            assert_eq!(resolved(meaning, &context).unwrap().0, expected, "{unit:?}");
        }
        // "the last hour" needs a time of day the dateline does not have; "30 hours ago" is
        // the day before it.
        let hours = Meaning::FromDateline {
            unit: Unit::Hour,
            offset: -2,
        };
        assert_eq!(resolved(hours, &context), None);
        for (count, expected) in [(2, "2013-03-22"), (30, "2013-03-21")] {
            let ago = Meaning::Ago {
                unit: Unit::Hour,
                count,
            };
            assert_eq!(
                resolved(ago, &context).unwrap().0,
                expected,
                "{count} hours ago"
            );
        }
    }

    #[test]
    fn a_time_of_day_needs_a_day() {
        let context = at("2013-03-22");
        let tonight = Timex {
            meaning: Meaning::FromDateline {
                unit: Unit::Day,
                offset: 0,
            },
            time_of_day: Some(TimeOfDay::Part(crate::time::PartOfDay::Night)),
        };
        assert_eq!(
            resolve(&tonight, &context).unwrap().0.to_string(),
            "2013-03-22TNI"
        );
        let last_week_at_eight = Timex {
            meaning: Meaning::FromDateline {
                unit: Unit::Week,
                offset: -1,
            },
            time_of_day: Some(TimeOfDay::Clock {
                hour: 20,
                minute: 0,
                zone: None,
            }),
        };
        assert_eq!(resolve(&last_week_at_eight, &context), None);
    }
}
