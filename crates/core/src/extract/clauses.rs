//! Which happening a date anchors, and its title as a reader would write it on a timeline:
//! who did what, from the clause the date modifies, without the date (the timeline shows it),
//! at most about 90 characters.
//!
//! A sentence is cut into phrases at commas, semicolons, colons, dashes and brackets. A date
//! in a phrase without a verb of its own ("On Wednesday, ...") modifies the clause next to
//! it; one inside a clause modifies the verb of the innermost clause around it, so that "a
//! plane that crashed Wednesday" dates the crash, and its subject is the noun the relative
//! clause describes. A date before a noun of its own after the verb ("found them guilty over
//! the 2009 crash of ...") dates that noun's happening. A clause whose subject stands in an
//! earlier phrase ("an attorney for Twitter, Alex Spiro, sent a letter") takes it back; one
//! that only reports ("..., the agency said Wednesday") takes what was reported.

use std::cell::RefCell;
use std::cmp::Reverse;

use super::grammar::{
    ends_period, in_front_of, is_count, is_quotation_mark, opens_time_clause, read, Form, Reading,
    Role, Tense,
};
use super::timex::season_named;
use crate::lexicon::{
    is_happening_noun, is_superlative, names_a_unit, ARRANGED, GROUP_ADVERBS, HAPPENING_VERBS,
    INTRANSITIVE_PASTS, MONTHS, ORDINAL_WORDS, PLANNED, QUANTITIES, REPORTING, SMALL_NUMBERS, TENS,
    TIME_CONJUNCTIONS, UNTIL,
};
use crate::text::Span;

/// The longest title, in characters.
pub const LONGEST: usize = 90;

/// A subject longer than this, in characters, is cut to its head or its name.
const LONG_SUBJECT: usize = 40;

/// A name longer than this, in characters, in such a subject loses the ranks before it.
const LONG_NAME: usize = 20;

/// Gerunds of saying, whose phrase tells when the clause's speaker spoke: "..., speaking on
/// ABC News on Sunday".
const SAYING_GERUNDS: [&str; 8] = [
    "speaking", "saying", "telling", "citing", "noting", "adding", "writing", "stating",
];

/// Words in "-ing" that lead to a noun as prepositions do: "including this trial last year".
const GERUNDS_AS_PREPOSITIONS: [&str; 8] = [
    "including",
    "following",
    "regarding",
    "concerning",
    "excluding",
    "according",
    "involving",
    "pending",
];

/// Participles that tell what is foreseen of a noun: "with the river expected to peak on
/// Thursday", "with a by-election due in the spring".
const FORESEEN: [&str; 5] = ["expected", "set", "due", "forecast", "predicted"];

/// Verbs of expecting, whose infinitive after them foretells: "expect sales to reach".
const EXPECTING: [&str; 12] = [
    "expect",
    "expects",
    "expected",
    "forecast",
    "forecasts",
    "predict",
    "predicts",
    "predicted",
    "project",
    "projects",
    "projected",
    "anticipate",
];

/// Particles that end a verb rather than lead to a phrase: "shut down", "broke out".
const PARTICLES: [&str; 9] = [
    "away", "back", "down", "in", "off", "on", "out", "over", "up",
];

/// Prepositions that lead to a date and go with it when it is taken out of the title.
const DATE_PREPOSITIONS: [&str; 20] = [
    "on",
    "in",
    "at",
    "during",
    "over",
    "throughout",
    "since",
    "by",
    "from",
    "through",
    "until",
    "between",
    "for",
    "before",
    "after",
    "around",
    "within",
    "ending",
    "starting",
    "beginning",
];

/// Words of a figure besides its digits: "4.0%", "$2.1 billion", "3 percentage points",
/// "7.4 trillion won".
const FIGURE_WORDS: [&str; 27] = [
    "%",
    "$",
    "£",
    "€",
    "percent",
    "per",
    "cent",
    "percentage",
    "points",
    "point",
    "thousand",
    "million",
    "billion",
    "trillion",
    "bn",
    "m",
    "dollars",
    "euros",
    "pounds",
    "yen",
    "yuan",
    "won",
    "rupees",
    "pence",
    "cents",
    "shares",
    "barrels",
];

/// A sentence read into phrases and clauses.
pub struct Clauses<'t> {
    text: &'t str,
    reading: Reading<'t>,
    /// Ranges of word indices, in order.
    phrases: Vec<(usize, usize)>,
    /// Whether each word stands between brackets, which a title leaves out.
    bracketed: Vec<bool>,
    /// Each phrase's first finite verb.
    finite: Vec<Option<usize>>,
    quoted: Vec<bool>,
    /// What each anchor asked about so far anchors: the story's reader, the title and the
    /// evidence each ask it of the same dates.
    targets: RefCell<Vec<(Option<Span>, Option<Target>)>>,
}

/// What a date anchors: the words that tell it, and whether it is the sentence's main clause.
#[derive(Clone)]
struct Target {
    words: Vec<usize>,
    main: bool,
}

impl<'t> Clauses<'t> {
    /// Reads `sentence` of `text`, whose temporal expressions are at `dates`, in text order.
    pub fn read(text: &'t str, sentence: Span, dates: &[Span]) -> Self {
        Clauses::of(text, read(text, sentence, dates))
    }

    /// The clauses of a sentence of `text` already read.
    pub fn of(text: &'t str, reading: Reading<'t>) -> Self {
        let (phrases, bracketed) = phrases(&reading);
        let words = &reading.words;
        // Whether a relative opens a clause between word `start` and word `i`.
        let relative_between = |start: usize, i: usize| {
            (start..i).any(|k| matches!(words[k].role, Role::Relative | Role::That))
        };
        let finite = phrases
            .iter()
            .map(|&(start, end)| {
                // "In a press release issued the following day": a participle, not a past;
                // but "In March 2024 the council voted": the date ends the phrase it opens.
                // "..., having skipped the championships": a participle, as after a
                // preposition.
                let adverbial = (words[start].role == Role::Preposition
                    && words.get(start + 1).is_none_or(|w| w.role != Role::Date))
                    || words[start].lower == "having";
                // "after jury selection that started on March 8": a relative clause's verb;
                // "after her government closed the border": a time clause's, with its object.
                let time_clause = opens_time_clause(words, start);
                let with_object = |i: usize| {
                    words.get(i + 1).is_some_and(|w| {
                        matches!(w.role, Role::Determiner | Role::Pronoun | Role::Content)
                    })
                };
                (start..end).find(|&i| {
                    reading.is_finite(i)
                        && !bracketed[i]
                        && !(adverbial
                            && words[i].role == Role::Verb(Form::PastOrParticiple)
                            && !relative_between(start, i)
                            && !(time_clause && with_object(i)))
                })
            })
            .collect();
        // "Yevgeny Prigozhin, nicknamed \"Putin's chef\", was born in 1961": a phrase that
        // opens with a participle describes the subject of a clause after it that has none.
        let mut finite: Vec<Option<usize>> = finite;
        for p in 0..phrases.len() {
            let opens_with_participle = finite[p] == Some(phrases[p].0)
                && words[phrases[p].0].role == Role::Verb(Form::PastOrParticiple);
            // The next clause opens with its verb, one that can only be finite ("was born"),
            // or any past when a subject before waits for its verb ("The company, founded
            // in 1998, said ..."); a phrase that opens the sentence describes the subject of
            // the clause after it, whatever it is ("Founded in 1971, the chain filed ...").
            let subject_waits = p > 0 && (0..p).all(|q| finite[q].is_none());
            let clause_after = (p + 1..phrases.len())
                .find(|&q| finite[q].is_some())
                .is_some_and(|q| {
                    p == 0
                        || (finite[q] == Some(phrases[q].0)
                            && (subject_waits
                                || words[phrases[q].0].role != Role::Verb(Form::PastOrParticiple)))
                });
            // "The telescope, the largest ever built, was launched": a noun phrase that ends
            // in a participle describes the subject too.
            let ends_with_participle = p > 0
                && words[phrases[p].0].role == Role::Determiner
                && finite[p].is_some_and(|v| {
                    matches!(
                        words[v].role,
                        Role::Verb(Form::PastOrParticiple | Form::Participle)
                    ) && (v + 1 == phrases[p].1
                        || matches!(words[v + 1].role, Role::Preposition | Role::Date))
                        && !relative_between(phrases[p].0, v)
                });
            // "According to the official result, published on Monday, the CSU won": after
            // phrases that prepositions open, no subject waits for a verb (as "Putin, on
            // television, offered ..." does).
            let after_scene = p > 0
                && (0..p).all(|q| {
                    finite[q].is_none()
                        && (words[phrases[q].0].role == Role::Preposition
                            || words[phrases[q].0].lower == "according")
                })
                && (p + 1..phrases.len()).any(|q| finite[q].is_some());
            if (opens_with_participle && after_scene)
                || ((opens_with_participle || ends_with_participle) && clause_after)
            {
                finite[p] = None;
            }
        }
        let quoted = reading.quoted();
        Clauses {
            text,
            reading,
            phrases,
            bracketed,
            finite,
            quoted,
            targets: RefCell::default(),
        }
    }

    /// Whether the date at `anchor` moves the story to it: it dates a happening the
    /// sentence's main clause tells, not a state ("was reciprocal to Kim's visit last
    /// September"), not a saying ("the agency said Wednesday": the story is what was said),
    /// not one before the story ("had passed an inspection in June"), not a clause or noun
    /// inside it, not where a state began ("since 2019").
    pub fn moves_story(&self, anchor: Span) -> bool {
        let words = self.words();
        let Some(date) = self.word_at(anchor) else {
            return false;
        };
        let verb = match self.target(Some(anchor)) {
            Some(target) if target.main => target
                .words
                .iter()
                .copied()
                .find(|&k| self.reading.is_finite(k)),
            _ if self.opens_with_time_of(date) || self.ends_with_time_of(date) => {
                self.main_phrase().and_then(|p| self.finite[p])
            }
            _ => return false,
        };
        // "(15:19 UTC)": a date between brackets only says again what another said.
        let limit = self.bracketed[date]
            || date.checked_sub(1).is_some_and(|k| {
                matches!(words[k].lower.as_ref(), "since" | "until" | "till" | "by")
            });
        // "had passed an inspection in June" looks back from the story, which stays.
        let eventful = |v: usize| {
            matches!(self.reading.tense_at(v), Tense::Past | Tense::Now)
                && !REPORTING.contains(&words[v].lower.as_ref())
                && words[v].role != Role::HavePast
        };
        !limit && verb.is_some_and(eventful)
    }

    /// Whether word `date` stands in a clause after the main one that tells when it happened
    /// ("No passengers were hurt when the fire broke out shortly after the ship left port on
    /// Sunday"): the main clause is then of that time. Not "before", "until" nor "since".
    fn ends_with_time_of(&self, date: usize) -> bool {
        let words = self.words();
        let (Some(p), Some(main)) = (self.phrase_of(date), self.main_phrase()) else {
            return false;
        };
        let Some(verb) = self.finite[main].filter(|&v| main <= p && v < date) else {
            return false;
        };
        let opener = (verb + 1..date).rev().find(|&k| {
            matches!(
                words[k].lower.as_ref(),
                "when" | "after" | "as" | "while" | "before" | "until" | "till" | "since"
            )
        });
        opener.is_some_and(|k| matches!(words[k].lower.as_ref(), "when" | "after" | "as" | "while"))
    }

    /// Whether word `date` stands in the phrase that opens the sentence and tells when its
    /// main clause happened, after or amid a happening of its own ("Just after joining
    /// Chelsea in 2011, Courtois was loaned", "After the war ended in 1945, he moved"): the
    /// main clause is then of that time. Not "before" nor "since": what they open is not.
    fn opens_with_time_of(&self, date: usize) -> bool {
        const SETS_THE_TIME: [&str; 4] = ["after", "following", "during", "amid"];
        let Some(p) = self.phrase_of(date) else {
            return false;
        };
        let (start, _) = self.phrases[p];
        let opens = (0..p).all(|q| self.finite[q].is_none())
            && (start..date)
                .take(2)
                .any(|k| SETS_THE_TIME.contains(&self.words()[k].lower.as_ref()));
        opens && self.main_phrase().is_some_and(|m| m > p)
    }

