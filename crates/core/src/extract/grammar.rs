//! A light reading of a sentence's grammar: which words are verbs, in what tense, and where its
//! phrases begin and end. Enough to say which happening a date anchors, to title it as a
//! reader would, and to tell whether a sentence without a date goes on telling what happened
//! then. Rules over the lexicon's closed classes of words and the forms of verbs, not a
//! tagger: linear in the sentence.

use std::sync::OnceLock;

use super::tokens::{tokenize, Kind, Token};
use crate::lexicon::{
    unit_of_time, Words, BE_OTHER, BE_PAST, BE_PRESENT, COORDINATORS, DO_PAST, DO_PRESENT,
    GROUP_ADVERBS, HAVE_PAST, HAVE_PRESENT, IN_FRONT_OF, IRREGULAR_VERBS, MODALS, NOT_GERUNDS,
    NOT_PAST_IN_ED, NOUN_DETERMINERS, PASTS_IN_EED, POSSESSIVES, PREPOSITIONS, PRONOUNS, RELATIVES,
    REPORTING, SET_AHEAD, SMALL_NUMBERS, STATIVE, SUBORDINATORS, TIME_CONJUNCTIONS, VERBS,
};
use crate::text::{head, Span};

/// The form a verb takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "go", "warn": after "to", a modal or a plural subject.
    Base,
    /// "goes", "warns".
    Third,
    /// "went".
    Past,
    /// "gone", "taken": after "has" or "was".
    Participle,
    /// "warned", "put": either.
    PastOrParticiple,
    /// "going", "warning".
    Gerund,
}

/// What a word does in its sentence, as far as the rules need to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    BePresent,
    BePast,
    /// "be", "been", "being".
    BeOther,
    HavePresent,
    HavePast,
    DoPresent,
    DoPast,
    Modal,
    Verb(Form),
    Determiner,
    Pronoun,
    Preposition,
    Coordinator,
    Subordinator,
    /// "who", "which": a clause that describes the noun before it.
    Relative,
    /// "that": a relative, a conjunction or a determiner.
    That,
    /// "to" before a verb.
    To,
    /// Words of a temporal expression.
    Date,
    /// Nouns, names, adjectives, adverbs, numbers: what phrases are about.
    Content,
    /// Punctuation that ends a phrase: `,` `;` `:` brackets and dashes.
    Break,
    /// Other punctuation: quotes, apostrophes, hyphens, full stops.
    Mark,
}

/// What a clause's verbs say of when its happening is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// Told in the past: "went down", "was found", "had been diagnosed".
    Past,
    /// Under way or just done at the time of writing: "has been shut down", "are
    /// investigating", "is believed", "warns".
    Now,
    /// A state, not a happening: "is an outspoken critic", "has a population", "remains".
    State,
    /// Ahead, or only possible: "will replace", "could rise", "is set for".
    Ahead,
}

/// One word (or mark) of a sentence, its span in the whole text.
#[derive(Debug, Clone)]
pub struct Word<'t> {
    pub span: Span,
    pub lower: std::borrow::Cow<'t, str>,
    pub capital: bool,
    pub spaced: bool,
    pub role: Role,
}

/// A sentence read as words with their roles.
pub struct Reading<'t> {
    pub words: Vec<Word<'t>>,
}

