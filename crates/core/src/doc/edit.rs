//! Curating a timeline: the edits a person makes to the extractor's proposal.
//!
//! Every edit keeps the timeline's promise that each event is stated by words of the article:
//! an event always keeps at least one passage of evidence, and new events start from a
//! passage the reader chose.

use std::rc::Rc;

use chrono::NaiveDate;

use super::{unused_id, Event, EventDate, Origin, Proposal, Timeline};
use crate::text::Span;
use crate::{sort, Error, TimeValue};

/// One change to a timeline; [`Timeline::apply`] makes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A new title, its white space collapsed.
    Rename {
        /// The event's id.
        id: String,
        /// Its new title.
        title: String,
    },
    /// A new date, which also sets the precision: `2019`, `2019-04`, `2019-04-25`, `2019/2021`.
    Redate {
        /// The event's id.
        id: String,
        /// Its new date.
        date: EventDate,
    },
    /// Removes an event.
    Delete {
        /// The event's id.
        id: String,
    },
    /// Moves the evidence and dates of `from` into `into`, and removes `from`; `date`, when
    /// given, is the merged event's (as [`EventDate::spanning`] offers for two dates).
    Merge {
        /// The event that stays.
        into: String,
        /// The event merged into it, which goes.
        from: String,
        /// The merged event's date, if not `into`'s.
        date: Option<EventDate>,
    },
    /// One event for each passage of evidence, all on the original date.
    Split {
        /// The event's id.
        id: String,
    },
    /// A new event stated by a passage, dated by the first date in it. `found` is what a
    /// reading of the passage alone proposes, read against the dateline
    /// ([`Timeline::passage_to_read`] says what to give it): the caller reads it, so that a
    /// page can read it in a worker.
    Add {
        /// The passage, a span of the article.
        evidence: Span,
        /// What a reading of the passage proposes.
        found: Proposal,
    },
    /// Marks a passage as evidence of an event.
    AddEvidence {
        /// The event's id.
        id: String,
        /// The passage, a span of the article.
        passage: Span,
    },
    /// Removes the event's passage of evidence number `index`.
    RemoveEvidence {
        /// The event's id.
        id: String,
        /// The passage's place among its evidence, from 0.
        index: usize,
    },
    /// A new date of publication: relative dates ("last September") are read again against it.
    /// Curated events keep their dates; the extractor's proposals are made anew. `found` is
    /// what a reading of the text against `published` proposes: the caller reads it, so that
    /// a page can read it in a worker.
    Republish {
        /// The new date of publication.
        published: NaiveDate,
        /// What a reading of the text against it proposes.
        found: Proposal,
    },
}

