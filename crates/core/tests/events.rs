//! Events as a reader would write them: a case table, grouped by phenomenon, of article
//! snippets and the event each must yield: its date, its title (who did what, without the
//! date) and the sentences of its evidence, with those that must not be.
//!
//! Every case runs and the test reports all the cases that fail at once.

use sourceline_core::extract::extract;
use sourceline_core::TimeValue;

/// An article (or a piece of one), the date it is read against where none is in it, and the
/// event one of its dates must make.
struct Case {
    text: &'static str,
    published: Option<&'static str>,
    /// The event's date as TimeML writes it.
    date: &'static str,
    title: &'static str,
    /// Words of sentences that must be its evidence, and of sentences that must not.
    evidence: &'static [&'static str],
    not_evidence: &'static [&'static str],
}

/// The text's layout: headline, date line, paragraphs, whether lines are separated by blank
/// lines or by single newlines, as text copied from a page or a feed is.
const LAYOUT: &[Case] = &[
    Case {
        text: "Ferry runs aground off Skye, 40 rescued\nTuesday, May 14, 2024 \nA ferry ran aground off the Isle of Skye on Sunday. Forty passengers were rescued.\nThe operator said the ship was inspected in March.",
        published: None,
        date: "2024-05-12",
        title: "Ferry ran aground off the Isle of Skye",
        evidence: &["A ferry ran aground", "Forty passengers were rescued"],
        not_evidence: &["Tuesday, May 14, 2024", "Ferry runs aground off Skye"],
    },
    Case {
        text: "Ferry runs aground off Skye\n\nTuesday, May 14, 2024\n\nA ferry ran aground off the Isle of Skye on Sunday.\n\nForty passengers were rescued.",
        published: None,
        date: "2024-05-12",
        title: "Ferry ran aground off the Isle of Skye",
        evidence: &["A ferry ran aground", "Forty passengers were rescued"],
        not_evidence: &["Tuesday, May 14, 2024"],
    },
    Case {
        text: "Council backs new tram line\nBy Ana Ruiz\nMarch 8, 2025\nThe city council approved the tram line on Thursday after a long debate.",
        published: None,
        date: "2025-03-06",
        title: "City council approved the tram line after a long debate",
        evidence: &["approved the tram line"],
        not_evidence: &["By Ana Ruiz", "March 8, 2025"],
    },
];

/// Lines above the story date nothing: "Published ..." and "Updated ..." are no events.
const HEAD_LINES: &[Case] = &[Case {
    text: "Storm knocks out power in Nova Scotia\nBy Jane Doe, The Canadian Press\nPublished Nov. 24, 2024 at 3:15 p.m. ET\nUpdated Nov. 24, 2024 at 6:40 p.m. ET\n\nHALIFAX — A storm knocked out power to 200,000 homes on Sunday, the utility said.",
    published: None,
    date: "2024-11-24",
    title: "Storm knocked out power to 200,000 homes",
    evidence: &["knocked out power"],
    not_evidence: &["Published", "Updated"],
}];

/// Which happening a date anchors: the verb of the innermost clause around it, or a noun
/// of its own.
const WHICH_HAPPENING: &[Case] = &[
    // A happening set for a month ahead is no forecast.
    Case {
        text: "Lisbon and Luanda sign energy pact\nThursday, May 15, 2025\nThe two foreign ministers met in Luanda on Wednesday. Mbemba said negotiators would resume talks in Lisbon in July.",
        published: None,
        date: "2025-07",
        title: "Mbemba said negotiators would resume talks in Lisbon",
        evidence: &["would resume talks"],
        not_evidence: &["met in Luanda"],
    },
    Case {
        text: "Nordvik chief to go\nMonday, January 11, 2021\nNordvik Energy said Monday that its chief executive would step down at the end of March.",
        published: None,
        date: "2021-03",
        title: "Its chief executive would step down",
        evidence: &["would step down"],
        not_evidence: &[],
    },
    Case {
        text: "Storm hits New England\nPublished 6:45 AM EST, Wednesday, January 10, 2024\n\nBOSTON (AP) — A storm that swept through New England on Monday knocked out power to 300,000 homes, utilities said Tuesday.\nTwo people were killed when a tree fell on their car.",
        published: None,
        date: "2024-01-08",
        title: "Storm swept through New England",
        evidence: &["swept through", "Two people were killed"],
        not_evidence: &[],
    },
    Case {
        text: "Storm hits New England\nPublished 6:45 AM EST, Wednesday, January 10, 2024\n\nBOSTON (AP) — A storm that swept through New England on Monday knocked out power to 300,000 homes, utilities said Tuesday.\nTwo people were killed when a tree fell on their car.",
        published: None,
        date: "2024-01-09",
        title: "Utilities said a storm knocked out power to 300,000 homes",
        evidence: &["utilities said"],
        not_evidence: &["Two people were killed"],
    },
    Case {
        text: "Cleanup costs\n\nWednesday, January 10, 2024\n\nLast year, the state spent $12 million on cleanup, according to a report released in March.",
        published: None,
        date: "2023-03",
        title: "Report released",
        evidence: &["report released"],
        not_evidence: &[],
    },
    Case {
        text: "Families dismayed\n\nFriday, April 21, 2023\n\nShe told reporters, after disputes for ten years, including this nine-week trial last year, the families were mortified.",
        published: None,
        date: "2022",
        title: "Nine-week trial",
        evidence: &["nine-week trial"],
        not_evidence: &[],
    },
    Case {
        text: "City falls\n\nFriday, April 21, 2023\n\nThe rebels, fresh from a victory last month, entered the city on Tuesday. Putin, on television yesterday, offered condolences.",
        published: None,
        date: "2023-04-20",
        title: "Putin offered condolences",
        evidence: &["offered condolences"],
        not_evidence: &["entered the city"],
    },
    Case {
        text: "Abuse report out\n\nFriday, April 7, 2023\n\nThe report, the result of an investigation begun in 2018, listed 156 abusers.",
        published: None,
        date: "2018",
        title: "Investigation begun",
        evidence: &["investigation begun"],
        not_evidence: &[],
    },
    Case {
        text: "Pact renewed\n\nFriday, April 7, 2023\n\nThe treaty signed by both countries in 1961 was renewed on Tuesday.",
        published: None,
        date: "1961",
        title: "Treaty signed by both countries",
        evidence: &["treaty signed"],
        not_evidence: &[],
    },
    Case {
        text: "Pact renewed\n\nFriday, April 7, 2023\n\nThe treaty signed by both countries in 1961 was renewed on Tuesday.",
        published: None,
        date: "2023-04-04",
        title: "Treaty signed by both countries was renewed",
        evidence: &["was renewed"],
        not_evidence: &[],
    },
    Case {
        text: "Mine owner named\n\nFriday, June 7, 2024\n\nThe owner was among the directors of a company whose mine collapsed on Monday, the ministry said.",
        published: None,
        date: "2024-06-03",
        title: "Mine collapsed",
        evidence: &["mine collapsed"],
        not_evidence: &[],
    },
    Case {
        text: "Cargo jet lost\n\nFriday, June 7, 2024\n\nThe pilot was on a cargo jet that crashed near Oslo on Wednesday without survivors.",
        published: None,
        date: "2024-06-05",
        title: "Cargo jet crashed near Oslo without survivors",
        evidence: &["crashed near Oslo"],
        not_evidence: &[],
    },
    Case {
        text: "Court rules on dam\n\nMonday, October 7, 2024\n\nOn Friday, a court in Lyon found the builder liable for the 2019 collapse of the Vence dam, which flooded two villages.",
        published: None,
        date: "2019",
        title: "Collapse of the Vence dam, which flooded two villages",
        evidence: &["the 2019 collapse of the Vence dam, which flooded"],
        not_evidence: &["found the builder liable"],
    },
    Case {
        text: "Court rules on dam\n\nMonday, October 7, 2024\n\nOn Friday, a court in Lyon found the builder liable for the 2019 collapse of the Vence dam.",
        published: None,
        date: "2024-10-04",
        title: "Court in Lyon found the builder liable for the collapse of the Vence dam",
        evidence: &["found the builder liable"],
        not_evidence: &[],
    },
    Case {
        text: "Protests grow\n\nSunday, April 6, 2025\n\nCrime has risen since the murder of the mayor in January 2024, residents say.",
        published: None,
        date: "2024-01",
        title: "Murder of the mayor",
        evidence: &["murder of the mayor"],
        not_evidence: &[],
    },
    Case {
        text: "Lawyer identified\n\nSunday, April 6, 2025\n\nPolice named the gunman as a lawyer who worked downtown until his firm closed last year.",
        published: None,
        date: "2024",
        title: "His firm closed",
        evidence: &["his firm closed"],
        not_evidence: &[],
    },
    Case {
        text: "Wreck found\n\nSunday, April 6, 2025\n\nDivers searched for two years before the wreck was found in 2011.",
        published: None,
        date: "2011",
        title: "Wreck was found",
        evidence: &["wreck was found"],
        not_evidence: &[],
    },
    Case {
        text: "Clinic shut\n\nSunday, April 6, 2025\n\nA clinic run by a charity in Port-au-Prince closed in March after a nurse was shot at the gate.",
        published: None,
        date: "2025-03",
        title: "Clinic closed after a nurse was shot at the gate",
        evidence: &["clinic run by a charity"],
        not_evidence: &[],
    },
    Case {
        text: "Treaty renewed\n\nSunday, April 6, 2025\n\nThe treaty signed during the war was renewed in 1990.",
        published: None,
        date: "1990",
        title: "Treaty signed during the war was renewed",
        evidence: &["treaty signed during the war"],
        not_evidence: &[],
    },
];