/// The role of every word the lexicon lists: the closed classes, then every form of its verbs.
fn listed_roles() -> &'static Words<Role> {
    static ROLES: OnceLock<Words<Role>> = OnceLock::new();
    ROLES.get_or_init(|| {
        let mut roles = Words::default();
        let classes: [(&[&str], Role); 16] = [
            (&BE_PRESENT, Role::BePresent),
            (&BE_PAST, Role::BePast),
            (&BE_OTHER, Role::BeOther),
            (&HAVE_PRESENT, Role::HavePresent),
            (&HAVE_PAST, Role::HavePast),
            (&DO_PRESENT, Role::DoPresent),
            (&DO_PAST, Role::DoPast),
            (&MODALS, Role::Modal),
            (&["that"], Role::That),
            (&["to"], Role::To),
            (&NOUN_DETERMINERS, Role::Determiner),
            (&PRONOUNS, Role::Pronoun),
            (&PREPOSITIONS, Role::Preposition),
            (&COORDINATORS, Role::Coordinator),
            (&SUBORDINATORS, Role::Subordinator),
            (&RELATIVES, Role::Relative),
        ];
        let mut add = |word: String, role: Role| {
            roles.entry(word).or_insert(role);
        };
        for (words, role) in classes {
            for &word in words {
                add(word.to_string(), role);
            }
        }
        for &(base, past, participle) in IRREGULAR_VERBS {
            if past == participle {
                add(past.to_string(), Role::Verb(Form::PastOrParticiple));
            } else {
                add(past.to_string(), Role::Verb(Form::Past));
                add(participle.to_string(), Role::Verb(Form::Participle));
            }
            add(third_person(base), Role::Verb(Form::Third));
            add(gerund(base), Role::Verb(Form::Gerund));
            add(base.to_string(), Role::Verb(Form::Base));
        }
        for &base in VERBS {
            add(third_person(base), Role::Verb(Form::Third));
            add(base.to_string(), Role::Verb(Form::Base));
        }
        roles
    })
}

/// "goes", "warns", "denies", "watches".
fn third_person(base: &str) -> String {
    let consonant_y = base.len() > 2
        && base.ends_with('y')
        && !base[..base.len() - 1].ends_with(['a', 'e', 'o', 'u']);
    if consonant_y {
        format!("{}ies", &base[..base.len() - 1])
    } else if base.ends_with(['s', 'x', 'z', 'o']) || base.ends_with("ch") || base.ends_with("sh") {
        format!("{base}es")
    } else {
        format!("{base}s")
    }
}

/// "going", "making", "dying"; a doubled consonant ("running") is read by its "-ing".
fn gerund(base: &str) -> String {
    if let Some(stem) = base.strip_suffix("ie") {
        format!("{stem}ying")
    } else if base.len() > 2 && base.ends_with('e') && !base.ends_with("ee") {
        format!("{}ing", &base[..base.len() - 1])
    } else {
        format!("{base}ing")
    }
}

/// Whether a word is a verb's regular past in "-ed" ("voted", "died"): not "hundred" or
/// "sacred", nor a base form in "-eed" ("need", "proceed") but for the few pasts of verbs in
/// "-ee" ("agreed").
pub fn is_regular_past(word: &str) -> bool {
    if !(word.len() > 3 && word.ends_with("ed")) {
        return false;
    }
    if word.ends_with("eed") {
        return PASTS_IN_EED.contains(&word);
    }
    !NOT_PAST_IN_ED.contains(&word)
}

/// The role of a word by itself (`original` as written), before its neighbours are looked at.
fn lexical_role(token: &Token, original: &str) -> Role {
    let word: &str = &token.lower;
    if token.kind == Kind::Punct {
        return match word {
            // Square brackets are an editor's words inside a quotation ("[a] dog"): read on.
            "," | ";" | ":" | "(" | ")" | "—" | "–" => Role::Break,
            // "5.25%", "$3 billion", "40 °C": a unit goes with its number.
            "%" | "$" | "€" | "£" | "¥" | "°" => Role::Content,
            _ => Role::Mark,
        };
    }
    // Numbers, and words in capitals ("US", "WHO", "IT"), which are names, not pronouns.
    let capitals = original.len() > 1 && original.chars().all(|c| c.is_uppercase());
    if token.kind == Kind::Number || capitals {
        return Role::Content;
    }
    if let Some(&role) = listed_roles().get(word) {
        role
    } else if is_regular_past(word) {
        Role::Verb(Form::PastOrParticiple)
    } else if word.len() > 5 && word.ends_with("ing") && !NOT_GERUNDS.contains(&word) {
        Role::Verb(Form::Gerund)
    } else {
        Role::Content
    }
}

/// How much of a sentence is read, in bytes: far more than a sentence of news holds, and a
/// bound that keeps reading every date of a sentence without end linear.
const LONGEST_READ: usize = 2048;

