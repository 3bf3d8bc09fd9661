//! Temporal expressions read as TimeML 1.2.1 TIMEX3s: a conformance table, grouped by
//! phenomenon, of phrases in a sentence, the date line they are read against, and the span,
//! type, value and mod that one of the mentions found must have. Other mentions in the same
//! text may be found too. The negatives are texts in which nothing must be found.
//!
//! Every case runs and the test reports all the cases that fail at once.

use sourceline_core::doc::TimexType::{self, Date, Duration, Set, Time};
use sourceline_core::extract::extract;
use sourceline_core::TimeValue;

/// (text, date line, span, type, value, mod).
type Case = (
    &'static str,
    &'static str,
    &'static str,
    TimexType,
    &'static str,
    Option<&'static str>,
);

/// Calendar dates in news formats: day, month and year, with or without a comma,
/// an 'of', an ordinal, a weekday, or written as ISO numbers; months of a year; years.
#[rustfmt::skip]
const FULL_DATES: &[Case] = &[
    ("In twenty twenty-four the law passed.", "2026-12-02", "twenty twenty-four", Date, "2024", None),
    ("The plan runs to two thousand thirty.", "2026-12-02", "two thousand thirty", Date, "2030", None),
    ("The 2024 elections were close.", "2026-01-05", "2024", Date, "2024", None),
    ("Sales were above fiscal 1989 sales of $155 million.", "1989-11-02", "fiscal 1989", Date, "1989", None),
    ("Profits exceeded 1988 levels.", "1989-11-02", "1988", Date, "1988", None),
    ("The company's 1988 earnings fell.", "1989-11-02", "1988", Date, "1988", None),
    ("Growth was strong, and 2025 looks weaker.", "2026-12-02", "2025", Date, "2025", None),
    ("2026 marks the 50th anniversary of the treaty.", "2026-01-05", "2026", Date, "2026", None),
    ("For many, 1968 remains a turning point.", "2026-01-05", "1968", Date, "1968", None),
    ("The year 1950 marked a change.", "2009-12-19", "The year 1950", Date, "1950", None),
    ("The truce began on Christmas Day 1914.", "2009-12-19", "Christmas Day 1914", Date, "1914-12-25", None),
    ("Fireworks lit the sky on New Year's Eve.", "2013-03-22", "New Year's Eve", Date, "2012-12-31", None),
    ("The offensive ran March 5-9, 1918.", "2009-12-19", "March 5", Date, "1918-03-05", None),
    ("The offensive ran March 5-9, 1918.", "2009-12-19", "9, 1918", Date, "1918-03-09", None),
    ("The league ran in 1995-96.", "2013-03-22", "96", Date, "1996", None),
    ("The revolt started on 5 October 1789 in Paris.", "2009-12-19", "5 October 1789", Date, "1789-10-05", None),
    ("He wrote to Heath on 2 May, 1777.", "2009-12-19", "2 May, 1777", Date, "1777-05-02", None),
    ("The moratorium took place on 15 October, 1969.", "2009-12-19", "15 October, 1969", Date, "1969-10-15", None),
    ("The troops arrived on December 27, 1979.", "2009-12-19", "December 27, 1979", Date, "1979-12-27", None),
    ("The massacre happened in November 2005.", "2009-12-19", "November 2005", Date, "2005-11", None),
    ("The treaty was signed on the 19th of October 1950.", "2009-12-19", "the 19th of October 1950", Date, "1950-10-19", None),
    ("The treaty was signed on March 22, 2013.", "2013-03-22", "March 22, 2013", Date, "2013-03-22", None),
    ("The plant opened on 4 July 2011.", "2013-03-22", "4 July 2011", Date, "2011-07-04", None),
    ("Voting ended Nov. 6, 2012, in most states.", "2013-03-22", "Nov. 6, 2012", Date, "2012-11-06", None),
    ("The fund was set up on Sept. 1, 2008.", "2013-03-22", "Sept. 1, 2008", Date, "2008-09-01", None),
    ("Her term began January 20, 2009.", "2013-03-22", "January 20, 2009", Date, "2009-01-20", None),
    ("The bank failed on Friday, Sept. 26, 2008.", "2013-03-22", "Friday, Sept. 26, 2008", Date, "2008-09-26", None),
    ("Shares first traded on March 1st, 2010.", "2013-03-22", "March 1st, 2010", Date, "2010-03-01", None),
    ("The ruling of 1 March 2013 still stands.", "2013-03-22", "1 March 2013", Date, "2013-03-01", None),
    ("The storm struck on the 3rd of February 2012.", "2013-03-22", "the 3rd of February 2012", Date, "2012-02-03", None),
    ("The filing is dated 2012-11-30.", "2013-03-22", "2012-11-30", Date, "2012-11-30", None),
    ("The record was set on 2010-07-15 in Madrid.", "2013-03-22", "2010-07-15", Date, "2010-07-15", None),
    ("The firm was founded in 1998.", "2013-03-22", "1998", Date, "1998", None),
    ("The castle dates from 1066.", "2013-03-22", "1066", Date, "1066", None),
    ("The bridge opened in June 1932.", "2013-03-22", "June 1932", Date, "1932-06", None),
    ("Production stopped in Dec. 2011.", "2013-03-22", "Dec. 2011", Date, "2011-12", None),
    ("The census of May 2001 counted them all.", "2013-03-22", "May 2001", Date, "2001-05", None),
    ("The shop opened in September of 2010.", "2013-03-22", "September of 2010", Date, "2010-09", None),
    ("In March 2011, the quake hit the coast.", "2013-03-22", "March 2011", Date, "2011-03", None),
    ("The mill burned down on Aug. 2, 1921.", "2013-03-22", "Aug. 2, 1921", Date, "1921-08-02", None),
    ("The accord of 28 February 2011 collapsed.", "2013-03-22", "28 February 2011", Date, "2011-02-28", None),
    ("The leap day of Feb. 29, 2012, was busy.", "2013-03-22", "Feb. 29, 2012", Date, "2012-02-29", None),
    ("The strike lasted from 2009 to 2011.", "2013-03-22", "2011", Date, "2011", None),
    ("It opened on the twenty-first of June, 1990.", "2013-03-22", "the twenty-first of June, 1990", Date, "1990-06-21", None),
    ("The departments surrendered on May 4 and 5, 1865.", "2009-12-19", "5, 1865", Date, "1865-05-05", None),
    ("The battle of Mojkovac on 6-7 January 1916 failed.", "2009-12-19", "6", Date, "1916-01-06", None),
    ("They breached the line on the 28 and 29 August 1918.", "2009-12-19", "the 28", Date, "1918-08-28", None),
    ("Easter 2024 fell in March.", "2013-03-22", "Easter 2024", Date, "2024-03-31", None),
    ("Good Friday 1998 brought the accord.", "2013-03-22", "Good Friday 1998", Date, "1998-04-10", None),
];