impl Timeline {
    /// Makes one edit; returns the id of the event to show afterwards, if any.
    ///
    /// # Errors
    /// [`Error::BadEdit`] with a message for the reader when the edit cannot be made: an
    /// unknown event, an empty title, a passage outside the text or without a date, or an
    /// edit that would leave an event without evidence. The timeline is then unchanged.
    ///
    /// # Example
    /// ```
    /// use sourceline_core::{doc::Edit, Timeline};
    /// let mut timeline = Timeline::from_json(r#"{"format": "sourceline-timeline", "version": 1,
    ///   "document": {"title": "Vote", "dateline": "2013-03-22", "text": "The council voted in 2011."},
    ///   "events": [{"id": "vote", "title": "Council votes", "date": "2011", "origin": "extracted",
    ///     "evidence": [{"quote": "The council voted in 2011."}]}]}"#).unwrap();
    /// let id = timeline.events[0].id.clone();
    /// timeline.apply(&Edit::Redate { id: id.clone(), date: "2011-05".parse().unwrap() }).unwrap();
    /// assert_eq!(timeline.events[0].date.label(), "May 2011");
    /// assert!(timeline.apply(&Edit::Delete { id: "nope".into() }).is_err());
    /// ```
    pub fn apply(&mut self, edit: &Edit) -> Result<Option<String>, Error> {
        let shown = match edit {
            Edit::Rename { id, title } => {
                let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
                if title.is_empty() {
                    return Err(problem("an event needs a title"));
                }
                self.event_mut(id)?.title = title;
                Some(id.clone())
            }
            Edit::Redate { id, date } => {
                let event = self.event_mut(id)?;
                event.date = *date;
                event.derivation = format!("set by hand to {}", date.label());
                Some(id.clone())
            }
            Edit::Delete { id } => {
                let at = self.position(id)?;
                self.events.remove(at);
                None
            }
            Edit::Merge { into, from, date } => {
                if into == from {
                    return Err(problem("an event cannot be merged with itself"));
                }
                self.position(into)?;
                let from = self.events.remove(self.position(from)?);
                let event = self.event_mut(into)?;
                if let Some(date) = date.filter(|d| *d != event.date) {
                    event.date = date;
                    event.derivation = format!("merged, to span {}", date.label());
                }
                event.evidence.extend(from.evidence);
                sort::stable_by(&mut event.evidence, Ord::cmp);
                event.evidence.dedup();
                event.mentions.extend(from.mentions);
                sort::stable_by(&mut event.mentions, |a, b| a.span.cmp(&b.span));
                Some(into.clone())
            }
            Edit::Split { id } => {
                // `at` is a position in the events, and the event keeps its first passage
                // of evidence (of two or more): neither index below can fail.
                let at = self.position(id)?;
                if self.events[at].evidence.len() < 2 {
                    return Err(problem(
                        "this event has one passage of evidence; there is nothing to split",
                    ));
                }
                let mut evidence = std::mem::take(&mut self.events[at].evidence).into_iter();
                self.events[at].evidence.extend(evidence.next());
                let original = self.events[at].clone();
                for (n, passage) in evidence.enumerate() {
                    let mut part = original.clone();
                    part.id = unused_id(&original.id, |id| self.event(id).is_some());
                    part.title = format!("{} ({})", original.title, n + 2);
                    part.evidence = vec![passage];
                    part.mentions.retain(|m| passage.contains(&m.span));
                    self.events.push(part);
                }
                let passage = original.evidence[0];
                self.events[at]
                    .mentions
                    .retain(|m| passage.contains(&m.span));
                Some(original.id)
            }
            Edit::Add { evidence, found } => {
                let event = self.proposal(*evidence, found)?;
                let id = event.id.clone();
                self.events.push(event);
                Some(id)
            }
            Edit::AddEvidence { id, passage } => {
                self.check_passage(*passage)?;
                let event = self.event_mut(id)?;
                event.evidence.retain(|e| !passage.contains(e));
                if !event.evidence.iter().any(|e| e.contains(passage)) {
                    event.evidence.push(*passage);
                    sort::stable_by(&mut event.evidence, Ord::cmp);
                }
                Some(id.clone())
            }
            Edit::RemoveEvidence { id, index } => {
                let event = self.event_mut(id)?;
                if event.evidence.len() < 2 {
                    return Err(problem(
                        "an event keeps at least one passage of evidence; delete the event instead",
                    ));
                }
                if *index >= event.evidence.len() {
                    return Err(problem("that passage is no longer evidence of this event"));
                }
                let passage = event.evidence.remove(*index);
                event.mentions.retain(|m| !passage.contains(&m.span));
                Some(id.clone())
            }
            Edit::Republish { published, found } => {
                self.events.retain(|e| e.origin == Origin::Curated);
                // A proposal dated by words a curated event already holds is that event.
                let held = |event: &Event, kept: &Timeline| {
                    event.mentions.iter().any(|m| {
                        kept.events
                            .iter()
                            .any(|k| k.mentions.iter().any(|h| h.span == m.span))
                    })
                };
                for mut event in found.events.iter().cloned() {
                    if held(&event, self) {
                        continue;
                    }
                    event.id = unused_id(&event.id, |id| self.event(id).is_some());
                    self.events.push(event);
                }
                let document = Rc::make_mut(&mut self.document);
                document.dateline = Some(TimeValue::Day(*published));
                document.mentions = found.mentions.clone();
                None
            }
        };
        // A position found just now, in events not changed since.
        if let Some(event) = shown.as_deref().and_then(|id| self.position(id).ok()) {
            self.events[event].origin = Origin::Curated;
        }
        self.sort();
        Ok(shown)
    }

    fn position(&self, id: &str) -> Result<usize, Error> {
        self.events
            .iter()
            .position(|e| e.id == id)
            .ok_or_else(|| problem(&format!("there is no event \"{id}\" any more")))
    }

    fn event_mut(&mut self, id: &str) -> Result<&mut Event, Error> {
        // `position` finds only positions inside the events.
        let at = self.position(id)?;
        Ok(&mut self.events[at])
    }

    fn check_passage(&self, passage: Span) -> Result<(), Error> {
        let text = &self.document.text;
        let inside = passage.start < passage.end
            && text.is_char_boundary(passage.start)
            && text.is_char_boundary(passage.end)
            && passage.end <= text.len();
        if inside {
            Ok(())
        } else {
            Err(problem("the chosen passage is not part of the article"))
        }
    }

    /// The text and date to read for [`Edit::Add`] of `passage`: the passage alone, against
    /// the article's dateline.
    pub fn passage_to_read(&self, passage: Span) -> Option<(&str, Option<NaiveDate>)> {
        self.check_passage(passage).ok()?;
        let dateline = self.document.dateline.and_then(|d| d.date());
        Some((passage.of(&self.document.text), dateline))
    }

    /// The event a passage states, from what the extractor `found` in it.
    fn proposal(&self, passage: Span, found: &Proposal) -> Result<Event, Error> {
        self.check_passage(passage)?;
        let Some(mut event) = found.events.first().cloned() else {
            return Err(problem(
                "the chosen passage states no date; choose a sentence that says when it happened",
            ));
        };
        let moved = |span: Span| Span::new(span.start + passage.start, span.end + passage.start);
        event.evidence = vec![passage];
        for mention in &mut event.mentions {
            mention.span = moved(mention.span);
        }
        event.id = unused_id(&event.id, |id| self.event(id).is_some());
        event.origin = Origin::Curated;
        Ok(event)
    }
}