/// Reads the sentence at `span` of `text` (its first [`LONGEST_READ`] bytes); `dates` are the
/// spans of its temporal expressions, in text order.
pub fn read<'t>(text: &'t str, span: Span, dates: &[Span]) -> Reading<'t> {
    let body = head(span.of(text), LONGEST_READ);
    read_tokens(body, span.start, tokenize(body), dates, true)
}

/// Reads the `tokens` of `body`, which starts at byte `offset` of the text, as a sentence
/// (its first [`LONGEST_READ`] bytes): for a reader that has tokenized it already. With
/// `whole` false it reads only what its tense is known by ([`Reading::tense`]): the first
/// finite verb outside quotation marks and the words of that verb's group, and of each clause
/// after a semicolon.
pub fn read_tokens<'t>(
    body: &'t str,
    offset: usize,
    tokens: Vec<Token<'t>>,
    dates: &[Span],
    whole: bool,
) -> Reading<'t> {
    /// The words after a verb that its group may still hold ("has also been shut").
    const GROUP: usize = 4;
    let tokens = tokens.into_iter().take_while(|t| t.end <= LONGEST_READ);
    let mut quoting = false;
    let mut describing = false;
    let mut stop_at = usize::MAX;
    let mut words: Vec<Word> = Vec::with_capacity(body.len() / 5);
    let mut next_date = 0;
    for (i, token) in tokens.enumerate() {
        if i >= stop_at {
            if token.lower != ";" {
                continue;
            }
            stop_at = usize::MAX;
        }
        let absolute = Span::new(offset + token.start, offset + token.end);
        let mut role = lexical_role(&token, &body[token.start..token.end]);
        let previous = words.last().map(|w: &Word| w.role);
        let before = words.len().checked_sub(2).map(|k| words[k].role);
        // Dates are in text order, as the words are: one pass over both.
        while next_date < dates.len() && dates[next_date].end <= absolute.start {
            next_date += 1;
        }
        if dates.get(next_date).is_some_and(|d| d.contains(&absolute)) {
            role = Role::Date;
        } else if matches!(role, Role::Verb(_) | Role::Modal) {
            // "the report", "the new ban", "the 2009 crash".
            let after_determiner = previous == Some(Role::Determiner)
                || (matches!(previous, Some(Role::Content | Role::Date))
                    && before == Some(Role::Determiner));
            let noun = match (role, form_of(role)) {
                // "Will Smith", "the May report": a capital inside a sentence is a name.
                (_, _) if token.capital && i > 0 => true,
                (Role::Modal, _) => false,
                (_, Some(Form::Base)) => after_determiner,
                // "the injured", "the leading", but "the board alleging" is a participle.
                (_, Some(Form::Gerund)) => previous == Some(Role::Determiner),
                // "after reports of fires", "amid fears": a plural after a preposition.
                (_, Some(Form::Third)) => {
                    matches!(previous, Some(Role::Determiner | Role::Preposition))
                }
                (_, Some(Form::PastOrParticiple | Form::Participle)) => {
                    previous == Some(Role::Determiner)
                }
                _ => false,
            };
            if noun {
                role = Role::Content;
            }
        }
        // "a hearing on whether to charge the driver": no clause opens, an infinitive
        // goes on the noun, as in "a plan to cut jobs".
        if role == Role::To {
            if let Some(last) = words.last_mut().filter(|w| w.lower == "whether") {
                last.role = Role::Preposition;
            }
        }
        // "About 200 volunteers combed trails": before a figure, "about" or "around" only
        // blurs it, and leads to no noun phrase of its own.
        if token.lower.starts_with(|c: char| c.is_ascii_digit()) {
            if let Some(last) = words.last_mut().filter(|w| {
                w.role == Role::Preposition && matches!(w.lower.as_ref(), "about" | "around")
            }) {
                last.role = Role::Content;
            }
        }
        quoting = quote_after(&token.lower, quoting);
        describing = describing_after(describing, role, i);
        words.push(Word {
            span: absolute,
            capital: token.capital,
            spaced: token.spaced,
            lower: token.lower,
            role,
        });
        let last = words.len() - 1;
        if !whole && stop_at == usize::MAX && !quoting && !describing && is_finite(&words, last) {
            stop_at = i + 1 + GROUP;
        }
    }
    Reading { words }
}

