//! Scoring a timeline's events against the happenings people marked in the same article:
//! TimeSET's salient events (brat standoff, `.txt` and `.ann`) and TimeBank's events linked to
//! times (`EVENT`, `TLINK`), each figure as `../shared/corpora/README.md` defines it.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::ops::AddAssign;

use chrono::NaiveDate;
use sourceline_core::text::CharIndex;
use sourceline_core::{Event, Span, TimeValue};

use crate::timeml::{GoldDocument, LinkEnd};

/// An article with the happenings people marked in it.
pub struct GoldStory {
    pub name: String,
    pub text: String,
    /// The article's date as people read it: TimeSET's second line, TimeBank's DCT.
    pub dateline: Option<NaiveDate>,
    /// The line that states that date, where the text has one (TimeSET's second line).
    pub dateline_line: Option<Span>,
    pub happenings: Vec<Happening>,
    pub pairs: Vec<Pair>,
}

/// One happening people marked: the word that names it and, where they gave one, its date.
pub struct Happening {
    pub trigger: Span,
    /// First day and the day after the last, as [`TimeValue::day_numbers`] counts them.
    pub date: Option<(i64, i64)>,
    /// Whether the figures count it: every TimeSET event (they are the salient ones), and
    /// TimeBank's events linked to a date.
    pub counted: bool,
}

/// Two happenings in a known order.
pub struct Pair {
    pub first: usize,
    pub second: usize,
    pub order: Order,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// The first ends before the second begins.
    Before,
    /// The two overlap in time.
    Overlap,
}

/// Tallies of the event figures over one article or a corpus.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct EventCounts {
    pub articles: usize,
    /// Articles with a date line whose date the extractor found there.
    pub with_dateline: usize,
    pub dateline_found: usize,
    /// Articles where the date line is part of an event's evidence or dates one.
    pub dateline_drawn: usize,
    pub happenings: usize,
    pub placed: usize,
    pub dated: usize,
    pub anchored: usize,
    pub ordered_pairs: usize,
    pub ordered_right: usize,
    pub overlapping_pairs: usize,
    pub overlapping_right: usize,
    /// Timeline events whose evidence cites at least one counted happening.
    pub citing: usize,
    pub titles_naming: usize,
}

impl AddAssign for EventCounts {
    fn add_assign(&mut self, o: EventCounts) {
        self.articles += o.articles;
        self.with_dateline += o.with_dateline;
        self.dateline_found += o.dateline_found;
        self.dateline_drawn += o.dateline_drawn;
        self.happenings += o.happenings;
        self.placed += o.placed;
        self.dated += o.dated;
        self.anchored += o.anchored;
        self.ordered_pairs += o.ordered_pairs;
        self.ordered_right += o.ordered_right;
        self.overlapping_pairs += o.overlapping_pairs;
        self.overlapping_right += o.overlapping_right;
        self.citing += o.citing;
        self.titles_naming += o.titles_naming;
    }
}

/// A title longer than this is no title.
const TITLE_MAX_CHARS: usize = 90;

/// How many first letters of a word a title's word must share with the trigger to name it
/// ("crashed" names "crash").
const SAME_STEM: usize = 5;

/// One difference from what people marked, of a kind, for `--verbose`.
pub struct Miss {
    pub kind: &'static str,
    pub detail: String,
}