/// Months and days without a year: the tense decides the direction; with no cue, the
/// nearest occurrence (deadlines, payable, effective and expire point ahead).
#[rustfmt::skip]
const MONTHS_AND_DAYS_WITHOUT_A_YEAR: &[Case] = &[
    // A day alone: of the month the text gave, else the dateline's, the way the sentence points.
    ("In September 1917 the army attacked. On the 20th it broke through.", "2009-12-19", "the 20th", Date, "1917-09-20", None),
    ("The rent will be due by the 1st.", "2026-12-02", "the 1st", Date, "2027-01-01", None),
    ("We will be back on the 15th.", "2026-12-02", "the 15th", Date, "2026-12-15", None),
    ("The payment was made on the 28th.", "2026-12-02", "the 28th", Date, "2026-11-28", None),
    ("The talks moved from the 13th to the 19th of October 1950.", "2009-12-19", "the 13th", Date, "1950-10-13", None),
    ("Talks resume in April.", "2013-03-22", "April", Date, "2013-04", None),
    ("They met on Tuesday.", "2013-03-22", "Tuesday", Date, "2013-03-19", None),
    ("The vote will be held on Tuesday.", "2013-03-22", "Tuesday", Date, "2013-03-26", None),
    ("The minister resigned Monday.", "2013-03-22", "Monday", Date, "2013-03-18", None),
    ("The king met the president on Monday.", "2013-03-22", "Monday", Date, "2013-03-18", None),
    ("Troops rolled into the city on Wednesday.", "2013-03-22", "Wednesday", Date, "2013-03-20", None),
    ("The summit opens next Monday.", "2013-03-22", "next Monday", Date, "2013-03-25", None),
    ("Markets closed higher Friday.", "2013-03-22", "Friday", Date, "2013-03-22", None),
    ("Bids are due by Wednesday.", "2013-03-22", "Wednesday", Date, "2013-03-27", None),
    ("Elections are scheduled for September.", "2013-03-22", "September", Date, "2013-09", None),
    ("Sales rose in February.", "2013-03-22", "February", Date, "2013-02", None),
    ("The dividend is payable Dec. 15.", "2013-10-30", "Dec. 15", Date, "2013-12-15", None),
    ("Holders of record Nov. 17 will be paid.", "2013-10-30", "Nov. 17", Date, "2013-11-17", None),
    ("The offer was extended to Nov. 16.", "2013-10-30", "Nov. 16", Date, "2013-11-16", None),
    ("The rights expire Nov. 21.", "2013-11-02", "Nov. 21", Date, "2013-11-21", None),
    ("The appointment takes effect Feb. 1.", "2013-11-02", "Feb. 1", Date, "2014-02-01", None),
    ("The company announced the plan Aug. 21.", "2013-10-27", "Aug. 21", Date, "2013-08-21", None),
    ("He stepped down in March.", "2013-11-02", "March", Date, "2013-03", None),
    ("In December, the firm posted a loss.", "2013-01-15", "December", Date, "2012-12", None),
    ("The crew will fly a mission in December.", "2013-03-04", "December", Date, "2013-12", None),
    ("Revenue for the year ended March 31 rose.", "2013-11-01", "March 31", Date, "2013-03-31", None),
    ("She arrived Thursday night.", "2013-03-22", "Thursday night", Time, "2013-03-21TNI", None),
    ("The offer runs until 5 p.m. Nov. 9.", "2013-11-01", "5 p.m. Nov. 9", Time, "2013-11-09T17:00", None),
    ("The court will rule on Jan. 5.", "2013-12-20", "Jan. 5", Date, "2014-01-05", None),
    ("Shares were sold in mid-November.", "2013-11-20", "mid-November", Date, "2013-11", Some("MID")),
    ("The bill passed in January.", "2013-03-22", "January", Date, "2013-01", None),
    ("Exports fell in November.", "2013-03-22", "November", Date, "2012-11", None),
    ("The firm cut jobs last October.", "2013-03-22", "last October", Date, "2012-10", None),
    ("The plant will reopen next January.", "2013-03-22", "next January", Date, "2014-01", None),
    ("The talks ended last March.", "2013-03-22", "last March", Date, "2012-03", None),
    ("The law takes effect on July 1.", "2013-03-22", "July 1", Date, "2013-07-01", None),
    ("The strike began on March 3.", "2013-03-22", "March 3", Date, "2013-03-03", None),
    ("Officials met on Feb. 14.", "2013-03-22", "Feb. 14", Date, "2013-02-14", None),
    ("The vote will be held on Oct. 8.", "2013-03-22", "Oct. 8", Date, "2013-10-08", None),
    ("The plan was unveiled on 12 March.", "2013-03-22", "12 March", Date, "2013-03-12", None),
    ("The ship sank on Dec. 28.", "2013-01-04", "Dec. 28", Date, "2012-12-28", None),
    ("The auction will be held on Jan. 9.", "2013-12-30", "Jan. 9", Date, "2014-01-09", None),
    ("Sales jumped in June.", "2024-06-19", "June", Date, "2024-06", None),
    ("The rally was held on June 2.", "2024-06-19", "June 2", Date, "2024-06-02", None),
    ("The new rules apply from Aug. 1.", "2024-06-19", "Aug. 1", Date, "2024-08-01", None),
    ("Collins will be named commander of the Space Shuttle Columbia for a mission in December.", "1998-03-04", "December", Date, "1998-12", None),
    ("The company said it is calling for the redemption on Dec. 7 of its shares.", "1989-10-30", "Dec. 7", Date, "1989-12-07", None),
    ("The traders squared positions ahead of the weekend.", "1989-10-27", "the weekend", Date, "1989-W43-WE", None),
    ("Analysts watched the upcoming vote on Tuesday.", "2013-03-22", "Tuesday", Date, "2013-03-26", None),
    ("We had turkey on Thanksgiving.", "2024-03-06", "Thanksgiving", Date, "2023-11-23", None),
    ("The store will open on Black Friday.", "2024-03-06", "Black Friday", Date, "2024-11-29", None),
    ("We will book a Mother's Day brunch.", "2024-03-06", "Mother's Day", Date, "2024-05-12", None),
    ("Memorial Day will be warm.", "2024-03-06", "Memorial Day", Date, "2024-05-27", None),
    ("September saw the rebels retreat.", "2013-03-22", "September", Date, "2012-09", None),
    ("The vote was held on February 29.", "2013-03-22", "February 29", Date, "2012-02-29", None),
    ("The vote will be held on February 29.", "2013-03-22", "February 29", Date, "2016-02-29", None),
];

/// Weekdays: the tense decides past or coming; last/next name the week before or after.
#[rustfmt::skip]
const WEEKDAYS: &[Case] = &[
    ("Bids are due no later than Friday.", "2026-12-02", "Friday", Date, "2026-12-04", None),
    ("The reply came later than Friday.", "2026-12-02", "Friday", Date, "2026-11-27", None),
    ("The tour ends Sunday.", "2013-03-22", "Sunday", Date, "2013-03-24", None),
    ("The exhibition opens on Friday.", "2013-03-20", "Friday", Date, "2013-03-22", None),
    ("The season finale airs Sunday.", "2013-03-22", "Sunday", Date, "2013-03-24", None),
    ("The deadline is Sunday.", "2013-03-22", "Sunday", Date, "2013-03-24", None),
    ("The deadline passed on Sunday.", "2013-03-22", "Sunday", Date, "2013-03-17", None),
    ("The committee meets Tuesday to vote.", "2013-03-22", "Tuesday", Date, "2013-03-26", None),
    ("Army faces Navy on Saturday.", "2013-03-20", "Saturday", Date, "2013-03-23", None),
    ("The minister spoke on Thursday.", "2013-03-22", "Thursday", Date, "2013-03-21", None),
    ("The court will rule on Monday.", "2013-03-22", "Monday", Date, "2013-03-25", None),
    ("He died last Sunday.", "2013-03-22", "last Sunday", Date, "2013-03-17", None),
    ("The deal was signed Tuesday.", "2013-03-22", "Tuesday", Date, "2013-03-19", None),
    ("The union will strike on Wednesday.", "2013-03-22", "Wednesday", Date, "2013-03-27", None),
    ("Markets reopen next Tuesday.", "2013-03-22", "next Tuesday", Date, "2013-03-26", None),
    ("Lawmakers voted on Monday.", "2024-06-19", "Monday", Date, "2024-06-17", None),
    ("The talks collapsed last Thursday.", "2024-06-19", "last Thursday", Date, "2024-06-13", None),
    ("The summit will open on Sunday.", "2024-06-19", "Sunday", Date, "2024-06-23", None),
    ("The envoy arrived on Tuesday.", "2024-06-19", "Tuesday", Date, "2024-06-18", None),
    ("Police said the man was arrested Saturday.", "2024-06-19", "Saturday", Date, "2024-06-15", None),
    ("The vote is this Friday.", "2024-03-06", "this Friday", Date, "2024-03-08", None),
    ("This Monday the talks broke down.", "2024-03-06", "This Monday", Date, "2024-03-04", None),
    ("The paper said in an editorial on Saturday, April 25: the court erred.", "1998-04-24", "Saturday, April 25", Date, "1998-04-25", None),
    ("The strike began on Monday, Dec. 30.", "2014-01-03", "Monday, Dec. 30", Date, "2013-12-30", None),
    ("International Women's Day is this coming Sunday, March eighth.", "1998-03-06", "this coming Sunday, March eighth", Date, "1998-03-08", None),
    ("The trial opened on March 3, 2024. It resumed the following Monday.", "2024-03-06", "the following Monday", Date, "2024-03-04", None),
    ("Shares fell on Oct. 27, 1989; the previous Friday they had risen.", "1989-11-01", "the previous Friday", Date, "1989-10-20", None),
];

/// The day of writing and its neighbours, with parts of the day (TIME).
#[rustfmt::skip]
const TODAY_YESTERDAY_TOMORROW: &[Case] = &[
    ("We leave the day after tomorrow.", "2026-12-02", "the day after tomorrow", Date, "2026-12-04", None),
    ("He came the day before yesterday.", "2026-12-02", "the day before yesterday", Date, "2026-11-30", None),
    ("Shares rose today.", "2024-06-19", "today", Date, "2024-06-19", None),
    ("The vote was held yesterday.", "2024-06-19", "yesterday", Date, "2024-06-18", None),
    ("The talks resume tomorrow.", "2024-06-19", "tomorrow", Date, "2024-06-20", None),
    ("Yesterday's vote surprised many.", "2024-06-19", "Yesterday", Date, "2024-06-18", None),
    ("Today, the bank cut rates.", "2024-06-19", "Today", Date, "2024-06-19", None),
    ("Tomorrow the court sits again.", "2024-06-19", "Tomorrow", Date, "2024-06-20", None),
    ("The year's last trade closed yesterday.", "2013-01-01", "yesterday", Date, "2012-12-31", None),
    ("The fair opens tomorrow.", "2012-02-28", "tomorrow", Date, "2012-02-29", None),
    ("The president speaks tonight.", "2024-06-19", "tonight", Time, "2024-06-19TNI", None),
    ("Tonight, the city celebrates.", "2024-06-19", "Tonight", Time, "2024-06-19TNI", None),
    ("Rebels attacked yesterday morning.", "2024-06-19", "yesterday morning", Time, "2024-06-18TMO", None),
    ("The jury returns tomorrow afternoon.", "2024-06-19", "tomorrow afternoon", Time, "2024-06-20TAF", None),
    ("The fire broke out early today.", "2024-06-19", "early today", Date, "2024-06-19", Some("START")),
];