/// Titles: who did what, from the clause, at most about 90 characters, without the date.
const TITLES: &[Case] = &[
    // A name starts a word: a hyphenated place does not cut a subject inside it.
    Case {
        text: "Gympie floods\nPosted Tue 4 Mar 2025 at 5:31am\nResidents of low-lying parts of Gympie in south-east Queensland were evacuated from their homes on Monday.",
        published: None,
        date: "2025-03-03",
        title: "Residents were evacuated from their homes",
        evidence: &["were evacuated"],
        not_evidence: &[],
    },
    // "About" before a figure blurs it: the clause is still the sentence's.
    Case {
        text: "Search goes on\nFriday, November 18, 2022\nAbout 200 volunteers combed trails along the river on Sunday, but found nothing, organizers said.",
        published: None,
        date: "2022-11-13",
        title: "About 200 volunteers combed trails along the river",
        evidence: &["combed trails"],
        not_evidence: &[],
    },
    // "and again" leads on to the next date: each date's title ends before it.
    Case {
        text: "Libraries to close\nWednesday, November 13, 2024\nThe council cut library hours in 2019 and again in 2023, when it also froze hiring.",
        published: None,
        date: "2019",
        title: "Council cut library hours",
        evidence: &["cut library hours"],
        not_evidence: &[],
    },
    // A name in quotation marks keeps both of them.
    Case {
        text: "Novelist dies\nMonday, April 26, 2021\n\"The Harbour Wall\", which followed a fishing family across three generations, won the Somerset Prize in 1975.",
        published: None,
        date: "1975",
        title: "\"Harbour Wall\" won the Somerset Prize",
        evidence: &["won the Somerset Prize"],
        not_evidence: &[],
    },
    Case {
        text: "Final\nThursday, October 17, 2024\nEngland reached the final after beating Spain, which won the tournament in 2010.",
        published: None,
        date: "2010",
        title: "Spain won the tournament",
        evidence: &["which won the tournament"],
        not_evidence: &[],
    },
    Case {
        text: "Wildfire spreads\nThursday, October 17, 2024\nFirefighters were battling flames that erupted on Sunday.",
        published: None,
        date: "2024-10-13",
        title: "Flames erupted",
        evidence: &["flames that erupted"],
        not_evidence: &[],
    },
    // A relative clause's noun past an age, or in "-ing".
    Case {
        text: "Treasurer convicted\nFriday, November 8, 2019\nGerald Whitcomb, 61, who served as treasurer of Brookfield County from 2008 to 2018, was convicted on Friday.",
        published: None,
        date: "2008/2018",
        title: "Gerald Whitcomb served as treasurer of Brookfield County",
        evidence: &["who served as treasurer"],
        not_evidence: &[],
    },
    Case {
        text: "Treasurer convicted\nFriday, November 8, 2019\nThe judge allowed Whitcomb to remain free on bond until sentencing, which is set for January 24.",
        published: None,
        date: "2020-01-24",
        title: "Sentencing is set",
        evidence: &["which is set for January 24"],
        not_evidence: &[],
    },
    Case {
        text: "Train derails in Poland\nThursday, October 17, 2024\nProsecutors opened an investigation, and a hearing on whether to charge the driver is set for Monday.",
        published: None,
        date: "2024-10-21",
        title: "Hearing on whether to charge the driver is set",
        evidence: &["a hearing on whether"],
        not_evidence: &[],
    },
    Case {
        text: "Leicester win the league\nTuesday, May 3, 2016\nRanieri, who was flying back from Italy during the match, said in a statement on Tuesday: \"I'm so proud of my players.\"",
        published: None,
        date: "2016-05-03",
        title: "Ranieri said in a statement \"I'm so proud of my players.\"",
        evidence: &["so proud"],
        not_evidence: &[],
    },
    Case {
        text: "Boxer banned\nFriday, April 7, 2023\n\"This case serves as a reminder,\" said chief executive Jane Rumble on Tuesday.",
        published: None,
        date: "2023-04-04",
        title: "Chief executive Jane Rumble said \"This case serves as a reminder\"",
        evidence: &["serves as a reminder"],
        not_evidence: &[],
    },
    Case {
        text: "Debt deal\nSaturday, June 24, 2023\nZambia agreed with its creditors to restructure $6.3 billion of debt, President Hakainde Hichilema announced in Paris on Thursday.",
        published: None,
        date: "2023-06-22",
        title: "President Hakainde Hichilema announced Zambia agreed with its creditors",
        evidence: &["restructure"],
        not_evidence: &[],
    },
    Case {
        text: "Moon landing\nMonday, July 17, 2023\nThe previous probe reached lunar orbit in 2019, but its lander crashed during its descent in September of that year.",
        published: None,
        date: "2019-09",
        title: "Its lander crashed during its descent",
        evidence: &["lander crashed"],
        not_evidence: &[],
    },
    Case {
        text: "Mayor loses\nWednesday, November 4, 2020\nHarlan's support eroded over the summer after a state audit, released in July, found that the water department had put off repairs.",
        published: None,
        date: "2020-07",
        title: "State audit released",
        evidence: &["state audit"],
        not_evidence: &[],
    },
    Case {
        text: "Mayor loses\nWednesday, November 4, 2020\nHarlan's support eroded over the summer after a state audit, released in July, found that the water department had put off repairs.",
        published: None,
        date: "2020-SU",
        title: "Harlan's support eroded after a state audit",
        evidence: &["support eroded"],
        not_evidence: &[],
    },
    Case {
        text: "Auditor quits\nFriday, July 7, 2023\nThe auditor refused to sign off the accounts in March, forcing Kestrel to postpone its annual results, which had been due on 22 March.",
        published: None,
        date: "2023-03-22",
        title: "Its annual results had been due",
        evidence: &["had been due"],
        not_evidence: &[],
    },
    Case {
        text: "Swimmer qualifies\nTuesday, March 1, 2016\nHer coach, Dan Reyes, said Marchand had trained at altitude in Flagstaff, Arizona, for five weeks in January, having skipped the national championships the previous month.",
        published: None,
        date: "2015-12",
        title: "Having skipped the national championships",
        evidence: &["having skipped"],
        not_evidence: &[],
    },
    Case {
        text: "Grid hardened\nWednesday, October 5, 2022\nThe utility has buried 1,800 miles of lines since then and plans to harden its entire coastal network by 2030.",
        published: None,
        date: "2030",
        title: "Utility plans to harden its entire coastal network",
        evidence: &["plans to harden"],
        not_evidence: &[],
    },
    Case {
        text: "Wind farm approved\nFriday, March 4, 2016\nThe judges found in favour of the developer, Atlantic Breeze Energy, which first applied for permission in 2012.",
        published: None,
        date: "2012",
        title: "Atlantic Breeze Energy first applied for permission",
        evidence: &["applied for permission"],
        not_evidence: &[],
    },
    Case {
        text: "Pilots strike\nTuesday, July 18, 2023\nCabin crew at a rival carrier staged walkouts in early July, and French air traffic controllers, whose strikes have disrupted flights since January, held a walkout in June.",
        published: None,
        date: "2023-06",
        title: "French air traffic controllers held a walkout",
        evidence: &["held a walkout"],
        not_evidence: &[],
    },
    Case {
        text: "Talks resume\nThursday, October 5, 2023\nUS-China talks resumed in Geneva on Tuesday.",
        published: None,
        date: "2023-10-03",
        title: "US-China talks resumed in Geneva",
        evidence: &["talks resumed"],
        not_evidence: &[],
    },
    Case {
        text: "Trains late\nThursday, October 5, 2023\nThe train arrived two hours late on Tuesday.",
        published: None,
        date: "2023-10-03",
        title: "Train arrived two hours late",
        evidence: &["two hours late"],
        not_evidence: &[],
    },
    Case {
        text: "Unit sold\nThursday, October 5, 2023\nThe firm sold the unit to Siemens, which closed it in March.",
        published: None,
        date: "2023-03",
        title: "Siemens closed it",
        evidence: &["closed it"],
        not_evidence: &[],
    },
    Case {
        text: "Results\nThursday, October 5, 2023\nSales rose in the third quarter thanks to strong demand.",
        published: None,
        date: "2023-Q3",
        title: "Sales rose thanks to strong demand",
        evidence: &["strong demand"],
        not_evidence: &[],
    },
    Case {
        text: "Test won\nTuesday, September 20, 2022\nSouth Africa won the first Test, which began on September 7, by an innings and 32 runs on September 10.",
        published: None,
        date: "2022-09-10",
        title: "South Africa won the first Test",
        evidence: &["by an innings"],
        not_evidence: &[],
    },
    Case {
        text: "Bridge collapses\nThursday, October 20, 2016\nIt is the deadliest bridge collapse in Colombia since 2005, when a footbridge gave way under a crowd, killing 14.",
        published: None,
        date: "2005",
        title: "Footbridge gave way under a crowd",
        evidence: &["gave way"],
        not_evidence: &[],
    },
    Case {
        text: "Chipmaker cuts jobs\n\nFriday, October 25, 2024\n\nThe stock has lost nearly half its value since July, when the company warned that a recovery in the PC market was taking longer than expected.",
        published: None,
        date: "2024-07",
        title: "Company warned that a recovery in the PC market was taking longer than expected",
        evidence: &["warned"],
        not_evidence: &[],
    },
    Case {
        text: "Vaccines arrive\nMonday, February 12, 2024\nA second shipment of doses is due to arrive on March 1, when the campaign will be extended to Beni.",
        published: None,
        date: "2024-03-01",
        title: "Second shipment of doses is due to arrive",
        evidence: &["due to arrive"],
        not_evidence: &[],
    },
    Case {
        text: "Ferry refit late\nWednesday, June 7, 2023\nThe refit of the two vessels, which was due to be finished in spring 2022, was completed only in January.",
        published: None,
        date: "2022-SP",
        title: "Refit of the two vessels was due to be finished",
        evidence: &["was due to be finished"],
        not_evidence: &[],
    },
    Case {
        text: "Rates cut\nFriday, August 15, 2014\nThe board said that activity had slowed, and that inflation, which reached 4.5 percent in July, was likely to fall back early next year.",
        published: None,
        date: "2015",
        title: "Inflation was likely to fall back",
        evidence: &["likely to fall back"],
        not_evidence: &[],
    },
    Case {
        text: "Film wins\n\n9/30/2022\n\nWINNIPEG — Low Water, a spare drama about a fishing family, won the award for best Canadian feature late Thursday.",
        published: None,
        date: "2022-09-29",
        title: "Low Water won the award for best Canadian feature",
        evidence: &["won the award"],
        not_evidence: &[],
    },
    Case {
        text: "Rates cut\nFriday, August 15, 2014\nUnder his predecessor, the bank raised its rate seven times from June 2010 onwards.",
        published: None,
        date: "2010-06",
        title: "Bank raised its rate seven times",
        evidence: &["raised its rate"],
        not_evidence: &[],
    },
    Case {
        text: "Carer jailed\nWednesday, April 17, 2024\nSusan Hardy, whose mother lived at the group's Ripon home until her death last October, said nine years was not enough.",
        published: None,
        date: "2023-10",
        title: "Susan Hardy, whose mother lived at the group's Ripon home until her death",
        evidence: &["until her death"],
        not_evidence: &[],
    },
    Case {
        text: "Pension bill passes\nThursday, June 8, 2023\nThe Government hopes to have it signed into law before the summer recess.",
        published: None,
        date: "2023-SU",
        title: "Government hopes to have it signed into law before the summer recess",
        evidence: &["signed into law"],
        not_evidence: &[],
    },
    Case {
        text: "Town flooded\nThursday, November 16, 2023\nThe river peaked at 4.82 metres on Thursday, higher than the previous record of 4.61 metres recorded in November 2000.",
        published: None,
        date: "2000-11",
        title: "Previous record of 4.61 metres recorded",
        evidence: &["previous record"],
        not_evidence: &[],
    },
    Case {
        text: "Bank profit rises\n\nPublished 7:15 AM EST, Tue January 16, 2024\n\nNEW YORK (Reuters) - Harbor Trust reported an 18% rise in fourth-quarter profit late on Tuesday.",
        published: None,
        date: "2024-01-16",
        title: "Harbor Trust reported an 18% rise in profit",
        evidence: &["18% rise"],
        not_evidence: &[],
    },
    Case {
        text: "Fund manager convicted\nFriday, October 21, 2016\nA separate civil case, in which the trustees are seeking to recover the money, will be heard next year.",
        published: None,
        date: "2017",
        title: "Separate civil case will be heard",
        evidence: &["will be heard"],
        not_evidence: &[],
    },
    Case {
        text: "Klimt found\nSaturday, January 18, 2020\nExperts said the painting is Gustav Klimt's Portrait of a Lady, which was stolen from the same gallery in February 1997.",
        published: None,
        date: "1997-02",
        title: "Gustav Klimt's Portrait of a Lady was stolen from the same gallery",
        evidence: &["was stolen"],
        not_evidence: &[],
    },
    Case {
        text: "Dairies merge\nTuesday, July 21, 2015\nThe European Union abolished its milk quotas, which had capped how much farmers could produce since 1984, on April 1.",
        published: None,
        date: "2015-04-01",
        title: "European Union abolished its milk quotas",
        evidence: &["abolished its milk quotas"],
        not_evidence: &[],
    },
    Case {
        text: "Wildfire toll rises\nSaturday, November 10, 2018\nThe deadliest wildfire in the state's history remains the 1933 fire in Los Angeles, which killed 29 people.",
        published: None,
        date: "1933",
        title: "Fire in Los Angeles, which killed 29 people",
        evidence: &["killed 29 people"],
        not_evidence: &[],
    },
    Case {
        text: "Phone scrapped\nTuesday, October 11, 2016\nThe phone went on sale on Aug. 19. Two weeks later, after reports of devices catching fire while charging, the company announced a recall of 2.5 million phones.",
        published: None,
        date: "2016-09-02",
        title: "Company announced a recall of 2.5 million phones",
        evidence: &["announced a recall"],
        not_evidence: &["went on sale"],
    },
    Case {
        text: "Bus crash\nMonday, July 3, 2023\nAt least 24 people were killed when a bus plunged into a ravine, officials said on Monday. The school will stay shut until at least Friday.",
        published: None,
        date: "2023-07-03",
        title: "Officials said at least 24 people were killed when a bus plunged into a ravine",
        evidence: &["plunged into a ravine"],
        not_evidence: &[],
    },
    Case {
        text: "Bus crash\nMonday, July 3, 2023\nThe bus plunged into a ravine on Sunday. The school will stay shut until at least Friday.",
        published: None,
        date: "2023-07-07",
        title: "School will stay shut",
        evidence: &["stay shut"],
        not_evidence: &["plunged into a ravine"],
    },
    Case {
        text: "England lose final\nMonday, July 12, 2021\n\"That's totally my responsibility,\" the manager said on Sunday night. \"We will appeal,\" the club said on Monday.",
        published: None,
        date: "2021-07-11",
        title: "Manager said \"That's totally my responsibility\"",
        evidence: &["totally my responsibility"],
        not_evidence: &["We will appeal"],
    },
    Case {
        text: "Aid workers flown home\nFriday, August 8, 2014\nEarlier this month, two infected American aid workers, Kent Brantly and Nancy Writebol, were evacuated from Liberia to Atlanta.",
        published: None,
        date: "2014-08",
        title: "Two infected American aid workers were evacuated from Liberia to Atlanta",
        evidence: &["were evacuated"],
        not_evidence: &[],
    },
    Case {
        text: "Leicester win the league\nTuesday, May 3, 2016\nLeicester had been one win away from the title since Sunday, when they drew 1-1 with Manchester United.",
        published: None,
        date: "2016-05-01",
        title: "They drew 1-1 with Manchester United",
        evidence: &["one win away"],
        not_evidence: &[],
    },
    Case {
        text: "Dairies merge\nTuesday, July 21, 2015\nThe two cooperatives agreed to merge on Monday. They said they expected the merger to save 350 million kroner a year by 2018.",
        published: None,
        date: "2015-07-20",
        title: "Two cooperatives agreed to merge",
        evidence: &["expected the merger to save"],
        not_evidence: &[],
    },
    Case {
        text: "Britain votes to leave\nFriday, June 24, 2016\nVoters chose to leave the European Union in a referendum held Thursday.",
        published: None,
        date: "2016-06-23",
        title: "Voters chose to leave the European Union in a referendum",
        evidence: &["Voters chose"],
        not_evidence: &[],
    },
    Case {
        text: "Prime minister resigns\nFriday, June 24, 2016\nThe prime minister said on Friday he would step down by October.",
        published: None,
        date: "2016-06-24",
        title: "Prime minister said he would step down",
        evidence: &["step down"],
        not_evidence: &[],
    },
    Case {
        text: "Party loses majority\nMonday, October 15, 2018\nThe party has led every government since 1957. The exception came in 2008, when it lost its majority and formed a coalition.",
        published: None,
        date: "2008",
        title: "It lost its majority and formed a coalition",
        evidence: &["exception came"],
        not_evidence: &["since 1957"],
    },
    Case {
        text: "Party loses majority\nMonday, October 15, 2018\nThe party lost its majority on Sunday. According to the provisional official result, published early on Monday, the party won 37.2 percent of the vote.",
        published: None,
        date: "2018-10-15",
        title: "Provisional official result published",
        evidence: &["provisional official result"],
        not_evidence: &["lost its majority"],
    },
    Case {
        text: "Warlord warns\n\nFriday, August 25, 2023\n\nHe said in November \"a deserter receives a deserter's death\" of the killing.",
        published: None,
        date: "2022-11",
        title: "He said \"a deserter receives a deserter's death\" of the killing",
        evidence: &["deserter receives"],
        not_evidence: &[],
    },
    Case {
        text: "Founder remembered\n\nFriday, August 25, 2023\n\nPutin spoke of him on Thursday. \"He [Prigozhin] made mistakes.\" He [Prigozhin] founded the company in 2014.",
        published: None,
        date: "2014",
        title: "He [Prigozhin] founded the company",
        evidence: &["founded the company"],
        not_evidence: &[],
    },
    Case {
        text: "Letter sent\n\nTuesday, July 11, 2023\n\nOn Wednesday, a lawyer for the union, Maria Lopez, sent a letter to the board alleging that its chair broke the rules.",
        published: None,
        date: "2023-07-05",
        title: "Lawyer for the union sent a letter to the board alleging that its chair broke the rules",
        evidence: &["sent a letter"],
        not_evidence: &[],
    },
    Case {
        text: "Ban for sprinter\n\nFriday, April 7, 2023\n\nOn Tuesday, former world indoor champion and Olympic relay medalist Dana Fox was given a two-year ban for doping.",
        published: None,
        date: "2023-04-04",
        title: "Dana Fox was given a two-year ban for doping",
        evidence: &["two-year ban"],
        not_evidence: &[],
    },
    Case {
        text: "Carney runs\n\nWednesday, January 8, 2025\n\nFormer Bank of England governor Mark Carney said on Monday he would run for the party's leadership.",
        published: None,
        date: "2025-01-06",
        title: "Mark Carney said he would run for the party's leadership",
        evidence: &["would run"],
        not_evidence: &[],
    },
    Case {
        text: "Champions\n\nMonday, December 19, 2022\n\nArgentina had started the tournament on November 22 with a shock 2–1 defeat to Saudi Arabia.",
        published: None,
        date: "2022-11-22",
        title: "Argentina had started the tournament with a shock 2–1 defeat to Saudi Arabia",
        evidence: &["shock 2–1 defeat"],
        not_evidence: &[],
    },
    Case {
        text: "Runoff ahead\n\nMonday, October 3, 2022\n\nLula said on Sunday that the race was not over.",
        published: None,
        date: "2022-10-02",
        title: "Lula said that the race was not over",
        evidence: &["race was not over"],
        not_evidence: &[],
    },
    Case {
        text: "Runoff ahead\n\nMonday, October 3, 2022\n\nLula said on Sunday: \"We will win.\"",
        published: None,
        date: "2022-10-02",
        title: "Lula said \"We will win.\"",
        evidence: &["We will win"],
        not_evidence: &[],
    },
    Case {
        text: "Warlord dies\n\nFriday, August 25, 2023\n\nPutin said on Thursday: \"He was a man of difficult fate, and he made serious mistakes in life, a talented man who achieved results for himself and for a common cause.\"",
        published: None,
        date: "2023-08-24",
        title: "Putin said \"He was a man of difficult fate…\"",
        evidence: &["difficult fate"],
        not_evidence: &[],
    },
    Case {
        text: "Champions\n\nMonday, December 19, 2022\n\nCoach Lionel Scaloni, 44, also won the Copa America last year.",
        published: None,
        date: "2021",
        title: "Coach Lionel Scaloni also won the Copa America",
        evidence: &["Copa America"],
        not_evidence: &[],
    },
    Case {
        text: "Chain bankrupt\n\nMonday, April 24, 2023\n\nFounded in 1971 as Bed Bath, the chain filed for bankruptcy on Sunday.",
        published: None,
        date: "1971",
        title: "Chain founded",
        evidence: &["Founded in 1971"],
        not_evidence: &[],
    },
    Case {
        text: "Warlord dies\n\nFriday, August 25, 2023\n\nBorn in 1961 in Leningrad, Prigozhin was jailed in 1981.",
        published: None,
        date: "1981",
        title: "Prigozhin was jailed",
        evidence: &["was jailed"],
        not_evidence: &[],
    },
    Case {
        text: "Champions\n\nMonday, December 19, 2022\n\nMessi had lost the 2014 final to Germany.",
        published: None,
        date: "2014",
        title: "Messi had lost the final to Germany",
        evidence: &["lost the 2014 final"],
        not_evidence: &[],
    },
    Case {
        text: "Lula wins\n\nMonday, October 31, 2022\n\nBolsonaro won the 2018 election after being stabbed at a rally in September of that year.",
        published: None,
        date: "2018-09",
        title: "Bolsonaro stabbed at a rally",
        evidence: &["being stabbed"],
        not_evidence: &[],
    },
    // A gerund after "after" has the clause's subject: the clause tells who did it.
    Case {
        text: "Channel reopens\n\nThursday, April 25, 2024\n\nThe ship lost power shortly after leaving its berth at 1:24 a.m. on March 26 and hit one of the bridge's supports.",
        published: None,
        date: "2024-03-26",
        title: "Ship lost power shortly after leaving its berth",
        evidence: &["leaving its berth"],
        not_evidence: &[],
    },
    Case {
        text: "Arrest\n\nThursday, April 25, 2024\n\nPolice arrested the man after finding drugs in his car on Tuesday.",
        published: None,
        date: "2024-04-23",
        title: "Police arrested the man after finding drugs in his car",
        evidence: &["finding drugs"],
        not_evidence: &[],
    },
    // Not where the clause has a time of its own, or comes later by a stretch.
    Case {
        text: "Arrest\n\nThursday, April 25, 2024\n\nHe was arrested on Monday after attacking a guard on Saturday.",
        published: None,
        date: "2024-04-20",
        title: "Attacking a guard",
        evidence: &["attacking a guard"],
        not_evidence: &["was arrested"],
    },
    Case {
        text: "Transfer\n\nThursday, April 25, 2024\n\nThe player was sold months after joining the club on January 5.",
        published: None,
        date: "2024-01-05",
        title: "Joining the club",
        evidence: &["joining the club"],
        not_evidence: &[],
    },
    // Before it, the clause's happening is not at the date: the gerund's is.
    Case {
        text: "Probe\n\nMonday, June 2, 2025\n\nThe probe will spend the next two months mapping the asteroid before descending to a lower orbit in September.",
        published: None,
        date: "2025-09",
        title: "Descending to a lower orbit",
        evidence: &["descending"],
        not_evidence: &[],
    },
    Case {
        text: "Results\n\nMonday, October 30, 1989\n\nSeparately, Citadel posted a net loss of $2.3 million in the third quarter.",
        published: None,
        date: "1989-Q3",
        title: "Citadel posted a net loss of $2.3 million",
        evidence: &["net loss"],
        not_evidence: &[],
    },
    Case {
        text: "Coup condemned\n\nMonday, July 31, 2023\n\nThe Economic Community of West African States on Sunday condemned what it called an attempt to seize power.",
        published: None,
        date: "2023-07-30",
        title: "Economic Community of West African States condemned what it called an attempt",
        evidence: &["condemned"],
        not_evidence: &[],
    },
    Case {
        text: "Flu warning\n\nWednesday, September 10, 2014\n\nHospitals are expected to see thousands of new flu cases this winter, the health agency said yesterday.",
        published: None,
        date: "2014-09-09",
        title: "Health agency said Hospitals are expected to see thousands of new flu cases",
        evidence: &["health agency said"],
        not_evidence: &[],
    },
    Case {
        text: "Water company fined\nFriday, 9 July 2021\nIts chief executive Ian McAulay said the firm was \"deeply sorry\" and had invested £2bn since 2017 to improve its treatment works.",
        published: None,
        date: "2017",
        title: "Its chief executive Ian McAulay said the firm had invested £2bn",
        evidence: &["had invested"],
        not_evidence: &[],
    },
    Case {
        text: "Rail strike\nBerlin, Tuesday 5 March 2024\nThe train drivers' union called a 35-hour strike on passenger services starting early Thursday.",
        published: None,
        date: "2024-03-07",
        title: "Train drivers' union called a 35-hour strike on passenger services",
        evidence: &["called a 35-hour strike"],
        not_evidence: &[],
    },
    Case {
        text: "Tennis\nMonday, 27 May 2024\nDjokovic was at his best Sunday, beating Alcaraz in straight sets.",
        published: None,
        date: "2024-05-26",
        title: "Djokovic was at his best",
        evidence: &["at his best"],
        not_evidence: &[],
    },
    Case {
        text: "Truce\nMonday, 27 May 2024\nA ceasefire of three days ended on Sunday, officials said.",
        published: None,
        date: "2024-05-26",
        title: "Ceasefire of three days ended",
        evidence: &["ceasefire"],
        not_evidence: &[],
    },
    Case {
        text: "Protest\nMonday, 27 May 2024\nProtesters joined the rally against the law, which took effect in January.",
        published: None,
        date: "2024-01",
        title: "Law took effect",
        evidence: &["took effect"],
        not_evidence: &[],
    },
    Case {
        text: "Theft\nWednesday, 29 May 2024\nThe man who stole the car was arrested on Monday, and was charged on Tuesday.",
        published: None,
        date: "2024-05-28",
        title: "Man was charged",
        evidence: &["was charged"],
        not_evidence: &[],
    },
    Case {
        text: "Football\nMonday, 27 May 2024\nItaly won the World Cup in 2006, and lost the final to Brazil in 1994.",
        published: None,
        date: "1994",
        title: "Italy lost the final to Brazil",
        evidence: &["lost the final"],
        not_evidence: &[],
    },
    Case {
        text: "Election\nMonday, 27 May 2024\nVoters who backed Trump in 2016 switched sides, and elected Biden in 2020.",
        published: None,
        date: "2016",
        title: "Voters backed Trump",
        evidence: &["backed Trump"],
        not_evidence: &[],
    },
    Case {
        text: "Wildfire near Athens\nMonday, 12 August 2024\nGreece suffered its hottest June and July on record this year.",
        published: None,
        date: "2024",
        title: "Greece suffered its hottest June and July on record",
        evidence: &["hottest"],
        not_evidence: &[],
    },
    Case {
        text: "Pension reform passes\n\nFriday, February 2, 2024\n\nThe bill, which the government unveiled in October, passed by 233 votes to 221.",
        published: None,
        date: "2023-10",
        title: "Government unveiled the bill",
        evidence: &["unveiled"],
        not_evidence: &[],
    },
    Case {
        text: "Ostrava win the league\nSunday 26 May 2024\nThe club last won the championship in 1984, when the country was still Czechoslovakia, and were relegated to the second tier in 2017.",
        published: None,
        date: "2017",
        title: "Club were relegated to the second tier",
        evidence: &["were relegated"],
        not_evidence: &[],
    },
    Case {
        text: "Mayor jailed\n\nTuesday, November 14, 2023\n\nTwo developers who paid the bribes were sentenced on Monday to 18 months each.",
        published: None,
        date: "2023-11-13",
        title: "Two developers who paid the bribes were sentenced to 18 months",
        evidence: &["were sentenced"],
        not_evidence: &[],
    },
    Case {
        text: "Strike ends\n\nWednesday, September 10, 2014\n\nUnions and the ministry of transport agreed on Monday to end a strike that had stopped trains across the north of the country for nine days and cost the rail company millions.",
        published: None,
        date: "2014-09-08",
        title: "Unions and the ministry of transport agreed to end a strike",
        evidence: &["agreed on Monday"],
        not_evidence: &[],
    },
    Case {
        text: "Rates held\n\nThursday 21 March 2024\n\nThe Bank raised rates 14 times in a row between December 2021 and August 2023 to fight inflation.",
        published: None,
        date: "2021-12/2023-08",
        title: "Bank raised rates 14 times in a row to fight inflation",
        evidence: &["raised rates"],
        not_evidence: &[],
    },
    Case {
        text: "Fires in Chile\n\nSunday, February 4, 2024\n\nPresident Gabriel Boric declared two days of national mourning on Saturday and said the death toll would rise.",
        published: None,
        date: "2024-02-03",
        title: "President Gabriel Boric declared two days of national mourning",
        evidence: &["national mourning"],
        not_evidence: &[],
    },
    Case {
        text: "Fires in Chile\n\nSunday, February 4, 2024\n\nWildfires in central Chile have killed at least 112 people, officials said Sunday. The wildfires spread from the hills.",
        published: None,
        date: "2024-02-04",
        title: "Officials said wildfires in central Chile have killed at least 112 people",
        evidence: &["officials said Sunday"],
        not_evidence: &[],
    },
    Case {
        text: "Fires in Chile\n\nSunday, February 4, 2024\n\nChile's botanical garden, founded in 1931, was almost completely destroyed.",
        published: None,
        date: "1931",
        title: "Chile's botanical garden founded",
        evidence: &["founded in 1931"],
        not_evidence: &[],
    },
    Case {
        text: "Jobs cut\n\nSunday, February 4, 2024\n\nThe company, founded by two students in 1998, said on Monday it would cut 300 jobs.",
        published: None,
        date: "2024-01-29",
        title: "Company said it would cut 300 jobs",
        evidence: &["cut 300 jobs"],
        not_evidence: &[],
    },
    Case {
        text: "Starship flies\n\nPublished June 7, 2024 at 9:12 AM EDT\n\nThe company plans to start catching boosters with the launch tower as soon as this summer.",
        published: None,
        date: "2024-SU",
        title: "Company plans to start catching boosters with the launch tower",
        evidence: &["catching boosters"],
        not_evidence: &[],
    },
    Case {
        text: "Launch delayed\n\nSaturday, December 25, 2021\n\nThe launch had been scheduled for December 18 but was postponed.",
        published: None,
        date: "2021-12-18",
        title: "Launch had been scheduled but was postponed",
        evidence: &["scheduled for December 18"],
        not_evidence: &[],
    },
    Case {
        text: "Meeting set\n\nMonday, June 27, 2022\n\nThe company's annual meeting is on Friday.",
        published: None,
        date: "2022-07-01",
        title: "Company's annual meeting",
        evidence: &["annual meeting"],
        not_evidence: &[],
    },
    Case {
        text: "Ruling overturned\n\nMonday, June 27, 2022\n\nThe court on Friday overturned Roe v. Wade, the 1973 ruling that made abortion legal.",
        published: None,
        date: "2022-06-24",
        title: "Court overturned Roe v. Wade",
        evidence: &["overturned Roe v. Wade"],
        not_evidence: &[],
    },
    Case {
        text: "Suspect charged\n\nWednesday, March 8, 2023\n\nThe suspect appeared before a judge on Monday.",
        published: None,
        date: "2023-03-06",
        title: "Suspect appeared before a judge",
        evidence: &["appeared before a judge"],
        not_evidence: &[],
    },
    Case {
        text: "Attack in Annecy\n\nSaturday, June 10, 2023\n\nA man appeared before an investigating judge in Annecy on Saturday and was charged with attempted murder.",
        published: None,
        date: "2023-06-10",
        title: "Man appeared before an investigating judge in Annecy",
        evidence: &["investigating judge"],
        not_evidence: &[],
    },
    Case {
        text: "Attack in Annecy\n\nSaturday, June 10, 2023\n\nThe children, aged between 22 months and three years, were all in a serious condition, the prosecutor said on Friday.",
        published: None,
        date: "2023-06-09",
        title: "Prosecutor said the children were all in a serious condition",
        evidence: &["serious condition"],
        not_evidence: &[],
    },
    Case {
        text: "Record transfer\n\nFriday, August 4, 2017\n\nPSG, owned by Qatar Sports Investments since 2011, finished second in Ligue 1 last season.",
        published: None,
        date: "2011",
        title: "PSG owned by Qatar Sports Investments",
        evidence: &["owned by Qatar"],
        not_evidence: &[],
    },
    Case {
        text: "Coup in Niger\n\nThursday, July 27, 2023\n\nSoldiers announced on national television late Wednesday that they had removed the president.",
        published: None,
        date: "2023-07-26",
        title: "Soldiers announced on national television that they had removed the president",
        evidence: &["removed the president"],
        not_evidence: &[],
    },
    Case {
        text: "Deal agreed\n\nTuesday, January 18, 2022\n\nThe deal is expected to close in the fiscal year ending June 30, 2023.",
        published: None,
        date: "2023-06-30",
        title: "Deal is expected to close in the fiscal year",
        evidence: &["expected to close"],
        not_evidence: &[],
    },
    Case {
        text: "Telescope launched\n\nMonday, December 27, 2021\n\nThe James Webb Space Telescope, the largest telescope ever built, was launched on Saturday from Kourou.",
        published: None,
        date: "2021-12-25",
        title: "James Webb Space Telescope was launched from Kourou",
        evidence: &["was launched"],
        not_evidence: &[],
    },
    Case {
        text: "Strike ends\n\nMonday, February 20, 2023\n\nUnite said a separate ballot of about 300 engineering staff at Northline, who are seeking a similar deal, would close on March 3.",
        published: None,
        date: "2023-03-03",
        title: "Unite said a separate ballot of about 300 engineering staff at Northline would close",
        evidence: &["would close"],
        not_evidence: &[],
    },
    Case {
        text: "Climate finance\n\nSaturday, June 24, 2023\n\nThe deal was the main result of the two-day summit on global finance, which ended Friday.",
        published: None,
        date: "2023-06-23",
        title: "Two-day summit on global finance ended",
        evidence: &["main result"],
        not_evidence: &[],
    },
    Case {
        text: "Ebola returns\n\nMonday, June 1, 2020\n\nA separate outbreak in the country's east, which began in 2018, has killed more than 2,000 people.",
        published: None,
        date: "2018",
        title: "Separate outbreak in the country's east began",
        evidence: &["separate outbreak"],
        not_evidence: &[],
    },
    Case {
        text: "Conductor dies at 88\nSaturday, March 15, 2025\nVIENNA — Ilse Marner, the Austrian conductor who became the first woman to lead the Vienna State Opera orchestra in a full season, died on Thursday at her home in Salzburg, her family said.",
        published: None,
        date: "2025-03-13",
        title: "Ilse Marner died at her home in Salzburg",
        evidence: &["died on Thursday"],
        not_evidence: &[],
    },
    Case {
        text: "Chipmaker posts loss\n\nFriday, October 25, 2024\n\nThe company, based in Austin, Texas, posted a net loss of $412 million on Thursday, compared with a profit of $96 million a year earlier.",
        published: None,
        date: "2024-10-24",
        title: "Company posted a net loss of $412 million",
        evidence: &["posted a net loss"],
        not_evidence: &[],
    },
    Case {
        text: "Results\n\nWednesday, October 18, 1989\n\nNet income for the six months ended Sept. 30 slipped 5% to $89.7 million.",
        published: None,
        date: "1989-09-30",
        title: "Net income for the six months slipped 5% to $89.7 million",
        evidence: &["slipped"],
        not_evidence: &[],
    },
    Case {
        text: "Results\n\nWednesday, October 18, 1989\n\nIn the quarter ended July 31, Jayark had an average of 5.6 million shares outstanding.",
        published: None,
        date: "1989-07-31",
        title: "Jayark had an average of 5.6 million shares outstanding",
        evidence: &["an average of"],
        not_evidence: &[],
    },
    Case {
        text: "Nurses strike\n\nFriday, December 16, 2022\n\nTens of thousands of nurses in England, Wales and Northern Ireland walked out on Thursday.",
        published: None,
        date: "2022-12-15",
        title: "Tens of thousands of nurses walked out",
        evidence: &["walked out"],
        not_evidence: &[],
    },
];

