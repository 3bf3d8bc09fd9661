//! The English words Sourceline reads: names of months and weekdays, numbers, units of time,
//! parts of the day, seasons, time zones, holidays, the cues that tell tense and reference,
//! and the nouns that name a happening.
//!
//! The extractor's rules read their vocabulary from these tables (a few function words such
//! as "the", "of" and "ago" stay in the rules that parse around them), so that another
//! language is tables beside these and rules that read them. Tables whose order matters say
//! so: they are indexed by a month's number or an enum's position.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Words looked up in a table built once from the lists below: every word of a text is looked
/// up, so with a hasher fast on short keys.
pub(crate) type Words<T> = HashMap<String, T, BuildHasherDefault<Fnv>>;

/// FNV-1a: the standard hasher, made to stand up to chosen keys, takes several times as long
/// on words this short.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        const PRIME: u64 = 0x100_0000_01b3;
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(PRIME);
        }
        self.0 = hash;
    }
}

/// Month names, January first (index + 1 is the month's number).
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

/// Weekday names, Monday first, as ISO 8601 counts them.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The parts of the day, in the order of [`crate::time::PartOfDay::ALL`].
pub(crate) const PARTS_OF_DAY: [&str; 4] = ["morning", "afternoon", "evening", "night"];

/// Words read as the word they stand for: as posts spell them ("nxt week", "thru Friday"),
/// and "the prior year" as reports write "the previous year".
pub(crate) const READ_AS: [(&str, &str); 6] = [
    ("nxt", "next"),
    ("thru", "through"),
    ("b4", "before"),
    ("til", "till"),
    ("xmas", "christmas"),
    ("prior", "previous"),
];

/// Parts of the day as posts spell them: "sat nite", "this am", "Friday pm".
pub(crate) const PARTS_OF_DAY_SPELLED: [(&str, &str); 5] = [
    ("nite", "night"),
    ("mornin", "morning"),
    ("morn", "morning"),
    ("am", "morning"),
    ("pm", "afternoon"),
];

/// Season names, in the order of [`crate::time::Season::ALL`], with "autumn" for fall.
pub(crate) const SEASONS: [&str; 4] = ["spring", "summer", "fall", "winter"];
pub(crate) const AUTUMN: &str = "autumn";
/// Words after which "spring" and "fall" are the season, not the verb: "in spring", "by
/// early fall", "mid spring".
pub(crate) const SEASON_BEFORE: [&str; 11] = [
    "in",
    "by",
    "until",
    "till",
    "since",
    "during",
    "through",
    "throughout",
    "early",
    "late",
    "mid",
];

/// Units of time in the singular, in the order of the extractor's `Unit::ALL`.
pub(crate) const UNITS: [&str; 11] = [
    "second", "minute", "hour", "day", "week", "weekend", "month", "quarter", "year", "decade",
    "century",
];
/// Plurals that are not the singular and an "s".
pub(crate) const IRREGULAR_PLURALS: [(&str, &str); 1] = [("centuries", "century")];
/// Two weeks, as British and Australian papers count them: "a fortnight ago".
pub(crate) const FORTNIGHT: &str = "fortnight";
/// Short forms of units, as posts and notes write them after a count: "45 min", "3 yrs".
pub(crate) const UNIT_ABBREVIATIONS: [(&str, &str); 15] = [
    ("sec", "second"),
    ("secs", "second"),
    ("min", "minute"),
    ("mins", "minute"),
    ("hr", "hour"),
    ("hrs", "hour"),
    ("wk", "week"),
    ("wks", "week"),
    ("mth", "month"),
    ("mths", "month"),
    ("mos", "month"),
    ("yr", "year"),
    ("yrs", "year"),
    ("wknd", "weekend"),
    ("wkend", "weekend"),
];

/// Whether `word` names a unit of time, in any of its forms ("hours", "days", "weekly").
pub(crate) fn names_a_unit(word: &str) -> bool {
    UNITS.iter().any(|u| word.starts_with(u))
}