/// Weeks, weekends, months, quarters and years counted from the date line, and definite
/// references to them.
#[rustfmt::skip]
const LAST_THIS_NEXT: &[Case] = &[
    ("At the start of the year, hopes were high.", "2026-12-02", "the start of the year", Date, "2026", Some("START")),
    ("Over the weekend, officials confirmed the report.", "2013-03-18", "the weekend", Date, "2013-W11-WE", None),
    ("Imports fell in 2012. That year, exports rose.", "2013-03-22", "That year", Date, "2012", None),
    ("This week, the Senate votes.", "2013-03-22", "This week", Date, "2013-W12", None),
    ("Next week, talks resume.", "2013-03-22", "Next week", Date, "2013-W13", None),
    ("Last week, the talks failed.", "2013-03-22", "Last week", Date, "2013-W11", None),
    ("This year, sales will rise.", "2013-03-22", "This year", Date, "2013", None),
    ("Last year, the company lost money.", "2013-03-22", "Last year", Date, "2012", None),
    ("The plan was approved last month.", "2013-03-22", "last month", Date, "2013-02", None),
    ("The plant will open next year.", "2013-03-22", "next year", Date, "2014", None),
    ("The law took effect this month.", "2013-03-22", "this month", Date, "2013-03", None),
    ("The firm reported results yesterday.", "2013-03-22", "yesterday", Date, "2013-03-21", None),
    ("The results come out tomorrow.", "2013-03-22", "tomorrow", Date, "2013-03-23", None),
    ("The board meets today.", "2013-03-22", "today", Date, "2013-03-22", None),
    ("It will be quiet this summer.", "2013-03-22", "this summer", Date, "2013-SU", None),
    ("Snow fell last winter.", "2013-03-22", "last winter", Date, "2012-WI", None),
    ("Prices fell last week.", "2024-06-19", "last week", Date, "2024-W24", None),
    ("The envoy visits next week.", "2024-06-19", "next week", Date, "2024-W26", None),
    ("Parliament sits this week.", "2024-06-19", "this week", Date, "2024-W25", None),
    ("Inflation eased last month.", "2024-06-19", "last month", Date, "2024-05", None),
    ("The bill goes to a vote next month.", "2024-06-19", "next month", Date, "2024-07", None),
    ("Exports hit a record last year.", "2024-06-19", "last year", Date, "2023", None),
    ("Elections are due next year.", "2024-06-19", "next year", Date, "2025", None),
    ("Growth has slowed this year.", "2024-06-19", "this year", Date, "2024", None),
    ("Sales fell last month.", "2013-01-10", "last month", Date, "2012-12", None),
    ("Sales fell last week.", "2013-01-10", "last week", Date, "2013-W01", None),
    ("The mine reopens next month.", "2013-12-20", "next month", Date, "2014-01", None),
    ("The storm hit last weekend.", "2013-03-22", "last weekend", Date, "2013-W11-WE", None),
    ("Crowds are expected this weekend.", "2013-03-22", "this weekend", Date, "2013-W12-WE", None),
    ("This month, the bank raised rates.", "2024-06-19", "This month", Date, "2024-06", None),
    ("The index rose last quarter.", "2013-10-24", "last quarter", Date, "2013-Q3", None),
    ("\"This June, we marry,\" she said.", "2024-03-06", "This June", Date, "2024-06", None),
];

/// Anchored offsets are DATEs with the unit's granularity; the span takes ago/earlier/later;
/// the anchor is the previous mention, else the date line.
#[rustfmt::skip]
const OFFSETS: &[Case] = &[
    ("The plant closed a week or so ago.", "1989-11-02", "a week or so ago", Date, "1989-W43", Some("APPROX")),
    ("It happened two years back, in the spring.", "2026-12-02", "two years back", Date, "2024", None),
    ("The plant closed two years ago.", "2013-03-22", "two years ago", Date, "2011", None),
    ("She arrived three days ago.", "2013-03-22", "three days ago", Date, "2013-03-19", None),
    ("He left a week ago.", "2013-03-22", "a week ago", Date, "2013-W11", None),
    ("Orders fell from a month ago.", "2013-03-22", "a month ago", Date, "2013-02", None),
    ("Two decades ago the town had no school.", "2013-03-22", "Two decades ago", Date, "199", None),
    ("The firm was founded a century ago.", "2013-03-22", "a century ago", Date, "19", None),
    ("Nearly four years ago, the law passed.", "2013-03-22", "Nearly four years ago", Date, "2009", Some("APPROX")),
    ("About two weeks ago, the rains came.", "2013-03-22", "About two weeks ago", Date, "2013-W10", Some("APPROX")),
    ("Wages were 3.8 percent higher than a year earlier.", "2013-03-22", "a year earlier", Date, "2012", None),
    ("Talks began on March 4, 2013. Two days later, they collapsed.", "2013-03-22", "Two days later", Date, "2013-03-06", None),
    ("Italy declared war on June 10, 1940. Twelve days later France surrendered.", "2009-12-19", "Twelve days later", Date, "1940-06-22", None),
    ("The deal closed in 2005. A year later, it was undone.", "2013-03-22", "A year later", Date, "2006", None),
    ("The accord was signed in May 1998; five months earlier, talks had stalled.", "2013-03-22", "five months earlier", Date, "1997-12", None),
    ("The ship was launched in March 2010. Eighteen months later, it sank.", "2013-03-22", "Eighteen months later", Date, "2011-09", None),
    ("Grant took command in March 1864. Two months later, he attacked.", "2009-12-19", "Two months later", Date, "1864-05", None),
    ("The fort fell on April 12, 1861. A day later, volunteers enlisted.", "2009-12-19", "A day later", Date, "1861-04-13", None),
    ("Two weeks ago, the minister resigned.", "2013-03-22", "Two weeks ago", Date, "2013-W10", None),
    ("The treaty was signed in 1783. Three years later, it was revised.", "2009-12-19", "Three years later", Date, "1786", None),
    ("The mine closed five years ago.", "2024-06-19", "five years ago", Date, "2019", None),
    ("The law passed six months ago.", "2024-06-19", "six months ago", Date, "2023-12", None),
    ("He was elected 10 days ago.", "2024-06-19", "10 days ago", Date, "2024-06-09", None),
    ("The company was founded 30 years ago.", "2024-06-19", "30 years ago", Date, "1994", None),
    ("The firm listed in 2004. Three years later, it collapsed.", "2013-03-22", "Three years later", Date, "2007", None),
    ("The truce was agreed on June 1, 2024. Ten days later, fighting resumed.", "2024-06-19", "Ten days later", Date, "2024-06-11", None),
    ("The war ended in 1918. Two years earlier, the tanks had arrived.", "2009-12-19", "Two years earlier", Date, "1916", None),
    ("The plant opened in May 2010. A month later, it closed.", "2013-03-22", "A month later", Date, "2010-06", None),
    ("The dam was finished in 1936. Four years later, it flooded.", "2009-12-19", "Four years later", Date, "1940", None),
    ("Ten years ago, the square was empty.", "2013-03-22", "Ten years ago", Date, "2003", None),
    ("The plant closed two and a half years ago.", "2024-03-06", "two and a half years ago", Date, "2021-09", None),
    ("The talks collapsed on March 3, 2024. The day before, envoys had met.", "2024-03-06", "The day before", Date, "2024-03-02", None),
    ("The war began in 1914. The year after, Italy joined.", "2009-12-19", "The year after", Date, "1915", None),
];

/// Historical narrative: a date without a year takes the story's last stated year, across
/// paragraphs, not the date line's.
#[rustfmt::skip]
const NARRATIVE_YEAR: &[Case] = &[
    ("The city grew in 1890, 1891, 1892, 1893, 1894, 1895, 1896 and 1897. The class of '99 was its largest.", "2009-12-19", "'99", Date, "1899", None),
    ("The battle raged from 1915 to 1916. In December 1916 the offensive ended. The Allies answered on 14 January.", "2009-12-19", "14 January", Date, "1917-01-14", None),
    ("The war went on through 1916 and 1917. In January 1917 the talks failed. They resumed in December.", "2009-12-19", "December", Date, "1917-12", None),
    ("On 10 March 1975 the offensive began, ahead of a campaign planned for 1976. The town fell on 11 March.", "2009-12-19", "11 March", Date, "1975-03-11", None),
    ("On 6 June 1944 troops landed. The following morning, tanks came ashore. That evening, the town fell.", "2009-12-19", "That evening", Time, "1944-06-07TEV", None),
    ("Verdun was fought in 1916. By the end of the year, both armies were exhausted.", "2009-12-19", "the end of the year", Date, "1916", Some("END")),
    ("The campaign began in 1864. By September, Atlanta had fallen.", "2009-12-19", "September", Date, "1864-09", None),
    ("The offensive stalled in 1917. During the summer, mutinies spread.", "2009-12-19", "the summer", Date, "1917-SU", None),
    ("Italy invaded in 1940. On June 10, Paris was threatened.", "2009-12-19", "June 10", Date, "1940-06-10", None),
    ("The treaty was signed in 1783. The previous year, talks had begun.", "2009-12-19", "The previous year", Date, "1782", None),
    ("In 1862 the Union advanced. That year, Lee invaded Maryland.", "2009-12-19", "That year", Date, "1862", None),
    ("The war ended in May 1945. The following month, the charter was signed.", "2009-12-19", "The following month", Date, "1945-06", None),
    ("Fighting resumed in 1951. In August of that year, talks broke down.", "2009-12-19", "August of that year", Date, "1951-08", None),
    ("Troops landed in 1950. On the 17 July, they advanced.", "2009-12-19", "the 17 July", Date, "1950-07-17", None),
    ("The fleet sailed in 1588. In late May, it left Lisbon.", "2009-12-19", "late May", Date, "1588-05", Some("END")),
    ("The rebels took the city in March 1918. The following month, they lost it.", "2009-12-19", "The following month", Date, "1918-04", None),
    ("The war began on May 10, 1940. On that same day, Germany invaded France.", "2009-12-19", "that same day", Date, "1940-05-10", None),
    ("Congress met in 1776. On July 4 it adopted the declaration.", "2009-12-19", "July 4", Date, "1776-07-04", None),
];