/// Whether word `i` heads a finite verb group: an auxiliary or modal, a verb in the past
/// or the third person, a past not after "to" or an auxiliary, a base form after a
/// pronoun ("they transfer").
fn is_finite(words: &[Word], i: usize) -> bool {
    // "was later jailed", "has also been": the word before, past the group's adverbs.
    let previous = || {
        (0..i)
            .rev()
            .take(3)
            .find(|&k| {
                let word = &words[k];
                !(word.role == Role::Content && GROUP_ADVERBS.contains(&word.lower.as_ref()))
            })
            .map(|k| words[k].role)
    };
    let after_auxiliary = || {
        matches!(
            previous(),
            Some(
                Role::BePresent
                    | Role::BePast
                    | Role::BeOther
                    | Role::HavePresent
                    | Role::HavePast
                    | Role::DoPresent
                    | Role::DoPast
                    | Role::Modal
                    | Role::To
            )
        )
    };
    match words[i].role {
        Role::BePresent
        | Role::BePast
        | Role::HavePresent
        | Role::HavePast
        | Role::DoPresent
        | Role::DoPast
        | Role::Modal => true,
        // "by an innings and 32 runs": a count's noun, not a verb (but "Flight 9525
        // appears": a name's number).
        Role::Verb(Form::Third) => {
            let counted = i > 0
                && (words[i - 1].lower.starts_with(|c: char| c.is_ascii_digit())
                    || SMALL_NUMBERS.contains(&words[i - 1].lower.as_ref()))
                && !(i > 1 && words[i - 2].capital);
            !after_auxiliary() && !counted
        }
        Role::Verb(Form::Past) => !after_auxiliary(),
        Role::Verb(Form::PastOrParticiple) => {
            !after_auxiliary()
                && !describes_noun(words, i)
                && !modifies_noun(words, i)
                && !compared_with(words, i)
                && !ends_period(words, i)
        }
        Role::Verb(Form::Base) => previous() == Some(Role::Pronoun),
        _ => false,
    }
}

/// Whether a relative clause that describes a noun runs on past word `i`, of `role`: one opens
/// at a relative inside the sentence and ends at the next break ("Hawking, the physicist whose
/// work made him famous, has died"); the sentence's own verb is still to come.
fn describing_after(describing: bool, role: Role, i: usize) -> bool {
    match role {
        Role::Relative => i > 0,
        Role::Break => false,
        _ => describing,
    }
}

/// Whether the verb at `i` ends a period at a date, as a participle that describes it: "net
/// income for the six months ended Sept. 30", "the quarter ending in June" (not "a ceasefire
/// of three days ended on Sunday": the period is one a determiner names).
pub fn ends_period(words: &[Word], i: usize) -> bool {
    let date = |k: usize| words.get(k).is_some_and(|w| w.role == Role::Date);
    let period = |k: usize| unit_of_time(&words[k].lower).is_some() || words[k].lower == "period";
    // "the six months", "its fiscal year", or a period that is a date ("the quarter").
    let determined = |k: usize| {
        words[k].role == Role::Date
            || (k.saturating_sub(3)..k).any(|d| {
                words[d].role == Role::Determiner || POSSESSIVES.contains(&words[d].lower.as_ref())
            })
    };
    matches!(words[i].lower.as_ref(), "ended" | "ending")
        && i > 0
        && period(i - 1)
        && determined(i - 1)
        && (date(i + 1)
            || (words
                .get(i + 1)
                .is_some_and(|w| w.role == Role::Preposition)
                && date(i + 2)))
}

/// Whether the verb at `i` is "compared" in "compared with" or "compared to", which reads as
/// a preposition ("posted a loss, compared with a profit a year earlier").
fn compared_with(words: &[Word], i: usize) -> bool {
    words[i].lower == "compared"
        && words
            .get(i + 1)
            .is_some_and(|w| matches!(w.lower.as_ref(), "with" | "to"))
}