/// The unit of time `word` (lower case) spells, in full, plural or short form: (its
/// singular in [`UNITS`], whether plural, whether short).
pub(crate) fn unit_of_time(word: &str) -> Option<(&'static str, bool, bool)> {
    /// The table, and what its words begin with and how long they are at most: most words
    /// asked about are told apart by those before hashing.
    struct Units {
        words: Words<(&'static str, bool, bool)>,
        first_letters: u32,
        longest: usize,
    }
    static UNIT_WORDS: OnceLock<Units> = OnceLock::new();
    let letter = |word: &str| word.bytes().next().map_or(0, |b| 1u32 << (b & 31));
    let units = UNIT_WORDS.get_or_init(|| {
        let mut words = Words::default();
        for singular in UNITS {
            // "centurys" is not a word.
            if singular != "century" {
                words.insert(format!("{singular}s"), (singular, true, false));
            }
            words.insert(singular.to_string(), (singular, false, false));
        }
        for (plural, singular) in IRREGULAR_PLURALS {
            words.insert(plural.to_string(), (singular, true, false));
        }
        // Weeks, two to each: only after a count (`Reader::count` doubles it).
        words.insert(FORTNIGHT.to_string(), ("week", true, false));
        words.insert(format!("{FORTNIGHT}s"), ("week", true, false));
        for (short, singular) in UNIT_ABBREVIATIONS {
            words.insert(short.to_string(), (singular, short.ends_with('s'), true));
        }
        let first_letters = words.keys().fold(0, |mask, w| mask | letter(w));
        let longest = words.keys().map(String::len).max().unwrap_or(0);
        Units {
            words,
            first_letters,
            longest,
        }
    });
    if word.len() > units.longest || units.first_letters & letter(word) == 0 {
        return None;
    }
    units.words.get(word).copied()
}

/// Numbers in words from zero to nineteen (index is the number).
pub(crate) const SMALL_NUMBERS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
/// Tens from twenty (index 0) to ninety.
pub(crate) const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
/// Ordinals that name a quarter (index + 1 is the number).
pub(crate) const ORDINALS: [&str; 4] = ["first", "second", "third", "fourth"];
/// Words for an unspecified number of units: "several weeks", "recent years".
pub(crate) const SOME: [&str; 6] = ["several", "few", "many", "some", "recent", "coming"];

/// What a company reports for a quarter, after "Q4" written short: "Q4 earnings".
pub(crate) const QUARTER_RESULTS: [&str; 8] = [
    "earnings", "results", "sales", "revenue", "profit", "loss", "report", "guidance",
];
/// Words after which a bare month name ("in May") is a date, not a verb or a name.
pub(crate) const MONTH_CUES: [&str; 17] = [
    "in", "since", "until", "till", "by", "from", "of", "last", "this", "next", "early", "late",
    "mid", "through", "during", "before", "between",
];
/// Words before a four-digit number that make it a count or a label, not a year.
pub(crate) const NOT_YEAR_BEFORE: [&str; 13] = [
    "no",
    "nos",
    "number",
    "route",
    "flight",
    "room",
    "page",
    "chapter",
    "section",
    "article",
    "model",
    "resolution",
    "$",
];
/// Names before a four-digit number that make it a label, not a year, when written with a
/// capital: "Amalgamated Transit Union Local 1127", "Highway 1010" (not "the local 2024
/// elections").
pub(crate) const LABELS_BEFORE_A_NUMBER: [&str; 8] = [
    "local",
    "highway",
    "interstate",
    "gate",
    "terminal",
    "platform",
    "precinct",
    "ward",
];
/// What a year names after a label's word, where the number is the year: "Ward 2022
/// elections", "Precinct 2020 results", "Local 2023-24 budget".
pub(crate) const NAMED_BY_A_YEAR: [&str; 12] = [
    "election",
    "elections",
    "poll",
    "polls",
    "result",
    "results",
    "turnout",
    "budget",
    "figures",
    "passenger",
    "-",
    "–",
];
/// Words that end an amount, after which "a year" is a rate: "$33 million a year".
pub(crate) const AMOUNT_WORDS: [&str; 9] = [
    "hundred", "thousand", "million", "billion", "trillion", "percent", "%", "cents", "dollars",
];
/// Plural nouns after a four-digit number that make it a count: "2000 people".
pub(crate) const COUNTED: [&str; 6] = ["percent", "people", "men", "women", "children", "feet"];
/// Plural nouns a year qualifies rather than a number counts: "1988 levels", "1990 sales".
pub(crate) const QUALIFIED_BY_A_YEAR: [&str; 12] = [
    "levels",
    "sales",
    "earnings",
    "results",
    "profits",
    "revenues",
    "figures",
    "elections",
    "prices",
    "losses",
    "budgets",
    "totals",
];
/// Verbs in the present tense that a year is the subject of, ending in "-s" like the plural
/// nouns a number counts: "2025 looks weaker", "1968 remains a turning point".
pub(crate) const VERBS_AFTER_A_YEAR: [&str; 9] = [
    "looks", "seems", "remains", "promises", "brings", "becomes", "proves", "appears", "means",
];

/// Words that put what follows ahead of the time of writing: modals, plans, expectations,
/// and the terms of a payment or a deadline.
const FUTURE_CUES: &[&str] = &[
    "will",
    "ll",
    "shall",
    "scheduled",
    "expected",
    "expect",
    "expects",
    "plans",
    "planned",
    "plan",
    "planning",
    "due",
    "upcoming",
    "forthcoming",
    "would",
    "hopes",
    "should",
    "could",
    "might",
    "may",
    "aims",
    "intends",
    "going",
    "seeks",
    "payable",
    "effective",
    "expire",
    "expires",
    "deadline",
    "slated",
    "ahead",
    // As posts say it: "gonna", "can't wait for Friday", "let's meet Sunday".
    "gonna",
    "wanna",
    "wait",
    "lets",
    // Scheduled happenings in the present tense: "the tour ends Sunday".
    "begins",
    "starts",
    "opens",
    "ends",
    "closes",
    "resumes",
    "resume",
    "begin",
    "arrives",
    "departs",
    "launches",
    "premieres",
    "reopens",
    "airs",
    "debuts",
    "meets",
    "convenes",
    "concludes",
    "kicks",
    "hosts",
    "faces",
    "visits",
    "returns",
];
/// Words that put what follows before the time of writing, besides the past forms of
/// irregular verbs ([`past_cue`]; regular ones end in "-ed"): auxiliaries of the past.
const PAST_CUES: [&str; 8] = ["was", "were", "had", "did", "ago", "last", "since", "been"];

/// Whether `word` puts what follows before the time of writing: an auxiliary of the past or
/// an irregular verb's past that is not also its base ("heard", "fled"; not "put", nor "sat",
/// which posts write for Saturday).
pub(crate) fn past_cue(word: &str) -> bool {
    static PASTS: OnceLock<Words<()>> = OnceLock::new();
    let pasts = IRREGULAR_VERBS
        .iter()
        .filter(|(base, past, _)| base != past && *past != "sat")
        .map(|(_, past, _)| *past);
    table(&PASTS, pasts.chain(PAST_CUES)).contains_key(word)
}

/// Whether `word` is one of [`FUTURE_CUES`], looked up by hash: it is asked of many words.
pub(crate) fn future_cue(word: &str) -> bool {
    static FUTURE: OnceLock<Words<()>> = OnceLock::new();
    table(&FUTURE, FUTURE_CUES.iter().copied()).contains_key(word)
}

/// The table of `words`, built in `cell` the first time it is asked for.
fn table(
    cell: &'static OnceLock<Words<()>>,
    words: impl Iterator<Item = &'static str>,
) -> &'static Words<()> {
    cell.get_or_init(|| words.map(|w| (w.to_string(), ())).collect())
}
/// Words of a plan for a time ahead: "a campaign planned for 1976".
pub(crate) const PLANNED: [&str; 7] = [
    "planned",
    "scheduled",
    "slated",
    "intended",
    "proposed",
    "projected",
    "envisaged",
];
/// Verbs that move a time to another one: "extended to Nov. 20".
pub(crate) const MOVED_TO: [&str; 6] = [
    "extended",
    "postponed",
    "delayed",
    "moved",
    "pushed",
    "rescheduled",
];
/// Forms of "be" before a participle, which make "published" passive rather than past.
pub(crate) const PASSIVE_BE: [&str; 3] = ["be", "been", "being"];
/// Words in "-est" that rank nothing: "modest sales", "the protest", "arrest".
const NOT_SUPERLATIVE: [&str; 24] = [
    "modest",
    "honest",
    "earnest",
    "interest",
    "protest",
    "forest",
    "harvest",
    "suggest",
    "request",
    "arrest",
    "contest",
    "digest",
    "invest",
    "manifest",
    "attest",
    "detest",
    "unrest",
    "inquest",
    "conquest",
    "bequest",
    "midwest",
    "northwest",
    "southwest",
    "priest",
];