/// Earnings news: 'the quarter' is the quarter being reported; 'a year earlier' takes its
/// granularity; halves and fiscal years.
#[rustfmt::skip]
const REPORTING_PERIODS: &[Case] = &[
    ("On Friday the Dow fell. For the week, it lost 2%.", "1989-11-02", "the week", Date, "1989-W43", None),
    ("For the month, sales rose 2%.", "1989-11-02", "the month", Date, "1989-11", None),
    ("FY25 revenue rose 4%.", "2026-12-02", "FY25", Date, "2025", None),
    ("Sales fell in 1H 2024 on weak demand.", "2026-12-02", "1H 2024", Date, "2024-H1", None),
    ("The current quarter has begun well.", "2013-10-24", "The current quarter", Date, "2013-Q4", None),
    ("For the nine months, net rose 4%.", "2013-10-24", "the nine months", Duration, "P9M", None),
    ("For the six months, sales slipped.", "2013-10-24", "the six months", Duration, "P6M", None),
    ("In fiscal 2012, it earned $7 million.", "2013-10-24", "fiscal 2012", Date, "2012", None),
    ("In the year-earlier quarter, it lost $3 million.", "2013-10-24", "the year-earlier quarter", Date, "2012-Q3", None),
    ("Net income rose 8% in the quarter.", "2013-10-24", "the quarter", Date, "2013-Q3", None),
    ("Profit fell in the third quarter.", "2013-10-24", "the third quarter", Date, "2013-Q3", None),
    ("Sales rose in the latest quarter.", "2013-10-24", "the latest quarter", Date, "2013-Q3", None),
    ("Third-quarter profit rose 5% from a year earlier.", "2013-10-24", "a year earlier", Date, "2012-Q3", None),
    ("Third-quarter profit rose 5% from a year earlier.", "2013-10-24", "Third-quarter", Date, "2013-Q3", None),
    ("Third-quarter net was $5 million, against $2 million a year ago.", "2013-10-24", "a year ago", Date, "2012-Q3", None),
    ("Sales in this year's third quarter fell.", "2013-10-24", "this year's third quarter", Date, "2013-Q3", None),
    ("The merger may close in next year's first quarter.", "2013-10-24", "next year's first quarter", Date, "2014-Q1", None),
    ("Jobs will be cut by the end of the year.", "2013-10-24", "the end of the year", Date, "2013", Some("END")),
    ("The fourth quarter ended Sept. 30.", "2013-10-24", "The fourth quarter", Date, "2013-Q4", None),
    ("In the 2012 third quarter, it lost money.", "2013-10-24", "the 2012 third quarter", Date, "2012-Q3", None),
    ("Sales for the full year were $6.6 billion.", "1989-11-02", "the full year", Date, "1989", None),
    ("The sale will lower earnings for the fiscal year.", "1989-11-02", "the fiscal year", Date, "1989", None),
    ("For the year, pet food volume was flat.", "1989-11-02", "the year", Date, "1989", None),
    ("Revenue was $76 million for the year ended March 31.", "1989-11-02", "the year", Duration, "P1Y", None),
    ("In the year-earlier period, it earned $3 million.", "1989-10-26", "the year-earlier period", Date, "1988-Q3", None),
    ("Net income for the fiscal second-quarter rose.", "1989-10-26", "fiscal second-quarter", Date, "1989-Q2", None),
    ("Earnings soared in the fiscal first quarter.", "1989-10-26", "the fiscal first quarter", Date, "1989-Q1", None),
    ("It compared with a year-earlier loss of $5 million.", "1989-10-26", "year-earlier", Date, "1988", None),
    ("It has no estimate of the impact on fourth-quarter results. In the latest quarter, it lost $23 million.", "1989-10-30", "the latest quarter", Date, "1989-Q3", None),
    ("Net rose in the third quarter. After a flat second quarter, sales grew. In the 1989 period also, rates were lower.", "1989-11-01", "the 1989 period", Date, "1989-Q3", None),
    ("Sales rose in Q3 2024.", "2024-11-06", "Q3 2024", Date, "2024-Q3", None),
    ("Q4 earnings will beat forecasts.", "2024-11-06", "Q4", Date, "2024-Q4", None),
    ("In fiscal year 2012, revenue fell.", "2024-11-06", "fiscal year 2012", Date, "2012", None),
    ("The FY2012 results were weak.", "2024-11-06", "FY2012", Date, "2012", None),
    ("Profit fell in the third quarter of fiscal 2011.", "2024-11-06", "the third quarter of fiscal 2011", Date, "2011-Q3", None),
];

/// Seasons (SP, SU, FA, WI), quarters and halves of a stated or relative year.
#[rustfmt::skip]
const SEASONS_AND_QUARTERS: &[Case] = &[
    ("The offensive began in the spring of 1944.", "2009-12-19", "the spring of 1944", Date, "1944-SP", None),
    ("Summer 2012 was dry.", "2013-03-22", "Summer 2012", Date, "2012-SU", None),
    ("The plant closed last summer.", "2013-03-22", "last summer", Date, "2012-SU", None),
    ("The drug will launch next spring.", "2013-10-24", "next spring", Date, "2014-SP", None),
    ("Sales will pick up this autumn.", "2013-10-24", "this autumn", Date, "2013-FA", None),
    ("Banks collapsed in the fall of 2008.", "2013-03-22", "the fall of 2008", Date, "2008-FA", None),
    ("The army froze in the winter of 1941.", "2009-12-19", "the winter of 1941", Date, "1941-WI", None),
    ("Rents rose last fall.", "2013-03-22", "last fall", Date, "2012-FA", None),
    ("A decision is expected in early spring.", "2024-06-19", "early spring", Date, "2025-SP", Some("START")),
    ("The harvest failed in early fall.", "2024-03-06", "early fall", Date, "2023-FA", Some("START")),
    ("The talks will resume in fall.", "2024-06-19", "fall", Date, "2024-FA", None),
    ("Rates fell in spring.", "2024-06-19", "spring", Date, "2024-SP", None),
    ("The trail closes until spring.", "2024-10-02", "spring", Date, "2025-SP", None),
    ("Planting begins in mid-spring.", "2024-01-10", "mid-spring", Date, "2024-SP", Some("MID")),
    ("Sales rose in the first quarter of 2012.", "2013-03-22", "the first quarter of 2012", Date, "2012-Q1", None),
    ("Output fell in the fourth quarter of 2011.", "2013-03-22", "the fourth quarter of 2011", Date, "2011-Q4", None),
    ("Hiring picked up in the third quarter of 2010.", "2013-03-22", "the third quarter of 2010", Date, "2010-Q3", None),
    ("Costs rose after the purchase this past spring.", "1989-10-30", "this past spring", Date, "1989-SP", None),
    ("This past winter was the coldest in years.", "1989-10-30", "This past winter", Date, "1988-WI", None),
    ("Prices fell to the level we saw in the winter of nineteen ninety-four.", "1998-02-23", "the winter of nineteen ninety-four", Date, "1994-WI", None),
    ("Profits dropped eighteen percent for the fourth quarter.", "1998-01-26", "the fourth quarter", Date, "1997-Q4", None),
    ("The company will return to profit in the second quarter.", "1998-01-26", "the second quarter", Date, "1998-Q2", None),
    ("Sales rose in the first half of 2013.", "2013-09-06", "the first half of 2013", Date, "2013-H1", None),
    ("Violence fell in the latter half of 2008.", "2009-12-19", "the latter half of 2008", Date, "2008-H2", None),
    ("Growth should pick up in the second half of the year.", "2013-09-06", "the second half of the year", Date, "2013-H2", None),
];

/// Decades and centuries: the value is the year truncated, without X.
#[rustfmt::skip]
const DECADES_AND_CENTURIES: &[Case] = &[
    ("In the mid-nineties, sales boomed.", "2009-12-19", "the mid-nineties", Date, "199", Some("MID")),
    ("The idea dates from the 19th century.", "2013-03-22", "the 19th century", Date, "18", None),
    ("The war shaped the twentieth century.", "2013-03-22", "the twentieth century", Date, "19", None),
    ("The nineties were calm.", "2013-03-22", "The nineties", Date, "199", None),
    ("In nineteen ninety-one, Keating was convicted.", "2013-03-22", "nineteen ninety-one", Date, "1991", None),
    ("The bomb went off in January nineteen ninety-seven.", "2013-03-22", "January nineteen ninety-seven", Date, "1997-01", None),
    ("The goal was full employment by the year two thousand.", "2013-03-22", "the year two thousand", Date, "2000", None),
    ("In the '80s, sales stagnated.", "2013-03-22", "the '80s", Date, "198", None),
    ("Stocks peaked in the early 1980s.", "2013-03-22", "the early 1980s", Date, "198", Some("START")),
    ("Growth continued through the 1990s.", "2013-03-22", "the 1990s", Date, "199", None),
    ("Wages lost ground in the last decade.", "2013-03-22", "the last decade", Date, "200", None),
    ("It happened in the late 1970s.", "2013-03-22", "the late 1970s", Date, "197", Some("END")),
    ("Prices rose in the mid-1990s.", "2013-03-22", "the mid-1990s", Date, "199", Some("MID")),
    ("Trade grew in the early 21st century.", "2013-03-22", "the early 21st century", Date, "20", Some("START")),
    ("It happened twenty years ago.", "2013-03-22", "twenty years ago", Date, "1993", None),
    ("Rates were high in the 1970s.", "2013-03-22", "the 1970s", Date, "197", None),
    ("The band formed in the 1960s.", "2013-03-22", "the 1960s", Date, "196", None),
    ("The railway came in the late 19th century.", "2013-03-22", "the late 19th century", Date, "18", Some("END")),
    ("The style returned in the mid-1980s.", "2013-03-22", "the mid-1980s", Date, "198", Some("MID")),
    ("Crime fell in the early 1990s.", "2013-03-22", "the early 1990s", Date, "199", Some("START")),
    ("The mill closed in the late 1950s.", "2013-03-22", "the late 1950s", Date, "195", Some("END")),
    ("The tower went up in the 1880s.", "2013-03-22", "the 1880s", Date, "188", None),
    ("The twenty-first century began quietly.", "2013-03-22", "The twenty-first century", Date, "20", None),
    ("In the early 2000s, prices fell.", "2013-03-22", "the early 2000s", Date, "200", Some("START")),
    ("In the 1800s, few could read.", "2013-03-22", "the 1800s", Date, "18", None),
];