/// Reads a TimeSET article: `name.txt` and `name.ann`.
///
/// # Errors
/// A line of the `.ann` that cannot be read, or an offset outside the text.
pub fn read_brat(name: &str, text: String, ann: &str) -> Result<GoldStory, String> {
    let index = CharIndex::new(&text);
    let span = |start: &str, end: &str| -> Result<Span, String> {
        let offset = |o: &str| {
            o.parse::<usize>()
                .ok()
                .and_then(|chars| index.byte_offset(chars))
                .ok_or_else(|| format!("{name}.ann: offset '{o}' is not in the text"))
        };
        Ok(Span::new(offset(start)?, offset(end)?))
    };
    let mut spans: HashMap<&str, Span> = HashMap::new();
    let mut times: HashMap<&str, &str> = HashMap::new();
    let mut events: Vec<(&str, &str, Option<&str>)> = Vec::new();
    let mut relations: Vec<(Order, &str, &str)> = Vec::new();
    for line in ann.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        let id = fields[0];
        let Some(&body) = fields.get(1) else { continue };
        let words: Vec<&str> = body.split_whitespace().collect();
        match (id.chars().next(), words.as_slice()) {
            (Some('T'), [_, start, end, ..]) => {
                spans.insert(id, span(start, end)?);
            }
            (Some('E'), [trigger, args @ ..]) => {
                let trigger = trigger.split(':').nth(1).unwrap_or_default();
                let time = args.iter().find_map(|a| a.strip_prefix("TIMEX:"));
                events.push((id, trigger, time));
            }
            (Some('R'), [kind, first, second]) => {
                let order = match *kind {
                    "AFTER" => Order::Before,
                    "COEX" => Order::Overlap,
                    _ => continue,
                };
                let (Some(first), Some(second)) =
                    (first.strip_prefix("Arg1:"), second.strip_prefix("Arg2:"))
                else {
                    return Err(format!("{name}.ann: relation '{line}' is not read"));
                };
                relations.push((order, first, second));
            }
            (Some('#'), [_, target, ..]) => {
                if let Some(note) = fields.get(2) {
                    times.insert(target, note);
                }
            }
            _ => {}
        }
    }
    let position: HashMap<&str, usize> = events
        .iter()
        .enumerate()
        .map(|(i, (id, ..))| (*id, i))
        .collect();
    let happenings = events
        .iter()
        .map(|(id, trigger, time)| {
            let trigger = *spans
                .get(trigger)
                .ok_or_else(|| format!("{name}.ann: event {id} has no trigger"))?;
            let date = time
                .and_then(|t| times.get(t))
                .and_then(|note| gold_date(note));
            Ok(Happening {
                trigger,
                date,
                counted: true,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    let pairs = relations
        .iter()
        .filter_map(|(order, first, second)| {
            Some(Pair {
                first: *position.get(first)?,
                second: *position.get(second)?,
                order: *order,
            })
        })
        .collect();
    // TimeSET's second line is the date line: "Tuesday, April 11, 2023".
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().map_or(0, str::len);
    let second = lines.next().unwrap_or_default();
    let line = Span::new(first, first + second.trim_end().len());
    let dateline = NaiveDate::parse_from_str(line.of(&text).trim(), "%A, %B %d, %Y").ok();
    Ok(GoldStory {
        name: name.to_string(),
        dateline,
        dateline_line: dateline.map(|_| line),
        text,
        happenings,
        pairs,
    })
}

/// A TimeSET note's date as day numbers: `2023-04-06`, `2023-03-xx` (a month), `2011_xx-xx`,
/// `duration: 1940-xx-xx thru 2002-xx-xx`, `2023-xx-xx (sometime before March 12)`.
fn gold_date(note: &str) -> Option<(i64, i64)> {
    let note = note.trim_start_matches("duration:").trim();
    let value = |part: &str| -> Option<TimeValue> {
        let word = part.split_whitespace().next()?.replace('_', "-");
        let mut value = word.as_str();
        while let Some(shorter) = value.strip_suffix("-xx") {
            value = shorter;
        }
        value.parse().ok()
    };
    let (from, to) = match note.split_once(" thru ") {
        Some((from, to)) => (value(from)?, value(to)),
        None => (value(note)?, None),
    };
    let to = to.unwrap_or(from);
    Some((from.day_numbers().0, to.day_numbers().1))
}

/// A TimeBank document's events linked to a date (IS_INCLUDED, DURING, SIMULTANEOUS,
/// IDENTITY: the event happens at that time), and its event-event links in a known order.
pub fn from_timebank(name: &str, gold: &GoldDocument) -> GoldStory {
    let dates: HashMap<&str, (i64, i64)> = gold
        .timexes
        .iter()
        .filter(|t| t.kind == "DATE" || t.kind == "TIME")
        .filter_map(|t| Some((t.id.as_deref()?, day_of(&t.value)?)))
        .chain(gold.dct.map(|d| ("t0", TimeValue::Day(d).day_numbers())))
        .collect();
    let mut date_of: HashMap<&str, (i64, i64)> = HashMap::new();
    for link in &gold.links {
        if let LinkEnd::Time(time) = &link.to {
            let at = matches!(
                link.relation.as_str(),
                "IS_INCLUDED" | "DURING" | "SIMULTANEOUS" | "IDENTITY"
            );
            if let Some(&date) = dates.get(time.as_str()).filter(|_| at) {
                date_of.entry(link.event.as_str()).or_insert(date);
            }
        }
    }
    let position: HashMap<&str, usize> = gold
        .events
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let happenings = gold
        .events
        .iter()
        .map(|e| {
            let date = date_of.get(e.id.as_str()).copied();
            Happening {
                trigger: e.span,
                date,
                counted: date.is_some(),
            }
        })
        .collect();
    let pairs = gold
        .links
        .iter()
        .filter_map(|link| {
            let LinkEnd::Event(other) = &link.to else {
                return None;
            };
            let (a, b) = (
                *position.get(link.event.as_str())?,
                *position.get(other.as_str())?,
            );
            let (first, second, order) = match link.relation.as_str() {
                "BEFORE" | "IBEFORE" => (a, b, Order::Before),
                "AFTER" | "IAFTER" => (b, a, Order::Before),
                "SIMULTANEOUS" | "IDENTITY" => (a, b, Order::Overlap),
                _ => return None,
            };
            Some(Pair {
                first,
                second,
                order,
            })
        })
        .collect();
    GoldStory {
        name: name.to_string(),
        text: gold.text.clone(),
        dateline: gold.dct,
        dateline_line: None,
        happenings,
        pairs,
    }
}

/// A TimeML value's day numbers, a time of day read as its day.
fn day_of(value: &str) -> Option<(i64, i64)> {
    let day = value.split('T').next()?;
    Some(day.parse::<TimeValue>().ok()?.day_numbers())
}

/// The timeline event each happening is placed on, if any: the event whose evidence holds its
/// trigger, and where several do, the one with a date mention nearest the trigger.
fn placements(story: &GoldStory, events: &[Event]) -> Vec<Option<usize>> {
    story
        .happenings
        .iter()
        .map(|h| {
            events
                .iter()
                .enumerate()
                .filter(|(_, e)| e.evidence.iter().any(|s| s.contains(&h.trigger)))
                .min_by_key(|(_, e)| {
                    e.mentions
                        .iter()
                        .map(|m| distance(m.span, h.trigger))
                        .min()
                        .unwrap_or(usize::MAX)
                })
                .map(|(i, _)| i)
        })
        .collect()
}

fn distance(a: Span, b: Span) -> usize {
    if a.overlaps(&b) {
        0
    } else if a.end <= b.start {
        b.start - a.end
    } else {
        a.start - b.end
    }
}

/// Whether `title` names the happening `trigger` stands for: it holds the trigger's words, or
/// a word that begins as the trigger does.
fn names(title: &str, trigger: &str) -> bool {
    let title = title.to_lowercase();
    let trigger = trigger.to_lowercase();
    if title.contains(&trigger) {
        return true;
    }
    let stem: String = trigger
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .chars()
        .take(SAME_STEM)
        .collect();
    !stem.is_empty()
        && title
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with(&stem))
}

/// Scores one article's timeline: `found_dateline` is the date line the extractor found, with
/// its span.
pub fn score(
    story: &GoldStory,
    events: &[Event],
    found_dateline: Option<(NaiveDate, Span)>,
    misses: &mut Vec<Miss>,
) -> EventCounts {
    let text = &story.text;
    let mut counts = EventCounts {
        articles: 1,
        ..EventCounts::default()
    };
    if let (Some(date), Some(line)) = (story.dateline, story.dateline_line) {
        counts.with_dateline = 1;
        let found = found_dateline.is_some_and(|(d, span)| d == date && line.overlaps(&span));
        counts.dateline_found = usize::from(found);
        if !found {
            misses.push(Miss {
                kind: "date line not found",
                detail: format!("\"{}\"", line.of(text).trim()),
            });
        }
        let drawn = events.iter().any(|e| {
            e.evidence.iter().any(|s| s.overlaps(&line))
                || e.mentions.iter().any(|m| m.span.overlaps(&line))
        });
        counts.dateline_drawn = usize::from(drawn);
        if drawn {
            misses.push(Miss {
                kind: "date line drawn as an event",
                detail: format!("\"{}\"", line.of(text).trim()),
            });
        }
    }
    let placed = placements(story, events);
    for (h, at) in story.happenings.iter().zip(&placed) {
        if !h.counted {
            continue;
        }
        counts.happenings += 1;
        counts.dated += usize::from(h.date.is_some());
        let word = h.trigger.of(text);
        let Some(at) = *at else {
            misses.push(Miss {
                kind: "happening on no event",
                detail: format!("\"{word}\": {}", sentence_around(text, h.trigger)),
            });
            continue;
        };
        counts.placed += 1;
        let Some(gold) = h.date else { continue };
        let ours = events[at].date.day_numbers();
        if ours == gold {
            counts.anchored += 1;
        } else {
            // Where the date came from: a date of the happening's own sentence, or the story's
            // date carried to a sentence without one; and which way it is off.
            let event = &events[at];
            let sentence = event.evidence.iter().find(|s| s.contains(&h.trigger));
            let own = sentence.is_some_and(|s| event.mentions.iter().any(|m| s.contains(&m.span)));
            let kind = match (
                own,
                ours.0 <= gold.0 && gold.1 <= ours.1,
                gold.0 <= ours.0 && ours.1 <= gold.1,
                ours.0 > gold.0,
            ) {
                (_, true, _, _) => "dated less precisely than people did",
                (_, _, true, _) => "dated more precisely than people did",
                (true, _, _, true) => "dated later, by another date of its sentence",
                (true, _, _, false) => "dated earlier, by another date of its sentence",
                (false, _, _, true) => "dated later, by the story's date carried on",
                (false, _, _, false) => "dated earlier, by the story's date carried on",
            };
            misses.push(Miss {
                kind,
                detail: format!(
                    "\"{word}\" on {} ({}), people: {}: {}",
                    events[at].date,
                    events[at].title,
                    label(gold),
                    sentence_around(text, h.trigger)
                ),
            });
        }
    }
    for pair in &story.pairs {
        let (Some(a), Some(b)) = (placed[pair.first], placed[pair.second]) else {
            continue;
        };
        let (first, second) = (events[a].date.day_numbers(), events[b].date.day_numbers());
        let words = || {
            format!(
                "\"{}\" on {}, \"{}\" on {}",
                story.happenings[pair.first].trigger.of(text),
                events[a].date,
                story.happenings[pair.second].trigger.of(text),
                events[b].date
            )
        };
        match pair.order {
            Order::Before if a != b => {
                counts.ordered_pairs += 1;
                if first.1 <= second.0 {
                    counts.ordered_right += 1;
                } else {
                    misses.push(Miss {
                        kind: "pair in the wrong order",
                        detail: words(),
                    });
                }
            }
            Order::Before => {}
            Order::Overlap => {
                counts.overlapping_pairs += 1;
                if events[a].date == events[b].date {
                    counts.overlapping_right += 1;
                } else {
                    misses.push(Miss {
                        kind: "overlapping pair on two dates",
                        detail: words(),
                    });
                }
            }
        }
    }
    for event in events {
        let cited: Vec<&str> = story
            .happenings
            .iter()
            .filter(|h| h.counted && event.evidence.iter().any(|s| s.contains(&h.trigger)))
            .map(|h| h.trigger.of(text))
            .collect();
        if cited.is_empty() {
            continue;
        }
        counts.citing += 1;
        let short = event.title.chars().count() <= TITLE_MAX_CHARS;
        // Whether one of the happenings it cites stands in the sentence its title is from.
        let titled_from = event
            .evidence
            .iter()
            .find(|s| event.mentions.iter().any(|m| s.contains(&m.span)));
        let beside = titled_from.is_some_and(|s| {
            story
                .happenings
                .iter()
                .any(|h| h.counted && s.contains(&h.trigger))
        });
        if short && cited.iter().any(|t| names(&event.title, t)) {
            counts.titles_naming += 1;
        } else {
            misses.push(Miss {
                kind: match (short, beside) {
                    (false, _) => "title over 90 characters",
                    (true, true) => "title names another happening of its sentence",
                    (true, false) => "title names none of the happenings it cites elsewhere",
                },
                detail: format!("\"{}\" for {}", event.title, cited.join(", ")),
            });
        }
    }
    counts
}

/// Day numbers as a reader reads them: a day, or a first and last day.
fn label((start, end): (i64, i64)) -> String {
    let day = |n: i64| TimeValue::calendar_day(n).map_or(n.to_string(), |d| d.to_string());
    if end == start + 1 {
        day(start)
    } else {
        format!("{} to {}", day(start), day(end - 1))
    }
}

/// The line around `span`, shortened to a few words either side.
fn sentence_around(text: &str, span: Span) -> String {
    let start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let before: Vec<&str> = text[start..span.start].split_whitespace().collect();
    let after: Vec<&str> = text[span.end..end].split_whitespace().collect();
    let before = before[before.len().saturating_sub(8)..].join(" ");
    let after = after[..after.len().min(8)].join(" ");
    format!("…{before} [{}] {after}…", span.of(text))
}

/// The figures of one column, as percentages with their counts.
pub fn figures(counts: &EventCounts) -> Vec<(&'static str, String)> {
    let share = |part: usize, whole: usize| {
        if whole == 0 {
            "-".to_string()
        } else {
            format!(
                "{:.1}% ({part}/{whole})",
                100.0 * part as f64 / whole as f64
            )
        }
    };
    vec![
        (
            "date line found",
            share(counts.dateline_found, counts.with_dateline),
        ),
        (
            "date line drawn as an event",
            share(counts.dateline_drawn, counts.with_dateline),
        ),
        ("coverage", share(counts.placed, counts.happenings)),
        ("anchoring", share(counts.anchored, counts.dated)),
        (
            "ordered pairs right",
            share(counts.ordered_right, counts.ordered_pairs),
        ),
        (
            "overlapping pairs on one date",
            share(counts.overlapping_right, counts.overlapping_pairs),
        ),
        (
            "titles naming their happening",
            share(counts.titles_naming, counts.citing),
        ),
    ]
}

/// A table of the figures, one column per way of reading the articles.
pub fn table(columns: &[(&str, EventCounts)]) -> String {
    let mut out = String::new();
    let _ = write!(out, "  {:<32}", "");
    for (name, _) in columns {
        let _ = write!(out, "{name:>24}");
    }
    out.push('\n');
    let rows: Vec<Vec<(&str, String)>> = columns.iter().map(|(_, c)| figures(c)).collect();
    for (i, (label, _)) in rows[0].iter().enumerate() {
        let _ = write!(out, "  {label:<32}");
        for row in &rows {
            let _ = write!(out, "{:>24}", row[i].1);
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_dates_read_at_their_precision() {
        let day = |v: &str| v.parse::<TimeValue>().unwrap().day_numbers();
        assert_eq!(gold_date("2023-04-06"), Some(day("2023-04-06")));
        assert_eq!(gold_date("2023-03-xx"), Some(day("2023-03")));
        assert_eq!(gold_date("2011_xx-xx"), Some(day("2011")));
        assert_eq!(
            gold_date("duration: 1940-xx-xx thru 2002-xx-xx"),
            Some((day("1940").0, day("2002").1))
        );
        assert_eq!(
            gold_date("2023-xx-xx (sometime before March 12)"),
            Some(day("2023"))
        );
        assert_eq!(gold_date("none"), None);
    }

    #[test]
    fn a_title_names_a_trigger_or_a_word_of_its_stem() {
        assert!(names("Helicopter went down off Miyako", "went down"));
        assert!(names("Air France Flight 447 crashed", "crash"));
        assert!(!names("Air France Flight 447", "crash"));
    }

    #[test]
    fn brat_offsets_are_characters_and_relations_pair_events() {
        let text = "Café fire\nTuesday, April 11, 2023\nA fire burned Thursday. It spread.\n";
        let ann = "T1\tevent 36 40\tfire\nE1\tevent:T1 TIMEX:T3\nT2\tevent 61 67\tspread\nE2\tevent:T2\nT3\ttimex 48 56\tThursday\n#1\tAnnotatorNotes T3\t2023-04-06\nR1\tAFTER Arg1:E1 Arg2:E2\t\n";
        let story = read_brat("x", text.to_string(), ann).unwrap();
        assert_eq!(story.happenings[0].trigger.of(text), "fire");
        assert_eq!(story.happenings[1].trigger.of(text), "spread");
        assert_eq!(story.dateline, NaiveDate::from_ymd_opt(2023, 4, 11));
        assert_eq!(
            story.dateline_line.unwrap().of(text),
            "Tuesday, April 11, 2023"
        );
        assert!(story.pairs[0].order == Order::Before);
        assert_eq!(
            story.happenings[0].date,
            Some(TimeValue::Day(NaiveDate::from_ymd_opt(2023, 4, 6).unwrap()).day_numbers())
        );
    }
}
