//! The rules on phrases of each kind, read against a dateline.

use chrono::NaiveDate;

use super::*;
use crate::text::sentences;

/// (words, type, value) of every expression in `text`, read against `dct`.
fn found(text: &str, dct: &str) -> Vec<(String, String, String)> {
    let dct = dct.parse::<crate::TimeValue>().ok().and_then(|v| v.date());
    find(text, &sentences(text), dct)
        .into_iter()
        .map(|m| {
            let kind = format!("{:?}", m.kind()).to_uppercase();
            (m.span.of(text).to_string(), kind, m.value.to_string())
        })
        .collect()
}

fn expect(text: &str, dct: &str, expected: &[(&str, &str, &str)]) {
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(w, k, v)| (w.to_string(), k.to_string(), v.to_string()))
        .collect();
    assert_eq!(found(text, dct), expected, "{text}");
}

#[test]
fn calendar_dates_in_news_formats() {
    let dct = "2013-03-22";
    expect(
        "It began on Feb. 28, 2011 and ended 3 June 2012.",
        dct,
        &[
            ("Feb. 28, 2011", "DATE", "2011-02-28"),
            ("3 June 2012", "DATE", "2012-06-03"),
        ],
    );
    expect(
        "Sales fell in May 2010, in the 1990s and in the 20th century.",
        dct,
        &[
            ("May 2010", "DATE", "2010-05"),
            ("the 1990s", "DATE", "199"),
            ("the 20th century", "DATE", "19"),
        ],
    );
    expect(
        "The pandemic of 2009-2010 was noted.",
        dct,
        &[("2009", "DATE", "2009"), ("2010", "DATE", "2010")],
    );
}

#[test]
fn numbers_that_are_not_years() {
    expect(
        "No. 1961 won 2000 points, $2013 and 14,000 signatures, 7-2.",
        "2013-03-22",
        &[],
    );
}

#[test]
fn the_tense_points_a_date_without_a_year() {
    // 2013-03-22 is a Friday.
    let dct = "2013-03-22";
    expect(
        "The council voted on Monday.",
        dct,
        &[("Monday", "DATE", "2013-03-18")],
    );
    expect(
        "The council voted on Monday to approve it.",
        dct,
        &[("Monday", "DATE", "2013-03-18")],
    );
    expect(
        "The council hopes to reopen by Tuesday.",
        dct,
        &[("Tuesday", "DATE", "2013-03-26")],
    );
    expect(
        "Sales rose in October.",
        dct,
        &[("October", "DATE", "2012-10")],
    );
    expect(
        "The book is due to be published in May.",
        dct,
        &[("May", "DATE", "2013-05")],
    );
    expect(
        "He died last June and she left late last July.",
        dct,
        &[
            ("last June", "DATE", "2012-06"),
            ("late last July", "DATE", "2012-07"),
        ],
    );
}

#[test]
fn relative_dates_durations_and_sets() {
    let dct = "2013-03-22";
    expect(
        "Two years ago, and then last week, the plan was made.",
        dct,
        &[
            ("Two years ago", "DATE", "2011"),
            ("last week", "DATE", "2013-W11"),
        ],
    );
    expect(
        "It lasted three days, a month earlier than usual, for years.",
        dct,
        &[
            ("three days", "DURATION", "P3D"),
            ("a month", "DURATION", "P1M"),
            ("years", "DURATION", "PXY"),
        ],
    );
    expect(
        "The talks ended on March 1, 2013. Two days later, they resumed.",
        dct,
        &[
            ("March 1, 2013", "DATE", "2013-03-01"),
            ("Two days later", "DATE", "2013-03-03"),
        ],
    );
    expect(
        "Her 22-year-old son, ages 6 months and up, met daily at 8 p.m. Friday.",
        dct,
        &[
            ("daily", "SET", "P1D"),
            ("8 p.m. Friday", "TIME", "2013-03-22T20:00"),
        ],
    );
}

#[test]
fn names_are_not_months_and_ranges_of_months_are() {
    let dct = "2024-10-15";
    expect("Mayor Jan Novak met Owner August Klein.", dct, &[]);
    expect(
        "The line closed between March and May.",
        dct,
        &[("March", "DATE", "2024-03"), ("May", "DATE", "2024-05")],
    );
    expect("He tried a second time, one second slower.", dct, &[]);
}