/// Years before the common era: BC0490; an AD year is a plain year.
#[rustfmt::skip]
const ERAS: &[Case] = &[
    ("The city was founded in the 8th century BC.", "2009-12-19", "the 8th century BC", Date, "BC07", None),
    ("Darius invaded in 490 BC.", "2009-12-19", "490 BC", Date, "BC0490", None),
    ("Athens surrendered in 404 B.C. to Sparta.", "2009-12-19", "404 B.C.", Date, "BC0404", None),
    ("In 218 BC Hannibal marched. In the spring, he crossed the Alps.", "2009-12-19", "the spring", Date, "BC0218-SP", None),
    ("The revolt lasted from 499 to 493 BC.", "2009-12-19", "499", Date, "BC0499", None),
    ("Athens surrendered in 404 B.C.", "2009-12-19", "404 B.C.", Date, "BC0404", None),
    ("In 480 BC the Persians crossed. In September, Athens burned.", "2009-12-19", "September", Date, "BC0480-09", None),
    ("Xerxes invaded in 480 BC. The following year, his army was beaten.", "2009-12-19", "The following year", Date, "BC0479", None),
    ("In 492 BC Mardonius sailed north.", "2009-12-19", "492 BC", Date, "BC0492", None),
    ("The war ran from 431 to 404 BC.", "2009-12-19", "431", Date, "BC0431", None),
    ("Augustus died in AD 14.", "2009-12-19", "AD 14", Date, "0014", None),
    ("In 753 BC, Rome was founded.", "2009-12-19", "753 BC", Date, "BC0753", None),
    ("Caesar crossed the Rubicon in 49 BC with one legion.", "2009-12-19", "49 BC", Date, "BC0049", None),
    ("Alexander died in 323 BC in Babylon.", "2009-12-19", "323 BC", Date, "BC0323", None),
    ("The temple was finished in 515 BCE after long delays.", "2009-12-19", "515 BCE", Date, "BC0515", None),
    ("Carthage fell in 146 B.C. after a siege.", "2009-12-19", "146 B.C.", Date, "BC0146", None),
    ("Socrates died in 399 B.C.", "2009-12-19", "399 B.C.", Date, "BC0399", None),
    ("Varus lost three legions in AD 9 in Germany.", "2009-12-19", "AD 9", Date, "0009", None),
    ("Augustus died in 14 AD at Nola.", "2009-12-19", "14 AD", Date, "0014", None),
    ("Xerxes crossed in 480 BCE with his army.", "2009-12-19", "480 BCE", Date, "BC0480", None),
    ("Rome grew in the first century AD under the emperors.", "2009-12-19", "the first century AD", Date, "00", None),
    ("Writing spread in the 5th century BC across Greece.", "2009-12-19", "the 5th century BC", Date, "BC04", None),
    ("Throughout the 470s BC, the League campaigned.", "2009-12-19", "the 470s BC", Date, "BC047", None),
    ("Bronze Age palaces fell in the 1200s BC.", "2009-12-19", "the 1200s BC", Date, "BC12", None),
    ("In 489 BC Miltiades sailed. In the following decade, Athens built a fleet.", "2009-12-19", "the following decade", Date, "BC047", None),
    ("The first cities rose c. 3000 BC in Sumer.", "2009-12-19", "c. 3000 BC", Date, "BC3000", Some("APPROX")),
    // Deep time: years before 9999 BC, to the count's precision.
    ("The dinosaurs died out 66 million years ago.", "2024-06-19", "66 million years ago", Date, "BC66000000", None),
    ("The universe began 13.8 billion years ago.", "2024-06-19", "13.8 billion years ago", Date, "BC13800000000", None),
    ("The Earth formed 4.54 billion years ago.", "2024-06-19", "4.54 billion years ago", Date, "BC4540000000", None),
    ("Farming began about 12,000 years ago.", "2024-06-19", "about 12,000 years ago", Date, "BC10000", Some("APPROX")),
    ("The flood came 20 years ago.", "2024-06-19", "20 years ago", Date, "2004", None),
];

/// Durations: amounts in figures and in words, hyphenated adjectives, indefinite articles.
#[rustfmt::skip]
const DURATIONS: &[Case] = &[
    ("The loan may be extended for an additional year.", "1989-11-02", "an additional year", Duration, "P1Y", None),
    ("He followed a several-year tenure as editor.", "1989-11-02", "several-year", Duration, "PXY", None),
    ("They camped a day's march away.", "2013-03-22", "a day", Duration, "P1D", None),
    ("Sales fell in the past two quarters.", "1989-11-02", "the past two quarters", Duration, "P2Q", None),
    ("Margins narrowed for several quarters.", "1989-11-02", "several quarters", Duration, "PXQ", None),
    ("The empire stood for almost a hundred years.", "2009-12-19", "almost a hundred years", Duration, "P100Y", Some("LESS_THAN")),
    ("The city has stood for two thousand years.", "2009-12-19", "two thousand years", Duration, "P2000Y", None),
    ("Napoleon's Hundred Days ended at Waterloo after one hundred days.", "2009-12-19", "one hundred days", Duration, "P100D", None),
    ("The army stopped three days' journey from the sea.", "2013-03-22", "three days", Duration, "P3D", None),
    ("The talks took forty-five minutes.", "2013-03-22", "forty-five minutes", Duration, "PT45M", None),
    ("Trading halted for ninety minutes.", "2013-03-22", "ninety minutes", Duration, "PT90M", None),
    ("The first nine months of 2012 were weak.", "2013-03-22", "The first nine months", Duration, "P9M", None),
    ("The strike lasted three weeks.", "2013-03-22", "three weeks", Duration, "P3W", None),
    ("He served 12 years in prison.", "2013-03-22", "12 years", Duration, "P12Y", None),
    ("The flight took six hours.", "2013-03-22", "six hours", Duration, "PT6H", None),
    ("She waited two days for a reply.", "2013-03-22", "two days", Duration, "P2D", None),
    ("The lease runs for 99 years.", "2013-03-22", "99 years", Duration, "P99Y", None),
    ("The session lasted 45 minutes.", "2013-03-22", "45 minutes", Duration, "PT45M", None),
    ("The war lasted four years.", "2013-03-22", "four years", Duration, "P4Y", None),
    ("The repairs took two months.", "2013-03-22", "two months", Duration, "P2M", None),
    ("The alarm rang for 30 seconds.", "2013-03-22", "30 seconds", Duration, "PT30S", None),
    ("The bank sold a 10-year bond.", "2013-03-22", "10-year", Duration, "P10Y", None),
    ("The king began a two-week visit.", "2013-03-22", "two-week", Duration, "P2W", None),
    ("A six-month ban was imposed.", "2013-03-22", "six-month", Duration, "P6M", None),
    ("Unions called a 24-hour strike.", "2013-03-22", "24-hour", Duration, "PT24H", None),
    ("The talks lasted several days.", "2013-03-22", "several days", Duration, "PXD", None),
    ("Repairs will take a few weeks.", "2013-03-22", "a few weeks", Duration, "PXW", None),
    ("Output grew over the past five years.", "2013-03-22", "the past five years", Duration, "P5Y", None),
    ("The hearing lasted one day.", "2013-03-22", "one day", Duration, "P1D", None),
    ("The ceasefire held for a month.", "2013-03-22", "a month", Duration, "P1M", None),
    ("The crew spent a year in orbit.", "2013-03-22", "a year", Duration, "P1Y", None),
    ("They lived in the camps for 2 1/2 years.", "1998-02-27", "2 1/2 years", Duration, "P2Y6M", None),
    ("The talks lasted two and a half days.", "1998-02-27", "two and a half days", Duration, "P2DT12H", None),
    ("He spoke for an hour and a half.", "1998-02-27", "an hour and a half", Duration, "PT1H30M", None),
    ("The ride took half an hour.", "1998-02-27", "half an hour", Duration, "PT30M", None),
    ("The war went on for a decade and a half.", "1998-02-27", "a decade and a half", Duration, "P15Y", None),
    ("In the last twenty four hours, the index fell.", "1998-01-08", "the last twenty four hours", Duration, "PT24H", None),
    ("He offered him a week to decide.", "1991-02-25", "a week", Duration, "P1W", None),
];