/// Nouns that name a happening, as news writes them (TimeML's event nominals), in
/// alphabetical order: "the summit on global finance, which ended Friday" ended as a summit.
pub(crate) const HAPPENING_NOUNS: [&str; 51] = [
    "attack",
    "ballot",
    "battle",
    "blast",
    "campaign",
    "ceremony",
    "clash",
    "collapse",
    "conference",
    "crash",
    "debate",
    "earthquake",
    "election",
    "epidemic",
    "eruption",
    "explosion",
    "festival",
    "fire",
    "flood",
    "game",
    "hearing",
    "hurricane",
    "inquiry",
    "investigation",
    "marathon",
    "match",
    "meeting",
    "negotiation",
    "offensive",
    "outbreak",
    "pandemic",
    "protest",
    "race",
    "raid",
    "rally",
    "referendum",
    "riot",
    "season",
    "session",
    "shooting",
    "storm",
    "strike",
    "summit",
    "talk",
    "tournament",
    "trial",
    "uprising",
    "visit",
    "vote",
    "war",
    "wildfire",
];

/// Verbs that tell a happening's course, not a thing's: "the war in Ukraine, which began in
/// 2022", "the summit, which ended Friday".
pub(crate) const HAPPENING_VERBS: [&str; 15] = [
    "began",
    "begun",
    "broke",
    "concluded",
    "continued",
    "ended",
    "erupted",
    "finished",
    "happened",
    "held",
    "killed",
    "lasted",
    "occurred",
    "resumed",
    "started",
];

/// Whether `word` names a happening ([`HAPPENING_NOUNS`]), in the singular or plural.
pub(crate) fn is_happening_noun(word: &str) -> bool {
    let singular = word
        .strip_suffix("es")
        .filter(|w| w.ends_with("sh") || w.ends_with("ch"))
        .or_else(|| word.strip_suffix('s'))
        .unwrap_or(word);
    [word, singular]
        .iter()
        .any(|w| HAPPENING_NOUNS.binary_search(w).is_ok())
}

/// Whether `word` ranks what follows it: "best", "worst", "most", "least", or an adjective in
/// "-est" ("hottest", "lowest").
pub(crate) fn is_superlative(word: &str) -> bool {
    matches!(word, "best" | "worst" | "most" | "least")
        || (word.len() > 4 && word.ends_with("est") && !NOT_SUPERLATIVE.contains(&word))
}

/// Verbs of what only people arrange to do at a time, in the base form a modal takes: "would
/// step down at the end of March"; a plan, not a forecast. Not verbs a forecast says of
/// things as well ("would hold steady", "would resume in 2025", "would visit the city").
pub(crate) const ARRANGED: [&str; 4] = ["resign", "retire", "sign", "step"];