#[test]
fn modals_and_expectations_point_ahead() {
    let dct = "2023-03-03";
    expect(
        "Forecasters expect a calmer April.",
        dct,
        &[("April", "DATE", "2023-04")],
    );
    expect(
        "Repairs should be finished in May.",
        dct,
        &[("May", "DATE", "2023-05")],
    );
}

#[test]
fn an_old_year_does_not_date_what_happens_since_or_next() {
    expect(
        "Service ran from 2019 to 2021. Ridership has fallen since September and will recover in June.",
        "2024-10-15",
        &[
            ("2019", "DATE", "2019"),
            ("2021", "DATE", "2021"),
            ("September", "DATE", "2024-09"),
            ("June", "DATE", "2025-06"),
        ],
    );
}

#[test]
fn since_opens_a_range_to_the_dateline() {
    let text = "Prices have risen since September.";
    let dct = NaiveDate::from_ymd_opt(2013, 3, 22);
    let found = find(text, &sentences(text), dct);
    assert_eq!(found[0].value.to_string(), "2012-09");
    assert_eq!(found[0].modifier, Some(Modifier::OnOrAfter));
}

#[test]
fn a_story_told_long_ago_keeps_its_year_across_paragraphs() {
    expect(
        "The war (1939-1945) began in 1939, after the crises of 1936, 1937 and 1938.\n\nBarbarossa\n\nIn 1940 and 1941 the army advanced.\n\nIn June it reached the river.",
        "2009-12-19",
        &[
            ("1939", "DATE", "1939"),
            ("1945", "DATE", "1945"),
            ("1939", "DATE", "1939"),
            ("1936", "DATE", "1936"),
            ("1937", "DATE", "1937"),
            ("1938", "DATE", "1938"),
            ("1940", "DATE", "1940"),
            ("1941", "DATE", "1941"),
            ("June", "DATE", "1941-06"),
        ],
    );
}

#[test]
fn in_news_an_old_year_dates_only_its_own_paragraph() {
    expect(
        "In 1941 the army advanced. In June it reached the river.",
        "2009-12-19",
        &[("1941", "DATE", "1941"), ("June", "DATE", "1941-06")],
    );
    expect(
        "The plant opened in 1941.\n\nIn June it will close.\n\nIn May it cut jobs, the company said.",
        "2009-12-19",
        &[
            ("1941", "DATE", "1941"),
            ("June", "DATE", "2010-06"),
            ("May", "DATE", "2009-05"),
        ],
    );
}

#[test]
fn the_article_of_a_noun_a_time_describes_is_left_out() {
    let dct = "2013-03-22";
    expect(
        "Fans came for the three day festival and for the winter sale.",
        dct,
        &[
            ("three day", "DURATION", "P3D"),
            ("winter", "DATE", "2013-WI"),
        ],
    );
    expect(
        "The army prepared the Spring Offensive. The 4 July parade was cancelled.",
        dct,
        &[
            ("Spring", "DATE", "2013-SP"),
            ("4 July", "DATE", "2012-07-04"),
        ],
    );
    // Where the time is the noun, the article stays.
    expect(
        "The summer ended badly, and the next day was calm. The summer Germany attacked, \
         we left.",
        dct,
        &[
            ("The summer", "DATE", "2012-SU"),
            ("the next day", "DATE", "2013-03-23"),
            ("The summer", "DATE", "2012-SU"),
        ],
    );
}

#[test]
fn lengths_written_as_adjectives_in_long() {
    expect(
        "A weeklong strike followed a month-long siege and months-long talks.",
        "2013-03-22",
        &[
            ("weeklong", "DURATION", "P1W"),
            ("month-long", "DURATION", "P1M"),
            ("months-long", "DURATION", "PXM"),
        ],
    );
    expect(
        "It ended a two-year-long war and a 24 hour long strike; the trip was two days long.",
        "2013-03-22",
        &[
            ("two-year-long", "DURATION", "P2Y"),
            ("24 hour long", "DURATION", "PT24H"),
            ("two days", "DURATION", "P2D"),
        ],
    );
}