/// Whether the past form at word `i` is an adjective before its noun, after a determiner or
/// a count: "two infected aid workers", "the injured man".
fn modifies_noun(words: &[Word], i: usize) -> bool {
    i.checked_sub(1)
        .is_some_and(|b| words[b].role == Role::Determiner || is_count(&words[b]))
        && words.get(i + 1).is_some_and(|w| w.role == Role::Content)
}

/// Whether `word` is a count, in figures or in words, and not a year: "two infected aid
/// workers", "14,000 people" (but "Voters who backed Trump in 2016 switched sides").
pub fn is_count(word: &Word) -> bool {
    (word.role != Role::Date
        && word.lower.starts_with(|c: char| c.is_ascii_digit())
        && word.lower.chars().all(|c| c.is_ascii_digit() || c == ','))
        || SMALL_NUMBERS.contains(&word.lower.as_ref())
}

/// Whether the past form at word `i` is a participle that describes the noun before it, as
/// a later verb of the same clause shows: "The treaty signed in 1961 was renewed".
fn describes_noun(words: &[Word], i: usize) -> bool {
    /// How far on the clause's own verb is looked for.
    const REACH: usize = 12;
    let role = |k: usize| words.get(k).map(|w| w.role);
    // "Prigozhin said in November \"a dog receives ...\"": a saying is its clause's verb, and
    // a quotation's verbs are the quotation's.
    if !(role(i.wrapping_sub(1)) == Some(Role::Content)
        && !REPORTING.contains(&words[i].lower.as_ref())
        && matches!(role(i + 1), Some(Role::Preposition | Role::Date | Role::To)))
    {
        return false;
    }
    // Where the clause's words run out: at a break, a clause's opening or after the reach.
    // "A hospital supported by MSF closed this year after a patient was killed": the verb
    // after "after a patient" is that clause's.
    let end = (i + 1..words.len())
        .take(REACH)
        .find(|&k| {
            matches!(
                words[k].role,
                Role::Break | Role::Coordinator | Role::Relative | Role::Subordinator | Role::That
            ) || is_quotation_mark(&words[k].lower)
                || opens_time_clause(words, k)
        })
        .unwrap_or_else(|| words.len().min(i + 1 + REACH));
    // "The paintings, a portrait attributed to Bol, were taken": an apposition a comma closes
    // before the sentence's own verb; not a relative clause's verb ("an offer, which Haldor
    // submitted in May, was turned down").
    let from = i.saturating_sub(REACH);
    let opened = words[from..i]
        .iter()
        .rposition(|w| w.role == Role::Break)
        .map_or(from, |k| from + k + 1);
    let relative = words[opened..i]
        .iter()
        .any(|w| matches!(w.role, Role::Relative | Role::That));
    // Nor a verb with a date of its own: "The senator retired in 2020, was replaced ...".
    let dated = words[i + 1..end].iter().any(|w| w.role == Role::Date);
    // A verb group's head that is nothing else; "Figures published on Wednesday showed": a
    // form that is only a past.
    let heads_a_group = |role: Role| {
        matches!(
            role,
            Role::BePresent
                | Role::BePast
                | Role::HavePresent
                | Role::HavePast
                | Role::Modal
                | Role::Verb(Form::Past)
        )
    };
    let apposition = !relative
        && !dated
        && words[end..].first().is_some_and(|w| w.lower == ",")
        && role(end + 1).is_some_and(heads_a_group);
    apposition
        || role(i + 1) != Some(Role::To)
            && words[i + 1..end].iter().enumerate().any(|(n, w)| {
                heads_a_group(w.role)
                    // "... in 1975 ended the war": a verb with an object of its own, not a
                    // noun ("government forces and").
                    || matches!(w.role, Role::Verb(Form::Third | Form::PastOrParticiple))
                        && matches!(role(i + 2 + n), Some(Role::Determiner | Role::Pronoun))
            })
}