/// Verbs whose infinitive is still to come when they are told: "threatened to strike on
/// Thursday", "promised to resign on Friday".
pub(crate) const PROMISES: [&str; 9] = [
    "threatened",
    "promised",
    "pledged",
    "vowed",
    "decided",
    "planned",
    "hoped",
    "wanted",
    "intended",
];
/// Verbs in the present or base form after which a word in "-ed" is an adjective, telling no
/// tense: "will stay closed", "remain shut".
pub(crate) const LINKING: [&str; 6] = ["stay", "stays", "remain", "remains", "seem", "seems"];
/// Words that open a noun phrase after "to": "to the summit" is not an infinitive.
pub(crate) const DETERMINERS: [&str; 9] = [
    "the", "a", "an", "his", "her", "its", "their", "this", "that",
];
/// Words after a fraction that make it a measure, not a month and day: "by 1/4 point", "up
/// 1/2 inch".
pub(crate) const MEASURED: [&str; 12] = [
    "point", "points", "percent", "%", "inch", "inches", "mile", "miles", "cup", "cups", "pound",
    "pounds",
];
/// Words after which figures such as "3/15" or "5.3.24" are a date, not a fraction, a score
/// or a version: "on 3/15", "due 11/30", "sale ends 3/15".
pub(crate) const DATE_IN_FIGURES_AFTER: [&str; 15] = [
    "on", "by", "until", "till", "through", "from", "since", "before", "after", "due", "dated",
    "posted", "deadline", "ends", "expires",
];
/// Words that expect a day after them, where a weekday may be short and in lower case, as
/// posts write it: "this sat", "on fri", "next tues".
pub(crate) const DAY_CUES: [&str; 9] = [
    "this", "next", "last", "on", "every", "each", "by", "until", "till",
];
/// Words before a date that say it is a limit ahead: "by Tuesday", "until June".
pub(crate) const UNTIL: [&str; 3] = ["by", "until", "till"];
/// Conjunctions that end a clause.
pub(crate) const CLAUSE_ENDS: [&str; 4] = ["and", "but", "when", "as"];

/// Words that follow a temporal noun phrase without being a noun it describes: "the summer
/// before", "the future if", "the spring saw". After any other word, as in "the summer
/// offensive", the article is that noun's and not the expression's.
/// Sorted, for bisection.
pub(crate) const NOT_DESCRIBED: &[&str] = &[
    "about", "after", "again", "ago", "ahead", "all", "alone", "also", "although", "an", "and",
    "any", "are", "around", "as", "at", "became", "because", "been", "before", "began", "being",
    "below", "between", "beyond", "both", "brought", "but", "by", "came", "can", "could", "did",
    "do", "during", "each", "earlier", "either", "else", "even", "ever", "every", "except", "fell",
    "for", "found", "from", "gave", "got", "had", "has", "have", "he", "held", "her", "here",
    "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "later",
    "left", "made", "may", "might", "more", "most", "much", "must", "near", "neither", "never",
    "no", "nor", "not", "now", "of", "off", "on", "once", "one", "only", "onward", "onwards", "or",
    "other", "our", "out", "over", "past", "per", "prior", "proved", "quite", "ran", "rather",
    "right", "saw", "set", "shall", "she", "should", "since", "so", "some", "soon", "still",
    "such", "than", "that", "the", "their", "them", "then", "there", "they", "this", "though",
    "through", "thus", "till", "to", "together", "too", "took", "toward", "towards", "under",
    "unless", "until", "up", "upon", "very", "was", "we", "went", "were", "what", "when", "where",
    "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
    "without", "would", "yet", "you",
];
/// Words that move a period back (-1) or ahead (+1): "last week", "next year".
pub(crate) const SHIFTS: [(&str, i32); 6] = [
    ("last", -1),
    ("previous", -1),
    ("past", -1),
    ("next", 1),
    ("coming", 1),
    ("following", 1),
];
/// Words for "this one": "this week".
pub(crate) const THIS: &str = "this";

/// Time zones written after a clock time: "15:00 GMT", "8 p.m. ET".
pub(crate) const TIME_ZONES: [&str; 20] = [
    "gmt", "utc", "et", "est", "edt", "ct", "cst", "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt",
    "bst", "cet", "cest", "msk", "jst", "aest",
];
/// The zones among them that say their offset from UTC, in minutes: "ET" may be standard or
/// daylight time, "EST" is five hours behind.
pub(crate) const ZONE_OFFSETS: [(&str, i16); 16] = [
    ("gmt", 0),
    ("utc", 0),
    ("est", -300),
    ("edt", -240),
    ("cst", -360),
    ("cdt", -300),
    ("mst", -420),
    ("mdt", -360),
    ("pst", -480),
    ("pdt", -420),
    ("bst", 60),
    ("cet", 60),
    ("cest", 120),
    ("msk", 180),
    ("jst", 540),
    ("aest", 600),
];