    /// Whether the date at `anchor` dates only what a saying foretells: "warned that Britain
    /// will fall into a recession at the end of the year", "announced that he would step down
    /// by October", "expect sales to reach $1.2 billion by 2030". The saying is the news; what
    /// it foretells has not happened. A happening or an act set for then is no forecast:
    /// "said negotiators would resume talks in July", "would step down at the end of March";
    /// one set to be done by then is ("would step down by October", "before March").
    pub fn foretold(&self, anchor: Span) -> bool {
        /// How far apart the saying, the modal and the date may stand.
        const REACH: usize = 16;
        let words = self.words();
        let Some(date) = self.word_at(anchor) else {
            return false;
        };
        // "analysts expect sales to reach ...": an expectation of what others will do; not
        // "the merger is expected to close", which sets a time, nor "it expects to release
        // results", a plan of its own.
        let expects = |k: usize| {
            EXPECTING.contains(&words[k].lower.as_ref())
                && (self.reading.is_finite(k) || matches!(self.role(k), Role::Verb(_)))
                && words.get(k + 1).is_some_and(|w| w.role != Role::To)
                && (k + 2..date).any(|j| self.role(j) == Role::To)
        };
        let Some(modal) = (date.saturating_sub(REACH)..date)
            .rev()
            .find(|&k| self.role(k) == Role::Modal || expects(k))
        else {
            return false;
        };
        let own_clause = (modal + 1..date).all(|k| !self.reading.is_finite(k));
        let limit = date > 0
            && (UNTIL.contains(&words[date - 1].lower.as_ref())
                || words[date - 1].lower == "before");
        // "would resume talks", "will hold a vote": a happening the verb takes as its object,
        // not one a preposition leads to ("will rise during the season").
        let object = |k: usize| {
            let lead = match k.checked_sub(1) {
                Some(d) if self.role(d) == Role::Determiner => d,
                _ => k,
            };
            is_happening_noun(&words[k].lower)
                && lead > modal + 1
                && self.role(lead - 1) != Role::Preposition
        };
        let sets_a_happening = !limit
            && (modal + 1..date).any(|k| object(k) || ARRANGED.contains(&words[k].lower.as_ref()));
        own_clause
            && !sets_a_happening
            && !self.quoted[modal]
            && (expects(modal)
                || (modal.saturating_sub(REACH)..modal).rev().any(|k| {
                    REPORTING.contains(&words[k].lower.as_ref())
                        && self.reading.is_finite(k)
                        && matches!(self.reading.tense_at(k), Tense::Past | Tense::Now)
                }))
    }

    /// Whether the date at `anchor` dates a saying ("..., utilities said Tuesday") rather
    /// than what was said or done.
    pub fn dates_a_saying(&self, anchor: Span) -> bool {
        self.target(Some(anchor)).is_some_and(|t| {
            t.words
                .iter()
                .find(|&&k| self.reading.is_finite(k))
                .is_some_and(|&k| REPORTING.contains(&self.words()[k].lower.as_ref()))
        })
    }

    /// Whether the date at `anchor` names a happening by its day rather than telling when
    /// something happened: "the November 27 agreement".
    pub fn names_a_happening(&self, anchor: Span) -> bool {
        self.word_at(anchor).is_some_and(|date| {
            self.phrase_of(date)
                .is_some_and(|p| self.happening_after_date(date, p).is_some())
        })
    }

    /// Whether the date at `anchor` is only the point a comparison reaches back to, the period
    /// it ranks within or the one it ranks, no happening: "its lowest level since September
    /// 2021", "the first time since 2019", "up from 4.0% in January", "..., its highest level
    /// this year", "its hottest June on record".
    pub fn compares(&self, anchor: Span) -> bool {
        /// How many words before "since" the superlative may stand ("seventh coup in West
        /// and Central Africa").
        const REACH: usize = 8;
        let words = self.words();
        let Some(since) = self.word_at(anchor).and_then(|k| k.checked_sub(1)) else {
            return false;
        };
        // "the lowest level since", "the seventh coup in the region since".
        let superlative = |w: &super::grammar::Word| {
            ORDINAL_WORDS.contains(&w.lower.as_ref()) || is_superlative(&w.lower)
        };
        let since_superlative = words[since].lower == "since"
            && words[since.saturating_sub(REACH)..since]
                .iter()
                .rev()
                .take_while(|w| w.role != Role::Break && !matches!(w.role, Role::Verb(_)))
                .any(superlative);
        // "..., the first such warning this summer", "..., its highest level this year",
        // "before the first heat of the summer": a phrase without a verb that ranks a noun
        // within a period.
        let noun = |k: usize| matches!(words[k].role, Role::Content | Role::Verb(Form::Gerund));
        // Not "the first two quarters of 1990", a time itself.
        let of_noun = words[since].lower == "of"
            && since > 0
            && noun(since - 1)
            && !names_a_unit(&words[since - 1].lower);
        let ranks_within = (noun(since) || of_noun)
            && self
                .phrase_of(since + 1)
                .is_some_and(|p| self.finite[p].is_none())
            && words[since.saturating_sub(REACH)..since]
                .iter()
                .rev()
                .take_while(|w| w.role != Role::Break)
                .any(superlative);
        // "the deadliest since March 2012, when two trains collided": a "when" clause in the
        // past tells what happened then; not a state or a habit ("since 1990, when the bubble
        // was at its peak").
        let when_after = self.phrase_of(since + 1).is_some_and(|p| {
            p + 1 < self.phrases.len()
                && self.tells_of_its_date(p + 1)
                && self.finite[p + 1].is_some_and(|v| {
                    matches!(
                        self.role(v),
                        Role::Verb(Form::Past | Form::PastOrParticiple)
                    )
                })
        });
        (since_superlative && !when_after)
            || ranks_within
            || self.ranked(since + 1)
            || self.dates_a_figure_compared(since + 1)
    }

    /// Whether the date at word `date` dates only the figure a change started from or is
    /// compared with: "slowed to 3.4% from 4.0% in January", "up from $2.1 billion in 2022",
    /// "compared with earnings a year earlier of $382.2 million".
    fn dates_a_figure_compared(&self, date: usize) -> bool {
        /// How many words the figure may take: "$ 2 . 1 billion".
        const FIGURE: usize = 7;
        /// How far before the date "compared with" may stand: "compared with a loss of $195
        /// million in the 1988 period".
        const REACH: usize = 10;
        let words = self.words();
        let Some(last) = date.checked_sub(1) else {
            return false;
        };
        let after_figure = match words[last].role {
            Role::Preposition => last,
            _ => date,
        };
        let figure: Vec<_> = words[after_figure.saturating_sub(FIGURE)..after_figure]
            .iter()
            .rev()
            .take_while(|w| {
                w.lower.starts_with(|c: char| c.is_ascii_digit())
                    || w.role == Role::Mark
                    || FIGURE_WORDS.contains(&w.lower.as_ref())
            })
            .collect();
        let counted = figure
            .iter()
            .any(|w| w.lower.starts_with(|c: char| c.is_ascii_digit()));
        let from = after_figure.checked_sub(figure.len() + 1);
        if counted && from.is_some_and(|f| words[f].lower == "from") {
            return true;
        }
        let compared = |k: usize| {
            matches!(words[k].lower.as_ref(), "with" | "to")
                && k > 0
                && matches!(words[k - 1].lower.as_ref(), "compared" | "comparison")
        };
        (date.saturating_sub(REACH)..date)
            .rev()
            .take_while(|&k| words[k].role != Role::Break && !self.reading.is_finite(k))
            .any(compared)
    }

    /// Whether the date at word `date` is what a superlative ranks, alone or with dates joined
    /// to it: "its hottest June and July on record" (not "until at least February 20", a
    /// bound).
    fn ranked(&self, date: usize) -> bool {
        let words = self.words();
        let joined = |k: usize| {
            words[k].role == Role::Date || matches!(words[k].lower.as_ref(), "and" | "or" | ",")
        };
        // A month, a season or a year is ranked; a day is when something peaked ("closed at
        // its highest Friday").
        let lower = words[date].lower.as_ref();
        let period = MONTHS.iter().any(|m| m.eq_ignore_ascii_case(lower))
            || season_named(lower).is_some()
            || (lower.len() == 4 && lower.bytes().all(|b| b.is_ascii_digit()));
        period
            && (0..date).rev().find(|&k| !joined(k)).is_some_and(|k| {
                is_superlative(&words[k].lower) && (k == 0 || words[k - 1].lower != "at")
            })
    }

    /// Whether the date at `anchor` stands in a relative clause that describes a time, not a
    /// happening: "in the third quarter, which ended in November".
    pub fn describes_a_time(&self, anchor: Span) -> bool {
        self.word_at(anchor)
            .and_then(|date| self.phrase_of(date))
            .is_some_and(|p| {
                let (start, _) = self.phrases[p];
                self.role(start) == Role::Relative && self.after_a_date(start)
            })
    }

    /// Whether the word before word `first`, past punctuation that breaks phrases, is a date:
    /// what opens at `first` tells of that date ("in 1984, when ...", "the third quarter,
    /// which ...").
    fn after_a_date(&self, first: usize) -> bool {
        (0..first)
            .rev()
            .find(|&k| self.role(k) != Role::Break)
            .is_some_and(|k| self.role(k) == Role::Date)
    }

    /// Whether the date at `anchor` stands between a determiner and its noun, naming what the
    /// noun is: "the 2022 World Cup".
    pub fn attributive(&self, anchor: Span) -> bool {
        self.noun_after(anchor)
            .is_some_and(|(before, _)| self.role(before) == Role::Determiner)
    }

    /// Whether the date at `anchor` only says which thing a noun after it is, a thing and not
    /// a happening, after a verb, a determiner or a count: "will report fourth-quarter
    /// results", "its 2022 accounts", "two 17th-century paintings"; not "the 2009 crash" nor
    /// "the 2019 murder of a teacher", nor "and last month investors pulled", nor a relative
    /// clause's "whose 1974 novel", which tells of that year.
    pub fn names_a_thing(&self, anchor: Span) -> bool {
        let words = self.words();
        let count = |k: usize| is_count(&words[k]) || TENS.contains(&words[k].lower.as_ref());
        self.noun_after(anchor).is_some_and(|(before, noun)| {
            (matches!(
                self.role(before),
                Role::Determiner | Role::Pronoun | Role::Verb(_)
            ) || count(before))
                && words[before].lower != "whose"
                && !is_happening_noun(&words[noun].lower)
                && words.get(noun + 1).is_none_or(|w| w.lower != "of")
        })
    }

    /// The word before the date at `anchor` and the noun right after it ("trading" of "a
    /// 17th-century trading barge" too, but not "building" in "spent the 1990s building
    /// ships"), where it has one.
    fn noun_after(&self, anchor: Span) -> Option<(usize, usize)> {
        let words = self.words();
        let date = self.word_at(anchor)?;
        let last = (date..words.len())
            .take_while(|&k| self.role(k) == Role::Date)
            .last()
            .unwrap_or(date);
        let role = |k: usize| words.get(k).map(|w| w.role);
        let noun = match role(last + 1)? {
            Role::Content => last + 1,
            Role::Verb(Form::Gerund)
                if role(last + 2) == Some(Role::Content)
                    && date
                        .checked_sub(1)
                        .is_some_and(|b| matches!(words[b].lower.as_ref(), "a" | "an")) =>
            {
                last + 1
            }
            _ => return None,
        };
        Some((date.checked_sub(1)?, noun))
    }

    /// Whether the date at `anchor` stands inside quotation marks: a speaker's day, which
    /// may not be the story's.
    pub fn quotes(&self, anchor: Span) -> bool {
        self.word_at(anchor).is_some_and(|k| self.quoted[k])
    }

    /// The first word of the date at `anchor`.
    fn word_at(&self, anchor: Span) -> Option<usize> {
        // Words are in text order: a sentence of thousands of dates asks this of each.
        let words = self.words();
        let at = words.partition_point(|w| w.span.end <= anchor.start);
        words
            .get(at)
            .filter(|w| w.span.overlaps(&anchor))
            .map(|_| at)
    }

    /// The title of the happening that `anchor` (a date's span) dates, or with none, of what
    /// the sentence tells.
    pub fn title(&self, anchor: Option<Span>) -> String {
        /// Far more words than a title of 90 characters holds, dates and all: a clause of
        /// thousands (a list of dates) is cut before each of its dates reads it for a title.
        const TITLE_WORDS: usize = 256;
        match self.target(anchor) {
            Some(mut target) => {
                target.words.truncate(TITLE_WORDS);
                self.shorten(&self.without_dates(target.words))
            }
            None => String::new(),
        }
    }

    /// All its words as a title, for words that are no clause ("the first hospitalization").
    pub fn words_as_title(&self) -> String {
        let all: Vec<usize> = (0..self.words().len()).collect();
        self.shorten(&self.without_dates(all))
    }