/// Whether word `k` leads to a time and opens a clause rather than a phrase: "after" with a
/// subject after it ("after the fire spread"), not "after noon"; never "during", "amid" or
/// "following", which lead to a noun ("the treaty signed during the war was renewed").
pub fn opens_time_clause(words: &[Word], k: usize) -> bool {
    let word = words[k].lower.as_ref();
    TIME_CONJUNCTIONS.contains(&word)
        && !matches!(word, "during" | "amid" | "following")
        && !in_front_of(words, k)
        && words.get(k + 1).is_some_and(|w| {
            matches!(w.role, Role::Determiner | Role::Pronoun | Role::Content)
                // "since then", "before that": a time the text gave, no clause.
                && !matches!(w.lower.as_ref(), "then" | "that" | "this")
        })
}

/// Whether word `k` is a "before" that means "in front of": "appeared before a judge on
/// Monday", not earlier than.
pub fn in_front_of(words: &[Word], k: usize) -> bool {
    words[k].lower == "before"
        && k.checked_sub(1).is_some_and(|v| {
            IN_FRONT_OF
                .iter()
                .any(|verb| words[v].lower.starts_with(verb))
        })
}

fn form_of(role: Role) -> Option<Form> {
    match role {
        Role::Verb(form) => Some(form),
        _ => None,
    }
}

impl Reading<'_> {
    /// Whether word `i` heads a finite verb group ([`is_finite`]).
    pub fn is_finite(&self, i: usize) -> bool {
        is_finite(&self.words, i)
    }

    /// The next verb of the group headed at `i`, past adverbs ("has also been").
    fn next_in_group(&self, i: usize) -> Option<(usize, Role)> {
        (i + 1..self.words.len())
            .take(4)
            .find(|&k| {
                let word = &self.words[k];
                !(word.role == Role::Content && GROUP_ADVERBS.contains(&word.lower.as_ref()))
            })
            .map(|k| (k, self.words[k].role))
    }

    /// What the verb group headed at word `i` says of when its happening is.
    pub fn tense_at(&self, i: usize) -> Tense {
        let next = self.next_in_group(i);
        let next_role = next.map(|(_, role)| role);
        let next_word = next.map_or("", |(k, _)| self.words[k].lower.as_ref());
        let participle = matches!(
            next_role,
            Some(Role::Verb(Form::Participle | Form::PastOrParticiple) | Role::BeOther)
        );
        let there_was = i > 0 && self.words[i - 1].lower == "there" && next_word != "no";
        match self.words[i].role {
            Role::Modal => Tense::Ahead,
            Role::HavePresent if participle => Tense::Now,
            Role::HavePresent | Role::DoPresent => Tense::State,
            // "was reciprocal", "were among the passengers": a state in the past; but "there
            // was an attack" tells that one happened.
            Role::BePast
                if !(participle
                    || there_was
                    || matches!(next_role, Some(Role::Verb(Form::Gerund) | Role::To))) =>
            {
                Tense::State
            }
            Role::HavePast | Role::BePast | Role::DoPast => Tense::Past,
            Role::BePresent if SET_AHEAD.contains(&next_word) => Tense::Ahead,
            Role::BePresent if next_role == Some(Role::To) => Tense::Ahead,
            Role::BePresent if next_word == "going" => Tense::Ahead,
            Role::BePresent if participle || next_role == Some(Role::Verb(Form::Gerund)) => {
                Tense::Now
            }
            Role::BePresent => Tense::State,
            Role::Verb(_) if STATIVE.contains(&self.words[i].lower.as_ref()) => Tense::State,
            Role::Verb(Form::Third | Form::Base) => Tense::Now,
            _ => Tense::Past,
        }
    }

    /// The tense of the sentence: that of its first finite verb outside quotation marks, or,
    /// where that tells a state, of the first verb of a clause after a semicolon that tells
    /// more ("The helicopter was a Black Hawk; radar lost it"); inside quotation marks when
    /// it has none outside. `None` when it has no finite verb (a heading, a caption, a date
    /// line).
    pub fn tense(&self) -> Option<Tense> {
        let mut quoting = false;
        let mut first = None;
        let mut a_state = false;
        let mut clause_starts = true;
        // Whether a relative clause runs on: its verbs are not the sentence's.
        let mut describing = false;
        for (i, word) in self.words.iter().enumerate() {
            quoting = quote_after(&word.lower, quoting);
            if word.lower == ";" && !quoting {
                clause_starts = true;
            }
            describing = describing_after(describing, word.role, i);
            if self.is_finite(i) {
                if !quoting && clause_starts && !describing {
                    let tense = self.tense_at(i);
                    if tense != Tense::State {
                        return Some(tense);
                    }
                    a_state = true;
                    clause_starts = false;
                }
                first = first.or(Some(i));
            }
        }
        match a_state {
            true => Some(Tense::State),
            false => first.map(|i| self.tense_at(i)),
        }
    }

    /// Whether each word stands inside quotation marks.
    pub fn quoted(&self) -> Vec<bool> {
        let mut inside = false;
        self.words
            .iter()
            .map(|word| {
                inside = quote_after(&word.lower, inside);
                inside
            })
            .collect()
    }
}