/// Words for recurring periods, with the unit they repeat: "daily" is every day.
pub(crate) const RECURRING: [(&str, &str); 8] = [
    ("quarterly", "quarter"),
    ("daily", "day"),
    ("everyday", "day"),
    ("weekly", "week"),
    ("monthly", "month"),
    ("annually", "year"),
    ("yearly", "year"),
    ("hourly", "hour"),
];
/// Words after which a unit in the plural alone is a length: "for years", "within hours",
/// "the war lasted decades", "talks took months".
pub(crate) const LENGTH_VERBS: [&str; 14] = [
    "for", "over", "within", "last", "lasts", "lasted", "lasting", "take", "takes", "took",
    "taking", "spent", "spend", "waited",
];
/// Nouns of a stretch of time that a length describes: "a three-year period", "a 90-day
/// window", "its one-year term".
pub(crate) const PERIODS: [&str; 7] = [
    "period", "term", "span", "stretch", "spell", "interval", "window",
];
/// Kinds of day a length may be counted in, all of them days: "30 business days", "eight
/// trading days", "ten working days".
pub(crate) const KINDS_OF_DAY: [&str; 5] = ["business", "trading", "working", "school", "calendar"];
/// Words after which "over" and "under" before a length bound it: "for over a year", "took
/// over a month", "in under a week", but not "spread over three years".
pub(crate) const BOUND_BY_OVER: [&str; 13] = [
    "for", "in", "within", "just", "last", "lasts", "lasted", "lasting", "take", "takes", "took",
    "taking", "spent",
];
/// Words before "one day" that make it a length: "in one day", "for one day".
pub(crate) const LENGTH_BEFORE: [&str; 10] = [
    "in", "for", "by", "within", "after", "than", "only", "just", "been", "over",
];
/// Words between two dates of a pair or a range, the first of which may take the year of
/// the second: "April and June 1955", "26 June - 4 August 1952", "October to March 1945".
pub(crate) const DATES_PAIRED: [&str; 7] = ["-", "–", "and", "or", "to", "through", "until"];
/// What joins two days of one month: "March 5-9", "May 4 and 5", "6-7 January".
pub(crate) const DAYS_JOINED: [&str; 5] = ["-", "–", "and", "or", "&"];
/// Words that make a unit recur: "every week", "each year".
pub(crate) const EVERY: [&str; 2] = ["every", "each"];

/// Words that place a time only vaguely, in the past, the present or the future.
/// ("soon" and "previously" relate events to each other more often than to the calendar.)
pub(crate) const VAGUE_PAST: [&str; 2] = ["recently", "lately"];
pub(crate) const VAGUE_PRESENT: [&str; 3] = ["now", "currently", "nowadays"];
pub(crate) const VAGUE_FUTURE: [&str; 1] = ["someday"];

/// Eras after a year, as their letters: "BC", "B.C.", "BCE" are before the common era.
pub(crate) const BEFORE_COMMON_ERA: [&str; 2] = ["bc", "bce"];
pub(crate) const COMMON_ERA: [&str; 2] = ["ad", "ce"];

/// Holidays on a fixed day of the year, as (words, month, day): "Christmas", "New Year's Day".
pub(crate) const HOLIDAYS: [(&[&str], u32, u32); 11] = [
    (&["christmas", "eve"], 12, 24),
    (&["christmas", "day"], 12, 25),
    (&["christmas"], 12, 25),
    (&["nye"], 12, 31),
    (&["new", "year", "'", "s", "day"], 1, 1),
    (&["new", "year", "'", "s", "eve"], 12, 31),
    (&["halloween"], 10, 31),
    (&["valentine", "'", "s", "day"], 2, 14),
    (&["veterans", "day"], 11, 11),
    (&["boxing", "day"], 12, 26),
    (&["st", ".", "patrick", "'", "s", "day"], 3, 17),
];
/// Holidays on the `nth` weekday of a month (-1 the last), `days` after it, as
/// (words, month, weekday from Monday = 0, nth, days): Thanksgiving is the fourth Thursday
/// of November, Black Friday the day after it.
pub(crate) const WEEKDAY_HOLIDAYS: [(&[&str], u32, u8, i8, i8); 13] = [
    (&["thanksgiving", "day"], 11, 3, 4, 0),
    (&["thanksgiving"], 11, 3, 4, 0),
    (&["black", "friday"], 11, 3, 4, 1),
    (&["cyber", "monday"], 11, 3, 4, 4),
    (&["memorial", "day"], 5, 0, -1, 0),
    (&["labor", "day"], 9, 0, 1, 0),
    (&["mother", "'", "s", "day"], 5, 6, 2, 0),
    (&["father", "'", "s", "day"], 6, 6, 3, 0),
    (&["martin", "luther", "king", "day"], 1, 0, 3, 0),
    (&["mlk", "day"], 1, 0, 3, 0),
    (&["presidents", "day"], 2, 0, 3, 0),
    (&["columbus", "day"], 10, 0, 2, 0),
    // The United States vote on the Tuesday after the first Monday of November.
    (&["election", "day"], 11, 0, 1, 1),
];
/// First words of holidays that are no other word, so that posts may write them in lower
/// case: "christmas", "thanksgiving", but not "labor day" or "good friday".
pub(crate) const HOLIDAYS_IN_LOWER_CASE: [&str; 7] = [
    "christmas",
    "halloween",
    "valentine",
    "thanksgiving",
    "easter",
    "mother",
    "father",
];
/// Holidays `days` after Easter Sunday: (words, days).
pub(crate) const EASTER_HOLIDAYS: [(&[&str], i8); 5] = [
    (&["easter", "sunday"], 0),
    (&["easter", "monday"], 1),
    (&["easter"], 0),
    (&["good", "friday"], -2),
    (&["ash", "wednesday"], -46),
];

/// Today, yesterday, tomorrow and tonight, as news writes them and as posts spell them.
pub(crate) const TODAY: [&str; 2] = ["today", "2day"];
pub(crate) const YESTERDAY: [&str; 3] = ["yesterday", "yday", "yesterdy"];
pub(crate) const TOMORROW: [&str; 11] = [
    "tomorrow", "tmrw", "tmw", "tmr", "tmrow", "2morrow", "2moro", "2morro", "tomoz", "tomorow",
    "tommorow",
];
pub(crate) const TONIGHT: [&str; 4] = ["tonight", "tonite", "2nite", "2night"];
/// Month names that are also common words, which only a capital makes months.
pub(crate) const MONTHS_THAT_ARE_WORDS: [&str; 3] = ["may", "march", "august"];
/// Words before a clock time that make "16:08" a time without a zone ("@" as posts write "at").
pub(crate) const AT_A_TIME: [&str; 7] = ["at", "@", "by", "until", "from", "before", "after"];