    /// The words that tell the happening `anchor` dates, as one stretch of the sentence: the
    /// date and the run of its clause's words nearest it, without a subject borrowed from
    /// further away ("Hale joined in 2014 and [became chief executive three years later]").
    pub fn told_at(&self, anchor: Span) -> Span {
        let Some((date, target)) = self.word_at(anchor).zip(self.target(Some(anchor))) else {
            return anchor;
        };
        let mut words = target.words;
        words.sort_unstable();
        words.dedup();
        // A run goes on past punctuation and dates ("a state audit, released in July";
        // "Figures published on Wednesday showed"), not past other words.
        let joins = |k: usize| {
            matches!(
                self.role(k),
                Role::Break | Role::Mark | Role::Date | Role::Preposition
            )
        };
        let runs = words.chunk_by(|&a, &b| (a + 1..b).all(joins));
        let gap = |run: &[usize]| {
            let (first, last) = (run[0], run[run.len() - 1]);
            first.saturating_sub(date).max(date.saturating_sub(last))
        };
        let Some(run) = runs.min_by_key(|run| gap(run)) else {
            return anchor;
        };
        // "the 2019 collapse": with its determiner.
        let first = run[0].min(date);
        let first = match first.checked_sub(1) {
            Some(k) if self.role(k) == Role::Determiner => k,
            _ => first,
        };
        let words = self.words();
        Span::new(
            words[first].span.start,
            words[run[run.len() - 1]].span.end.max(anchor.end),
        )
    }

    /// Whether word `k` is an adverb that stands before a verb: "which first applied", "who
    /// later fled", "which soon spread" (a word in lower case in "-ly", not "Italy").
    fn adverb(&self, k: usize) -> bool {
        let word = &self.words()[k];
        let lower = word.lower.as_ref();
        self.role(k) == Role::Content
            && ((lower.ends_with("ly") && !word.capital)
                || matches!(lower, "first" | "last" | "once" | "soon")
                || GROUP_ADVERBS.contains(&lower))
    }

    fn words(&self) -> &[super::grammar::Word<'t>] {
        &self.reading.words
    }

    /// The dash after the place in capitals a wire story opens with ("NEW YORK (Reuters) -",
    /// "WINNIPEG —"), if the sentence opens with one.
    fn wire_opener(&self) -> Option<usize> {
        let words = self.words();
        let in_capitals = |k: usize| {
            let word = words[k].span.of(self.text);
            word.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !word.chars().any(char::is_lowercase)
        };
        let dash = (0..words.len()).find(|&k| !in_capitals(k) && !self.bracketed[k])?;
        let spaced_dash =
            words[dash].spaced && matches!(words[dash].lower.as_ref(), "-" | "–" | "—");
        (dash > 0 && in_capitals(0) && spaced_dash).then_some(dash)
    }

    fn role(&self, i: usize) -> Role {
        self.words()[i].role
    }

    fn phrase_of(&self, i: usize) -> Option<usize> {
        self.phrases.iter().position(|p| p.0 <= i && i < p.1)
    }

    /// The first clause outside quotation marks, else the first: the sentence's main clause.
    fn main_phrase(&self) -> Option<usize> {
        // "which includes", "a businessman whose company clashed": clauses that describe.
        let opens_clause = |p: usize| {
            let (start, end) = self.phrases[p];
            matches!(
                self.role(start),
                Role::Relative | Role::That | Role::Subordinator
            ) || self.finite[p].is_some_and(|v| (start..v).any(|k| self.role(k) == Role::Relative))
                || end <= start
        };
        (0..self.phrases.len())
            .find(|&p| self.finite[p].is_some_and(|i| !self.quoted[i]) && !opens_clause(p))
            .or_else(|| self.finite.iter().position(Option::is_some))
    }

    /// What the date at `anchor` anchors (without one, what the sentence tells), worked out
    /// once per anchor.
    fn target(&self, anchor: Option<Span>) -> Option<Target> {
        if let Some((_, known)) = self.targets.borrow().iter().find(|(a, _)| *a == anchor) {
            return known.clone();
        }
        let target = self.find_target(anchor);
        self.targets.borrow_mut().push((anchor, target.clone()));
        target
    }

    fn find_target(&self, anchor: Option<Span>) -> Option<Target> {
        let words = self.words();
        if words.is_empty() {
            return None;
        }
        let date = anchor.and_then(|a| self.word_at(a));
        let at = match date {
            Some(i) => self.phrase_of(i)?,
            None => self.main_phrase()?,
        };
        if let Some(i) = date {
            // "lost the 2014 final to Germany": the verb's own object is its happening; but
            // "remains the 1933 fire in Los Angeles, which killed 29" names one.
            let object = i.checked_sub(2).is_some_and(|v| {
                (self.reading.is_finite(v) || matches!(self.role(v), Role::Verb(_)))
                    && !matches!(self.role(v), Role::BePresent | Role::BePast)
                    && !matches!(
                        self.words()[v].lower.as_ref(),
                        "remains" | "remained" | "became" | "becomes"
                    )
            }) && self.role(i - 1) == Role::Determiner;
            if let Some(noun) = self.happening_after_date(i, at).filter(|_| !object) {
                return Some(Target {
                    words: self.noun_phrase(noun),
                    main: false,
                });
            }
            // "Neymar joined Barcelona in 2013, winning the Champions League in 2015": a
            // phrase a gerund opens after a clause tells its own happening, but for a saying
            // ("..., speaking on ABC on Sunday", the clause's).
            let (start, _) = self.phrases[at];
            let gerund = (self.finite[at].is_none()
                && at > 0
                && self.role(start) == Role::Verb(Form::Gerund)
                && !SAYING_GERUNDS.contains(&self.words()[start].lower.as_ref())
                && !GERUNDS_AS_PREPOSITIONS.contains(&self.words()[start].lower.as_ref()))
            .then(|| self.up_to_date(start, i));
            // "..., with the Mary River expected to peak at about 21 metres on Thursday": a
            // phrase "with" opens, a noun and what is expected or planned of it, tells its
            // happening; not what went with the clause ("..., with Smith scoring two tries on
            // Saturday", "with the help of volunteers working on Saturday").
            let absolute = || {
                let foreseen = (start + 2..i).find(|&k| {
                    FORESEEN.contains(&self.words()[k].lower.as_ref())
                        || PLANNED.contains(&self.words()[k].lower.as_ref())
                })?;
                let noun = (start + 1..foreseen).any(|k| self.role(k) == Role::Content);
                (self.finite[at].is_none() && at > 0 && self.words()[start].lower == "with" && noun)
                    .then(|| self.up_to_date(start + 1, i))
            };
            // "earned $422.5 million in the year ended Sept. 30": the period is no happening.
            let period = (i.saturating_sub(2)..i).any(|k| ends_period(self.words(), k));
            if let Some(words) = gerund
                .or_else(absolute)
                .or_else(|| self.happening_before_date(i, at))
                .or_else(|| self.described_noun(i, at).filter(|_| !period))
                .or_else(|| self.noun_before_date(i, at).filter(|_| !period))
            {
                return Some(Target { words, main: false });
            }
        }
        // A date in a phrase without a verb modifies the clause after it, or else before it;
        // in a sentence without any, the phrase that says most.
        let verb_phrase = if self.finite[at].is_some() {
            at
        } else {
            // Before any clause it opens the sentence ("On Wednesday, ..."); after one it
            // adds to it ("... a partnership, Wednesday, which ..."); a phrase of its own, led
            // by its date or a preposition, adds to it past a relative clause between
            // ("abolished its quotas, which had capped output, on April 1").
            let opener = self.phrases[at].0;
            // ("..., which began on September 7, by an innings on September 10": but not a
            // figure's "down 2.5 billion from 1996".)
            let own = date.is_some_and(|d| {
                d == opener
                    || (self.role(opener) == Role::Preposition
                        && (d == opener + 1
                            || !matches!(self.words()[opener].lower.as_ref(), "down" | "up")))
            });
            let before = (0..at)
                .rev()
                .find(|&p| self.finite[p].is_some() && !(own && self.describes(p)));
            before
                .or_else(|| {
                    (at + 1..self.phrases.len())
                        .find(|&p| self.finite[p].is_some() && !self.describes(p))
                })
                .or_else(|| {
                    let content = |p: usize| {
                        let (s, e) = self.phrases[p];
                        (s..e).filter(|&k| self.role(k) == Role::Content).count()
                    };
                    (0..self.phrases.len()).max_by_key(|&p| (content(p), Reverse(p)))
                })
                .unwrap_or(at)
        };
        let main = self.main_phrase() == Some(verb_phrase);
        let (start, end) = self.phrases[verb_phrase];
        let Some(verb) = self.finite[verb_phrase] else {
            return Some(Target {
                words: (start..end).collect(),
                main,
            });
        };
        let own_date = date.filter(|_| at == verb_phrase);
        if let Some(clause) = own_date.and_then(|d| self.when_clause_after(verb_phrase, verb, d)) {
            return Some(Target {
                words: clause,
                main,
            });
        }
        let position = own_date.unwrap_or(verb);
        if let Some(clause) = self.inner_clause(start, end, position) {
            return Some(Target {
                words: match date {
                    Some(date) => self.own_conjunct(clause, date),
                    None => clause,
                },
                main: false,
            });
        }
        let mut kept = Vec::new();
        // "..., the agency said Wednesday": who said it, then what was said.
        // "..., the president announced in Paris on Thursday": a place may follow; and the
        // speaker, after a verb that opens its phrase ("..., said chief executive Jane Rumble").
        let inverted = (start..verb).all(|k| is_quotation_mark(&words[k].lower));
        let reports = REPORTING.contains(&words[verb].lower.as_ref())
            && self.reading.tense_at(verb) == Tense::Past
            && (verb + 1..end).all(|k| {
                matches!(self.role(k), Role::Date | Role::Preposition | Role::Mark)
                    || (self.role(k) == Role::Content && (words[k].capital || inverted))
                    || (self.role(k) == Role::Determiner && inverted)
            });
        if reports {
            // Who said it: before the verb, or after it ("said the utility").
            let mark = |k: &usize| is_quotation_mark(&words[*k].lower);
            let speaker: Vec<usize> = if inverted {
                (verb + 1..end)
                    .take_while(|&k| matches!(self.role(k), Role::Content | Role::Determiner))
                    .chain([verb])
                    .collect()
            } else {
                (start..=verb).filter(|k| !mark(k)).collect()
            };
            // "\"That's my responsibility,\" he said on Sunday": who said it, then the words.
            let quoted = |p: usize| {
                let (from, to) = self.phrases[p];
                (from..to).any(|k| self.role(k) != Role::Mark)
                    && (from..to).all(|k| self.quoted[k] || self.role(k) == Role::Mark)
            };
            if verb_phrase > 0 && (0..verb_phrase).all(quoted) {
                // The closing quotation mark goes after the words, with the comma before it
                // that the title leaves out.
                let said_end = self.phrases[verb_phrase - 1].1;
                kept.extend(&speaker);
                kept.extend(self.phrases[0].0..said_end);
                kept.extend((said_end..=verb).filter(|k| mark(k) || words[*k].lower == ","));
                return Some(Target { words: kept, main });
            }
            if let Some(said) = (0..verb_phrase).find(|&p| self.finite[p].is_some()) {
                kept.extend(&speaker);
                let (from, to) = self.phrases[said];
                // "The children, aged two and three, were ..., the prosecutor said".
                if let Some(own_verb) = self.finite[said].filter(|&v| !self.has_subject(from, v)) {
                    kept.extend(self.subject_before(said));
                    kept.extend(self.without_relative_clauses(own_verb, to));
                } else {
                    kept.extend(self.without_relative_clauses(from, to));
                }
                return Some(Target { words: kept, main });
            }
        }
        let has_subject = self.has_subject(start, verb);
        // "Susan Hardy, whose mother lived there until her death": whose mother, after a
        // name a comma sets off.
        let after_name = start
            .checked_sub(2)
            .is_some_and(|k| words[k + 1].lower == "," && words[k].capital);
        if words[start].lower == "whose" && after_name {
            kept.extend(self.antecedent(start));
            kept.push(start - 1);
        }
        let mut from = start;
        if !has_subject {
            kept.extend(self.subject_before(verb_phrase));
            // "after a state audit, released in July, found ...", "the peace process, set to
            // resume on Monday": a participle set off after a noun tells of that noun.
            if kept.is_empty() && self.role(start) == Role::Verb(Form::PastOrParticiple) {
                kept.extend(self.antecedent(start));
            }
            // "..., and acquired Mojang": the subject, then the verb without its "and".
            if !kept.is_empty() && self.role(start) == Role::Coordinator {
                from += 1;
            }
        }
        kept.extend(from..end);
        if let Some(date) = date {
            if let Some(clause) = self.own_complement(&kept, date) {
                return Some(Target {
                    words: clause,
                    main: false,
                });
            }
            if let Some(gerund) = self.own_gerund(&kept, date) {
                return Some(Target {
                    words: gerund,
                    main: false,
                });
            }
            kept = self.own_conjunct(kept, date);
        }
        Some(Target { words: kept, main })
    }