/// Clock times, with am/pm and zones, and parts of a day (TIME).
#[rustfmt::skip]
const TIMES_OF_DAY: &[Case] = &[
    ("The bill must be signed by midnight Friday.", "2026-12-02", "midnight Friday", Time, "2026-12-04T00:00", None),
    ("Shares rose in mid-afternoon yesterday.", "1989-11-02", "mid-afternoon yesterday", Time, "1989-11-01TAF", Some("MID")),
    ("He called at 2:30 in the afternoon.", "2013-03-22", "2:30 in the afternoon", Time, "2013-03-22T14:30", None),
    ("He got home at 11 at night.", "2013-03-22", "11 at night", Time, "2013-03-22T23:00", None),
    ("Posted 2024-03-05T14:30:00Z by the admin.", "2024-06-19", "2024-03-05T14:30:00Z", Time, "2024-03-05T14:30", None),
    ("Trading opens at 0800 GMT on the exchange.", "2013-03-22", "0800 GMT", Time, "2013-03-22T08:00", None),
    ("The attack began at 1430 hours.", "2013-03-22", "1430 hours", Time, "2013-03-22T14:30", None),
    ("The crews logged 1500 hours of flying.", "2013-03-22", "1500 hours", Duration, "PT1500H", None),
    ("The guns fell silent at 11 a.m. on 11 November 1918.", "2009-12-19", "11 a.m.", Time, "1918-11-11T11:00", None),
    ("Voting ends at 8 p.m. on Nov. 5.", "2026-10-20", "8 p.m.", Time, "2026-11-05T20:00", None),
    ("The train left at 14:05.", "2013-03-22", "14:05", Time, "2013-03-22T14:05", None),
    ("He will meet the minister later this afternoon.", "2013-03-22", "later this afternoon", Time, "2013-03-22TAF", Some("END")),
    ("Officials met this morning.", "2013-03-22", "this morning", Time, "2013-03-22TMO", None),
    ("The president spoke last night.", "2013-03-22", "last night", Time, "2013-03-21TNI", None),
    ("Results will be announced this evening.", "2013-03-22", "this evening", Time, "2013-03-22TEV", None),
    ("The vote is tonight.", "2013-03-22", "tonight", Time, "2013-03-22TNI", None),
    ("Troops entered on the morning of April 19, 1775.", "2009-12-19", "the morning of April 19, 1775", Time, "1775-04-19TMO", None),
    ("The raid came on the night of 10 August 1792.", "2009-12-19", "the night of 10 August 1792", Time, "1792-08-10TNI", None),
    ("The meeting ended at 11 a.m.", "2013-03-22", "11 a.m.", Time, "2013-03-22T11:00", None),
    ("The ceasefire began at 8:30 p.m. Tuesday.", "2013-03-22", "8:30 p.m. Tuesday", Time, "2013-03-19T20:30", None),
    ("The blast happened at 9:30 a.m.", "2013-03-22", "9:30 a.m.", Time, "2013-03-22T09:30", None),
    ("Polls close at 8 p.m.", "2013-03-22", "8 p.m.", Time, "2013-03-22T20:00", None),
    ("The bells ring at noon.", "2013-03-22", "noon", Time, "2013-03-22T12:00", None),
    ("The market opened at 6:45 am.", "2013-03-22", "6:45 am", Time, "2013-03-22T06:45", None),
    ("The quake struck at 11:30 p.m. yesterday.", "2013-03-22", "11:30 p.m. yesterday", Time, "2013-03-21T23:30", None),
    ("The fire started at 7 a.m. Monday.", "2013-03-22", "7 a.m. Monday", Time, "2013-03-18T07:00", None),
    ("The vote was held this afternoon.", "2013-03-22", "this afternoon", Time, "2013-03-22TAF", None),
    ("Troops moved in on Tuesday morning.", "2013-03-22", "Tuesday morning", Time, "2013-03-19TMO", None),
    ("The envoy landed on Wednesday night.", "2013-03-22", "Wednesday night", Time, "2013-03-20TNI", None),
    ("The talks went on until 10 p.m.", "2013-03-22", "10 p.m.", Time, "2013-03-22T22:00", None),
    ("The troops landed on 31 January 1965. They joined the others that afternoon.", "2009-12-19", "that afternoon", Time, "1965-01-31TAF", None),
    ("Lincoln was shot on April 14, 1865. Lincoln died early the next morning.", "2009-12-19", "early the next morning", Time, "1865-04-15TMO", Some("START")),
    ("The talks began on May 4. The next evening they ended.", "2009-12-19", "The next evening", Time, "2009-05-05TEV", None),
    ("We meet tonight at 8.", "2024-03-06", "tonight at 8", Time, "2024-03-06T20:00", None),
    ("The train leaves tomorrow morning at 7:30.", "2024-03-06", "tomorrow morning at 7:30", Time, "2024-03-07T07:30", None),
    ("The ships sailed on May 4, 1944. That evening at 9 they turned back.", "2009-12-19", "That evening at 9", Time, "1944-05-04T21:00", None),
    ("At 10 o'clock the bell rang.", "2024-11-06", "10 o'clock", Time, "2024-11-06T10:00", None),
    ("We meet at five o'clock tonight.", "2024-11-06", "five o'clock tonight", Time, "2024-11-06T17:00", None),
];

/// Recurring times (SET): the period between occurrences, or the repeated date with X.
#[rustfmt::skip]
const SETS: &[Case] = &[
    ("The club meets every other Tuesday.", "2026-12-02", "every other Tuesday", Set, "XXXX-WXX-2", None),
    ("Orangemen march each July.", "2013-03-22", "each July", Set, "XXXX-07", None),
    ("Flights leave on Tuesday nights.", "2013-03-22", "Tuesday nights", Set, "XXXX-WXX-2TNI", None),
    ("He visits twice a week.", "2013-03-22", "twice a week", Set, "P1W", None),
    ("The council meets once a month.", "2013-03-22", "once a month", Set, "P1M", None),
    ("The games are held every four years.", "2013-03-22", "every four years", Set, "P4Y", None),
    ("Results are reported quarterly.", "2013-03-22", "quarterly", Set, "P3M", None),
    ("The group marches every summer.", "2013-03-22", "every summer", Set, "XXXX-SU", None),
    ("The paper is published daily.", "2013-03-22", "daily", Set, "P1D", None),
    ("The board meets every Monday.", "2013-03-22", "every Monday", Set, "XXXX-WXX-1", None),
    ("Profits doubled annually.", "2013-03-22", "annually", Set, "P1Y", None),
    ("Wages are paid monthly.", "2013-03-22", "monthly", Set, "P1M", None),
    ("He runs every morning.", "2013-03-22", "every morning", Set, "XXXX-XX-XXTMO", None),
    ("The magazine comes out weekly.", "2013-03-22", "weekly", Set, "P1W", None),
    ("The committee meets every week.", "2013-03-22", "every week", Set, "P1W", None),
    ("The ferry sails every day.", "2013-03-22", "every day", Set, "P1D", None),
    ("The festival is held each year.", "2013-03-22", "each year", Set, "P1Y", None),
    ("Rents are paid every month.", "2013-03-22", "every month", Set, "P1M", None),
    ("The market opens every Friday.", "2013-03-22", "every Friday", Set, "XXXX-WXX-5", None),
    ("Bulletins are issued hourly.", "2013-03-22", "hourly", Set, "PT1H", None),
    ("Guards patrol every night.", "2013-03-22", "every night", Set, "XXXX-XX-XXTNI", None),
    ("Troops kept arriving at the rate of 10,000 per day.", "1966-01-01", "per day", Set, "P1D", None),
    ("The plant should save $500 million a year in costs.", "1989-10-26", "a year", Set, "P1Y", None),
    ("Attacks were averaging 960 attacks a week.", "2006-01-01", "a week", Set, "P1W", None),
    ("The shop is closed on Mondays.", "2024-03-06", "Mondays", Set, "XXXX-WXX-1", None),
    ("They meet every other week.", "2024-03-06", "every other week", Set, "P2W", None),
];

/// Vague reference to past, present and future: PAST_REF, PRESENT_REF, FUTURE_REF (DATE).
#[rustfmt::skip]
const VAGUE_REFERENCES: &[Case] = &[
    ("Prices have risen recently.", "2013-03-22", "recently", Date, "PAST_REF", None),
    ("Until recently, the firm led the market.", "2013-03-22", "recently", Date, "PAST_REF", None),
    ("Profits are falling now.", "2013-03-22", "now", Date, "PRESENT_REF", None),
    ("Right now, nobody knows.", "2013-03-22", "Right now", Date, "PRESENT_REF", None),
    ("Demand may weaken in coming months.", "2013-03-22", "coming months", Date, "FUTURE_REF", None),
    ("Bond funds sold heavily in recent weeks.", "2013-03-22", "recent weeks", Date, "PAST_REF", None),
    ("Growth slowed in recent years.", "2013-03-22", "recent years", Date, "PAST_REF", None),
    ("Rates have fallen in the last few months.", "2013-03-22", "the last few months", Date, "PAST_REF", None),
    ("Funds will be raised at a later date.", "2013-03-22", "a later date", Date, "FUTURE_REF", None),
    ("Violence surged in recent days.", "2013-03-22", "recent days", Date, "PAST_REF", None),
    ("The mayor spoke recently about crime.", "2013-03-22", "recently", Date, "PAST_REF", None),
    ("Currently, the firm employs 500 people.", "2013-03-22", "Currently", Date, "PRESENT_REF", None),
    ("The plan is now law.", "2013-03-22", "now", Date, "PRESENT_REF", None),
    ("In the future, costs will fall.", "2013-03-22", "the future", Date, "FUTURE_REF", None),
    ("In the past, the town flooded often.", "2013-03-22", "the past", Date, "PAST_REF", None),
    ("These days, few people write letters.", "2013-03-22", "These days", Date, "PRESENT_REF", None),
    ("Nowadays the port is quiet.", "2013-03-22", "Nowadays", Date, "PRESENT_REF", None),
    ("Prices may rise in the coming weeks.", "2013-03-22", "the coming weeks", Date, "FUTURE_REF", None),
    ("It plans an initial public offering in the near future.", "1989-11-02", "the near future", Date, "FUTURE_REF", None),
    ("We don't minimize the challenges of the near term.", "1989-11-02", "the near term", Date, "FUTURE_REF", None),
    ("Islam will one day be the second largest religion.", "1998-03-03", "one day", Date, "FUTURE_REF", None),
    ("It will take one day to finish.", "1998-03-03", "one day", Duration, "P1D", None),
    ("Loggers worked in present-day Belize.", "2009-12-19", "present-day", Date, "PRESENT_REF", None),
    ("For the time being, the border is calm.", "2009-12-19", "the time being", Date, "PRESENT_REF", None),
];

/// Approximators and limits are in the span, with their mod; for/in/since/by are not.
#[rustfmt::skip]
const APPROXIMATORS_AND_LIMITS: &[Case] = &[
    ("It will not be profitable until 2016 or later.", "2013-03-22", "2016 or later", Date, "2016", Some("ON_OR_AFTER")),
    ("The forecast covers 2015 and beyond.", "2013-03-22", "2015 and beyond", Date, "2015", Some("ON_OR_AFTER")),
    ("The tour will last about three weeks.", "2013-03-22", "about three weeks", Duration, "P3W", Some("APPROX")),
    ("They can call reservists for up to 180 days.", "2013-03-22", "up to 180 days", Duration, "P180D", Some("EQUAL_OR_LESS")),
    ("She testified for more than four hours.", "2013-03-22", "more than four hours", Duration, "PT4H", Some("MORE_THAN")),
    ("Baghdad replied in less than one hour.", "2013-03-22", "less than one hour", Duration, "PT1H", Some("LESS_THAN")),
    ("The banks must wait at least 30 days.", "2013-03-22", "at least 30 days", Duration, "P30D", Some("EQUAL_OR_MORE")),
    ("Sites will open for no more than sixty days.", "2013-03-22", "no more than sixty days", Duration, "P60D", Some("EQUAL_OR_LESS")),
    ("It was the lowest rate in almost two decades.", "2013-03-22", "almost two decades", Duration, "P20Y", Some("LESS_THAN")),
    ("The sale should close around Nov. 1.", "2013-10-15", "around Nov. 1", Date, "2013-11-01", Some("APPROX")),
    ("Shots were fired around 7:15 p.m.", "2013-03-22", "around 7:15 p.m.", Time, "2013-03-22T19:15", Some("APPROX")),
    ("The truce lasted for three days.", "2013-03-22", "three days", Duration, "P3D", None),
    ("The siege lasted nearly a year.", "2009-12-19", "nearly a year", Duration, "P1Y", Some("LESS_THAN")),
    ("The project took about five years.", "2013-03-22", "about five years", Duration, "P5Y", Some("APPROX")),
    ("The dispute has run for more than two years.", "2013-03-22", "more than two years", Duration, "P2Y", Some("MORE_THAN")),
    ("The search went on for at least three days.", "2013-03-22", "at least three days", Duration, "P3D", Some("EQUAL_OR_MORE")),
    ("Offenders face up to six months in jail.", "2013-03-22", "up to six months", Duration, "P6M", Some("EQUAL_OR_LESS")),
    ("The search lasted nearly two weeks.", "2013-03-22", "nearly two weeks", Duration, "P2W", Some("LESS_THAN")),
    ("The trial took almost three years.", "2013-03-22", "almost three years", Duration, "P3Y", Some("LESS_THAN")),
    ("The speech lasted roughly two hours.", "2013-03-22", "roughly two hours", Duration, "PT2H", Some("APPROX")),
    ("The house was built around 2005.", "2013-03-22", "around 2005", Date, "2005", Some("APPROX")),
    ("About 10 years ago, the mill closed.", "2013-03-22", "About 10 years ago", Date, "2003", Some("APPROX")),
    ("The temple was built ca. 466 BC.", "2009-12-19", "ca. 466 BC", Date, "BC0466", Some("APPROX")),
    ("He wrote circa 1850.", "2009-12-19", "circa 1850", Date, "1850", Some("APPROX")),
];