/// Possessive determiners: before a decade in figures they make it an age ("in their 40s").
pub(crate) const POSSESSIVES: [&str; 7] = ["my", "your", "his", "her", "its", "our", "their"];

/// Words that do not end a sentence: a line that ends in one goes on on the next.
pub(crate) const LINE_GOES_ON: [&str; 20] = [
    "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "of", "on", "or",
    "than", "that", "the", "to", "was", "with",
];

/// Ordinals in words, first to twentieth (index + 1); "twenty-first" is "twenty" and one
/// of these, and "thirtieth" ends the days of a month.
pub(crate) const ORDINAL_WORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];
/// Decades in words, the twenties (index 0) to the nineties.
pub(crate) const DECADES: [&str; 8] = [
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];
/// How many times something happens in a period: "twice a week".
pub(crate) const TIMES: [(&str, u32); 3] = [("once", 1), ("twice", 2), ("thrice", 3)];

/// Prepositions and particles after which a word like "daily" is still an adverb ("paid
/// quarterly to holders"), not an adjective before its noun ("a quarterly dividend").
pub(crate) const FUNCTION_WORDS: [&str; 16] = [
    "to", "in", "on", "at", "for", "by", "since", "until", "from", "with", "than", "or", "of",
    "over", "through", "after",
];