/// Sentences without a date that go on telling an event: in the past, what happened at the
/// story's last date; in the present, the news or the article's own day.
const EVIDENCE_BEYOND_THE_DATE: &[Case] = &[
    // A "when" clause after the main one tells when it happened: the story is there.
    Case {
        text: "Ferry halted\nTuesday, October 7, 2025\nThe operator suspended all sailings on Monday.\nNo passengers were hurt when the fire broke out on Sunday. The crew put it out within 20 minutes.",
        published: None,
        date: "2025-10-05",
        title: "Fire broke out",
        evidence: &["The crew put it out"],
        not_evidence: &["suspended all sailings"],
    },
    Case {
        text: "Rates rise\nThursday, August 4, 2022\nThe Bank of England has raised interest rates to 1.75% and warned that Britain will fall into a recession at the end of the year.",
        published: None,
        date: "2022-08-04",
        title: "Bank of England has raised interest rates to 1.75%",
        evidence: &["warned that Britain will fall"],
        not_evidence: &[],
    },
    Case {
        text: "Britain votes to leave\nFriday, June 24, 2016\nVoters backed leaving the European Union on Thursday. Hours later, Prime Minister David Cameron announced that he would step down by October.",
        published: None,
        date: "2016-06-23",
        title: "Voters backed leaving the European Union",
        evidence: &["Cameron announced"],
        not_evidence: &[],
    },
    Case {
        text: "Physicist dies\n\nWed 14 Mar 2018 08.26 GMT\n\nStephen Hawking, the physicist whose work on black holes made him famous, has died at the age of 76.\n\nA spokesman said he had died at his home in the early hours of Wednesday.",
        published: None,
        date: "2018-03-14",
        title: "Spokesman said he had died at his home in the early hours",
        evidence: &["has died at the age of 76"],
        not_evidence: &[],
    },
    Case {
        text: "Storm hits coast\n\nSaturday, December 24, 2016\n\nA storm hit the coast on Thursday. It flooded 200 homes.\n\nHundreds of residents were moved to shelters.\n\nThe town is home to 40,000 people.",
        published: None,
        date: "2016-12-22",
        title: "Storm hit the coast",
        evidence: &["It flooded 200 homes", "Hundreds of residents were moved"],
        not_evidence: &["The town is home"],
    },
    Case {
        text: "Talks stall\n\nMonday, March 3, 2025\n\nThe envoys met in Geneva on Friday. Officials are still reviewing the draft.",
        published: None,
        date: "2025-02-28",
        title: "Envoys met in Geneva",
        evidence: &["Officials are still reviewing"],
        not_evidence: &[],
    },
    Case {
        text: "Metro closed\n\nTuesday, March 22, 2016\n\nThe attack took place in January. The metro system has been shut down.",
        published: None,
        date: "2016-03-22",
        title: "Metro system has been shut down",
        evidence: &["has been shut down"],
        not_evidence: &["The attack took place"],
    },
    Case {
        text: "Mayor speaks\n\nTuesday, March 22, 2016\n\nThe mayor spoke on Monday. \"We will rebuild. Nobody will be left behind.\" The council will meet in May.",
        published: None,
        date: "2016-03-21",
        title: "Mayor spoke",
        evidence: &["We will rebuild", "Nobody will be left behind"],
        not_evidence: &[],
    },
    Case {
        text: "Visit ends\n\nWednesday, June 19, 2024\n\nThe leaders signed the pact on Wednesday. The visit was also a return for the one in September. The two men then toured a factory.",
        published: None,
        date: "2024-06-19",
        title: "Leaders signed the pact",
        evidence: &["toured a factory"],
        not_evidence: &[],
    },
    Case {
        text: "Blasts in Brussels\n\nWednesday, March 23, 2016\n\nTwo bombs exploded at the airport on Tuesday. There was a second attack at a metro station. There was no warning.",
        published: None,
        date: "2016-03-22",
        title: "Two bombs exploded at the airport",
        evidence: &["There was a second attack"],
        not_evidence: &["There was no warning"],
    },
    Case {
        text: "Helicopter lost\n\nTuesday, April 11, 2023\n\nA helicopter went down at sea on Thursday. It was a Black Hawk of the army; radar lost it ten minutes after take-off.",
        published: None,
        date: "2023-04-06",
        title: "Helicopter went down at sea",
        evidence: &["radar lost it"],
        not_evidence: &[],
    },
    Case {
        text: "Keeper moves\n\nThursday, August 9, 2018\n\nHe won the cup in 2017. Just after joining the club in 2011, he was loaned to Atletico. There he won the league.",
        published: None,
        date: "2011",
        title: "Joining the club",
        evidence: &["he was loaned", "There he won the league"],
        not_evidence: &["He won the cup"],
    },
    Case {
        text: "Bank chief jailed\nFriday, March 15, 2024\nA former bank chief was sentenced on Thursday to eight years in prison.\nHe was arrested in 2021. He pleaded guilty last October.\n\"This was a betrayal of trust,\" the judge said as she passed sentence. His lawyer said he would appeal.",
        published: None,
        date: "2024-03-14",
        title: "Former bank chief was sentenced to eight years in prison",
        evidence: &["betrayal of trust", "would appeal"],
        not_evidence: &["pleaded guilty"],
    },
    Case {
        text: "Airline acquitted\nFriday, April 21, 2023\nA court acquitted the airline on Monday.\nRobots found the wreck on April 3, 2011. Investigators concluded ice built up on the sensors. They said the crew ignored the warnings.",
        published: None,
        date: "2011-04-03",
        title: "Robots found the wreck",
        evidence: &["ice built up", "They said the crew ignored"],
        not_evidence: &[],
    },
    Case {
        text: "Storm warning\n\nWednesday, January 10, 2024\n\nA storm hit the coast on Monday. Forecasters said another storm could arrive this weekend.",
        published: None,
        date: "2024-01-13/2024-01-14",
        title: "Forecasters said another storm could arrive",
        evidence: &["could arrive this weekend"],
        not_evidence: &["A storm hit the coast"],
    },
    Case {
        text: "Man shot\n\nSaturday, June 10, 2023\n\nPolice shot a man in Annecy on Thursday. He was taken to hospital on Thursday.",
        published: None,
        date: "2023-06-08",
        title: "Police shot a man in Annecy",
        evidence: &["taken to hospital"],
        not_evidence: &[],
    },
    Case {
        text: "Rates held\n\nThursday 21 March 2024\n\nThe Bank kept rates unchanged on Thursday.\n\nFigures published on Wednesday showed inflation dropped to 3.4% in February.\n\nEight of the nine members voted to hold rates.",
        published: None,
        date: "2024-03-21",
        title: "Bank kept rates unchanged",
        evidence: &["Eight of the nine members"],
        not_evidence: &["Figures published"],
    },
    Case {
        text: "Rates held\n\nThursday 21 March 2024\n\nThe Bank kept rates unchanged on Thursday.\n\nThe Bank raised rates 14 times in 2022.\n\nMarkets now expect the first cut in June. The pound fell after the decision.",
        published: None,
        date: "2024-03-21",
        title: "Bank kept rates unchanged",
        evidence: &["The pound fell"],
        not_evidence: &["Markets now expect"],
    },
];