    /// Of a clause dated by another date, the phrase a preposition and a gerund open before
    /// the date at word `date`: "sentenced in 2009 for ordering two massacres in the early
    /// 1990s" dates the ordering, not the sentence.
    fn own_gerund(&self, kept: &[usize], date: usize) -> Option<Vec<usize>> {
        let at = kept.iter().position(|&k| k == date)?;
        let verb = kept.iter().position(|&k| self.reading.is_finite(k))?;
        let gerund = (verb + 1..at).rev().find(|&n| {
            self.role(kept[n]) == Role::Verb(Form::Gerund)
                && self.role(kept[n - 1]) == Role::Preposition
        })?;
        let dated_before = kept[..gerund].iter().any(|&k| self.role(k) == Role::Date);
        dated_before.then(|| self.up_to_date(kept[gerund], date))
    }

    /// Whether the words from `start` to the verb at `verb` hold its subject.
    fn has_subject(&self, start: usize, verb: usize) -> bool {
        (start..verb).any(|k| {
            let word = self.words()[k].lower.as_ref();
            matches!(
                self.role(k),
                Role::Content | Role::Pronoun | Role::Relative | Role::That
            ) && !word.ends_with("ly")
                && !GROUP_ADVERBS.contains(&word)
        })
    }

    /// Of a clause whose verb has a date of its own and a clause after it, without "that",
    /// dated by another ("released a report Wednesday alleging clergy members abused
    /// children from the 1940s through 2002"), the clause after it, from its subject, when the
    /// date at word `date` follows that clause's verb.
    fn own_complement(&self, kept: &[usize], date: usize) -> Option<Vec<usize>> {
        let at = kept.iter().position(|&k| k == date)?;
        let finite: Vec<usize> = (0..at)
            .filter(|&n| self.reading.is_finite(kept[n]) && !self.quoted[kept[n]])
            .collect();
        let (&first, &last) = (finite.first()?, finite.last()?);
        // "agreed in January to settle the question and heard arguments on April 28": a
        // verb "and" joins to the first, not a clause of its own.
        if last > 0 && self.role(kept[last - 1]) == Role::Coordinator {
            return None;
        }
        let subject = (first + 1..last)
            .rev()
            .take_while(|&n| {
                matches!(
                    self.role(kept[n]),
                    Role::Content
                        | Role::Pronoun
                        | Role::Determiner
                        | Role::Preposition
                        | Role::Coordinator
                )
            })
            .last()?;
        let dated_first = (0..subject).any(|n| self.role(kept[n]) == Role::Date);
        let named =
            (subject..last).any(|n| matches!(self.role(kept[n]), Role::Content | Role::Pronoun));
        (dated_first && named).then(|| kept[subject..].to_vec())
    }

    /// The words from `start` to `end` without the relative clauses that end before a verb
    /// of their own: "A storm that swept through the region on Monday knocked out power" is
    /// "A storm knocked out power".
    fn without_relative_clauses(&self, start: usize, end: usize) -> Vec<usize> {
        let mut kept = Vec::new();
        let mut k = start;
        while k < end {
            let opens = k > start
                && (self.role(k) == Role::Relative
                    || (self.role(k) == Role::That && self.role(k - 1) == Role::Content));
            let main_verb = (k + 1..end)
                .find(|&v| self.reading.is_finite(v))
                .and_then(|verb| self.main_verb_after(verb + 1, end));
            match main_verb {
                Some(verb) if opens => k = verb,
                _ => {
                    kept.push(k);
                    k += 1;
                }
            }
        }
        kept
    }

    /// The first finite verb from word `from` to `end`, outside quotation marks, that no "and"
    /// joins to the one before it: the verb of the clause that a relative clause before it
    /// describes a noun of ("A storm that swept ... on Monday knocked out power").
    fn main_verb_after(&self, from: usize, end: usize) -> Option<usize> {
        (from..end).find(|&v| {
            self.reading.is_finite(v) && !self.quoted[v] && self.role(v - 1) != Role::Coordinator
        })
    }

    /// Of a clause whose verbs are joined by "and" and dated each ("He joined the club in 2011
    /// and won the cup in 2014"), the part the date at word `date` dates, with the subject.
    fn own_conjunct(&self, kept: Vec<usize>, date: usize) -> Vec<usize> {
        // A date, or "since then", "until then": a time the text gave before.
        let dated = |k: &usize| {
            self.role(*k) == Role::Date
                || (self.words()[*k].lower == "then"
                    && *k > 0
                    && matches!(
                        self.words()[*k - 1].lower.as_ref(),
                        "since" | "until" | "by"
                    ))
        };
        let joins = |n: usize| self.role(kept[n]) == Role::Coordinator;
        // A date in a phrase after the clause ("and performed her final concert, at the
        // National Concert Hall, last October") stands after all its words.
        let at = kept.iter().position(|&k| k == date).unwrap_or_else(|| {
            if kept.last().is_some_and(|&last| last < date) {
                kept.len()
            } else {
                0
            }
        });
        // "and was later jailed", "and then fled": a verb of another time.
        let later = |n: usize| {
            kept[n + 1..].iter().take(2).any(|&k| {
                matches!(
                    self.words()[k].lower.as_ref(),
                    "later" | "then" | "afterwards" | "subsequently"
                )
            })
        };
        // "The firm was deeply sorry and had invested £2bn since 2017": a state before the
        // "and" is not what the date dates. (The state's verb: what comes before it is the
        // subject of the verb after "and".)
        let state_before = |n: usize| {
            kept[..n]
                .iter()
                .rposition(|&k| self.reading.is_finite(k))
                .filter(|&v| {
                    matches!(self.role(kept[v]), Role::BePast | Role::BePresent)
                        && kept.get(v + 1).is_some_and(|&k| {
                            !matches!(self.role(k), Role::Verb(_) | Role::BeOther)
                        })
                })
        };
        // The last "and" before the date with another date or a state before it, and the
        // first after it with another date, or a word of a later time, after it.
        let mut state = None;
        let from = (0..at).rev().find(|&n| {
            let joined = joins(n) && kept.get(n + 1).is_some_and(|&k| self.reading.is_finite(k));
            let dated_before = kept[..n].iter().any(dated);
            if joined && !dated_before {
                state = state_before(n);
            }
            joined && (dated_before || state.is_some())
        });
        // (A date after the clause, in a phrase of its own, is after every "and" in it.)
        let last_date = (0..self.words().len()).rev().find(dated);
        let date_after = |n: usize| last_date.is_some_and(|d| d > kept[n]);
        let to = (at..kept.len()).find(|&n| {
            joins(n)
                && (date_after(n) || later(n))
                && kept.get(n + 1).is_some_and(|&k| self.reading.is_finite(k))
        });
        let mut own: Vec<usize> = Vec::new();
        if let Some(from) = from {
            let verb = state.unwrap_or_else(|| {
                kept.iter()
                    .position(|&k| self.reading.is_finite(k))
                    .unwrap_or(0)
            });
            own.extend(&kept[..verb]);
            // "He was arrested in 2005 and extradited to Peru in 2007": a participle without
            // an object after a passive shares its auxiliary.
            let passive = matches!(self.role(kept[verb]), Role::BePast | Role::BePresent);
            let participle = self.role(kept[from + 1]) == Role::Verb(Form::PastOrParticiple)
                && !INTRANSITIVE_PASTS.contains(&self.words()[kept[from + 1]].lower.as_ref())
                && kept.get(from + 2).is_none_or(|&k| {
                    matches!(
                        self.role(k),
                        Role::Preposition | Role::To | Role::Date | Role::Break
                    )
                });
            if passive && participle {
                own.push(kept[verb]);
            }
            own.extend(&kept[from + 1..to.unwrap_or(kept.len())]);
        } else {
            own.extend(&kept[..to.unwrap_or(kept.len())]);
        }
        own
    }

    /// The subject of the clause of phrase `p` when it stands in a phrase before: the first
    /// since the last clause that does not only set the scene ("On Wednesday", "In Paris"),
    /// past any clause that only describes it ("Yevgeny Prigozhin, 62, a businessman whose
    /// company clashed with the army in June, was ...").
    fn subject_before(&self, p: usize) -> Vec<usize> {
        let since = (0..p)
            .rev()
            .find(|&q| self.finite[q].is_some() && !self.describes(q) && !self.tells_of_its_date(q))
            .map_or(0, |q| q + 1);
        // "Microsoft bought ZeniMax, the parent of Bethesda, in 2021, and acquired Mojang":
        // a verb that "and" opens a phrase with shares the subject of the clause before.
        let (start, _) = self.phrases[p];
        if self.role(start) == Role::Coordinator && since > 0 {
            let q = since - 1;
            let (from, _) = self.phrases[q];
            let verb = self.finite[q].unwrap_or(from);
            // "The man who stole the car was arrested ..., and was charged": the subject
            // without its relative clause.
            let relative = (from..verb)
                .find(|&k| matches!(self.role(k), Role::Relative | Role::That))
                .unwrap_or(verb);
            let mut own: Vec<usize> = (from..relative)
                .filter(|&k| !matches!(self.role(k), Role::Date | Role::Coordinator))
                .collect();
            // "The club last won ..., and were relegated": the subject without the first
            // verb's adverbs.
            let head = |own: &[usize]| own.iter().any(|&k| !self.adverb(k));
            while own.len() > 1
                && own.last().is_some_and(|&k| self.adverb(k))
                && head(&own[..own.len() - 1])
            {
                own.pop();
            }
            let named = own
                .iter()
                .any(|&k| matches!(self.role(k), Role::Content | Role::Pronoun));
            return if named { own } else { self.subject_before(q) };
        }
        let names = |k: usize| {
            k < self.words().len() && matches!(self.role(k), Role::Determiner | Role::Content)
        };
        // The words that join a clause on before its subject: "and", "and that".
        let lead = |s: usize| {
            (s..self.words().len())
                .take(2)
                .take_while(|&k| matches!(self.role(k), Role::Coordinator | Role::That))
                .count()
        };
        let subject = (since..p).find(|&q| {
            let (s, e) = self.phrases[q];
            // "According to officials" sets a scene; "At least 26 people" is a subject.
            let quantity = self.words()[s].lower == "at"
                && self
                    .words()
                    .get(s + 1)
                    .is_some_and(|w| w.lower == "least" || w.lower == "most");
            let scene = (matches!(self.role(s), Role::Preposition | Role::Subordinator)
                && !quantity)
                || (lead(s) > 0 && !names(s + lead(s)))
                || self.words()[s].lower == "according";
            let dated = (s..e).all(|k| matches!(self.role(k), Role::Date | Role::Mark));
            // "WINNIPEG — Low Water, ..., won": the place a wire story opens with.
            let wire_place = q == 0 && self.wire_opener() == Some(e);
            !scene && !dated && !wire_place && self.finite[q].is_none()
        });
        // "Unite said a separate ballot of staff, who are seeking a deal, would close": the
        // subject is what was said about, after the saying; the title tells who said it.
        let said_about = || {
            let q = since.checked_sub(1)?;
            let (s, e) = self.phrases[q];
            let verb = self.finite[q]?;
            let about = verb + 1 < e
                && REPORTING.contains(&self.words()[verb].lower.as_ref())
                && (verb + 1..e).all(|k| {
                    matches!(
                        self.role(k),
                        Role::Determiner
                            | Role::Content
                            | Role::Preposition
                            | Role::Verb(Form::Gerund)
                    )
                });
            about.then(|| (s..e).collect())
        };
        // "..., and French air traffic controllers, whose strikes ..., have threatened",
        // "and that inflation, which reached 4.5 percent in July, was likely to fall": the
        // subject without the words that join its clause on.
        match subject {
            Some(q) => {
                let (s, e) = self.phrases[q];
                (s + lead(s)..e).collect()
            }
            None => said_about().unwrap_or_default(),
        }
    }

    /// Whether phrase `q` only describes a noun before it: a relative clause ("who ...",
    /// "whose company ...", "in which the trustees ...").
    fn describes(&self, q: usize) -> bool {
        let (first, end) = self.phrases[q];
        let relative = |k: usize| k < end && matches!(self.role(k), Role::Relative | Role::That);
        // "Ilse Marner, the conductor who led the orchestra, died": its only verb is its
        // relative clause's.
        let verb_described = self.finite[q].is_some_and(|v| {
            (first..v)
                .rev()
                .find(|&k| self.role(k) == Role::Relative)
                .is_some_and(|r| (r + 1..v).all(|k| !self.reading.is_finite(k)))
                && self.main_verb_after(v + 1, end).is_none()
        });
        relative(first)
            || (self.role(first) == Role::Preposition && relative(first + 1))
            || (first..end).any(|k| self.words()[k].lower == "whose")
            || verb_described
    }

    /// Whether phrase `q` is a "when" clause that tells of the date before it: "won the title
    /// in 1984, when the country was still Czechoslovakia".
    fn tells_of_its_date(&self, q: usize) -> bool {
        let first = self.phrases[q].0;
        self.words()[first].lower == "when" && self.after_a_date(first)
    }