/// Irregular verbs: (base, past, past participle). The third person ("-s") and the gerund
/// ("-ing") are formed by rule; regular pasts are read by their "-ed".
pub(crate) const IRREGULAR_VERBS: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("awake", "awoke", "awoken"),
    ("bear", "bore", "borne"),
    ("bear", "bore", "born"),
    ("beat", "beat", "beaten"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("bend", "bent", "bent"),
    ("bet", "bet", "bet"),
    ("bid", "bid", "bid"),
    ("bind", "bound", "bound"),
    ("bite", "bit", "bitten"),
    ("bleed", "bled", "bled"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("breed", "bred", "bred"),
    ("bring", "brought", "brought"),
    ("broadcast", "broadcast", "broadcast"),
    ("build", "built", "built"),
    ("burn", "burnt", "burnt"),
    ("burst", "burst", "burst"),
    ("buy", "bought", "bought"),
    ("cast", "cast", "cast"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("cling", "clung", "clung"),
    ("come", "came", "come"),
    ("cost", "cost", "cost"),
    ("creep", "crept", "crept"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("dig", "dug", "dug"),
    ("draw", "drew", "drawn"),
    ("drink", "drank", "drunk"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("flee", "fled", "fled"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("forecast", "forecast", "forecast"),
    ("forget", "forgot", "forgotten"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "gotten"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("grind", "ground", "ground"),
    ("grow", "grew", "grown"),
    ("hang", "hung", "hung"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("kneel", "knelt", "knelt"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leap", "leapt", "leapt"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lie", "lay", "lain"),
    ("light", "lit", "lit"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("mislead", "misled", "misled"),
    ("overcome", "overcame", "overcome"),
    ("oversee", "oversaw", "overseen"),
    ("overtake", "overtook", "overtaken"),
    ("overthrow", "overthrew", "overthrown"),
    ("pay", "paid", "paid"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("retake", "retook", "retaken"),
    ("rid", "rid", "rid"),
    ("ride", "rode", "ridden"),
    ("ring", "rang", "rung"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shed", "shed", "shed"),
    ("shine", "shone", "shone"),
    ("shoot", "shot", "shot"),
    ("show", "showed", "shown"),
    ("shrink", "shrank", "shrunk"),
    ("shut", "shut", "shut"),
    ("sing", "sang", "sung"),
    ("sink", "sank", "sunk"),
    ("sit", "sat", "sat"),
    ("slay", "slew", "slain"),
    ("sleep", "slept", "slept"),
    ("slide", "slid", "slid"),
    ("speak", "spoke", "spoken"),
    ("speed", "sped", "sped"),
    ("spend", "spent", "spent"),
    ("spin", "spun", "spun"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("spring", "sprang", "sprung"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("sting", "stung", "stung"),
    ("strike", "struck", "struck"),
    ("strive", "strove", "striven"),
    ("swear", "swore", "sworn"),
    ("sweep", "swept", "swept"),
    ("swim", "swam", "swum"),
    ("swing", "swung", "swung"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("undergo", "underwent", "undergone"),
    ("understand", "understood", "understood"),
    ("undertake", "undertook", "undertaken"),
    ("uphold", "upheld", "upheld"),
    ("upset", "upset", "upset"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("weep", "wept", "wept"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("withhold", "withheld", "withheld"),
    ("write", "wrote", "written"),
];

/// Regular verbs news tells happenings with, so that their third person ("warns", "denies")
/// and base form read as verbs; their pasts end in "-ed" and read so without this list.
pub(crate) const VERBS: &[&str] = &[
    "accept",
    "accuse",
    "acquit",
    "add",
    "admit",
    "affect",
    "agree",
    "aim",
    "allege",
    "allow",
    "announce",
    "appeal",
    "appear",
    "appoint",
    "approve",
    "arrest",
    "arrive",
    "ask",
    "attack",
    "attempt",
    "attend",
    "ban",
    "believe",
    "blame",
    "block",
    "call",
    "cancel",
    "capture",
    "cause",
    "celebrate",
    "charge",
    "cite",
    "claim",
    "close",
    "collapse",
    "commit",
    "complete",
    "conclude",
    "condemn",
    "confirm",
    "consider",
    "continue",
    "convict",
    "crash",
    "create",
    "criticize",
    "damage",
    "decide",
    "declare",
    "decline",
    "defeat",
    "delay",
    "deliver",
    "demand",
    "deny",
    "deploy",
    "describe",
    "destroy",
    "die",
    "disappear",
    "discover",
    "discuss",
    "dismiss",
    "drop",
    "elect",
    "end",
    "engulf",
    "enter",
    "erupt",
    "escape",
    "evacuate",
    "expand",
    "expect",
    "explain",
    "face",
    "fail",
    "file",
    "fire",
    "follow",
    "force",
    "free",
    "gather",
    "happen",
    "help",
    "hire",
    "hope",
    "host",
    "identify",
    "ignore",
    "improve",
    "include",
    "increase",
    "indicate",
    "injure",
    "insist",
    "introduce",
    "investigate",
    "invite",
    "join",
    "kill",
    "launch",
    "like",
    "list",
    "live",
    "look",
    "mark",
    "miss",
    "move",
    "name",
    "need",
    "note",
    "notify",
    "offer",
    "open",
    "order",
    "pass",
    "plan",
    "plead",
    "plunge",
    "prepare",
    "present",
    "prevent",
    "promise",
    "propose",
    "protest",
    "prove",
    "provide",
    "publish",
    "raise",
    "reach",
    "receive",
    "recover",
    "refuse",
    "reject",
    "release",
    "remain",
    "remove",
    "reopen",
    "replace",
    "report",
    "request",
    "require",
    "rescue",
    "resign",
    "respond",
    "return",
    "reveal",
    "review",
    "rule",
    "sanction",
    "score",
    "seem",
    "seize",
    "sentence",
    "serve",
    "settle",
    "sign",
    "start",
    "state",
    "stay",
    "stop",
    "strike",
    "suffer",
    "suggest",
    "support",
    "surrender",
    "survive",
    "suspend",
    "target",
    "testify",
    "threaten",
    "transfer",
    "travel",
    "try",
    "turn",
    "unveil",
    "urge",
    "use",
    "visit",
    "vote",
    "wait",
    "walk",
    "want",
    "warn",
    "welcome",
    "work",
    "worry",
];

/// Words ending in "-ed" that are not a verb's past: "hundred", "sacred", "bed".
pub(crate) const NOT_PAST_IN_ED: &[&str] = &[
    "aged", "hundred", "kindred", "naked", "sacred", "sled", "wicked",
];
/// The pasts of verbs in "-ee": most words in "-eed" are not pasts ("need", "proceed").
pub(crate) const PASTS_IN_EED: &[&str] = &[
    "agreed",
    "decreed",
    "disagreed",
    "freed",
    "guaranteed",
    "refereed",
];

/// Words ending in "-ing" that are nouns or prepositions, not a verb's gerund: "the annual
/// meeting", "a court hearing".
pub(crate) const NOT_GERUNDS: &[&str] = &[
    "anything",
    "bombing",
    "briefing",
    "building",
    "ceiling",
    "during",
    "evening",
    "everything",
    "funding",
    "hearing",
    "meeting",
    "morning",
    "nothing",
    "ruling",
    "something",
    "spring",
    "string",
    "thing",
    "uprising",
    "wedding",
];

/// Forms of "be", "have" and "do", and the modals: the auxiliaries that carry a clause's tense.
pub(crate) const BE_PRESENT: [&str; 3] = ["am", "is", "are"];
pub(crate) const BE_PAST: [&str; 2] = ["was", "were"];
pub(crate) const BE_OTHER: [&str; 3] = ["be", "been", "being"];
pub(crate) const HAVE_PRESENT: [&str; 2] = ["has", "have"];
pub(crate) const HAVE_PAST: [&str; 1] = ["had"];
pub(crate) const DO_PRESENT: [&str; 2] = ["do", "does"];
pub(crate) const DO_PAST: [&str; 1] = ["did"];
pub(crate) const MODALS: [&str; 11] = [
    "will", "ll", "would", "shall", "should", "can", "could", "may", "might", "must", "ought",
];

/// Words that open a noun phrase.
pub(crate) const NOUN_DETERMINERS: [&str; 18] = [
    "a", "an", "another", "any", "each", "every", "her", "his", "its", "my", "no", "our", "some",
    "the", "their", "these", "those", "your",
];
/// Personal pronouns, which stand for a subject or an object.
pub(crate) const PRONOUNS: [&str; 11] = [
    "i", "you", "he", "she", "it", "we", "they", "him", "them", "us", "me",
];
/// Words that open a date line: "Published Nov. 24, 2024", "Last updated on March 12, 2024".
pub(crate) const DATE_LINE_LABELS: [&str; 8] = [
    "published",
    "updated",
    "posted",
    "modified",
    "last",
    "first",
    "date",
    "dated",
];
/// Prepositions: what a phrase after a clause's verb opens with.
pub(crate) const PREPOSITIONS: [&str; 38] = [
    "about", "above", "across", "after", "against", "along", "amid", "among", "around", "as", "at",
    "before", "behind", "below", "beneath", "beside", "between", "beyond", "by", "despite", "down",
    "during", "for", "from", "in", "inside", "into", "near", "of", "off", "on", "onto", "over",
    "per", "through", "to", "toward", "with",
];
/// Conjunctions that join two clauses or phrases of one rank.
pub(crate) const COORDINATORS: [&str; 4] = ["and", "but", "or", "nor"];
/// Words that open a clause inside another: "when he fell ill", "after the fire spread".
pub(crate) const SUBORDINATORS: [&str; 12] = [
    "although", "because", "though", "unless", "until", "when", "whenever", "where", "whereas",
    "whether", "while", "whilst",
];
/// Words that lead to a time and may open a clause or a phrase: "since the war began", "after
/// the fire".
pub(crate) const TIME_CONJUNCTIONS: [&str; 8] = [
    "after",
    "before",
    "during",
    "following",
    "since",
    "until",
    "amid",
    "till",
];
/// Words that open a relative clause, which describes the noun before it.
pub(crate) const RELATIVES: [&str; 4] = ["who", "whom", "whose", "which"];
/// Verbs that report what someone said: a sentence that ends "..., the agency said" tells
/// the saying, and what was said before it.
pub(crate) const REPORTING: [&str; 22] = [
    "add",
    "added",
    "announce",
    "announced",
    "claim",
    "claimed",
    "confirm",
    "confirmed",
    "report",
    "reported",
    "reports",
    "said",
    "say",
    "says",
    "state",
    "stated",
    "states",
    "tell",
    "told",
    "warn",
    "warned",
    "wrote",
];
/// Participles and words after "is" or "are" that set a happening ahead: "is set for Thursday",
/// "are due on Monday", "is scheduled", "is expected".
pub(crate) const SET_AHEAD: [&str; 7] = [
    "set",
    "due",
    "scheduled",
    "expected",
    "slated",
    "planned",
    "poised",
];
/// Verbs, by the start of their forms, after which "before" means "in front of": "appeared
/// before a judge", "testified before Congress", "was brought before the court".
pub(crate) const IN_FRONT_OF: [&str; 10] = [
    "appear", "testif", "brought", "bring", "stood", "stand", "hauled", "summoned", "came", "come",
];

/// Nouns that "to" leads to as a place or a state, not as an infinitive: "was taken to
/// hospital on Thursday" is told in the past, "came to power in 1999" too, and "returned two
/// aircraft to service in late February".
pub(crate) const PLACES_TO: [&str; 21] = [
    "bed",
    "congress",
    "court",
    "custody",
    "death",
    "hospital",
    "jail",
    "land",
    "life",
    "office",
    "parliament",
    "police",
    "power",
    "prison",
    "safety",
    "school",
    "service",
    "shelter",
    "shore",
    "trial",
    "work",
];
/// Nouns of a quantity, whose "of" leads to what is counted: "tens of thousands of nurses".
pub(crate) const QUANTITIES: [&str; 14] = [
    "tens",
    "hundreds",
    "thousands",
    "millions",
    "billions",
    "dozens",
    "scores",
    "dozen",
    "hundred",
    "thousand",
    "million",
    "billion",
    "group",
    "number",
];
/// Pasts of verbs that take no object, so never passive: "was arrested in 2005 and escaped
/// in 2007" is not "was escaped".
pub(crate) const INTRANSITIVE_PASTS: [&str; 16] = [
    "arrived",
    "collapsed",
    "crashed",
    "died",
    "disappeared",
    "emerged",
    "escaped",
    "exploded",
    "happened",
    "occurred",
    "resigned",
    "retired",
    "returned",
    "survived",
    "travelled",
    "traveled",
];
/// Verbs that tell a state rather than a happening, in the present and the past: "remains
/// in a coma", "includes", "seemed".
pub(crate) const STATIVE: [&str; 32] = [
    "appeared",
    "appears",
    "belonged",
    "belongs",
    "consisted",
    "consists",
    "contained",
    "contains",
    "depended",
    "depends",
    "existed",
    "exists",
    "holds",
    "included",
    "includes",
    "knew",
    "knows",
    "lived",
    "lives",
    "looked",
    "looks",
    "meant",
    "means",
    "owned",
    "owns",
    "remained",
    "remains",
    "seemed",
    "seems",
    "stands",
    "stood",
    "wanted",
];
/// Adverbs that may stand inside a verb group: "has also been", "was reportedly seen".
pub(crate) const GROUP_ADVERBS: [&str; 14] = [
    "already",
    "also",
    "allegedly",
    "just",
    "later",
    "never",
    "not",
    "now",
    "only",
    "previously",
    "recently",
    "reportedly",
    "still",
    "then",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The tables looked up by halving: a word out of order would never be found.
    #[test]
    fn tables_looked_up_by_halving_are_in_order() {
        for table in [NOT_DESCRIBED, &HAPPENING_NOUNS[..]] {
            let out_of_order: Vec<_> = table.windows(2).filter(|w| w[0] >= w[1]).collect();
            assert!(out_of_order.is_empty(), "out of order: {out_of_order:?}");
        }
        assert!(is_happening_noun("clashes") && is_happening_noun("talks"));
        assert!(!is_happening_noun("finance"));
    }
}