/// A sentence with two dates gives each happening its own event, and its own part of the
/// sentence as evidence: the clause that tells it.
const TWO_DATES: &[Case] = &[
    // Not without "that", and never before the saying's verb.
    Case {
        text: "Army leaves\nFriday, March 8, 2024\nOn Tuesday, the minister said the army withdrew in February.",
        published: None,
        date: "2024-03-05",
        title: "Minister said the army withdrew",
        evidence: &["On Tuesday, the minister said"],
        not_evidence: &[],
    },
    // A saying's passage ends where what was said, dated on its own, begins.
    Case {
        text: "Landslide buries village\nMonday, January 30, 2023\nResidents told reporters on Saturday that they had warned officials about cracks in the hillside last month.",
        published: None,
        date: "2023-01-28",
        title: "Residents told reporters that they had warned officials about cracks in the hillside",
        evidence: &["Residents told reporters on Saturday"],
        not_evidence: &["warned officials"],
    },
    // A phrase "with" opens, a noun and its participle, tells a happening of its own.
    // Not what went with the clause, nor a question put with its answer.
    Case {
        text: "England win\nSunday 16 March 2025\nEngland beat Wales 30-10, with Smith scoring two tries at Twickenham on Saturday.",
        published: None,
        date: "2025-03-15",
        title: "England beat Wales 30-10",
        evidence: &["England beat Wales"],
        not_evidence: &[],
    },
    Case {
        text: "Aid goes on\nTuesday 18 March 2025\nAsked about Ukraine at a press conference in Brussels, Belgium, on Monday, the minister said aid would continue.",
        published: None,
        date: "2025-03-17",
        title: "Minister said aid would continue",
        evidence: &["aid would continue"],
        not_evidence: &[],
    },
    Case {
        text: "Gympie braces\nPosted Tue 4 Mar 2025 at 5:31am\nResidents have been told to prepare to leave their homes, with the Mary River expected to peak at about 21 metres on Thursday.",
        published: None,
        date: "2025-03-06",
        title: "Mary River expected to peak at about 21 metres",
        evidence: &["expected to peak"],
        not_evidence: &[],
    },
    // Not past the comma after other words, nor past a date of the participle's own.
    Case {
        text: "Contractor fired\nTuesday, November 18, 2025\nFrustrated by delays, on Monday, the council fired the contractor.",
        published: None,
        date: "2025-11-17",
        title: "Council fired the contractor",
        evidence: &["fired the contractor"],
        not_evidence: &[],
    },
    Case {
        text: "Firm turns 27\nTuesday, November 18, 2025\nFounded in 1998, in 2004, the company went public.",
        published: None,
        date: "2004",
        title: "Company went public",
        evidence: &["went public"],
        not_evidence: &[],
    },
    // A participle opening the sentence tells its own happening, of the clause's subject.
    Case {
        text: "Soul singer dies at 81\nTuesday, February 13, 2024\nBorn in Clarksdale, Mississippi, on March 2, 1942, Rourke moved to Memphis with her mother in 1951.",
        published: None,
        date: "1942-03-02",
        title: "Rourke born in Clarksdale, Mississippi",
        evidence: &["Born in Clarksdale"],
        not_evidence: &["moved to Memphis"],
    },
    Case {
        text: "Actor dies\nMonday 3 March 2025\nBorn in 1937, the actor, who was knighted in 1993, won two Oscars.",
        published: None,
        date: "1937",
        title: "Actor born",
        evidence: &["Born in 1937"],
        not_evidence: &["knighted"],
    },
    Case {
        text: "Club turns 124\n\nMonday 3 March 2025\n\nFounded in Lyon, France, in 1901, the club won its first title in 1920.",
        published: None,
        date: "1901",
        title: "Club founded in Lyon, France",
        evidence: &["Founded in Lyon"],
        not_evidence: &["won its first title"],
    },
    // What was said before a dated saying tells the happening before it.
    Case {
        text: "Train derails in Poland\nThursday, October 17, 2024\nA passenger train derailed near Kutno on Wednesday evening, killing four people and injuring 37, officials said Thursday.",
        published: None,
        date: "2024-10-16",
        title: "Passenger train derailed near Kutno",
        evidence: &["derailed near Kutno on Wednesday evening, killing four people and injuring 37"],
        not_evidence: &["officials said"],
    },
    Case {
        text: "Kestrel chief quits\n\nFriday 7 July 2023\n\nHale joined Kestrel as finance director in 2014 and became chief executive three years later.",
        published: None,
        date: "2017",
        title: "Hale became chief executive",
        evidence: &["and became chief executive three years later."],
        not_evidence: &["joined Kestrel"],
    },
    Case {
        text: "Kestrel chief quits\n\nFriday 7 July 2023\n\nHale joined Kestrel as finance director in 2014 and became chief executive three years later.",
        published: None,
        date: "2014",
        title: "Hale joined Kestrel as finance director",
        evidence: &["Hale joined Kestrel as finance director in 2014"],
        not_evidence: &["became chief executive"],
    },
    Case {
        text: "Club sold\n\nMonday, May 6, 2024\n\nThe club won the cup in 1998 and 2004 and was relegated in 2011.",
        published: None,
        date: "2004",
        title: "Club won the cup",
        evidence: &["The club won the cup in 1998 and 2004"],
        not_evidence: &["relegated"],
    },
    Case {
        text: "Singer dies\n\nMonday, March 13, 2017\n\nMoran was diagnosed with cancer in 2011 and gave her last concert, at the Royal Albert Hall, last October.",
        published: None,
        date: "2016-10",
        title: "Moran gave her last concert",
        evidence: &["and gave her last concert, at the Royal Albert Hall, last October."],
        not_evidence: &["diagnosed"],
    },
    Case {
        text: "Bridge falls\n\nTuesday, May 14, 2024\n\nThe bridge, which was last inspected in 1974, collapsed on Monday, officials said.",
        published: None,
        date: "2024-05-13",
        title: "Bridge collapsed",
        evidence: &["collapsed on Monday, officials said."],
        not_evidence: &[],
    },
    Case {
        text: "Bridge falls\n\nTuesday, May 14, 2024\n\nThe bridge, which was last inspected in 1974, collapsed on Monday, officials said.",
        published: None,
        date: "1974",
        title: "Bridge was last inspected",
        evidence: &["which was last inspected in 1974"],
        not_evidence: &["collapsed on Monday"],
    },
    Case {
        text: "Court rules\nFriday, June 26, 2015\nThe court agreed in January to settle the question and heard arguments on April 28.",
        published: None,
        date: "2015-04-28",
        title: "Court heard arguments",
        evidence: &["heard arguments"],
        not_evidence: &[],
    },
    Case {
        text: "Physicist dies\nWednesday, March 14, 2018\nBorn in Oxford on 8 January 1942, Hawking was diagnosed with motor neurone disease in 1963, when he was a 21-year-old graduate student.",
        published: None,
        date: "1963",
        title: "Hawking was diagnosed with motor neurone disease",
        evidence: &["was diagnosed"],
        not_evidence: &[],
    },
    Case {
        text: "Emergency declared\nFriday, August 8, 2014\nThe president declared a state of emergency on Wednesday, after her government closed most of the border crossings late last month.",
        published: None,
        date: "2014-07",
        title: "Government closed most of the border crossings",
        evidence: &["closed most"],
        not_evidence: &[],
    },
    Case {
        text: "Abuse report out\n\nFriday, April 7, 2023\n\nThe office released a report Wednesday alleging clergy members and others in the archdiocese sexually abused more than 600 children from the 1940s through 2002.",
        published: None,
        date: "194/2002",
        title: "Clergy members and others sexually abused more than 600 children",
        evidence: &["sexually abused"],
        not_evidence: &[],
    },
    Case {
        text: "Abuse report out\n\nFriday, April 7, 2023\n\nThe office released a report Wednesday alleging clergy members and others in the archdiocese sexually abused more than 600 children from the 1940s through 2002.",
        published: None,
        date: "2023-04-05",
        title: "Office released a report alleging clergy members and others",
        evidence: &["released a report"],
        not_evidence: &[],
    },
    Case {
        text: "Club signs keeper\n\nThursday, August 9, 2018\n\nHe joined the club in 2011 and won the cup in 2014.",
        published: None,
        date: "2011",
        title: "He joined the club",
        evidence: &["joined the club"],
        not_evidence: &[],
    },
    Case {
        text: "Club signs keeper\n\nThursday, August 9, 2018\n\nHe joined the club in 2011 and won the cup in 2014.",
        published: None,
        date: "2014",
        title: "He won the cup",
        evidence: &["won the cup"],
        not_evidence: &[],
    },
    Case {
        text: "Deal agreed\n\nTuesday, January 18, 2022\n\nMicrosoft bought ZeniMax Media, the parent of Bethesda, for $7.5 billion in 2021, and acquired Mojang in 2014.",
        published: None,
        date: "2014",
        title: "Microsoft acquired Mojang",
        evidence: &["acquired Mojang"],
        not_evidence: &[],
    },
    Case {
        text: "Verdict in\n\nTuesday, April 20, 2021\n\nThe trial began on March 29 with opening statements, after jury selection that started on March 8.",
        published: None,
        date: "2021-03-08",
        title: "Jury selection started",
        evidence: &["jury selection"],
        not_evidence: &[],
    },
    Case {
        text: "Star moves\n\nFriday, August 4, 2017\n\nNeymar joined Barcelona from Santos in 2013, winning the Champions League in 2015.",
        published: None,
        date: "2015",
        title: "Winning the Champions League",
        evidence: &["Champions League"],
        not_evidence: &[],
    },
    Case {
        text: "Plant shut\n\nWednesday, January 19, 2022\n\nOn Monday, the company, which makes chips, said it would cut jobs.",
        published: None,
        date: "2022-01-17",
        title: "Company said it would cut jobs",
        evidence: &["cut jobs"],
        not_evidence: &[],
    },
    Case {
        text: "Ex-president dies\nThursday, September 12, 2024\nHe was arrested in Chile in 2005 and extradited to Peru two years later.",
        published: None,
        date: "2007",
        title: "He was extradited to Peru",
        evidence: &["extradited to Peru"],
        not_evidence: &[],
    },
    Case {
        text: "Ex-president dies\nThursday, September 12, 2024\nHe was arrested in 2005 and escaped from prison in 2007.",
        published: None,
        date: "2007",
        title: "He escaped from prison",
        evidence: &["escaped from prison"],
        not_evidence: &[],
    },
    Case {
        text: "Ex-president dies\nThursday, September 12, 2024\nIn 2009 a court sentenced him to 25 years in prison for ordering two massacres in the early 1990s.",
        published: None,
        date: "199",
        title: "Ordering two massacres",
        evidence: &["ordering two massacres"],
        not_evidence: &[],
    },
    Case {
        text: "Ex-president dies\nThursday, September 12, 2024\nIn 2009 a court sentenced him to 25 years in prison for ordering two massacres in the early 1990s.",
        published: None,
        date: "2009",
        title: "Court sentenced him to 25 years in prison for ordering two massacres",
        evidence: &["ordering two massacres"],
        not_evidence: &[],
    },
    Case {
        text: "Ex-president dies\nThursday, September 12, 2024\nAlberto Fujimori, who governed Peru from 1990 to 2000 and was later jailed for human rights abuses, died on Wednesday.",
        published: None,
        date: "1990/2000",
        title: "Alberto Fujimori governed Peru",
        evidence: &["governed Peru"],
        not_evidence: &[],
    },
    Case {
        text: "Rates held\n\nThursday 21 March 2024\n\nFigures published on Wednesday showed inflation dropped to 3.4% in February.",
        published: None,
        date: "2024-03-20",
        title: "Figures published",
        evidence: &["Figures published on Wednesday"],
        not_evidence: &["inflation dropped"],
    },
    Case {
        text: "Rates held\n\nThursday 21 March 2024\n\nFigures published on Wednesday showed inflation dropped to 3.4% in February.",
        published: None,
        date: "2024-02",
        title: "Inflation dropped to 3.4%",
        evidence: &["inflation dropped to 3.4% in February"],
        not_evidence: &["published on Wednesday"],
    },
];

