//! Scoring found temporal expressions against gold ones, as the TempEval-3 scorer does, and
//! classifying every difference so that the most frequent ones say what to fix.

use std::collections::HashSet;
use std::ops::AddAssign;

use sourceline_core::Span;

use crate::timeml::Timex;

/// The value WikiWars (converted from TIMEX2) gives an expression its annotators left
/// unresolved; no answer can match it, so such matches are not judged on value.
const NO_VALUE: &str = "null";

/// Whether a corpus's gold types can be judged.
///
/// WikiWars was converted from TIMEX2, which has no types: every TIMEX3 says DATE, durations
/// (`P3Y`) included. A corpus whose gold is all DATE yet holds a duration value is one such.
pub fn types_annotated<'a>(gold: impl IntoIterator<Item = &'a Timex>) -> bool {
    let (mut all_dates, mut has_duration) = (true, false);
    for timex in gold {
        all_dates &= timex.kind == "DATE";
        has_duration |= timex.value.starts_with('P') && !timex.value.ends_with("_REF");
    }
    !(all_dates && has_duration)
}

/// Tallies of one document or a whole corpus; every rate is computed from these.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    /// Matches with identical spans.
    pub strict: usize,
    /// Matches with overlapping spans, the strict ones included.
    pub relaxed: usize,
    /// Relaxed matches whose types agree.
    pub type_correct: usize,
    /// Relaxed matches whose gold has a value to compare with.
    pub value_judged: usize,
    pub value_correct: usize,
}

/// Precision, recall and F1, each between 0 and 1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rates {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Counts {
    pub fn strict(&self) -> Rates {
        self.rates(self.strict)
    }

    pub fn relaxed(&self) -> Rates {
        self.rates(self.relaxed)
    }

    /// The share of relaxed matches whose type is gold's.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_correct, self.relaxed)
    }

    /// The share of judged relaxed matches whose value is gold's.
    pub fn value_accuracy(&self) -> f64 {
        ratio(self.value_correct, self.value_judged)
    }

    fn rates(&self, matches: usize) -> Rates {
        let precision = ratio(matches, self.system);
        let recall = ratio(matches, self.gold);
        let f1 = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Rates {
            precision,
            recall,
            f1,
        }
    }
}

/// `part / whole`, and 0 for an empty whole, as the TempEval-3 scorer reports it.
fn ratio(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

impl AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.gold += other.gold;
        self.system += other.system;
        self.strict += other.strict;
        self.relaxed += other.relaxed;
        self.type_correct += other.type_correct;
        self.value_judged += other.value_judged;
        self.value_correct += other.value_correct;
    }
}

/// One document's gold and found expressions, paired.
pub struct Comparison<'a> {
    gold: &'a [Timex],
    system: &'a [Timex],
    /// (gold index, system index) of every relaxed match, in gold order.
    pairs: Vec<(usize, usize)>,
    types_annotated: bool,
}

impl<'a> Comparison<'a> {
    /// Pairs each gold expression with at most one found expression and the other way round:
    /// identical spans first, then overlapping ones.
    pub fn new(gold: &'a [Timex], system: &'a [Timex], types_annotated: bool) -> Self {
        let mut gold_used = vec![false; gold.len()];
        let mut system_used = vec![false; system.len()];
        let mut pairs = Vec::new();
        for (g, timex) in gold.iter().enumerate() {
            let identical =
                (0..system.len()).find(|&s| !system_used[s] && system[s].span == timex.span);
            if let Some(s) = identical {
                gold_used[g] = true;
                system_used[s] = true;
                pairs.push((g, s));
            }
        }
        // Gold in order of end, each taking the free overlapping mention that ends first: a
        // later gold ends no earlier, so a mention ending sooner is the one it can least use.
        // This pairs as many as any assignment could.
        let mut unpaired: Vec<usize> = (0..gold.len()).filter(|&g| !gold_used[g]).collect();
        unpaired.sort_by_key(|&g| gold[g].span.end);
        for g in unpaired {
            let overlapping = (0..system.len())
                .filter(|&s| !system_used[s] && system[s].span.overlaps(&gold[g].span))
                .min_by_key(|&s| system[s].span.end);
            if let Some(s) = overlapping {
                system_used[s] = true;
                pairs.push((g, s));
            }
        }
        pairs.sort_unstable();
        Comparison {
            gold,
            system,
            pairs,
            types_annotated,
        }
    }