/// Early/late/mid, earlier/later, the start and the end of a period: START, END, MID.
#[rustfmt::skip]
const POSITION_MODIFIERS: &[Case] = &[
    ("Prices peaked in mid-March.", "2013-03-22", "mid-March", Date, "2013-03", Some("MID")),
    ("The tax was introduced earlier in the year.", "2013-03-22", "earlier in the year", Date, "2013", Some("START")),
    ("Demand recovered from the early summer.", "2013-10-24", "the early summer", Date, "2013-SU", Some("START")),
    ("Earlier this month, the board met.", "2013-03-22", "Earlier this month", Date, "2013-03", Some("START")),
    ("The bill passed earlier this year.", "2013-03-22", "earlier this year", Date, "2013", Some("START")),
    ("Rates will rise later this year.", "2013-03-22", "later this year", Date, "2013", Some("END")),
    ("Later this week, the team travels.", "2013-03-22", "Later this week", Date, "2013-W12", Some("END")),
    ("Earlier Sunday, police arrived.", "2013-03-18", "Earlier Sunday", Date, "2013-03-17", Some("START")),
    ("Later yesterday, markets fell.", "2013-03-22", "Later yesterday", Date, "2013-03-21", Some("END")),
    ("It will be finished early next year.", "2013-03-22", "early next year", Date, "2014", Some("START")),
    ("The war widened in late 1941.", "2009-12-19", "late 1941", Date, "1941", Some("END")),
    ("Late in 1957, the general returned.", "2009-12-19", "Late in 1957", Date, "1957", Some("END")),
    ("The town fell early in 1862.", "2009-12-19", "early in 1862", Date, "1862", Some("START")),
    ("The plant opened in early 2012.", "2013-03-22", "early 2012", Date, "2012", Some("START")),
    ("Prices fell in late 2011.", "2013-03-22", "late 2011", Date, "2011", Some("END")),
    ("The law was passed in mid-2010.", "2013-03-22", "mid-2010", Date, "2010", Some("MID")),
    ("The line will open by the end of 2014.", "2013-03-22", "the end of 2014", Date, "2014", Some("END")),
    ("Work began at the beginning of 2011.", "2013-03-22", "the beginning of 2011", Date, "2011", Some("START")),
    ("The plan was drawn up at the start of the year.", "2013-03-22", "the start of the year", Date, "2013", Some("START")),
    ("Snow fell in early March.", "2013-03-22", "early March", Date, "2013-03", Some("START")),
    ("The deal collapsed late last year.", "2013-03-22", "late last year", Date, "2012", Some("END")),
    ("The report is due at the end of March.", "2013-03-22", "the end of March", Date, "2013-03", Some("END")),
    ("The ministry will decide early next month.", "2013-03-22", "early next month", Date, "2013-04", Some("START")),
    ("Talks stalled late last month.", "2013-03-22", "late last month", Date, "2013-02", Some("END")),
    ("Officials met earlier this week.", "2013-03-22", "earlier this week", Date, "2013-W12", Some("START")),
    ("The dam was finished in late June 1936.", "2009-12-19", "late June 1936", Date, "1936-06", Some("END")),
    ("The rules should be in place by year's end.", "1989-11-02", "year's end", Date, "1989", Some("END")),
    ("It will cut 6,000 jobs by year end.", "1989-11-02", "year end", Date, "1989", Some("END")),
    ("The bank's capital at year-end will be $2 billion.", "1989-11-02", "year-end", Date, "1989", Some("END")),
    ("The French retreated on May 10, 1940, abandoning equipment by the end of the month.", "2009-12-19", "the end of the month", Date, "1940-05", Some("END")),
    ("The deal should close by the end of the month.", "2024-03-06", "the end of the month", Date, "2024-03", Some("END")),
    ("By the end of the decade, emissions must halve.", "2024-03-06", "the end of the decade", Date, "202", Some("END")),
    ("In 1995 the war ended; by the end of the decade the city was rebuilt.", "2024-03-06", "the end of the decade", Date, "199", Some("END")),
    ("Seas will rise by the end of the century.", "2024-03-06", "the end of the century", Date, "20", Some("END")),
    ("Stocks fell earlier in the day.", "2024-11-06", "earlier in the day", Date, "2024-11-06", Some("START")),
    ("The army crossed in October 1950 and reached the river by month's end.", "2009-12-19", "month's end", Date, "1950-10", Some("END")),
];

/// Determiners are in the span when they determine the time noun; a timex that modifies
/// another noun is the timex alone.
#[rustfmt::skip]
const DETERMINERS: &[Case] = &[
    ("He needed a week instead of the four days he offered.", "2013-03-22", "the four days", Duration, "P4D", None),
    ("The 30-day rate rose.", "2013-03-22", "30-day", Duration, "P30D", None),
    ("The third-quarter loss widened.", "2013-10-24", "third-quarter", Date, "2013-Q3", None),
    ("Over the summer, competitors cut prices.", "2013-09-10", "the summer", Date, "2013-SU", None),
    ("He returns in the spring.", "2013-01-10", "the spring", Date, "2013-SP", None),
    ("Bapaume fell on the 29 August 1918.", "2009-12-19", "the 29 August 1918", Date, "1918-08-29", None),
    ("Sales were weak in the 1990s.", "2013-03-22", "the 1990s", Date, "199", None),
    ("The plant was shut in the winter of 1941.", "2009-12-19", "the winter of 1941", Date, "1941-WI", None),
    ("The summit was held on the 5th of May 2011.", "2013-03-22", "the 5th of May 2011", Date, "2011-05-05", None),
    ("The firm bought a two-year option.", "2013-03-22", "two-year", Duration, "P2Y", None),
    ("A 90-minute meeting ended the dispute.", "2013-03-22", "90-minute", Duration, "PT90M", None),
    ("Profit fell in the fourth quarter.", "2013-10-24", "the fourth quarter", Date, "2013-Q4", None),
];