#[test]
fn a_part_of_a_day_stated_in_full_moves_the_story_to_its_year() {
    expect(
        "The army crossed the river on the morning of 5 March 1921. It took the city on 7 May.",
        "2013-03-22",
        &[
            ("the morning of 5 March 1921", "TIME", "1921-03-05TMO"),
            ("7 May", "DATE", "1921-05-07"),
        ],
    );
}

#[test]
fn the_hours_of_a_part_of_a_day_are_that_part_of_the_day() {
    expect(
        "In the early morning hours of 4 June 1989 the square was cleared; in the late \
         evening hours of 6 June it rained.",
        "2013-03-22",
        &[
            (
                "the early morning hours of 4 June 1989",
                "TIME",
                "1989-06-04TMO",
            ),
            ("the late evening hours of 6 June", "TIME", "1989-06-06TEV"),
        ],
    );
}

#[test]
fn a_clock_time_in_local_time_takes_the_day_after_it() {
    expect(
        "Polls opened at 9 a.m. local time on March 4, 2013.",
        "2013-03-22",
        &[
            ("9 a.m.", "TIME", "2013-03-04T09:00"),
            ("March 4, 2013", "DATE", "2013-03-04"),
        ],
    );
    // In a story told long after, too, where the clock would otherwise be of the last day.
    expect(
        "1943\n\nThe army gathered on 19 March.\n\n1944\n\nAt 5 a.m. on 20 March the attack began.",
        "2009-12-19",
        &[
            ("1943", "DATE", "1943"),
            ("19 March", "DATE", "1943-03-19"),
            ("1944", "DATE", "1944"),
            ("5 a.m.", "TIME", "1944-03-20T05:00"),
            ("20 March", "DATE", "1944-03-20"),
        ],
    );
}

#[test]
fn a_text_told_year_by_year_dates_its_months_by_its_headings() {
    // Near the dateline a month would be the one before it, were the heading not there; a
    // line that starts below a heading starts in its year again.
    expect(
        "2021: The flood\n\nThe river rose in March.\n\n2022: Rebuilding\n\nWork began in May. A report of 2019 had warned of it.\nIn June the first houses opened.",
        "2023-12-15",
        &[
            ("2021", "DATE", "2021"),
            ("March", "DATE", "2021-03"),
            ("2022", "DATE", "2022"),
            ("May", "DATE", "2022-05"),
            ("2019", "DATE", "2019"),
            ("June", "DATE", "2022-06"),
        ],
    );
    // A heading that names a range ends the part of the year above it.
    expect(
        "2019\n\nTalks began in March.\n\n2020\n\nTalks failed in April.\n\nOutlook (2021-2024)\n\nA deal was struck in May.",
        "2024-08-01",
        &[
            ("2019", "DATE", "2019"),
            ("March", "DATE", "2019-03"),
            ("2020", "DATE", "2020"),
            ("April", "DATE", "2020-04"),
            ("2021", "DATE", "2021"),
            ("2024", "DATE", "2024"),
            ("May", "DATE", "2024-05"),
        ],
    );
}

#[test]
fn one_heading_with_a_year_does_not_date_the_news_below_it() {
    expect(
        "Budget 2024: what changes\n\nThe minister spoke in March.",
        "2023-11-20",
        &[("2024", "DATE", "2024"), ("March", "DATE", "2023-03")],
    );
}

#[test]
fn days_of_a_kind_are_counted_as_days() {
    expect(
        "The buyer has 45 business days to close, and the shares fell for six straight trading days.",
        "2013-03-22",
        &[
            ("45 business days", "DURATION", "P45D"),
            ("six straight trading days", "DURATION", "P6D"),
        ],
    );
    // A kind of day is not a kind of year: "two business years" is no length read here.
    expect("The report covers two business years.", "2013-03-22", &[]);
}

#[test]
fn the_middle_of_a_part_of_a_day_is_of_the_day_named_or_else_the_dateline() {
    // 2013-03-22 is a Friday.
    let dct = "2013-03-22";
    expect(
        "By mid-afternoon the river had crested; it fell back by midmorning Thursday.",
        dct,
        &[
            ("mid-afternoon", "TIME", "2013-03-22TAF"),
            ("midmorning Thursday", "TIME", "2013-03-21TMO"),
        ],
    );
    expect(
        "The rebels had fled by mid afternoon on Tuesday.",
        dct,
        &[
            ("mid afternoon", "TIME", "2013-03-19TAF"),
            ("Tuesday", "DATE", "2013-03-19"),
        ],
    );
    let text = "Trading slowed in mid evening.";
    let found = find(text, &sentences(text), NaiveDate::from_ymd_opt(2013, 3, 22));
    assert_eq!(found[0].value.to_string(), "2013-03-22TEV");
    assert_eq!(found[0].modifier, Some(Modifier::Mid));
}