    /// The clause "when" opens right after the phrase `p` whose verb at word `verb` only says
    /// that something came about or was so, or tells what went on since the date: "The
    /// exception came in 2008, when it lost its majority", "has lost half its value since
    /// July, when the company warned".
    fn when_clause_after(&self, p: usize, verb: usize, date: usize) -> Option<Vec<usize>> {
        let words = self.words();
        let next_is_verb = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| matches!(w.role, Role::Verb(_)))
        };
        // "was diagnosed in 1963, when ...": a passive tells a happening of its own; "It is
        // the deadliest collapse since 2005, when ..." a state.
        let light = (matches!(
            words[verb].lower.as_ref(),
            "came" | "happened" | "occurred" | "began" | "started"
        ) || (matches!(words[verb].lower.as_ref(), "was" | "were" | "is" | "are")
            && !next_is_verb(verb + 1)
            // Not "is due to arrive on March 1, when ...": an infinitive tells a happening.
            && (verb + 1..date).all(|k| self.role(k) != Role::To))
            // "had been one win away since Sunday, when they drew": a state, too.
            || (words.get(verb + 1).is_some_and(|w| w.lower == "been") && !next_is_verb(verb + 2)))
            && (verb + 1..date).all(|k| {
                !matches!(
                    self.role(k),
                    Role::Verb(Form::Past | Form::PastOrParticiple | Form::Participle)
                )
            });
        let (start, end) = *self.phrases.get(p + 1)?;
        // The date ends its phrase: "when" tells of it, not of an earlier date.
        let last_date = (date..self.phrases[p].1).all(|k| self.role(k) == Role::Date);
        // "..., when he was a graduate student": a state says nothing happened.
        let happening = self.finite[p + 1].is_some_and(|v| {
            !matches!(self.role(v), Role::BePast | Role::BePresent) || next_is_verb(v + 1)
        });
        let when = words[start].lower == "when" && happening;
        // "has lost half its value since July, when the company warned": what went on since
        // the date did not happen at it; the "when" clause did.
        let since = date > 0 && words[date - 1].lower == "since";
        ((light || since) && when && last_date).then(|| (start + 1..end).collect())
    }

    /// The innermost clause around word `position` inside a phrase: one opened by a relative
    /// ("that crashed Wednesday", its subject the noun before), by a conjunction of time or
    /// cause ("until his practice closed last year"), with a verb of its own.
    fn inner_clause(&self, start: usize, end: usize, position: usize) -> Option<Vec<usize>> {
        let words = self.words();
        // "since", "before", "after", "until" open a clause where a subject follows them
        // ("before the wreckage was found"), a phrase otherwise ("before noon").
        let opens = |k: usize| {
            matches!(
                self.role(k),
                Role::Relative | Role::That | Role::Subordinator
            ) || opens_time_clause(words, k)
        };
        let opener = (start..position).rev().find(|&k| opens(k))?;
        let close = (opener + 1..end)
            .find(|&k| opens(k) && k > position)
            .unwrap_or(end);
        let verb = (opener + 1..close).find(|&k| self.reading.is_finite(k))?;
        // "A storm that swept through the region on Monday knocked out power": the main
        // clause's verb after it ends a relative clause; "and advanced" goes on with it.
        let relative = matches!(self.role(opener), Role::Relative | Role::That);
        // "The man who stole the car was arrested on Monday": a date after the main verb is
        // the main clause's. Only where "who" or "which" describes a noun of its phrase (no
        // comma before it) and the clause says no words of its own ("who said she was ...").
        let restrictive = opener > start
            && matches!(words[opener].lower.as_ref(), "who" | "which")
            && !REPORTING.contains(&words[verb].lower.as_ref())
            && self
                .main_verb_after(verb + 1, close)
                .is_some_and(|main| main < position);
        if position > verb && restrictive {
            return None;
        }
        let close = relative
            .then(|| self.main_verb_after(position.max(verb) + 1, close))
            .flatten()
            .unwrap_or(close);
        let mut clause = Vec::new();
        // "which first applied", "who later fled": adverbs between, no subject.
        // "who herself retired": a reflexive only stresses the subject.
        let reflexive =
            |k: usize| words[k].lower.ends_with("self") || words[k].lower.ends_with("selves");
        let gap = (opener + 1..verb).all(|k| self.adverb(k) || reflexive(k));
        if gap && matches!(self.role(opener), Role::Relative | Role::That) {
            clause.extend(self.antecedent(opener));
        }
        // "The bill, which the government unveiled in October": the noun is what the clause's
        // verb acts on ("the government unveiled the bill"), where the verb has no object of
        // its own and says no words.
        let object = self.role(opener) == Role::Relative
            && words[opener].lower != "whose"
            && !gap
            && (opener + 1..verb).any(|k| {
                matches!(self.role(k), Role::Content | Role::Pronoun)
                    && !self.adverb(k)
                    && !reflexive(k)
            })
            && matches!(
                self.role(verb),
                Role::Verb(Form::Past | Form::PastOrParticiple)
            )
            && !REPORTING.contains(&words[verb].lower.as_ref())
            && words.get(verb + 1).is_none_or(|w| {
                !matches!(w.role, Role::Determiner | Role::Content | Role::Pronoun)
            });
        if object {
            clause.extend(opener + 1..=verb);
            clause.extend(self.antecedent(opener));
            clause.extend(verb + 1..close);
        } else {
            clause.extend(opener + 1..close);
        }
        Some(clause)
    }

    /// The noun phrase a relative clause opened at word `opener` describes: the words before
    /// it back to a preposition (but the "of" inside a name), a verb or the start of its phrase
    /// (the phrase before, when the relative opens one: "Elon Musk, who bought Twitter").
    fn antecedent(&self, opener: usize) -> Vec<usize> {
        let phrase = self.phrase_of(opener);
        // "Gerald Whitcomb, 61, who served": an age set off between commas describes the
        // name before it.
        let age = |p: usize| {
            let (start, end) = self.phrases[p];
            end == start + 1
                && self.words()[start]
                    .lower
                    .bytes()
                    .all(|b| b.is_ascii_digit())
        };
        let (from, to) = match phrase {
            Some(p) if self.phrases[p].0 == opener && p > 1 && age(p - 1) => {
                (self.phrases[p - 2].0, self.phrases[p - 2].1)
            }
            Some(p) if self.phrases[p].0 == opener && p > 0 => {
                (self.phrases[p - 1].0, self.phrases[p - 1].1)
            }
            Some(p) => (self.phrases[p].0, opener),
            None => return Vec::new(),
        };
        // Not the verb "to" leads to: "forcing Kestrel to postpone its results, which ..." (but
        // "sold the unit to Siemens, which ..."). A word in "-ing" at the end is a noun after
        // a determiner or a word of time: "until sentencing, which is set", "his sentencing
        // hearing, which"; not "battling flames that", "the ban on fishing, which".
        let noun = |k: usize| {
            let gerund_noun = self.role(k) == Role::Verb(Form::Gerund)
                && to - k <= 2
                && k > from
                && (matches!(self.role(k - 1), Role::Determiner | Role::Pronoun)
                    || k + 1 == to
                        && matches!(
                            self.words()[k - 1].lower.as_ref(),
                            "until" | "before" | "after" | "pending"
                        ));
            (matches!(self.role(k), Role::Content | Role::Determiner | Role::Mark) || gerund_noun)
                && !(k > 0 && self.role(k - 1) == Role::To && !self.words()[k].capital)
        };
        let start_of = |to: usize| (from..to).rev().take_while(|&k| noun(k)).last();
        let Some(mut first) = start_of(to) else {
            return Vec::new();
        };
        // "Gustav Klimt's Portrait of a Lady, which was stolen": a name with "of" inside (not
        // the capital a sentence opens with: "Shares of Apple, which reported ..."); "The
        // refit of the two vessels, which was due": a verb in the singular after a plural
        // describes the noun before "of".
        let words = self.words();
        let singular = (opener + 1..words.len())
            .find(|&k| self.reading.is_finite(k))
            .is_some_and(|v| matches!(words[v].lower.as_ref(), "was" | "is" | "has"));
        let plural = |k: usize| words[k].lower.ends_with('s') && !words[k].lower.ends_with("ss");
        // "the summit on global finance, which ended Friday": a happening, not its topic or
        // place, is what a "which" clause tells of.
        let happening = |k: usize| is_happening_noun(&words[k].lower);
        // What the clause says is a happening's: it began, ended, went on or killed.
        let course = (opener + 1..words.len())
            .take(3)
            .any(|k| HAPPENING_VERBS.contains(&words[k].lower.as_ref()));
        if words[opener].lower == "which"
            && course
            && first >= from + 2
            && to > first
            && !happening(to - 1)
        {
            // Its place or topic ("in the east", "on global finance"), not who did it ("by the
            // police's crime unit") nor what it is of.
            let preposition = matches!(
                words[first - 1].lower.as_ref(),
                "in" | "on" | "at" | "over" | "near" | "about" | "against" | "across"
            );
            if let Some(earlier) =
                start_of(first - 1).filter(|_| preposition && happening(first - 2))
            {
                first = earlier;
            }
        }
        let of_name = |first: usize| first > 2 && words[first - 2].capital;
        while first >= from + 2
            && words[first - 1].lower == "of"
            && (of_name(first) || (singular && to > 0 && plural(to - 1) && !plural(first - 2)))
        {
            // Not a place the phrase was in: "the capture in Brussels of Salah Abdeslam, who".
            match start_of(first - 1) {
                Some(earlier) if earlier == from || self.role(earlier - 1) != Role::Preposition => {
                    first = earlier
                }
                _ => break,
            }
        }
        (first..to).collect()
    }

    /// The noun after a date that names a happening of its own: "in the 2009 crash of ...",
    /// "during a Tuesday traffic stop", after the clause's verb or in a phrase without one. A
    /// date before the clause's verb stands in its subject, which the clause tells.
    fn happening_after_date(&self, date: usize, phrase: usize) -> Option<usize> {
        let words = self.words();
        let last = (date..words.len())
            .take_while(|&k| self.role(k) == Role::Date)
            .last()?;
        let noun = last + 1;
        let next = words.get(noun)?;
        let opens = date
            .checked_sub(1)
            .is_some_and(|k| matches!(self.role(k), Role::Determiner | Role::Mark));
        let a_noun = next.role == Role::Content
            && !next.capital
            && next.lower.chars().all(char::is_alphabetic)
            && !names_a_unit(&next.lower);
        let after_verb = self.finite[phrase].is_none_or(|v| v < date);
        (opens && a_noun && after_verb && self.phrase_of(noun) == Some(phrase)).then_some(noun)
    }

    /// The noun phrase a date ends, where a preposition of time leads to both: "since the
    /// assassination of President Moise in July 2021" dates the assassination, "after the
    /// fire on Thursday" the fire, with no verb between.
    fn happening_before_date(&self, date: usize, phrase: usize) -> Option<Vec<usize>> {
        let (start, _) = self.phrases[phrase];
        let words = self.words();
        let leads = (start..date)
            .rev()
            .take_while(|&k| !self.reading.is_finite(k) && self.role(k) != Role::Subordinator)
            .find(|&k| TIME_CONJUNCTIONS.contains(&words[k].lower.as_ref()))?;
        if in_front_of(words, leads) {
            return None;
        }
        // "won the election after being stabbed at a rally in September": the clause's
        // subject, stabbed.
        let passive = words.get(leads + 1).is_some_and(|w| w.lower == "being")
            && matches!(
                self.role(leads + 2),
                Role::Verb(Form::PastOrParticiple | Form::Participle)
            );
        let verb = self.finite[phrase].filter(|&v| v < leads);
        // The clause's subject: its own words before `verb`, else the one before it.
        let subject = |verb: usize| -> Vec<usize> {
            if self.has_subject(start, verb) {
                (start..verb).collect()
            } else {
                self.subject_before(phrase)
            }
        };
        if passive {
            let mut kept = subject(verb?);
            // "He released" would read as what he did: a pronoun is left out.
            if kept.iter().any(|&k| self.role(k) == Role::Pronoun) {
                kept.clear();
            }
            kept.extend(self.up_to_date(leads + 2, date));
            return Some(kept);
        }
        // "lost power shortly after leaving its berth on March 26": a gerund has no subject
        // of its own, so the clause tells who left, with what came of it ("Ship lost power
        // shortly after leaving its berth"), where that fits a title. Not where the clause
        // is told at a time of its own ("arrested on Monday after attacking a guard on
        // Saturday", "was detained on Saturday and released after paying bail on Monday",
        // "was sold months after joining the club on January 5"), nor where the date leaves
        // the gerund's words cut ("after saying on Monday that ...").
        let gerund = self.role(leads + 1) == Role::Verb(Form::Gerund)
            && words[leads].lower == "after"
            && !(leads > start && names_a_unit(&words[leads - 1].lower));
        // The date's words, and those of a finer or coarser one with it ("at 1:24 a.m. on
        // March 26").
        let date_end = (date..words.len())
            .find(|&k| {
                self.role(k) != Role::Date
                    && !(self.role(k) == Role::Preposition
                        && words.get(k + 1).is_some_and(|w| w.role == Role::Date))
            })
            .unwrap_or(words.len());
        let ends_phrase = words
            .get(date_end)
            .is_none_or(|w| matches!(w.role, Role::Break | Role::Coordinator | Role::Mark));
        if let Some(verb) = verb.filter(|_| gerund && ends_phrase) {
            let mut kept = subject(verb);
            kept.extend(self.up_to_date(if kept.is_empty() { start } else { verb }, date));
            let own_time = kept
                .iter()
                .any(|&k| k < leads && matches!(self.role(k), Role::Date | Role::Coordinator));
            let subject_first = kept.first().is_some_and(|&k| {
                !matches!(
                    self.role(k),
                    Role::Verb(_) | Role::Relative | Role::That | Role::Coordinator
                )
            });
            let fits = self
                .prefix_lengths(&kept)
                .last()
                .is_some_and(|&l| l <= LONGEST);
            if !own_time && subject_first && fits {
                return Some(kept);
            }
        }
        // "its lander crashed during its descent in September": what happens during a
        // happening is dated with it, and told by the clause.
        let during = matches!(words[leads].lower.as_ref(), "during" | "amid");
        if during
            && self.finite[phrase].is_some_and(|v| {
                v < leads
                    && matches!(self.role(v), Role::Verb(_))
                    && self.reading.tense_at(v) == Tense::Past
            })
        {
            return None;
        }
        let noun = leads + 1 + usize::from(self.role(leads + 1) == Role::Determiner);
        let kept = self.up_to_date(noun, date);
        // "following the first in April 2019" names no happening.
        let a_noun = kept
            .first()
            .is_some_and(|&k| matches!(self.role(k), Role::Content | Role::Verb(Form::Gerund)))
            && kept.iter().any(|&k| {
                let word = words[k].lower.as_ref();
                self.role(k) == Role::Content
                    && !ORDINAL_WORDS.contains(&word)
                    && !word.starts_with(|c: char| c.is_ascii_digit())
            });
        a_noun.then_some(kept)
    }

    /// The noun and the participle that describes it, when the date at word `date` of
    /// `phrase` follows them: "an investigation begun in 2018", "the treaty signed by both
    /// countries in 1961 was renewed", "the garden, founded in 1931, was destroyed" date the
    /// investigation, the signing and the founding.
    fn described_noun(&self, date: usize, phrase: usize) -> Option<Vec<usize>> {
        /// The most words between the participle and its date ("by both countries in").
        const BETWEEN: usize = 5;
        let opens = |k: usize| {
            matches!(
                self.role(k),
                Role::Verb(Form::PastOrParticiple | Form::Participle)
            )
        };
        // A phrase set off by commas that opens with a participle describes the subject of
        // the clause after it (`Clauses::of` gives it no verb of its own); one that opens the
        // sentence goes on past the comma after a place ("Born in Clarksdale, Mississippi,
        // on March 2, 1942, Rourke moved ..."), not past one after other words ("Frustrated
        // by delays, on Monday, the council fired ...") nor past a date of its own
        // ("Founded in 1998, in 2004, the company went public").
        let (own_start, _) = self.phrases[phrase];
        let after_place = own_start
            .checked_sub(2)
            .is_some_and(|k| self.words()[k].capital && self.role(k + 1) == Role::Break);
        // A question put to the subject is told with its answer ("Asked about Ukraine in
        // Brussels, Belgium, on Monday, the minister said ...").
        let asked = matches!(
            self.words()[0].lower.as_ref(),
            "asked" | "interviewed" | "questioned" | "pressed"
        );
        let led = own_start > 0
            && opens(0)
            && !asked
            && !opens(own_start)
            && after_place
            && (0..own_start).all(|k| self.role(k) != Role::Date)
            && (0..=phrase).all(|p| self.finite[p].is_none());
        let start = if led { 0 } else { own_start };
        if self.finite[phrase].is_none() && opens(start) {
            // "According to the official result, published on Monday, ...": the noun the
            // phrase before ends with; else the subject; "Founded in 1971, the chain filed
            // for bankruptcy": the subject comes after.
            let named = |words: &[usize]| {
                words.iter().any(|&k| {
                    self.role(k) == Role::Content
                        && self.words()[k].lower.starts_with(char::is_alphabetic)
                })
            };
            let noun = Some(self.antecedent(start)).filter(|n| named(n));
            let mut kept = match led {
                true => Vec::new(),
                false => noun.unwrap_or_else(|| self.subject_before(phrase)),
            };
            if kept.is_empty() {
                let next = (phrase + 1..self.phrases.len()).find(|&p| self.finite[p].is_some());
                if let Some(p) = next {
                    let first = self.phrases[p].0;
                    let verb = self.finite[p].unwrap_or(first);
                    // "Born in 1937, the actor, who was knighted in 1993, won ...": the noun
                    // a relative clause describes, in the phrase before it.
                    match self.role(first) {
                        Role::Relative if p > phrase + 1 => kept.extend(
                            (self.phrases[p - 1].0..self.phrases[p - 1].1)
                                .filter(|&k| self.role(k) != Role::Break),
                        ),
                        _ => kept.extend(first..verb),
                    }
                }
            }
            if kept.is_empty() {
                return None;
            }
            kept.extend(self.up_to_date(start, date));
            return Some(kept);
        }
        // "according to a report released in March": a phrase that a preposition or a
        // participle opens holds no clause of its own.
        let no_clause = matches!(
            self.role(start),
            Role::Preposition | Role::Verb(Form::Gerund)
        );
        let participle = (start + 1..date).rev().take(BETWEEN + 1).find(|&k| {
            matches!(
                self.role(k),
                Role::Verb(Form::Participle | Form::PastOrParticiple)
            ) && (!self.reading.is_finite(k) || (no_clause && self.finite[phrase] == Some(k)))
        })?;
        let plain = (participle + 1..date).all(|k| {
            matches!(
                self.role(k),
                Role::Preposition | Role::Determiner | Role::Content
            )
        });
        if !plain || self.role(participle - 1) != Role::Content {
            return None;
        }
        let noun = (start..participle)
            .rev()
            .take_while(|&k| self.role(k) == Role::Content)
            .last()?;
        Some(self.up_to_date(noun, date))
    }

    /// The words from `first` to the date at word `date`, without the date's own preposition
    /// ("in July 2021").
    fn up_to_date(&self, first: usize, date: usize) -> Vec<usize> {
        let mut kept: Vec<usize> = (first..date).collect();
        if kept.last().is_some_and(|&k| {
            self.role(k) == Role::Preposition
                || DATE_PREPOSITIONS.contains(&self.words()[k].lower.as_ref())
        }) {
            kept.pop();
        }
        kept
    }

    /// The noun phrase that the date at word `date` follows, in a phrase without a verb:
    /// "including this nine-week trial last year", "fresh from a victory last month" date the
    /// trial and the victory.
    fn noun_before_date(&self, date: usize, phrase: usize) -> Option<Vec<usize>> {
        let (start, _) = self.phrases[phrase];
        let noun = date.checked_sub(1).filter(|&k| k >= start)?;
        let word = &self.words()[noun];
        if self.finite[phrase].is_some() || self.role(noun) != Role::Content || word.capital {
            return None;
        }
        let determiner =
            |k: usize| self.role(k) == Role::Determiner || self.words()[k].lower == "this";
        let first = (start..noun)
            .rev()
            .take_while(|&k| matches!(self.role(k), Role::Content | Role::Mark) && !determiner(k))
            .last()
            .unwrap_or(noun);
        // A noun a determiner leads to, not a scene ("on television yesterday", "at the
        // summit on Wednesday", which date the clause).
        let scene = DATE_PREPOSITIONS.contains(&self.words()[start].lower.as_ref());
        let determined = first
            .checked_sub(1)
            .is_some_and(|k| k >= start && determiner(k));
        (determined && !scene).then(|| (first..date).collect())
    }

    /// The noun phrase from `noun` on, with the relative clause that describes it if one
    /// follows: "crash of Air France Flight 447, which killed all 228 onboard".
    fn noun_phrase(&self, noun: usize) -> Vec<usize> {
        let phrase = self.phrase_of(noun);
        let end = phrase.map_or(self.words().len(), |p| self.phrases[p].1);
        let mut kept: Vec<usize> = (noun..end)
            .take_while(|&k| !self.reading.is_finite(k) && self.role(k) != Role::Subordinator)
            .collect();
        let describes = phrase
            .and_then(|p| self.phrases.get(p + 1))
            .filter(|next| self.role(next.0) == Role::Relative);
        if let (Some(next), true) = (describes, noun + kept.len() == end) {
            kept.extend(next.0..next.1);
        }
        kept
    }

    /// The words kept without the temporal expressions (the timeline shows the date), the
    /// preposition that leads to each ("on Thursday", "in 2011") and "local time" after one.
    fn without_dates(&self, kept: Vec<usize>) -> Vec<usize> {
        let words = self.words();
        let in_date = |k: usize| words.get(k).is_some_and(|w| w.role == Role::Date);
        // "before the summer recess": a season that names the noun after it is part of the
        // name, with its "the".
        let names_its_noun = |k: usize| {
            let season = if words[k].lower == "the" { k + 1 } else { k };
            in_date(season)
                && season_named(&words[season].lower).is_some()
                && words
                    .get(season + 1)
                    .is_some_and(|w| w.role == Role::Content && !w.capital)
        };
        // "its hottest June on record": what is ranked stays.
        let date = |k: usize| in_date(k) && !names_its_noun(k) && !self.ranked(k);
        // "local time", "onwards" after a date go with it.
        let follows_date = |k: usize| {
            (matches!(words[k].lower.as_ref(), "local" | "onwards" | "onward")
                && date(k.wrapping_sub(1)))
                || (words[k].lower == "time"
                    && k > 1
                    && words[k - 1].lower == "local"
                    && date(k - 2))
        };
        // "this year's World Cup": the date's possessive goes with it, its preposition stays.
        let possessive = |k: usize| {
            words
                .get(k)
                .is_some_and(|w| w.lower == "'" || w.lower == "’")
                && date(k.wrapping_sub(1))
                && words.get(k + 1).is_some_and(|w| w.lower == "s")
        };
        let owned_date = |k: usize| {
            let end = (k..words.len()).take_while(|&n| date(n)).last();
            end.is_some_and(|e| possessive(e + 1))
        };
        // "an 18% rise in fourth-quarter profit": a part of a year written as one word with a
        // hyphen names its noun, and keeps the preposition before it, which leads to the noun
        // (not "in the fourth quarter thanks to demand").
        let names_noun = |k: usize| {
            let end = (k..words.len()).take_while(|&n| date(n)).last();
            end.is_some_and(|e| {
                let last = &words[e].lower;
                let of_year = matches!(last.as_ref(), "quarter" | "half")
                    && e > k
                    && words[e - 1].lower == "-"
                    && !words[e - 1].spaced;
                of_year
                    && words.get(e + 1).is_some_and(|w| {
                        w.role == Role::Content
                            && !w.capital
                            && w.lower.starts_with(char::is_alphabetic)
                    })
            })
        };
        let mut is_kept = vec![false; words.len()];
        for &k in &kept {
            is_kept[k] = true;
        }
        kept.iter()
            .copied()
            .filter(|&k| {
                // Most words are no date nor next to one: the cheap tests first.
                if date(k) || self.bracketed[k] {
                    return false;
                }
                let leads_to_date = is_kept.get(k + 1) == Some(&true)
                    && date(k + 1)
                    && !owned_date(k + 1)
                    && !(k > kept[0] && names_noun(k + 1))
                    && DATE_PREPOSITIONS.contains(&words[k].lower.as_ref());
                // "resigned late on Tuesday", "early in 2019": the time of the day or year
                // goes with the date.
                // But "arrived two hours late on Tuesday": late by a measure.
                let measured = k > 0 && names_a_unit(&words[k - 1].lower);
                let part_of_date = matches!(words[k].lower.as_ref(), "late" | "early")
                    && !measured
                    && words.get(k + 1).is_some_and(|w| {
                        DATE_PREPOSITIONS.contains(&w.lower.as_ref()) && date(k + 2)
                    });
                // "as soon as this summer", "as early as next week".
                let as_soon_as = (0..3).any(|back| {
                    k >= back
                        && date(k - back + 3)
                        && words[k - back].lower == "as"
                        && words[k - back + 2].lower == "as"
                        && matches!(
                            words[k - back + 1].lower.as_ref(),
                            "soon" | "early" | "late"
                        )
                });
                // "until at least Friday": words that bound the date go with it.
                let at_least = |at: usize| {
                    words[at].lower == "at"
                        && words
                            .get(at + 1)
                            .is_some_and(|w| matches!(w.lower.as_ref(), "least" | "most"))
                        && date(at + 2)
                };
                let bounds = at_least(k) || (k > 0 && at_least(k - 1));
                let period_end = ends_period(words, k);
                // "a strike starting on Thursday": the start goes with its date.
                let starts_at = matches!(
                    words[k].lower.as_ref(),
                    "starting" | "beginning" | "effective"
                ) && (date(k + 1)
                    || (words
                        .get(k + 1)
                        .is_some_and(|w| DATE_PREPOSITIONS.contains(&w.lower.as_ref()))
                        && date(k + 2)));
                let of_possessive = possessive(k) || (k > 0 && possessive(k - 1));
                // "between December 2021 and August 2023", "from 1940 to 2002".
                let joins_dates = date(k.wrapping_sub(1))
                    && date(k + 1)
                    && matches!(
                        words[k].lower.as_ref(),
                        "and" | "to" | "through" | "until" | "-" | "–"
                    );
                !leads_to_date
                    && !part_of_date
                    && !as_soon_as
                    && !joins_dates
                    && !follows_date(k)
                    && !of_possessive
                    && !bounds
                    && !period_end
                    && !starts_at
            })
            .collect()
    }

    /// The words as a title: no leading conjunction or article, a long subject cut to its
    /// head, nothing dangling at the end, at most [`LONGEST`] characters, cut where a phrase
    /// ends.
    fn shorten(&self, kept: &[usize]) -> String {
        let words = self.words();
        let mut kept: &[usize] = kept;
        let opens = |k: usize| {
            matches!(
                words[k].role,
                Role::Coordinator | Role::Subordinator | Role::Mark | Role::Break
            ) || matches!(
                words[k].lower.as_ref(),
                "a" | "an"
                    | "the"
                    | "also"
                    | "then"
                    | "however"
                    | "meanwhile"
                    | "separately"
                    | "additionally"
            )
        };
        // "NEW YORK (Reuters) - Harbor Trust reported ...": a wire story's opener is no part
        // of what happened.
        let opener = self
            .wire_opener()
            .filter(|_| kept.first() == Some(&0))
            .and_then(|dash| kept.iter().position(|&k| k == dash));
        if let Some(dash) = opener.filter(|&dash| kept.len() > dash + 2) {
            kept = &kept[dash + 1..];
        }
        // "..., higher than the previous record of 4.61 metres recorded in 2000": what is
        // compared with is the happening, not the comparison.
        if let [comparative, than, determiner, _, ..] = kept {
            let word = words[*comparative].lower.as_ref();
            if words[*than].lower == "than"
                && words[*determiner].role == Role::Determiner
                && (word.ends_with("er") || matches!(word, "more" | "less" | "fewer"))
            {
                kept = &kept[2..];
            }
        }
        while let [first, rest @ ..] = kept {
            if rest.len() > 1 && opens(*first) {
                kept = rest;
            } else {
                break;
            }
        }
        let kept = self.short_subject(kept);
        let kept = kept.as_slice();
        // Where the title may end: before a relative clause, a clause joined on, a
        // participle that describes the noun before it ("a death involving"), or a
        // preposition.
        let strong = |n: usize| {
            let k = kept[n];
            // "a death involving two cars": the participle goes on to what it describes;
            // "declared national mourning and" ends a noun.
            let noun_before = k
                .checked_sub(1)
                .is_some_and(|p| words[p].role == Role::Content && !words[p].lower.ends_with("ly"))
                && kept.get(n + 1).is_some_and(|&next| {
                    !matches!(
                        words[next].role,
                        Role::Coordinator | Role::Break | Role::Mark
                    )
                });
            // "and deployed police", "but he left": a clause, not "Air France and Airbus".
            let clause_after = (k + 1..words.len())
                .take(3)
                .take_while(|&n| !matches!(words[n].role, Role::Break))
                .any(|n| self.reading.is_finite(n) || words[n].role == Role::Verb(Form::Past));
            match words[k].role {
                // "announced on television that they had removed the president": what was
                // said is the title's.
                Role::That => !kept[..n]
                    .iter()
                    .rev()
                    .find(|&&v| self.reading.is_finite(v))
                    .is_some_and(|&v| REPORTING.contains(&words[v].lower.as_ref())),
                Role::Relative | Role::Subordinator => true,
                Role::Coordinator => clause_after,
                Role::Verb(Form::Gerund) => noun_before,
                _ => false,
            }
        };
        let weak = |k: usize| matches!(words[k].role, Role::Preposition | Role::To);
        let verb = kept
            .iter()
            .position(|&k| self.reading.is_finite(k))
            .unwrap_or(0);
        // The length of the title of the first n words, for every n, in one pass.
        let lengths = self.prefix_lengths(kept);
        let length = |n: usize| lengths[n];
        let mut end = kept.len();
        let mut cut_inside = false;
        if length(end) > LONGEST {
            let fits = |n: &usize| *n > verb + 1 && length(*n) <= LONGEST;
            // The first clause or participle after the verb's object, else the last phrase
            // that fits.
            let cut = (1..kept.len())
                .filter(|&n| strong(n))
                .find(fits)
                .or_else(|| (1..kept.len()).rev().filter(|&n| weak(kept[n])).find(fits));
            end = match cut {
                Some(n) => n,
                None => {
                    cut_inside = true;
                    (1..=kept.len())
                        .rev()
                        .find(|&n| length(n) < LONGEST)
                        .unwrap_or(1)
                }
            };
        }
        // Nothing that leads on is left dangling at the end.
        let end = self.without_dangling(kept, end);
        self.written(&kept[..end], cut_inside)
    }

    /// How many of the first `end` words of `kept` a title keeps, so that nothing that leads
    /// on is left dangling at its end: no preposition, article, conjunction or lone mark.
    fn without_dangling(&self, kept: &[usize], mut end: usize) -> usize {
        let words = self.words();
        while end > 1 {
            let last = kept[end - 1];
            // A quotation mark that closes one the title opened stays ("called the deal
            // \"null\""); one that closes the sentence's does not.
            let opened = kept[..end - 1]
                .iter()
                .any(|&k| matches!(words[k].lower.as_ref(), "\"" | "“" | "‘"));
            let quote = opened && matches!(words[last].lower.as_ref(), "\"" | "”" | "’");
            // "has been shut down", "went off", "was not over": a verb's particle, not a
            // preposition left over.
            let particle = matches!(
                words[kept[end - 2]].role,
                Role::Verb(_) | Role::BePast | Role::BePresent
            ) || words[kept[end - 2]].lower == "not"
                // "would step down", "to sign up": a verb after a modal or "to".
                || (end > 2 && matches!(words[kept[end - 3]].role, Role::Modal | Role::To));
            let particle = particle && PARTICLES.contains(&words[last].lower.as_ref());
            if particle {
                break;
            }
            // "cut library hours in 2019 and again in 2023": the words that lead on to the
            // next date, whose event is another.
            let leads_on = end > 2
                && words[kept[end - 2]].role == Role::Coordinator
                && matches!(words[last].lower.as_ref(), "again" | "then" | "later");
            if leads_on {
                end -= 2;
                continue;
            }
            // "The company's annual meeting is on Friday": the meeting, without its "is".
            let copula = matches!(words[last].role, Role::BePresent | Role::BePast)
                && (0..end - 1).all(|n| !self.reading.is_finite(kept[n]));
            // "chose to leave in a referendum held": a participle whose date was taken out,
            // after a noun that a preposition leads to, behind the clause's verb (not "said
            // officials resigned", nor "Talks with the rebels collapsed").
            let participle = words[last].role == Role::Verb(Form::PastOrParticiple)
                && words[kept[end - 2]].role == Role::Content
                && !words[kept[end - 2]].lower.ends_with("ly")
                && kept[..end - 1]
                    .iter()
                    .rev()
                    .find(|&&k| !matches!(words[k].role, Role::Content | Role::Determiner))
                    .is_some_and(|&k| words[k].role == Role::Preposition)
                && (0..end - 1).any(|n| self.reading.is_finite(kept[n]));
            let dangles = copula
                || participle
                || matches!(
                    words[last].role,
                    Role::Preposition
                        | Role::Determiner
                        | Role::Coordinator
                        | Role::Subordinator
                        | Role::Relative
                        | Role::That
                        | Role::To
                        | Role::Break
                )
                || (words[last].role == Role::Mark && !quote);
            if !dangles {
                break;
            }
            end -= 1;
        }
        end
    }

    /// The title of the words `kept`, `cut` inside a phrase or not: without a saying's colon
    /// before its quotation, a quotation the cut leaves open shown cut and closed ('Putin
    /// said "He was a man of difficult fate…"'), at most [`LONGEST`] characters, with a
    /// capital.
    fn written(&self, kept: &[usize], cut: bool) -> String {
        let words = self.words();
        let shown: Vec<usize> = kept
            .iter()
            .enumerate()
            .filter(|&(n, &k)| {
                words[k].lower != ":"
                    || !kept
                        .get(n + 1)
                        .is_some_and(|&q| is_quotation_mark(&words[q].lower))
            })
            .map(|(_, &k)| k)
            .collect();
        let mut title = self.join(&shown);
        // "He said \"We will appeal,\"": no comma before the quotation's end.
        for close in ['"', '”'] {
            if let Some(words) = title.strip_suffix(&format!(",{close}")) {
                title = format!("{words}{close}");
            }
        }
        // "Harbour Wall\" won the Somerset Prize", its quotation mark and article left out
        // before it: the name's mark is put back.
        let closes_first = title.find('"').is_some_and(|at| {
            title[..at]
                .chars()
                .last()
                .is_some_and(|c| !c.is_whitespace())
        });
        if closes_first {
            title.insert(0, '"');
        }
        let straight = title.matches('"').count();
        let open = straight % 2 == 1 || title.matches('“').count() > title.matches('”').count();
        let mut closing = String::new();
        if cut || open {
            closing.push('…');
        }
        if open {
            closing.push(if straight % 2 == 1 { '"' } else { '”' });
        }
        let room = LONGEST.saturating_sub(closing.chars().count());
        if title.chars().count() > room {
            title = title
                .chars()
                .take(room)
                .collect::<String>()
                .trim_end()
                .to_string();
        }
        title.push_str(&closing);
        let mut chars = title.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => title,
        }
    }

    /// `kept` with a subject longer than [`LONG_SUBJECT`] cut to the name it ends in ("Former
    /// world champion boxer Amir Khan" is "Amir Khan") or else to its words before its first
    /// preposition or clause ("Public health officials in the US state of Texas").
    fn short_subject(&self, kept: &[usize]) -> Vec<usize> {
        let Some(verb) = kept.iter().position(|&k| self.reading.is_finite(k)) else {
            return kept.to_vec();
        };
        let subject = &kept[..verb];
        if self.join(subject).chars().count() <= LONG_SUBJECT {
            return kept.to_vec();
        }
        // "Russian President Vladimir Putin and North Korean leader Kim Jong-un": each of
        // the two cut to its name.
        let and = subject
            .iter()
            .position(|&k| self.role(k) == Role::Coordinator)
            .filter(|&n| {
                n > 0
                    && self.name_length(&subject[..n]) >= 2
                    && self.name_length(&subject[n + 1..]) >= 2
            });
        let mut head = Vec::new();
        match and {
            Some(n) => {
                head.extend(self.subject_head(&subject[..n]));
                head.push(subject[n]);
                head.extend(self.subject_head(&subject[n + 1..]));
            }
            None => head.extend(self.subject_head(subject)),
        }
        // "... sexually abused": the adverbs before the verb are the verb's.
        let adverbs = subject
            .iter()
            .rev()
            .take_while(|&&k| {
                self.role(k) == Role::Content && self.words()[k].lower.ends_with("ly")
            })
            .count();
        let adverbs = &subject[subject.len() - adverbs..];
        head.retain(|k| !adverbs.contains(k));
        head.extend(adverbs);
        head.extend(&kept[verb..]);
        head
    }

    /// How many of the words at the end of `words` make a name: capitalised words, and "Kim
    /// Jong-un" past its hyphen.
    fn name_length(&self, words: &[usize]) -> usize {
        let all = self.words();
        let capital = |n: usize| all[words[n]].capital && all[words[n]].role == Role::Content;
        let in_name = |n: usize| {
            let word = &all[words[n]];
            let glued = n > 0 && !word.spaced && all[words[n - 1]].lower == "-";
            // "Economic Community of West African States", "Bureau for Aviation Safety".
            let joins_name = matches!(word.lower.as_ref(), "of" | "for")
                && n > 0
                && n + 1 < words.len()
                && capital(n - 1)
                && capital(n + 1);
            capital(n) || (word.lower == "-" && !word.spaced) || glued || joins_name
        };
        let mut length = (0..words.len()).rev().take_while(|&n| in_name(n)).count();
        // A name starts a word: "south-east Queensland" ends in "Queensland", not "-east
        // Queensland".
        while length > 0 && length < words.len() && !all[words[words.len() - length]].spaced {
            length -= 1;
        }
        length
    }

    /// A subject's head: the name it ends in ("Former world champion boxer Amir Khan" is
    /// "Amir Khan"), or else its words before its first preposition or clause ("Unrest over
    /// the shooting of Nahel Merzouk" is about unrest, not Nahel Merzouk).
    fn subject_head<'k>(&self, subject: &'k [usize]) -> &'k [usize] {
        let words = self.words();
        let named = self.name_length(subject);
        // "Russian President Vladimir Putin": a rank before a name is left out; not from
        // the name of a body ("Economic Community of West African States").
        let body = subject
            .iter()
            .any(|&k| matches!(words[k].lower.as_ref(), "of" | "for"));
        if named == subject.len() && !body && self.join(subject).chars().count() > LONG_NAME {
            let first = (0..subject.len())
                .rev()
                .filter(|&n| words[subject[n]].spaced)
                .nth(1)
                .unwrap_or(0);
            return &subject[first..];
        }
        // "Tens of thousands of nurses in England": a quantity's "of" leads to its head.
        let quantity = |k: usize| {
            let word = words[k].lower.as_ref();
            QUANTITIES.contains(&word)
                || SMALL_NUMBERS.contains(&word)
                || word.starts_with(|c: char| c.is_ascii_digit())
        };
        let cut = (1..subject.len()).find(|&n| {
            let of_quantity = words[subject[n]].lower == "of" && quantity(subject[n - 1]);
            !of_quantity
                && matches!(
                    words[subject[n]].role,
                    Role::Preposition
                        | Role::Relative
                        | Role::That
                        | Role::Verb(Form::Gerund | Form::Participle | Form::PastOrParticiple)
                )
        });
        // "Former Bank of England governor Mark Carney": a name after a rank in lower case
        // is who the subject is; "the shooting of Nahel Merzouk" is about the shooting.
        let ranked = named >= 2
            && named < subject.len()
            && words[subject[subject.len() - named - 1]].role == Role::Content;
        match cut {
            _ if ranked => &subject[subject.len() - named..],
            Some(n) if n <= subject.len() - named || named < 2 => &subject[..n],
            _ if named >= 2 && named < subject.len() => &subject[subject.len() - named..],
            _ => subject,
        }
    }

    /// The length in characters of [`Clauses::join`] of the first n of `kept`, for every n.
    fn prefix_lengths(&self, kept: &[usize]) -> Vec<usize> {
        let mut lengths = Vec::with_capacity(kept.len() + 1);
        lengths.push(0);
        self.join_each(kept, &mut |chars| lengths.push(chars));
        lengths
    }

    /// Whether the article writes word `k` in lower case near its sentence: a common word,
    /// not a name, wherever it opens a sentence.
    fn written_lower(&self, k: usize) -> bool {
        /// How far around the sentence, in bytes, the word is looked for.
        const NEAR: usize = 4_000;
        let word = &self.words()[k];
        let sentence = word.span.start..self.words().last().map_or(word.span.end, |w| w.span.end);
        let mut from = sentence.start.saturating_sub(NEAR);
        while !self.text.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (sentence.end + NEAR).min(self.text.len());
        while !self.text.is_char_boundary(to) {
            to += 1;
        }
        let near = &self.text[from..to];
        let lower = word.lower.as_ref();
        near.match_indices(lower).any(|(at, _)| {
            let before = near[..at].chars().next_back();
            let after = near[at + lower.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    /// The words' text, one space where the article had any space between them, none where
    /// it had none ("U.S.-led", "Twitter’s"); a quotation mark left alone is dropped.
    fn join(&self, kept: &[usize]) -> String {
        self.join_each(kept, &mut |_| {})
    }

    /// [`Clauses::join`], telling `each` how many characters it has after each word.
    fn join_each(&self, kept: &[usize], each: &mut dyn FnMut(usize)) -> String {
        let words = self.words();
        let mut out = String::with_capacity(
            kept.iter()
                .map(|&k| words[k].span.end - words[k].span.start + 2)
                .sum(),
        );
        let mut chars = 0;
        let mut previous: Option<usize> = None;
        for (n, &k) in kept.iter().enumerate() {
            let word = &words[k];
            let lone_quote = is_quotation_mark(&word.lower)
                && kept.get(n + 1) != Some(&(k + 1))
                && previous.is_none_or(|p| p + 1 != k);
            if !lone_quote {
                let touching = previous.is_some_and(|p| p + 1 == k) && !word.spaced;
                // "crash of Flight 447, which killed all 228": the comma before a relative
                // clause.
                let comma = previous.is_some_and(|p| {
                    word.role == Role::Relative && (p + 1..k).any(|b| words[b].lower == ",")
                });
                if comma {
                    out.push(',');
                    chars += 1;
                }
                if !out.is_empty() && !touching {
                    out.push(' ');
                    chars += 1;
                }
                // "utilities said a powerful storm ...": a determiner is no name, nor a word
                // that only opens its sentence in capitals ("officials said wildfires ...").
                // "No. 10" is a number's label.
                let label = words
                    .get(k + 1)
                    .is_some_and(|w| w.lower == "." && !w.spaced);
                let lower = !out.is_empty()
                    && !label
                    && (word.role == Role::Determiner
                        || (k == 0 && matches!(word.role, Role::Verb(_)))
                        // "officials said at least 24 people ...", "... said he".
                        || (k == 0
                            && matches!(word.role, Role::Preposition | Role::Pronoun)
                            && word.lower != "i")
                        || (k == 0 && word.role == Role::Content && self.written_lower(k)));
                let text = if lower {
                    word.lower.as_ref()
                } else {
                    word.span.of(self.text)
                };
                out.push_str(text);
                chars += text.chars().count();
                previous = Some(k);
            }
            each(chars);
        }
        out
    }
}

/// The sentence's phrases, as ranges of word indices, cut at breaking punctuation, except a
/// comma between the parts of a place ("a judge in Paris, France"); and which words stand
/// between brackets, which a title leaves out ("the World Health Organisation (WHO) said").
fn phrases(reading: &Reading) -> (Vec<(usize, usize)>, Vec<bool>) {
    let words = &reading.words;
    let mut found = Vec::new();
    let mut bracketed = vec![false; words.len()];
    let mut start = 0;
    let mut depth = 0usize;
    for (i, word) in words.iter().enumerate() {
        match word.lower.as_ref() {
            "(" => depth += 1,
            ")" => {
                depth = depth.saturating_sub(1);
                bracketed[i] = true;
                continue;
            }
            _ => {}
        }
        if depth > 0 {
            bracketed[i] = true;
            continue;
        }
        // "a shock 2–1 defeat": a dash between numbers is a score or a range.
        let joins_numbers = matches!(word.lower.as_ref(), "–" | "—")
            && !word.spaced
            && i > 0
            && words[i - 1].lower.starts_with(|c: char| c.is_ascii_digit())
            && words
                .get(i + 1)
                .is_some_and(|w| !w.spaced && w.lower.starts_with(|c: char| c.is_ascii_digit()));
        // "Lula said on Sunday: \"We will win.\"", "said in a statement on Tuesday: ...":
        // what was said goes with the saying.
        let says = word.lower == ":"
            && words
                .get(i + 1)
                .is_some_and(|w| is_quotation_mark(&w.lower))
            && (start..i)
                .rev()
                .take(8)
                .find(|&k| {
                    !matches!(
                        words[k].role,
                        Role::Date | Role::Preposition | Role::Determiner | Role::Content
                    )
                })
                .is_some_and(|k| REPORTING.contains(&words[k].lower.as_ref()));
        if word.role != Role::Break || joins_numbers || says || place_comma(reading, i, start) {
            continue;
        }
        if start < i {
            found.push((start, i));
        }
        start = i + 1;
    }
    if start < words.len() {
        found.push((start, words.len()));
    }
    (found, bracketed)
}

/// Whether the comma at word `i`, in the phrase that starts at word `start`, only separates a
/// place from the larger place it is in: a name before it and one capitalised word after it,
/// then no more name, in a phrase that does not set a scene ("In Chelsea, Courtois won", "Born
/// in Leningrad, Prigozhin was").
fn place_comma(reading: &Reading, i: usize, start: usize) -> bool {
    let words = &reading.words;
    let name = |k: usize| {
        words
            .get(k)
            .is_some_and(|w| w.role == Role::Content && w.capital)
    };
    words[i].lower == ","
        && i > 0
        && name(i - 1)
        && name(i + 1)
        && !words
            .get(i + 2)
            .is_some_and(|w| w.capital || w.role == Role::Mark)
        && !matches!(
            words[start].role,
            Role::Preposition | Role::Verb(Form::Participle | Form::PastOrParticiple)
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The title of the happening the first occurrence of `date` dates in `sentence`.
    fn titled(sentence: &str, date: &str) -> String {
        let at = sentence.find(date).expect("the date is in the sentence");
        let span = Span::new(at, at + date.len());
        Clauses::read(sentence, Span::new(0, sentence.len()), &[span]).title(Some(span))
    }

    #[test]
    fn a_date_that_opens_a_sentence_without_a_comma_dates_its_main_clause() {
        for (sentence, date) in [
            (
                "In March 2024 the council voted to close the library, which had opened in 1990.",
                "March 2024",
            ),
            (
                "On Wednesday an attorney sent a letter to the company, which had denied it.",
                "Wednesday",
            ),
        ] {
            let title = titled(sentence, date);
            assert!(!title.contains("had"), "{sentence}: {title}");
        }
        assert_eq!(
            titled(
                "In a press release issued the following day, the ministry denounced the summit.",
                "the following day"
            ),
            "Ministry denounced the summit"
        );
    }

    #[test]
    fn a_title_says_who_did_what_without_the_date() {
        assert_eq!(
            titled(
                "A Japanese military helicopter went down off the coast of Miyako Island in the East China Sea Thursday.",
                "Thursday"
            ),
            "Japanese military helicopter went down off the coast of Miyako Island"
        );
        assert_eq!(
            titled(
                "On Wednesday, an attorney for Twitter, Alex Spiro, sent a letter to Meta Platforms CEO Mark Zuckerberg alleging his company stole trade secrets.",
                "Wednesday"
            ),
            "Attorney for Twitter sent a letter to Meta Platforms CEO Mark Zuckerberg"
        );
        assert_eq!(
            titled(
                "On Tuesday, August 30, public health officials in the US state of Texas identified the state's first death involving a patient who had been diagnosed with monkeypox.",
                "Tuesday, August 30"
            ),
            "Public health officials identified the state's first death"
        );
    }

    #[test]
    fn a_date_before_a_noun_after_the_verb_dates_that_noun() {
        assert_eq!(
            titled(
                "Monday, a judge in Paris, France found Air France and Airbus not guilty of involuntary manslaughter in the 2009 crash of Air France Flight 447 (AF447), which killed all 228 onboard.",
                "2009"
            ),
            "Crash of Air France Flight 447, which killed all 228 onboard"
        );
        assert_eq!(
            titled(
                "Monday, a judge in Paris, France found Air France and Airbus not guilty of involuntary manslaughter in the 2009 crash of Air France Flight 447.",
                "Monday"
            ),
            "Judge in Paris, France found Air France and Airbus not guilty of involuntary manslaughter"
        );
    }

    #[test]
    fn a_date_in_a_relative_clause_dates_it_and_its_noun_is_the_subject() {
        assert_eq!(
            titled(
                "Prigozhin was among the ten passengers listed for an Embraer plane that crashed in Tver Oblast Wednesday without survivors.",
                "Wednesday"
            ),
            "Embraer plane crashed in Tver Oblast without survivors"
        );
        assert_eq!(
            titled(
                "In a tweet, Elon Musk, who bought Twitter for US$44 billion last year, said regarding the letter that competition is fine.",
                "last year"
            ),
            "Elon Musk bought Twitter for US$44 billion"
        );
        assert_eq!(
            titled(
                "Local media identified the man as an attorney who worked in the Houston area until his law practice closed last year.",
                "last year"
            ),
            "His law practice closed"
        );
    }

    #[test]
    fn a_report_is_titled_with_what_it_reported() {
        assert_eq!(
            titled(
                "Liberia is expected to see thousands of new Ebola cases, the World Health Organisation said yesterday.",
                "yesterday"
            ),
            "World Health Organisation said Liberia is expected to see thousands of new Ebola cases"
        );
    }

    #[test]
    fn a_long_subject_is_cut_to_its_name() {
        assert_eq!(
            titled(
                "On Tuesday, former light welterweight world champion boxer and Olympic silver medalist Amir Khan was given a two-year ban for doping.",
                "Tuesday"
            ),
            "Amir Khan was given a two-year ban for doping"
        );
    }
}