/// Whether `word` is a double quotation mark, which opens or closes a quotation.
pub fn is_quotation_mark(word: &str) -> bool {
    matches!(word, "\"" | "“" | "”")
}

/// Whether a quotation is open after `word`, given whether one was before it.
fn quote_after(word: &str, open: bool) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (Some(mark), None) => quote_after_char(mark, open),
        _ => open,
    }
}

/// Whether a quotation is open after the character `c`, given whether one was before it.
pub fn quote_after_char(c: char, open: bool) -> bool {
    match c {
        '“' => true,
        '”' => false,
        '"' => !open,
        _ => open,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(sentence: &str) -> Option<Tense> {
        read(sentence, Span::new(0, sentence.len()), &[]).tense()
    }

    #[test]
    fn the_first_finite_verb_tells_the_tense() {
        assert_eq!(
            tense("A Japanese military helicopter went down off the coast."),
            Some(Tense::Past)
        );
        assert_eq!(
            tense("All 10 aboard were reported missing."),
            Some(Tense::Past)
        );
        assert_eq!(
            tense("The Brussels metro system has been shut down."),
            Some(Tense::Now)
        );
        assert_eq!(
            tense("Sources indicate officials are investigating the death."),
            Some(Tense::Now)
        );
        assert_eq!(
            tense("Navalny is an outspoken critic of Putin."),
            Some(Tense::State)
        );
        assert_eq!(
            tense("The new treaty will replace the documents."),
            Some(Tense::Ahead)
        );
        assert_eq!(
            tense("A public hearing is set for Thursday."),
            Some(Tense::Ahead)
        );
        assert_eq!(
            tense("The agreement freed the hostages."),
            Some(Tense::Past)
        );
        assert_eq!(tense("Russia, North Korea upgrade partnership"), None);
    }

    #[test]
    fn a_happening_told_as_there_was_or_after_a_state_is_past() {
        assert_eq!(
            tense("There was a second attack at a metro station."),
            Some(Tense::Past)
        );
        assert_eq!(tense("There was no warning."), Some(Tense::State));
        assert_eq!(
            tense("It was a Black Hawk; radar lost it minutes later."),
            Some(Tense::Past)
        );
        assert_eq!(
            tense("It was a Black Hawk, the army said."),
            Some(Tense::State)
        );
    }

    #[test]
    fn quoted_words_give_way_to_the_verb_that_reports_them() {
        assert_eq!(
            tense("\"We will do our utmost,\" the minister said."),
            Some(Tense::Past)
        );
    }

    #[test]
    fn a_determiner_makes_a_noun_of_a_verb_form() {
        let text = "The report warned of the new ban.";
        let reading = read(text, Span::new(0, text.len()), &[]);
        let roles: Vec<Role> = reading.words.iter().map(|w| w.role).collect();
        assert_eq!(roles[1], Role::Content, "report");
        assert_eq!(roles[2], Role::Verb(Form::PastOrParticiple), "warned");
        assert_eq!(roles[6], Role::Content, "ban");
    }

    #[test]
    fn verb_forms_follow_spelling() {
        assert_eq!(third_person("deny"), "denies");
        assert_eq!(third_person("go"), "goes");
        assert_eq!(third_person("watch"), "watches");
        assert_eq!(third_person("say"), "says");
        assert_eq!(gerund("make"), "making");
        assert_eq!(gerund("die"), "dying");
        assert_eq!(gerund("see"), "seeing");
    }
}