    pub fn counts(&self) -> Counts {
        let mut counts = Counts {
            gold: self.gold.len(),
            system: self.system.len(),
            relaxed: self.pairs.len(),
            ..Counts::default()
        };
        for (gold, ours) in self.matched() {
            counts.strict += usize::from(gold.span == ours.span);
            counts.type_correct += usize::from(gold.kind == ours.kind);
            if gold.value != NO_VALUE {
                counts.value_judged += 1;
                counts.value_correct += usize::from(gold.value == ours.value);
            }
        }
        counts
    }

    /// Every difference from gold, in text order; `text` is the document the spans are in.
    pub fn findings(&self, text: &str) -> Vec<Finding<'a>> {
        let mut findings = Vec::new();
        let gold_paired: HashSet<usize> = self.pairs.iter().map(|&(g, _)| g).collect();
        let system_paired: HashSet<usize> = self.pairs.iter().map(|&(_, s)| s).collect();
        for (g, gold) in self.gold.iter().enumerate() {
            if gold_paired.contains(&g) {
                continue;
            }
            // Without gold types, the form of the value says what kind of expression it was.
            let what = if self.types_annotated {
                gold.kind.clone()
            } else {
                shape(&gold.value)
            };
            findings.push(Finding::new(format!("missed {what}"), Some(gold), None));
        }
        for (s, ours) in self.system.iter().enumerate() {
            if !system_paired.contains(&s) {
                let kind = format!("spurious {}", ours.kind);
                findings.push(Finding::new(kind, None, Some(ours)));
            }
        }
        for (gold, ours) in self.matched() {
            let mut differ =
                |kind: String| findings.push(Finding::new(kind, Some(gold), Some(ours)));
            if gold.span != ours.span {
                differ(span_difference(text, gold, ours));
            }
            if self.types_annotated && gold.kind != ours.kind {
                differ(format!("wrong type: gold {} ours {}", gold.kind, ours.kind));
            }
            if gold.value != NO_VALUE && gold.value != ours.value {
                let of_type = if self.types_annotated {
                    format!("{} ", gold.kind)
                } else {
                    String::new()
                };
                differ(format!(
                    "wrong value: {of_type}{}",
                    value_difference(&gold.value, &ours.value)
                ));
            }
        }
        findings.sort_by_key(|f| f.span());
        findings
    }

    fn matched(&self) -> impl Iterator<Item = (&'a Timex, &'a Timex)> + '_ {
        self.pairs
            .iter()
            .map(|&(g, s)| (&self.gold[g], &self.system[s]))
    }
}

/// One difference from gold: a miss (only `gold`), a spurious mention (only `ours`), or a
/// match whose span, type or value differs (both).
#[derive(Debug)]
pub struct Finding<'a> {
    /// The class of error the summary counts, e.g. `missed DURATION`,
    /// `span too short: gold is 'the …'`, `wrong value: DATE gold 9999-W99 ours 9999-99-99`.
    pub kind: String,
    pub gold: Option<&'a Timex>,
    pub ours: Option<&'a Timex>,
}

impl<'a> Finding<'a> {
    fn new(kind: String, gold: Option<&'a Timex>, ours: Option<&'a Timex>) -> Self {
        Finding { kind, gold, ours }
    }

    /// The text both expressions cover, from the first start to the last end.
    pub fn span(&self) -> Span {
        let spans = || self.gold.iter().chain(&self.ours).map(|t| t.span);
        let start = spans().map(|s| s.start).min().unwrap_or_default();
        let end = spans().map(|s| s.end).max().unwrap_or_default();
        Span::new(start, end)
    }
}

/// How an overlapping span differs from gold, with the extra words when they are few:
/// `span too short: gold is 'the …'`, `span too long: ours is '… afternoon'`, `span shifted`.
fn span_difference(text: &str, gold: &Timex, ours: &Timex) -> String {
    let (longer, shorter, verdict, whose) = if ours.span.contains(&gold.span) {
        (ours, gold, "span too long", "ours")
    } else if gold.span.contains(&ours.span) {
        (gold, ours, "span too short", "gold")
    } else {
        return "span shifted".to_string();
    };
    let before = &text[longer.span.start..shorter.span.start];
    let after = &text[shorter.span.end..longer.span.end];
    let few_words = |extra: &str| extra.split_whitespace().count() <= 2;
    if few_words(before) && few_words(after) {
        let pattern = format!("{before}…{after}")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        format!("{verdict}: {whose} is '{}'", shape(&pattern.to_lowercase()))
    } else {
        verdict.to_string()
    }
}