/// An apposition a comma closes does not take the sentence's verb from it, nor its subject.
const APPOSITIONS: &[Case] = &[
    Case {
    text: "Paintings recovered\nFriday, September 3, 2021\nThe third man was detained on Tuesday at the airport.\nThe paintings, a portrait attributed to Bol, were taken on August 30, 2020. The men had fled.",
    published: None,
    date: "2020-08-30",
    title: "Paintings were taken",
    evidence: &["were taken", "The men had fled"],
    not_evidence: &["detained"],
},
];

/// A happening told as a length of time before or after a date of its sentence is on the
/// date that length reaches, at no finer a precision than its unit.
const COUNTED: &[Case] = &[
    Case {
        text: "Port strike ends\nFriday, October 11, 2024\nDockworkers returned to work on Thursday, three days after the union and the port authority signed a new contract.",
        published: None,
        date: "2024-10-07",
        title: "Union and the port authority signed a new contract",
        evidence: &["signed a new contract"],
        not_evidence: &["Dockworkers returned to work"],
    },
    // The date it is counted from keeps what is told of it, not the counted happening.
    Case {
        text: "Port strike ends\nFriday, October 11, 2024\nDockworkers returned to work on Thursday, three days after the union and the port authority signed a new contract.",
        published: None,
        date: "2024-10-10",
        title: "Dockworkers returned to work",
        evidence: &["Dockworkers returned to work"],
        not_evidence: &["signed a new contract"],
    },
    // "before" counts ahead; a noun names the happening.
    Case {
        text: "Inquiry into crash\nMonday, June 3, 2024\nThe report said a valve had been replaced on May 12, five days before the crash.",
        published: None,
        date: "2024-05-17",
        title: "The crash",
        evidence: &["five days before the crash"],
        not_evidence: &["had been replaced"],
    },
    // Months from a month are a month.
    Case {
        text: "Coach leaves\nMonday, June 3, 2024\nThe club dismissed its coach in March 2023, two months before its relegation was confirmed.",
        published: None,
        date: "2023-05",
        title: "Its relegation was confirmed",
        evidence: &["relegation was confirmed"],
        not_evidence: &["dismissed its coach"],
    },
    // A dash inside a word ("3–0") does not end the clause.
    Case {
        text: "Coach sacked\nMonday, May 21, 2018\nThe club sacked its coach yesterday, eight days after a 3–0 defeat confirmed its relegation.",
        published: None,
        date: "2018-05-12",
        title: "3–0 defeat confirmed its relegation",
        evidence: &["a 3–0 defeat confirmed its relegation"],
        not_evidence: &["sacked its coach"],
    },
    // The clause ends at its comma; the date's passage, which goes on past it, is whole.
    Case {
        text: "Bill signed\nFriday, March 8, 2024\nOn Tuesday, just two days after the vote, the president signed the bill.",
        published: None,
        date: "2024-03-03",
        title: "The vote",
        evidence: &["just two days after the vote"],
        not_evidence: &["president signed"],
    },
    Case {
        text: "Bill signed\nFriday, March 8, 2024\nOn Tuesday, just two days after the vote, the president signed the bill.",
        published: None,
        date: "2024-03-05",
        title: "President signed the bill",
        evidence: &["the president signed the bill"],
        not_evidence: &[],
    },
];