/// Dates in figures and clock times written short, and the spellings of posts.
#[rustfmt::skip]
const WRITTEN_SHORT: &[Case] = &[
    ("dinner at 7ish tonight", "2026-12-02", "7ish tonight", Time, "2026-12-02T19:00", Some("APPROX")),
    ("meet around 8:30 by the gate", "2026-12-02", "around 8:30", Time, "2026-12-02T08:30", Some("APPROX")),
    ("posted this couple days ago", "2026-12-02", "couple days ago", Date, "2026-11-30", None),
    ("saw it few mins ago", "2026-12-02", "few mins ago", Date, "2026-12-02", None),
    ("meet 30.11.2026 at the station", "2026-12-02", "30.11.2026", Date, "2026-11-30", None),
    ("it rained on 5.3.24 all day", "2026-12-02", "5.3.24", Date, "2024-03-05", None),
    ("party on the 2nd of jan", "2026-12-02", "the 2nd of jan", Date, "2027-01-02", None),
    ("feb '25 was cold", "2026-12-02", "feb '25", Date, "2025-02", None),
    ("game Sat 12/5 at home", "2026-12-02", "Sat 12/5", Date, "2026-12-05", None),
    ("sale until 12/24 only", "2026-12-02", "12/24", Date, "2026-12-24", None),
    ("tix for 7th Dec, who's in", "2026-12-02", "7th Dec", Date, "2026-12-07", None),
    ("meet on 7th?", "2026-12-02", "7th", Date, "2026-12-07", None),
    ("see you Thurs", "2026-12-02", "Thurs", Date, "2026-12-03", None),
    ("Weds works for me", "2026-12-02", "Weds", Date, "2026-12-02", None),
    ("cant sleep, exam 2day", "2026-12-02", "2day", Date, "2026-12-02", None),
    ("nxt week is finals week", "2026-12-02", "nxt week", Date, "2026-W50", None),
    ("my bday is jan 1st!!", "2026-12-02", "jan 1st", Date, "2027-01-01", None),
    ("this morn the train was late", "2026-12-02", "this morn", Time, "2026-12-02TMO", None),
    ("happy new years eve everyone", "2026-12-02", "new years eve", Date, "2026-12-31", None),
    ("valentines day plans?", "2026-12-02", "valentines day", Date, "2027-02-14", None),
    ("Happy Mothers Day to all the moms", "2026-04-20", "Mothers Day", Date, "2026-05-10", None),
    ("Mon 5pm meeting moved", "2024-06-19", "Mon 5pm", Time, "2024-06-17T17:00", None),
    ("see you Dec 3rd", "2024-06-19", "Dec 3rd", Date, "2024-12-03", None),
    ("posted on 2024-01-05 at 14:00 UTC", "2024-06-19", "14:00 UTC", Time, "2024-01-05T14:00", None),
    ("We leave tomorrow at 8 p.m. sharp.", "2024-06-19", "tomorrow at 8 p.m.", Time, "2024-06-20T20:00", None),
    ("The deal closed 7/8/07.", "2013-03-22", "7/8/07", Date, "2007-07-08", None),
    ("Payment is due 12/25/2012.", "2013-03-22", "12/25/2012", Date, "2012-12-25", None),
    ("The band split in '82.", "2013-03-22", "'82", Date, "1982", None),
    ("the game was on monday", "2013-03-22", "monday", Date, "2013-03-18", None),
    ("party at 8pm", "2013-03-22", "8pm", Time, "2013-03-22T20:00", None),
    ("jan 5 was fun", "2013-03-22", "jan 5", Date, "2013-01-05", None),
    ("we meet tmrw", "2013-03-22", "tmrw", Date, "2013-03-23", None),
    ("going out tonite", "2013-03-22", "tonite", Time, "2013-03-22TNI", None),
    ("been waiting 20 mins already", "2024-03-06", "20 mins", Duration, "PT20M", None),
    ("it's been 3 hrs and still no bus", "2024-03-06", "3 hrs", Duration, "PT3H", None),
    ("took 45min to get home", "2024-03-06", "45min", Duration, "PT45M", None),
    ("see you in a couple hrs", "2024-03-06", "a couple hrs", Duration, "PT2H", None),
    ("we met 5 yrs ago today", "2024-03-06", "5 yrs ago", Date, "2019", None),
    ("back from vacation last wk", "2024-03-06", "last wk", Date, "2024-W09", None),
    ("party this sat at mine", "2024-03-06", "this sat", Date, "2024-03-09", None),
    ("next fri is the deadline", "2024-03-06", "next fri", Date, "2024-03-08", None),
    ("dinner @ 7:30 tonight", "2024-03-06", "7:30 tonight", Time, "2024-03-06T19:30", None),
    ("meet at 8 tonight", "2024-03-06", "8 tonight", Time, "2024-03-06T20:00", None),
    ("at 7:30 tomorrow morning", "2024-03-06", "7:30 tomorrow morning", Time, "2024-03-07T07:30", None),
    ("2 days till christmas", "2024-12-23", "christmas", Date, "2024-12-25", None),
    ("The battalion was deployed by 05:30hrs.", "2013-03-22", "05:30hrs", Time, "2013-03-22T05:30", None),
    ("see you 2moro!", "2024-03-06", "2moro", Date, "2024-03-07", None),
    ("going out this wknd", "2024-03-06", "this wknd", Date, "2024-W10-WE", None),
    ("i run everyday", "2024-03-06", "everyday", Set, "P1D", None),
    ("so tired rn", "2024-03-06", "rn", Date, "PRESENT_REF", None),
    ("see u tmrw nite", "2024-03-06", "tmrw nite", Time, "2024-03-07TNI", None),
    ("merry xmas all", "2024-12-20", "xmas", Date, "2024-12-25", None),
    ("any NYE plans?", "2024-12-20", "NYE", Date, "2024-12-31", None),
    ("can't wait for sat night", "2024-03-06", "sat night", Time, "2024-03-09TNI", None),
    ("see you friday!", "2024-03-06", "friday", Date, "2024-03-08", None),
    ("cant wait for saturday", "2024-03-06", "saturday", Date, "2024-03-09", None),
    ("let's meet Sunday", "2024-03-06", "Sunday", Date, "2024-03-10", None),
    ("posted 2 mins ago", "2024-03-06", "2 mins ago", Date, "2024-03-06", None),
    ("the trip is three days from now", "2024-03-06", "three days", Duration, "P3D", None),
];

/// Texts with no temporal expression: nouns, names, modals and numbers that look like times.
#[rustfmt::skip]
const NO_EXPRESSION: &[(&str, &str)] = &[
    ("The board raised its quarterly dividend.", "2013-03-22"),
    ("She reads a daily newspaper.", "2013-03-22"),
    ("The fall of Atlanta shocked the South.", "2013-03-22"),
    ("The fall of the empire was slow.", "2013-03-22"),
    ("The market went into free-fall.", "2013-03-22"),
    ("Prices spring back when demand returns.", "2013-03-22"),
    ("She reads the Sunday Times.", "2013-03-22"),
    ("Resolution 1483 was adopted unanimously.", "2013-03-22"),
    ("He may resign.", "2013-03-22"),
    ("The March on Washington drew crowds.", "2013-03-22"),
    ("He signed for 1,000 dollars.", "2013-03-22"),
    ("Route 66 runs west.", "2013-03-22"),
    ("He may resign if the vote fails.", "2013-03-22"),
    ("The team scored 2013 points in total.", "2013-03-22"),
    ("Flight 1549 landed on the river.", "2013-03-22"),
    ("The bill won 1,200 votes.", "2013-03-22"),
    ("She bought 1998 shares of the firm.", "2013-03-22"),
    ("The drug cut deaths by 30 percent.", "2013-03-22"),
    ("Room 1204 was locked.", "2013-03-22"),
    ("The ship carried 400 passengers.", "2013-03-22"),
    ("The minister will march with the strikers.", "2013-03-22"),
    ("The score was 3-1 at the break.", "2013-03-22"),
    ("The min wage rose again.", "2013-03-22"),
    ("She sat on the bench and waited.", "2013-03-22"),
    ("The hrs department called.", "2013-03-22"),
    ("The car reached 90 miles an hour.", "2013-03-22"),
    ("In the long run, the plan pays for itself.", "2013-03-22"),
    ("Everyday life is hard.", "2013-03-22"),
    ("The ATM ate my card.", "2013-03-22"),
    ("Prices rose 5 and 6 percent.", "2013-03-22"),
    ("It was a good day for us.", "2013-03-22"),
    ("He told USA Today he would run.", "2013-03-22"),
    ("He drove an Audi Q3 home.", "2013-03-22"),
    ("August Klein spoke first.", "2013-03-22"),
    ("He spoke on ABC's This Week about it.", "2013-03-22"),
    ("Three quarters of the voters agreed.", "2013-03-22"),
    ("He sent 2000 troops to the border.", "2013-03-22"),
    ("About two thousand five hundred people came.", "2013-03-22"),
    ("Of the 2000 people who came, half stayed.", "2013-03-22"),
    ("He lives on the 15th floor of the tower.", "2013-03-22"),
    ("The shop is on 5th Avenue.", "2013-03-22"),
    ("Mayor Jan Novak spoke first.", "2013-03-22"),
    ("The score was 3/4 at half time.", "2013-03-22"),
    ("Linux 5.10.12 shipped with the fix.", "2013-03-22"),
    ("The couple left early.", "2013-03-22"),
    // TimeML has no value for the first century BC (it would be BC00).
    ("Rome grew in the first century BC.", "2009-12-19"),
    ("Highs will be in the upper 80s.", "2013-03-22"),
    ("Temperatures will climb into the 90s.", "2013-03-22"),
    ("She went out in the 2nd round of the cup.", "2013-03-22"),
    ("It was argued in some quarters that the vote was unfair.", "2013-03-22"),
    ("The chip runs 15 million instructions per second.", "2013-03-22"),
];

/// Every group of the table, named for the failure report.
#[rustfmt::skip]
const GROUPS: &[(&str, &[Case])] = &[
    ("written short", WRITTEN_SHORT),
    ("full dates", FULL_DATES),
    ("months and days without a year", MONTHS_AND_DAYS_WITHOUT_A_YEAR),
    ("weekdays", WEEKDAYS),
    ("today yesterday tomorrow", TODAY_YESTERDAY_TOMORROW),
    ("last this next", LAST_THIS_NEXT),
    ("offsets", OFFSETS),
    ("narrative year", NARRATIVE_YEAR),
    ("reporting periods", REPORTING_PERIODS),
    ("seasons and quarters", SEASONS_AND_QUARTERS),
    ("decades and centuries", DECADES_AND_CENTURIES),
    ("eras", ERAS),
    ("durations", DURATIONS),
    ("times of day", TIMES_OF_DAY),
    ("sets", SETS),
    ("vague references", VAGUE_REFERENCES),
    ("approximators and limits", APPROXIMATORS_AND_LIMITS),
    ("position modifiers", POSITION_MODIFIERS),
    ("determiners", DETERMINERS),
];

/// The mentions found in `text` against `dateline`, as (span, type, value, mod).
fn mentions(text: &str, dateline: &str) -> Vec<(String, TimexType, String, Option<String>)> {
    let dateline = dateline
        .parse::<TimeValue>()
        .ok()
        .and_then(|v| v.date())
        .unwrap_or_else(|| panic!("the date line {dateline:?} is not a day"));
    extract(text, Some(dateline))
        .mentions
        .into_iter()
        .map(|m| (m.span.of(text).to_string(), m.kind, m.value, m.modifier))
        .collect()
}

#[test]
fn every_case_of_the_table_is_read_as_timeml_says() {
    let mut failures = Vec::new();
    for &(group, cases) in GROUPS {
        for &(text, dateline, span, kind, value, modifier) in cases {
            let found = mentions(text, dateline);
            let matches = found.iter().any(|(s, k, v, m)| {
                s == span && *k == kind && v == value && m.as_deref() == modifier
            });
            if !matches {
                failures.push(format!(
                    "[{group}] {text:?} ({dateline}): expected {span:?} {kind:?} {value} {modifier:?}, found {found:?}"
                ));
            }
        }
    }
    for &(text, dateline) in NO_EXPRESSION {
        let found = mentions(text, dateline);
        if !found.is_empty() {
            failures.push(format!(
                "[no expression] {text:?} ({dateline}): found {found:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