/// How a wrong value differs: in form (`gold 9999-W99 ours 9999-99-99`) or, when the forms
/// agree, in the first field that differs and which way (`9999-99, ours has a later year`).
fn value_difference(gold: &str, ours: &str) -> String {
    let (gold_shape, ours_shape) = (shape(gold), shape(ours));
    if gold_shape != ours_shape {
        return format!("gold {gold_shape} ours {ours_shape}");
    }
    // Equal forms differ only in digits, at the same places: the first one tells the field.
    let Some(at) = gold.bytes().zip(ours.bytes()).position(|(g, o)| g != o) else {
        return gold_shape;
    };
    let before = &gold[..at];
    let ours_more = ours.as_bytes()[at] > gold.as_bytes()[at];
    let (field, direction) = if gold.starts_with('P') {
        ("amount", if ours_more { "a larger" } else { "a smaller" })
    } else {
        let field = if before.contains('T') {
            "time"
        } else {
            match before.matches('-').count() {
                0 => "year",
                1 if before
                    .rsplit('-')
                    .next()
                    .is_some_and(|f| f.starts_with('W')) =>
                {
                    "week"
                }
                1 => "month",
                _ => "day",
            }
        };
        (field, if ours_more { "a later" } else { "an earlier" })
    };
    format!("{gold_shape}, ours has {direction} {field}")
}