fn problem(why: &str) -> Error {
    Error::BadEdit(why.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Timeline {
        Timeline::from_json(include_str!("../../../../data/seed.timeline.json")).unwrap()
    }

    fn ids(timeline: &Timeline) -> Vec<&str> {
        timeline.events.iter().map(|e| e.id.as_str()).collect()
    }

    fn sentence_with(timeline: &Timeline, words: &str) -> Span {
        let text = &timeline.document.text;
        *timeline
            .document
            .sentences
            .iter()
            .find(|s| s.of(text).contains(words))
            .unwrap()
    }

    #[test]
    fn a_new_date_moves_the_event_into_date_order() {
        let mut timeline = seed();
        let id = "treaty-1961".to_string();
        let date = "2030-01-02".parse().unwrap();
        timeline.apply(&Edit::Redate { id, date }).unwrap();
        assert_eq!(ids(&timeline).last(), Some(&"treaty-1961"));
        let event = timeline.event("treaty-1961").unwrap();
        assert_eq!(event.date.label(), "2 January 2030");
        assert_eq!(event.derivation, "set by hand to 2 January 2030");
    }

    #[test]
    fn renaming_needs_words() {
        let mut timeline = seed();
        let rename = |title: &str| Edit::Rename {
            id: "summit-2019".into(),
            title: title.into(),
        };
        assert!(timeline.apply(&rename("   ")).is_err());
        timeline.apply(&rename("  First   summit ")).unwrap();
        assert_eq!(timeline.event("summit-2019").unwrap().title, "First summit");
    }

    #[test]
    fn merging_keeps_the_evidence_of_both_and_splitting_gives_it_back() {
        let mut timeline = seed();
        let before = seed();
        let count = |t: &Timeline, id: &str| t.event(id).unwrap().evidence.len();
        let merge = Edit::Merge {
            into: "summit-2019".into(),
            from: "summit-2023".into(),
            date: None,
        };
        assert_eq!(
            timeline.apply(&merge).unwrap().as_deref(),
            Some("summit-2019")
        );
        assert!(timeline.event("summit-2023").is_none());
        let merged = count(&timeline, "summit-2019");
        assert!(merged > count(&before, "summit-2019"));
        assert!(merged <= count(&before, "summit-2019") + count(&before, "summit-2023"));

        timeline
            .apply(&Edit::Split {
                id: "summit-2019".into(),
            })
            .unwrap();
        assert_eq!(timeline.events.len(), before.events.len() - 1 + merged - 1);
        assert!(timeline
            .events
            .iter()
            .filter(|e| e.id.starts_with("summit-2019"))
            .all(|e| e.evidence.len() == 1 && e.date.to_string() == "2019-04"));
        let one = Edit::Split {
            id: "summit-2019".into(),
        };
        assert!(timeline
            .apply(&one)
            .unwrap_err()
            .to_string()
            .contains("split"));
    }

    #[test]
    fn events_of_two_dates_merged_can_span_both() {
        let mut timeline = seed();
        let span = timeline
            .event("summit-2019")
            .unwrap()
            .date
            .spanning(&timeline.event("summit-2023").unwrap().date);
        let merge = Edit::Merge {
            into: "summit-2019".into(),
            from: "summit-2023".into(),
            date: Some(span),
        };
        timeline.apply(&merge).unwrap();
        let merged = timeline.event("summit-2019").unwrap();
        assert_eq!(merged.date.to_string(), "2019-04/2023-09");
        assert_eq!(
            merged.derivation,
            "merged, to span April 2019 to September 2023"
        );
    }

    #[test]
    fn evidence_is_marked_and_unmarked_but_never_emptied() {
        let mut timeline = seed();
        let passage = sentence_with(&timeline, "Putin also criticized international sanctions");
        let id = "summit-2024".to_string();
        let before = timeline.event(&id).unwrap().evidence.len();
        timeline
            .apply(&Edit::AddEvidence {
                id: id.clone(),
                passage,
            })
            .unwrap();
        let event = timeline.event(&id).unwrap();
        assert_eq!(event.evidence.len(), before + 1);
        let index = event.evidence.iter().position(|e| *e == passage).unwrap();
        timeline
            .apply(&Edit::RemoveEvidence {
                id: id.clone(),
                index,
            })
            .unwrap();
        assert_eq!(timeline.event(&id).unwrap().evidence.len(), before);

        let lone = timeline
            .events
            .iter()
            .find(|e| e.evidence.len() == 1)
            .unwrap()
            .id
            .clone();
        let emptied = timeline.apply(&Edit::RemoveEvidence { id: lone, index: 0 });
        assert!(emptied
            .unwrap_err()
            .to_string()
            .contains("delete the event"));
    }

    #[test]
    fn edits_to_missing_events_change_nothing() {
        let mut timeline = seed();
        let error = timeline.apply(&Edit::Delete { id: "gone".into() });
        assert!(error.unwrap_err().to_string().contains("\"gone\""));
        assert_eq!(timeline, seed());
        timeline
            .apply(&Edit::Delete {
                id: "treaty-1961".into(),
            })
            .unwrap();
        assert_eq!(timeline.events.len(), seed().events.len() - 1);
    }
}