#[test]
fn a_length_takes_in_the_stretch_of_time_it_describes() {
    expect(
        "Over a five-year period the board, in its second two-year term, met within the same 60-day window.",
        "2013-03-22",
        &[
            ("a five-year period", "DURATION", "P5Y"),
            ("two-year term", "DURATION", "P2Y"),
            ("the same 60-day window", "DURATION", "P60D"),
        ],
    );
    // Other nouns keep their article: the length is only what describes them.
    expect(
        "The union began a three-week strike.",
        "2013-03-22",
        &[("three-week", "DURATION", "P3W")],
    );
}

#[test]
fn months_and_seasons_listed_before_a_year_take_it() {
    let dct = "2013-03-22";
    expect(
        "Floods came in July/August 2004, and again in November, December and January 2008.",
        dct,
        &[
            ("July", "DATE", "2004-07"),
            ("August 2004", "DATE", "2004-08"),
            ("November", "DATE", "2007-11"),
            ("December", "DATE", "2007-12"),
            ("January 2008", "DATE", "2008-01"),
        ],
    );
    expect(
        "The army rested through the winter and early spring of 1916, then marched in May and June of 1916.",
        dct,
        &[
            ("the winter", "DATE", "1916-WI"),
            ("early spring of 1916", "DATE", "1916-SP"),
            ("May", "DATE", "1916-05"),
            ("June of 1916", "DATE", "1916-06"),
        ],
    );
    // A list that states no year leaves its months to the dateline.
    expect(
        "Sales rose in January, February and March.",
        dct,
        &[
            ("January", "DATE", "2013-01"),
            ("February", "DATE", "2013-02"),
            ("March", "DATE", "2013-03"),
        ],
    );
}

#[test]
fn over_and_under_bound_a_length_they_do_not_span() {
    let text = "The strike lasted over a week, and talks took under ten days. Costs were spread over three years.";
    let found = find(text, &sentences(text), NaiveDate::from_ymd_opt(2013, 3, 22));
    let read: Vec<(&str, String, Option<Modifier>)> = found
        .iter()
        .map(|m| (m.span.of(text), m.value.to_string(), m.modifier))
        .collect();
    assert_eq!(
        read,
        [
            ("over a week", "P1W".to_string(), Some(Modifier::MoreThan)),
            (
                "under ten days",
                "P10D".to_string(),
                Some(Modifier::LessThan)
            ),
            ("three years", "P3Y".to_string(), None),
        ]
    );
    // "over" before a count back is left to the date it gives.
    expect(
        "The plant had closed just over a year earlier.",
        "2013-03-22",
        &[("a year earlier", "DATE", "2012")],
    );
}

#[test]
fn the_following_year_does_not_count_from_what_began_long_since() {
    expect(
        "In 2004 the town, a county seat since 1850, built a school. The following year it built a library.",
        "2013-03-22",
        &[
            ("2004", "DATE", "2004"),
            ("1850", "DATE", "1850"),
            ("The following year", "DATE", "2005"),
        ],
    );
}

#[test]
fn a_date_that_ends_a_limit_is_not_where_the_story_is() {
    let dct = "2013-03-22";
    expect(
        "In 1870 the army marched; the siege lasted until the fall of the city in March 1871. In June the army had rested.",
        dct,
        &[
            ("1870", "DATE", "1870"),
            ("March 1871", "DATE", "1871-03"),
            ("June", "DATE", "1870-06"),
        ],
    );
    // "until" opening a clause lets the story reach its date.
    expect(
        "In 1870 the talks held until in March 1871 the treaty failed. In June war began.",
        dct,
        &[
            ("1870", "DATE", "1870"),
            ("March 1871", "DATE", "1871-03"),
            ("June", "DATE", "1871-06"),
        ],
    );
}