/// A value or text with every digit made 9, so that errors group by form: `2013-W11` and
/// `2012-W02` are both `9999-W99`.
fn shape(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_ascii_digit() { '9' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timex(start: usize, end: usize, kind: &str, value: &str) -> Timex {
        Timex {
            id: None,
            span: Span::new(start, end),
            kind: kind.to_string(),
            value: value.to_string(),
            modifier: None,
        }
    }

    /// "Six deaths were reported in the last week, Dr. Jhung said Friday after a month."
    const TEXT: &str =
        "Six deaths were reported in the last week, Dr. Jhung said Friday after a month.";

    /// Gold: "the last week" 28..41, "Friday" 58..64, "a month" 71..78.
    fn gold() -> Vec<Timex> {
        vec![
            timex(28, 41, "DATE", "2013-W11"),
            timex(58, 64, "DATE", "2013-03-22"),
            timex(71, 78, "DURATION", "P1M"),
        ]
    }

    #[test]
    fn strict_needs_the_same_span_and_relaxed_an_overlap() {
        let gold = gold();
        let system = [
            timex(32, 41, "DATE", "2013-W11"),   // "last week": relaxed only
            timex(58, 64, "DATE", "2013-03-21"), // "Friday": strict, wrong value
            timex(0, 3, "DURATION", "P1D"),      // "Six": spurious
        ];
        let counts = Comparison::new(&gold, &system, true).counts();
        assert_eq!(
            counts,
            Counts {
                gold: 3,
                system: 3,
                strict: 1,
                relaxed: 2,
                type_correct: 2,
                value_judged: 2,
                value_correct: 1,
            }
        );
    }

    #[test]
    fn each_mention_matches_at_most_once() {
        let gold = [timex(0, 10, "DATE", "2013")];
        let system = [timex(0, 4, "DATE", "2013"), timex(5, 10, "DATE", "2013")];
        let counts = Comparison::new(&gold, &system, true).counts();
        assert_eq!((counts.relaxed, counts.system), (1, 2));

        let gold = [timex(0, 4, "DATE", "2013"), timex(5, 10, "DATE", "2013")];
        let system = [timex(0, 10, "DATE", "2013")];
        assert_eq!(Comparison::new(&gold, &system, true).counts().relaxed, 1);
    }

    #[test]
    fn identical_spans_win_over_overlaps() {
        // Gold "the last week" and "week"; ours "last week" and "week". Pairing by overlap
        // alone could give "the last week" our "week"; strict pairing keeps both matches.
        let gold = [timex(28, 41, "DATE", "a"), timex(37, 41, "DATE", "b")];
        let system = [timex(37, 41, "DATE", "b"), timex(32, 41, "DATE", "a")];
        let counts = Comparison::new(&gold, &system, true).counts();
        assert_eq!(
            (counts.strict, counts.relaxed, counts.value_correct),
            (1, 2, 2)
        );
    }

    #[test]
    fn overlapping_pairs_are_as_many_as_possible() {
        // Ours 5..15 overlaps both gold; ours 0..3 only the first. Giving the first gold the
        // mention listed first (5..15) would leave the second gold unmatched.
        let gold = [timex(0, 10, "DATE", "x"), timex(12, 20, "DATE", "y")];
        let system = [timex(5, 15, "DATE", "y"), timex(0, 3, "DATE", "x")];
        assert_eq!(Comparison::new(&gold, &system, true).counts().relaxed, 2);
    }

    #[test]
    fn rates_follow_the_tempeval_formulas() {
        // 4 gold, 5 found, 2 identical and 3 overlapping (identical included), 2 right values.
        let counts = Counts {
            gold: 4,
            system: 5,
            strict: 2,
            relaxed: 3,
            type_correct: 3,
            value_judged: 3,
            value_correct: 2,
        };
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        let strict = counts.strict();
        assert!(close(strict.precision, 0.4) && close(strict.recall, 0.5));
        assert!(close(strict.f1, 2.0 * 0.4 * 0.5 / 0.9)); // 0.4444…
        let relaxed = counts.relaxed();
        assert!(close(relaxed.precision, 0.6) && close(relaxed.recall, 0.75));
        assert!(close(relaxed.f1, 2.0 / 3.0));
        assert!(close(counts.type_accuracy(), 1.0));
        assert!(close(counts.value_accuracy(), 2.0 / 3.0));
        assert_eq!(
            Counts::default().relaxed().f1,
            0.0,
            "nothing found scores 0, not NaN"
        );
    }

    #[test]
    fn counts_add_up_across_documents() {
        let mut total = Counts::default();
        let one = Counts {
            gold: 2,
            system: 1,
            strict: 1,
            relaxed: 1,
            type_correct: 1,
            value_judged: 1,
            value_correct: 0,
        };
        total += one;
        total += one;
        assert_eq!(
            (total.gold, total.system, total.relaxed, total.value_judged),
            (4, 2, 2, 2)
        );
    }

    #[test]
    fn findings_name_what_to_fix() {
        let gold = gold();
        let system = [
            timex(32, 41, "DATE", "2013-03-15"),
            timex(58, 70, "DATE", "2013-03-22"),
            timex(0, 3, "DURATION", "P1D"),
        ];
        let comparison = Comparison::new(&gold, &system, true);
        let kinds: Vec<String> = comparison
            .findings(TEXT)
            .into_iter()
            .map(|f| f.kind)
            .collect();
        assert_eq!(
            kinds,
            [
                "spurious DURATION",
                "span too short: gold is 'the …'",
                "wrong value: DATE gold 9999-W99 ours 9999-99-99",
                "span too long: ours is '… after'",
                "missed DURATION",
            ]
        );
    }

    #[test]
    fn wrong_values_of_the_same_form_name_the_field_and_the_way() {
        let differ = value_difference;
        assert_eq!(
            differ("2012-10", "2013-10"),
            "9999-99, ours has a later year"
        );
        assert_eq!(
            differ("2013-03-23", "2013-03-16"),
            "9999-99-99, ours has an earlier day"
        );
        assert_eq!(
            differ("2013-W11", "2013-W12"),
            "9999-W99, ours has a later week"
        );
        assert_eq!(
            differ("2013-03-22T15:00", "2013-03-22T14:00"),
            "9999-99-99T99:99, ours has an earlier time"
        );
        assert_eq!(differ("P5Y", "P6Y"), "P9Y, ours has a larger amount");
        assert_eq!(
            differ("PRESENT_REF", "2013-03-22"),
            "gold PRESENT_REF ours 9999-99-99"
        );
    }

    #[test]
    fn untyped_corpora_and_null_values_are_not_judged() {
        let gold = [timex(0, 3, "DATE", "P3Y"), timex(4, 8, "DATE", "null")];
        assert!(!types_annotated(&gold));
        assert!(types_annotated(&[timex(0, 3, "DATE", "PRESENT_REF")]));
        let system = [timex(0, 3, "DURATION", "P3Y"), timex(4, 8, "DATE", "2013")];
        let comparison = Comparison::new(&gold, &system, false);
        assert!(comparison.findings("six days").is_empty());
        let kinds: Vec<String> = Comparison::new(&gold, &[], false)
            .findings("six days")
            .into_iter()
            .map(|f| f.kind)
            .collect();
        assert_eq!(kinds, ["missed P9Y", "missed null"]);
        assert_eq!(comparison.counts().value_judged, 1);
    }
}