const GROUPS: &[(&str, &[Case])] = &[
    ("layout", LAYOUT),
    ("head lines", HEAD_LINES),
    ("which happening", WHICH_HAPPENING),
    ("titles", TITLES),
    ("evidence beyond the date", EVIDENCE_BEYOND_THE_DATE),
    ("two dates", TWO_DATES),
    ("counted", COUNTED),
    ("appositions", APPOSITIONS),
];

#[test]
fn every_case_of_the_table_makes_its_event() {
    let mut failures = Vec::new();
    for &(group, cases) in GROUPS {
        for case in cases {
            let published = case.published.map(|p| {
                p.parse::<TimeValue>()
                    .ok()
                    .and_then(|v| v.date())
                    .expect("a published date is a day")
            });
            let found = extract(case.text, published);
            let evidence_of = |event: &sourceline_core::Event| -> Vec<&str> {
                event.evidence.iter().map(|s| s.of(case.text)).collect()
            };
            let Some(event) = found
                .events
                .iter()
                .find(|e| e.date.to_string() == case.date)
            else {
                let dates: Vec<String> = found.events.iter().map(|e| e.date.to_string()).collect();
                failures.push(format!(
                    "[{group}] no event on {} in {:?}: {dates:?}",
                    case.date, case.text
                ));
                continue;
            };
            let evidence = evidence_of(event);
            let mut problems = Vec::new();
            if event.title != case.title {
                problems.push(format!(
                    "title {:?}, expected {:?}",
                    event.title, case.title
                ));
            }
            if event.title.chars().count() > 90 {
                problems.push(format!("title over 90 characters: {:?}", event.title));
            }
            for words in case.evidence {
                if !evidence.iter().any(|s| s.contains(words)) {
                    problems.push(format!("{words:?} is not in its evidence {evidence:?}"));
                }
            }
            for words in case.not_evidence {
                if evidence.iter().any(|s| s.contains(words)) {
                    problems.push(format!("{words:?} is in its evidence"));
                }
            }
            if !problems.is_empty() {
                failures.push(format!(
                    "[{group}] {} in {:?}: {}",
                    case.date,
                    case.text,
                    problems.join("; ")
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn the_date_line_is_found_however_the_lines_are_laid_out_and_is_never_an_event() {
    for text in [
        "Ferry runs aground\nTuesday, May 14, 2024 \nA ferry ran aground on Sunday.",
        "Ferry runs aground\r\nTuesday, May 14, 2024\r\nA ferry ran aground on Sunday.",
        "Ferry runs aground\n\nTuesday, May 14, 2024\n\nA ferry ran aground on Sunday.",
        "Ferry runs aground\nBy Ana Ruiz, Staff Writer\nMay 14, 2024\nA ferry ran aground on Sunday.",
        "Ferry runs aground\nMay 14, 2024 at 9:15 a.m.\nA ferry ran aground on Sunday.",
    ] {
        let found = extract(text, None);
        assert_eq!(
            found.dateline.map(|d| d.to_string()).as_deref(),
            Some("2024-05-14"),
            "{text:?}"
        );
        let dates: Vec<String> = found.events.iter().map(|e| e.date.to_string()).collect();
        assert_eq!(dates, ["2024-05-12"], "{text:?}");
    }
}

#[test]
fn the_date_the_reader_gives_is_the_one_the_text_is_read_against() {
    let text = "Ferry runs aground\nTuesday, May 14, 2024\nA ferry ran aground on Sunday.";
    let published = "2024-06-05"
        .parse::<TimeValue>()
        .ok()
        .and_then(|v| v.date());
    let found = extract(text, published);
    assert_eq!(found.dateline, published);
    let dates: Vec<String> = found.events.iter().map(|e| e.date.to_string()).collect();
    assert_eq!(dates, ["2024-06-02"], "Sunday before the date given");
}

/// The event `text` makes on `date`, read against the text's own date line.
fn event_on(text: &str, date: &str) -> sourceline_core::Event {
    extract(text, None)
        .events
        .into_iter()
        .find(|e| e.date.to_string() == date)
        .unwrap_or_else(|| panic!("no event on {date} in {text:?}"))
}

#[test]
fn a_verb_with_a_date_of_its_own_is_no_apposition() {
    let text = "Senator replaced\nFriday, March 8, 2024\nThe senator retired in 2020, was replaced by her deputy on January 5, 2021.";
    let replaced = event_on(text, "2021-01-05");
    assert!(!replaced.title.contains("retired"), "{}", replaced.title);
    for span in &replaced.evidence {
        assert!(
            !span.of(text).contains("retired in 2020"),
            "{:?}",
            span.of(text)
        );
    }
}

#[test]
fn a_counted_happening_says_how_its_date_was_counted() {
    let text = "Port strike ends\nFriday, October 11, 2024\nDockworkers returned to work on Thursday, three days after the union signed a new contract.";
    let signed = event_on(text, "2024-10-07");
    assert!(
        signed
            .derivation
            .starts_with("\"three days\" after \"Thursday\": 7 October 2024"),
        "{}",
        signed.derivation
    );
}

#[test]
fn a_length_that_counts_from_nothing_it_names_dates_nothing() {
    for (text, expected) in [
        // The length of what the clause tells.
        (
            "Rider banned\nFriday, October 11, 2024\nThe union banned the rider on Thursday for four years after a sample tested positive.",
            &["2024-10-10"][..],
        ),
        // Words that point back, not a happening.
        (
            "Port strike ends\nFriday, October 11, 2024\nDockworkers returned to work on Thursday, three days after that.",
            &["2024-10-10"],
        ),
        (
            "Treaty signed\nFriday, October 11, 2024\nThe treaty will enter into force on 1 December, 30 days after the last parliament does so.",
            &["2024-12-01"],
        ),
        // A length that is not right after the date tells of another verb, or of a term.
        (
            "Baby born early\nFriday, October 11, 2024\nThe child, who died on Thursday, was born three weeks before her due date.",
            &["2024-10-10"],
        ),
        (
            "Fraudster jailed\nFriday, October 11, 2024\nHe was sentenced on Thursday to five years after being convicted of fraud.",
            &["2024-10-10"],
        ),
        // "Nearly two weeks" says no day.
        (
            "Town seized\nFriday, October 11, 2024\nThe rebels seized the town on Thursday, nearly two weeks after the ceasefire collapsed.",
            &["2024-10-10"],
        ),
        // A clause with a date of its own is dated by it.
        (
            "Minister named\nFriday, October 11, 2024\nShe became minister in January 2019, three months after an election in October 2018.",
            &["2018-10", "2019-01"],
        ),
    ] {
        let found = extract(text, None);
        let dates: Vec<String> = found.events.iter().map(|e| e.date.to_string()).collect();
        assert_eq!(dates, expected, "{text:?}");
    }
}

#[test]
fn two_dates_joined_as_a_range_make_one_event() {
    let dates = |text: &str| -> Vec<String> {
        extract(text, None)
            .events
            .iter()
            .map(|e| e.date.to_string())
            .collect()
    };
    assert_eq!(dates("The war lasted from 1950 to 1953."), ["1950/1953"]);
    assert_eq!(
        dates("The pandemic of 2009-2010 killed many."),
        ["2009/2010"]
    );
    assert_eq!(
        dates("Talks ran between March 2011 and May 2011."),
        ["2011-03/2011-05"]
    );
    assert_eq!(
        dates("Treaties were signed in 1961 and 2000."),
        ["1961", "2000"]
    );
}

#[test]
fn the_point_a_comparison_reaches_back_to_is_no_event() {
    let dates = |text: &str| -> Vec<String> {
        let published = "2024-03-21"
            .parse::<TimeValue>()
            .ok()
            .and_then(|v| v.date());
        extract(text, published)
            .events
            .iter()
            .map(|e| e.date.to_string())
            .collect()
    };
    assert_eq!(
        dates("Inflation dropped to 3.4% in February, its lowest level since September 2021."),
        ["2024-02"]
    );
    assert_eq!(
        dates("The team won on Sunday, the first time since 2019 that it beat them."),
        ["2024-03-17"]
    );
    assert_eq!(
        dates("Soldiers removed the president on Wednesday, the seventh coup in West and Central Africa since 2020."),
        ["2024-03-20"]
    );
    // Unless a "when" clause tells what happened then.
    assert_eq!(
        dates("It was the deadliest rail accident in Poland since March 2012, when two trains collided."),
        ["2012-03"]
    );
    // A period a superlative or an ordinal ranks within, in a phrase of its own.
    assert_eq!(
        dates("The agency issued a red alert on Sunday, the first such warning this year."),
        ["2024-03-17"]
    );
    assert_eq!(
        dates("The index closed at 4,500 on Tuesday, its highest level this month."),
        ["2024-03-19"]
    );
    assert_eq!(
        dates("The city opened shelters in February, before the first heat of the year, officials said."),
        ["2024-02"]
    );
    // The period a superlative ranks, not a bound ("at least").
    assert_eq!(
        dates("Greece suffered its hottest June and July on record last year."),
        ["2023"]
    );
    assert_eq!(
        dates("The school will stay shut until at least April 2, the division said on Monday."),
        ["2024-03-18", "2024-04-02"]
    );
    // What others are expected to do by then, or what a forecast says things will do.
    assert_eq!(
        dates("Analysts expect sales to reach 1.2 billion euros by 2030."),
        Vec::<String>::new()
    );
    assert_eq!(
        dates("The central bank said on Thursday that inflation would return to its 2% target in 2026."),
        ["2024-03-21"]
    );
    assert_eq!(
        dates("Analysts said on Monday that ticket sales would rise during the season in 2025."),
        ["2024-03-18"]
    );
    // A year that only names what a finer day of the sentence is of, or which results.
    assert_eq!(
        dates("Argentina won the 2024 Copa America yesterday."),
        ["2024-03-20"]
    );
    assert_eq!(
        dates("The company is due to report fourth-quarter results on February 4."),
        ["2025-02-04"]
    );
    assert_eq!(
        dates("Its centrepiece is a 17th-century trading barge that was raised in 1987."),
        ["1987"]
    );
    assert_eq!(
        dates("He spent the 1990s building ships and retired in 1998."),
        ["199", "1998"]
    );
    assert_eq!(
        dates("In Chivay, adobe houses collapsed and a 17th-century church lost its bell tower."),
        Vec::<String>::new()
    );
    assert_eq!(
        dates("Police said on Wednesday that they had recovered two 17th-century paintings."),
        ["2024-03-20"]
    );
    // Not a happening's year, nor what a relative clause tells of it, nor a date that opens
    // a clause.
    assert_eq!(
        dates("Police on Tuesday charged a man over the 2019 murder of a teacher."),
        ["2019", "2024-03-19"]
    );
    assert_eq!(
        dates("The 2022 heatwave killed 60,000 people in Europe, researchers said on Monday."),
        ["2022", "2024-03-18"]
    );
    assert_eq!(
        dates("The yen hit its weakest level since 1990, when Japan's bubble was at its peak."),
        Vec::<String>::new()
    );
    assert_eq!(
        dates(
            "Shares fell 5% on Monday, and last month investors pulled $3 billion from the fund."
        ),
        ["2024-02", "2024-03-18"]
    );
    assert_eq!(
        dates("A judge acquitted the airline on Monday over the 2009 crash."),
        ["2009", "2024-03-18"]
    );
    assert_eq!(
        dates("Whitfield, whose 1974 novel became a best-seller, died on Saturday."),
        ["1974", "2024-03-16"]
    );
    // A relative clause that describes a time, and a round of a cup, date nothing.
    assert_eq!(
        dates("In the third quarter, which ended in February, net sales fell 33%."),
        ["2023-Q3"]
    );
    assert_eq!(
        dates("The quarter-final against the Netherlands was played on Monday."),
        ["2024-03-18"]
    );
    // A figure a change started from, or is compared with, is of its own time.
    assert_eq!(
        dates("Inflation slowed to 3.4% from 4.0% in January, the statistics office said on Wednesday."),
        ["2024-03-20"]
    );
    assert_eq!(
        dates("Volume was 840.8 million shares on Wednesday, up from 443.6 million Tuesday."),
        ["2024-03-20"]
    );
    assert_eq!(
        dates(
            "In 2023, net income was $306 million, compared with a loss of $195 million in 2022."
        ),
        ["2023"]
    );
    assert_eq!(
        dates(
            "Profit rose to 7.8 trillion won on Friday, up from 7.4 trillion won a year earlier."
        ),
        ["2024-03-15"]
    );
    // A state that began then is told from that date on.
    assert_eq!(dates("The border has been closed since 2019."), ["2019"]);
}

#[test]
fn two_times_of_one_day_are_on_that_day() {
    let text = "Curfew imposed\nThursday, July 27, 2023\nA nationwide curfew from 10 p.m. to 5 a.m. was imposed.";
    let dates: Vec<String> = extract(text, None)
        .events
        .iter()
        .map(|e| e.date.to_string())
        .collect();
    assert_eq!(dates, ["2023-07-27"]);
}

#[test]
fn a_title_stays_short_however_long_its_sentence() {
    // Without spaces a sentence is one word: its title is the start of it, not all of it.
    let text = "abc2024-01-05xyz".repeat(1000);
    let events = extract(&text, None).events;
    assert_eq!(events.len(), 1);
    assert!(events[0].title.chars().count() <= 90, "{}", events[0].title);
    // A quotation cut open is closed within the longest title.
    let quoted = "Putin said on 24 August 2023: \"He was a man of difficult fate who made serious mistakes in life and who achieved the results needed both for himself and for a common cause in these last months of his life.\"";
    let events = extract(quoted, None).events;
    assert_eq!(events.len(), 1);
    let title = &events[0].title;
    assert!(title.chars().count() <= 90, "{title}");
    assert!(title.ends_with("…\""), "{title}");
}
